import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runPrepared } from "../database/prepared-statement"
import { deliveryArea, deliversTo, outsideAreaHeading, outsideAreaMessage } from "./delivery-area"
import { lineSupply } from "./line-supply"
import { checkoutMethod } from "./method"
import { checkoutRefusal, refusalCodes } from "./refusal"
import { notSellableExplanations, variantVerdicts } from "./sellable-variants"

interface CartRow {
  id: string
  completed_at: string | null
  sales_channel_id: string | null
  shipping_address?: { province?: string | null } | null
  shipping_methods?: { shipping_option_id: string | null }[] | null
  items: {
    id: string
    quantity: number
    product_title: string | null
    variant_id: string | null
    product?: { metadata?: Record<string, unknown> | null } | null
    variant?: {
      manage_inventory: boolean
      allow_backorder: boolean
      inventory_items?: { inventory_item_id: string; required_quantity: number; inventory?: { location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] } | null }[]
    } | null
  }[]
}

export interface CartLineState {
  line_item_id: string
  title: string
  quantity: number
  /** The most units one sales point of the cart's channel can supply now (see lineSupply); null when stock is not tracked. */
  available_quantity: number | null
  sellable: boolean
  reason: string | null
  blocked: boolean
  message: { vi: string; en: string } | null
}

export interface CartLines {
  cart_id: string
  completed: boolean
  checkout_allowed: boolean
  lines: CartLineState[]
}

/** Refuses checkout while any line is blocked, naming each product and why (listing rule first). */
export function assertCheckoutAllowed(state: CartLines): void {
  if (state.lines.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giỏ hàng chưa có sản phẩm nào / The cart has no items to order")
  const refused = (lines: CartLineState[]) => lines.map((line) => ({ title: line.title, message: line.message! }))
  const notSellable = state.lines.filter((line) => !line.sellable)
  if (notSellable.length > 0) throw checkoutRefusal({ vi: "Không thể bán", en: "Cannot sell" }, refused(notSellable), refusalCodes.notSellable)
  const outside = state.lines.filter((line) => line.reason === "outside_delivery_area")
  if (outside.length > 0) throw checkoutRefusal(outsideAreaHeading, refused(outside), refusalCodes.outsideDeliveryArea)
  const short = state.lines.filter((line) => line.blocked)
  if (short.length > 0) throw checkoutRefusal({ vi: "Không đủ hàng", en: "Not enough stock" }, refused(short), refusalCodes.insufficientStock)
}

/**
 * The refusal for a completion Medusa turned down for stock after the cart passed its check (see
 * isUnwordedStockRefusal): the lines short now, worded as the cart page words them, or a plain stock
 * refusal when none is short any more. Either carries the insufficient_inventory code.
 */
export async function stockShortageRefusal(container: MedusaContainer, id: string): Promise<Error> {
  try {
    assertCheckoutAllowed(await cartLines(container, id))
  } catch (refusal) {
    return refusal as Error
  }
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    "Không đủ hàng: hàng tại điểm bán vừa thay đổi, vui lòng đặt lại / Not enough stock: the stock at the sales point has just changed; please order again",
    refusalCodes.insufficientStock
  )
}

/**
 * Whether each cart line can be bought now: the listing rule (a certificate may lapse while the
 * item sits in the cart) and the stock one sales point of the cart's channel can supply, as Medusa
 * reserves each line at a single location (a pickup's own point is checked at completion).
 */
