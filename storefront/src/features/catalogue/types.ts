import type { SearchDocument, SearchFacets } from "@ocop/search"
/** Shapes returned by the commerce API's /store/ocop/* routes. */

export interface PublicCertificate {
  decisionNumber: string
  decisionDate: string
  issuingAuthorityName: string
  issuingAuthorityLevel: "district" | "province" | "national"
  regime: string
  stars: number
  score: number | null
  status: "active" | "suspended" | "revoked" | "expired"
  statusReason: string | null
  validFrom: string
  validUntil: string
}

export interface ProductCard {
  id: string
  handle: string
  title: { vi: string; en: string }
  subtitle: { vi: string; en: string }
  thumbnail: string | null
  group: string
  priceVnd: number | null
  /** The most units one sales point can supply (an order line is served from one); null for services that keep no stock. */
  available: number | null
  stars: number
  certificate: PublicCertificate
  producer: { handle: string; name: string; type: string; province: string; commune: string }
}

export interface ProductDetail extends ProductCard {
  description: { vi: string; en: string }
  story: { vi: string; en: string }
  images: string[]
  /** Each image with its size and AVIF/WebP variants, made by commerce when the image was added. */
  gallery: GalleryImage[]
  shippable: boolean
  /** Where it is delivered when its producer limits that (pickup is never limited); null: everywhere. */
  deliveryArea: DeliveryArea | null
  /** The variant (pack) the page prices and the cart adds; null when the product has none. */
  variantId: string | null
  producer: ProductCard["producer"] & { story: { vi: string; en: string }; legacyAddress: string | null; contact: ProducerContact }
  salesPoints: { handle: string; name: string; locationType: string; province: string; commune: string; street: string | null; openingHours: string; available: number }[]
}

export interface GalleryImage {
  url: string
  /** Null when commerce has not made the image's variants (the original is shown as is). */
  width: number | null
  height: number | null
  avif: { url: string; width: number }[]
  webp: { url: string; width: number }[]
}

export interface DelistedProduct {
  reason: "not_published" | "no_certificate" | "certificate_expired" | "certificate_suspended" | "certificate_revoked" | "producer_suspended"
  title: { vi: string; en: string }
  producer: { handle: string; name: string } | null
  certificate: PublicCertificate | null
}

export interface PublicProducer {
  handle: string
  name: string
  type: "cooperative" | "enterprise" | "cooperative_group" | "household_business"
  status: "active" | "suspended"
  province: string
  commune: string
  street: string | null
  legacyAddress: string | null
  contact: ProducerContact
  story: { vi: string; en: string }
}

/** Where a product is delivered when its producer limits it: province slugs and how the area reads. */
export interface DeliveryArea {
  provinces: string[]
  label: { vi: string; en: string }
}

/** How shoppers reach a producer, as its members set it in the portal (phone as +84…). */
export interface ProducerContact {
  phone: string | null
  email: string | null
}

/** What a product card shows; both catalogue cards and search hits provide it. */
export interface CardProduct {
  handle: string
  title: { vi: string; en: string }
  thumbnail: string | null
  stars: number
  priceVnd: number | null
  available: number | null
  producer: { name: string; province: string }
}

/** One hit of GET /store/ocop/search: the search document itself. */
export type SearchHit = SearchDocument
export type { SearchFacets }

export interface SearchAnswer {
  hits: SearchHit[]
  total: number
  facets: SearchFacets
  limit: number
  offset: number
}
