import { z } from "@medusajs/framework/zod"
import { searchSorts } from "@ocop/search"
import { productGroups } from "../products/validators"

const HANDLE = /^[a-z0-9-]{1,120}$/

/** `a,b` or a repeated parameter (`?stars=4&stars=5`) both mean a list. */
function list<T extends z.ZodType<unknown, string>>(item: T, name: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(",")).map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(40, `${name}: at most 40 values`))
    .optional()
}

const handle = (what: string) => z.string().regex(HANDLE, `${what} must be a handle (lowercase letters, digits, hyphens)`)

const price = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number of đồng` })
    .int(`${name} must be a whole number of đồng`)
    .min(0, `${name} cannot be negative`)
    .max(1_000_000_000, `${name} is too large`)
    .optional()

export const SearchProductsQuery = z
  .object({
    q: z.string().max(500, "q must be at most 500 characters").default(""),
    group: list(z.enum(productGroups, { message: `group must be one of ${productGroups.join(", ")}` }), "group"),
    stars: list(z.enum(["3", "4", "5"], { message: "stars must be 3, 4 or 5" }).transform(Number), "stars"),
    province: list(handle("province"), "province"),
    producer: list(handle("producer"), "producer"),
    sales_point: list(handle("sales_point"), "sales_point"),
    pickup: z.enum(["true", "false"], { message: "pickup must be true or false" }).transform((value) => value === "true").optional(),
    price_min: price("price_min"),
    price_max: price("price_max"),
    sort: z.enum(searchSorts, { message: `sort must be one of ${searchSorts.join(", ")}` }).default("relevance"),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(24),
    offset: z.coerce.number().int().min(0, "offset cannot be negative").max(10_000, "offset must be at most 10000").default(0),
  })
  .strict()
  .refine((input) => input.price_min === undefined || input.price_max === undefined || input.price_min <= input.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

export type SearchProductsQuery = z.infer<typeof SearchProductsQuery>
