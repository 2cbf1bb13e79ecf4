import type { Settings } from "meilisearch"
import { documentText, placeText, type SearchDocument } from "../document.ts"
import { foldVietnamese } from "../fold.ts"

/** What this engine stores beside a SearchDocument, under one key that hits are stripped of. */
export interface IndexFields {
  /** Certificate validity and decision date as epoch milliseconds: filters and sorts compare numbers. */
  validUntil: number
  decisionDate: number
  /** In stock at some sales point. */
  pickup: boolean
  /** 1 with a price, 0 without: price sorts list unpriced products last in both directions. */
  priced: number
  /** When this copy was written, so a rebuild can carry over writes made while it ran. */
  indexedAt: number
  /** Folded text, the only searchable attributes, in ranking order (as the Postgres engine weighs them). */
  titleFolded: string
  nameFolded: string
  bodyFolded: string
  /** Words written with marks, see `markedWords`: title only, and title with the rest of the text. */
  titleMarks: string[]
  textMarks: string[]
}

export type StoredDocument = SearchDocument & { meili: IndexFields }

const EXTRA = "meili"

/** Attribute paths, named once for settings, filters and sorts. */
export const attributes = {
  id: "id",
  certificateStatus: "certificate.status",
  group: "group",
  stars: "stars",
  province: "provinceSlug",
  producer: "producer.handle",
  price: "priceVnd",
  salesPoints: "salesPoints",
  validUntil: `${EXTRA}.validUntil`,
  decisionDate: `${EXTRA}.decisionDate`,
  pickup: `${EXTRA}.pickup`,
  priced: `${EXTRA}.priced`,
  indexedAt: `${EXTRA}.indexedAt`,
  titleFolded: `${EXTRA}.titleFolded`,
  nameFolded: `${EXTRA}.nameFolded`,
  bodyFolded: `${EXTRA}.bodyFolded`,
  titleMarks: `${EXTRA}.titleMarks`,
  textMarks: `${EXTRA}.textMarks`,
} as const

export const facetAttributes = [attributes.group, attributes.stars, attributes.province]

/** A combining mark foldVietnamese strips, or đ (lower case: words are lowered first). */
const VIETNAMESE_MARK = /[\u0300-\u036fđ]/

/** At most this many marked words of a query take part in the exact-match check. */
const MAX_QUERY_MARKS = 12

/**
 * The distinct words of `text` that carry Vietnamese marks (or đ), lower case NFC, each
 * percent-encoded. Meilisearch folds diacritics in its tokenizer, so "bạc" and "bắc" are one
 * word to its ranking; kept as filterable ASCII values they stay apart whatever normalisation
 * Meilisearch applies to facet strings.
 */
export function markedWords(text: string): string[] {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && VIETNAMESE_MARK.test(word.normalize("NFD")))
  return [...new Set(words)].map((word) => encodeURIComponent(word))
}

/** The marked words of what the shopper typed (prepareText().exact), for the exact-match tiers. */
export function queryMarks(exact: string | null): string[] {
  return exact ? markedWords(exact).slice(0, MAX_QUERY_MARKS) : []
}

export function toStoredDocument(document: SearchDocument, indexedAt: number): StoredDocument {
  const text = documentText(document)
  const titleMarks = markedWords(text.title)
  return {
    ...document,
    meili: {
      validUntil: new Date(document.certificate.validUntil).getTime(),
      decisionDate: new Date(document.certificate.decisionDate).getTime(),
      pickup: document.salesPoints.length > 0,
      priced: document.priceVnd === null ? 0 : 1,
      indexedAt,
      titleFolded: foldVietnamese(text.title),
      nameFolded: foldVietnamese([document.producer.name, placeText(document)].join(" ")),
      bodyFolded: foldVietnamese(text.body),
      titleMarks,
      textMarks: [...new Set([...titleMarks, ...markedWords(text.body)])],
    },
  }
}

/** A hit as the SearchDocument it was indexed from. */
export function fromStored(hit: Record<string, unknown>): SearchDocument {
  const document: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(hit)) {
    // `_rankingScore`, `_formatted` and the like are Meilisearch's, never the document's.
    if (key !== EXTRA && !key.startsWith("_")) document[key] = value
  }
  return document as unknown as SearchDocument
}

/** Index settings; applying them again changes nothing. */
export function indexSettings(): Settings {
  return {
    searchableAttributes: [attributes.titleFolded, attributes.nameFolded, attributes.bodyFolded],
    filterableAttributes: [
      attributes.certificateStatus,
      attributes.validUntil,
      attributes.group,
      attributes.stars,
      attributes.province,
      attributes.producer,
      attributes.price,
      attributes.salesPoints,
      attributes.pickup,
      attributes.indexedAt,
      attributes.titleMarks,
      attributes.textMarks,
    ],
    sortableAttributes: [attributes.id, attributes.stars, attributes.decisionDate, attributes.price, attributes.priced],
    // `sort` first: an explicit sort (price, newest, stars) orders every match strictly, as the
    // Postgres engine does; with no sort it is a no-op and text relevance decides. Stars, then the
    // newest decision, break relevance ties.
    rankingRules: [
      "sort",
      "words",
      "typo",
      "proximity",
      "attributeRank",
      "wordPosition",
      "exactness",
      `${attributes.stars}:desc`,
      `${attributes.decisionDate}:desc`,
    ],
    // Vietnamese syllables are short: a typo in a three-letter syllable is usually another word.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 200 },
    // Exact `totalHits` for every catalogue this marketplace will hold.
    pagination: { maxTotalHits: 50_000 },
    stopWords: [],
    synonyms: {},
    distinctAttribute: null,
  }
}
