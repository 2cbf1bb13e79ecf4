import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rm } from "node:fs/promises"
import { basename, join } from "node:path"
import { uploadDir, type ImageVariants } from "../../../product-images/variants"

/** Deletes the variant files of images a product no longer has. Last step: nothing after it can fail and need them back. */
export const deleteStaleVariantsStep = createStep("delete-stale-product-image-variants", async (stale: ImageVariants[]) => {
  const dir = uploadDir()
  const files = stale.flatMap((variants) => [...variants.avif, ...variants.webp]).map((source) => join(dir, basename(new URL(source.url).pathname)))
  await Promise.all(files.map((file) => rm(file, { force: true })))
  return new StepResponse(files.length)
})
