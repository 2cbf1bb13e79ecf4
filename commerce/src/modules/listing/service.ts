import { MedusaService } from "@medusajs/framework/utils"
import { ProductListing } from "./models/product-listing"

export default class ListingModuleService extends MedusaService({ ProductListing }) {}
