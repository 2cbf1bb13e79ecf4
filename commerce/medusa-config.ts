import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { registerImageTypes } from "./src/product-images/static-types"
import { vietQrAccountFromEnv } from "./src/modules/vietqr-payment/account"
import { pickupHoldDays, transferPaymentHours } from "./src/checkout/hold-period"
import { DEFAULT_PRIVATE_FILE_FOLDER, DEFAULT_PUBLIC_FILE_FOLDER } from "./src/file-folders"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// Product photos' AVIF variants are served from /static with their real content type.
registerImageTypes()
// A bad PICKUP_HOLD_DAYS or TRANSFER_PAYMENT_HOURS stops the server here, not the hourly jobs that read them.
pickupHoldDays(process.env.PICKUP_HOLD_DAYS)
transferPaymentHours(process.env.TRANSFER_PAYMENT_HOURS)

const redisUrl = process.env.REDIS_URL
const isProduction = process.env.NODE_ENV === "production"

function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = name === "JWT_SECRET" ? process.env.JWT_SECRET : process.env.COOKIE_SECRET
  if (value) return value
  // A production server must never sign sessions with a value anyone can read in this file.
  if (isProduction) {
    throw new Error(`${name} must be set when NODE_ENV=production`)
  }
  return "ocop-local-development-only"
}

function missing(name: string): never {
  throw new Error(`${name} must be set when NODE_ENV=production`)
}

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:4321"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** Redis-backed infrastructure when REDIS_URL is set; Medusa's in-memory defaults otherwise. */
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

/**
 * Medusa's Caching Module: cart, checkout and order workflows read regions, sales channels, variant
 * price sets, variants with their stock and shipping options through it instead of the database on
 * every request; module events (reservations included) invalidate what changed. Redis when
 * REDIS_URL is set, so every commerce process sees the same cache; in process memory otherwise.
 */
const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
    : { in_memory: { enable: true } },
}

const stripeProviders = process.env.STRIPE_API_KEY
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        // Without the webhook secret no Stripe event could be verified, so card payments would never settle.
        options: { apiKey: process.env.STRIPE_API_KEY, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || (isProduction ? missing("STRIPE_WEBHOOK_SECRET") : undefined) },
      },
    ]
  : []

/**
 * Bank transfer by VietQR to the programme office's account (VIETQR_*): a clearly fake test account
 * in development, tests and the local `npm start` (which sets VIETQR_DEMO_ACCOUNT); a deployment
 * offers VietQR only once the real account is set, and says so at start when it is not.
 */
const vietQr = vietQrAccountFromEnv(
  {
    VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN,
    VIETQR_BANK_NAME: process.env.VIETQR_BANK_NAME,
    VIETQR_ACCOUNT_NUMBER: process.env.VIETQR_ACCOUNT_NUMBER,
    VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME,
    VIETQR_DEMO_ACCOUNT: process.env.VIETQR_DEMO_ACCOUNT,
  },
  isProduction
)
if (vietQr.warning) console.warn(vietQr.warning)
const vietQrAccount = vietQr.account

const vietQrProviders = vietQrAccount ? [{ resolve: "./src/modules/vietqr-payment", id: "vietqr", options: vietQrAccount }] : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // Production session cookies are Secure, which a browser only returns over HTTPS. `npm start`
    // serves plain http://localhost, so it sets COOKIE_SECURE=false; deployments leave it on.
    cookieOptions: process.env.COOKIE_SECURE === "false" ? { secure: false } : {},
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  // The Caching Module is still behind Medusa's feature flag.
  featureFlags: { caching: true },
  admin: {
    // The dashboard calls the server it was loaded from. Left unset, Medusa bakes MEDUSA_BACKEND_URL
    // into the dashboard at build time, and a build made for another port or host calls that one.
    backendUrl: "/",
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/certification" },
    { resolve: "./src/modules/sales-point" },
    { resolve: "./src/modules/listing" },
    { resolve: "./src/modules/order-allocation" },
    { resolve: "./src/modules/payment-webhook" },
    {
      resolve: "./src/modules/stamp",
      options: {
        // Signs the codes printed on stamps: id:secret pairs, the first signs, all verify (rotation).
        signingKeys: process.env.STAMP_SIGNING_KEYS || (isProduction ? missing("STAMP_SIGNING_KEYS") : "dev:ocop-local-development-only"),
        storefrontUrl,
        suspiciousDevices: process.env.STAMP_SUSPICIOUS_DEVICES,
        suspiciousWindowHours: process.env.STAMP_SUSPICIOUS_WINDOW_HOURS,
        verifyRateLimit: process.env.STAMP_VERIFY_RATE_LIMIT,
        redisUrl,
      },
    },
    {
      resolve: "./src/modules/product-search",
      options: process.env.MEILISEARCH_HOST
        ? { meilisearch: { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY } }
        : {},
    },
    ...redisModules,
    cachingModule,
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Medusa serves /static from <working dir>/static; `npm start` runs the built server from
            // commerce/.medusa/server and links its static/ to this shared upload folder. Private
            // files (shoppers' report photos) go to a folder nothing serves; admin routes read them.
            options: {
              upload_dir: process.env.FILE_UPLOAD_DIR || DEFAULT_PUBLIC_FILE_FOLDER,
              private_upload_dir: process.env.FILE_PRIVATE_DIR || DEFAULT_PRIVATE_FILE_FOLDER,
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
    {
      // Every notification is recorded in the database; it goes out by SMTP when SMTP_URL is set,
      // otherwise the local provider only logs it (one provider per channel).
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          process.env.SMTP_URL
            ? { resolve: "./src/modules/email-smtp", id: "smtp", options: { channels: ["email"], url: process.env.SMTP_URL, from: process.env.EMAIL_FROM } }
            : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: [...vietQrProviders, ...stripeProviders] },
    },
  ],
})
