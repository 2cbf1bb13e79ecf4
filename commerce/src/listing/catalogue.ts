import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { currentCertificate, listingVerdict, type NotSellableReason } from "./sellable"
import { WITHDRAWN_KEY } from "./stored-state"
import { readActiveSalesPoints, readProductPage } from "./product-page-read"
import { availableUnits, querySellableProducts, type SellableQuery } from "./sellable-query"
import { IMAGE_VARIANTS_KEY, type ImageSource, type ImageVariants } from "../product-images/types"
import { deliveryArea, type DeliveryArea } from "../checkout/delivery-area"
import { producerContact, type ProducerContact } from "../modules/producer/contact"

/**
 * Read side of the storefront catalogue. Every list starts from the listing rule evaluated in the
 * database (sellable-query.ts), so a product whose certificate lapsed a second ago is already gone.
 */

type Query = Omit<RemoteQueryFunction, symbol>

export interface CertificateRow {
  id: string
  decision_number: string
  decision_date: string | Date
  issuing_authority_name: string
  issuing_authority_level: string
  regime: string
  stars: number
  score: number | null
  status: string
  status_reason: string | null
  valid_from: string | Date
  valid_until: string | Date
}

export interface ProducerRow {
  id: string
  handle: string
  name: string
  type: string
  status: string
  province: string
  commune: string
  street?: string | null
  legacy_address?: string | null
  phone?: string | null
  email?: string | null
  story_vi?: string | null
  story_en?: string | null
}

/** The certificate facts shown to shoppers (and, with more, to the admin). */
export const certificateFields = [
  "id",
  "decision_number",
  "decision_date",
  "issuing_authority_name",
  "issuing_authority_level",
  "regime",
  "stars",
  "score",
  "status",
  "status_reason",
  "valid_from",
  "valid_until",
]
const producerCardFields = ["id", "handle", "name", "type", "status", "province", "commune"]

const cardFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "variants.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  ...certificateFields.map((f) => `certificates.${f}`),
  ...producerCardFields.map((f) => `producer.${f}`),
]

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

export interface PublicCertificate {
  decisionNumber: string
  decisionDate: string
  issuingAuthorityName: string
  issuingAuthorityLevel: string
  regime: string
  stars: number
  score: number | null
  status: string
  statusReason: string | null
  validFrom: string
  validUntil: string
}

function iso(value: string | Date): string {
  return new Date(value).toISOString()
}

export function presentCertificate(certificate: CertificateRow): PublicCertificate {
  return {
    decisionNumber: certificate.decision_number,
    decisionDate: iso(certificate.decision_date),
    issuingAuthorityName: certificate.issuing_authority_name,
    issuingAuthorityLevel: certificate.issuing_authority_level,
    regime: certificate.regime,
    stars: certificate.stars,
    score: certificate.score,
    status: certificate.status,
    statusReason: certificate.status_reason,
    validFrom: iso(certificate.valid_from),
    validUntil: iso(certificate.valid_until),
  }
}

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  status: string
  metadata: Record<string, unknown> | null
  variants?: { id: string; manage_inventory?: boolean; prices?: { amount: number; currency_code: string }[] }[]
  certificates?: (CertificateRow | null)[]
  producer?: ProducerRow | null
}

function text(metadata: Record<string, unknown> | null, key: string): string {
  const value = metadata?.[key]
  return typeof value === "string" ? value : ""
}

function presentCard(row: ProductRow, certificate: CertificateRow, producer: ProducerRow): ProductCard {
  const price = row.variants?.[0]?.prices?.find((p) => p.currency_code === "vnd")
  return {
    id: row.id,
    handle: row.handle,
    title: { vi: row.title, en: text(row.metadata, "title_en") || row.title },
    subtitle: { vi: row.subtitle ?? "", en: text(row.metadata, "subtitle_en") || (row.subtitle ?? "") },
    thumbnail: row.thumbnail,
    group: text(row.metadata, "ocop_group"),
    priceVnd: price ? Number(price.amount) : null,
    available: null,
    stars: certificate.stars,
    certificate: presentCertificate(certificate),
    producer: { handle: producer.handle, name: producer.name, type: producer.type, province: producer.province, commune: producer.commune },
  }
}

/** One page of the catalogue: the listing rule, filters, order and paging run in SQL; cards are read for that page only. */
export async function listSellableProducts(
  query: Query,
  db: Knex,
  options: SellableQuery,
  now = new Date()
): Promise<{ products: ProductCard[]; count: number }> {
  const { ids, count } = await querySellableProducts(db, options, now)
  if (ids.length === 0) return { products: [], count }
  const [{ data }, stock] = await Promise.all([query.graph({ entity: "product", fields: cardFields, filters: { id: ids } }), availableUnits(db, ids)])
  const byId = new Map((data as unknown as ProductRow[]).map((row) => [row.id, row]))
  const products: ProductCard[] = []
  for (const id of ids) {
    const row = byId.get(id)
    const certificate = row ? currentCertificate(row.certificates, now) : null
    // Re-checked per row: a certificate revoked between the two reads must not slip through.
    if (!row || !certificate || !row.producer) continue
    if (!listingVerdict({ productStatus: row.status, producerStatus: row.producer.status, certificate }, now).sellable) continue
    const tracksStock = (row.variants ?? []).some((variant) => variant.manage_inventory)
    products.push({ ...presentCard(row, certificate, row.producer), available: tracksStock ? (stock.get(id) ?? 0) : null })
  }
  return { products, count }
}

