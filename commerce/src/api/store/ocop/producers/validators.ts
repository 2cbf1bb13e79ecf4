import { z } from "@medusajs/framework/zod"

/** The directory is one page and takes no parameters; anything sent is a mistake worth naming. */
export const ListProducersQuery = z.object({}).strict()
