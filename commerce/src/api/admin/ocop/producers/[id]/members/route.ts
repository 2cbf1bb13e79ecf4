import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../../modules/producer"
import type ProducerModuleService from "../../../../../../modules/producer/service"
import { parseInput } from "../../../../../validation"
import { producerPeople } from "../../admin-producer"
import { ProducerIdParams } from "../../validators"

/** GET /admin/ocop/producers/:id/members — the producer's portal members and its invites still open. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = parseInput(ProducerIdParams, req.params, "path")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await producers.listProducers({ id }, { select: ["id"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} was not found`)
  res.json(await producerPeople(producers, id))
}
