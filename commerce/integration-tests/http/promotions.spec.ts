import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCheckoutFixture, type CheckoutFixture } from "../fixtures/checkout"

interface CartLine {
  id: string
  unit_price: number
  quantity: number
  adjustments: { code: string | null; amount: number }[]
}
interface PromotedCart {
  id: string
  discount_total: number
  items: CartLine[]
  promotions: { code: string }[]
}

/**
 * Promotions the office sets up in Medusa's admin still reach carts. Medusa's cart workflows are
 * patched (patches/@medusajs+core-flows) to skip recomputing promotions when there is nothing to
 * compute: no code asked for, none on the cart, no adjustment on it and no automatic promotion at
 * all. These journeys cover each way out of that shortcut.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })
    const fields = "id,discount_total,*promotions,*items,*items.adjustments"

    beforeAll(async () => {
      fixture = await createCheckoutFixture(getContainer())
    })

    async function read(cartId: string): Promise<PromotedCart> {
      const response = await api.get(`/store/carts/${cartId}?fields=${fields}`, store())
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      return response.data.cart
    }

    async function add(cartId: string, variantId: string, quantity = 1) {
      const added = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, store())
      expect(added.status, JSON.stringify(added.data)).toBe(200)
    }

    async function newCart(variantId: string): Promise<string> {
      const created = await api.post("/store/carts", { region_id: fixture.regionId, items: [{ variant_id: variantId, quantity: 1 }] }, store())
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      return created.data.cart.id
    }

    /** Each line's adjustment is a tenth of what the line costs. */
    const tenthOff = (line: CartLine) => expect(line.adjustments.map((adjustment) => [adjustment.code, adjustment.amount])).toEqual([["GIAM-10", (line.unit_price * line.quantity) / 10]])

    it("applies an automatic promotion to the next add and to new carts once the office creates it, and takes it off once deleted", async () => {
      const promotions = getContainer().resolve(Modules.PROMOTION)
      const cartId = await newCart(fixture.variants.honey)
      const before = await read(cartId)
      expect(before.discount_total).toBe(0)
      expect(before.items[0]!.adjustments).toEqual([])

      const [automatic] = await promotions.createPromotions([
        {
          code: "GIAM-10",
          type: "standard",
          status: "active",
          is_automatic: true,
          application_method: { type: "percentage", target_type: "items", allocation: "each", max_quantity: 100, value: 10 },
        },
      ])
      try {
        await add(cartId, fixture.variants.tea)
        const promoted = await read(cartId)
        expect(promoted.items).toHaveLength(2)
        promoted.items.forEach(tenthOff)
        expect(promoted.discount_total).toBe(promoted.items.reduce((sum, line) => sum + (line.unit_price * line.quantity) / 10, 0))

        const fresh = await read(await newCart(fixture.variants.tea))
        fresh.items.forEach(tenthOff)
      } finally {
        await promotions.deletePromotions([automatic!.id])
      }

      // The cart still carries the adjustments, so the next change recomputes them and they go.
      await add(cartId, fixture.variants.tea)
      const after = await read(cartId)
      expect(after.items.flatMap((line) => line.adjustments)).toEqual([])
      expect(after.discount_total).toBe(0)
    })

    it("keeps a code the shopper entered on every later add, and drops it when asked", async () => {
      const promotions = getContainer().resolve(Modules.PROMOTION)
      const [code] = await promotions.createPromotions([
        {
          code: "TET-20K",
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 20_000, currency_code: "vnd" },
        },
      ])
      try {
        const cartId = await newCart(fixture.variants.honey)
        const applied = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TET-20K"] }, store())
        expect(applied.status, JSON.stringify(applied.data)).toBe(200)
        expect((await read(cartId)).discount_total).toBe(20_000)

        await add(cartId, fixture.variants.tea)
        const grown = await read(cartId)
        expect(grown.promotions.map((promotion) => promotion.code)).toEqual(["TET-20K"])
        expect(grown.discount_total).toBe(20_000)
        // Spread across both lines now, not left on the first one alone.
        expect(grown.items.every((line) => line.adjustments.some((adjustment) => adjustment.code === "TET-20K"))).toBe(true)

        const removed = await api.delete(`/store/carts/${cartId}/promotions`, { ...store(), data: { promo_codes: ["TET-20K"] } })
        expect(removed.status, JSON.stringify(removed.data)).toBe(200)
        const plain = await read(cartId)
        expect(plain.promotions).toEqual([])
        expect(plain.discount_total).toBe(0)
      } finally {
        await promotions.deletePromotions([code!.id])
      }
    })
  },
})
