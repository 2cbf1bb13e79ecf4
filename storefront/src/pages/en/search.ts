import type { APIRoute } from "astro"
import { searchRedirect } from "../../features/catalogue/search-redirect"

export const GET: APIRoute = ({ url }) => searchRedirect("en", url)
