import type { ProductCard } from "../catalogue/types"
import { paths } from "../../lib/paths"
import { escapeXml } from "./xml"

const googleCategory: Record<string, string> = {
  food: "Food, Beverages & Tobacco > Food Items",
  drinks: "Food, Beverages & Tobacco > Beverages",
  herbal: "Health & Beauty > Health Care",
  handicraft: "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts",
  ornamental: "Home & Garden > Plants",
}

/**
 * Product feed (RSS 2.0 with the Google Merchant namespace) of the products sellable now, so
 * marketplaces and search engines never advertise an expired, suspended or revoked OCOP product.
 * A tourism service (no stock: booked with its producer) is not bought here, so it is not offered.
 */
export function renderProductFeed(site: string, products: ProductCard[], builtAt: Date): string {
  const items = products
    .filter((product): product is ProductCard & { priceVnd: number; available: number } => product.priceVnd !== null && product.available !== null)
    .map((product) => {
      const link = new URL(paths.product("vi", product.handle), site).toString()
      const availability = product.available > 0 ? "in_stock" : "out_of_stock"
      return [
        "<item>",
        `<g:id>${escapeXml(product.handle)}</g:id>`,
        `<title>${escapeXml(product.title.vi)}</title>`,
        `<description>${escapeXml(`${product.subtitle.vi} — OCOP ${product.stars} sao, ${product.producer.name}, ${product.producer.province}`)}</description>`,
        `<link>${escapeXml(link)}</link>`,
        product.thumbnail ? `<g:image_link>${escapeXml(product.thumbnail)}</g:image_link>` : "",
        `<g:price>${product.priceVnd} VND</g:price>`,
        `<g:availability>${availability}</g:availability>`,
        `<g:brand>${escapeXml(product.producer.name)}</g:brand>`,
        `<g:condition>new</g:condition>`,
        googleCategory[product.group] ? `<g:google_product_category>${escapeXml(googleCategory[product.group]!)}</g:google_product_category>` : "",
        `<g:custom_label_0>OCOP ${product.stars} sao</g:custom_label_0>`,
        `<g:expiration_date>${product.certificate.validUntil.slice(0, 10)}</g:expiration_date>`,
        "</item>",
      ]
        .filter(Boolean)
        .join("")
    })
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
<channel>
<title>Chợ OCOP — sản phẩm OCOP đang bán</title>
<link>${escapeXml(new URL("/", site).toString())}</link>
<description>Sản phẩm OCOP 3–5 sao có giấy chứng nhận còn hiệu lực</description>
<lastBuildDate>${builtAt.toUTCString()}</lastBuildDate>
${items.join("\n")}
</channel>
</rss>
`
}
