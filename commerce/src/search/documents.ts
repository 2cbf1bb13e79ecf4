import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { toSearchDocument, type ProductForSearch, type SearchDocument } from "@ocop/search"
import { certificateFields } from "../listing/catalogue"
import { currentCertificate } from "../listing/sellable"

/**
 * Reads products with their certificate, producer and stock per sales point, and turns them into
 * search documents (the mapping itself lives in @ocop/search).
 */

type Query = Omit<RemoteQueryFunction, symbol>

const productFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  ...certificateFields.map((field) => `certificates.${field}`),
  "producer.handle",
  "producer.name",
  "producer.type",
  "producer.status",
  "producer.province",
  "producer.commune",
  "producer.legacy_province",
  "producer.legacy_address",
]

type CertificateRow = NonNullable<ProductForSearch["certificate"]> & { decision_date: string | Date }

type ProductRow = Omit<ProductForSearch, "certificate" | "producer" | "stock" | "priceVnd" | "tracksStock"> & {
  variants?: {
    manage_inventory?: boolean
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
  certificates?: (CertificateRow | null)[]
  producer?: ProductForSearch["producer"]
}

/** Stock location id → sales point handle, for the sales points that are open. */
async function salesPointsByLocation(query: Query): Promise<Map<string, string>> {
  const { data } = await query.graph({ entity: "sales_point", fields: ["handle", "status", "stock_location.id"], filters: { status: "active" } })
  const points = new Map<string, string>()
  for (const point of data as { handle: string; stock_location?: { id: string } | null }[]) {
    if (point.stock_location) points.set(point.stock_location.id, point.handle)
  }
  return points
}

function productForSearch(row: ProductRow, salesPoints: Map<string, string>, now: Date): ProductForSearch {
  const [variant] = row.variants ?? []
  const price = variant?.prices?.find((p) => p.currency_code === "vnd")
  const stock: ProductForSearch["stock"] = []
  for (const level of variant?.inventory_items?.[0]?.inventory?.location_levels ?? []) {
    const salesPoint = salesPoints.get(level.location_id)
    if (salesPoint) stock.push({ salesPoint, available: Number(level.stocked_quantity) - Number(level.reserved_quantity) })
  }
  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    title: row.title,
    subtitle: row.subtitle,
    description: row.description,
    thumbnail: row.thumbnail,
    metadata: row.metadata,
    priceVnd: price ? Number(price.amount) : null,
    tracksStock: (row.variants ?? []).some((v) => v.manage_inventory),
    certificate: currentCertificate(row.certificates, now),
    producer: row.producer ?? null,
    stock,
  }
}

/** Documents for the given products; ids that no longer exist or cannot be listed come back in `removed`. */
export async function loadSearchDocuments(query: Query, productIds: string[], now = new Date()): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  if (productIds.length === 0) return { documents: [], removed: [] }
  const [{ data }, salesPoints] = await Promise.all([
    query.graph({ entity: "product", fields: productFields, filters: { id: productIds } }),
    salesPointsByLocation(query),
  ])
  const documents: SearchDocument[] = []
  const found = new Set<string>()
  for (const row of data as unknown as ProductRow[]) {
    const document = toSearchDocument(productForSearch(row, salesPoints, now))
    if (document) {
      documents.push(document)
      found.add(row.id)
    }
  }
  return { documents, removed: productIds.filter((id) => !found.has(id)) }
}

/** Every product's document, a page at a time, for a full reindex. */
export async function* allSearchDocuments(query: Query, onScanned?: (products: number) => void, batchSize = 500): AsyncGenerator<SearchDocument[]> {
  for (let offset = 0; ; offset += batchSize) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: offset, take: batchSize, order: { id: "ASC" } } })
    const ids = (data as { id: string }[]).map((product) => product.id)
    if (ids.length === 0) return
    const { documents } = await loadSearchDocuments(query, ids)
    onScanned?.(offset + ids.length)
    yield documents
    if (ids.length < batchSize) return
  }
}
