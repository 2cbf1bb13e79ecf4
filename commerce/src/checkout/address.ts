import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { z } from "@medusajs/framework/zod"
import { findWard, provinceName } from "./wards"
import { provinceSlugs } from "./zones"

/** A Vietnamese mobile or landline number, normalised to E.164 (+84…). */
export const vietnamesePhone = z
  .preprocess((value) => value ?? "", z.string().trim().min(1, "Vui lòng nhập số điện thoại / Please enter a phone number"))
  .transform((value: string, context) => {
    const phone = parsePhoneNumberFromString(value, "VN")
    // Buyers and sales points are in Vietnam; a foreign number cannot be called by the courier.
    if (phone?.country === "VN" && phone.isValid()) return phone.number as string
    context.addIssue({ code: "custom", message: "Số điện thoại Việt Nam không hợp lệ / Not a valid Vietnamese phone number" })
    return z.NEVER
  })

// 1800 and 1900 numbers are switchboards (toll-free, shared cost): a courier calling one reaches no one in particular.
const PERSONAL_NUMBER_TYPES = new Set(["MOBILE", "FIXED_LINE", "FIXED_LINE_OR_MOBILE"])

/** The phone of the person who receives or collects a parcel: a Vietnamese number a person answers. */
export const recipientPhone = vietnamesePhone.refine(
  (phone) => PERSONAL_NUMBER_TYPES.has(parsePhoneNumberFromString(phone)?.getType() ?? ""),
  "Số 1800, 1900 là tổng đài, người giao hàng không gọi được người nhận / 1800 and 1900 numbers are switchboards: give a mobile or landline number"
)

// Medusa stores an address field left blank as null; say which field is missing rather than its type.
const required = (label: string) =>
  z.preprocess((value) => value ?? "", z.string().trim().min(1, `${label} là bắt buộc / ${label} is required`).max(200, `${label}: tối đa 200 ký tự / at most 200 characters`))

/**
 * A delivery address in the post-2025 structure: province → ward/commune → street, no district
 * (shared/ocop-domain.md §7.4). `city` carries the ward or commune, `province` the province slug.
 */
export const deliveryAddress = z.object({
  first_name: required("Họ tên"),
  last_name: z.string().trim().max(100).nullish(),
  phone: recipientPhone,
  country_code: z.literal("vn", { message: "Chỉ giao hàng trong Việt Nam / Delivery within Vietnam only" }),
  province: z.preprocess((value) => value ?? "", z.string().refine((slug) => provinceSlugs.has(slug), "Tỉnh/thành phố không hợp lệ / Unknown province")),
  city: required("Phường/xã"),
  address_1: required("Số nhà, đường"),
}).superRefine((address, context) => {
  // The ward must be one of the province's since July 2025, or the parcel goes to the wrong place.
  if (!provinceSlugs.has(address.province) || !address.city) return
  const match = findWard(address.province, address.city)
  if (!match.ward) context.addIssue({ code: "custom", path: ["city"], message: match.message })
})

/** Pickup needs only who collects the parcel and how to reach them. */
export const pickupContact = z.object({
  first_name: required("Họ tên"),
  last_name: z.string().trim().max(100).nullish(),
  phone: recipientPhone,
})

/** Flattens zod issues into one sentence a shopper can act on. */
export function addressProblems(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("; ")
}

/** The parts of an address a parcel is written with, as Medusa stores them (`city` the ward, `province` our slug). */
export interface ParcelAddress {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

/** An address on one line the way it goes on a parcel: street, ward, then the province by its name, not its slug. */
export function parcelAddressLine(address: ParcelAddress): string {
  const province = address.province ? (provinceName(address.province) ?? address.province) : null
  return [address.address_1, address.address_2, address.city, province].map((part) => part?.trim()).filter(Boolean).join(", ")
}
