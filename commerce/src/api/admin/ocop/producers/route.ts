import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_ALLOCATION_MODULE } from "../../../../modules/order-allocation"
import type OrderAllocationModuleService from "../../../../modules/order-allocation/service"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { parseInput } from "../../../validation"
import { producerSummaryFields } from "./admin-producer"
import { ListProducersQuery } from "./validators"

interface ProducerRow {
  id: string
  handle: string
  name: string
  type: string
  province: string
  commune: string
  status: string
  status_reason: string | null
  members?: ({ id: string } | null)[] | null
  products?: ({ id: string } | null)[] | null
}

/**
 * GET /admin/ocop/producers — search by name (accents optional), filter by status; each with its
 * member and product counts and how many order lines it still has to fulfil.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListProducersQuery, req.query, "query")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [ids, count] = await producers.searchProducerIds({ q: input.q, status: input.status }, { skip: input.offset, take: input.limit })
  const rows = new Map<string, ProducerRow>()
  let openLines = new Map<string, number>()
  if (ids.length > 0) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data }, counts] = await Promise.all([
      query.graph({ entity: "producer", fields: [...producerSummaryFields, "members.id", "products.id"], filters: { id: ids } }),
      req.scope.resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE).countOpenLinesByProducer(ids),
    ])
    for (const row of data as unknown as ProducerRow[]) rows.set(row.id, row)
    openLines = counts
  }
  res.json({
    // The graph answers in its own order; the page keeps the search's.
    producers: ids.flatMap((id) => {
      const row = rows.get(id)
      if (!row) return []
      const { members, products, ...producer } = row
      return [
        {
          ...producer,
          members_count: (members ?? []).filter(Boolean).length,
          products_count: (products ?? []).filter(Boolean).length,
          open_lines_count: openLines.get(id) ?? 0,
        },
      ]
    }),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
