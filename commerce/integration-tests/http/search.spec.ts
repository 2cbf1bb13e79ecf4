import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createStockLocationsWorkflow, deleteInventoryLevelsWorkflow, updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { PRODUCT_SEARCH_MODULE } from "../../src/modules/product-search"
import type SearchModuleService from "../../src/modules/product-search/service"
import { SALES_POINT_MODULE } from "../../src/modules/sales-point"
import type SalesPointModuleService from "../../src/modules/sales-point/service"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Timed out waiting until ${what}`)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })
    const searchHandles = async (query: string) => {
      const response = await api.get(`/store/ocop/search?${query}`, store())
      expect(response.status).toBe(200)
      return (response.data.hits as { handle: string }[]).map((hit) => hit.handle)
    }

    const indexedHandles = async () => {
      const search = getContainer().resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
      // At the epoch every certificate is within its validity: this shows what the index holds.
      const { hits } = await search.search({ now: new Date(0), limit: 100 })
      return hits.map((hit) => hit.handle).sort()
    }

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      // The fixture's "lapsed moments ago" certificate runs out 1.5 s after it was written; on a quick
      // machine the tests would start before that (and the index then holds that product too).
      const certificates = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listCertificates({ status: "active" })
      const firstLapse = Math.min(...certificates.map((certificate) => new Date(certificate.valid_until).getTime()))
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstLapse - Date.now() + 100)))
      // The listing sync announces each product; the index follows through a subscriber.
      const expected = [fixture.handles.fiveStar, fixture.handles.sellable]
      await eventually(async () => {
        const indexed = await indexedHandles()
        return expected.every((handle) => indexed.includes(handle))
      }, "the sellable fixtures are indexed")
    })

    describe("GET /store/ocop/search", () => {
      it("finds products typed without diacritics, with typos and as prefixes", async () => {
        expect(await searchHandles("q=mien%20dong%20tai%20hoan")).toEqual([fixture.handles.sellable])
        expect(await searchHandles("q=mien%20dong%20tai%20hoa")).toEqual([fixture.handles.sellable])
        expect(await searchHandles(`q=${encodeURIComponent("Mật hoa dừa")}`)).toEqual([fixture.handles.fiveStar])
        expect(await searchHandles("q=mat%20hoa%20dau")).toEqual([fixture.handles.fiveStar])
      })

      it("answers the browse query with sellable products, facet counts and paging", async () => {
        const response = await api.get("/store/ocop/search?sort=price_asc&limit=1", store())
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ total: 2, limit: 1, offset: 0, facets: { group: { food: 2 }, stars: { "3": 1, "5": 1 }, province: { "thai-nguyen": 2 } } })
        expect(response.data.hits.map((hit: { handle: string }) => hit.handle)).toEqual([fixture.handles.sellable])
        expect(response.data.hits[0]).toMatchObject({
          title: { vi: "Miến dong Tài Hoan", en: "Miến dong Tài Hoan (EN)" },
          stars: 3,
          priceVnd: 85000,
          producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative" },
          province: "Thái Nguyên",
          certificate: { status: "active", decisionNumber: "1978/QĐ-UBND" },
        })
      })

      it("filters by stars, group, province, producer and price", async () => {
        expect(await searchHandles("stars=5")).toEqual([fixture.handles.fiveStar])
        expect(await searchHandles("stars=3,5&sort=price_desc")).toEqual([fixture.handles.fiveStar, fixture.handles.sellable])
        expect(await searchHandles("group=food&province=thai-nguyen&producer=htx-tai-hoan&price_min=100000")).toEqual([fixture.handles.fiveStar])
        expect(await searchHandles("group=drinks")).toEqual([])
        expect(await searchHandles("pickup=true")).toEqual([])
      })

      it("follows stock at a sales point as it is received, sold down and the location removed", async () => {
        const container = getContainer()
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        const {
          result: [location],
        } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Điểm bán OCOP Thái Nguyên" }] } })
        const point = await container.resolve<SalesPointModuleService>(SALES_POINT_MODULE).createSalesPoints({
          handle: "ocop-thai-nguyen",
          name: "Điểm bán OCOP Thái Nguyên",
          location_type: "market_or_mall",
          operator: "Bưu điện tỉnh",
          province: "Thái Nguyên",
          commune: "phường Phan Đình Phùng",
          opening_hours: "Mo-Su 07:30-18:30",
          latitude: 21.59,
          longitude: 105.84,
        })
        await link.create({ [SALES_POINT_MODULE]: { sales_point_id: point.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location!.id } })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [product],
        } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: fixture.handles.sellable } })
        // The product starts keeping stock: Medusa gives its variant an inventory item.
        await updateProductVariantsWorkflow(container).run({ input: { selector: { id: product.variants[0].id }, update: { manage_inventory: true } } })
        const {
          data: [variant],
        } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: product.variants[0].id } })
        const item: string = variant.inventory_items[0].inventory_item_id

        // What a shopper filtering by pickup sees: the product, the sales point and the units on hand.
        const pickup = async (query: string) => {
          const response = await api.get(`/store/ocop/search?${query}`, store())
          return (response.data.hits as { handle: string; salesPoints: string[]; available: number | null }[]).map(({ handle, salesPoints, available }) => ({ handle, salesPoints, available }))
        }
        const stocked = (available: number) => [{ handle: fixture.handles.sellable, salesPoints: ["ocop-thai-nguyen"], available }]
        const follows = async (expected: unknown, what: string) =>
          eventually(async () => JSON.stringify(await pickup("sales_point=ocop-thai-nguyen&q=mien%20dong")) === JSON.stringify(expected), what)

        await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: [{ inventory_item_id: item, location_id: location!.id, stocked_quantity: 12 }] } })
        await follows(stocked(12), "received stock shows at the sales point")
        expect(await pickup("pickup=true")).toEqual(stocked(12))

        await updateInventoryLevelsWorkflow(container).run({ input: { updates: [{ inventory_item_id: item, location_id: location!.id, stocked_quantity: 3 }] } })
        await follows(stocked(3), "the units on hand follow a sale")

        await deleteInventoryLevelsWorkflow(container).run({ input: { inventory_item_id: item, location_id: location!.id, force: true } })
        await follows([], "a removed location no longer offers pickup")
        expect(await pickup("pickup=true")).toEqual([])
        expect(await pickup("q=mien%20dong")).toEqual([{ handle: fixture.handles.sellable, salesPoints: [], available: 0 }])
      })

      it("never returns expired, revoked, lapsed or suspended-producer products", async () => {
        for (const q of ["lac sen", "dua chuot baby", "ruoc kem", "tra sen"]) {
          const response = await api.get(`/store/ocop/search?q=${encodeURIComponent(q)}`, store())
          expect(response.status).toBe(200)
          expect(response.data.hits).toEqual([])
          expect(response.data.total).toBe(0)
          expect(response.data.facets.group).toEqual({})
        }
      })

      it("answers hostile but harmless queries with 200", async () => {
        const queries = [
          `q=${encodeURIComponent("'; DROP TABLE product; --")}`,
          `q=${encodeURIComponent("mien & | ! :* (dong)")}`,
          `q=${encodeURIComponent("🍯🐝")}`,
          `q=${encodeURIComponent("mật ong ".repeat(62).slice(0, 500))}`,
          "q=",
        ]
        for (const query of queries) {
          const response = await api.get(`/store/ocop/search?${query}`, store())
          expect(response.status, query).toBe(200)
          expect(Array.isArray(response.data.hits)).toBe(true)
        }
      })

      it("rejects bad input with a 400 that says why", async () => {
        const cases: [string, RegExp][] = [
          [`q=${"a".repeat(501)}`, /q must be at most 500 characters/],
          ["group=furniture", /group must be one of food, drinks/],
          ["stars=2", /stars must be 3, 4 or 5/],
          ["province=Lào%20Cai", /province must be a handle/],
          ["price_min=abc", /price_min must be a whole number/],
          ["price_min=500000&price_max=100000", /price_min must not be above price_max/],
          ["sort=cheapest", /sort must be one of relevance/],
          ["limit=1000", /limit must be at most 100/],
          ["pickup=yes", /pickup must be true or false/],
          ["color=red", /unknown query parameter\(s\): color/],
        ]
        for (const [query, message] of cases) {
          const response = await api.get(`/store/ocop/search?${query}`, store())
          expect(response.status, query).toBe(400)
          expect(response.data.message).toMatch(message)
        }
      })

      it("requires a publishable API key", async () => {
        const response = await api.get("/store/ocop/search?q=mien", { validateStatus: () => true })
        expect(response.status).toBe(400)
      })

      it("drops a product the second its certificate lapses, before any job runs", async () => {
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const [certificate] = await certification.listCertificates({ stars: 3 })
        const lapsesAt = new Date(Date.now() + 6000)
        await certification.updateCertificates({ id: certificate!.id, valid_until: lapsesAt })
        const [product] = (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], filters: { handle: fixture.handles.sellable } })).data
        await getContainer().resolve(Modules.WORKFLOW_ENGINE).run("sync-product-listing", { input: { product_ids: [product.id], rows_only: true }, throwOnError: true })
        const search = getContainer().resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
        await eventually(
          async () => (await search.search({ q: "mien dong", now: new Date(0) })).hits[0]?.certificate.validUntil === lapsesAt.toISOString(),
          "the index holds the new validity"
        )
        expect(await searchHandles("q=mien%20dong")).toEqual([fixture.handles.sellable])
        await new Promise((resolve) => setTimeout(resolve, lapsesAt.getTime() - Date.now() + 300))
        expect(await searchHandles("q=mien%20dong")).toEqual([])
        expect(await searchHandles("")).not.toContain(fixture.handles.sellable)
      })

      it("hides a product the moment its certificate is revoked, and removes it from the index", async () => {
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const [certificate] = await certification.listCertificates({ stars: 5 })
        await getContainer().resolve(Modules.WORKFLOW_ENGINE).run("change-certificate-status", {
          input: { certificate_id: certificate!.id, action: "revoke", reason: "Kiểm tra sau chứng nhận không đạt", actor: "test" },
          throwOnError: true,
        })
        expect(await searchHandles("q=mat%20hoa%20dua")).toEqual([])
        const search = getContainer().resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
        await eventually(async () => (await search.search({ q: "mat hoa dua", now: new Date(0) })).total === 0, "the revoked product leaves the index")
      })

      it("takes a suspended producer's products out of search", async () => {
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const [producer] = await producers.listProducers({ handle: "htx-tai-hoan" })
        await producers.updateProducers({ id: producer!.id, status: "suspended" })
        const search = getContainer().resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE)
        await eventually(async () => (await search.search({ q: "mien dong", now: new Date(0) })).total === 0, "the producer's product leaves the index")
        expect(await searchHandles("q=mien%20dong")).toEqual([])
        const catalogue = await api.get("/store/ocop/products", store())
        expect(catalogue.data.products).toEqual([])
      })
    })
  },
})
