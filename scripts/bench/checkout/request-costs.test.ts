import { describe, expect, it } from "vitest"
import { requestCostRows, routePattern } from "./request-costs.ts"

describe("routePattern", () => {
  it("replaces Medusa ids and product handles so requests group by route", () => {
    expect(routePattern("POST /store/carts/cart_01M8VTX8AGH7EYPFDKZ8006TQF/line-items")).toBe("POST /store/carts/:id/line-items")
    expect(routePattern("POST /store/payment-collections/pay_col_01M8VTCB5HFMQSKXMQ49MRTGNT/payment-sessions")).toBe("POST /store/payment-collections/:id/payment-sessions")
    expect(routePattern("GET /store/ocop/products/che-dinh-tan-cuong-hao-dat")).toBe("GET /store/ocop/products/:handle")
    expect(routePattern("GET /store/shipping-options")).toBe("GET /store/shipping-options")
  })
})

describe("requestCostRows", () => {
  it("averages each route and ranks routes by CPU per checkout", () => {
    const lines = [
      { route: "GET /store/carts/cart_01M8VTX8AGH7EYPFDKZ8006TQF", statements: 15, cpuMs: 30 },
      { route: "GET /store/carts/cart_01M8VTX8AGH7EYPFDKZ8006TQG", statements: 17, cpuMs: 34 },
      { route: "POST /store/carts/cart_01M8VTX8AGH7EYPFDKZ8006TQF/complete", statements: 166, cpuMs: 410 },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n")
    expect(requestCostRows(`${lines}\n`, 2)).toEqual([
      ["POST /store/carts/:id/complete", "0.5", "166", "410", "205"],
      ["GET /store/carts/:id", "1.0", "16", "32", "32"],
    ])
  })
})
