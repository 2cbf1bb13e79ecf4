import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import { producerContact } from "../../../../../modules/producer/contact"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { parseInput } from "../../../../validation"

const ProducerHandleParams = z.object({
  handle: z.string().regex(/^[a-z0-9-]{1,120}$/, "handle must contain only lowercase letters, digits and hyphens"),
})

/**
 * GET /store/ocop/producers/:handle — a producer's public card (name, type, location, contact, story).
 * Its products come from /store/ocop/products?producer=:handle, which applies the listing rule.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = parseInput(ProducerHandleParams, req.params, "path")
  const producers = req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const [producer] = await producers.listProducers({ handle })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with handle "${handle}"`)
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({
    producer: {
      handle: producer.handle,
      name: producer.name,
      type: producer.type,
      status: producer.status,
      province: producer.province,
      commune: producer.commune,
      street: producer.street,
      legacyAddress: producer.legacy_address,
      contact: producerContact(producer),
      story: { vi: producer.story_vi ?? "", en: producer.story_en ?? "" },
    },
  })
}
