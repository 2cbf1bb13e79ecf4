import type { ProductCard } from "../catalogue/types"
import { langs } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { provinceByName } from "../province/provinces"
import { escapeXml } from "./xml"

function entry(site: string, build: (lang: "vi" | "en") => string, lastModified?: string): string[] {
  return langs.map((lang) => {
    const alternates = langs.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(new URL(build(other), site).toString())}"/>`).join("")
    const modified = lastModified ? `<lastmod>${lastModified.slice(0, 10)}</lastmod>` : ""
    return `<url><loc>${escapeXml(new URL(build(lang), site).toString())}</loc>${modified}${alternates}</url>`
  })
}

/**
 * sitemap.xml with Vietnamese and English URLs of the home, catalogue, sales-point, producer and
 * province directory pages, sellable products, their producers and the provinces they come from.
 */
export function renderSitemap(site: string, products: ProductCard[]): string {
  const producers = [...new Set(products.map((p) => p.producer.handle))].sort()
  const provinces = [...new Set(products.map((p) => provinceByName(p.producer.province)?.slug).filter((slug) => slug !== undefined))].sort()
  const urls = [
    ...entry(site, paths.home),
    ...entry(site, (lang) => paths.catalogue(lang)),
    ...entry(site, paths.salesPoints),
    ...entry(site, (lang) => paths.producers(lang)),
    ...entry(site, paths.provinces),
    ...entry(site, paths.terms),
    ...provinces.flatMap((slug) => entry(site, (lang) => paths.province(lang, slug))),
    ...products.flatMap((product) => entry(site, (lang) => paths.product(lang, product.handle), product.certificate.decisionDate)),
    ...producers.flatMap((handle) => entry(site, (lang) => paths.producer(lang, handle))),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
}
