import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseInput } from "../../../../validation"
import { producerScope } from "../../../scope"
import { loadOwnProduct, presentProducerProduct, setOwnProductStatus } from "../../producer-product"
import { WITHDRAWN_KEY } from "../../../../../listing/stored-state"
import { ProductIdParams } from "../../validators"

/**
 * POST /producer/products/:id/withdraw — the producer takes its own product off sale (a season
 * ended, a recipe changed). It leaves the shop, search, feeds and carts like any product no longer
 * sold, and stays off sale until the producer publishes it again: a certificate coming back does
 * not bring it back, because the rule's own delisting mark is cleared.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer } = producerScope(req)
  const { id } = parseInput(ProductIdParams, req.params, "path")
  const row = await loadOwnProduct(req, producer.id, id)
  const product = presentProducerProduct(row)
  if (!product.withdrawn) {
    // Marking a draft never on sale would make the shop name it as "no longer sold".
    if (!product.can_withdraw) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Sản phẩm này chưa được đăng bán nên không có gì để ngừng bán. / This product is not on sale, so there is nothing to withdraw.")
    }
    const metadata = { ocop_delisted: null, [WITHDRAWN_KEY]: { at: new Date().toISOString() } }
    await setOwnProductStatus(req, id, "draft", metadata)
  }
  res.json({ product: presentProducerProduct(await loadOwnProduct(req, producer.id, id)) })
}
