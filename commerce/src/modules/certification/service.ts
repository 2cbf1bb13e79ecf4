import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"
import { CertificateReminder } from "./models/certificate-reminder"

export default class CertificationModuleService extends MedusaService({ Certificate, CertificateEvent, CertificateReminder }) {}
