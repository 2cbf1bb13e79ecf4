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
