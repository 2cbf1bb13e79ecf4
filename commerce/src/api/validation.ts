import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Validates route input with a zod schema; a failure becomes a 400 whose message names each bad
 * field in words a person can act on.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown, where: "query" | "body" | "path"): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join(".")
    if (issue.code === "unrecognized_keys") return `unknown ${where} parameter(s): ${issue.keys.join(", ")}`
    return field ? `${field}: ${issue.message}` : issue.message
  })
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${where}: ${problems.join("; ")}`)
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, "must be a real calendar date")
