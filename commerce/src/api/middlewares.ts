import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { stampRateLimit } from "../stamps/verify-middleware"
import { answerStampVerification } from "../stamps/verify-request"
import { guardPasswordResetRequest, RESET_PASSWORD_PATH } from "../login/request-guard"
import { refuseSessionsBeforePasswordChange } from "../login/sessions"
import { normaliseAccountEmail } from "./account-email"
import { STRIPE_WEBHOOK_PATH, verifyStripeWebhook } from "./hooks/payment/stripe-signature"
import { marketplaceErrorHandler, refuseNulCharacters } from "./request-guards"
import { receivePhoto } from "./producer/products/receive-photo"
import { producerAccess } from "./producer/scope"
import { placeOrderMiddleware } from "./store/ocop/carts/[id]/complete/route"
import { validateCartAddresses, validateCustomerAddress, validateCustomerPhone } from "./store/address-middleware"
import { answerCartAlreadyHeld } from "./store/cart-handover"

/**
 * Authentication and rate limits for every custom route, in one place for review.
 * Store routes under /store/* already require a publishable API key (Medusa core); every
 * /admin/* route requires an admin session or token (Medusa core).
 */
export default defineMiddlewares({
  errorHandler: marketplaceErrorHandler,
  routes: [
    // Input PostgreSQL cannot store is refused with a 400 on every API the storefront, the admin and
    // producers call (the stamp verifier answers its own codes; webhooks are signed by their sender).
    ...["/store/*", "/admin/*", "/auth/*", "/producer/*"].map((matcher) => ({ matcher, middlewares: [refuseNulCharacters] })),
    // Every checkout goes through placeOrderWorkflow, also when a client calls Medusa's own route.
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [placeOrderMiddleware] },
    // A buyer following or cancelling their order: their customer login when they have one; a guest shows the order link's key instead.
    ...["/store/ocop/orders/:id/progress", "/store/ocop/orders/:id/cancel"].map((matcher) => ({
      matcher,
      middlewares: [authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })],
    })),
    // Vietnamese addresses (province → ward/commune → street) and phone numbers are checked as they are given.
    { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [validateCartAddresses] },
    ...["/store/customers/me/addresses", "/store/customers/me/addresses/:address_id"].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [validateCustomerAddress] })),
    ...["/store/customers", "/store/customers/me"].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [validateCustomerPhone] })),
    // Signature on the raw body and replay protection before Medusa queues a Stripe event.
    { matcher: STRIPE_WEBHOOK_PATH, methods: ["POST"], bodyParser: { preserveRawBody: true }, middlewares: [verifyStripeWebhook] },
    // Public (a stamp code is its own credential), so the per-client limit is its only gate. No
    // `methods`: that puts it in Medusa's first group, answered before Express walks the core routes.
    { matcher: "/verify/stamps", middlewares: [stampRateLimit, answerStampVerification] },
    // A report may carry one photo (≤ 2 MB, sent base64-encoded by the storefront).
    { matcher: "/store/ocop/stamps/reports", methods: ["POST"], middlewares: [stampRateLimit], bodyParser: { sizeLimit: "3mb" } },
    // A checked address, a per-client limit, and no second token (voiding the emailed link) within a minute.
    { matcher: RESET_PASSWORD_PATH, methods: ["POST"], middlewares: [guardPasswordResetRequest] },
    // One address, one account, whoever calls: a shopper's or producer member's email is trimmed and
    // lower-cased at sign-up and login (admin logins stay Medusa's), and a cart's too, so a guest's
    // orders are found under one address.
    ...(["customer", "producer"] as const).flatMap((account) =>
      [`/auth/${account}/emailpass`, `/auth/${account}/emailpass/register`].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [normaliseAccountEmail(account)] }))
    ),
    ...["/store/customers", "/store/carts", "/store/carts/:id"].map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [normaliseAccountEmail("customer")] })),
    // A password reset signs the shopper out everywhere else: tokens issued before it are refused.
    ...["/store/customers/me", "/store/customers/me/*"].map((matcher) => ({ matcher, middlewares: [refuseSessionsBeforePasswordChange] })),
    // Logging in takes over a guest's cart (never another account's: workflows/hooks/cart-ownership.ts), with a login still in force.
    {
      matcher: "/store/carts/:id/customer",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), refuseSessionsBeforePasswordChange, answerCartAlreadyHeld],
    },
    // Producer portal: a signed-in member acting only for its own producer (read-only while the
    // producer is suspended); POST /producer/invites/accept takes the new account's registration token.
    { matcher: "/producer/*", middlewares: [producerAccess] },
    // A product photo arrives as multipart (one file, size-capped while it streams in).
    { matcher: "/producer/products/:id/images", methods: ["POST"], middlewares: [receivePhoto] },
  ],
})
