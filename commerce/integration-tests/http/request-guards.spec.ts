import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    let admin: { headers: Record<string, string>; validateStatus: () => boolean }
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      admin = { headers: (await createAdminHeaders(getContainer())).headers, validateStatus: () => true }
    })

    describe("input PostgreSQL cannot store", () => {
      it.each([
        ["Medusa's product list", "/store/products?q=a%00b"],
        ["Medusa's product by handle", "/store/products?handle=a%00b"],
        ["our sales points", "/store/ocop/sales-points?province=a%00b"],
      ])("a NUL in the URL of %s is a 400 naming it, not a 500", async (_, url) => {
        const response = await api.get(url, store())
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("Dữ liệu có ký tự không hợp lệ (NUL) ở URL / The request contains an invalid character (NUL) in URL")
      })

      it("a NUL in a body field is a 400 naming the field, and nothing is written", async () => {
        const { data: regions } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
        const cart = await api.post("/store/carts", { region_id: regions[0]!.id }, store())
        const refused = await api.post(`/store/carts/${cart.data.cart.id}`, { email: "lan@example.vn", shipping_address: { address_1: "Số 1\u0000" } }, store())
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("in shipping_address.address_1")
        expect((await api.get(`/store/carts/${cart.data.cart.id}`, store())).data.cart.email).toBeNull()
      })

      it("guards the admin's routes as well", async () => {
        const refused = await api.get("/admin/ocop/certificates?q=a%00b", admin)
        expect(refused.status).toBe(400)
        const issued = await api.post("/admin/ocop/certificates", { product_ids: ["a\u0000"] }, admin)
        expect(issued.status).toBe(400)
        expect(issued.data.message).toContain("in product_ids.0")
      })
    })

    it("answers a body over the size limit with 413 and the limit, in both languages", async () => {
      const response = await api.post("/store/ocop/stamps/reports", { code: "A".repeat(20), where_bought: "chợ", message: "x".repeat(3_200_000) }, store())
      expect(response.status).toBe(413)
      expect(response.data.message).toBe("Dữ liệu gửi lên quá lớn (3 MB) / The request is too large (3 MB)")
    })

    it("treats % and _ in the admin's certificate search as the characters typed", async () => {
      const everything = await api.get("/admin/ocop/certificates?limit=100", admin)
      expect(everything.data.count).toBeGreaterThan(0)
      for (const typed of ["%25", "_"]) {
        const response = await api.get(`/admin/ocop/certificates?q=${typed}`, admin)
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(0)
        expect((await api.get(`/admin/ocop/certificates?province=${typed}`, admin)).data.count).toBe(0)
      }
    })
  },
})
