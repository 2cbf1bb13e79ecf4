import type { SearchFilters } from "../query.ts"
import { attributes } from "./stored.ts"

/**
 * Meilisearch filter strings, built from typed values only. Every string value is double-quoted
 * with `\` and `"` escaped (the filter parser unescapes both since Meilisearch 1.4), so a value
 * can never close its quotes and add a condition of its own.
 */

export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/**
 * A number as the filter parser reads it. Clamped to the safe-integer range, where `String()`
 * never writes `1e+21` (the `+` is not a filter value character); beyond it no price or date
 * compares differently anyway.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Filter number must be finite, got ${value}`)
  return String(Math.min(Number.MAX_SAFE_INTEGER, Math.max(-Number.MAX_SAFE_INTEGER, value)))
}

function isIn(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(", ")}]`
}

/** ANDs conditions, each in parentheses so an OR inside one never leaks into the others. */
export function allOf(conditions: readonly string[]): string {
  return conditions.map((condition) => `(${condition})`).join(" AND ")
}

export function not(condition: string): string {
  return `NOT (${condition})`
}

/** The listing rule: certificate active and still valid at `now`. Every search starts from it. */
export function listingCondition(now: Date): string {
  return `${attributes.certificateStatus} = ${quote("active")} AND ${attributes.validUntil} > ${numberLiteral(now.getTime())}`
}

/** The shopper's filters as conditions; empty lists filter nothing, as in the Postgres engine. */
export function filterConditions(filters: SearchFilters = {}): string[] {
  const conditions: string[] = []
  if (filters.group?.length) conditions.push(isIn(attributes.group, filters.group))
  if (filters.stars?.length) conditions.push(`${attributes.stars} IN [${filters.stars.map(numberLiteral).join(", ")}]`)
  if (filters.province?.length) conditions.push(isIn(attributes.province, filters.province))
  if (filters.producer?.length) conditions.push(isIn(attributes.producer, filters.producer))
  if (filters.priceMin !== undefined) conditions.push(`${attributes.price} >= ${numberLiteral(filters.priceMin)}`)
  if (filters.priceMax !== undefined) conditions.push(`${attributes.price} <= ${numberLiteral(filters.priceMax)}`)
  // IN on an array attribute matches when any element is listed: "in stock at one of these".
  if (filters.salesPoint?.length) conditions.push(isIn(attributes.salesPoints, filters.salesPoint))
  if (filters.pickup) conditions.push(`${attributes.pickup} = true`)
  return conditions
}

/** Listing rule AND the shopper's filters: the caller has no way to leave the rule out. */
export function baseFilter(filters: SearchFilters | undefined, now: Date): string {
  return allOf([listingCondition(now), ...filterConditions(filters)])
}

/** Documents whose `attribute` (a list of encoded words) holds every one of `words`. */
export function containsEvery(attribute: string, words: readonly string[]): string {
  return words.map((word) => `${attribute} = ${quote(word)}`).join(" AND ")
}
