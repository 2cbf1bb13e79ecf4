import { describe, expect, it } from "vitest"
import { requestedOrdersPage } from "./order-history"

describe("requestedOrdersPage", () => {
  it.each([
    ["/tai-khoan", 1],
    ["/tai-khoan?page=2", 2],
    ["/en/account?page=40#orders-heading", 40],
  ])("%s asks for page %i of the order history", (address, page) => {
    expect(requestedOrdersPage(new URL(address, "http://shop.test"))).toBe(page)
  })

  it.each(["?page=1", "?page=0", "?page=-2", "?page=2.5", "?page=abc", "?page=", "?page=02", "?page=99999999"])("%s is not a page of its own", (query) => {
    expect(requestedOrdersPage(new URL(`/tai-khoan${query}`, "http://shop.test"))).toBeNull()
  })
})
