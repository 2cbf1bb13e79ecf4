import { useQuery } from "@tanstack/react-query"
import type { HttpTypes } from "@medusajs/framework/types"
import { sdk } from "../lib/sdk"
import { OPEN_LINE_STEPS } from "../../modules/order-allocation/line-steps"
import type { OrderLineStatus, OrderLinesResponse } from "./types"

const CATCH_UP_POLLS = 10

export function useOrderLines(order: Pick<HttpTypes.AdminOrder, "id" | "status">) {
  return useQuery({
    // Medusa refetches its order after "Cancel order", the one Medusa action that moves our lines:
    // the new status is a new key, so the lines are fetched again (the old ones shown meanwhile).
    queryKey: ["ocop-order-lines", order.id, order.status],
    queryFn: () => sdk.client.fetch<OrderLinesResponse>(`/admin/ocop/orders/${order.id}/lines`),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === order.id ? previous : undefined),
    // The lines are canceled by a subscriber, which may run just after Medusa has answered: poll
    // a few seconds until they have caught up with the canceled order.
    refetchInterval: (query) => {
      const behind = order.status === "canceled" && query.state.data?.lines.some((line) => (OPEN_LINE_STEPS as readonly OrderLineStatus[]).includes(line.status))
      return behind && query.state.dataUpdateCount < CATCH_UP_POLLS ? 1000 : false
    },
  })
}
