import type { APIRoute } from "astro"
import { logout } from "../../features/producer-portal/portal"
import { paths } from "../../lib/paths"

export const POST: APIRoute = (context) => logout(context, "vi")
// Logging out changes state, so it is a form post; a plain visit just shows the portal.
export const GET: APIRoute = (context) => context.redirect(paths.producerPortal("vi"), 303)
