import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"
import { FOLD_FROM, FOLD_TO, nameSearchPattern } from "./name-search"

export type ProducerStatus = "active" | "suspended"

export default class ProducerModuleService extends MedusaService({ Producer, ProducerMember, ProducerInvite }) {
  /**
   * Marks an open, unexpired invite accepted in one conditional UPDATE, so that two people racing
   * with the same link cannot both succeed. Returns false when someone else got there first.
   */
  @InjectManager()
  async claimProducerInvite(id: string, @MedusaContext() context: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await context.manager!.getConnection().execute<{ id: string }[]>(
      "UPDATE producer_invite SET accepted_at = now(), updated_at = now() WHERE id = ? AND accepted_at IS NULL AND expires_at > now() AND deleted_at IS NULL RETURNING id",
      [id],
      "all"
    )
    return rows.length === 1
  }

  /**
   * One page of producer ids, ordered by name as a Vietnamese reader expects it (marks ignored),
   * with the total: `q` matches the name whatever accents the admin types or leaves out.
   */
  @InjectManager()
  async searchProducerIds(
    filters: { q?: string; status?: ProducerStatus },
    page: { skip: number; take: number },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<[ids: string[], count: number]> {
    const folded = "translate(lower(name), ?, ?)"
    const where = ["deleted_at IS NULL"]
    const params: unknown[] = []
    if (filters.status) {
      where.push("status = ?")
      params.push(filters.status)
    }
    if (filters.q) {
      where.push(`${folded} ILIKE ?`)
      params.push(FOLD_FROM, FOLD_TO, nameSearchPattern(filters.q))
    }
    const connection = context.manager!.getConnection()
    const [rows, counted] = await Promise.all([
      connection.execute<{ id: string }[]>(
        `SELECT id FROM producer WHERE ${where.join(" AND ")} ORDER BY ${folded}, id LIMIT ? OFFSET ?`,
        [...params, FOLD_FROM, FOLD_TO, page.take, page.skip],
        "all"
      ),
      connection.execute<{ count: string }[]>(`SELECT count(*) AS count FROM producer WHERE ${where.join(" AND ")}`, params, "all"),
    ])
    return [rows.map((row) => row.id), Number(counted[0]?.count ?? 0)]
  }
}
