import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { recipientPhone } from "../../checkout/address"
import { findWard, WardRefused } from "../../checkout/wards"
import { provinceSlugs } from "../../checkout/zones"
import { parseInput } from "../validation"

// Only the fields given are checked: a cart is filled in step by step. Completion checks the whole.
const addressFields = z
  .object({
    phone: recipientPhone.optional(),
    country_code: z.literal("vn", { message: "chỉ giao hàng trong Việt Nam / delivery within Vietnam only" }).optional(),
    province: z.string().refine((slug) => provinceSlugs.has(slug), "tỉnh/thành phố không hợp lệ (dùng 34 tỉnh, thành từ 1/7/2025) / unknown province").optional(),
    city: z.string().nullish(),
  })
  .passthrough()

const CartAddresses = z
  .object({
    shipping_address: addressFields.optional(),
    billing_address: addressFields.optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .passthrough()

type CartAddressesBody = z.infer<typeof CartAddresses>
type AddressKey = "shipping_address" | "billing_address"
const ADDRESS_KEYS: AddressKey[] = ["shipping_address", "billing_address"]

/**
 * A parcel for pickup carries the sales point's own address, which may still be written the
 * pre-2025 way; only an address the goods are delivered to has to name a current ward. The
 * storefront says which in the cart's metadata, in this update or an earlier one.
 */
async function isPickup(req: MedusaRequest, body: CartAddressesBody): Promise<boolean> {
  const said = body.metadata?.["fulfilment"]
  if (typeof said === "string") return said === "pickup"
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: req.params["id"] } })
  return (data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.["fulfilment"] === "pickup"
}

type AddressFields = z.infer<typeof addressFields>

/** An address that names its ward with its province, so the ward can be checked. */
type WardAddress = AddressFields & { province: string; city: string }

const namesWard = (address: AddressFields | undefined): address is WardAddress => Boolean(address?.province && address.city?.trim())

/** The official name of the ward an address gives with its province; `where` names the field in the refusal. */
function officialWard(address: WardAddress, where: string): string {
  const match = findWard(address.province, address.city)
  if (!match.ward) throw new WardRefused(match, where, address.city)
  return match.ward.name
}

/** The official ward name for each delivery address given with its province, or why there is none. */
async function currentWards(req: MedusaRequest, body: CartAddressesBody): Promise<Partial<Record<AddressKey, string>>> {
  const named = ADDRESS_KEYS.flatMap((key) => {
    const address = body[key]
    return namesWard(address) ? [{ key, address }] : []
  })
  if (named.length === 0 || (await isPickup(req, body))) return {}
  const wards: Partial<Record<AddressKey, string>> = {}
  for (const { key, address } of named) wards[key] = officialWard(address, `${key}.city`)
  return wards
}

/**
 * Checks Vietnamese phone numbers, post-2025 provinces and, on a delivery address, that the ward
 * or commune is one of the province's; writes phones as +84… and wards by their official name.
 */
export async function validateCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = parseInput(CartAddresses, req.body ?? {}, "body")
    const wards = await currentWards(req, body)
    // Medusa's own validator may already have copied the body to validatedBody: normalise both.
    for (const source of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody]) {
      for (const key of ADDRESS_KEYS) {
        const given = (source as Record<string, Record<string, unknown> | undefined> | undefined)?.[key]
        if (!given) continue
        if (body[key]?.phone) given.phone = body[key]!.phone
        if (wards[key]) given.city = wards[key]
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * The same rules for an address a customer keeps in their account (Medusa's
 * /store/customers/me/addresses): phone as +84…, a current province, a ward of that province.
 */
export function validateCustomerAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const address = parseInput(addressFields, req.body ?? {}, "body")
    const ward = namesWard(address) ? officialWard(address, "city") : null
    for (const source of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody] as (Record<string, unknown> | undefined)[]) {
      if (!source) continue
      if (address.phone) source["phone"] = address.phone
      if (ward) source["city"] = ward
    }
    next()
  } catch (error) {
    next(error)
  }
}

const customerPhone = z.object({ phone: recipientPhone.optional() }).passthrough()

/**
 * A customer's own phone (Medusa's /store/customers and /store/customers/me): a Vietnamese number a
 * person answers, kept as +84…; given empty, it is removed.
 */
export function validateCustomerPhone(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const given = (req.body as Record<string, unknown> | undefined)?.["phone"]
    if (given === undefined) return next()
    const removed = given === null || (typeof given === "string" && given.trim() === "")
    const phone = removed ? null : parseInput(customerPhone, req.body, "body").phone
    for (const source of [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody] as (Record<string, unknown> | undefined)[]) {
      if (source) source["phone"] = phone
    }
    next()
  } catch (error) {
    next(error)
  }
}
