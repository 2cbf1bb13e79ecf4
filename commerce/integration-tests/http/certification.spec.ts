import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readVariantProductFacts, type VariantProductFacts } from "../../src/checkout/sellable-variants"
import { productMetadataLock } from "../../src/listing/metadata-lock"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"

const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    let admin: { headers: Record<string, string>; user: { id: string } }
    const asAdmin = () => ({ headers: admin.headers, validateStatus: () => true })
    const store = () => ({ headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })

    async function certificateOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "status", "metadata", "certificates.id", "certificates.status"], filters: { handle } })
      const product = data[0] as unknown as { id: string; status: string; metadata: Record<string, unknown> | null; certificates: { id: string; status: string }[] }
      return { product, certificate: product.certificates[0]! }
    }

    // Workflows run through the app's engine by name: importing them here would register them twice.
    async function runWorkflow<T>(name: string, input: Record<string, unknown>): Promise<T> {
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
      const { result } = await engine.run(name, { input, throwOnError: true })
      return result as T
    }

    async function storeHandles(): Promise<string[]> {
      const response = await api.get("/store/ocop/products", store())
      return response.data.products.map((p: { handle: string }) => p.handle)
    }

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      admin = await createAdminHeaders(getContainer())
      await new Promise((resolve) => setTimeout(resolve, 2000))
    })

    describe("authentication", () => {
      it.each([
        ["get", "/admin/ocop/certificates"],
        ["get", "/admin/ocop/certificates/summary"],
        ["post", "/admin/ocop/certificates"],
        ["post", "/admin/ocop/certificates/cert_01JAAAAAAAAAAAAAAAAAAAAAAA/revoke"],
      ] as const)("refuses %s %s without an admin session", async (method, path) => {
        const response = method === "get" ? await api.get(path, { validateStatus: () => true }) : await api.post(path, { reason: "test" }, { validateStatus: () => true })
        expect(response.status).toBe(401)
      })
    })

    describe("suspend, reinstate and revoke", () => {
      it("suspending takes the product out of the shop at once, records who and why, and reinstating brings it back", async () => {
        const { certificate } = await certificateOf(fixture.handles.sellable)
        const suspended = await api.post(`/admin/ocop/certificates/${certificate.id}/suspend`, { reason: "Kiểm tra an toàn thực phẩm" }, asAdmin())
        expect(suspended.status).toBe(200)
        expect(suspended.data.certificate).toMatchObject({ status: "suspended", status_reason: "Kiểm tra an toàn thực phẩm" })
        expect(await storeHandles()).not.toContain(fixture.handles.sellable)
        expect((await certificateOf(fixture.handles.sellable)).product.status).toBe("draft")
        expect((await api.get(`/store/ocop/products/${fixture.handles.sellable}`, store())).data.reason).toBe("certificate_suspended")

        const reinstated = await api.post(`/admin/ocop/certificates/${certificate.id}/reinstate`, {}, asAdmin())
        expect(reinstated.status).toBe(200)
        expect(reinstated.data.certificate.status).toBe("active")
        expect(await storeHandles()).toContain(fixture.handles.sellable)
        expect((await certificateOf(fixture.handles.sellable)).product.status).toBe("published")

        const detail = await api.get(`/admin/ocop/certificates/${certificate.id}`, asAdmin())
        expect(detail.data.certificate.events.map((e: { type: string }) => e.type)).toEqual(["reinstated", "suspended"])
        expect(detail.data.certificate.events[1]).toMatchObject({ actor: admin.user.id, actor_name: "Văn phòng OCOP (vanphong@ocop.test)", reason: "Kiểm tra an toàn thực phẩm", from_status: "active", to_status: "suspended" })
      })

      it("keeps what a producer saved on the product while a suspension was being applied to it", async () => {
        const container = getContainer()
        const products = container.resolve(Modules.PRODUCT)
        const { product, certificate } = await certificateOf(fixture.handles.sellable)
        await products.updateProducts(product.id, { metadata: { delivery_area: "thai-nguyen" } })
        // The suspension reads the product, then waits for the product's metadata lock, held here by a
        // producer's edit that changes the delivery area meanwhile.
        let finishEdit!: () => void
        const editing = container.resolve(Modules.LOCKING).execute(productMetadataLock(product.id), () => new Promise<void>((resolve) => (finishEdit = resolve)))
        const suspending = api.post(`/admin/ocop/certificates/${certificate.id}/suspend`, { reason: "Kiểm tra nhãn mác" }, asAdmin())
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect((await certificateOf(fixture.handles.sellable)).product.status).toBe("published")
        await products.updateProducts(product.id, { metadata: { delivery_area: "ha-noi" } })
        finishEdit()
        await editing
        expect((await suspending).status).toBe(200)

        const suspended = await certificateOf(fixture.handles.sellable)
        expect(suspended.product.status).toBe("draft")
        expect(suspended.product.metadata).toMatchObject({ delivery_area: "ha-noi", ocop_delisted: { reason: "certificate_suspended" } })

        expect((await api.post(`/admin/ocop/certificates/${certificate.id}/reinstate`, {}, asAdmin())).status).toBe(200)
        const reinstated = await certificateOf(fixture.handles.sellable)
        expect(reinstated.product.status).toBe("published")
        expect(reinstated.product.metadata).toMatchObject({ delivery_area: "ha-noi", ocop_delisted: null })
        await products.updateProducts(product.id, { metadata: { delivery_area: "" } })
      })

      it("revoking delists the product and notifies the programme office and the producer's portal members", async () => {
        const { certificate } = await certificateOf(fixture.handles.fiveStar)
        const { data: owned } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["producer.id"], filters: { handle: fixture.handles.fiveStar } })
        const producerId = (owned[0] as unknown as { producer: { id: string } }).producer.id
        await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).createProducerMembers({ producer_id: producerId, email: "chu.the.5sao@ocop.test", name: "Chủ thể", role: "owner" })
        const response = await api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, { reason: "Vi phạm quy chế quản lý sản phẩm OCOP" }, asAdmin())
        expect(response.status).toBe(200)
        expect(await storeHandles()).not.toContain(fixture.handles.fiveStar)
        await new Promise((resolve) => setTimeout(resolve, 500))
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: certificate.id })
        expect(notifications.some((n) => n.template === "certificate-status-changed" && n.to === "vanphong@ocop.test")).toBe(true)
        expect(notifications.some((n) => n.template === "certificate-status-changed" && n.to === "chu.the.5sao@ocop.test")).toBe(true)
      })

      it.each([
        ["suspend without a reason", "suspend", {}, 400, /reason/],
        ["suspend with an empty reason", "suspend", { reason: "  " }, 400, /reason must say why/],
        ["revoke with an unknown field", "revoke", { reason: "lý do rõ ràng", extra: 1 }, 400, /unknown body parameter\(s\): extra/],
        ["reinstate an active certificate", "reinstate", {}, 400, /cannot be reinstated/],
      ] as const)("answers %s with a clear message and changes nothing", async (_label, action, body, status, message) => {
        const { certificate } = await certificateOf(fixture.handles.sellable)
        const response = await api.post(`/admin/ocop/certificates/${certificate.id}/${action}`, body, asAdmin())
        expect(response.status).toBe(status)
        expect(response.data.message).toMatch(message)
        const after = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).listCertificateEvents({ certificate_id: certificate.id })
        expect(after).toHaveLength(0)
        expect(await storeHandles()).toContain(fixture.handles.sellable)
      })

      it("answers 404 for an unknown certificate and 400 for a malformed id", async () => {
        expect((await api.post("/admin/ocop/certificates/cert_01JAAAAAAAAAAAAAAAAAAAAAAA/suspend", { reason: "không có" }, asAdmin())).status).toBe(404)
        expect((await api.post("/admin/ocop/certificates/not-an-id/suspend", { reason: "không có" }, asAdmin())).status).toBe(400)
      })
    })

    describe("issue and renew", () => {
      it("issues a certificate for products and refuses a score that does not match the stars", async () => {
        // A revoked certificate is no longer in force: the product may be certified anew.
        const { product } = await certificateOf(fixture.handles.revoked)
        const bad = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [product.id], decision_number: "12/QĐ-UBND", decision_date: "2026-01-15", issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 4, score: 65, product_group: "food" },
          asAdmin()
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/A score of 65 earns 3 stars, not 4/)

        const issued = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [product.id], decision_number: "12/QĐ-UBND", decision_date: "2026-01-15", issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 4, score: 78.5, product_group: "food" },
          asAdmin()
        )
        expect(issued.status).toBe(201)
        expect(issued.data.certificate).toMatchObject({ stars: 4, status: "active", valid_until: "2029-01-14T16:59:59.999Z" })
        expect(issued.data.certificate.products.map((p: { id: string }) => p.id)).toEqual([product.id])

        // A second decision for it is a re-evaluation of this one, not another certificate.
        const second = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [product.id], decision_number: "13/QĐ-UBND", decision_date: "2026-02-01", issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 5, product_group: "food" },
          asAdmin()
        )
        expect(second.status).toBe(409)
        expect(second.data.message).toContain("đã có giấy chứng nhận OCOP còn hiệu lực (Quyết định 12/QĐ-UBND, đến 14/01/2029)")
        expect(second.data.message).toContain("renew that certificate instead of issuing another")
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        expect(await certification.listCertificates({ decision_number: "13/QĐ-UBND" })).toHaveLength(0)
      })

      it("does not reinstate a suspended certificate over the one issued for its product in the meantime", async () => {
        const { product, certificate } = await certificateOf(fixture.handles.fiveStar)
        expect((await api.post(`/admin/ocop/certificates/${certificate.id}/suspend`, { reason: "Kiểm tra lại chất lượng" }, asAdmin())).status).toBe(200)
        const reassessed = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [product.id], decision_number: "31/QĐ-UBND", decision_date: "2026-11-02", issuing_authority_name: "UBND tỉnh Hưng Yên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 4, product_group: "food" },
          asAdmin()
        )
        expect(reassessed.status).toBe(201)
        const reinstated = await api.post(`/admin/ocop/certificates/${certificate.id}/reinstate`, {}, asAdmin())
        expect(reinstated.status).toBe(409)
        expect(reinstated.data.message).toContain("Quyết định 31/QĐ-UBND")
        expect(reinstated.data.message).toContain("không khôi phục giấy cũ khi đã có giấy mới hơn")
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        expect((await certification.retrieveCertificate(certificate.id)).status).toBe("suspended")
      })

      it.each([
        ["no products", { product_ids: [] }, /product_ids must name at least one product/],
        ["an unknown product", { product_ids: ["prod_01JAAAAAAAAAAAAAAAAAAAAAAA"] }, /Unknown product/],
        ["2 stars", { stars: 2 }, /stars must be 3, 4 or 5/],
        ["a future decision date", { decision_date: "2099-01-01" }, /cannot be in the future/],
        ["a decision whose 36 months are over", { decision_date: "2020-01-30" }, /quyết định ký quá 36 tháng trước.* \/ is more than 36 months ago/],
        ["an impossible date", { decision_date: "2025-02-30" }, /decision_date/],
      ])("refuses to issue with %s", async (_label, override, message) => {
        const { product } = await certificateOf(fixture.handles.sellable)
        const response = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [product.id], decision_number: "7/QĐ-UBND", decision_date: "2026-01-15", issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 3, product_group: "food", ...override },
          asAdmin()
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        expect(await certification.listCertificates({ decision_number: "7/QĐ-UBND" })).toHaveLength(0)
      })

      it("renewing an expired certificate relists the product with its new stars", async () => {
        const { certificate } = await certificateOf(fixture.handles.expired)
        expect(await storeHandles()).not.toContain(fixture.handles.expired)
        // A province does not recognise 5 stars: refused, with nothing written.
        const misissued = await api.post(
          `/admin/ocop/certificates/${certificate.id}/renew`,
          { decision_number: "2000/QĐ-UBND", decision_date: "2026-10-01", issuing_authority_name: "UBND tỉnh Thanh Hóa", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 5 },
          asAdmin()
        )
        expect(misissued.status).toBe(400)
        expect(misissued.data.message).toMatch(/^Theo QĐ 1489\/2025, sản phẩm 5 sao do Bộ \(cấp trung ương\) công nhận, không phải UBND cấp tỉnh\./)
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        expect(await certification.listCertificates({ decision_number: "2000/QĐ-UBND" })).toHaveLength(0)

        const renewed = await api.post(
          `/admin/ocop/certificates/${certificate.id}/renew`,
          { decision_number: "2001/QĐ-UBND", decision_date: "2026-10-01", issuing_authority_name: "UBND tỉnh Thanh Hóa", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 3, score: 62 },
          asAdmin()
        )
        expect(renewed.status).toBe(201)
        expect(renewed.data.certificate).toMatchObject({ stars: 3, status: "active", supersedes_id: certificate.id })
        const cards = (await api.get("/store/ocop/products", store())).data.products
        expect(cards.find((c: { handle: string }) => c.handle === fixture.handles.expired)).toMatchObject({ stars: 3 })
        const old = await api.get(`/admin/ocop/certificates/${certificate.id}`, asAdmin())
        expect(old.data.certificate.superseded_by).toMatchObject({ id: renewed.data.certificate.id, decision_number: "2001/QĐ-UBND" })
        expect(old.data.certificate.events[0]).toMatchObject({ type: "superseded" })

        const again = await api.post(
          `/admin/ocop/certificates/${certificate.id}/renew`,
          { decision_number: "2002/QĐ-UBND", decision_date: "2026-10-02", issuing_authority_name: "UBND tỉnh Thanh Hóa", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 3 },
          asAdmin()
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^Giấy chứng nhận này đã được gia hạn bằng Quyết định 2001\/QĐ-UBND.* \/ This certificate was already renewed by decision 2001\/QĐ-UBND/)
      })

      it("refuses to renew a revoked certificate", async () => {
        const { certificate } = await certificateOf(fixture.handles.revoked)
        const response = await api.post(
          `/admin/ocop/certificates/${certificate.id}/renew`,
          { decision_number: "9/QĐ-UBND", decision_date: "2026-10-01", issuing_authority_name: "UBND tỉnh Hà Tĩnh", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 3 },
          asAdmin()
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^Không thể gia hạn giấy chứng nhận đã bị thu hồi.* \/ A revoked certificate cannot be renewed/)
      })
    })

    describe("listing and summary", () => {
      it("filters by status, stars and expiry window, and counts by status", async () => {
        const active = await api.get("/admin/ocop/certificates?status=active", asAdmin())
        expect(active.status).toBe(200)
        expect(active.data.certificates.every((c: { status: string }) => c.status === "active")).toBe(true)
        const fiveStar = await api.get("/admin/ocop/certificates?stars=5", asAdmin())
        expect(fiveStar.data.certificates.map((c: { products: { handle: string }[] }) => c.products[0]!.handle)).toEqual([fixture.handles.fiveStar])
        const expiringSoon = await api.get("/admin/ocop/certificates?expiring_within_days=1", asAdmin())
        expect(expiringSoon.data.count).toBe(0)
        const byProvince = await api.get(`/admin/ocop/certificates?province=${encodeURIComponent("Nghệ An")}`, asAdmin())
        expect(byProvince.data.certificates.map((c: { products: { handle: string }[] }) => c.products[0]!.handle)).toEqual([fixture.handles.suspendedProducer])

        const summary = await api.get("/admin/ocop/certificates/summary", asAdmin())
        expect(summary.status).toBe(200)
        // "lac-sen" lapsed moments ago: still stored as active, already counted as expired.
        expect(summary.data.by_status).toEqual({ active: 3, suspended: 0, revoked: 1, expired: 2 })
        expect(summary.data.by_stars).toEqual({ "3": 1, "4": 1, "5": 1 })
      })

      it.each(["status=gone", "stars=6", "limit=0", "expiring_within_days=-3", "sort=name"])("answers 400 for ?%s", async (queryString) => {
        const response = await api.get(`/admin/ocop/certificates?${queryString}`, asAdmin())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^Invalid query: /)
      })

      it("shows a product's certificate and why it cannot be sold", async () => {
        const { product } = await certificateOf(fixture.handles.revoked)
        const response = await api.get(`/admin/ocop/products/${product.id}/certificate`, asAdmin())
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ sellable: false, reason: "certificate_revoked", current: { status: "revoked" } })
      })
    })

    describe("expiry", () => {
      // The real expiry job runs at every minute boundary; these tests set up their lapsed
      // certificate well clear of one, so what they observe is the read-time rule, not the job.
      async function clearOfMinuteBoundary() {
        const secondsLeft = 60 - new Date().getSeconds()
        if (secondsLeft < 10) await new Promise((resolve) => setTimeout(resolve, (secondsLeft + 3) * 1000))
        await runWorkflow("expire-certificates", {})
      }

      it("the clock passing valid_until hides the product before any job runs, and the job then makes stored state follow", async () => {
        await clearOfMinuteBoundary()
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const { certificate } = await certificateOf(fixture.handles.sellable)
        await certification.updateCertificates({ id: certificate.id, valid_until: new Date(Date.now() + 1500) })
        expect(await storeHandles()).toContain(fixture.handles.sellable)
        await new Promise((resolve) => setTimeout(resolve, 2000))

        const lapsed = await certificateOf(fixture.handles.sellable)
        expect(lapsed.certificate.status).toBe("active")
        expect(lapsed.product.status).toBe("published")
        expect(await storeHandles()).not.toContain(fixture.handles.sellable)
        expect((await api.get(`/store/ocop/products/${fixture.handles.sellable}`, store())).status).toBe(410)

        const result = await runWorkflow<string[]>("expire-certificates", {})
        expect(result).toEqual([certificate.id])
        const after = await certificateOf(fixture.handles.sellable)
        expect(after.certificate.status).toBe("expired")
        expect(after.product.status).toBe("draft")
        expect(after.product.metadata?.ocop_delisted).toMatchObject({ reason: "certificate_expired" })
        expect(await runWorkflow<string[]>("expire-certificates", {})).toEqual([])
      })

      it("expires certificates in batches, oldest first, with one history entry each", async () => {
        await clearOfMinuteBoundary()
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const expiredBefore = (await certification.listCertificateEvents({ type: "expired" })).length
        // 500 days ahead, the 400-day certificate and the 300-day one have both lapsed; the 900-day one has not.
        const later = new Date(Date.now() + 500 * DAY).toISOString()
        expect(await runWorkflow<string[]>("expire-certificates", { now: later, batch_size: 1 })).toHaveLength(1)
        expect(await runWorkflow<string[]>("expire-certificates", { now: later, batch_size: 1 })).toHaveLength(1)
        expect(await runWorkflow<string[]>("expire-certificates", { now: later, batch_size: 1 })).toHaveLength(0)
        const events = await certification.listCertificateEvents({ type: "expired" })
        expect(events).toHaveLength(expiredBefore + 2)
        expect(events.every((e) => e.actor === "system")).toBe(true)
        const [stillValid] = await certification.listCertificates({ stars: 5 })
        expect(stillValid!.status).toBe("active")
      })
    })

    describe("expiry reminders", () => {
      it("reminds 90, 30 and 7 days before expiry, each once", async () => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const { certificate } = await certificateOf(fixture.handles.sellable)
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const [stored] = await certification.listCertificates({ id: certificate.id })
        const until = new Date(stored!.valid_until).getTime()
        const at = (daysLeft: number) => new Date(until - daysLeft * DAY - 3600_000).toISOString()

        for (const [daysLeft, expected] of [[100, []], [89, [90]], [60, [90]], [29, [90, 30]], [6, [90, 30, 7]], [2, [90, 30, 7]]] as const) {
          await runWorkflow("send-certificate-expiry-reminders", { now: at(daysLeft) })
          const sent = await certification.listCertificateReminders({ certificate_id: certificate.id })
          expect(sent.map((r) => r.days_before).sort((a, b) => b - a), `${daysLeft} days left`).toEqual(expected)
        }
        const messages = await notifications.listNotifications({ resource_id: certificate.id, template: "certificate-expiry-reminder" })
        expect(messages).toHaveLength(3)
        expect(messages[0]!.to).toBe("vanphong@ocop.test")
      })
    })

    describe("cart", () => {
      async function variantOf(handle: string): Promise<string> {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle } })
        return (data[0] as unknown as { variants: { id: string }[] }).variants[0]!.id
      }

      it("accepts a sellable product and refuses one whose certificate lapsed or was revoked, saying why", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
        const cart = await api.post("/store/carts", { region_id: regions[0]!.id }, store())
        expect(cart.status).toBe(200)
        const cartId = cart.data.cart.id

        const ok = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(fixture.handles.sellable), quantity: 2 }, store())
        expect(ok.status).toBe(200)

        const lapsed = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(fixture.handles.lapsedMomentsAgo), quantity: 1 }, store())
        expect(lapsed.status).toBe(400)
        expect(lapsed.data.message).toMatch(/"Lạc sen" has an expired OCOP certificate/)

        const revoked = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(fixture.handles.revoked), quantity: 1 }, store())
        expect(revoked.status).toBe(400)
        expect(revoked.data.message).toMatch(/revoked OCOP certificate/)

        const after = await api.get(`/store/carts/${cartId}`, store())
        expect(after.data.cart.items).toHaveLength(1)
      })

      it("reads the listing facts of cart variants with one prepared statement that agrees with Medusa's query.graph", async () => {
        const container = getContainer()
        const variantIds = await Promise.all(Object.values(fixture.handles).map(variantOf))
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_variant",
          fields: ["id", "product.title", "product.status", "product.certificates.status", "product.certificates.valid_until", "product.certificates.decision_date", "product.producer.status"],
          filters: { id: variantIds },
        })
        const fromSql = await readVariantProductFacts(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), [...variantIds, "variant_khong_ton_tai"])
        // Dates come as Date objects from the graph and as ISO text from the statement; certificates in no set order.
        const comparable = ({ id, product }: VariantProductFacts) => ({
          id,
          product: {
            title: product.title,
            status: product.status,
            producer: product.producer ? { status: product.producer.status } : null,
            certificates: product.certificates
              .map((certificate) => ({ status: certificate.status, valid_until: new Date(certificate.valid_until).toISOString(), decision_date: new Date(certificate.decision_date).toISOString() }))
              .sort((a, b) => a.decision_date.localeCompare(b.decision_date)),
          },
        })
        const byId = (a: VariantProductFacts, b: VariantProductFacts) => a.id.localeCompare(b.id)
        expect(fromSql.map(comparable).sort(byId)).toEqual((data as unknown as VariantProductFacts[]).map(comparable).sort(byId))
        expect(fromSql).toHaveLength(Object.keys(fixture.handles).length)
        expect(new Set(fromSql.map((variant) => variant.product.producer?.status))).toEqual(new Set(["active", "suspended"]))
      })

      it("refuses a product whose certificate just lapsed in a cart created with its first items, and writes no cart", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
        const email = "tao-gio-voi-hang@ocop.test"
        const create = async (handles: string[]) =>
          api.post("/store/carts", { region_id: regions[0]!.id, email, items: await Promise.all(handles.map(async (handle) => ({ variant_id: await variantOf(handle), quantity: 1 }))) }, store())
        // The clock passes valid_until and no job has run yet: only the listing rule stands in the way.
        const certification = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const { certificate } = await certificateOf(fixture.handles.fiveStar)
        const [{ valid_until: validUntil }] = await certification.listCertificates({ id: certificate.id }, { select: ["valid_until"] })
        await certification.updateCertificates({ id: certificate.id, valid_until: new Date(Date.now() - 1000) })
        try {
          const refused = await create([fixture.handles.sellable, fixture.handles.fiveStar])
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/"Mật hoa dừa" has an expired OCOP certificate/)
          const { data: carts } = await query.graph({ entity: "cart", fields: ["id"], filters: { email } })
          expect(carts).toHaveLength(0)
        } finally {
          await certification.updateCertificates({ id: certificate.id, valid_until: validUntil })
        }

        const created = await create([fixture.handles.sellable])
        expect(created.status).toBe(200)
        expect(created.data.cart.items).toHaveLength(1)
      })

      it("blocks checkout of a line whose certificate was suspended after it entered the cart", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
        const cart = (await api.post("/store/carts", { region_id: regions[0]!.id }, store())).data.cart
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(fixture.handles.sellable), quantity: 1 }, store())
        await api.post(`/store/carts/${cart.id}`, { email: "khach@ocop.test" }, store())
        const collection = await api.post("/store/payment-collections", { cart_id: cart.id }, store())
        expect(collection.status).toBe(200)
        const session = await api.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
        expect(session.status).toBe(200)
        const { certificate } = await certificateOf(fixture.handles.sellable)
        await api.post(`/admin/ocop/certificates/${certificate.id}/suspend`, { reason: "Kiểm tra đột xuất" }, asAdmin())
        const completed = await api.post(`/store/carts/${cart.id}/complete`, {}, store())
        expect(completed.status).toBe(400)
        expect(JSON.stringify(completed.data)).toMatch(/suspended OCOP certificate/)
      })
    })
  },
})
