import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"

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
}
