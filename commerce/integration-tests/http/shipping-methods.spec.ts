import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { deliveryZones } from "../../src/checkout/zones"
import { createCheckoutFixture, type CheckoutFixture } from "../fixtures/checkout"

interface ShippingOption {
  id: string
  name: string
  amount: number
  type: { code: string }
  service_zone: { fulfillment_set: { location: { id: string } } }
}
interface PricedCart {
  item_total: number
  shipping_total: number
  total: number
  shipping_methods: { shipping_option_id: string; amount: number; name: string }[]
}

const haNoi = { first_name: "Nguyễn Thị Lan", phone: "0912345678", country_code: "vn", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "Số 12 phố Hàng Bạc" }
const daNang = { ...haNoi, province: "da-nang", city: "Phường An Hải", address_1: "Số 3 đường Võ Văn Kiệt" }
const zone = (code: string) => deliveryZones.find((candidate) => candidate.code === code)!

/**
 * The shipping method on a cart is priced for the cart as it stands. Medusa's cart workflows are
 * patched (patches/@medusajs+core-flows) so that choosing a method does not price it a second time
 * straight after; every other change to the cart (an add, a new address) still re-prices it or drops
 * it. These journeys check the amounts after each kind of change.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })

    beforeAll(async () => {
      fixture = await createCheckoutFixture(getContainer())
    })

    async function cartAt(address: typeof haNoi, lines: [variantId: string, quantity: number][]): Promise<string> {
      const created = await api.post("/store/carts", { region_id: fixture.regionId, email: "lan@example.vn", items: lines.map(([variant_id, quantity]) => ({ variant_id, quantity })) }, store())
      expect(created.status, JSON.stringify(created.data)).toBe(200)
      await moveTo(created.data.cart.id, address)
      return created.data.cart.id
    }

    async function moveTo(cartId: string, address: typeof haNoi) {
      const moved = await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store())
      expect(moved.status, JSON.stringify(moved.data)).toBe(200)
    }

    async function options(cartId: string): Promise<ShippingOption[]> {
      const listed = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      expect(listed.status, JSON.stringify(listed.data)).toBe(200)
      return listed.data.shipping_options
    }

    const delivery = async (cartId: string, speed: "standard" | "express") =>
      (await options(cartId)).find((option) => option.type.code === "delivery" && option.name.startsWith(speed === "standard" ? "Giao hàng tiêu chuẩn" : "Giao hàng nhanh"))!

    async function choose(cartId: string, option: ShippingOption) {
      const chosen = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store())
      expect(chosen.status, JSON.stringify(chosen.data)).toBe(200)
    }

    async function read(cartId: string): Promise<PricedCart> {
      const response = await api.get(`/store/carts/${cartId}?fields=item_total,shipping_total,total,*shipping_methods`, store())
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      return response.data.cart
    }

    /** The cart carries exactly this one method at this amount, and its totals include it. */
    function expectOneMethod(cart: PricedCart, option: { id: string }, amount: number) {
      expect(cart.shipping_methods.map((method) => [method.shipping_option_id, method.amount])).toEqual([[option.id, amount]])
      expect(cart.shipping_total).toBe(amount)
      expect(cart.total).toBe(cart.item_total + amount)
    }

    it("prices the chosen delivery for the cart's region and replaces it when the shopper picks another speed or a pickup point", async () => {
      const cartId = await cartAt(haNoi, [[fixture.variants.honey, 1]])
      const north = zone("mien-bac").prices

      const standard = await delivery(cartId, "standard")
      expect(standard.amount).toBe(north.standard)
      await choose(cartId, standard)
      const withStandard = await read(cartId)
      expectOneMethod(withStandard, standard, north.standard)
      expect(withStandard.item_total).toBe(250_000)

      const express = await delivery(cartId, "express")
      await choose(cartId, express)
      expectOneMethod(await read(cartId), express, north.express)

      const pickup = (await options(cartId)).find((option) => option.type.code === "pickup" && option.service_zone.fulfillment_set.location.id === fixture.points.haNoi.locationId)!
      await choose(cartId, pickup)
      expectOneMethod(await read(cartId), pickup, pickup.amount)
    })

    it("keeps the chosen delivery priced as the cart changes: an add keeps it, a move to another region drops it until one of that region is chosen", async () => {
      const cartId = await cartAt(haNoi, [[fixture.variants.honey, 1]])
      const standard = await delivery(cartId, "standard")
      await choose(cartId, standard)

      const added = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: fixture.variants.tea, quantity: 2 }, store())
      expect(added.status, JSON.stringify(added.data)).toBe(200)
      const withTea = await read(cartId)
      expectOneMethod(withTea, standard, zone("mien-bac").prices.standard)
      expect(withTea.item_total).toBe(250_000 + 2 * 180_000)

      // The northern option does not serve Đà Nẵng: the method goes, and the central price applies.
      await moveTo(cartId, daNang)
      const moved = await read(cartId)
      expect(moved.shipping_methods).toEqual([])
      expect(moved.shipping_total).toBe(0)
      const central = await delivery(cartId, "standard")
      expect(central.id).not.toBe(standard.id)
      await choose(cartId, central)
      expectOneMethod(await read(cartId), central, zone("mien-trung").prices.standard)
    })
  },
})
