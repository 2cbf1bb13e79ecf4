import type { ProductCard } from "../catalogue/types"
import { langs } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { escapeXml } from "./xml"

function entry(site: string, build: (lang: "vi" | "en") => string, lastModified?: string): string[] {
  return langs.map((lang) => {
    const alternates = langs.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(new URL(build(other), site).toString())}"/>`).join("")
    const modified = lastModified ? `<lastmod>${lastModified.slice(0, 10)}</lastmod>` : ""
    return `<url><loc>${escapeXml(new URL(build(lang), site).toString())}</loc>${modified}${alternates}</url>`
  })
}

/** sitemap.xml with Vietnamese and English URLs of the home page, sellable products and their producers. */
export function renderSitemap(site: string, products: ProductCard[]): string {
  const producers = [...new Set(products.map((p) => p.producer.handle))].sort()
  const urls = [
    ...entry(site, paths.home),
    ...products.flatMap((product) => entry(site, (lang) => paths.product(lang, product.handle), product.certificate.decisionDate)),
    ...producers.flatMap((handle) => entry(site, (lang) => paths.producer(lang, handle))),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
}
