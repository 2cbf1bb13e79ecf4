import type { Lang } from "../../i18n/dictionaries"
import { formatAddress } from "../../lib/format"
import { paths } from "../../lib/paths"
import type { ProductDetail } from "../catalogue/types"
import { provinceName } from "../province/provinces"

/**
 * schema.org Product for search engines: the offer in VND with its availability, and the OCOP
 * recognition as a Certification (issuer, star rating, validity, status). A tourism service is
 * booked with its producer, not bought here, so it carries no offer to buy.
 */
export function productStructuredData(product: ProductDetail, lang: Lang, site: string): Record<string, unknown> {
  const url = new URL(paths.product(lang, product.handle), site).toString()
  const certificate = product.certificate
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title[lang],
    description: product.description[lang],
    url,
    image: product.images,
    brand: { "@type": "Brand", name: product.producer.name },
    manufacturer: { "@type": "Organization", name: product.producer.name, address: formatAddress(product.producer.commune, provinceName(product.producer.province, lang)) },
    ...(product.priceVnd === null || !product.shippable
      ? {}
      : {
          offers: {
            "@type": "Offer",
            url,
            priceCurrency: "VND",
            price: product.priceVnd,
            availability: product.available === 0 ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
          },
        }),
    hasCertification: {
      "@type": "Certification",
      name: `OCOP ${certificate.stars}★`,
      certificationIdentification: certificate.decisionNumber,
      issuedBy: { "@type": "Organization", name: certificate.issuingAuthorityName },
      certificationRating: { "@type": "Rating", ratingValue: certificate.stars, bestRating: 5, worstRating: 3 },
      validFrom: certificate.validFrom,
      expires: certificate.validUntil,
      certificationStatus: certificate.status === "active" ? "https://schema.org/CertificationActive" : "https://schema.org/CertificationInactive",
    },
  }
}
