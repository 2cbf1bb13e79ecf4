// The fields the storefront asks commerce for; the checkout benchmark (scripts/bench/checkout.ts) asks
// with the same ones, so it measures what the storefront costs.

/**
 * The cart as the storefront reads it and asks for it back from every change: exactly what StoreCart
 * (lib/medusa.ts) declares. Medusa's defaults would also fetch the region and its countries,
 * promotions, credit lines and each line's product with its categories and tags: six more statements
 * on every cart read and change, for nothing a page shows. `*customer` says whose cart it is (a
 * registered customer's or a guest's: features/cart/cart.ts) and is what brings `customer_id` back.
 */
export const CART_FIELDS = [
  "id,email,region_id,completed_at,currency_code,metadata,subtotal,item_subtotal,shipping_total,total",
  "customer_id,*customer",
  "items.id,items.title,items.thumbnail,items.quantity,items.unit_price,items.subtotal,items.total",
  "items.variant_id,items.product_id,items.product_handle,items.product_title",
  "shipping_address.first_name,shipping_address.last_name,shipping_address.phone,shipping_address.address_1,shipping_address.city,shipping_address.province,shipping_address.country_code",
  "shipping_methods.id,shipping_methods.name,shipping_methods.amount,shipping_methods.shipping_option_id,shipping_methods.data",
  "payment_collection.id,payment_collection.amount,*payment_collection.payment_sessions",
].join(",")

/** The fields of an order the confirmation and account pages show (StoreOrder in lib/medusa.ts). */
export const ORDER_FIELDS =
  "+payment_status,+summary,+fulfillment_status,+customer_id,+cart.id,+items.product_handle,*payment_collections.payment_sessions,*payment_collections.payments,+shipping_methods.shipping_option_id,+shipping_methods.data"
