import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture } from "../fixtures/catalogue"
import { createProducerMemberHeaders } from "../fixtures/producer"

type Headers = Record<string, string>

interface ListedProducer {
  id: string
  name: string
  handle: string
  status: string
  status_reason: string | null
  members_count: number
  products_count: number
  open_lines_count: number
}

const UNKNOWN_PRODUCER = "pdc_01M8QA9VY274KSN7JCJ29QXZBE"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let member: Headers
    // The catalogue fixture: HTX Tài Hoan (active, five products in every listing state) and a
    // suspended household business with one product.
    let taiHoan: string
    let suspended: string
    const asked = (headers: Headers = {}) => ({ headers, validateStatus: () => true })

    beforeAll(async () => {
      const container = getContainer()
      await createCatalogueFixture(container)
      admin = (await createAdminHeaders(container)).headers
      const producers = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({}, { select: ["id", "handle"] })
      taiHoan = producers.find((p) => p.handle === "htx-tai-hoan")!.id
      suspended = producers.find((p) => p.handle === "ho-kinh-doanh-tam-dung")!.id
      member = (await createProducerMemberHeaders(container, taiHoan, "chu@tai-hoan.vn")).headers
      // The fixture's "lapsed moments ago" certificate must have lapsed before the detail is read.
      await new Promise((resolve) => setTimeout(resolve, 2000))
    })

    const list = async (query = "") => {
      const response = await api.get(`/admin/ocop/producers${query}`, asked(admin))
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      return response.data as { producers: ListedProducer[]; count: number; limit: number; offset: number }
    }

    it("is for the programme office only: anonymous callers and producer members get 401", async () => {
      for (const path of ["/admin/ocop/producers", `/admin/ocop/producers/${taiHoan}`]) {
        expect((await api.get(path, asked())).status, path).toBe(401)
        expect((await api.get(path, asked(member))).status, path).toBe(401)
      }
    })

    it.each([
      ["?limit=101", "limit must be at most 100"],
      ["?limit=0", "limit must be at least 1"],
      ["?limit=ten", "limit must be a number"],
      ["?offset=-1", "offset cannot be negative"],
      ["?status=paused", "status must be active or suspended"],
      ["?q=", "q must not be empty"],
      ["?province=thai-nguyen", "unknown query parameter(s): province"],
    ])("answers GET /admin/ocop/producers%s with 400 saying %s", async (query, message) => {
      const response = await api.get(`/admin/ocop/producers${query}`, asked(admin))
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(message)
    })

    it("answers a malformed producer id with 400 and an unknown one with 404", async () => {
      const malformed = await api.get("/admin/ocop/producers/tai-hoan", asked(admin))
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toContain("id must be a producer id")
      expect((await api.get(`/admin/ocop/producers/${UNKNOWN_PRODUCER}`, asked(admin))).status).toBe(404)
    })

    it("lists producers by name with their member and product counts, a page at a time", async () => {
      const all = await list()
      expect(all).toMatchObject({ count: 2, limit: 20, offset: 0 })
      // "Hộ…" sorts before "HTX…" once marks are set aside.
      expect(all.producers).toEqual([
        {
          id: suspended,
          name: "Hộ kinh doanh tạm dừng",
          handle: "ho-kinh-doanh-tam-dung",
          type: "household_business",
          province: "Nghệ An",
          commune: "xã Kim Liên",
          status: "suspended",
          status_reason: null,
          members_count: 0,
          products_count: 1,
          open_lines_count: 0,
        },
        expect.objectContaining({ id: taiHoan, name: "HTX Tài Hoan", status: "active", members_count: 1, products_count: 5, open_lines_count: 0 }),
      ])

      const second = await list("?limit=1&offset=1")
      expect(second).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(second.producers.map((p) => p.id)).toEqual([taiHoan])
      expect(await list("?offset=10")).toMatchObject({ producers: [], count: 2 })
    })

    it.each([
      ["tai hoan", ["htx-tai-hoan"]],
      ["TÀI HOAN", ["htx-tai-hoan"]],
      ["tạm dừng", ["ho-kinh-doanh-tam-dung"]],
      ["tam dung", ["ho-kinh-doanh-tam-dung"]],
      ["h", ["ho-kinh-doanh-tam-dung", "htx-tai-hoan"]],
      ["%", []],
      ["hợp tác xã", []],
    ])("finds producers whose name contains %s, with or without accents", async (q, handles) => {
      const found = await list(`?q=${encodeURIComponent(q)}`)
      expect(found.producers.map((p) => p.handle)).toEqual(handles)
      expect(found.count).toBe(handles.length)
    })

    it("filters by status and shows why a producer was suspended, until it is reinstated", async () => {
      expect((await list("?status=active")).producers.map((p) => p.handle)).toEqual(["htx-tai-hoan"])
      const statusOf = `/admin/ocop/producers/${taiHoan}/status`
      expect((await api.post(statusOf, { status: "suspended", reason: "Vi phạm ghi nhãn, chờ kiểm tra" }, asked(admin))).status).toBe(200)

      const suspendedNow = await list("?status=suspended&q=tai")
      expect(suspendedNow.producers).toEqual([expect.objectContaining({ id: taiHoan, status: "suspended", status_reason: "Vi phạm ghi nhãn, chờ kiểm tra" })])
      const detail = (await api.get(`/admin/ocop/producers/${taiHoan}`, asked(admin))).data
      expect(detail.producer).toMatchObject({ status: "suspended", status_reason: "Vi phạm ghi nhãn, chờ kiểm tra" })
      expect(detail.products.find((p: { handle: string }) => p.handle === "mien-dong-tai-hoan")).toMatchObject({ sellable: false, reason: "producer_suspended" })

      expect((await api.post(statusOf, { status: "active" }, asked(admin))).status).toBe(200)
      expect((await list("?status=active")).producers).toEqual([expect.objectContaining({ id: taiHoan, status: "active", status_reason: null })])
    })

    it("shows a producer with its members, open invites and products, each saying whether it may be sold and why not", async () => {
      const invited = await api.post(`/admin/ocop/producers/${taiHoan}/invites`, { email: "ke-toan@tai-hoan.vn" }, asked(admin))
      expect(invited.status, JSON.stringify(invited.data)).toBe(201)

      const response = await api.get(`/admin/ocop/producers/${taiHoan}`, asked(admin))
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      expect(response.data.producer).toMatchObject({ id: taiHoan, name: "HTX Tài Hoan", handle: "htx-tai-hoan", type: "cooperative", province: "Thái Nguyên", commune: "xã Côn Minh", status: "active", status_reason: null })
      expect(response.data.members).toEqual([expect.objectContaining({ email: "chu@tai-hoan.vn", role: "owner" })])
      expect(response.data.pending_invites).toEqual([expect.objectContaining({ id: invited.data.invite.id, email: "ke-toan@tai-hoan.vn", role: "staff" })])
      const verdicts = Object.fromEntries(
        (response.data.products as { handle: string; sellable: boolean; reason: string | null }[]).map((p) => [p.handle, [p.sellable, p.reason]])
      )
      expect(verdicts).toEqual({
        "mien-dong-tai-hoan": [true, null],
        "mat-hoa-dua": [true, null],
        "dua-chuot-baby": [false, "certificate_expired"],
        "lac-sen": [false, "certificate_expired"],
        "ruoc-kem": [false, "certificate_revoked"],
      })

      const other = (await api.get(`/admin/ocop/producers/${suspended}`, asked(admin))).data
      expect(other.producer).toMatchObject({ status: "suspended" })
      expect(other.members).toEqual([])
      expect(other.products).toEqual([expect.objectContaining({ handle: "tra-sen", sellable: false, reason: "producer_suspended" })])
    })

    it("reinstates and suspends a producer with no address and no members, emailing whoever it has when it has someone", async () => {
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const statusEmails = async () =>
        (await notifications.listNotifications({ resource_id: suspended, template: "producer-status-changed" })) as unknown as { to: string; data: Record<string, unknown> }[]
      const statusOf = `/admin/ocop/producers/${suspended}/status`

      expect((await api.post(statusOf, { status: "active" }, asked(admin))).status).toBe(200)
      // Nobody to tell; the subscriber has had time to run before the producer gets an address below.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await producers.updateProducers({ id: suspended, email: "Lien-He@Tam-Dung.vn" })
      try {
        const again = await api.post(statusOf, { status: "suspended", reason: "Chưa nộp hồ sơ tái đánh giá" }, asked(admin))
        expect(again.status, JSON.stringify(again.data)).toBe(200)
        await expect.poll(async () => (await statusEmails()).map((email) => [email.to, email.data["status"]])).toEqual([["lien-he@tam-dung.vn", "suspended"]])
        expect((await statusEmails())[0]!.data).toMatchObject({ producer: "Hộ kinh doanh tạm dừng", reason: "Chưa nộp hồ sơ tái đánh giá", open_lines: 0 })
      } finally {
        await producers.updateProducers({ id: suspended, email: null, status: "suspended", status_reason: null })
      }
    })
  },
})
