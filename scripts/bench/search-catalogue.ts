import { foldVietnamese, slugify, toSearchDocument, type ProductForSearch, type SearchDocument } from "@ocop/search"
import { productKinds, type ProductKind } from "./search-products.ts"
import { givenNames, middleNames, nationalSalesPoints, provinces, surnames, type Province } from "./search-places.ts"
import { targets, type CertificateState, type Target } from "./search-targets.ts"

/**
 * A deterministic catalogue of Vietnamese OCOP products for the search benchmark: the named
 * targets of the relevance set with their non-sellable look-alikes, then generated products from
 * real product kinds and places until the catalogue holds `size` documents. Every document keeps
 * the certificate state it was generated with, so results can be checked against ground truth.
 */

const DAY = 86_400_000
/** The bench's clock: every query is judged at this instant unless it says otherwise. */
export const benchNow = new Date("2026-11-30T03:00:00Z")
/** A clock 60 days on, at which the `lapsing` certificates have run out. */
export const laterNow = new Date(benchNow.getTime() + 60 * DAY)
/** OCOP certificates are valid for 36 months (Decision 148/QĐ-TTg). */
const VALIDITY_DAYS = 1095

export interface Catalogue {
  documents: SearchDocument[]
  byId: Map<string, SearchDocument>
  byHandle: Map<string, SearchDocument>
  states: Record<CertificateState, number>
}

/** The listing rule, judged from the generated facts rather than from anything the engine returns. */
export function sellableAt(document: SearchDocument, now: Date): boolean {
  return document.certificate.status === "active" && new Date(document.certificate.validUntil).getTime() > now.getTime()
}

/** mulberry32: small, fast and the same on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0)
    let roll = next() * total
    for (const item of items) {
      roll -= weight(item)
      if (roll <= 0) return item
    }
    return items[items.length - 1]!
  }
  const chance = (p: number) => next() < p
  return { next, int, pick, weighted, chance }
}
export type Random = ReturnType<typeof createRandom>

interface Producer {
  handle: string
  name: string
  type: string
  province: Province
  commune: string
  /** The name a producer's products carry: "Hằng Hiếu", "Lê Gia", a commune. */
  brand: string
}

