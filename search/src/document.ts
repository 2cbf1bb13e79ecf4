import { foldVietnamese } from "./fold.ts"

/** The six OCOP product groups (Decision 148/QĐ-TTg), with the words shoppers use for them. */
export const productGroups = {
  food: { vi: "Thực phẩm", en: "Food" },
  drinks: { vi: "Đồ uống", en: "Drinks" },
  herbal: { vi: "Dược liệu", en: "Herbal products" },
  handicraft: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  tourism: { vi: "Du lịch cộng đồng", en: "Community tourism" },
} as const

export type ProductGroup = keyof typeof productGroups

export type CertificateStatus = "active" | "suspended" | "revoked" | "expired"

/**
 * One product as the search index holds it: everything a result card shows, everything a filter
 * or sort needs, and the certificate facts the listing rule checks at query time.
 */
export interface SearchDocument {
  /** Medusa product id. */
  id: string
  handle: string
  title: { vi: string; en: string }
  subtitle: { vi: string; en: string }
  thumbnail: string | null
  group: ProductGroup
  stars: number
  priceVnd: number | null
  producer: { handle: string; name: string; type: string }
  province: string
  /** URL slug of the province, e.g. "lao-cai". */
  provinceSlug: string
  commune: string
  /**
   * The producer's place before the 1 July 2025 merger, province first, then district, commune and
   * village, without "tỉnh", "huyện", "xã"…: shoppers still name products by it ("nước mắm Kiên Giang").
   */
  formerPlaces: string[]
  certificate: { id: string; status: CertificateStatus; decisionNumber: string; decisionDate: string; validUntil: string }
  /** Sales points (handles) holding at least one unit for pickup. */
  salesPoints: string[]
  /** The most units one sales point holds (an order line is served from one); null for services that keep no stock. */
  available: number | null
  /** Extra words shoppers may type: description and origin-story excerpts, group names. */
  keywords: string
}

/** A product with what the index needs from its certificate, producer and stock, as commerce reads it. */
export interface ProductForSearch {
  id: string
  handle: string
  status: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  priceVnd: number | null
  tracksStock: boolean
  certificate: {
    id: string
    status: string
    stars: number
    decision_number: string
    decision_date: string | Date
    valid_until: string | Date
  } | null
  producer: {
    handle: string
    name: string
    type: string
    status: string
    province: string
    commune: string
    legacy_province?: string | null
    legacy_address?: string | null
  } | null
  stock: { salesPoint: string; available: number }[]
}

const KEYWORD_LIMIT = 600

/** Lower-case ASCII slug: "Hà Giang" → "ha-giang". Used for province URLs and filters. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

function metadataText(metadata: Record<string, unknown> | null, key: string): string {
  const value = metadata?.[key]
  return typeof value === "string" ? value : ""
}

function isProductGroup(value: string): value is ProductGroup {
  return Object.hasOwn(productGroups, value)
}

/** The administrative word before a place name in an address ("huyện Phú Quốc"), longest first. */
const ADMINISTRATIVE_UNIT = /^(thành phố|tp\.?|thị xã|thị trấn|tổ dân phố|khu phố|tỉnh|huyện|quận|xã|phường|thôn|bản|ấp|khóm|xóm|tổ|đặc khu)\s+/iu

function placeName(part: string): string {
  return part.normalize("NFC").trim().replace(ADMINISTRATIVE_UNIT, "").trim()
}

/**
 * The former province, then the units of the former address from the largest down; names the
 * current address already has and numbered hamlets ("xóm 6") add nothing a shopper would type.
 */
export function formerPlaces(producer: NonNullable<ProductForSearch["producer"]>): string[] {
  const current = new Set([producer.province, producer.commune].map((name) => foldVietnamese(placeName(name))))
  const units = (producer.legacy_address ?? "").split(",").reverse().map(placeName)
  const places = new Map<string, string>()
  for (const name of [placeName(producer.legacy_province ?? ""), ...units]) {
    const folded = foldVietnamese(name)
    if (/\p{L}/u.test(name) && !current.has(folded) && !places.has(folded)) places.set(folded, name)
  }
  return [...places.values()]
}

const certificateStatuses = new Set<string>(["active", "suspended", "revoked", "expired"])

/**
 * The search document for a product, or null when the product can never appear in results as it
 * stands (not published, no certificate, producer missing or suspended, no product group): the
 * caller removes it from the index. Certificate status and validity stay in the document because
 * every engine re-checks them when it answers, so a lapse shows before the index hears of it.
 */
export function toSearchDocument(product: ProductForSearch): SearchDocument | null {
  const { certificate, producer } = product
  if (product.status !== "published" || !certificate || !producer || producer.status !== "active") return null
  if (!certificateStatuses.has(certificate.status)) return null
  const group = metadataText(product.metadata, "ocop_group")
  if (!isProductGroup(group)) return null

  const description = product.description ?? ""
  const story = metadataText(product.metadata, "story_vi")
  const keywords = [productGroups[group].vi, productGroups[group].en, description, story]
    .join(" ")
    .replace(/\s+/g, " ")
    .slice(0, KEYWORD_LIMIT)
  const stocked = product.stock.filter((level) => level.available > 0)

  return {
    id: product.id,
    handle: product.handle,
    title: { vi: product.title, en: metadataText(product.metadata, "title_en") || product.title },
    subtitle: { vi: product.subtitle ?? "", en: metadataText(product.metadata, "subtitle_en") || (product.subtitle ?? "") },
    thumbnail: product.thumbnail,
    group,
    stars: certificate.stars,
    priceVnd: product.priceVnd,
    producer: { handle: producer.handle, name: producer.name, type: producer.type },
    province: producer.province,
    provinceSlug: slugify(producer.province),
    commune: producer.commune,
    formerPlaces: formerPlaces(producer),
    certificate: {
      id: certificate.id,
      status: certificate.status as CertificateStatus,
      decisionNumber: certificate.decision_number,
      decisionDate: new Date(certificate.decision_date).toISOString(),
      validUntil: new Date(certificate.valid_until).toISOString(),
    },
    salesPoints: [...new Set(stocked.map((level) => level.salesPoint))].sort(),
    available: product.tracksStock ? Math.max(0, ...product.stock.map((level) => level.available)) : null,
    keywords,
  }
}

/** Where the product is made, now and before the merger: every engine weighs it like the producer's name. */
export function placeText(document: SearchDocument): string {
  // Documents indexed before former places were added have none until the next rebuild.
  return [document.commune, document.province, ...(document.formerPlaces ?? [])].join(" ")
}

/** The text a document is found by, in reading order: title first, then who and where, then the rest. */
export function documentText(document: SearchDocument): { title: string; body: string } {
  const title = [document.title.vi, document.title.en === document.title.vi ? "" : document.title.en].join(" ")
  const body = [document.subtitle.vi, document.producer.name, placeText(document), document.keywords].join(" ")
  return { title: title.replace(/\s+/g, " ").trim(), body: body.replace(/\s+/g, " ").trim() }
}
