import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"
import { createSalesPointsFixture } from "../fixtures/sales-points"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      await createSalesPointsFixture(getContainer())
    })

    describe("GET /store/ocop/sales-points", () => {
      it("lists open sales points only, by province then name, ready to group", async () => {
        const response = await api.get("/store/ocop/sales-points", store())
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(3)
        expect(response.data.salesPoints.map((p: { handle: string }) => p.handle)).toEqual(["ocop-san-bay-noi-bai", "ocop-thai-nguyen", "ocop-bac-kan"])
        expect(response.data.salesPoints.map((p: { provinceSlug: string }) => p.provinceSlug)).toEqual(["ha-noi", "thai-nguyen", "thai-nguyen"])
      })

      it("gives each point's type, address, opening hours and phone", async () => {
        const response = await api.get("/store/ocop/sales-points", store())
        const bacKan = response.data.salesPoints.find((p: { handle: string }) => p.handle === "ocop-bac-kan")
        expect(bacKan).toEqual({
          handle: "ocop-bac-kan",
          name: "Điểm giới thiệu sản phẩm OCOP Bắc Kạn",
          locationType: "post_office",
          province: "Thái Nguyên",
          provinceSlug: "thai-nguyen",
          commune: "",
          street: null,
          legacyAddress: "thành phố Bắc Kạn, tỉnh Bắc Kạn",
          openingHours: "Mo-Su 07:30-18:30",
          phone: "0209 3870 000",
          latitude: 21,
          longitude: 105,
        })
      })

      it("filters by province slug, as a list", async () => {
        const one = await api.get("/store/ocop/sales-points?province=thai-nguyen", store())
        expect(one.data.salesPoints.map((p: { handle: string }) => p.handle)).toEqual(["ocop-thai-nguyen", "ocop-bac-kan"])
        const both = await api.get("/store/ocop/sales-points?province=thai-nguyen,ha-noi", store())
        expect(both.data.count).toBe(3)
        const none = await api.get("/store/ocop/sales-points?province=lao-cai", store())
        expect(none.data).toEqual({ salesPoints: [], count: 0 })
        const unfiltered = await api.get("/store/ocop/sales-points?province=", store())
        expect(unfiltered.data.count).toBe((await api.get("/store/ocop/sales-points", store())).data.count)
      })

      it.each([
        ["province=Th%C3%A1i%20Nguy%C3%AAn", /province must be a province slug/],
        ["limit=5", /unknown query parameter\(s\): limit/],
      ])("answers 400 with a clear message for ?%s", async (queryString, message) => {
        const response = await api.get(`/store/ocop/sales-points?${queryString}`, store())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("refuses requests without a publishable key", async () => {
        const response = await api.get("/store/ocop/sales-points", { validateStatus: () => true })
        expect(response.status).toBe(400)
      })
    })
  },
})
