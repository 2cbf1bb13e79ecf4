import { describe, expect, it } from "vitest"
import { listingRow, listingUpdates, type StoredProduct } from "./stored-state"

const now = new Date("2026-11-23T10:00:00Z")
const valid = { status: "active", valid_until: "2027-06-01T00:00:00Z", decision_date: "2024-06-01T00:00:00Z" }
const lapsed = { status: "active", valid_until: "2026-11-23T09:00:00Z", decision_date: "2023-11-23T00:00:00Z" }

function product(overrides: Partial<StoredProduct>): StoredProduct {
  return { id: "prod_1", status: "published", metadata: { title_en: "Glass noodles" }, certificates: [valid], producer: { status: "active" }, ...overrides }
}

describe("listingUpdates", () => {
  it("leaves a sellable published product alone", () => {
    expect(listingUpdates([product({})], now)).toEqual([])
  })

  it("puts a product whose certificate lapsed back to draft, keeping its other metadata", () => {
    const [update] = listingUpdates([product({ certificates: [lapsed] })], now)
    expect(update).toEqual({
      id: "prod_1",
      status: "draft",
      metadata: { title_en: "Glass noodles", ocop_delisted: { reason: "certificate_expired", at: now.toISOString() } },
    })
  })

  it.each([
    ["suspended certificate", { certificates: [{ ...valid, status: "suspended" }] }, "certificate_suspended"],
    ["revoked certificate", { certificates: [{ ...valid, status: "revoked" }] }, "certificate_revoked"],
    ["suspended producer", { producer: { status: "suspended" } }, "producer_suspended"],
    ["no certificate at all", { certificates: [] }, "no_certificate"],
  ])("delists for a %s", (_label, overrides, reason) => {
    expect(listingUpdates([product(overrides)], now)[0]?.metadata.ocop_delisted).toMatchObject({ reason })
  })

  it("relists a product the rule delisted once a renewed certificate is active", () => {
    const delisted = product({ status: "draft", metadata: { ocop_delisted: { reason: "certificate_expired" } }, certificates: [lapsed, valid] })
    expect(listingUpdates([delisted], now)).toEqual([{ id: "prod_1", status: "published", metadata: { ocop_delisted: null } }])
  })

  it("never publishes a draft the producer kept back", () => {
    expect(listingUpdates([product({ status: "draft", metadata: {} })], now)).toEqual([])
  })
})

describe("listingRow", () => {
  it("records the certificate in force, the cheapest VND price and the status after sync", () => {
    const row = listingRow(
      product({
        handle: "mien-dong",
        title: "Miến dong",
        certificates: [{ id: "cert_old", ...lapsed, stars: 3 }, { id: "cert_new", ...valid, stars: 4, product_group: "food" }],
        producer: { status: "active", handle: "htx-tai-hoan" },
        variants: [{ prices: [{ amount: 90000, currency_code: "vnd" }, { amount: 4, currency_code: "usd" }] }, { prices: [{ amount: "85000", currency_code: "vnd" }] }],
      }),
      "published",
      now
    )
    expect(row).toMatchObject({
      product_id: "prod_1",
      handle: "mien-dong",
      published: true,
      producer_handle: "htx-tai-hoan",
      producer_active: true,
      certificate_id: "cert_new",
      certificate_status: "active",
      stars: 4,
      product_group: "food",
      price_vnd: 85000,
    })
    expect(row.valid_until?.toISOString()).toBe("2027-06-01T00:00:00.000Z")
  })

  it("keeps a row for a product without certificate, which the rule then excludes", () => {
    expect(listingRow(product({ certificates: [], producer: null }), "draft", now)).toMatchObject({ published: false, producer_active: false, certificate_id: null, valid_until: null })
  })
})