interface Draft {
  handle?: string
  title: string
  titleEn: string
  subtitle: string
  group: string
  stars: number
  priceVnd: number
  producer: { handle: string; name: string; type: string }
  province: string
  commune: string
  description: string
  stock: Record<string, number> | null
  state: CertificateState
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function certificateDates(random: Random, state: CertificateState): { decided: Date; validUntil: Date; status: string } {
  const at = (daysAgo: number) => new Date(benchNow.getTime() - daysAgo * DAY - random.int(0, 86_399) * 1000)
  const within = (decided: Date) => new Date(decided.getTime() + VALIDITY_DAYS * DAY)
  switch (state) {
    case "sellable": {
      // Still valid at `laterNow` too, so only the `lapsing` ones change between the two clocks.
      const decided = at(random.int(1, VALIDITY_DAYS - 62))
      return { decided, validUntil: within(decided), status: "active" }
    }
    case "lapsing": {
      const decided = at(random.int(VALIDITY_DAYS - 55, VALIDITY_DAYS - 2))
      return { decided, validUntil: within(decided), status: "active" }
    }
    case "lapsed":
    case "expired": {
      // `lapsed`: the certificate ran out but no job has marked it yet; the index still says active.
      const decided = at(random.int(VALIDITY_DAYS + 1, VALIDITY_DAYS + 400))
      return { decided, validUntil: within(decided), status: state === "lapsed" ? "active" : "expired" }
    }
    case "suspended":
    case "revoked": {
      const decided = at(random.int(30, VALIDITY_DAYS - 100))
      return { decided, validUntil: within(decided), status: state }
    }
  }
}

function toProduct(draft: Draft, id: string, handle: string, random: Random): ProductForSearch {
  const dates = certificateDates(random, draft.state)
  const stock = draft.stock ? Object.entries(draft.stock).map(([salesPoint, available]) => ({ salesPoint, available })) : []
  return {
    id,
    handle,
    status: "published",
    title: draft.title,
    subtitle: draft.subtitle,
    description: draft.description,
    thumbnail: `/images/products/${handle}.webp`,
    metadata: { ocop_group: draft.group, title_en: draft.titleEn },
    priceVnd: draft.priceVnd,
    tracksStock: draft.stock !== null,
    certificate: {
      id: `cert_${id.slice(5)}`,
      status: dates.status,
      stars: draft.stars,
      decision_number: `${random.int(100, 4999)}/QĐ-UBND`,
      decision_date: dates.decided,
      valid_until: dates.validUntil,
    },
    producer: { ...draft.producer, status: "active", province: draft.province, commune: draft.commune },
    stock,
  }
}

function targetDrafts(target: Target, random: Random): Draft[] {
  const base: Draft = {
    handle: target.handle,
    title: target.title,
    titleEn: target.titleEn,
    subtitle: target.subtitle,
    group: target.group,
    stars: target.stars,
    priceVnd: target.priceVnd,
    producer: target.producer,
    province: target.province,
    commune: target.commune,
    description: target.description,
    stock: target.stock ?? null,
    state: "sellable",
  }
  const lookAlikes = target.lookAlikes.map((lookAlike): Draft => {
    const producer = lookAlike.otherProducer
      ? { handle: slugify(lookAlike.otherProducer), name: lookAlike.otherProducer, type: lookAlike.otherProducer.startsWith("HTX") ? "cooperative" : "household_business" }
      : target.producer
    // Better placed than the target on every other count, so only the listing rule keeps it out.
    const stock = target.stock ? Object.fromEntries(Object.keys(target.stock).map((point) => [point, random.int(50, 200)])) : null
    return { ...base, handle: undefined, title: lookAlike.title ?? target.title, producer, stars: 5, stock, state: lookAlike.state }
  })
  return [base, ...lookAlikes]
}

function randomState(random: Random): CertificateState {
  // About 10% not sellable (Decision 148 statistics show expiries and revocations every year);
  // 1.5% lapse within the next 60 days.
  const roll = random.next()
  if (roll < 0.04) return "lapsed"
  if (roll < 0.07) return "expired"
  if (roll < 0.09) return "suspended"
  if (roll < 0.1) return "revoked"
  if (roll < 0.115) return "lapsing"
  return "sellable"
}

function randomStars(random: Random): number {
  const roll = random.next()
  return roll < 0.75 ? 3 : roll < 0.98 ? 4 : 5
}

function personName(random: Random): { full: string; given: string; surname: string } {
  const surname = random.pick(surnames)
  const given = random.pick(givenNames)
  return { full: `${surname} ${random.pick(middleNames)} ${given}`, given, surname }
}

function createProducer(random: Random, kind: ProductKind, province: Province, commune: string, serial: number): Producer {
  const pair = () => {
    const first = random.pick(givenNames)
    let second = random.pick(givenNames)
    while (second === first) second = random.pick(givenNames)
    return `${first} ${second}`
  }
  const roll = random.next()
  let name: string
  let type: string
  let brand: string
  if (kind.group === "tourism" || roll < 0.38) {
    type = "cooperative"
    if (random.chance(0.5)) {
      brand = commune
      name = `HTX ${kind.trade} ${commune}`
    } else {
      brand = pair()
      name = `HTX ${random.pick(["Nông nghiệp", "Dịch vụ tổng hợp", kind.trade])} ${brand}`
    }
  } else if (roll < 0.65) {
    type = "enterprise"
    brand = pair()
    name = random.chance(0.5) ? `Công ty TNHH ${brand}` : `Công ty cổ phần ${kind.trade} ${brand}`
  } else if (roll < 0.95) {
    type = "household_business"
    const person = personName(random)
    brand = random.chance(0.5) ? `${person.surname} Gia` : `bà ${person.given}`
    name = random.chance(0.6) ? `Hộ kinh doanh ${person.full}` : `Cơ sở sản xuất ${kind.vi} ${person.full}`
  } else {
    type = "cooperative_group"
    brand = commune
    name = `Tổ hợp tác ${kind.trade} ${commune}`
  }
  return { handle: `${slugify(name)}-${serial}`, name, type, province, commune, brand }
}

function kindTitle(kind: ProductKind, variant: string): string {
  if (!variant) return kind.vi
  return kind.variantFirst ? `${capitalise(variant)} ${kind.vi.toLowerCase()}` : `${kind.vi} ${variant}`
}

function generatedDraft(random: Random, producers: Map<string, Producer[]>, reserved: Set<string>, made: { producers: number }): Draft {
  for (;;) {
    const kind = random.weighted(productKinds, (k) => k.weight)
    const suited = kind.where ? provinces.filter((p) => (kind.where === "coastal" ? p.coastal : p.highland)) : provinces
    const province = random.weighted(kind.where && random.chance(0.9) ? suited : provinces, (p) => p.weight)
    const commune = random.pick(province.communes)
    const poolKey = `${province.name}|${kind.trade}`
    const pool = producers.get(poolKey) ?? []
    let producer = pool.length > 0 && random.chance(0.55) ? random.pick(pool) : undefined
    if (!producer) {
      made.producers += 1
      producer = createProducer(random, kind, province, commune, made.producers)
      pool.push(producer)
      producers.set(poolKey, pool)
    }
    const [variant, variantEn] = random.pick(kind.variants)
    const placeRoll = random.next()
    const place =
      placeRoll < 0.55 ? producer.commune : placeRoll < 0.85 ? producer.brand : placeRoll < 0.95 || province.legacy.length === 0 ? province.name : random.pick(province.legacy)
    const title = `${kindTitle(kind, variant)} ${capitalise(place)}`
    // The relevance set's products and their look-alikes are unique names; a generated namesake
    // would make "the expected product" ambiguous rather than the engine wrong.
    if (reserved.has(foldVietnamese(title))) continue
    const legacy = province.legacy.length > 0 && random.chance(0.5) ? ` (tỉnh ${random.pick(province.legacy)} cũ)` : ""
    const [min, max] = kind.price
    const priceVnd = Math.round((min + random.next() * (max - min)) / 5000) * 5000
    let stock: Record<string, number> | null = null
    if (!kind.stockless) {
      stock = {}
      if (random.chance(0.8)) {
        stock[`diem-ocop-${slugify(province.name)}`] = random.chance(0.15) ? 0 : random.int(1, 120)
        if (random.chance(0.3)) stock[random.pick(nationalSalesPoints)] = random.chance(0.2) ? 0 : random.int(1, 60)
      }
    }
    return {
      title,
      titleEn: `${capitalise([variantEn, kind.en].filter(Boolean).join(" "))} from ${place}`,
      subtitle: random.pick(kind.packs),
      group: kind.group,
      stars: randomStars(random),
      priceVnd,
      producer: { handle: producer.handle, name: producer.name, type: producer.type },
      province: province.name,
      commune: producer.commune,
      description: `${kind.blurb} Sản phẩm của ${producer.name}, ${producer.commune}, ${province.name}${legacy}.`,
      stock,
      state: randomState(random),
    }
  }
}

export function generateCatalogue(size: number, seed = 20_261_130): Catalogue {
  const random = createRandom(seed)
  const drafts: Draft[] = targets.flatMap((target) => targetDrafts(target, random))
  const reserved = new Set(drafts.map((draft) => foldVietnamese(draft.title)))
  const producers = new Map<string, Producer[]>()
  const made = { producers: 0 }
  while (drafts.length < size) drafts.push(generatedDraft(random, producers, reserved, made))

  // Ids are handed out in shuffled order so that no product wins a tie by being generated first.
  const ids = drafts.map((_, index) => index)
  for (let i = ids.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  const handles = new Set(targets.map((target) => target.handle))
  const documents: SearchDocument[] = []
  const states = { sellable: 0, lapsed: 0, expired: 0, suspended: 0, revoked: 0, lapsing: 0 }
  drafts.forEach((draft, index) => {
    let handle = draft.handle
    if (!handle) {
      const base = slugify(draft.title)
      handle = base
      for (let n = 2; handles.has(handle); n++) handle = `${base}-${n}`
    }
    handles.add(handle)
    const id = `prod_bench_${String(ids[index]).padStart(5, "0")}`
    const document = toSearchDocument(toProduct(draft, id, handle, random))
    if (!document) throw new Error(`Generated product ${handle} does not map to a search document`)
    documents.push(document)
    states[draft.state] += 1
  })
  return {
    documents,
    byId: new Map(documents.map((document) => [document.id, document])),
    byHandle: new Map(documents.map((document) => [document.handle, document])),
    states,
  }
}
