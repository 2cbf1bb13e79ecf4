import { describe, expect, it } from "vitest"
import { stampVerdict, type VerdictFacts } from "./verdict"

const now = new Date("2026-11-23T03:00:00Z")
const active = { status: "active", valid_until: "2027-06-01T00:00:00Z" }
const base: VerdictFacts = { batchStatus: "active", certificate: active, devicesInWindow: 1 }

describe("stampVerdict", () => {
  it.each<[string, Partial<VerdictFacts>, string]>([
    ["a fresh stamp with a valid certificate", {}, "genuine"],
    ["exactly the allowed number of devices", { devicesInWindow: 5 }, "genuine"],
    ["one device more than allowed", { devicesInWindow: 6 }, "suspicious"],
    ["a certificate past valid_until still marked active", { certificate: { status: "active", valid_until: "2026-11-23T02:59:59Z" } }, "certificate_expired"],
    ["a certificate lapsing at this very instant", { certificate: { status: "active", valid_until: now.toISOString() } }, "certificate_expired"],
    ["an expired certificate", { certificate: { status: "expired", valid_until: "2026-01-01T00:00:00Z" } }, "certificate_expired"],
    ["a suspended certificate", { certificate: { status: "suspended", valid_until: active.valid_until } }, "certificate_suspended"],
    ["a revoked certificate", { certificate: { status: "revoked", valid_until: active.valid_until } }, "certificate_revoked"],
    ["no certificate at all", { certificate: null }, "certificate_revoked"],
    ["a revoked batch, even with a valid certificate", { batchStatus: "revoked" }, "batch_revoked"],
    ["a revoked batch of a copied stamp", { batchStatus: "revoked", devicesInWindow: 50 }, "batch_revoked"],
    ["a suspended certificate on a copied stamp", { certificate: { status: "suspended", valid_until: active.valid_until }, devicesInWindow: 50 }, "certificate_suspended"],
  ])("%s → %s", (_label, facts, state) => {
    expect(stampVerdict({ ...base, ...facts }, { suspiciousDevices: 5 }, now)).toBe(state)
  })
})
