import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerRecipients } from "../../../modules/producer/contact"

export interface CertificateNotice {
  certificate_id: string
  template: "certificate-expiry-reminder" | "certificate-status-changed"
  data: Record<string, unknown>
}

/**
 * Sends each notice to the programme office (every admin user) and to the producer of the covered
 * products: its public contact address when it has one, and each member of its portal. Notifications are not compensated: a sent message
 * cannot be unsent.
 */
export const notifyCertificateStep = createStep("notify-certificate", async (notices: CertificateNotice[], { container }) => {
  if (notices.length === 0) return new StepResponse(0)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const [{ data: admins }, { data: certificates }] = await Promise.all([
    query.graph({ entity: "user", fields: ["email"] }),
    query.graph({
      entity: "certificate",
      fields: ["id", "decision_number", "stars", "valid_until", "products.title", "products.producer.email", "products.producer.name", "products.producer.members.email"],
      filters: { id: notices.map((n) => n.certificate_id) },
    }),
  ])
  const byId = new Map(certificates.map((c) => [c.id, c]))
  const messages = notices.flatMap((notice) => {
    const certificate = byId.get(notice.certificate_id)
    const products = (certificate?.products ?? []).filter((p): p is NonNullable<typeof p> => Boolean(p))
    const producerEmails = products.flatMap((p) => (p.producer ? producerRecipients(p.producer, (p.producer.members ?? []).filter((member) => member !== null)) : []))
    const recipients = [...new Set([...admins.map((a: { email: string }) => a.email.toLowerCase()), ...producerEmails])]
    const data = {
      ...notice.data,
      decision_number: certificate?.decision_number,
      stars: certificate?.stars,
      valid_until: certificate?.valid_until,
      products: products.map((p) => p.title),
      producer: products[0]?.producer?.name ?? null,
    }
    return recipients.map((to) => ({
      to,
      channel: "email",
      template: notice.template,
      data,
      resource_id: notice.certificate_id,
      resource_type: "certificate",
    }))
  })
  if (messages.length > 0) await notifications.createNotifications(messages)
  return new StepResponse(messages.length)
})
