import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"
import { startSmtpInbox } from "../fixtures/smtp-inbox"

/**
 * With SMTP_URL set, notifications leave as email. A real SMTP server (the `smtp-server` package)
 * receives what Medusa sends when the programme office suspends a certificate.
 */
const inbox = await startSmtpInbox()
// Set before the runner loads medusa-config (each spec file runs in its own process).
process.env.SMTP_URL = inbox.url
process.env.EMAIL_FROM = "khong-tra-loi@ocop.test"

afterAll(() => inbox.close())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CatalogueFixture
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      fixture = await createCatalogueFixture(getContainer())
      admin = await createAdminHeaders(getContainer(), "vanphong.email@ocop.test")
    })

    it("emails the programme office when a certificate is suspended", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["certificates.id", "certificates.decision_number"], filters: { handle: fixture.handles.sellable } })
      const certificate = (data[0] as unknown as { certificates: { id: string }[] }).certificates[0]!
      const response = await api.post(`/admin/ocop/certificates/${certificate.id}/suspend`, { reason: "Kiem tra dot xuat" }, { headers: admin.headers, validateStatus: () => true })
      expect(response.status).toBe(200)

      // The office may get other mail meanwhile (the minute's expiry job expires a fixture
      // certificate), so the suspension's is the one that gives its reason.
      const suspension = (mail: (typeof inbox.messages)[number]) => mail.to.includes("vanphong.email@ocop.test") && mail.raw.includes("Kiem tra dot xuat")
      const deadline = Date.now() + 10_000
      while (!inbox.messages.some(suspension) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const mail = inbox.messages.find(suspension)
      expect(mail, "the suspension email, with its reason, reached the SMTP server").toBeDefined()
      expect(mail!.raw).toMatch(/From: .*khong-tra-loi@ocop\.test/)
    })
  },
})
