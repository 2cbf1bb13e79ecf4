import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { OrderLinesResponse } from "./types"

export function useOrderLines(orderId: string) {
  return useQuery({
    queryKey: ["ocop-order-lines", orderId],
    queryFn: () => sdk.client.fetch<OrderLinesResponse>(`/admin/ocop/orders/${orderId}/lines`),
  })
}
