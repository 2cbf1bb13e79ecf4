import { Module } from "@medusajs/framework/utils"
import StampModuleService from "./service"

export const STAMP_MODULE = "stamp"

export default Module(STAMP_MODULE, { service: StampModuleService })
