import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SalesPointModule from "../modules/sales-point"

/** Each OCOP sales point is exactly one Medusa stock location, where its inventory levels live. */
export default defineLink(SalesPointModule.linkable.salesPoint, StockLocationModule.linkable.stockLocation)
