import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { SearchDocument } from "../document.ts"
import type { SearchEngine } from "../engine.ts"
import type { SearchQuery } from "../query.ts"
import { contractDocuments, documentByHandle, neverSellable, sellableHandles, suiteNow } from "./fixtures.ts"

/**
 * What every engine must do, run against each engine that is available. `create` gets a name
 * unique to the suite run, so engines can keep their test index apart from real data.
 */
export function describeEngineContract(
  engineName: string,
  create: (indexName: string) => Promise<SearchEngine>,
  dispose?: (indexName: string) => Promise<void>
) {
  describe(`search engine contract: ${engineName}`, () => {
    let engine: SearchEngine
    const indexName = `contract_${Date.now().toString(36)}`
    const search = (query: SearchQuery) => engine.search({ now: suiteNow, ...query })
    const handles = async (query: SearchQuery) => (await search(query)).hits.map((hit) => hit.handle)

    beforeAll(async () => {
      engine = await create(indexName)
      await engine.applySettings()
      await engine.applySettings()
      await engine.reindex(
        (async function* () {
          yield contractDocuments.slice(0, 5)
          yield contractDocuments.slice(5)
        })()
      )
    })

    afterAll(async () => {
      await engine?.close()
      await dispose?.(indexName)
    })

    describe("the listing rule", () => {
      it("lists every sellable product for an empty query, and nothing else", async () => {
        const result = await search({ q: "", limit: 100 })
        expect(result.hits.map((hit) => hit.handle).sort()).toEqual([...sellableHandles].sort())
        expect(result.total).toBe(sellableHandles.length)
      })

      it("keeps expired, suspended and revoked look-alikes out of results and facet counts", async () => {
        for (const q of ["nuoc mam phu quoc", "mien dong", "mật ong bạc hà", "che bac ha", "thuong hang"]) {
          const result = await search({ q, limit: 100 })
          expect(result.hits.filter((hit) => neverSellable.has(hit.handle))).toEqual([])
          const counted = Object.values(result.facets.group).reduce((sum, n) => sum + n, 0)
          expect(counted).toBe(result.total)
        }
        const fiveStars = await search({ filters: { stars: [5] } })
        expect(fiveStars.facets.stars).toEqual({ "5": 1 })
      })

      it("drops a product the moment its certificate lapses, before the index hears of it", async () => {
        // The fixture whose certificate runs out first.
        const lapsing = documentByHandle("mat-ong-bac-ha-ha-giang")
        const before = await search({ q: "mat ong" })
        expect(before.hits.map((hit) => hit.handle)).toContain(lapsing.handle)
        const after = await search({ q: "mat ong", now: new Date(new Date(lapsing.certificate.validUntil).getTime() + 1000) })
        expect(after.hits.map((hit) => hit.handle)).not.toContain(lapsing.handle)
        expect(after.facets.group.food ?? 0).toBe((before.facets.group.food ?? 0) - 1)
        // Browsing answers from other indexes than text search: the clock must reach those too.
        const browseBefore = await search({ filters: { group: ["food"] } })
        const browseAfter = await search({ filters: { group: ["food"] }, now: new Date(new Date(lapsing.certificate.validUntil).getTime() + 1000) })
        expect(browseAfter.hits.map((hit) => hit.handle)).not.toContain(lapsing.handle)
        expect([browseAfter.total, browseAfter.facets.group.food]).toEqual([browseBefore.total - 1, browseBefore.total - 1])
      })

      it("follows status changes written to the index", async () => {
        const suspended: SearchDocument = { ...documentByHandle("mien-dong-na-ri"), certificate: { ...documentByHandle("mien-dong-na-ri").certificate, status: "suspended" } }
        await engine.upsert([suspended])
        expect(await handles({ q: "mien dong na ri" })).not.toContain("mien-dong-na-ri")
        await engine.upsert([documentByHandle("mien-dong-na-ri")])
        expect(await handles({ q: "mien dong na ri" })).toContain("mien-dong-na-ri")
      })
    })

    describe("Vietnamese text", () => {
      it.each([
        ["mien dong na ri", "mien-dong-na-ri"],
        ["Miến dong Na Rì", "mien-dong-na-ri"],
        ["mat ong bac ha ha giag", "mat-ong-bac-ha-ha-giang"],
        ["mien dong na rii", "mien-dong-na-ri"],
        ["nuoc mam cat hia", "nuoc-mam-cat-hai"],
        ["nuoc ma", "nuoc-mam-phu-quoc"],
        ["duong phen", "duong-phen-quang-ngai"],
        ["Đường phèn", "duong-phen-quang-ngai"],
        ["ĐƯỜNG PHÈN", "duong-phen-quang-ngai"],
        ["tho cam", "tho-cam-mai-chau"],
        ["fish sauce", "nuoc-mam-phu-quoc"],
        ["con chim", "du-lich-con-chim"],
        ["tai hoan", "mien-dong-na-ri"],
        ["cao nguyen da", "mat-ong-bac-ha-ha-giang"],
      ])("finds %s", async (q, expected) => {
        const found = await handles({ q, limit: 5 })
        expect(found).toContain(expected)
      })

      it("ranks exact-diacritic matches above folded ones", async () => {
        expect((await handles({ q: "bạc hà" }))[0]).toBe("mat-ong-bac-ha-ha-giang")
        expect((await handles({ q: "Bắc Hà" }))[0]).toBe("che-shan-tuyet-bac-ha")
        const folded = await handles({ q: "bac ha" })
        expect(folded).toEqual(expect.arrayContaining(["mat-ong-bac-ha-ha-giang", "che-shan-tuyet-bac-ha"]))
      })

      it("treats decomposed Unicode like composed", async () => {
        const composed = await search({ q: "bạc hà" })
        const decomposed = await search({ q: "bạc hà".normalize("NFD") })
        expect(decomposed.hits.map((hit) => hit.handle)).toEqual(composed.hits.map((hit) => hit.handle))
      })

      it("completes prefixes as the shopper types", async () => {
        const found = await handles({ q: "nuoc m" })
        expect(found.slice(0, 2).sort()).toEqual(["nuoc-mam-cat-hai", "nuoc-mam-phu-quoc"])
      })

      it.each([
        ["kien giang", "nuoc-mam-phu-quoc"],
        ["nuoc mam kien giang", "nuoc-mam-phu-quoc"],
        ["hoa binh", "tho-cam-mai-chau"],
        ["Hòa Bình", "tho-cam-mai-chau"],
        ["mat ong ha giang", "mat-ong-bac-ha-ha-giang"],
      ])("finds %s by the producer's province before the 2025 merger", async (q, expected) => {
        expect((await handles({ q }))[0]).toBe(expected)
      })

      it.each(["---", "!!!", "...", "*", "🍯"])("finds nothing, not the whole catalogue, for %j", async (q) => {
        const result = await search({ q })
        expect([result.total, result.hits, result.facets.group]).toEqual([0, [], {}])
      })

      it("returns nothing, not everything, for words no product has", async () => {
        const result = await search({ q: "xe máy điện" })
        expect(result.total).toBe(0)
        expect(result.hits).toEqual([])
        expect(result.facets.group).toEqual({})
      })
    })

    describe("filters, facets, sorting and pages", () => {
      it("filters by group, stars, province, producer and price", async () => {
        expect(await handles({ filters: { group: ["handicraft"] } })).toEqual(["tho-cam-mai-chau"])
        expect((await handles({ filters: { stars: [5] } })).sort()).toEqual(["nuoc-mam-phu-quoc"])
        expect((await handles({ filters: { province: ["lao-cai"] } })).sort()).toEqual(["che-shan-tuyet-bac-ha"])
        expect(await handles({ filters: { producer: ["htx-tai-hoan"] } })).toEqual(["mien-dong-na-ri"])
        const priced = await search({ filters: { priceMin: 100_000, priceMax: 250_000 }, limit: 100 })
        expect(priced.hits.every((hit) => hit.priceVnd! >= 100_000 && hit.priceVnd! <= 250_000)).toBe(true)
        expect(priced.total).toBe(4)
      })

      it("filters by pickup at a sales point, counting only stocked ones", async () => {
        expect((await handles({ filters: { salesPoint: ["diem-ocop-ha-noi"] } })).sort()).toEqual(
          ["mat-ong-bac-ha-ha-giang", "mien-dong-na-ri", "nuoc-mam-phu-quoc"].sort()
        )
        expect((await handles({ filters: { pickup: true }, limit: 100 })).sort()).toEqual(
          ["che-shan-tuyet-bac-ha", "mat-ong-bac-ha-ha-giang", "mien-dong-na-ri", "nuoc-mam-phu-quoc", "tho-cam-mai-chau"].sort()
        )
      })

      it("counts facets over the filtered, sellable result", async () => {
        const result = await search({ q: "", filters: { group: ["food"] } })
        expect(result.facets.group).toEqual({ food: 5 })
        expect(result.facets.stars).toEqual({ "3": 1, "4": 3, "5": 1 })
        expect(result.facets.province).toEqual({ "an-giang": 1, "hai-phong": 1, "quang-ngai": 1, "thai-nguyen": 1, "tuyen-quang": 1 })
        const all = await search({})
        expect(all.facets.group).toEqual({ food: 5, drinks: 1, handicraft: 1, tourism: 1 })
      })

      it("sorts by price, stars and newest", async () => {
        const ascending = (await search({ sort: "price_asc", limit: 100 })).hits.map((hit) => hit.priceVnd!)
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
        const descending = (await search({ sort: "price_desc", limit: 100 })).hits.map((hit) => hit.priceVnd!)
        expect(descending).toEqual([...descending].sort((a, b) => b - a))
        const stars = (await search({ sort: "stars", limit: 100 })).hits.map((hit) => hit.stars)
        expect(stars).toEqual([...stars].sort((a, b) => b - a))
        const newest = (await search({ sort: "newest", limit: 100 })).hits.map((hit) => hit.certificate.decisionDate)
        expect(newest).toEqual([...newest].sort().reverse())
      })

      it("pages without losing or repeating a product", async () => {
        const first = await search({ sort: "price_asc", limit: 3, offset: 0 })
        const second = await search({ sort: "price_asc", limit: 3, offset: 3 })
        const third = await search({ sort: "price_asc", limit: 3, offset: 6 })
        const paged = [...first.hits, ...second.hits, ...third.hits].map((hit) => hit.handle)
        expect(new Set(paged).size).toBe(sellableHandles.length)
        expect(first.total).toBe(sellableHandles.length)
        expect([first.limit, first.offset, second.offset]).toEqual([3, 0, 3])
      })

      it("returns documents as they were indexed", async () => {
        const [hit] = (await search({ q: "thổ cẩm mai châu", limit: 1 })).hits
        expect(hit).toEqual(documentByHandle("tho-cam-mai-chau"))
      })
    })

    describe("hostile input", () => {
      it.each([
        ["SQL metacharacters", "'; DROP TABLE product; --"],
        ["quotes and operators", `"nuoc" & | ! :* <-> \\ (mam)`],
        ["emoji", "🍯🐝"],
        ["a very long query", "mật ong ".repeat(800)],
        ["control characters", "nuoc\u0000mam\u0007"],
      ])("answers %s without failing", async (_label, q) => {
        const result = await search({ q })
        expect(result.hits.every((hit) => !neverSellable.has(hit.handle))).toBe(true)
        expect(result.total).toBeGreaterThanOrEqual(0)
      })

      it("matches nothing for unknown filter values", async () => {
        const result = await search({ filters: { group: ["furniture" as never], province: ["atlantis"], producer: ["' OR 1=1 --"] } })
        expect(result.total).toBe(0)
      })

      it("clamps limits", async () => {
        const result = await search({ limit: 10_000, offset: -5 })
        expect(result.limit).toBe(100)
        expect(result.offset).toBe(0)
      })
    })

    describe("maintenance", () => {
      it("removes documents and ignores unknown ids", async () => {
        await engine.remove([documentByHandle("du-lich-con-chim").id, "prod_unknown"])
        expect(await handles({ q: "con chim" })).not.toContain("du-lich-con-chim")
        await engine.upsert([documentByHandle("du-lich-con-chim")])
        expect(await handles({ q: "con chim" })).toContain("du-lich-con-chim")
      })

      it("rebuilds the index in one swap, dropping what the rebuild no longer has", async () => {
        const progress: number[] = []
        const kept = contractDocuments.filter((document) => document.handle !== "tho-cam-mai-chau")
        const { indexed } = await engine.reindex(
          (async function* () {
            yield kept
          })(),
          ({ indexed }) => progress.push(indexed)
        )
        expect(indexed).toBe(kept.length)
        expect(progress.at(-1)).toBe(kept.length)
        expect(await handles({ q: "tho cam" })).not.toContain("tho-cam-mai-chau")
        expect((await search({})).total).toBe(sellableHandles.length - 1)
      })

      it("reports health with the document count", async () => {
        const health = await engine.health()
        expect(health).toMatchObject({ ok: true, engine: engineName })
        expect(health.documents).toBe(contractDocuments.length - 1)
      })
    })
  })
}
