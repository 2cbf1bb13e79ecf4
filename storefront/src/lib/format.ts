import { parsePhoneNumberFromString } from "libphonenumber-js"
import type { Lang } from "../i18n/dictionaries"

// Intl formatters are expensive to build and safe to share across requests.
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })
const dates: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }),
}

/** VND has no minor unit: 175000 → "175.000 ₫" (with a no-break space before ₫), in both languages. */
export function formatVnd(amount: number): string {
  return vnd.format(amount)
}

const numbers: Record<Lang, Intl.NumberFormat> = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-GB") }

/** A count or amount grouped as the page's language writes it: 10.000 in Vietnamese, 10,000 in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numbers[lang].format(value)
}

export function formatDate(iso: string, lang: Lang): string {
  return dates[lang].format(new Date(iso))
}

const times = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Ho_Chi_Minh" })

/** A moment to the minute in Vietnam's time, for deadlines: "09:30, 05/12/2026" / "09:30, 5 December 2026". */
export function formatMoment(iso: string, lang: Lang): string {
  return `${times.format(new Date(iso))}, ${formatDate(iso, lang)}`
}

const folded = (part: string) => part.normalize("NFC").trim().toLocaleLowerCase("vi")

/**
 * An address from its parts, most specific first, skipping the ones a record leaves empty: since the
 * 2025 reform many producers list only their province, and "· , Nghệ An" reads as a broken page.
 * A part the previous one already ends with (after its last comma) is left out too: a street field
 * often carries the commune ("Thôn 3, xã Xuân Thành"), and a sales point without a street has its
 * commune there.
 */
export function formatAddress(...parts: (string | null | undefined)[]): string {
  const kept: string[] = []
  for (const part of parts) {
    const text = part?.trim()
    if (!text) continue
    const previous = kept.at(-1)
    if (previous && folded(previous.split(",").at(-1)!) === folded(text)) continue
    kept.push(text)
  }
  return kept.join(", ")
}

/**
 * A stored phone number (E.164, "+84912345678") as Vietnamese people write it: "0912 345 678".
 * Anything that is not a valid Vietnamese number is shown as stored.
 */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return ""
  const parsed = parsePhoneNumberFromString(phone, "VN")
  return parsed?.country === "VN" && parsed.isValid() ? parsed.formatNational() : phone
}

/** "A, B và C": at most `most` names, the rest counted ("A, B và 2 sản phẩm khác"). */
export function namedList(names: string[], lang: Lang, most: number): string {
  const shown = names.slice(0, most)
  const rest = names.length - shown.length
  const items = rest > 0 ? [...shown, lang === "vi" ? `${rest} sản phẩm khác` : `${rest} more`] : shown
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(items)
}
