import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The listing rule as SQL, so the catalogue filters, counts, sorts and pages in the database
 * however large it grows. Link tables are named by Medusa after their two sides
 * (src/links/certificate-product.ts → certification_certificate_product_product).
 */
const CERTIFICATE_PRODUCT = "certification_certificate_product_product"
const PRODUCER_PRODUCT = "producer_producer_product_product"

export type CatalogueOrder = "newest" | "stars" | "price_asc" | "price_desc" | "name"

export interface SellableQuery {
  group?: string
  stars?: number
  producerHandle?: string
  limit: number
  offset: number
  order: CatalogueOrder
}

/** Ids of the products sellable at `now`, in the requested order and page, with the total count. */
export async function querySellableProducts(db: Knex, input: SellableQuery, now: Date): Promise<{ ids: string[]; count: number }> {
  // For each product, the certificate in force: active and valid at `now`, the longest-running first.
  const inForce = db
    .select(db.raw("DISTINCT ON (cp.product_id) cp.product_id, c.stars, c.decision_date, c.product_group"))
    .from({ cp: CERTIFICATE_PRODUCT })
    .join({ c: "certificate" }, "c.id", "cp.certificate_id")
    .whereNull("cp.deleted_at")
    .whereNull("c.deleted_at")
    .where("c.status", "active")
    .where("c.valid_until", ">", now)
    .orderBy([{ column: "cp.product_id" }, { column: "c.valid_until", order: "desc" }])

  const base = db
    .from({ p: "product" })
    .join(inForce.as("cert"), "cert.product_id", "p.id")
    .join({ pp: PRODUCER_PRODUCT }, function () {
      this.on("pp.product_id", "=", "p.id").andOnNull("pp.deleted_at")
    })
    .join({ pr: "producer" }, "pr.id", "pp.producer_id")
    .whereNull("p.deleted_at")
    .where("p.status", "published")
    .whereNull("pr.deleted_at")
    .where("pr.status", "active")
  if (input.group) base.where("cert.product_group", input.group)
  if (input.stars) base.where("cert.stars", input.stars)
  if (input.producerHandle) base.where("pr.handle", input.producerHandle)

  const priced = input.order === "price_asc" || input.order === "price_desc"
  const page = base.clone().select("p.id")
  if (priced) {
    // Lowest VND price of the product's variants (a product sells from its cheapest pack).
    page.select(
      db.raw(
        `(SELECT MIN(pr2.amount) FROM product_variant v
            JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
            JOIN price pr2 ON pr2.price_set_id = vps.price_set_id AND pr2.deleted_at IS NULL AND pr2.currency_code = 'vnd' AND pr2.price_list_id IS NULL
           WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS price`
      )
    )
  }
  const orderings: Record<CatalogueOrder, [string, "asc" | "desc"][]> = {
    newest: [["cert.decision_date", "desc"], ["p.title", "asc"]],
    stars: [["cert.stars", "desc"], ["cert.decision_date", "desc"], ["p.title", "asc"]],
    price_asc: [["price", "asc"], ["p.title", "asc"]],
    price_desc: [["price", "desc"], ["p.title", "asc"]],
    name: [["p.title", "asc"]],
  }
  for (const [column, direction] of orderings[input.order]) page.orderBy(column, direction)
  page.orderBy("p.id", "asc").limit(input.limit).offset(input.offset)

  const [rows, counted] = await Promise.all([page, base.clone().count<{ count: string }[]>({ count: "p.id" })])
  return { ids: (rows as { id: string }[]).map((row) => row.id), count: Number(counted[0]?.count ?? 0) }
}
