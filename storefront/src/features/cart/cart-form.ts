import { z } from "astro/zod"

const quantity = (min: number) => z.coerce.number().int().min(min).max(99)

/** What the cart's forms post: add from a product page, change a quantity, remove a line. */
const cartAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    product_id: z.string().regex(/^prod_[A-Za-z0-9]{1,64}$/),
    handle: z.string().regex(/^[a-z0-9-]{1,200}$/),
    quantity: quantity(1),
  }),
  // Quantity 0 removes the line, as people expect from a number box.
  z.object({ intent: z.literal("update"), line_id: z.string().regex(/^cali_[A-Za-z0-9]{1,64}$/), quantity: quantity(0) }),
  z.object({ intent: z.literal("remove"), line_id: z.string().regex(/^cali_[A-Za-z0-9]{1,64}$/) }),
])

export type CartAction = z.infer<typeof cartAction>

/** Reads a cart form; null when it is not one we sent (a bad quantity is reported the same way). */
export function parseCartAction(form: FormData): CartAction | null {
  const fields: Record<string, string> = {}
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value.trim()
  const parsed = cartAction.safeParse(fields)
  return parsed.success ? parsed.data : null
}
