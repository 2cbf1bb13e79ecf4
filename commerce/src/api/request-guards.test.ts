import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { findWard, WardRefused } from "../checkout/wards"
import { findNulCharacter, marketplaceErrorHandler } from "./request-guards"

describe("findNulCharacter", () => {
  it.each([
    ["a plain body", { email: "lan@example.vn", items: [{ quantity: 1 }] }, null],
    ["a nested field", { shipping_address: { address_1: "Số 1\u0000" } }, "shipping_address.address_1"],
    ["an array item", { product_ids: ["prod_1", "a\u0000"] }, "product_ids.1"],
    ["a key", { ["ghi\u0000chu"]: "x" }, "ghi\u0000chu"],
    ["a bare string", "\u0000", "(value)"],
    ["numbers, booleans and null", { quantity: 2, gift: false, note: null }, null],
  ])("%s", (_, input, expected) => {
    expect(findNulCharacter(input)).toBe(expected)
  })
})

describe("marketplaceErrorHandler", () => {
  function answer(error: unknown): { status: number; body: Record<string, unknown> } {
    const sent = { status: 0, body: {} as Record<string, unknown> }
    const res = {
      status(code: number) {
        sent.status = code
        return res
      },
      json(body: Record<string, unknown>) {
        sent.body = body
        return res
      },
    }
    const logger = { info: () => {}, error: () => {} }
    const req = { path: "/store/carts/cart_1", scope: { resolve: () => logger } }
    marketplaceErrorHandler(error, req as unknown as MedusaRequest, res as unknown as MedusaResponse, () => {})
    return sent
  }

  it("keeps what a refused ward offers instead, with its kind as the code and the words for people", () => {
    const merged = findWard("ha-noi", "Phường Hàng Đào")
    if (merged.ward) throw new Error("Phường Hàng Đào was merged on 1 July 2025")
    const { status, body } = answer(new WardRefused(merged, "shipping_address.city", "Phường Hàng Đào"))
    expect(status).toBe(400)
    expect(body).toEqual({
      type: "invalid_data",
      code: "ward_merged",
      message: expect.stringContaining("nay thuộc Phường Hoàn Kiếm"),
      details: { field: "shipping_address.city", typed: "Phường Hàng Đào", suggestions: [{ code: "00070", name: "Phường Hoàn Kiếm" }] },
    })
  })

  it("answers other refusals as Medusa does, code included", () => {
    const { status, body } = answer(new MedusaError(MedusaError.Types.NOT_ALLOWED, "Không đủ hàng / Not enough stock", MedusaError.Codes.INSUFFICIENT_INVENTORY))
    expect(status).toBe(400)
    expect(body).toEqual({ type: "not_allowed", code: "insufficient_inventory", message: "Không đủ hàng / Not enough stock" })
  })
})
