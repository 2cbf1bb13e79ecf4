import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SMTPServer } from "smtp-server"
import { createAdminHeaders } from "../fixtures/admin"
import { createCatalogueFixture, type CatalogueFixture } from "../fixtures/catalogue"

/**
 * With SMTP_URL set, notifications leave as email. A real SMTP server (the `smtp-server` package)
 * receives what Medusa sends when the programme office suspends a certificate.
 */
const inbox: { to: string[]; raw: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = ""
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString()))
    stream.on("end", () => {
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
      callback()
    })
  },
})
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve))
// Set before the runner loads medusa-config (each spec file runs in its own process).
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
process.env.EMAIL_FROM = "khong-tra-loi@ocop.test"

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

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

      const deadline = Date.now() + 10_000
      while (!inbox.some((mail) => mail.to.includes("vanphong.email@ocop.test")) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const mail = inbox.find((m) => m.to.includes("vanphong.email@ocop.test"))
      expect(mail, "an email reached the SMTP server").toBeDefined()
      expect(mail!.raw).toContain("Kiem tra dot xuat")
      expect(mail!.raw).toMatch(/From: .*khong-tra-loi@ocop\.test/)
    })
  },
})
