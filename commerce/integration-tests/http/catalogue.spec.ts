import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { LISTING_MODULE } from "../../src/modules/listing"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import type ListingModuleService from "../../src/modules/listing/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"
import { readProductPage } from "../../src/listing/product-page-read"
import { productPageReads } from "../fixtures/product-page-reads"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      // The "lapsed moments ago" certificate runs out 1.5 s after creation; wait so it has lapsed
      // while its stored status still says active, as happens before the expiry job runs.
      await new Promise((resolve) => setTimeout(resolve, 2000))
    })

    describe("GET /store/ocop/products", () => {
      it("lists only products that may be sold right now", async () => {
        const response = await api.get("/store/ocop/products", store())
        expect(response.status).toBe(200)
        const handles = response.data.products.map((p: { handle: string }) => p.handle).sort()
        expect(handles).toEqual([fixture.handles.fiveStar, fixture.handles.sellable].sort())
        expect(response.data.count).toBe(2)
      })

      it.each([
        ["price_asc", ["mien-dong-tai-hoan", "mat-hoa-dua"]],
        ["price_desc", ["mat-hoa-dua", "mien-dong-tai-hoan"]],
        ["stars", ["mat-hoa-dua", "mien-dong-tai-hoan"]],
      ])("sorts by %s in the database", async (order, expected) => {
        const response = await api.get(`/store/ocop/products?order=${order}`, store())
        expect(response.data.products.map((p: { handle: string }) => p.handle)).toEqual(expected)
      })

      it("pages with limit and offset and keeps the total count", async () => {
        const first = await api.get("/store/ocop/products?order=price_asc&limit=1", store())
        const second = await api.get("/store/ocop/products?order=price_asc&limit=1&offset=1", store())
        expect(first.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect([first.data.products[0].handle, second.data.products[0].handle]).toEqual(["mien-dong-tai-hoan", "mat-hoa-dua"])
      })

      it("shows stars, VND price, certificate and producer on each card", async () => {
        const response = await api.get("/store/ocop/products?stars=5", store())
        expect(response.data.products).toHaveLength(1)
        const [card] = response.data.products
        expect(card).toMatchObject({
          handle: fixture.handles.fiveStar,
          title: { vi: "Mật hoa dừa", en: "Mật hoa dừa (EN)" },
          stars: 5,
          priceVnd: 175000,
          // Fixture variants keep no stock (like a tourism service): availability is not tracked.
          available: null,
          certificate: { status: "active", decisionNumber: "1978/QĐ-UBND", issuingAuthorityLevel: "province" },
          producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative", province: "Thái Nguyên" },
        })
      })

      it("hides a product the second its certificate is revoked, with no job involved", async () => {
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const [certificate] = await certification.listCertificates({ stars: 5 })
        await getContainer().resolve(Modules.WORKFLOW_ENGINE).run("change-certificate-status", {
          input: { certificate_id: certificate!.id, action: "revoke", reason: "Kiểm tra sau chứng nhận không đạt", actor: "test" },
          throwOnError: true,
        })
        const response = await api.get("/store/ocop/products", store())
        expect(response.data.products.map((p: { handle: string }) => p.handle)).toEqual([fixture.handles.sellable])
      })

      it.each([
        ["limit=abc", /limit/],
        ["limit=0", /limit must be at least 1/],
        ["limit=1000", /limit must be at most 100/],
        ["stars=2", /stars must be 3, 4 or 5/],
        ["order=cheapest", /order/],
        ["group=furniture", /group/],
        ["color=red", /unknown query parameter\(s\): color/],
      ])("answers 400 with a clear message for ?%s", async (queryString, message) => {
        const response = await api.get(`/store/ocop/products?${queryString}`, store())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("refuses requests without a publishable key", async () => {
        const response = await api.get("/store/ocop/products", { validateStatus: () => true })
        expect(response.status).toBe(400)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("returns a sellable product with its certificate, story, producer and the variant a cart adds", async () => {
        const response = await api.get(`/store/ocop/products/${fixture.handles.sellable}`, store())
        expect(response.status).toBe(200)
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["variants.id"], filters: { handle: fixture.handles.sellable } })
        expect(response.data.product).toMatchObject({
          handle: fixture.handles.sellable,
          stars: 3,
          priceVnd: 85000,
          story: { vi: "Câu chuyện", en: "Story" },
          certificate: { stars: 3, score: 65, status: "active" },
          variantId: (data[0] as { variants: { id: string }[] }).variants[0]!.id,
        })
      })

      it.each([
        ["expired", "certificate_expired"],
        ["lapsedMomentsAgo", "certificate_expired"],
        ["revoked", "certificate_revoked"],
        ["suspendedProducer", "producer_suspended"],
      ] as const)("answers 410 Gone for the %s product with the reason", async (which, reason) => {
        const response = await api.get(`/store/ocop/products/${fixture.handles[which]}`, store())
        expect(response.status).toBe(410)
        expect(response.data.reason).toBe(reason)
        expect(response.data.title.vi).toBeTruthy()
      })

      it("reads the product page with two prepared statements that agree with Medusa's query.graph", async () => {
        const container = getContainer()
        for (const handle of Object.values(fixture.handles)) {
          const [fromSql, fromGraph] = await productPageReads(container, handle)
          expect(fromSql, handle).toEqual(fromGraph)
        }
        expect(await readProductPage(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), "khong-ton-tai")).toBeUndefined()
      })

      it("answers 404 for an unknown handle and 400 for a malformed one", async () => {
        expect((await api.get("/store/ocop/products/khong-ton-tai", store())).status).toBe(404)
        const malformed = await api.get("/store/ocop/products/Bad%20Handle!", store())
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/handle must contain only lowercase letters/)
      })
    })

    describe("listing read model", () => {
      it("follows a product edited in the admin (title shown on the card)", async () => {
        const { headers } = await createAdminHeaders(getContainer(), "bientap@ocop.test")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: fixture.handles.sellable } })
        const edited = await api.post(`/admin/products/${(data[0] as { id: string }).id}`, { title: "Miến dong Tài Hoan loại đặc biệt" }, { headers, validateStatus: () => true })
        expect(edited.status).toBe(200)
        const deadline = Date.now() + 10_000
        let titles: string[] = []
        while (Date.now() < deadline) {
          const list = await api.get("/store/ocop/products?order=name", store())
          titles = list.data.products.map((p: { title: { vi: string } }) => p.title.vi)
          if (titles.includes("Miến dong Tài Hoan loại đặc biệt")) break
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        expect(titles).toContain("Miến dong Tài Hoan loại đặc biệt")
      })

      it("never lets an older read overwrite a newer one", async () => {
        const listing = getContainer().resolve<ListingModuleService>(LISTING_MODULE)
        const [row] = await listing.listProductListings({ handle: fixture.handles.fiveStar })
        const future = new Date(Date.now() + 60_000)
        await listing.updateProductListings({ id: row!.id, title: "đọc sau", synced_at: future })
        await getContainer().resolve(Modules.WORKFLOW_ENGINE).run("sync-product-listing", { input: { product_ids: [row!.product_id] }, throwOnError: true })
        const [after] = await listing.listProductListings({ id: row!.id })
        expect(after!.title).toBe("đọc sau")
      })
    })

    describe("GET /store/ocop/producers/:handle", () => {
      it("returns the producer's public card, and the catalogue filters by producer", async () => {
        const response = await api.get("/store/ocop/producers/htx-tai-hoan", store())
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({ handle: "htx-tai-hoan", name: "HTX Tài Hoan", type: "cooperative", province: "Thái Nguyên" })
        const products = await api.get("/store/ocop/products?producer=htx-tai-hoan", store())
        expect(products.data.products.map((p: { handle: string }) => p.handle).sort()).toEqual([fixture.handles.fiveStar, fixture.handles.sellable].sort())
        const suspended = await api.get("/store/ocop/products?producer=ho-kinh-doanh-tam-dung", store())
        expect(suspended.data.count).toBe(0)
      })

      it("answers 404 for an unknown producer and 400 for a malformed handle", async () => {
        expect((await api.get("/store/ocop/producers/khong-co", store())).status).toBe(404)
        expect((await api.get("/store/ocop/producers/Ko%20Co", store())).status).toBe(400)
      })
    })

    describe("GET /store/ocop/producers", () => {
      it("lists only active producers with products on sale, counting those products under the listing rule", async () => {
        // A producer with nothing on sale yet is not in the directory.
        await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).createProducers([{ handle: "htx-chua-co-san-pham", name: "HTX chưa có sản phẩm", type: "cooperative", province: "Thái Nguyên", commune: "xã Phú Lương" }])
        const response = await api.get("/store/ocop/producers", store())
        expect(response.status).toBe(200)
        // Of Tài Hoan's five products, the expired, revoked and just-lapsed ones are not counted; the suspended producer is absent.
        expect(response.data).toEqual({
          producers: [
            {
              handle: "htx-tai-hoan",
              name: "HTX Tài Hoan",
              type: "cooperative",
              province: "Thái Nguyên",
              provinceSlug: "thai-nguyen",
              commune: "xã Côn Minh",
              productsOnSale: 2,
              topStars: 5,
              groups: ["food"],
            },
          ],
          count: 1,
        })
      })

      it.each([
        ["province=thai-nguyen", /unknown query parameter\(s\): province/],
        ["limit=5", /unknown query parameter\(s\): limit/],
      ])("answers 400 with a clear message for ?%s", async (queryString, message) => {
        const response = await api.get(`/store/ocop/producers?${queryString}`, store())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("certificate invariants in the database", () => {
      it.each([
        ["a 2-star certificate", { stars: 2, score: null }],
        ["a 4-star certificate with a 3-star score", { stars: 4, score: 60 }],
        ["a score above 100", { stars: 5, score: 101 }],
      ])("rejects %s", async (_label, values) => {
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        await expect(
          certification.createCertificates({
            decision_number: "1/QĐ-UBND",
            decision_date: new Date("2025-01-01"),
            issuing_authority_name: "UBND tỉnh Sơn La",
            issuing_authority_level: "province",
            regime: "qd_148_2023",
            product_group: "food",
            valid_from: new Date("2025-01-01"),
            valid_until: new Date("2028-01-01"),
            ...values,
          })
        ).rejects.toThrow()
      })

      it("requires a reason to revoke", async () => {
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const [certificate] = await certification.listCertificates({ stars: 3, status: "active" })
        await expect(certification.updateCertificates({ id: certificate!.id, status: "revoked" })).rejects.toThrow()
      })
    })
  },
})
