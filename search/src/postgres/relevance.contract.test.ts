import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { toSearchDocument, type SearchDocument } from "../document.ts"
import { contractDocuments, productFor, suiteNow, type FixtureProduct } from "../contract/fixtures.ts"
import { createPostgresEngine, type PostgresSearchEngine } from "./engine.ts"

/**
 * What the embedded engine does that Meilisearch does its own way: words typed without spaces are
 * split into known words, and syllables scattered through a description are no match for a name.
 */

const connection = process.env.SEARCH_TEST_DATABASE_URL
if (!connection) throw new Error("SEARCH_TEST_DATABASE_URL must name a PostgreSQL database for the Postgres engine tests (npm test sets it)")

const product = (handle: string, title: string, description = ""): FixtureProduct => ({
  handle,
  title,
  titleEn: title,
  group: "food",
  stars: 4,
  priceVnd: 100_000,
  description,
  producer: { handle: `cs-${handle}`, name: "Cơ sở sản xuất", type: "household_business", province: "Đắk Lắk", commune: "Buôn Hồ" },
  certificate: { status: "active", validForDays: 900, decidedDaysAgo: 100 },
})

/** Look-alikes of what QA typed: each wrong answer shares letters or a syllable with the right one. */
const extra: FixtureProduct[] = [
  product("ca-phe-chon", "Cà phê chồn Kiên Cường"),
  product("ca-phe-khe-sanh", "Cà phê Khe Sanh"),
  product("ca-phe-bot", "Cà phê bột nguyên chất"),
  product("cao-ca-gai-leo", "Cao cà gai leo", "Cao dược liệu từ cây cà gai leo."),
  product("ca-ngan-kho", "Cá ngần khô", "Cá ngần phơi nắng."),
  product("my-gao-hung-lo", "Mỳ gạo Hùng Lô"),
  product("gao-st25", "Gạo ST25", "Gạo thơm, hạt dài."),
  product("dong-trung-ha-thao", "Đông trùng hạ thảo Hoàng Khôi"),
  product("mang-nua-kho", "Măng nứa khô nấu ngay", "Măng nứa rừng, tách vỏ, luộc kỹ."),
  product("mat-hoa-dua", "Mật hoa dừa", "Ong không lấy mật ở đây: mật từ hoa dừa."),
]

const documents: SearchDocument[] = [
  ...contractDocuments,
  ...extra.map((fixture, index) => toSearchDocument({ ...productFor(fixture, 50 + index), id: `prod_relevance_${index}` })!),
]

describe("postgres engine relevance", () => {
  const table = `relevance_${Date.now().toString(36)}`
  let engine: PostgresSearchEngine
  const handles = async (q: string) => (await engine.search({ q, now: suiteNow, limit: 10 })).hits.map((hit) => hit.handle)

  beforeAll(async () => {
    engine = createPostgresEngine({ connection, table })
    await engine.reindex(
      (async function* () {
        yield documents
      })()
    )
  })

  afterAll(async () => {
    await engine?.close()
    const client = new pg.Client({ connectionString: connection })
    await client.connect()
    await client.query(`DROP TABLE IF EXISTS ${table}, ${table}_word, ${table}_next, ${table}_next_word`)
    await client.end()
  })

  const coffees = ["ca-phe-bot", "ca-phe-chon", "ca-phe-khe-sanh"]

  it.each([
    ["caphe", coffees],
    ["cafe", coffees],
    ["caph", coffees],
    ["mygao", ["my-gao-hung-lo"]],
    ["dongtrunghathao", ["dong-trung-ha-thao"]],
    ["dongtrung", ["dong-trung-ha-thao"]],
    ["matong", ["mat-ong-bac-ha-ha-giang"]],
    ["nuocmam", ["nuoc-mam-cat-hai", "nuoc-mam-phu-quoc"]],
    ["mien dong nari", ["mien-dong-na-ri"]],
  ])("reads %s, typed without spaces, as the words it runs together", async (q, expected) => {
    const found = await handles(q)
    expect(found.slice(0, expected.length).sort()).toEqual([...expected].sort())
  })

  it("still corrects a misspelt word that splits into nothing", async () => {
    expect((await handles("mat ong bac ha ha giag"))[0]).toBe("mat-ong-bac-ha-ha-giang")
  })

  it("does not take syllables scattered through a description for a place name", async () => {
    // "chăm sóc" … "trắng" in the Bắc Hà tea's description; no product is from Sóc Trăng.
    expect(await handles("soc trang")).not.toContain("che-shan-tuyet-bac-ha")
  })

  it("still matches words spread over title and description", async () => {
    expect(await handles("gao hat dai")).toContain("gao-st25")
  })
})
