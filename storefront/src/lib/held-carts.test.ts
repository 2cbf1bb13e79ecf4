import { describe, expect, it } from "vitest"
import { cartVersion, changingCart, heldCart, holdCart } from "./held-carts"
import type { StoreCart } from "./medusa"

const cart = (id: string, quantity: number) => ({ id, items: [{ id: `cali_${id}`, quantity }] }) as unknown as StoreCart

describe("held carts", () => {
  it("serves the cart last held under its id, and each cart apart", () => {
    holdCart(cart("cart_a", 1), cartVersion("cart_a"))
    holdCart(cart("cart_b", 5), cartVersion("cart_b"))
    holdCart(cart("cart_a", 2), cartVersion("cart_a"))
    expect(heldCart("cart_a")?.items[0]?.quantity).toBe(2)
    expect(heldCart("cart_b")?.items[0]?.quantity).toBe(5)
    expect(heldCart("cart_c")).toBeUndefined()
  })

  it("lets go of a cart while a change to it is under way, and holds the cart the change answers with", () => {
    holdCart(cart("cart_d", 1), cartVersion("cart_d"))
    const change = changingCart("cart_d")
    expect(heldCart("cart_d")).toBeUndefined()
    holdCart(cart("cart_d", 3), change)
    expect(heldCart("cart_d")?.items[0]?.quantity).toBe(3)
  })

  it("does not hold what a read answered when a change began while the read was under way", () => {
    const read = cartVersion("cart_e")
    const change = changingCart("cart_e")
    holdCart(cart("cart_e", 1), read)
    expect(heldCart("cart_e")).toBeUndefined()
    holdCart(cart("cart_e", 2), change)
    expect(heldCart("cart_e")?.items[0]?.quantity).toBe(2)
  })

  it("holds nothing from a change overtaken by a later one, nor from the later one once released", () => {
    const first = changingCart("cart_f")
    const second = changingCart("cart_f")
    holdCart(cart("cart_f", 2), second)
    holdCart(cart("cart_f", 1), first)
    expect(heldCart("cart_f")?.items[0]?.quantity).toBe(2)
    changingCart("cart_f")
    expect(heldCart("cart_f")).toBeUndefined()
  })
})
