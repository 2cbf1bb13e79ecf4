import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig, envField } from "astro/config"
import { fileURLToPath } from "node:url"

/** `client:focus`: hydrate an island on first focus or pointer (see src/features/search/client-focus.ts). */
const focusHydration = {
  name: "ocop-client-focus",
  hooks: {
    "astro:config:setup": ({ addClientDirective }) => {
      addClientDirective({ name: "focus", entrypoint: fileURLToPath(new URL("./src/features/search/client-focus.ts", import.meta.url)) })
    },
  },
}

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react(), focusHydration],
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
    },
  },
  security: { checkOrigin: true },
})
