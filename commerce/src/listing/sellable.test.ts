import { describe, expect, it } from "vitest"
import { currentCertificate, listingVerdict } from "./sellable"

const now = new Date("2026-11-23T10:00:00Z")
const active = { status: "active", valid_until: "2027-01-01T00:00:00Z" }

describe("listingVerdict", () => {
  it.each([
    ["sellable", { productStatus: "published", producerStatus: "active", certificate: active }, null],
    ["draft product", { productStatus: "draft", producerStatus: "active", certificate: active }, "not_published"],
    ["no certificate", { productStatus: "published", producerStatus: "active", certificate: null }, "no_certificate"],
    ["valid_until has passed though status still says active", { productStatus: "published", producerStatus: "active", certificate: { status: "active", valid_until: "2026-11-23T09:59:59Z" } }, "certificate_expired"],
    ["valid_until is exactly now", { productStatus: "published", producerStatus: "active", certificate: { status: "active", valid_until: "2026-11-23T10:00:00Z" } }, "certificate_expired"],
    ["marked expired", { productStatus: "published", producerStatus: "active", certificate: { status: "expired", valid_until: "2027-01-01T00:00:00Z" } }, "certificate_expired"],
    ["suspended", { productStatus: "published", producerStatus: "active", certificate: { ...active, status: "suspended" } }, "certificate_suspended"],
    ["revoked", { productStatus: "published", producerStatus: "active", certificate: { ...active, status: "revoked" } }, "certificate_revoked"],
    ["producer suspended", { productStatus: "published", producerStatus: "suspended", certificate: active }, "producer_suspended"],
  ])("%s", (_label, facts, reason) => {
    const verdict = listingVerdict(facts, now)
    if (reason === null) expect(verdict).toEqual({ sellable: true })
    else expect(verdict).toEqual({ sellable: false, reason })
  })
})

describe("currentCertificate", () => {
  it("prefers the active certificate that runs longest, even over a newer suspended one", () => {
    const older = { id: "a", status: "active", valid_until: "2027-05-01T00:00:00Z", decision_date: "2024-05-01T00:00:00Z" }
    const renewed = { id: "b", status: "active", valid_until: "2029-02-01T00:00:00Z", decision_date: "2026-02-01T00:00:00Z" }
    const suspended = { id: "c", status: "suspended", valid_until: "2029-06-01T00:00:00Z", decision_date: "2026-06-01T00:00:00Z" }
    expect(currentCertificate([older, suspended, renewed], now)?.id).toBe("b")
  })

  it("falls back to the latest decision so an expired product can say why", () => {
    const first = { id: "a", status: "expired", valid_until: "2023-01-01T00:00:00Z", decision_date: "2020-01-01T00:00:00Z" }
    const second = { id: "b", status: "revoked", valid_until: "2026-01-01T00:00:00Z", decision_date: "2023-01-01T00:00:00Z" }
    expect(currentCertificate([first, second], now)?.id).toBe("b")
    expect(currentCertificate([], now)).toBeNull()
  })
})
