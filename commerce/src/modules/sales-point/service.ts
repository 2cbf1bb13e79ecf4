import { MedusaService } from "@medusajs/framework/utils"
import { SalesPoint } from "./models/sales-point"

export default class SalesPointModuleService extends MedusaService({ SalesPoint }) {}
