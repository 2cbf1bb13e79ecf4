import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { addressProblems, deliveryAddress, pickupContact } from "../../checkout/address"
import { assertDeliverable } from "../../checkout/delivery-area"
import { checkoutMethod } from "../../checkout/method"
import { numeric } from "../../checkout/numeric"
import { assertVariantsSellable } from "../../checkout/sellable-variants"

interface CartAtCompletion {
  completed_at?: Date | string | null
  email?: string | null
  items?: { variant_id?: string | null; product_id?: string | null; title?: string; quantity?: number; variant?: { manage_inventory?: boolean; inventory_items?: { inventory?: { location_levels?: { location_id: string; available_quantity?: number; stocked_quantity?: number; reserved_quantity?: number }[] } }[] } }[]
  shipping_methods?: { shipping_option_id?: string | null }[]
  shipping_address?: Record<string, unknown> | null
}

function available(level: { available_quantity?: number; stocked_quantity?: number; reserved_quantity?: number }): number {
  return level.available_quantity !== undefined ? numeric(level.available_quantity) : numeric(level.stocked_quantity) - numeric(level.reserved_quantity)
}

async function placedOrderStands(container: MedusaContainer, cartId: string): Promise<boolean> {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const order = await db("order_cart as oc")
    .join("order as o", "o.id", "oc.order_id")
    .where("oc.cart_id", cartId)
    .whereNull("oc.deleted_at")
    .whereNull("o.deleted_at")
    .first("o.status")
  return order !== undefined && order.status !== "canceled"
}

// Runs before Medusa creates the order or authorises payment: anything refused here costs nothing.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const checkout = cart as CartAtCompletion
  // Completing a completed cart answers its order (Medusa finds it after this hook). Judging the cart
  // again would refuse a shopper's retry, after a timeout or a double tap, because the stock or the
  // certificate has changed since the order was placed. An order that was canceled (the crash
  // recovery could not finish it) is judged again, so the retry says why it cannot be bought.
  if (checkout.completed_at && (await placedOrderStands(container, (cart as { id: string }).id))) return new StepResponse(undefined)
  await assertVariantsSellable(container, (checkout.items ?? []).map((item) => item.variant_id ?? ""))

  if (!checkout.email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng nhập email để nhận xác nhận đơn hàng / An email address is needed for the order confirmation")
  const method = await checkoutMethod(container, (checkout.shipping_methods ?? []).map((method) => method.shipping_option_id ?? ""))
  if (!method) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng chọn giao hàng hoặc nhận tại điểm bán / Choose delivery or pickup at a sales point")

  const contact = (method.fulfilment === "delivery" ? deliveryAddress : pickupContact).safeParse(checkout.shipping_address ?? {})
  if (!contact.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Địa chỉ nhận hàng chưa đủ / Incomplete address: ${addressProblems(contact.error)}`)

  if (method.fulfilment === "delivery") {
    const province = typeof checkout.shipping_address?.["province"] === "string" ? (checkout.shipping_address["province"] as string) : null
    await assertDeliverable(container, (checkout.items ?? []).map((item) => item.product_id ?? ""), province)
  }

  if (method.fulfilment === "pickup") {
    // An early, readable refusal; the guarantee is the locked reservation when the order is placed.
    const short = (checkout.items ?? []).filter((item) => {
      if (!item.variant?.manage_inventory) return false
      return (item.variant.inventory_items ?? []).some((link) => {
        const level = link.inventory?.location_levels?.find((candidate) => candidate.location_id === method.stockLocationId)
        return !level || available(level) < numeric(item.quantity)
      })
    })
    if (short.length > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${method.salesPointName} không đủ hàng cho: ${short.map((item) => item.title).join(", ")} / Not enough stock at this sales point`,
        MedusaError.Codes.INSUFFICIENT_INVENTORY
      )
    }
  }
  return new StepResponse(undefined)
})
