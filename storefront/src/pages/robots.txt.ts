import type { APIRoute } from "astro"
import { SITE_URL } from "astro:env/server"

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL("/sitemap.xml", SITE_URL).toString()}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  })
