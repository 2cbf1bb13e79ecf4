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
  const sellable = db
    .from("product_listing")
    .whereNull("deleted_at")
    .where({ published: true, producer_active: true, certificate_status: "active" })
    .where("valid_until", ">", now)
  if (input.group) sellable.where("product_group", input.group)
  if (input.stars) sellable.where("stars", input.stars)
  if (input.producerHandle) sellable.where("producer_handle", input.producerHandle)

  const page = sellable.clone().select("product_id")
  for (const [column, direction] of orderings[input.order]) page.orderBy(column, direction)
  page.limit(input.limit).offset(input.offset)

  const [rows, counted] = await Promise.all([page, sellable.clone().count<{ count: string }[]>({ count: "*" })])
  return { ids: (rows as { product_id: string }[]).map((row) => row.product_id), count: Number(counted[0]?.count ?? 0) }
}
