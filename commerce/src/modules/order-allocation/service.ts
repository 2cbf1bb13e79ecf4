import { MedusaService } from "@medusajs/framework/utils"
import { OrderLineAllocation } from "./models/order-line-allocation"

export default class OrderAllocationModuleService extends MedusaService({ OrderLineAllocation }) {}
