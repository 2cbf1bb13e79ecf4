import type { Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { emptyFilters } from "../catalogue/filters"
import { searchProducts } from "../catalogue/search"
import type { SearchHit } from "../catalogue/types"

export interface Suggestion {
  title: string
  /** Producer and province, to tell look-alike products apart. */
  meta: string
  url: string
}

export const SUGGESTION_LIMIT = 6
const MAX_QUERY = 100

export function toSuggestion(hit: SearchHit, lang: Lang): Suggestion {
  return { title: hit.title[lang], meta: `${hit.producer.name} · ${hit.province}`, url: paths.product(lang, hit.handle) }
}

/** Up to six products for what the shopper has typed so far; the search API is called from the server only. */
export async function suggest(q: string, lang: Lang): Promise<Suggestion[]> {
  const text = q.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY)
  if (text.length < 2) return []
  const outcome = await searchProducts({ ...emptyFilters, q: text }, SUGGESTION_LIMIT)
  return outcome.kind === "ok" ? outcome.answer.hits.map((hit) => toSuggestion(hit, lang)) : []
}
