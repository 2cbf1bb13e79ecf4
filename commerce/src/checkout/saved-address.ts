import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAddressesWorkflow, updateCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { checkoutMethod } from "./method"

const ADDRESS_FIELDS = ["first_name", "last_name", "phone", "address_1", "city", "province", "country_code"] as const
type DeliveryAddress = Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>>

interface PlacedOrder {
  customer_id: string | null
  customer?: { has_account: boolean } | null
  shipping_address?: DeliveryAddress | null
  shipping_methods?: { shipping_option_id: string | null }[] | null
}

const comparable = (address: DeliveryAddress) => ADDRESS_FIELDS.map((field) => (address[field] ?? "").trim().toLocaleLowerCase("vi")).join("\u0000")

/**
 * A shopper with an account who had an order delivered finds that address filled in next time: it
 * becomes their default delivery address, added to their address book unless it is already there.
 * Pickup orders carry the sales point's address, which is not the shopper's, and guests have no
 * book. Answers whether the book changed.
 */
export async function rememberDeliveryAddress(container: MedusaContainer, orderId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "order",
    fields: ["customer_id", "customer.has_account", ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`), "shipping_methods.shipping_option_id"],
    filters: { id: orderId },
  })) as { data: PlacedOrder[] }
  const order = data[0]
  if (!order?.customer_id || !order.customer?.has_account || !order.shipping_address?.address_1) return false
  const method = await checkoutMethod(container, (order.shipping_methods ?? []).map((shipping) => shipping.shipping_option_id ?? ""))
  if (method?.fulfilment !== "delivery") return false

  const delivered = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, order.shipping_address?.[field] ?? null])) as DeliveryAddress
  const book = await container.resolve(Modules.CUSTOMER).listCustomerAddresses({ customer_id: order.customer_id })
  const known = book.find((entry) => comparable(entry as DeliveryAddress) === comparable(delivered))
  if (known?.is_default_shipping) return false
  if (known) {
    await updateCustomerAddressesWorkflow(container).run({ input: { selector: { id: known.id }, update: { is_default_shipping: true } } })
  } else {
    await createCustomerAddressesWorkflow(container).run({ input: { addresses: [{ customer_id: order.customer_id, ...delivered, is_default_shipping: true }] } })
  }
  return true
}
