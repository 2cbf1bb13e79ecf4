import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { Agent } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { privateFileFolder, publicFileFolder } from "../../src/file-folders"
import moveReportPhotosOutOfStatic from "../../src/migration-scripts/move-report-photos-out-of-static"
import { CERTIFICATION_MODULE } from "../../src/modules/certification"
import type CertificationModuleService from "../../src/modules/certification/service"
import { STAMP_MODULE } from "../../src/modules/stamp"
import { parseSigningKeys, signSerial } from "../../src/modules/stamp/code"
import type StampModuleService from "../../src/modules/stamp/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"
import { createProducerMemberHeaders } from "../fixtures/producer"

// The development key medusa-config.ts falls back to outside production.
const devKeys = parseSigningKeys("dev:ocop-local-development-only")
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

/** Decodes the QR in every cell of an A4 stamp sheet rendered to PNG (layout as in src/stamps/sheet.ts). */
function decodeGrid(png: PNG, columns: number, rows: number): string[] {
  const scale = png.width / 595.28
  const cellWidth = (595.28 - 56) / columns
  const cellHeight = (841.89 - 56 - 22) / rows
  const found: string[] = []
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x0 = Math.round((28 + cellWidth * column) * scale)
      const y0 = Math.round((50 + cellHeight * row) * scale)
      const width = Math.round(cellWidth * scale)
      const height = Math.round(cellHeight * scale)
      const pixels = new Uint8ClampedArray(width * height * 4)
      for (let y = 0; y < height; y++) pixels.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + width) * 4), y * width * 4)
      const qr = jsQR(pixels, width, height)
      if (qr) found.push(qr.data)
    }
  }
  return found
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    let admin: { headers: Record<string, string>; user: { id: string } }
    let nextClient = 1
    // No pooled sockets: PDF rendering and database restores outlast the server's keep-alive, and a
    // request on a socket the server is closing fails with ECONNRESET.
    const freshConnections = new Agent({ keepAlive: false })
    const asAdmin = () => ({ headers: admin.headers, validateStatus: () => true, httpAgent: freshConnections })
    /** A distinct shopper per call (the verify route trusts X-Forwarded-For from loopback, i.e. the storefront). */
    const shopper = (ip = `198.51.100.${nextClient++ % 250}`, userAgent = "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36") => ({
      headers: { "x-publishable-api-key": fixture.publishableKey, "x-forwarded-for": ip, "user-agent": userAgent },
      validateStatus: () => true,
      httpAgent: freshConnections,
    })
    const verify = async (code: string, client = shopper()) => (await api.get(`/verify/stamps?code=${encodeURIComponent(code)}`, client)).data.verification

    async function productOf(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "certificates.id"], filters: { handle } })
      const product = data[0] as unknown as { id: string; certificates: { id: string }[] }
      return { id: product.id, certificateId: product.certificates[0]!.id }
    }

    async function issue(handle: string, body: Record<string, unknown> = {}) {
      const { id } = await productOf(handle)
      const response = await api.post("/admin/ocop/stamp-batches", { product_id: id, quantity: 3, ...body }, asAdmin())
      expect(response.status).toBe(201)
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const stamps = (await db("stamp").select("code", "position").where({ batch_id: response.data.stamp_batch.id }).orderBy("position")) as { code: string }[]
      return { batch: response.data.stamp_batch, codes: stamps.map((s) => s.code) }
    }

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      admin = await createAdminHeaders(getContainer())
    })

    describe("admin: issuing batches", () => {
      it("refuses every admin stamp route without an admin session", async () => {
        const routes = [
          ["get", "/admin/ocop/stamp-batches"],
          ["post", "/admin/ocop/stamp-batches"],
          ["get", "/admin/ocop/stamp-batches/stbt_01JAAAAAAAAAAAAAAAAAAAAAAA"],
          ["post", "/admin/ocop/stamp-batches/stbt_01JAAAAAAAAAAAAAAAAAAAAAAA/revoke"],
          ["get", "/admin/ocop/stamp-batches/stbt_01JAAAAAAAAAAAAAAAAAAAAAAA/pdf"],
          ["get", "/admin/ocop/stamp-products"],
          ["get", "/admin/ocop/stamp-reports"],
          ["post", "/admin/ocop/stamp-reports/strp_01JAAAAAAAAAAAAAAAAAAAAAAA/close"],
          ["post", "/admin/ocop/stamps/0123456789A/void"],
        ] as const
        for (const [method, path] of routes) {
          const response = method === "get" ? await api.get(path, { validateStatus: () => true }) : await api.post(path, { reason: "test" }, { validateStatus: () => true })
          expect(response.status, `${method} ${path}`).toBe(401)
        }
      })

      it("issues a batch with unique signed codes under the product's certificate", async () => {
        const { certificateId } = await productOf(fixture.handles.sellable)
        const { batch, codes } = await issue(fixture.handles.sellable, { quantity: 250, lot: "L2026-11", production_date: "2026-11-01", expiry_date: "2027-11-01" })
        expect(batch).toMatchObject({ quantity: 250, lot: "L2026-11", status: "active", certificate_id: certificateId, producer_handle: "htx-tai-hoan", issued_by: admin.user.id, production_date: "2026-10-31" })
        expect(codes).toHaveLength(250)
        expect(new Set(codes).size).toBe(250)
        for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/)
      })

      it.each([
        ["a zero quantity", { quantity: 0 }, /quantity must be at least 1/],
        ["more than 100,000 stamps", { quantity: 100_001 }, /at most 100,000/],
        ["a quantity written as text", { quantity: "10" }, /quantity must be a number/],
        ["a lot with accents and spaces", { lot: "lô số 1" }, /lot must be 1–20 characters/],
        ["an impossible date", { production_date: "2026-02-30" }, /real calendar date/],
        ["an expiry before production", { production_date: "2026-11-01", expiry_date: "2026-10-01" }, /expiry_date must be after production_date/],
        ["an unknown field", { colour: "red" }, /unknown body parameter\(s\): colour/],
      ])("answers %s with a clear 400", async (_label, body, message) => {
        const { id } = await productOf(fixture.handles.sellable)
        const response = await api.post("/admin/ocop/stamp-batches", { product_id: id, quantity: 5, ...body }, asAdmin())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("refuses stamps for a product whose certificate is expired or revoked, and for an unknown product", async () => {
        for (const handle of [fixture.handles.expired, fixture.handles.revoked]) {
          const { id } = await productOf(handle)
          const response = await api.post("/admin/ocop/stamp-batches", { product_id: id, quantity: 5 }, asAdmin())
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(/certificate is active and valid today/)
        }
        const unknown = await api.post("/admin/ocop/stamp-batches", { product_id: "prod_01JAAAAAAAAAAAAAAAAAAAAAAA", quantity: 5 }, asAdmin())
        expect(unknown.status).toBe(404)
        expect((await api.get("/admin/ocop/stamp-batches/stbt_01JAAAAAAAAAAAAAAAAAAAAAAA", asAdmin())).status).toBe(404)
        expect((await api.get("/admin/ocop/stamp-batches/not-an-id", asAdmin())).status).toBe(400)
      })

      it("lists batches newest first, filtered by product", async () => {
        const { id } = await productOf(fixture.handles.sellable)
        const { batch } = await issue(fixture.handles.sellable, { lot: "LIST-1" })
        const response = await api.get(`/admin/ocop/stamp-batches?product_id=${id}`, asAdmin())
        expect(response.status, JSON.stringify(response.data)).toBe(200)
        expect(response.data.stamp_batches[0]).toMatchObject({ id: batch.id, product_id: id, product_title: "Miến dong Tài Hoan", lot: "LIST-1" })
        expect(response.data.count).toBe(response.data.stamp_batches.length)
        expect((await api.get("/admin/ocop/stamp-batches?limit=0", asAdmin())).data.message).toMatch(/limit must be at least 1/)
      })
    })

    describe("reports", () => {
      it("stores a shopper's report with a photo for the admin", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const response = await api.post(
          "/store/ocop/stamps/reports",
          { code: codes[0], where_bought: "Chợ Đồng Xuân, Hà Nội", message: "Tem bị bong, nghi hàng giả", photo: { content_type: "image/png", data: PNG_1PX } },
          shopper()
        )
        expect(response.status).toBe(201)
        const list = await api.get("/admin/ocop/stamp-reports", asAdmin())
        expect(list.data.stamp_reports[0]).toMatchObject({ id: response.data.report.id, where_bought: "Chợ Đồng Xuân, Hà Nội", status: "open", product_title: "Miến dong Tài Hoan" })
        // The photo may show a receipt or a face: only a signed-in admin reads it, and nothing caches it.
        const photoUrl = list.data.stamp_reports[0].photo_url as string
        expect(photoUrl).toBe(`/admin/ocop/stamp-reports/${response.data.report.id}/photo`)
        const photo = await api.get(photoUrl, { ...asAdmin(), responseType: "arraybuffer" })
        expect(photo.status).toBe(200)
        expect(photo.headers["content-type"]).toBe("image/png")
        expect(photo.headers["cache-control"]).toBe("private, no-store")
        expect(Buffer.from(photo.data).equals(Buffer.from(PNG_1PX, "base64"))).toBe(true)
        expect((await api.get(photoUrl, { validateStatus: () => true })).status).toBe(401)
        // Stored privately under a name nobody can guess, and not served from the public file folder.
        const [stored] = await getContainer().resolve<StampModuleService>(STAMP_MODULE).listStampReports({ id: response.data.report.id })
        expect(stored!.photo_file_id).toMatch(/^private-\d+-stamp-report-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.png$/)
        expect((await api.get(`/static/${stored!.photo_file_id}`, { validateStatus: () => true })).status).toBe(404)
        expect((await api.get(`/static/${stored!.photo_file_id!.replace(/^private-/, "")}`, { validateStatus: () => true })).status).toBe(404)

        const withoutPhoto = await api.post("/store/ocop/stamps/reports", { code: codes[1], where_bought: "Chợ phiên", message: "Tem mờ" }, shopper())
        expect((await api.get(`/admin/ocop/stamp-reports/${withoutPhoto.data.report.id}/photo`, asAdmin())).status).toBe(404)
        expect((await api.get("/admin/ocop/stamp-reports/strp_01M8QA9VY274KSN7JCJ29QXZBE/photo", asAdmin())).status).toBe(404)
        expect((await api.get("/admin/ocop/stamp-reports/not-an-id/photo", asAdmin())).status).toBe(400)
      })

      it("moves photos stored in the public folder before the private one existed out of /static, once", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const sent = async (code: string) => (await api.post("/store/ocop/stamps/reports", { code, where_bought: "Chợ", message: "Tem cũ", photo: { content_type: "image/png", data: PNG_1PX } }, shopper())).data.report.id as string
        const reportIds = [await sent(codes[0]!), await sent(codes[1]!)]
        const stamps = getContainer().resolve<StampModuleService>(STAMP_MODULE)
        // As earlier releases left them: one under a "private-" key, one under a plain key, both in /static.
        const keys = [`private-${Date.now()}-stamp-report-old.png`, `${Date.now()}-stamp-report-older.png`]
        for (const [index, id] of reportIds.entries()) {
          const [report] = await stamps.listStampReports({ id })
          rmSync(join(privateFileFolder(), report!.photo_file_id!))
          writeFileSync(join(publicFileFolder(), keys[index]!), Buffer.from(PNG_1PX, "base64"))
          await stamps.updateStampReports({ id, photo_file_id: keys[index]! })
        }
        expect((await api.get(`/static/${keys[1]}`, { validateStatus: () => true })).status).toBe(200)

        await moveReportPhotosOutOfStatic({ container: getContainer() })
        for (const [index, id] of reportIds.entries()) {
          expect(existsSync(join(publicFileFolder(), keys[index]!))).toBe(false)
          const photo = await api.get(`/admin/ocop/stamp-reports/${id}/photo`, { ...asAdmin(), responseType: "arraybuffer" })
          expect(photo.status).toBe(200)
          expect(Buffer.from(photo.data).equals(Buffer.from(PNG_1PX, "base64"))).toBe(true)
        }
        expect((await api.get(`/static/${keys[1]}`, { validateStatus: () => true })).status).toBe(404)
        // Run again (a second migrate), nothing is lost.
        await moveReportPhotosOutOfStatic({ container: getContainer() })
        expect((await api.get(`/admin/ocop/stamp-reports/${reportIds[1]}/photo`, asAdmin())).status).toBe(200)
      })

      it("lets the admin close an open report once, as resolved or dismissed, with a note", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const report = async (code: string) => (await api.post("/store/ocop/stamps/reports", { code, where_bought: "Chợ phiên Bắc Hà", message: "Tem nghi giả" }, shopper())).data.report.id as string
        const genuine = await report(codes[0]!)
        const forged = await report("NOT-A-CODE")
        const close = (id: string, body: Record<string, unknown>) => api.post(`/admin/ocop/stamp-reports/${id}/close`, body, asAdmin())

        for (const [body, message] of [
          [{ outcome: "closed", note: "Đã xử lý" }, /outcome must be resolved or dismissed/],
          [{ outcome: "resolved" }, /note is required/],
          [{ outcome: "resolved", note: "  " }, /note must say what was done/],
          [{ outcome: "resolved", note: "Đã xử lý", colour: "red" }, /unknown body parameter\(s\): colour/],
        ] as const) {
          const refused = await close(genuine, body)
          expect(refused.status, JSON.stringify(body)).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        expect((await close("not-a-report", { outcome: "resolved", note: "Đã xử lý" })).data.message).toMatch(/id must be a stamp report id/)
        const unknown = await close("strp_01JAAAAAAAAAAAAAAAAAAAAAAA", { outcome: "resolved", note: "Đã xử lý" })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/strp_01JAAAAAAAAAAAAAAAAAAAAAAA/)

        const resolved = await close(genuine, { outcome: "resolved", note: "  Đã kiểm tra quầy, thu hồi hàng giả  " })
        expect(resolved.status).toBe(200)
        expect(resolved.data.stamp_report).toMatchObject({ id: genuine, status: "resolved", resolution_note: "Đã kiểm tra quầy, thu hồi hàng giả", closed_by: admin.user.id })
        expect(Date.now() - new Date(resolved.data.stamp_report.closed_at).getTime()).toBeLessThan(60_000)
        expect((await close(forged, { outcome: "dismissed", note: "Mã gõ nhầm" })).data.stamp_report.status).toBe("dismissed")

        // Closed is final: a second decision is refused and the first one stays.
        for (const outcome of ["resolved", "dismissed"]) {
          const again = await close(genuine, { outcome, note: "lần hai" })
          expect(again.status).toBe(409)
          expect(again.data.message).toMatch(/was already resolved on \d{4}-\d{2}-\d{2}; only an open report can be closed/)
        }
        const open = await api.get("/admin/ocop/stamp-reports?status=open", asAdmin())
        expect(open.data.stamp_reports.map((r: { id: string }) => r.id)).not.toContain(genuine)
        const done = await api.get("/admin/ocop/stamp-reports?status=resolved", asAdmin())
        expect(done.data.stamp_reports).toEqual([expect.objectContaining({ id: genuine, resolution_note: "Đã kiểm tra quầy, thu hồi hàng giả" })])
        expect((await api.get("/admin/ocop/stamp-reports?status=closed", asAdmin())).data.message).toMatch(/status must be open, resolved or dismissed/)
      })

      it.each([
        ["no message", { where_bought: "Chợ", message: "" }, /message must describe the problem/],
        ["a photo of the wrong type", { where_bought: "Chợ", message: "Tem lạ", photo: { content_type: "image/gif", data: PNG_1PX } }, /JPEG, PNG or WebP/],
        ["a photo that is not what it claims", { where_bought: "Chợ", message: "Tem lạ", photo: { content_type: "image/jpeg", data: PNG_1PX } }, /not a image\/jpeg image/],
        ["a photo over 2 MB", { where_bought: "Chợ", message: "Tem lạ", photo: { content_type: "image/png", data: "A".repeat(2_900_000) } }, /at most 2 MB/],
      ])("answers a report with %s with a clear 400", async (_label, body, message) => {
        const response = await api.post("/store/ocop/stamps/reports", { code: "ABC", ...body }, shopper())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("PDF sheets", () => {
      it("renders A4 sheets whose QR codes decode to URLs that verify", async () => {
        const { batch, codes } = await issue(fixture.handles.sellable, { quantity: 12 })
        const response = await api.get(`/admin/ocop/stamp-batches/${batch.id}/pdf?columns=4&rows=5`, { ...asAdmin(), responseType: "arraybuffer" })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("application/pdf")
        const pdf = Buffer.from(response.data)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        expect(pdf.toString("latin1")).toMatch(/BeVietnamPro/)

        const dir = mkdtempSync(join(tmpdir(), "stamp-pdf-"))
        try {
          writeFileSync(join(dir, "sheet.pdf"), pdf)
          execFileSync("pdftoppm", ["-r", "200", "-png", join(dir, "sheet.pdf"), join(dir, "page")])
          const pages = readdirSync(dir).filter((f) => f.endsWith(".png"))
          expect(pages).toHaveLength(1)
          // A phone reads one stamp at a time: decode each cell of the 4×5 grid on its own.
          const decoded = decodeGrid(PNG.sync.read(readFileSync(join(dir, pages[0]!))), 4, 5)
          expect(decoded.sort()).toEqual(codes.map((code) => `http://localhost:4321/v/${code}`).sort())
          const path = new URL(decoded[0]!).pathname
          // Rendering and decoding outlast the server's keep-alive: ask on a fresh connection.
          const client = shopper()
          const answer = await api.get(`/verify/stamps?code=${path.replace("/v/", "")}`, { ...client, headers: { ...client.headers, connection: "close" } })
          expect(answer.data.verification.state).toBe("genuine")
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      })

      it("refuses a grid too dense for 15 mm QR codes", async () => {
        const { batch } = await issue(fixture.handles.sellable)
        const response = await api.get(`/admin/ocop/stamp-batches/${batch.id}/pdf?columns=10&rows=14`, asAdmin())
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/at least 15 mm/)
      })
    })

    describe("verify", () => {
      it("answers genuine with the product, producer and certificate, and counts every verification", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const first = await verify(codes[0]!)
        expect(first).toMatchObject({
          state: "genuine",
          code: codes[0],
          verifications: { count: 1, first: true },
          product: { handle: fixture.handles.sellable, title: { vi: "Miến dong Tài Hoan", en: "Miến dong Tài Hoan (EN)" }, stars: 3 },
          producer: { handle: "htx-tai-hoan", name: "HTX Tài Hoan", province: "Thái Nguyên" },
          certificate: { status: "active", decisionNumber: "1978/QĐ-UBND", stars: 3 },
        })
        const second = await verify(codes[0]!.toLowerCase())
        expect(second.verifications).toMatchObject({ count: 2, first: false, firstAt: first.verifications.firstAt })
      })

      it.each([
        ["a forged code (one character changed)", (code: string) => code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11)],
        ["a truncated code", (code: string) => code.slice(0, 19)],
        ["an oversized code", (code: string) => code.repeat(50)],
        ["a well-signed code that was never issued", () => signSerial(devKeys, 123_456_789n)],
        ["garbage", () => "<script>alert(1)</script>"],
      ])("answers not_genuine for %s and records nothing", async (_label, mutate) => {
        const { batch, codes } = await issue(fixture.handles.sellable)
        const result = await verify(mutate(codes[0]!))
        expect(result).toEqual({ state: "not_genuine", code: null, serial: null, verifications: null, product: null, producer: null, certificate: null, batch: null, voided: null })
        const stats = await api.get(`/admin/ocop/stamp-batches/${batch.id}`, asAdmin())
        expect(stats.data.stamp_batch.stats.scans).toBe(0)
      })

      it("answers anyone without a key, and 400 when neither or both of code and link are given", async () => {
        expect((await api.get("/verify/stamps", shopper())).status).toBe(400)
        // Public: a scanner app needs no publishable key, only a code.
        const anonymous = await api.get("/verify/stamps?code=0123456789ABCDEFGHJK", { validateStatus: () => true, httpAgent: freshConnections })
        expect(anonymous.status).toBe(200)
        expect(anonymous.data.verification.state).toBe("not_genuine")
        expect((await api.get("/verify/stamps?code=A&link=/01/x", shopper())).status).toBe(400)
      })

      it("turns suspicious when more distinct devices than the threshold verify one stamp", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const states: string[] = []
        for (let device = 1; device <= 6; device++) states.push((await verify(codes[0]!, shopper(`203.0.113.${device}`, `Device ${device}`))).state)
        expect(states).toEqual(["genuine", "genuine", "genuine", "genuine", "genuine", "suspicious"])
        // The same five devices again are not a new pattern for a fresh stamp.
        for (let i = 0; i < 3; i++) expect((await verify(codes[1]!, shopper("203.0.113.1", "Device 1"))).state).toBe("genuine")
      })

      it("ranks a revoked batch above the certificate, and the certificate above a copied stamp", async () => {
        const { certificateId } = await productOf(fixture.handles.fiveStar)
        const { batch, codes } = await issue(fixture.handles.fiveStar)
        for (let device = 1; device <= 6; device++) await verify(codes[0]!, shopper(`192.0.2.${100 + device}`, `Copy ${device}`))
        expect((await verify(codes[0]!, shopper("192.0.2.107", "Copy 7"))).state).toBe("suspicious")
        expect((await api.post(`/admin/ocop/certificates/${certificateId}/suspend`, { reason: "Kiểm tra chất lượng" }, asAdmin())).status).toBe(200)
        try {
          expect((await verify(codes[0]!, shopper("192.0.2.108", "Copy 8"))).state).toBe("certificate_suspended")
          expect((await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, { reason: "Cuộn tem bị mất" }, asAdmin())).status).toBe(200)
          const revoked = await verify(codes[0]!, shopper("192.0.2.109", "Copy 9"))
          expect(revoked.state).toBe("batch_revoked")
          expect(revoked.verifications.count).toBe(9)
        } finally {
          await api.post(`/admin/ocop/certificates/${certificateId}/reinstate`, {}, asAdmin())
        }
      })

      it("follows the certificate: suspended, then valid again, then expired, each with its date", async () => {
        const { certificateId } = await productOf(fixture.handles.fiveStar)
        const { codes } = await issue(fixture.handles.fiveStar)
        const suspend = await api.post(`/admin/ocop/certificates/${certificateId}/suspend`, { reason: "Kiểm tra chất lượng" }, asAdmin())
        expect(suspend.status).toBe(200)
        const suspended = await verify(codes[0]!)
        expect(suspended.state).toBe("certificate_suspended")
        expect(suspended.certificate).toMatchObject({ status: "suspended", statusReason: "Kiểm tra chất lượng" })
        expect(Date.now() - new Date(suspended.certificate.statusChangedAt).getTime()).toBeLessThan(60_000)

        await api.post(`/admin/ocop/certificates/${certificateId}/reinstate`, {}, asAdmin())
        expect((await verify(codes[0]!)).state).toBe("genuine")

        // Lapsed a moment ago while the expiry job has not yet run: the clock decides.
        const lapsed = new Date(Date.now() - 1000)
        await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates({ id: certificateId, valid_until: lapsed })
        const expired = await verify(codes[1]!)
        expect(expired.state).toBe("certificate_expired")
        expect(expired.certificate.validUntil).toBe(lapsed.toISOString())
      })

      it("answers batch_revoked once the batch is revoked, with the reason, and refuses a second revocation", async () => {
        const { batch, codes } = await issue(fixture.handles.sellable)
        expect((await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, {}, asAdmin())).data.message).toMatch(/reason/)
        const revoke = await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, { reason: "Mất cuộn tem khi vận chuyển" }, asAdmin())
        expect(revoke.status).toBe(200)
        expect(revoke.data.stamp_batch).toMatchObject({ status: "revoked", revoked_reason: "Mất cuộn tem khi vận chuyển", revoked_by: admin.user.id })
        const result = await verify(codes[2]!)
        expect(result.state).toBe("batch_revoked")
        expect(result.batch).toMatchObject({ revokedReason: "Mất cuộn tem khi vận chuyển" })
        const again = await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, { reason: "lần hai" }, asAdmin())
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already revoked/)
      })

      it("verifies a GS1 Digital Link only under the product's real GTIN and lot", async () => {
        const { id } = await productOf(fixture.handles.sellable)
        await getContainer().resolve(Modules.PRODUCT).updateProducts(id, { metadata: { gtin: "8935049500018" } })
        const { batch, codes } = await issue(fixture.handles.sellable, { lot: "L7" })
        expect(batch.gtin).toBe("08935049500018")
        const link = (gtin: string, lot: string) => `/verify/stamps?link=${encodeURIComponent(`/01/${gtin}/10/${lot}/21/${codes[0]}`)}`
        expect((await api.get(link("08935049500018", "L7"), shopper())).data.verification.state).toBe("genuine")
        expect((await api.get(link("8935049500018", "L7"), shopper())).data.verification.state).toBe("genuine")
        expect((await api.get(link("08935049500025", "L7"), shopper())).data.verification.state).toBe("not_genuine")
        expect((await api.get(link("08935049500018", "L8"), shopper())).data.verification.state).toBe("not_genuine")
        expect((await api.get(link("08935049500017", "L7"), shopper())).data.verification.state).toBe("not_genuine")
        await getContainer().resolve(Modules.PRODUCT).updateProducts(id, { metadata: { gtin: null } })
      })

      it("shows per-batch scan statistics to the admin", async () => {
        const { batch, codes } = await issue(fixture.handles.sellable)
        await verify(codes[0]!, shopper("192.0.2.1", "A"))
        await verify(codes[0]!, shopper("192.0.2.2", "B"))
        await verify(codes[1]!, shopper("192.0.2.1", "A"))
        const response = await api.get(`/admin/ocop/stamp-batches/${batch.id}`, asAdmin())
        expect(response.data.stamp_batch.stats).toMatchObject({ scans: 3, stamps_verified: 2, devices: 2, by_verdict: { genuine: 3 } })

        // Per product: every batch of the product counts, revoked ones included; other products do not.
        const { id: productId } = await productOf(fixture.handles.sellable)
        const second = await issue(fixture.handles.sellable, { quantity: 5 })
        await api.post(`/admin/ocop/stamp-batches/${second.batch.id}/revoke`, { reason: "Mất cuộn tem" }, asAdmin())
        await verify(second.codes[0]!, shopper("192.0.2.3", "C"))
        const other = await issue(fixture.handles.fiveStar)
        await verify(other.codes[0]!, shopper("192.0.2.1", "A"))
        const products = await api.get(`/admin/ocop/stamp-products?product_id=${productId}`, asAdmin())
        expect(products.status).toBe(200)
        expect(products.data).toMatchObject({ count: 1, stamp_products: [{ product_id: productId, product_title: "Miến dong Tài Hoan", batches: 2, active_batches: 1, stamps_issued: 8 }] })
        expect(products.data.stamp_products[0].stats).toMatchObject({ scans: 4, stamps_verified: 3, devices: 3, by_verdict: { genuine: 3, batch_revoked: 1 } })
        const all = await api.get("/admin/ocop/stamp-products", asAdmin())
        expect(all.data.count).toBe(2)
        // Most recently issued first.
        expect(all.data.stamp_products.map((p: { product_id: string; stats: { scans: number } }) => [p.product_id, p.stats.scans])).toEqual([
          [other.batch.product_id, 1],
          [productId, 4],
        ])
        expect((await api.get("/admin/ocop/stamp-products?product_id=prod_x", asAdmin())).data.message).toMatch(/product_id must be a product id/)
      })

      it("limits verifications per client with a 429 and Retry-After", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const client = shopper("192.0.2.200", "Sweeper")
        const statuses: number[] = []
        for (let i = 0; i < 32; i++) statuses.push((await api.get(`/verify/stamps?code=${codes[0]}`, client)).status)
        expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
        const limited = await api.get(`/verify/stamps?code=${codes[0]}`, client)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data.type).toBe("rate_limited")
        expect((await api.get(`/verify/stamps?code=${codes[0]}`, shopper("192.0.2.201"))).status).toBe(200)
      })

      it("answers certificate_revoked after the certificate is revoked", async () => {
        const { certificateId } = await productOf(fixture.handles.sellable)
        const { codes } = await issue(fixture.handles.sellable)
        await api.post(`/admin/ocop/certificates/${certificateId}/revoke`, { reason: "Vi phạm quy chế OCOP" }, asAdmin())
        const result = await verify(codes[0]!)
        expect(result.state).toBe("certificate_revoked")
        expect(result.certificate).toMatchObject({ status: "revoked", statusReason: "Vi phạm quy chế OCOP" })
      })

      it("keeps a stamp printed under a revoked certificate revoked after the product is certified anew", async () => {
        const { id, certificateId } = await productOf(fixture.handles.sellable)
        const { codes } = await issue(fixture.handles.sellable)
        expect((await api.post(`/admin/ocop/certificates/${certificateId}/revoke`, { reason: "Gian lận hồ sơ chứng nhận" }, asAdmin())).status).toBe(200)
        const today = new Date().toISOString().slice(0, 10)
        const certified = await api.post(
          "/admin/ocop/certificates",
          { product_ids: [id], decision_number: "88/QĐ-UBND", decision_date: today, issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 3, product_group: "food" },
          asAdmin()
        )
        expect(certified.status, JSON.stringify(certified.data)).toBe(201)

        const old = await verify(codes[0]!)
        expect(old.state).toBe("certificate_revoked")
        expect(old.certificate).toMatchObject({ status: "revoked", decisionNumber: "1978/QĐ-UBND", statusReason: "Gian lận hồ sơ chứng nhận" })
        // Stamps issued under the new certificate are genuine.
        const fresh = await api.post("/admin/ocop/stamp-batches", { product_id: id, quantity: 1 }, asAdmin())
        expect(fresh.data.stamp_batch.certificate_id).toBe(certified.data.certificate.id)
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { code } = (await db("stamp").select("code").where({ batch_id: fresh.data.stamp_batch.id }).first()) as { code: string }
        expect((await verify(code)).state).toBe("genuine")
      })

      it("carries stamps printed under a renewed certificate forward to the new one", async () => {
        const { certificateId } = await productOf(fixture.handles.sellable)
        const { codes } = await issue(fixture.handles.sellable)
        const today = new Date().toISOString().slice(0, 10)
        const renewed = await api.post(
          `/admin/ocop/certificates/${certificateId}/renew`,
          { decision_number: "89/QĐ-UBND", decision_date: today, issuing_authority_name: "UBND tỉnh Thái Nguyên", issuing_authority_level: "province", regime: "qd_1489_2025", stars: 4 },
          asAdmin()
        )
        expect(renewed.status, JSON.stringify(renewed.data)).toBe(201)
        const result = await verify(codes[0]!)
        expect(result.state).toBe("genuine")
        expect(result.certificate).toMatchObject({ status: "active", decisionNumber: "89/QĐ-UBND", stars: 4 })
      })

      it("names the stamps seen as copied, per batch for the admin and per product for the producer", async () => {
        const { batch, codes } = await issue(fixture.handles.sellable, { quantity: 5 })
        for (let device = 1; device <= 7; device++) await verify(codes[2]!, shopper(`198.18.0.${device}`, `Copy ${device}`))
        await verify(codes[0]!, shopper("198.18.0.1", "Copy 1"))
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { serial } = (await db("stamp").select("serial").where({ code: codes[2] }).first()) as { serial: string }
        const expected = { count: 1, stamps: [{ code: codes[2], serial, devices: 7, scans: 7, suspicious_scans: 2, last_scan_at: expect.any(String), voided_at: null }] }

        const one = await api.get(`/admin/ocop/stamp-batches/${batch.id}`, asAdmin())
        expect(one.data.stamp_batch.stats.by_verdict).toMatchObject({ suspicious: 2 })
        expect(one.data.stamp_batch.suspicious_stamps).toEqual(expected)
        const listed = await api.get("/admin/ocop/stamp-batches", asAdmin())
        expect(listed.data.stamp_batches.find((b: { id: string }) => b.id === batch.id).suspicious_stamps).toEqual(expected)

        const [producer] = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ handle: "htx-tai-hoan" })
        const member = await createProducerMemberHeaders(getContainer(), producer!.id, "chu@tai-hoan.vn")
        const portal = await api.get("/producer/stamp-batches", { headers: member.headers, validateStatus: () => true })
        expect(portal.status, JSON.stringify(portal.data)).toBe(200)
        expect(portal.data.suspicious_alerts).toEqual([{ product_id: batch.product_id, product_title: "Miến dong Tài Hoan", suspicious_scans: 2, suspicious_stamps: expected }])

        // Voided, it stays named (shoppers were warned about it) and is marked as dealt with, for both.
        expect((await api.post(`/admin/ocop/stamps/${serial}/void`, { reason: "Mã bị sao chép, bán ở chợ Đồng Xuân" }, asAdmin())).status).toBe(200)
        expect((await verify(codes[2]!, shopper("198.18.0.8", "Copy 8"))).state).toBe("stamp_voided")
        const voided = { ...expected, stamps: [{ ...expected.stamps[0], devices: 8, scans: 8, voided_at: expect.any(String) }] }
        const after = await api.get(`/admin/ocop/stamp-batches/${batch.id}`, asAdmin())
        expect(after.data.stamp_batch.suspicious_stamps).toEqual(voided)
        expect(after.data.stamp_batch.stats.by_verdict).toMatchObject({ suspicious: 2, stamp_voided: 1 })
        const portalAfter = await api.get("/producer/stamp-batches", { headers: member.headers, validateStatus: () => true })
        expect(portalAfter.data.suspicious_alerts[0].suspicious_stamps).toEqual(voided)
      })
    })

    describe("admin: voiding one stamp", () => {
      const serialOf = async (code: string) => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return ((await db("stamp").select("serial").where({ code }).first()) as { serial: string }).serial
      }

      it("voids one stamp with its reason while the rest of the batch stays genuine, once only", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        expect((await verify(codes[0]!)).state).toBe("genuine")
        const serial = await serialOf(codes[0]!)
        // As a person types it from the package: lower case, in groups.
        const typed = `${serial.slice(0, 4)}-${serial.slice(4, 8)} ${serial.slice(8)}`.toLowerCase()
        const voided = await api.post(`/admin/ocop/stamps/${encodeURIComponent(typed)}/void`, { reason: "  Tem in hỏng, bị xé khỏi bao bì  " }, asAdmin())
        expect(voided.status, JSON.stringify(voided.data)).toBe(200)
        expect(voided.data.stamp).toMatchObject({ serial, code: codes[0], voided_reason: "Tem in hỏng, bị xé khỏi bao bì", voided_by: admin.user.id })

        const result = await verify(codes[0]!)
        expect(result.state).toBe("stamp_voided")
        expect(result.voided).toEqual({ at: new Date(voided.data.stamp.voided_at).toISOString(), reason: "Tem in hỏng, bị xé khỏi bao bì" })
        expect(result.verifications.count).toBe(2)
        expect(result.product).toMatchObject({ handle: fixture.handles.sellable })
        const neighbour = await verify(codes[1]!)
        expect(neighbour.state).toBe("genuine")
        expect(neighbour.voided).toBeNull()

        const again = await api.post(`/admin/ocop/stamps/${serial}/void`, { reason: "lần hai" }, asAdmin())
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already voided on \d{4}-\d{2}-\d{2}/)
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        expect(await db("stamp").first("voided_reason").where({ serial })).toEqual({ voided_reason: "Tem in hỏng, bị xé khỏi bao bì" })
      })

      it("ranks a revoked batch above a voided stamp", async () => {
        const { batch, codes } = await issue(fixture.handles.sellable)
        expect((await api.post(`/admin/ocop/stamps/${await serialOf(codes[0]!)}/void`, { reason: "Mã bị sao chép" }, asAdmin())).status).toBe(200)
        expect((await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, { reason: "Mất cuộn tem" }, asAdmin())).status).toBe(200)
        const result = await verify(codes[0]!)
        expect(result.state).toBe("batch_revoked")
        expect(result.voided).toMatchObject({ reason: "Mã bị sao chép" })
      })

      it.each([
        ["a serial of the wrong length", "0123456789", { reason: "Tem in hỏng" }, 400, /serial must be the 11 letters and digits/],
        ["a serial with a letter codes never use", "0123456789U", { reason: "Tem in hỏng" }, 400, /serial must be the 11 letters and digits/],
        ["no reason", "0123456789A", {}, 400, /reason is required/],
        ["a two-letter reason", "0123456789A", { reason: " ab " }, 400, /at least 3 characters/],
        ["an unknown field", "0123456789A", { reason: "Tem in hỏng", notify: true }, 400, /unknown body parameter\(s\): notify/],
        ["a serial no stamp has", "0123456789A", { reason: "Tem in hỏng" }, 404, /no stamp has serial 0123456789A/],
        ["a serial typed with O and I for 0 and 1, read as the digits", "oI23456789A", { reason: "Tem in hỏng" }, 404, /no stamp has serial 0123456789A/],
      ])("answers %s with a clear refusal", async (_label, serial, body, status, message) => {
        const response = await api.post(`/admin/ocop/stamps/${serial}/void`, body, asAdmin())
        expect(response.status).toBe(status)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("producer: voiding its own stamp", () => {
      const serialOf = async (code: string) => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return ((await db("stamp").select("serial").where({ code }).first()) as { serial: string }).serial
      }
      const memberOf = async (handle: string, email: string) => {
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const [producer] = await producers.listProducers({ handle })
        const { headers, member } = await createProducerMemberHeaders(getContainer(), producer!.id, email)
        return { member, as: () => ({ headers, validateStatus: () => true, httpAgent: freshConnections }) }
      }

      it("voids a stamp of its own products, recorded as the member's doing, once only", async () => {
        const { codes, batch } = await issue(fixture.handles.sellable)
        const owner = await memberOf("htx-tai-hoan", "kho@tai-hoan.vn")
        const serial = await serialOf(codes[1]!)
        const voided = await api.post(`/producer/stamps/${serial}/void`, { reason: "Tem in lệch, đã bóc bỏ" }, owner.as())
        expect(voided.status, JSON.stringify(voided.data)).toBe(200)
        expect(voided.data.stamp).toMatchObject({ serial, voided_reason: "Tem in lệch, đã bóc bỏ", voided_by: owner.member.id })
        const result = await verify(codes[1]!)
        expect(result.state).toBe("stamp_voided")
        expect(result.voided).toMatchObject({ reason: "Tem in lệch, đã bóc bỏ" })
        expect((await verify(codes[0]!)).state).toBe("genuine")

        // Every member hears of it, named as the one who did it.
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        await expect.poll(async () => (await notifications.listNotifications({ template: "stamp-voided", resource_id: voided.data.stamp.id, to: "kho@tai-hoan.vn" })).length, { timeout: 15_000 }).toBe(1)
        const [notice] = await notifications.listNotifications({ template: "stamp-voided", resource_id: voided.data.stamp.id, to: "kho@tai-hoan.vn" })
        expect(notice!.data).toMatchObject({ producer: "HTX Tài Hoan", product: "Miến dong Tài Hoan", serial, reason: "Tem in lệch, đã bóc bỏ", by_member: "kho" })

        const again = await api.post(`/producer/stamps/${serial}/void`, { reason: "lần hai" }, owner.as())
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/đã bị hủy ngày \d{2}\/\d{2}\/\d{4} \/ stamp \w+ was already voided on \d{4}-\d{2}-\d{2}/)

        // A misprint the office voids from the sheet, never scanned, is listed with the batch beside it, newest first.
        const misprint = await serialOf(codes[2]!)
        expect((await api.post(`/admin/ocop/stamps/${misprint}/void`, { reason: "In nhòe, không đọc được" }, asAdmin())).status).toBe(200)
        const expected = {
          count: 2,
          stamps: [
            { code: codes[2], serial: misprint, voided_at: expect.any(String), voided_reason: "In nhòe, không đọc được", voided_by: "office" },
            { code: codes[1], serial, voided_at: expect.any(String), voided_reason: "Tem in lệch, đã bóc bỏ", voided_by: "producer" },
          ],
        }
        expect((await api.get(`/admin/ocop/stamp-batches/${batch.id}`, asAdmin())).data.stamp_batch.voided_stamps).toEqual(expected)
        const listed = (await api.get("/admin/ocop/stamp-batches", asAdmin())).data.stamp_batches as { id: string; voided_stamps: unknown }[]
        expect(listed.find((row) => row.id === batch.id)!.voided_stamps).toEqual(expected)
        const inPortal = (await api.get("/producer/stamp-batches", owner.as())).data.stamp_batches as { id: string; voided_stamps: unknown }[]
        expect(inPortal.find((row) => row.id === batch.id)!.voided_stamps).toEqual(expected)
        expect(listed.filter((row) => row.id !== batch.id).map((row) => row.voided_stamps)).not.toContainEqual(expected)
      })

      it("tells the producer's members when the office revokes a batch of its stamps", async () => {
        const { batch } = await issue(fixture.handles.sellable, { lot: "L-THU-HOI" })
        await memberOf("htx-tai-hoan", "ke-toan@tai-hoan.vn")
        expect((await api.post(`/admin/ocop/stamp-batches/${batch.id}/revoke`, { reason: "Mất cuộn tem khi vận chuyển" }, asAdmin())).status).toBe(200)
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        await expect.poll(async () => (await notifications.listNotifications({ template: "stamp-batch-revoked", resource_id: batch.id, to: "ke-toan@tai-hoan.vn" })).length, { timeout: 15_000 }).toBe(1)
        const [notice] = await notifications.listNotifications({ template: "stamp-batch-revoked", resource_id: batch.id, to: "ke-toan@tai-hoan.vn" })
        expect(notice!.data).toMatchObject({ producer: "HTX Tài Hoan", product: "Miến dong Tài Hoan", lot: "L-THU-HOI", quantity: 3, reason: "Mất cuộn tem khi vận chuyển", by_member: null })
      })

      it("answers another producer's stamp as not found and leaves it genuine", async () => {
        const { codes } = await issue(fixture.handles.sellable)
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const [other] = await producers.createProducers([{ handle: "hkd-ca-phe-thu", name: "Hộ kinh doanh Cà phê Thu", type: "household_business", province: "Lâm Đồng", commune: "phường Xuân Hương - Đà Lạt" }])
        const { headers } = await createProducerMemberHeaders(getContainer(), other!.id, "thu@ca-phe.vn")
        const serial = await serialOf(codes[0]!)
        const refused = await api.post(`/producer/stamps/${serial}/void`, { reason: "Không phải tem của tôi" }, { headers, validateStatus: () => true, httpAgent: freshConnections })
        expect(refused.status).toBe(404)
        expect(refused.data.message).toMatch(`no stamp has serial ${serial}`)
        expect((await verify(codes[0]!)).state).toBe("genuine")
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        expect(await db("stamp").first("voided_at").where({ serial })).toEqual({ voided_at: null })
      })

      it("refuses a caller without a member session, a bad serial or a missing reason with a clear message", async () => {
        const anonymous = await api.post("/producer/stamps/0123456789A/void", { reason: "Tem in hỏng" }, { validateStatus: () => true, httpAgent: freshConnections })
        expect(anonymous.status).toBe(401)
        const owner = await memberOf("htx-tai-hoan", "ban-hang@tai-hoan.vn")
        const badSerial = await api.post("/producer/stamps/0123/void", { reason: "Tem in hỏng" }, owner.as())
        expect(badSerial.status).toBe(400)
        expect(badSerial.data.message).toMatch(/serial must be the 11 letters and digits/)
        const noReason = await api.post("/producer/stamps/0123456789A/void", { reason: "" }, owner.as())
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/at least 3 characters/)
      })
    })
  },
})
