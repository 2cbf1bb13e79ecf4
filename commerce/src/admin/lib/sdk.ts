import Medusa from "@medusajs/js-sdk"

/** The admin's API client: same origin as the dashboard (served by Medusa at /app), authenticated by the session cookie. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
