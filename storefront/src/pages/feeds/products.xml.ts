import type { APIRoute } from "astro"
import { SITE_URL } from "astro:env/server"
import { renderProductFeed } from "../../features/seo/feed-xml"
import { allSellableProducts } from "../../features/seo/sellable-products"

export const GET: APIRoute = async () => {
  const xml = renderProductFeed(SITE_URL, await allSellableProducts(), new Date())
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=0, s-maxage=300" } })
}