export async function cartLines(container: MedusaContainer, id: string): Promise<CartLines> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "sales_channel_id",
      "items.id",
      "items.quantity",
      "items.product_title",
      "items.variant_id",
      "items.product.metadata",
      "shipping_address.province",
      "shipping_methods.shipping_option_id",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "items.variant.inventory_items.inventory.location_levels.location_id",
      "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
      "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id },
  })) as { data: CartRow[] }
  const cart = data[0]
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giỏ hàng / Cart ${id} not found`)

  const { data: channels } = cart.sales_channel_id
    ? ((await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: cart.sales_channel_id } })) as { data: { stock_locations?: { id: string }[] | null }[] })
    : { data: [] }
  const channelLocations = new Set((channels[0]?.stock_locations ?? []).map((location) => location.id))
  const verdicts = await variantVerdicts(container, cart.items.map((item) => item.variant_id ?? ""))
  const areas = new Map(cart.items.map((item) => [item.id, deliveryArea(item.product?.metadata)]))
  // Only a limited product makes the chosen method matter here.
  const method = [...areas.values()].some(Boolean) ? await checkoutMethod(container, (cart.shipping_methods ?? []).map((shipping) => shipping.shipping_option_id ?? "")) : null
  const deliveryProvince = method?.fulfilment === "delivery" ? cart.shipping_address?.province : null

  const lines = cart.items.map((item) => {
    const verdict = item.variant_id ? verdicts.get(item.variant_id) : undefined
    const managed = item.variant?.manage_inventory && !item.variant.allow_backorder
    const available = managed ? lineSupply(item.variant!.inventory_items ?? [], channelLocations) : null
    const notSellable = verdict && !verdict.sellable ? notSellableExplanations[verdict.reason!] : null
    const shortOfStock = available !== null && available < Number(item.quantity)
    const area = areas.get(item.id) ?? null
    const outsideArea = area !== null && !deliversTo(area, deliveryProvince)
    return {
      line_item_id: item.id,
      title: verdict?.title ?? item.product_title ?? "",
      quantity: Number(item.quantity),
      available_quantity: available,
      sellable: !notSellable,
      reason: verdict?.reason ?? (shortOfStock ? "insufficient_stock" : outsideArea ? "outside_delivery_area" : null),
      blocked: Boolean(notSellable) || shortOfStock || outsideArea,
      message: notSellable
        ? { vi: `Sản phẩm ${notSellable.vi}; không thể đặt mua.`, en: `This product ${notSellable.en}; it cannot be ordered.` }
        : shortOfStock
          ? { vi: `Chỉ còn ${available} sản phẩm.`, en: `Only ${available} left in stock.` }
          : outsideArea
            ? outsideAreaMessage(area)
            : null,
    }
  })
  return { cart_id: cart.id, completed: Boolean(cart.completed_at), checkout_allowed: lines.length > 0 && lines.every((line) => !line.blocked), lines }
}

// What a checkout needs to know before it queues behind others buying the same goods, in one prepared
// statement: cartLines, which reads the whole cart, runs once the checkout's turn comes.
const CART_INVENTORY_ITEMS_SQL = `
SELECT c.completed_at,
  coalesce(array_agg(DISTINCT pvi.inventory_item_id) FILTER (WHERE pvi.inventory_item_id IS NOT NULL), '{}') AS inventory_item_ids
FROM cart c
LEFT JOIN cart_line_item li ON li.cart_id = c.id AND li.deleted_at IS NULL
LEFT JOIN product_variant pv ON pv.id = li.variant_id AND pv.deleted_at IS NULL AND pv.manage_inventory
LEFT JOIN product_variant_inventory_item pvi ON pvi.variant_id = pv.id AND pvi.deleted_at IS NULL
WHERE c.id = $1 AND c.deleted_at IS NULL
GROUP BY c.id`

/** Whether the cart is already an order, and the inventory items its stock-tracked lines draw on. */
export async function cartInventoryItems(container: MedusaContainer, id: string): Promise<{ completed: boolean; inventoryItemIds: string[] }> {
  const [cart] = await runPrepared<{ completed_at: Date | null; inventory_item_ids: string[] }>(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), "ocop-cart-inventory-items", CART_INVENTORY_ITEMS_SQL, [id])
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy giỏ hàng / Cart ${id} not found`)
  return { completed: cart.completed_at !== null, inventoryItemIds: cart.inventory_item_ids }
}
