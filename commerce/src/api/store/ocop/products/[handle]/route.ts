import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findProduct } from "../../../../../listing/catalogue"
import { parseInput } from "../../../../validation"
import { ProductHandleParams } from "../validators"

/**
 * GET /store/ocop/products/:handle — one product. A product that exists but may not be sold now
 * (certificate expired, suspended or revoked, producer suspended) answers 410 with the reason, so
 * the storefront can explain instead of pretending it never existed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = parseInput(ProductHandleParams, req.params, "path")
  const lookup = await findProduct(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), handle)
  res.setHeader("Cache-Control", "public, max-age=10")
  if (!lookup.found) {
    res.status(404).json({ type: "not_found", message: `No product with handle "${handle}"` })
    return
  }
  if (!lookup.sellable) {
    res.status(410).json({
      type: "not_sellable",
      message: "This product is no longer sold as an OCOP product",
      reason: lookup.reason,
      title: lookup.title,
      producer: lookup.producer,
      certificate: lookup.certificate,
    })
    return
  }
  res.json({ product: lookup.product })
}
