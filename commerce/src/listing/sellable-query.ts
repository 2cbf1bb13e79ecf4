import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The listing rule as one indexed query on the listing read model (modules/listing): the stored
 * facts say published, producer active and certificate active; the clock is compared here, so a
 * certificate past valid_until is excluded the instant it lapses, before any job runs.
 */

export type CatalogueOrder = "newest" | "stars" | "price_asc" | "price_desc" | "name"

export interface SellableQuery {
  group?: string
  stars?: number
  producerHandle?: string
  limit: number
  offset: number
  order: CatalogueOrder
}

/**
 * Narrows a query on product_listing (under `alias`, if it has one) to the rows sellable at `now`:
 * the stored facts on the partial indexes, and the clock.
 */
export function whereSellable<Q extends Knex.QueryBuilder>(query: Q, now: Date, alias?: string): Q {
  const column = (name: string) => (alias ? `${alias}.${name}` : name)
  return query
    .whereNull(column("deleted_at"))
    .where({ [column("published")]: true, [column("producer_active")]: true, [column("certificate_status")]: "active" })
    .where(column("valid_until"), ">", now) as Q
}

type Ordering = [column: string, direction: "asc" | "desc"]

const orderings: Record<CatalogueOrder, Ordering[]> = {
  newest: [["decision_date", "desc"], ["id", "desc"]],
  stars: [["stars", "desc"], ["decision_date", "desc"], ["id", "desc"]],
  // PostgreSQL's defaults (NULLS LAST ascending, NULLS FIRST descending) keep these index scans.
  price_asc: [["price_vnd", "asc"], ["id", "asc"]],
  price_desc: [["price_vnd", "desc"], ["id", "desc"]],
  name: [["title", "asc"], ["id", "asc"]],
}

/** Ids of the products sellable at `now`, in the requested order and page, with the total count. */
export async function querySellableProducts(db: Knex, input: SellableQuery, now: Date): Promise<{ ids: string[]; count: number }> {
  const sellable = whereSellable(db.from("product_listing"), now)
  if (input.group) sellable.where("product_group", input.group)
  if (input.stars) sellable.where("stars", input.stars)
  if (input.producerHandle) sellable.where("producer_handle", input.producerHandle)

  const page = sellable.clone().select("product_id")
  for (const [column, direction] of orderings[input.order]) page.orderBy(column, direction)
  page.limit(input.limit).offset(input.offset)

  const [rows, counted] = await Promise.all([page, sellable.clone().count<{ count: string }[]>({ count: "*" })])
  return { ids: (rows as { product_id: string }[]).map((row) => row.product_id), count: Number(counted[0]?.count ?? 0) }
}

/**
 * Units that can still be sold per product in one order line: the best single stock level (stocked
 * minus reserved), as Medusa reserves a line at one location, never the sum across sales points.
 * Products whose variants do not track inventory (services such as community tourism) are absent.
 */
export async function availableUnits(db: Knex, productIds: string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map()
  const rows = (await db
    .select("v.product_id")
    .max({ available: db.raw("GREATEST(il.stocked_quantity - il.reserved_quantity, 0)") })
    .from({ v: "product_variant" })
    .join({ pvi: "product_variant_inventory_item" }, function () {
      this.on("pvi.variant_id", "=", "v.id").andOnNull("pvi.deleted_at")
    })
    .join({ il: "inventory_level" }, function () {
      this.on("il.inventory_item_id", "=", "pvi.inventory_item_id").andOnNull("il.deleted_at")
    })
    .whereIn("v.product_id", productIds)
    .whereNull("v.deleted_at")
    .where("v.manage_inventory", true)
    .groupBy("v.product_id")) as { product_id: string; available: string | number }[]
  return new Map(rows.map((row) => [row.product_id, Number(row.available)]))
}

/** Which of these products are sellable at `now`: the read-time check for answers that come from elsewhere (the search index). */
export async function sellableProductIds(db: Knex, productIds: string[], now: Date): Promise<Set<string>> {
  if (productIds.length === 0) return new Set()
  const rows = (await whereSellable(db.from("product_listing"), now).whereIn("product_id", productIds).select("product_id")) as { product_id: string }[]
  return new Set(rows.map((row) => row.product_id))
}
