import { authenticate, type AuthenticatedMedusaRequest, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import { producerContact, type ProducerContact } from "../../modules/producer/contact"
import type ProducerModuleService from "../../modules/producer/service"
import { assertIssuedAfterPasswordChange } from "../../login/sessions"

export interface ProducerScope {
  member: { id: string; email: string; name: string; role: string }
  producer: { id: string; handle: string; name: string; status: string; status_reason: string | null; contact: ProducerContact }
}

type ScopedRequest = AuthenticatedMedusaRequest & { producerScope?: ProducerScope }

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"])
/**
 * Writes a suspended producer still makes: the member's own login (not the producer's data), and
 * moving an order already placed towards its buyer, who paid or will pay for it; the catalogue,
 * stock and stamps stay frozen.
 */
const ALLOWED_WHILE_SUSPENDED = [/^\/producer\/me\/(password|email)$/, /^\/producer\/orders\/lines\/[^/]+\/status$/]

const requestPath = (req: MedusaRequest) => req.originalUrl.split("?")[0]!.replace(/\/+$/, "")

/**
 * Every /producer/* route acts for exactly one producer: the one the authenticated member belongs
 * to. Routes read it from here and never from the URL or body, so one producer cannot name
 * another's resources. A suspended producer's members keep read access, to see why and what is owed.
 */
export async function scopeToProducer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertIssuedAfterPasswordChange(req)
    const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const [member] = await producers.listProducerMembers({ id: (req as AuthenticatedMedusaRequest).auth_context.actor_id }, { relations: ["producer"] })
    if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản không còn là thành viên của chủ thể nào. / This account no longer belongs to a producer.")
    const producer = member.producer
    if (producer.status !== "active" && !READ_METHODS.has(req.method) && !ALLOWED_WHILE_SUSPENDED.some((path) => path.test(requestPath(req)))) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Chủ thể đang bị tạm dừng: không được sửa sản phẩm, tồn kho hay tem cho đến khi văn phòng OCOP khôi phục; các đơn đã đặt vẫn được chuẩn bị và giao. / This producer is suspended: products, stock and stamps cannot change until the OCOP office reinstates it; orders already placed are still prepared and sent."
      )
    }
    ;(req as ScopedRequest).producerScope = {
      member: { id: member.id, email: member.email, name: member.name, role: member.role },
      // The office's reason for a suspension is the member's to read: it says what to put right.
      producer: {
        id: producer.id,
        handle: producer.handle,
        name: producer.name,
        status: producer.status,
        status_reason: producer.status_reason ?? null,
        contact: producerContact(producer),
      },
    }
    next()
  } catch (error) {
    next(error)
  }
}

const ACCEPT_INVITE_PATH = "/producer/invites/accept"
// Reading what an invite is for: its token is the credential (invites/[token]/route.ts).
const INVITE_PREVIEW_PATH = /^\/producer\/invites\/[^/]+$/
const asMember = authenticate("producer", ["bearer", "session"])
// The registration token from POST /auth/producer/emailpass/register: an account not yet a member.
const asInvitee = authenticate("producer", ["bearer"], { allowUnregistered: true })

/**
 * The gate of every /producer/* route: a signed-in member scoped to its producer, except an invite
 * link's own two routes: reading what it is for, and accepting it, which is what turns a registered
 * account into a member. One middleware decides all so that no other /producer route is left open.
 */
export function producerAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "POST" && requestPath(req) === ACCEPT_INVITE_PATH) return asInvitee(req, res, next)
  if (req.method === "GET" && INVITE_PREVIEW_PATH.test(requestPath(req))) return next()
  return asMember(req, res, (error?: unknown) => (error ? next(error) : scopeToProducer(req, res, next)))
}

/** The producer the request acts for (set by scopeToProducer). */
export function producerScope(req: AuthenticatedMedusaRequest): ProducerScope {
  const scope = (req as ScopedRequest).producerScope
  if (!scope) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Producer authentication required")
  return scope
}

/**
 * The producer's public face (its contact for shoppers) and its members are the owner's to change;
 * staff keep the daily work: listings, stock, orders and stamps.
 */
export function requireOwner(scope: ProducerScope): void {
  if (scope.member.role !== "owner") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Chỉ chủ sở hữu tài khoản của chủ thể được sửa thông tin liên hệ công khai và quản lý thành viên. / Only the producer's owner may change its public contact and manage its members."
    )
  }
}
