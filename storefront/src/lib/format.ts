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

export function formatDate(iso: string, lang: Lang): string {
  return dates[lang].format(new Date(iso))
}

/**
 * An address from its parts, most specific first, skipping the ones a record leaves empty: since the
 * 2025 reform many producers list only their province, and "· , Nghệ An" reads as a broken page.
 */
export function formatAddress(...parts: (string | null | undefined)[]): string {
  return parts.map((part) => part?.trim()).filter(Boolean).join(", ")
}
