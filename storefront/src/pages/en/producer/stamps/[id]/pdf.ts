import type { APIRoute } from "astro"
import { stampSheet } from "../../../../../features/producer-portal/portal"

export const GET: APIRoute = (context) => stampSheet(context, "en", context.params.id ?? "")
