import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "./templates"

export interface SmtpOptions {
  /** smtp://user:pass@host:587 or smtps://… */
  url: string
  /** Sender, e.g. "Chợ OCOP <khong-tra-loi@ocop.example.vn>". */
  from: string
}

/** Sends the marketplace's notifications as email over SMTP (used when SMTP_URL is configured). */
export default class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  private readonly transporter: Transporter
  private readonly from: string
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP_URL must be an smtp:// or smtps:// URL")
    }
    if (typeof options.from !== "string" || !options.from.includes("@")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "EMAIL_FROM must be an email address to send from")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transporter = nodemailer.createTransport(options.url)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const email = renderEmail(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    const sent = await this.transporter.sendMail({ from: this.from, to: notification.to, subject: email.subject, text: email.text })
    this.logger.info(`Sent "${notification.template}" email to ${notification.to}`)
    return { id: sent.messageId }
  }
}
