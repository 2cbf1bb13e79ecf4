import { CERTIFICATE_STATUSES, STARS, type CertificateFilters, type CertificateStatus, type Stars } from "./types"

export const PAGE_SIZE = 20

/** URL search parameter per filter, so a filtered list survives a visit to a detail page and can be shared. */
export type FilterParam = "status" | "stars" | "province" | "expiring" | "q"

function oneOf<T extends string | number>(allowed: readonly T[], raw: string | null): T | undefined {
  return allowed.find((value) => String(value) === raw)
}

function wholeNumber(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined
  return Number(raw)
}

function text(raw: string | null): string | undefined {
  const value = raw?.trim()
  return value ? value : undefined
}

/** The list query the URL asks for; values the API would reject are dropped rather than sent. */
export function filtersFromSearchParams(params: URLSearchParams): CertificateFilters {
  return {
    status: oneOf<CertificateStatus>(CERTIFICATE_STATUSES, params.get("status")),
    stars: oneOf<Stars>(STARS, params.get("stars")),
    province: text(params.get("province")),
    expiring_within_days: wholeNumber(params.get("expiring")),
    q: text(params.get("q")),
    limit: PAGE_SIZE,
    offset: wholeNumber(params.get("offset")) ?? 0,
  }
}

/**
 * A copy of `params` with one filter changed; any filter change goes back to the first page. The
 * value is kept as typed (trimmed only when read) so a debounced field does not eat a trailing space.
 */
export function withFilter(params: URLSearchParams, name: FilterParam, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params)
  if (value === undefined || value.trim() === "") next.delete(name)
  else next.set(name, value)
  next.delete("offset")
  return next
}

export function withOffset(params: URLSearchParams, offset: number): URLSearchParams {
  const next = new URLSearchParams(params)
  if (offset > 0) next.set("offset", String(offset))
  else next.delete("offset")
  return next
}
