import type { APIRoute } from "astro"
import { z } from "astro/zod"
import { langs, type Lang } from "../i18n/dictionaries"

/** The `lang` every storefront JSON endpoint takes: Vietnamese unless English is asked for. */
export const langParameter = z.enum(langs as [Lang, ...Lang[]]).default("vi")

/**
 * A JSON endpoint's query string checked against its schema: the values, or a 400 answer that names
 * each bad parameter, so a mistyped link gets an explanation instead of a silently different answer.
 */
export function parseApiQuery<Shape extends z.ZodRawShape>(url: URL, shape: Shape): { ok: true; query: z.infer<z.ZodObject<Shape>> } | { ok: false; response: Response } {
  const parsed = z.object(shape).safeParse(Object.fromEntries(url.searchParams))
  if (parsed.success) return { ok: true, query: parsed.data }
  const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ")
  return { ok: false, response: Response.json({ error: "invalid_query", message }, { status: 400, headers: { "Cache-Control": "no-store" } }) }
}

/**
 * The `ALL` export of a read-only JSON endpoint: HEAD is answered by its GET, any other method with
 * 405 and `Allow`, instead of the HTML 404 page Astro renders for a method the route does not export.
 */
export function onlyGet(get: APIRoute): APIRoute {
  return (context) => {
    if (context.request.method === "HEAD") return get(context)
    const message = `${context.request.method} is not allowed here; use GET`
    return Response.json({ error: "method_not_allowed", message }, { status: 405, headers: { Allow: "GET, HEAD", "Cache-Control": "no-store" } })
  }
}
