import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { runPrepared } from "../database/prepared-statement"
// Type-only: catalogue.ts imports this module's functions, and its row types describe these rows.
import type { CertificateRow, ProducerRow } from "./catalogue"

/**
 * The product page's read, as two prepared statements instead of Medusa's query.graph (which
 * assembles the same product from about a dozen queries and costs most of a page view's CPU). The
 * rows have the shape query.graph gives for the same fields, so the presentation code is shared;
 * integration-tests/http/catalogue.spec.ts checks the two reads agree.
 */

export interface StoredProductPage {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  status: string
  metadata: Record<string, unknown> | null
  description: string | null
  images: { url: string; rank: number }[]
  certificates: CertificateRow[]
  producer: ProducerRow | null
  /** In the admin's order (variant rank): the first is the one the page sells. */
  variants: {
    id: string
    manage_inventory: boolean
    prices: { amount: number; currency_code: string }[]
    inventory_items: { inventory: { location_levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}

const PRODUCT_PAGE_SQL = `
SELECT p.id, p.handle, p.title, p.subtitle, p.thumbnail, p.status, p.metadata, p.description,
  (SELECT coalesce(json_agg(json_build_object('url', i.url, 'rank', i.rank) ORDER BY i.rank), '[]')
     FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL) AS images,
  (SELECT coalesce(json_agg(json_build_object(
       'id', c.id, 'decision_number', c.decision_number, 'decision_date', c.decision_date,
       'issuing_authority_name', c.issuing_authority_name, 'issuing_authority_level', c.issuing_authority_level,
       'regime', c.regime, 'stars', c.stars, 'score', c.score, 'status', c.status, 'status_reason', c.status_reason,
       'valid_from', c.valid_from, 'valid_until', c.valid_until)), '[]')
     FROM certification_certificate_product_product cl
     JOIN certificate c ON c.id = cl.certificate_id AND c.deleted_at IS NULL
     WHERE cl.product_id = p.id AND cl.deleted_at IS NULL) AS certificates,
  (SELECT json_build_object(
       'id', pr.id, 'handle', pr.handle, 'name', pr.name, 'type', pr.type, 'status', pr.status,
       'province', pr.province, 'commune', pr.commune, 'story_vi', pr.story_vi, 'story_en', pr.story_en,
       'legacy_address', pr.legacy_address, 'phone', pr.phone, 'email', pr.email)
     FROM producer_producer_product_product pl
     JOIN producer pr ON pr.id = pl.producer_id AND pr.deleted_at IS NULL
     WHERE pl.product_id = p.id AND pl.deleted_at IS NULL
     LIMIT 1) AS producer,
  (SELECT coalesce(json_agg(json_build_object(
       'id', v.id,
       'manage_inventory', v.manage_inventory,
       'prices', (SELECT coalesce(json_agg(json_build_object('amount', pp.amount, 'currency_code', pp.currency_code)), '[]')
                    FROM product_variant_price_set vps
                    JOIN price pp ON pp.price_set_id = vps.price_set_id AND pp.deleted_at IS NULL
                    WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL),
       'inventory_items', (SELECT coalesce(json_agg(json_build_object('inventory', json_build_object('location_levels',
                             (SELECT coalesce(json_agg(json_build_object('location_id', il.location_id,
                                'stocked_quantity', il.stocked_quantity, 'reserved_quantity', il.reserved_quantity)), '[]')
                                FROM inventory_level il WHERE il.inventory_item_id = pvi.inventory_item_id AND il.deleted_at IS NULL)))), '[]')
                    FROM product_variant_inventory_item pvi
                    WHERE pvi.variant_id = v.id AND pvi.deleted_at IS NULL))
     ORDER BY v.variant_rank, v.id), '[]')
     FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS variants
FROM product p
WHERE p.handle = $1 AND p.deleted_at IS NULL`

const SALES_POINTS_SQL = `
SELECT sp.handle, sp.name, sp.location_type, sp.province, sp.commune, sp.street, sp.opening_hours, link.stock_location_id
FROM sales_point sp
JOIN sales_point_sales_point_stock_location_stock_location link ON link.sales_point_id = sp.id AND link.deleted_at IS NULL
WHERE sp.status = 'active' AND sp.deleted_at IS NULL AND link.stock_location_id = ANY($1)`

/** The product a page shows, with everything the page needs, or undefined for an unknown handle. */
export async function readProductPage(db: Knex, handle: string): Promise<StoredProductPage | undefined> {
  const [row] = await runPrepared<StoredProductPage>(db, "ocop-product-page", PRODUCT_PAGE_SQL, [handle])
  return row
}

export interface StoredSalesPoint {
  handle: string
  name: string
  location_type: string
  province: string
  commune: string
  street: string | null
  opening_hours: string
  stock_location_id: string
}

/** The active sales points whose stock locations are among `locationIds`. */
export async function readActiveSalesPoints(db: Knex, locationIds: string[]): Promise<StoredSalesPoint[]> {
  if (locationIds.length === 0) return []
  return runPrepared<StoredSalesPoint>(db, "ocop-product-page-sales-points", SALES_POINTS_SQL, [locationIds])
}
