import { describe, expect, it } from "vitest"
import { documentByHandle } from "../contract/fixtures.ts"
import { prepareText } from "../query.ts"
import { fromStored, indexSettings, markedWords, queryMarks, toStoredDocument } from "./stored.ts"

const decode = (words: string[]) => words.map(decodeURIComponent)

describe("markedWords", () => {
  it("keeps only the words written with marks or đ, once each, lower case", () => {
    expect(decode(markedWords("Mật ong bạc hà Hà Giang"))).toEqual(["mật", "bạc", "hà"])
    expect(decode(markedWords("ĐƯỜNG phèn, Quảng Ngãi!"))).toEqual(["đường", "phèn", "quảng", "ngãi"])
    expect(markedWords("nuoc mam phu quoc")).toEqual([])
  })

  it("tells the herb from the place", () => {
    expect(markedWords("bạc hà")).not.toEqual(markedWords("Bắc Hà"))
  })

  it("reads decomposed text like composed", () => {
    expect(markedWords("Bắc Hà".normalize("NFD"))).toEqual(markedWords("Bắc Hà"))
  })

  it("encodes words as ASCII filter values", () => {
    expect(markedWords("bạc")).toEqual(["b%E1%BA%A1c"])
  })
})

describe("queryMarks", () => {
  it("reads what prepareText kept of the shopper's marks", () => {
    expect(decode(queryMarks(prepareText("Bắc  Hà").exact))).toEqual(["bắc", "hà"])
    expect(decode(queryMarks(prepareText("mật ong bac ha").exact))).toEqual(["mật"])
    expect(queryMarks(prepareText("bac ha").exact)).toEqual([])
    expect(queryMarks(prepareText("").exact)).toEqual([])
  })
})

describe("stored documents", () => {
  const honey = documentByHandle("mat-ong-bac-ha-ha-giang")
  const stored = toStoredDocument(honey, 1_700_000_000_000)

  it("adds folded text, numeric dates and the exact-word lists", () => {
    expect(stored.meili.validUntil).toBe(Date.parse(honey.certificate.validUntil))
    expect(stored.meili.decisionDate).toBe(Date.parse(honey.certificate.decisionDate))
    expect(stored.meili.pickup).toBe(true)
    expect(stored.meili.priced).toBe(1)
    expect(stored.meili.titleFolded).toBe("mat ong bac ha ha giang ha giang mint honey")
    expect(stored.meili.nameFolded).toBe("htx ong mat meo vac meo vac tuyen quang ha giang")
    expect(stored.meili.bodyFolded).toContain("cao nguyen da")
    expect(decode(stored.meili.titleMarks)).toEqual(["mật", "bạc", "hà"])
    expect(decode(stored.meili.textMarks)).toEqual(expect.arrayContaining(["mật", "bạc", "hà", "mèo", "vạc", "từ", "đá"]))
    expect(decode(stored.meili.textMarks)).not.toContain("bắc")
  })

  it("marks a product with no stock at any sales point as not for pickup, and an unpriced one", () => {
    const fishSauce = toStoredDocument({ ...documentByHandle("nuoc-mam-cat-hai"), priceVnd: null }, 0)
    expect(fishSauce.meili.pickup).toBe(false)
    expect(fishSauce.meili.priced).toBe(0)
  })

  it("comes back as the document it was made from", () => {
    const hit = JSON.parse(JSON.stringify({ ...stored, _rankingScore: 0.9 })) as Record<string, unknown>
    expect(fromStored(hit)).toEqual(honey)
  })
})

describe("index settings", () => {
  const settings = indexSettings()

  it("searches only the folded text, title first", () => {
    expect(settings.searchableAttributes).toEqual(["meili.titleFolded", "meili.nameFolded", "meili.bodyFolded"])
  })

  it("tunes typo tolerance for short Vietnamese syllables", () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
  })

  it("can filter and sort on every attribute the engine names", () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["certificate.status", "meili.validUntil", "group", "stars", "provinceSlug", "producer.handle", "priceVnd", "salesPoints", "meili.pickup"])
    )
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["id", "stars", "meili.decisionDate", "priceVnd", "meili.priced"]))
    expect(settings.rankingRules?.[0]).toBe("sort")
  })
})
