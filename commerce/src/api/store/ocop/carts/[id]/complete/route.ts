import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { assertCheckoutAllowed, cartInventoryItems, cartLines, stockShortageRefusal } from "../../../../../../checkout/cart-lines"
import { isUnwordedStockRefusal } from "../../../../../../checkout/refusal"
import { placeOrderWorkflow } from "../../../../../../workflows/checkout/place-order"
import { parseInput } from "../../../../../validation"
import { CartIdParams } from "../../validators"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "created_at",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.product_handle",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
]

// Shopper-fixable problems (address, stock, lapsed certificate, no shipping method) are 400s.
const shopperErrors: string[] = [MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_ALLOWED]
const paymentErrors: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * POST /store/ocop/carts/:id/complete — places the order (see placeOrderWorkflow). Medusa's own
 * /store/carts/:id/complete is routed here too (src/api/middlewares.ts), so every order is allocated.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await placeOrder(req, res)
}

/** Medusa's /store/carts/:id/complete, answered by the same handler (a middleware must pass errors on). */
export function placeOrderMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  placeOrder(req, res).catch(next)
}

/** Longest a checkout waits behind others buying the same goods before being told to retry. */
const CHECKOUT_QUEUE_SECONDS = 60

async function placeOrder(req: MedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(CartIdParams, req.params, "path")
  const cart = await cartInventoryItems(req.scope, id)
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  const locking = req.scope.resolve(Modules.LOCKING)

  // Checkouts that share an item take turns (Medusa's own reservation lock gives up after 5 s, which
  // a rush on the last units outlasts); each re-reads the stock when its turn comes, so once the
  // goods are gone the rest are refused at once instead of running the whole completion.
  const keys = cart.completed ? [] : cart.inventoryItemIds.map((itemId) => `checkout:${itemId}`)
  const run = async () => {
    if (!cart.completed) assertCheckoutAllowed(await cartLines(req.scope, id))
    return engine.run(placeOrderWorkflow.getName(), { input: { cart_id: id }, throwOnError: false })
  }
  const { errors, result, transaction } =
    keys.length > 0
      ? await locking.execute(keys, run, { timeout: CHECKOUT_QUEUE_SECONDS }).catch((error: Error) => {
          if (/timed-out acquiring lock/i.test(error.message)) {
            throw new MedusaError(MedusaError.Types.CONFLICT, "Nhiều người đang mua cùng sản phẩm, vui lòng thử lại / Many shoppers are buying the same goods; please try again")
          }
          throw error
        })
      : await run()
  if (!transaction.hasFinished()) throw new MedusaError(MedusaError.Types.CONFLICT, "Giỏ hàng đang được đặt ở một yêu cầu khác / This cart is already being checked out")

  const error = errors?.[0]?.error as (Error & { type?: string; code?: string }) | undefined
  if (error) {
    if (paymentErrors.includes(error.type ?? "")) {
      res.status(200).json({ type: "cart", cart: { id }, error: { message: error.message, type: error.type } })
      return
    }
    // Stock that went between our check and Medusa's reservation: worded with its code, never Medusa's English and ids.
    if (isUnwordedStockRefusal(error)) throw await stockShortageRefusal(req.scope, id)
    if (error.type === MedusaError.Types.NOT_FOUND) throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message)
    // The code (not_sellable, insufficient_inventory…) is kept: clients tell the refusals apart by it.
    if (shopperErrors.includes(error.type ?? "")) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message, error.code)
    throw error
  }

  // The order detail workflow also works out payment_status and fulfillment_status.
  const { result: order } = await getOrderDetailWorkflow(req.scope).run({ input: { order_id: (result as { id: string }).id, fields: ORDER_FIELDS } })
  res.status(200).json({ type: "order", order })
}
