import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { slugify } from "@ocop/search"
import { whereSellable } from "./sellable-query"

/** A producer in the public directory: only producers with at least one product on sale are listed. */
export interface ProducerOnSale {
  handle: string
  name: string
  type: string
  province: string
  provinceSlug: string
  commune: string
  productsOnSale: number
  /** The highest OCOP star rank among its products on sale. */
  topStars: number
  /** The OCOP product groups it sells in, in no particular order. */
  groups: string[]
}

/**
 * Active producers with products sellable at `now`, counted on the listing read model under the same
 * rule as the catalogue (published, producer active, certificate active and `valid_until` ahead), so
 * the directory never names a producer whose every product has just lapsed. Ordered by province,
 * then name, the way Vietnamese readers sort.
 */
export async function listProducersOnSale(db: Knex, now: Date): Promise<ProducerOnSale[]> {
  const onSale = db.from({ p: "producer" }).join({ l: "product_listing" }, "l.producer_handle", "p.handle").whereNull("p.deleted_at").where("p.status", "active")
  const rows = (await whereSellable(onSale, now, "l")
    .groupBy("p.id")
    .select("p.handle", "p.name", "p.type", "p.province", "p.commune")
    .select(db.raw("count(*)::int as products_on_sale"), db.raw("max(l.stars)::int as top_stars"))
    .select(db.raw("array_remove(array_agg(distinct l.product_group), null) as groups"))) as {
    handle: string
    name: string
    type: string
    province: string
    commune: string
    products_on_sale: number
    top_stars: number
    groups: string[]
  }[]
  return rows
    .map((row) => ({
      handle: row.handle,
      name: row.name,
      type: row.type,
      province: row.province,
      provinceSlug: slugify(row.province),
      commune: row.commune,
      productsOnSale: row.products_on_sale,
      topStars: row.top_stars,
      groups: row.groups,
    }))
    .sort((a, b) => a.province.localeCompare(b.province, "vi") || a.name.localeCompare(b.name, "vi"))
}
