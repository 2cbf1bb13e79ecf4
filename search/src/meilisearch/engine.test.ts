import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { contractDocuments, documentByHandle, suiteNow } from "../contract/fixtures.ts"
import { listingCondition } from "./filter.ts"
import { createMeilisearchEngine } from "./engine.ts"
import { toStoredDocument } from "./stored.ts"

/**
 * The engine against a stand-in for Meilisearch's HTTP API (no server runs here): what it asks
 * for and how it reads the answers. The contract suite checks real search behaviour whenever a
 * server is reachable.
 */

interface Call {
  method: string
  path: string
  body: unknown
}

type MultiQuery = { indexUid: string; q: string; filter: string; sort?: string[]; matchingStrategy: string; page: number; hitsPerPage: number; facets?: string[] }
type Answer = { hits?: unknown[]; totalHits: number; facetDistribution?: Record<string, Record<string, number>> }

let calls: Call[]
let failTask: ((call: Call) => { code: string; message: string } | null) | undefined
let answer: (query: MultiQuery) => Answer

function fakeServer() {
  let nextTask = 1
  const tasks = new Map<number, { status: string; error: { code: string; message: string; type: string; link: string } | null }>()
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } })
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input)
    const method = init?.method ?? "GET"
    const call: Call = { method, path: url.pathname, body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined }
    const task = url.pathname.match(/^\/tasks\/(\d+)$/)
    if (task) {
      const uid = Number(task[1])
      return json({ uid, ...tasks.get(uid), type: "x", enqueuedAt: "", batchUid: null, canceledBy: null, duration: null, startedAt: null, finishedAt: null })
    }
    calls.push(call)
    if (url.pathname === "/multi-search") {
      const { queries } = call.body as { queries: MultiQuery[] }
      return json({ results: queries.map((query) => ({ indexUid: query.indexUid, hits: [], processingTimeMs: 1, query: query.q, ...answer(query) })) })
    }
    if (url.pathname === "/health") return json({ status: "available" })
    if (url.pathname.endsWith("/stats")) return json({ numberOfDocuments: 7 })
    if (url.pathname.endsWith("/documents/fetch")) return json({ results: [], total: 0, limit: 1000, offset: 0 })
    const failure = failTask?.(call) ?? null
    const uid = nextTask++
    tasks.set(uid, { status: failure ? "failed" : "succeeded", error: failure && { ...failure, type: "invalid_request", link: "" } })
    return json({ taskUid: uid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: "" }, 202)
  }
}

const engine = () => createMeilisearchEngine({ host: "http://meili.test:7700", indexUid: "products" })
const searches = () => calls.filter((call) => call.path === "/multi-search").map((call) => (call.body as { queries: MultiQuery[] }).queries)

beforeEach(() => {
  calls = []
  failTask = undefined
  answer = () => ({ totalHits: 0 })
  vi.stubGlobal("fetch", fakeServer())
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("applySettings", () => {
  it("creates the index, accepting one that exists, then applies the settings", async () => {
    failTask = (call) => (call.path === "/indexes" ? { code: "index_already_exists", message: "exists" } : null)
    await engine().applySettings()
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(["POST /indexes", "PATCH /indexes/products/settings"])
    expect(calls[0]!.body).toEqual({ uid: "products", primaryKey: "id" })
  })

  it("fails when a settings task fails", async () => {
    failTask = (call) => (call.path.endsWith("/settings") ? { code: "invalid_settings_ranking_rules", message: "bad rule" } : null)
    await expect(engine().applySettings()).rejects.toThrow(/failed: bad rule/)
  })
})

describe("writes", () => {
  it("stores documents with the engine's own fields, in batches, waiting for each", async () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ ...contractDocuments[0]!, id: `prod_${i}` }))
    await engine().upsert(many)
    const added = calls.filter((call) => call.path === "/indexes/products/documents")
    expect(added.map((call) => (call.body as unknown[]).length)).toEqual([1000, 1000, 1])
    expect((added[0]!.body as { meili: { validUntil: number } }[])[0]!.meili.validUntil).toBe(Date.parse(contractDocuments[0]!.certificate.validUntil))
  })

  it("fails when a document task fails", async () => {
    failTask = () => ({ code: "invalid_document_id", message: "bad id" })
    await expect(engine().upsert([contractDocuments[0]!])).rejects.toThrow(/bad id/)
  })

  it("removes by id and does nothing for no ids", async () => {
    await engine().remove([])
    expect(calls).toEqual([])
    await engine().remove(["prod_1", "prod_2"])
    expect(calls).toEqual([{ method: "POST", path: "/indexes/products/documents/delete-batch", body: ["prod_1", "prod_2"] }])
  })
})

