import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Validates route input with a zod schema; a failure becomes a 400 whose message names each bad
 * field in words a person can act on.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown, where: "query" | "body" | "path"): z.infer<S> {
  const result = schema.safeParse(input, { error: bilingualDefault })
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".")
    if (issue.code === "unrecognized_keys") return `unknown ${where} parameter(s): ${issue.keys.join(", ")}`
    return field ? `${field}: ${issue.message}` : issue.message
  })
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${where}: ${problems.join("; ")}`)
}

const vietnamese = z.locales.vi().localeError
const english = z.locales.en().localeError
const localeText = (locale: typeof english, issue: Parameters<typeof english>[0]) => {
  const text = locale(issue)
  return typeof text === "string" ? text : text?.message
}

/**
 * zod's own wording for the checks our schemas leave unworded ("Too small: expected number to be
 * >0"), in Vietnamese then English like our own messages; a schema's message still wins.
 */
function bilingualDefault(issue: Parameters<typeof english>[0]): string | undefined {
  const vi = localeText(vietnamese, issue)
  const en = localeText(english, issue)
  return vi && en ? `${vi} / ${en}` : (vi ?? en)
}

/** Years a date in this marketplace can fall in: programme decisions, production, expiry. */
const FIRST_YEAR = 1900
const LAST_YEAR = 2199

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30) and falls in a plausible year. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, "must be a real calendar date")
  .refine((value) => {
    const year = Number(value.slice(0, 4))
    return year >= FIRST_YEAR && year <= LAST_YEAR
  }, `must be a date between the years ${FIRST_YEAR} and ${LAST_YEAR}`)

/** The path of a route about one order: a Medusa order id. */
export const OrderIdParams = z.object({ id: z.string().trim().regex(/^order_[0-9A-Za-z]{10,40}$/, "must be an order id (order_…)") })
