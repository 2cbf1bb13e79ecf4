import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"

export default class ProducerModuleService extends MedusaService({ Producer }) {}
