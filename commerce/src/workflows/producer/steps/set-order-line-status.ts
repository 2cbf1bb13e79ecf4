import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ALLOCATION_MODULE } from "../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../modules/order-allocation/service"
import { orderPayments } from "../order-payment"

export type OrderLineStatus = "placed" | "prepared" | "shipped" | "ready_for_pickup" | "delivered" | "canceled"

/** A delivery line is shipped, a pickup line waits at its sales point; both end delivered. */
export function allowedNextStatus(from: OrderLineStatus, fulfilment: "delivery" | "pickup"): OrderLineStatus[] {
  if (from === "placed") return ["prepared"]
  if (from === "prepared") return [fulfilment === "delivery" ? "shipped" : "ready_for_pickup"]
  if (from === "shipped" || from === "ready_for_pickup") return ["delivered"]
  return []
}

const STEP_NAME: Record<OrderLineStatus, { vi: string; en: string }> = {
  placed: { vi: "Mới đặt", en: "placed" },
  prepared: { vi: "Đã chuẩn bị", en: "prepared" },
  shipped: { vi: "Đã gửi đi", en: "shipped" },
  ready_for_pickup: { vi: "Sẵn sàng để nhận", en: "ready for pickup" },
  delivered: { vi: "Đã giao", en: "delivered" },
  canceled: { vi: "Đã hủy", en: "canceled" },
}

/** Why a line may not make this move, in both languages, or null when it may. */
export function refusedMove(from: OrderLineStatus, to: OrderLineStatus, fulfilment: "delivery" | "pickup"): string | null {
  const allowed = allowedNextStatus(from, fulfilment)
  if (allowed.includes(to)) return null
  const vi = allowed.length ? `; chỉ được chuyển sang ${allowed.map((status) => `"${STEP_NAME[status].vi}"`).join(", ")}` : "; dòng này không còn bước nào tiếp theo"
  const en = allowed.length ? `; allowed: ${allowed.map((status) => STEP_NAME[status].en).join(", ")}` : "; this line has no further step"
  return `Không thể chuyển dòng đơn từ "${STEP_NAME[from].vi}" sang "${STEP_NAME[to].vi}"${vi}. / Cannot move this order line from ${STEP_NAME[from].en} to ${STEP_NAME[to].en}${en}.`
}

// Goods out of the producer's hands stop the unpaid-transfer cancellation (it keeps any order with a
// line shipped or set out), so they must wait for the money; preparing them is fine meanwhile.
const LEAVES_PRODUCER: OrderLineStatus[] = ["shipped", "ready_for_pickup"]
export const AWAITING_TRANSFER_REFUSAL =
  "Đơn này trả bằng chuyển khoản ngân hàng (VietQR) và chưa nhận được tiền: chỉ được gửi hàng hoặc để hàng tại điểm bán sau khi văn phòng OCOP xác nhận đã nhận chuyển khoản. / This order is paid by bank transfer (VietQR) and the money has not arrived: ship it or set it out for pickup only once the OCOP office has confirmed the transfer."

export interface SetOrderLineStatusInput {
  allocation_id: string
  producer_id: string
  status: OrderLineStatus
}

/** Moves one of the producer's own order lines one step forward; another producer's line is not found. */
export const setOrderLineStatusStep = createStep(
  "set-order-line-status",
  async (input: SetOrderLineStatusInput, { container }) => {
    const allocations = container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)
    const [line] = await allocations.listOrderLineAllocations({ id: input.allocation_id, producer_id: input.producer_id })
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy dòng đơn ${input.allocation_id}. / Order line ${input.allocation_id} was not found.`)
    const refusal = refusedMove(line.status as OrderLineStatus, input.status, line.fulfilment)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    if (LEAVES_PRODUCER.includes(input.status) && (await orderPayments(container, [line.order_id])).get(line.order_id)?.status === "awaiting_transfer") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, AWAITING_TRANSFER_REFUSAL)
    }
    const updated = await allocations.updateOrderLineAllocations({ id: line.id, status: input.status })
    return new StepResponse({ id: updated.id, order_id: updated.order_id, status: updated.status }, { id: line.id, status: line.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).updateOrderLineAllocations(previous)
  }
)
