import { MEDUSA_BACKEND_URL } from "astro:env/server"
import { storeCall, StoreApiError } from "../../lib/medusa"
import type { ProducerContact } from "../catalogue/types"
import type { InvitePreview, OrderLine, PortalCertificate, PortalMe, PortalProduct, StampBatch, StampOverview, StockRow, VoidedStamp } from "./types"

// Every call carries the member's own JWT; the storefront holds no producer credentials of its own.

export async function loginProducer(email: string, password: string): Promise<string> {
  const { token } = await storeCall<{ token: string }>("/auth/producer/emailpass", { body: { email, password } })
  return token
}

/**
 * A token for an account not yet a member. A person whose earlier attempt registered the login but
 * failed to accept (an expired link, a typo in the name) already has it: logging in gives the same kind of token.
 */
async function registrationToken(email: string, password: string): Promise<string> {
  try {
    return (await storeCall<{ token: string }>("/auth/producer/emailpass/register", { body: { email, password } })).token
  } catch (error) {
    if (error instanceof StoreApiError && /exist/i.test(error.message)) return loginProducer(email, password)
    throw error
  }
}

/** What an invite link is for; null for a code commerce does not know. */
export async function previewInvite(token: string): Promise<InvitePreview | null> {
  try {
    return (await storeCall<{ invite: InvitePreview }>(`/producer/invites/${encodeURIComponent(token)}`)).invite
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/** Registers the invitee's login, makes it a member of the inviting producer, then logs in. */
export async function acceptInvite(input: { token: string; name: string; email: string; password: string }): Promise<string> {
  const registration = await registrationToken(input.email, input.password)
  await storeCall("/producer/invites/accept", { body: { token: input.token, name: input.name }, token: registration })
  return loginProducer(input.email, input.password)
}

/** The member and its producer, or null when the token is no longer valid (expired, member removed). */
export async function currentMember(token: string): Promise<PortalMe | null> {
  try {
    return await storeCall<PortalMe>("/producer/me", { token })
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 401 || error.status === 403)) return null
    throw error
  }
}

/**
 * Changes the member's own password. Commerce signs out every session opened before, the one this
 * token belongs to included: log in again with the new password.
 */
export async function changeMemberPassword(token: string, change: { current_password: string; new_password: string }): Promise<void> {
  await storeCall("/producer/me/password", { body: change, token })
}

/**
 * Moves the member's login to a new address, given the current password. Commerce signs out every
 * session opened before, this one included: log in again with the new address.
 */
export async function changeMemberEmail(token: string, change: { email: string; current_password: string }): Promise<void> {
  await storeCall("/producer/me/email", { body: change, token })
}

export async function listProducts(token: string): Promise<PortalProduct[]> {
  return (await storeCall<{ products: PortalProduct[] }>("/producer/products", { token })).products
}

/** Sets the producer's public contact (null clears a field); answers the member and producer as /producer/me does. */
export async function updateContact(token: string, contact: ProducerContact): Promise<PortalMe> {
  return storeCall<PortalMe>("/producer/me", { body: contact, token })
}

export async function updateProduct(token: string, id: string, body: Record<string, unknown>): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`, { body, token })).product
}

export async function createDraft(token: string, body: Record<string, unknown>): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>("/producer/products", { body, token })).product
}

export async function publishProduct(token: string, id: string): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}/publish`, { body: {}, token })).product
}

export async function withdrawProduct(token: string, id: string): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}/withdraw`, { body: {}, token })).product
}

/** One photo for the member's own product, passed on as multipart; commerce checks and stores it. */
export async function addPhoto(token: string, productId: string, photo: File): Promise<PortalProduct> {
  const form = new FormData()
  form.append("photo", photo, photo.name || "photo")
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(productId)}/images`, { body: form, token })).product
}

export async function makeMainPhoto(token: string, productId: string, imageId: string): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}/main`, { body: {}, token })).product
}

export async function removePhoto(token: string, productId: string, imageId: string): Promise<PortalProduct> {
  return (await storeCall<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`, { method: "DELETE", token })).product
}

export async function listStock(token: string): Promise<StockRow[]> {
  return (await storeCall<{ stock: StockRow[] }>("/producer/stock", { token })).stock
}

export async function setStock(token: string, body: { inventory_item_id: string; sales_point_id: string; stocked_quantity: number }): Promise<void> {
  await storeCall("/producer/stock", { body, token })
}

const PAGE = 100

/** The newest order lines, page by page, until `since` (when given) is passed or `max` lines are read. */
export async function listOrderLines(token: string, options: { status?: string; since?: Date; max?: number } = {}): Promise<OrderLine[]> {
  const max = options.max ?? 500
  const lines: OrderLine[] = []
  for (let offset = 0; offset < max; offset += PAGE) {
    const page = await storeCall<{ lines: OrderLine[]; count: number }>("/producer/orders", { token, query: { status: options.status, limit: PAGE, offset } })
    lines.push(...page.lines)
    const oldest = page.lines.at(-1)?.order.placed_at
    const passedSince = options.since && oldest ? new Date(oldest) < options.since : false
    if (lines.length >= page.count || page.lines.length < PAGE || passedSince) break
  }
  return lines
}

export async function moveOrderLine(token: string, id: string, status: string): Promise<void> {
  await storeCall(`/producer/orders/lines/${encodeURIComponent(id)}/status`, { body: { status }, token })
}

export async function listCertificates(token: string): Promise<PortalCertificate[]> {
  return (await storeCall<{ certificates: PortalCertificate[] }>("/producer/certificates", { token })).certificates
}

export async function stampOverview(token: string): Promise<StampOverview> {
  return storeCall<StampOverview>("/producer/stamp-batches", { token, query: { limit: 50 } })
}

export async function issueStampBatch(token: string, body: { product_id: string; quantity: number; lot?: string }): Promise<StampBatch> {
  return (await storeCall<{ stamp_batch: StampBatch }>("/producer/stamp-batches", { body, token })).stamp_batch
}

/** Voids one of the producer's stamps by its serial; another producer's serial is refused as unknown. */
export async function voidStamp(token: string, serial: string, reason: string): Promise<VoidedStamp> {
  return (await storeCall<{ stamp: VoidedStamp }>(`/producer/stamps/${encodeURIComponent(serial)}/void`, { body: { reason }, token })).stamp
}

/** The batch's PDF sheets straight from commerce (the body is streamed, not buffered). */
export async function fetchStampSheet(token: string, batchId: string): Promise<Response> {
  return fetch(new URL(`/producer/stamp-batches/${encodeURIComponent(batchId)}/pdf`, MEDUSA_BACKEND_URL), { headers: { authorization: `Bearer ${token}` } })
}
