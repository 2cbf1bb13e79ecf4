import type { APIRoute } from "astro"
import { SITE_URL } from "astro:env/server"
import { allSellableProducts } from "../features/seo/sellable-products"
import { renderSitemap } from "../features/seo/sitemap-xml"

export const GET: APIRoute = async () => {
  const xml = renderSitemap(SITE_URL, await allSellableProducts())
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=300" } })
}
