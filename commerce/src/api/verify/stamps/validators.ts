import { z } from "@medusajs/framework/zod"

// Anything up to 2 KB is answered (oversized input is simply not genuine); more is a bad request.
export const VerifyStampQuery = z
  .object({
    code: z.string().max(2048, "code is too long").optional(),
    link: z.string().max(2048, "link is too long").optional(),
  })
  .strict()
  .refine((q) => (q.code === undefined) !== (q.link === undefined), "give exactly one of code (from /v/{code}) or link (a GS1 Digital Link path)")
export type VerifyStampQuery = z.infer<typeof VerifyStampQuery>