describe("search", () => {
  it("lists everything sellable for an empty query, best stars first, with exact totals and facets", async () => {
    const honey = documentByHandle("mat-ong-bac-ha-ha-giang")
    answer = () => ({
      hits: [JSON.parse(JSON.stringify(toStoredDocument(honey, 1)))],
      totalHits: 8,
      facetDistribution: { group: { food: 5 }, stars: { "4.0": 3 }, provinceSlug: { "lao-cai": 1 } },
    })
    const result = await engine().search({ q: "  ", now: suiteNow })
    const [[query]] = searches() as [[MultiQuery]]
    expect(query).toMatchObject({
      indexUid: "products",
      q: "",
      filter: `(${listingCondition(suiteNow)})`,
      sort: ["stars:desc", "meili.decisionDate:desc", "id:desc"],
      facets: ["group", "stars", "provinceSlug"],
      page: 1,
      hitsPerPage: 24,
    })
    expect(result).toEqual({ hits: [honey], total: 8, facets: { group: { food: 5 }, stars: { "4": 3 }, province: { "lao-cai": 1 } }, limit: 24, offset: 0 })
  })

  it("answers a query with no letter or digit with nothing, without asking Meilisearch", async () => {
    const result = await engine().search({ q: "🍯", now: suiteNow })
    expect(searches()).toEqual([])
    expect(result).toEqual({ hits: [], total: 0, facets: { group: {}, stars: {}, province: {} }, limit: 24, offset: 0 })
  })

  it("keeps the listing rule under the shopper's filters and sorts", async () => {
    await engine().search({ q: "mật ong", filters: { province: ['" OR 1=1'] }, sort: "price_asc", limit: 3, offset: 3, now: suiteNow })
    const [[query]] = searches() as [[MultiQuery]]
    expect(query.filter).toBe(`(${listingCondition(suiteNow)}) AND (provinceSlug IN ["\\" OR 1=1"])`)
    expect(query).toMatchObject({ q: "mat ong", sort: ["meili.priced:desc", "priceVnd:asc", "id:asc"], page: 2, hitsPerPage: 3 })
  })

  it("answers with empty facets when nothing matches, after letting trailing words go", async () => {
    const result = await engine().search({ q: "xe may dien", now: suiteNow })
    expect(searches().map(([query]) => query!.matchingStrategy)).toEqual(["all", "last"])
    expect(result).toMatchObject({ hits: [], total: 0, facets: { group: {}, stars: {}, province: {} } })
  })

  it("lists exact-mark matches first, tier by tier, across pages", async () => {
    const byHandle = (handle: string) => JSON.parse(JSON.stringify(toStoredDocument(documentByHandle(handle), 1))) as unknown
    const tierOf = (filter: string) =>
      filter.includes("NOT (meili.textMarks") ? 2 : filter.includes("NOT (meili.titleMarks") ? 1 : filter.includes("meili.titleMarks") ? 0 : -1
    const tierHits = [["mat-ong-bac-ha-ha-giang"], ["che-shan-tuyet-bac-ha"], ["mien-dong-na-ri", "nuoc-mam-phu-quoc", "duong-phen-quang-ngai"]]
    answer = (query) => {
      const tier = tierOf(query.filter)
      if (tier === -1) return { totalHits: 5, facetDistribution: { group: { food: 4, drinks: 1 } } }
      const all = tierHits[tier]!
      const start = (query.page - 1) * query.hitsPerPage
      return { totalHits: all.length, hits: all.slice(start, start + query.hitsPerPage).map(byHandle) }
    }
    const first = await engine().search({ q: "bạc hà", limit: 3, now: suiteNow })
    expect(first.hits.map((hit) => hit.handle)).toEqual(["mat-ong-bac-ha-ha-giang", "che-shan-tuyet-bac-ha", "mien-dong-na-ri"])
    expect(first.total).toBe(5)
    expect(first.facets.group).toEqual({ food: 4, drinks: 1 })
    const [counting] = searches()
    expect(counting!.map((query) => query.hitsPerPage)).toEqual([0, 0, 0])
    expect(counting![1]!.filter).toContain('meili.titleMarks = "b%E1%BA%A1c" AND meili.titleMarks = "h%C3%A0"')

    calls = []
    const second = await engine().search({ q: "bạc hà", limit: 3, offset: 3, now: suiteNow })
    expect(second.hits.map((hit) => hit.handle)).toEqual(["nuoc-mam-phu-quoc", "duong-phen-quang-ngai"])
  })

  it("does not tier an explicit sort or a query typed without marks", async () => {
    await engine().search({ q: "bạc hà", sort: "newest", now: suiteNow })
    await engine().search({ q: "bac ha", now: suiteNow })
    expect(searches().every((queries) => queries.length === 1 && !queries[0]!.filter.includes("Marks"))).toBe(true)
  })
})

describe("reindex", () => {
  it("builds beside the live index, then swaps it in and drops the old one", async () => {
    const progress: number[] = []
    const result = await engine().reindex(
      (async function* () {
        yield contractDocuments.slice(0, 5)
        yield contractDocuments.slice(5)
      })(),
      ({ indexed }) => progress.push(indexed)
    )
    expect(result).toEqual({ indexed: contractDocuments.length })
    expect(progress).toEqual([5, contractDocuments.length])
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST /indexes",
      "PATCH /indexes/products/settings",
      "DELETE /indexes/products_next",
      "POST /indexes",
      "PATCH /indexes/products_next/settings",
      "POST /indexes/products_next/documents",
      "POST /indexes/products_next/documents",
      "POST /indexes/products/documents/fetch",
      "POST /swap-indexes",
      "DELETE /indexes/products_next",
    ])
    expect(calls[8]!.body).toEqual([{ indexes: ["products", "products_next"], rename: false }])
  })

  it("stops before the swap when a batch fails", async () => {
    failTask = (call) => (call.path === "/indexes/products_next/documents" ? { code: "internal", message: "disk full" } : null)
    await expect(engine().reindex((async function* () { yield contractDocuments })())).rejects.toThrow(/disk full/)
    expect(calls.some((call) => call.path === "/swap-indexes")).toBe(false)
  })
})

describe("health", () => {
  it("reports the document count, or what went wrong", async () => {
    expect(await engine().health()).toEqual({ ok: true, engine: "meilisearch", documents: 7 })
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed")
    })
    expect(await engine().health()).toMatchObject({ ok: false, engine: "meilisearch" })
  })
})
