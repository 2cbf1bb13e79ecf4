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

    describe("one address, one account, whatever the letter case an API client sends", () => {
      it("registers a shopper under the lower-case address, logs them in by it, and refuses the same address again", async () => {
        const registered = await api.post("/auth/customer/emailpass/register", { email: "Mixed@Case.vn", password: "mat-khau-123" }, store())
        expect(registered.status).toBe(200)
        const created = await api.post("/store/customers", { email: "Mixed@Case.vn", first_name: "Lan" }, { headers: { ...store().headers, authorization: `Bearer ${registered.data.token}` }, validateStatus: () => true })
        expect(created.status).toBe(200)
        expect(created.data.customer.email).toBe("mixed@case.vn")

        const login = await api.post("/auth/customer/emailpass", { email: "mixed@case.vn", password: "mat-khau-123" }, store())
        expect(login.status).toBe(200)
        const me = await api.get("/store/customers/me", { headers: { ...store().headers, authorization: `Bearer ${login.data.token}` }, validateStatus: () => true })
        expect(me.data.customer?.email).toBe("mixed@case.vn")

        const again = await api.post("/auth/customer/emailpass/register", { email: "MIXED@case.vn", password: "mat-khau-khac" }, store())
        expect(again.status).toBe(401)
        expect(again.data.message).toBe("Identity with email already exists")
      })

      it("keeps a cart's email in lower case, set at creation or later", async () => {
        const { data: regions } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
        const created = await api.post("/store/carts", { region_id: regions[0]!.id, email: "Khach@Example.VN" }, store())
        expect(created.status).toBe(200)
        expect(created.data.cart.email).toBe("khach@example.vn")
        const updated = await api.post(`/store/carts/${created.data.cart.id}`, { email: "Lan.Nguyen@Example.VN" }, store())
        expect(updated.status).toBe(200)
        expect((await api.get(`/store/carts/${created.data.cart.id}`, store())).data.cart.email).toBe("lan.nguyen@example.vn")
      })

      it("leaves a missing or non-string email to Medusa's own refusal", async () => {
        for (const body of [{ password: "mat-khau-123" }, { email: 42, password: "mat-khau-123" }]) {
          const refused = await api.post("/auth/customer/emailpass/register", body, store())
          expect([refused.status, refused.data.message]).toEqual([401, "Email should be a string"])
        }
        const cart = await api.post("/store/carts", { email: 42 }, store())
        expect(cart.status).toBe(400)
        expect(cart.data.message).toMatch(/email/)
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
