import type { Knex } from "knex"
import { querySellableProducts, type CatalogueOrder, type SellableQuery } from "../../../commerce/src/listing/sellable-query.ts"
import { percentile } from "./figures.ts"

/** Catalogue pages a shopper reaches: the first two, page 21 and page 101 of 24 cards. */
const offsets = [0, 24, 480, 2400]
const pageSize = 24

export interface ListingCase {
  label: string
  order: CatalogueOrder
  group?: string
  stars?: number
}

export const listingCases: ListingCase[] = [
  { label: "newest", order: "newest" },
  { label: "stars", order: "stars" },
  { label: "price_asc", order: "price_asc" },
  { label: "newest, group=herbal", order: "newest", group: "herbal" },
  { label: "stars, stars=5", order: "stars", stars: 5 },
]

export interface ListingFigures {
  label: string
  rule: { p50: number; p95: number }
  plain: { p50: number; p95: number }
  addedP95: number
}

const lowestVndPrice = `(SELECT MIN(pr.amount) FROM product_variant v
    JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'vnd' AND pr.price_list_id IS NULL
   WHERE v.product_id = p.id AND v.deleted_at IS NULL)`

/**
 * The same page without the listing rule: what a catalogue of published products costs when it
 * knows nothing of certificates. Star rank and decision date live on the certificate, so the
 * plain page sorts by creation date instead and filters the group on the product's metadata.
 */
async function queryPlainPage(db: Knex, input: SellableQuery): Promise<{ ids: string[]; count: number }> {
  const base = db.from({ p: "product" }).where("p.status", "published").whereNull("p.deleted_at")
  if (input.group) base.whereRaw("p.metadata->>'ocop_group' = ?", [input.group])
  const page = base.clone().select("p.id")
  if (input.order === "price_asc") page.select(db.raw(`${lowestVndPrice} AS price`)).orderBy([{ column: "price" }, { column: "p.title" }])
  else page.orderBy([{ column: "p.created_at", order: "desc" }, { column: "p.title" }])
  page.orderBy("p.id").limit(input.limit).offset(input.offset)
  const [rows, counted] = await Promise.all([page, base.clone().count<{ count: string }[]>({ count: "p.id" })])
  return { ids: (rows as { id: string }[]).map((row) => row.id), count: Number(counted[0]?.count ?? 0) }
}

async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * Times both forms of one case, alternating them on every iteration so that drift (autovacuum,
 * CPU frequency) weighs on both alike. The first `warmup` iterations fill caches and are dropped.
 */
export async function benchListingCase(db: Knex, testCase: ListingCase, options: { iterations: number; warmup: number }): Promise<ListingFigures> {
  const rule: number[] = []
  const plain: number[] = []
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const input: SellableQuery = { limit: pageSize, offset: offsets[i % offsets.length]!, order: testCase.order, group: testCase.group, stars: testCase.stars }
    const ruleMs = await elapsed(() => querySellableProducts(db, input, new Date()))
    const plainMs = await elapsed(() => queryPlainPage(db, input))
    if (i < options.warmup) continue
    rule.push(ruleMs)
    plain.push(plainMs)
  }
  const ruleP95 = percentile(rule, 95)
  const plainP95 = percentile(plain, 95)
  return {
    label: testCase.label,
    rule: { p50: percentile(rule, 50), p95: ruleP95 },
    plain: { p50: percentile(plain, 50), p95: plainP95 },
    addedP95: ruleP95 - plainP95,
  }
}