export interface ProductDetail extends ProductCard {
  description: { vi: string; en: string }
  story: { vi: string; en: string }
  images: string[]
  /** Each image with its size and AVIF/WebP variants (empty lists until the variants are made). */
  gallery: GalleryImage[]
  shippable: boolean
  /** Where it is delivered when its producer limits that (pickup is never limited); null: everywhere. */
  deliveryArea: DeliveryArea | null
  /** The variant (pack) the page prices and the cart adds: the first in the admin's order; null when it has none. */
  variantId: string | null
  producer: ProductCard["producer"] & {
    story: { vi: string; en: string }
    legacyAddress: string | null
    /** How shoppers reach the producer (a tourism service is booked this way), as its members set it. */
    contact: ProducerContact
  }
  salesPoints: { handle: string; name: string; locationType: string; province: string; commune: string; street: string | null; openingHours: string; available: number }[]
}

export interface GalleryImage {
  url: string
  /** Null when the image has no variants yet (made once, when it was added; see product-images). */
  width: number | null
  height: number | null
  avif: ImageSource[]
  webp: ImageSource[]
}

function galleryImage(url: string, metadata: Record<string, unknown> | null | undefined): GalleryImage {
  const variants = (metadata?.[IMAGE_VARIANTS_KEY] as Record<string, ImageVariants> | undefined)?.[url]
  if (!variants) return { url, width: null, height: null, avif: [], webp: [] }
  return { url, width: variants.width, height: variants.height, avif: variants.avif, webp: variants.webp }
}

export type ProductLookup =
  | { found: false }
  | { found: true; sellable: true; product: ProductDetail }
  | { found: true; sellable: false; reason: NotSellableReason; title: { vi: string; en: string }; producer: { handle: string; name: string } | null; certificate: PublicCertificate | null }

/**
 * A draft neither the listing rule delisted nor its producer withdrew, held back only by being
 * unpublished or uncertified: a product not yet put on sale. Its title and producer are not public
 * yet, and there is nothing to explain to a shopper, so it is not found rather than "no longer sold".
 */
function neverOnSale(row: { status: string; metadata: Record<string, unknown> | null }, verdict: ReturnType<typeof listingVerdict>): boolean {
  if (row.status === "published" || row.metadata?.["ocop_delisted"] || row.metadata?.[WITHDRAWN_KEY]) return false
  return verdict.sellable || verdict.reason === "not_published" || verdict.reason === "no_certificate"
}

/** One product by handle, with the reason it cannot be sold when it cannot. */

export async function findProduct(db: Knex, handle: string, now = new Date()): Promise<ProductLookup> {
  const row = await readProductPage(db, handle)
  if (!row) return { found: false }
  const certificate = currentCertificate(row.certificates, now)
  const producer = row.producer ?? null
  const verdict = listingVerdict({ productStatus: row.status, producerStatus: producer?.status, certificate }, now)
  if (neverOnSale(row, verdict)) return { found: false }
  const title = { vi: row.title, en: text(row.metadata, "title_en") || row.title }
  if (!verdict.sellable || !certificate || !producer) {
    return {
      found: true,
      sellable: false,
      reason: verdict.sellable ? "no_certificate" : verdict.reason,
      title,
      producer: producer ? { handle: producer.handle, name: producer.name } : null,
      certificate: certificate ? presentCertificate(certificate) : null,
    }
  }

  const availableByLocation = new Map<string, number>()
  for (const level of row.variants[0]?.inventory_items[0]?.inventory.location_levels ?? []) {
    availableByLocation.set(level.location_id, Number(level.stocked_quantity) - Number(level.reserved_quantity))
  }
  const salesPoints: ProductDetail["salesPoints"] = []
  if (availableByLocation.size > 0) {
    for (const point of await readActiveSalesPoints(db, [...availableByLocation.keys()])) {
      const available = availableByLocation.get(point.stock_location_id)
      if (available === undefined) continue
      salesPoints.push({
        handle: point.handle,
        name: point.name,
        locationType: point.location_type,
        province: point.province,
        commune: point.commune,
        street: point.street,
        openingHours: point.opening_hours,
        available: Math.max(0, available),
      })
    }
    salesPoints.sort((a, b) => b.available - a.available || a.name.localeCompare(b.name, "vi"))
  }

  const card = presentCard(row, certificate, producer)
  const images = row.images
  const tracksStock = row.variants.some((variant) => variant.manage_inventory)
  return {
    found: true,
    sellable: true,
    product: {
      ...card,
      // An order line is reserved at one sales point, so the best one is the most a shopper can buy.
      available: tracksStock ? Math.max(0, ...salesPoints.map((point) => point.available)) : null,
      description: { vi: row.description ?? "", en: text(row.metadata, "description_en") || (row.description ?? "") },
      story: { vi: text(row.metadata, "story_vi"), en: text(row.metadata, "story_en") },
      images: images.map((image) => image.url),
      gallery: images.map((image) => galleryImage(image.url, row.metadata)),
      shippable: row.metadata?.shippable !== false,
      deliveryArea: deliveryArea(row.metadata),
      variantId: row.variants[0]?.id ?? null,
      producer: {
        ...card.producer,
        story: { vi: producer.story_vi ?? "", en: producer.story_en ?? "" },
        legacyAddress: producer.legacy_address ?? null,
        contact: producerContact(producer),
      },
      salesPoints,
    },
  }
}
