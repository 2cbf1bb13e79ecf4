import { ERROR_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "../../lib/http"
import type { ProductResult } from "../catalogue/catalogue"

/** HTTP status and caching for a product page: 404 when unknown, 410 Gone when delisted. */
export function productResponse(result: ProductResult): { status: number; cacheControl: string } {
  if (result.kind === "missing") return { status: 404, cacheControl: ERROR_CACHE_CONTROL }
  if (result.kind === "delisted") return { status: 410, cacheControl: ERROR_CACHE_CONTROL }
  return { status: 200, cacheControl: PAGE_CACHE_CONTROL }
}
