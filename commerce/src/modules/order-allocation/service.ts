import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { OPEN_LINE_STEPS } from "./line-steps"
import { OrderLineAllocation } from "./models/order-line-allocation"

export default class OrderAllocationModuleService extends MedusaService({ OrderLineAllocation }) {
  /**
   * How many order lines each of these producers still has to fulfil, in one grouped count off the
   * (producer_id, status) index; a producer with none is absent from the map.
   */
  @InjectManager()
  async countOpenLinesByProducer(producerIds: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<Map<string, number>> {
    if (producerIds.length === 0) return new Map()
    const rows = (await context
      .manager!.getKnex()("order_line_allocation")
      .select("producer_id")
      .count({ open_lines: "*" })
      .whereIn("producer_id", producerIds)
      .whereIn("status", [...OPEN_LINE_STEPS])
      .whereNull("deleted_at")
      .groupBy("producer_id")) as { producer_id: string; open_lines: string | number }[]
    return new Map(rows.map((row) => [row.producer_id, Number(row.open_lines)]))
  }
}
