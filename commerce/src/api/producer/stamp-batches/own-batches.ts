import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAMP_MODULE } from "../../../modules/stamp"
import type StampModuleService from "../../../modules/stamp/service"

/** The ids of the producer's own products (through the producer ↔ product link). */
export async function ownProductIds(req: AuthenticatedMedusaRequest, producerId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  return ((data[0] as { products?: ({ id: string } | null)[] } | undefined)?.products ?? []).flatMap((product) => (product ? [product.id] : []))
}

/** A batch of one of the producer's products; another producer's batch is "not found", never "forbidden". */
export async function loadOwnBatch(req: AuthenticatedMedusaRequest, producerId: string, batchId: string) {
  const stamps = req.scope.resolve<StampModuleService>(STAMP_MODULE)
  const [batch] = await stamps.listStampBatches({ id: batchId })
  const own = batch ? (await ownProductIds(req, producerId)).includes(batch.product_id) : false
  if (!batch || !own) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy lô tem / Stamp batch ${batchId} was not found`)
  return batch
}
