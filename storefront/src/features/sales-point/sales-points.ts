import { medusa } from "../../lib/medusa"
import type { SalesPoint } from "./sales-point"

export type { SalesPoint } from "./sales-point"

/** Every open sales point, ordered by province then name. */
export async function listSalesPoints(): Promise<SalesPoint[]> {
  const { salesPoints } = await medusa.client.fetch<{ salesPoints: SalesPoint[] }>("/store/ocop/sales-points")
  return salesPoints
}
