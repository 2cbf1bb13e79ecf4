import { Module } from "@medusajs/framework/utils"
import OrderAllocationModuleService from "./service"

export const ORDER_ALLOCATION_MODULE = "order_allocation"

export default Module(ORDER_ALLOCATION_MODULE, { service: OrderAllocationModuleService })
