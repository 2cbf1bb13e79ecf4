import { randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firstFreeHandle, handleCandidates, productHandle, withSuffix } from "../product-handle"

/** A handle for a new product no other product has: the title's ASCII slug, numbered when taken. */
export const chooseProductHandleStep = createStep("choose-product-handle", async (input: { title: string }, { container }) => {
  const base = productHandle(input.title)
  const taken = await container.resolve(Modules.PRODUCT).listProducts({ handle: handleCandidates(base) }, { select: ["handle"] })
  const handle = firstFreeHandle(base, new Set(taken.map((product) => product.handle))) ?? withSuffix(base, randomBytes(3).toString("hex"))
  return new StepResponse(handle)
})
