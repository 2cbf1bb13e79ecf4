import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

/** A decision can certify several products, and a product keeps its earlier certificates as history. */
export default defineLink(
  { linkable: CertificationModule.linkable.certificate, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
