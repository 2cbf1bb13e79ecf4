import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"

export default class CertificationModuleService extends MedusaService({ Certificate, CertificateEvent }) {}
