import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { parseInput } from "../../validation"
import { producerScope } from "../scope"
import { SetStockBody } from "./validators"

interface OwnItem {
  inventory_item_id: string
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
}

/** The inventory items behind the producer's own variants, by id. */
async function ownInventoryItems(req: AuthenticatedMedusaRequest, producerId: string): Promise<Map<string, OwnItem>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id", "products.title", "products.variants.id", "products.variants.title", "products.variants.inventory_items.inventory_item_id"],
    filters: { id: producerId },
  })
  type Row = { products?: ({ id: string; title: string; variants?: ({ id: string; title: string; inventory_items?: ({ inventory_item_id: string } | null)[] } | null)[] } | null)[] }
  const items = new Map<string, OwnItem>()
  for (const product of (data[0] as Row | undefined)?.products ?? []) {
    for (const variant of product?.variants ?? []) {
      for (const link of variant?.inventory_items ?? []) {
        if (product && variant && link) {
          items.set(link.inventory_item_id, { inventory_item_id: link.inventory_item_id, product_id: product.id, product_title: product.title, variant_id: variant.id, variant_title: variant.title })
        }
      }
    }
  }
  return items
}

/** Sales points by the stock location that holds their inventory levels. */
async function salesPointsByLocation(req: AuthenticatedMedusaRequest, locationIds: string[]) {
  if (locationIds.length === 0) return new Map<string, { id: string; name: string }>()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "sales_point.id", "sales_point.name"], filters: { id: locationIds } })
  const rows = data as unknown as { id: string; sales_point?: { id: string; name: string } | null }[]
  return new Map(rows.filter((row) => row.sales_point).map((row) => [row.id, row.sales_point!]))
}

/** GET /producer/stock — stocked, reserved and available units of each of the producer's packs at each sales point that carries it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const items = await ownInventoryItems(req, producer.id)
  const levels = items.size ? await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: [...items.keys()] }) : []
  const points = await salesPointsByLocation(req, [...new Set(levels.map((level) => level.location_id))])
  const stock = levels
    .filter((level) => points.has(level.location_id))
    .map((level) => {
      const stocked = Number(level.stocked_quantity)
      const reserved = Number(level.reserved_quantity)
      return {
        ...items.get(level.inventory_item_id)!,
        sales_point_id: points.get(level.location_id)!.id,
        sales_point_name: points.get(level.location_id)!.name,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available_quantity: stocked - reserved,
      }
    })
    .sort((a, b) => a.product_title.localeCompare(b.product_title, "vi") || a.sales_point_name.localeCompare(b.sales_point_name, "vi"))
  res.json({ stock })
}

/** POST /producer/stock — sets the stocked quantity of one of the producer's packs at a sales point that already carries it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const body = parseInput(SetStockBody, req.body ?? {}, "body")
  const items = await ownInventoryItems(req, producer.id)
  if (!items.has(body.inventory_item_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy hàng tồn kho này / Inventory item ${body.inventory_item_id} was not found`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_point", fields: ["id", "stock_location.id"], filters: { id: body.sales_point_id } })
  const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!locationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm bán / Sales point ${body.sales_point_id} was not found`)
  const [level] = await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: body.inventory_item_id, location_id: locationId })
  if (!level) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Điểm bán này chưa nhận bày bán sản phẩm. / This sales point does not carry this product.")
  }
  if (body.stocked_quantity < Number(level.reserved_quantity)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Không thể đặt thấp hơn ${Number(level.reserved_quantity)} đơn vị đã được giữ cho đơn hàng. / Cannot go below the ${Number(level.reserved_quantity)} units reserved for orders.`
    )
  }
  await updateInventoryLevelsWorkflow(req.scope).run({
    input: { updates: [{ inventory_item_id: body.inventory_item_id, location_id: locationId, stocked_quantity: body.stocked_quantity }] },
  })
  res.json({ inventory_item_id: body.inventory_item_id, sales_point_id: body.sales_point_id, stocked_quantity: body.stocked_quantity })
}
