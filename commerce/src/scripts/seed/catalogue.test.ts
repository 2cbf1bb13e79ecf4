import { describe, expect, it } from "vitest"
import { daysUntil, starsForScore, validUntil } from "../../modules/certification/rules"
import type { CertificateSeed } from "./catalogue-types"
import { producers } from "./producers"
import { products } from "./products"
import { salesPoints } from "./sales-points"

const now = new Date()

function signed(certificate: CertificateSeed): Date {
  if ("on" in certificate.decided) return new Date(`${certificate.decided.on}T00:00:00+07:00`)
  return new Date(now.getTime() - certificate.decided.daysAgo * 86_400_000)
}

describe("seed catalogue", () => {
  it("has at least 60 products across at least 15 provinces and all six product groups", () => {
    expect(products.length).toBeGreaterThanOrEqual(60)
    const provinceOf = new Map(producers.map((p) => [p.handle, p.address.province]))
    expect(new Set(products.map((p) => provinceOf.get(p.producer))).size).toBeGreaterThanOrEqual(15)
    expect(new Set(products.map((p) => p.group))).toEqual(new Set(["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"]))
  })

  it("covers all four producer types, and every reference resolves", () => {
    expect(new Set(producers.map((p) => p.type))).toEqual(new Set(["cooperative", "enterprise", "cooperative_group", "household_business"]))
    const producerHandles = new Set(producers.map((p) => p.handle))
    const pointHandles = new Set(salesPoints.map((p) => p.handle))
    for (const product of products) {
      expect(producerHandles.has(product.producer), product.handle).toBe(true)
      for (const point of Object.keys(product.stock)) expect(pointHandles.has(point), `${product.handle} → ${point}`).toBe(true)
    }
    expect(new Set(products.map((p) => p.producer))).toEqual(producerHandles)
  })

  it("uses unique URL-safe handles", () => {
    for (const list of [products, producers, salesPoints]) {
      const handles = list.map((item) => item.handle)
      expect(new Set(handles).size).toBe(handles.length)
      for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it("prices every product in whole đồng", () => {
    for (const product of products) {
      expect(Number.isInteger(product.priceVnd), product.handle).toBe(true)
      expect(product.priceVnd).toBeGreaterThan(0)
    }
  })

  it("gives every published score the star rank it earns", () => {
    for (const { handle, certificate } of products) {
      if (certificate.score !== null) expect(starsForScore(certificate.score), handle).toBe(certificate.stars)
      if (certificate.status === "suspended" || certificate.status === "revoked") expect(certificate.statusReason, handle).toBeTruthy()
    }
  })

  it("includes the states shoppers meet in real life", () => {
    const active = products.filter((p) => p.certificate.status === "active")
    const expiringSoon = active.filter((p) => {
      const days = daysUntil(validUntil(signed(p.certificate)), now)
      return days >= 0 && days <= 30
    })
    expect(expiringSoon.length).toBeGreaterThanOrEqual(3)
    for (const product of active) expect(validUntil(signed(product.certificate)).getTime(), product.handle).toBeGreaterThan(now.getTime())
    for (const status of ["expired", "revoked", "suspended"] as const) {
      expect(products.some((p) => p.certificate.status === status), status).toBe(true)
    }
    for (const product of products.filter((p) => p.certificate.status === "expired")) {
      expect(validUntil(signed(product.certificate)).getTime(), product.handle).toBeLessThan(now.getTime())
    }
  })

  it("has at least 10 sales points in several provinces, with stock", () => {
    expect(salesPoints.length).toBeGreaterThanOrEqual(10)
    expect(new Set(salesPoints.map((p) => p.address.province)).size).toBeGreaterThanOrEqual(5)
    expect(products.filter((p) => Object.values(p.stock).some((quantity) => quantity > 0)).length).toBeGreaterThan(40)
  })
})
