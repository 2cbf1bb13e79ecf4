import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig, envField } from "astro/config"

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  trailingSlash: "ignore",
  compressHTML: true,
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:9000", url: true }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret" }),
      SITE_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:4321", url: true }),
      // Card payments: offered only when commerce has Stripe (STRIPE_API_KEY) and this key is set; read at run time.
      STRIPE_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // How long a sales point keeps a pickup order, told to the shopper on the order page and in the terms.
      PICKUP_HOLD_DAYS: envField.number({ context: "server", access: "secret", default: 3, int: true, gt: 0 }),
      // How long a bank-transfer order waits for its money before commerce cancels it (order page, terms).
      TRANSFER_PAYMENT_HOURS: envField.number({ context: "server", access: "secret", default: 48, int: true, gt: 0 }),
      // Where shoppers write about orders, returns and complaints (terms of sale); the default is a reserved example domain.
      CONTACT_EMAIL: envField.string({ context: "server", access: "secret", default: "lienhe@cho-ocop.example" }),
    },
  },
  security: { checkOrigin: true },
})
