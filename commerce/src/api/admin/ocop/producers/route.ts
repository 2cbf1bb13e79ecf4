import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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

/** GET /admin/ocop/producers — search by name (accents optional), filter by status; each with its member and product counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(ListProducersQuery, req.query, "query")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [ids, count] = await producers.searchProducerIds({ q: input.q, status: input.status }, { skip: input.offset, take: input.limit })
  const rows = new Map<string, ProducerRow>()
  if (ids.length > 0) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "producer", fields: [...producerSummaryFields, "members.id", "products.id"], filters: { id: ids } })
    for (const row of data as unknown as ProducerRow[]) rows.set(row.id, row)
  }
  res.json({
    // The graph answers in its own order; the page keeps the search's.
    producers: ids.flatMap((id) => {
      const row = rows.get(id)
      if (!row) return []
      const { members, products, ...producer } = row
      return [{ ...producer, members_count: (members ?? []).filter(Boolean).length, products_count: (products ?? []).filter(Boolean).length }]
    }),
    count,
    limit: input.limit,
    offset: input.offset,
  })
}
