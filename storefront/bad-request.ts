// A request whose URL holds malformed percent-encoding ("/san-pham/%FF") cannot be routed: Astro's
// Node handler answers it with a bare English "Bad request.". This answers first, with a small page
// in both languages (the path's own first), since no Astro page can render without a readable URL.
import type { IncomingMessage, ServerResponse } from "node:http"
import { langs, t, type Lang } from "./src/i18n/dictionaries.ts"

/** The same test the Astro Node handler applies before routing. */
export function isReadableUrl(url: string): boolean {
  try {
    decodeURI(url)
    return true
  } catch {
    return false
  }
}

export function badRequestPage(lang: Lang): string {
  const other = langs.find((candidate) => candidate !== lang) ?? lang
  const home = (l: Lang) => (l === "en" ? "/en/" : "/")
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t(lang, "badRequestTitle")} — ${t(lang, "siteName")}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f1d1a}section+section{border-top:1px solid #ddd8cc;margin-top:1.5rem;color:#5c5850}</style></head>
<body>${[lang, other].map((l) => `<section lang="${l}"><h1>${t(l, "badRequestTitle")}</h1><p>${t(l, "badRequestText")}</p><p><a href="${home(l)}">${t(l, "backHome")}</a></p></section>`).join("")}</body></html>
`
}

/** Connect-style: a 400 page for an unreadable URL, otherwise on to the next handler. */
export function refuseUnreadableUrl(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const url = req.url ?? "/"
  if (isReadableUrl(url)) return next()
  const lang: Lang = /^\/en(?:[/?#]|$)/.test(url) ? "en" : "vi"
  res.writeHead(400, { "content-type": "text/html; charset=utf-8", "content-language": lang, "cache-control": "no-store" })
  res.end(req.method === "HEAD" ? undefined : badRequestPage(lang))
}
