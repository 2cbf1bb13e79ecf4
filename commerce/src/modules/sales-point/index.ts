import { Module } from "@medusajs/framework/utils"
import SalesPointModuleService from "./service"

export const SALES_POINT_MODULE = "sales_point"

export default Module(SALES_POINT_MODULE, { service: SalesPointModuleService })
