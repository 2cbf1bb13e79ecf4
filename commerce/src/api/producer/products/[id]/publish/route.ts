import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseInput } from "../../../../validation"
import { producerScope } from "../../../scope"
import { loadOwnProduct, notSellableMessage, presentProducerProduct, setOwnProductStatus } from "../../producer-product"
import { WITHDRAWN_KEY } from "../../../../../listing/stored-state"
import { ProductIdParams } from "../../validators"

/** POST /producer/products/:id/publish — puts the producer's own product on sale, only when an active, unexpired certificate covers it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(ProductIdParams, req.params, "path")
  const row = await loadOwnProduct(req, producer.id, id)
  const product = presentProducerProduct(row)
  // The listing rule judges certificate and producer before the product's own status, so a
  // product that may not be published always carries the reason here.
  if (!product.can_publish) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Không thể đăng bán: ${notSellableMessage[product.reason!]}`)
  if (product.status !== "published") {
    // A product the listing rule had delisted, or the producer withdrew, is on sale by its own decision again.
    const metadata = { ocop_delisted: null, [WITHDRAWN_KEY]: null }
    await setOwnProductStatus(req, id, "published", metadata)
  }
  res.json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, id)) })
}
