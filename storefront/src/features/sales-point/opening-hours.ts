import { t, type Lang } from "../../i18n/dictionaries"

/*
 * Sales points store their hours in OpenStreetMap's `opening_hours` syntax ("Mo-Su 07:00-21:00",
 * "Mo-Fr 08:00-17:00; Sa 08:00-12:00", "24/7"), language-neutral, the form map data already uses.
 * This reads the plain subset points use (day ranges and time spans); anything richer is shown as stored.
 */
const DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const
const RULE = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)\s+((?:\d{2}:\d{2}-\d{2}:\d{2})(?:,\s*\d{2}:\d{2}-\d{2}:\d{2})*)$/

const weekdays: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", { weekday: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }),
}

function dayName(day: string, lang: Lang): string {
  // 1 January 2024 was a Monday.
  return weekdays[lang].format(new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(day as (typeof DAYS)[number]))))
}

function rule(text: string, lang: Lang): string | null {
  const match = RULE.exec(text.trim())
  if (!match) return null
  const [, days, spans] = match as unknown as [string, string, string]
  const hours = spans.split(/,\s*/).map((span) => span.replace("-", "–")).join(", ")
  if (days === "Mo-Su") return t(lang, "openingDaily", { hours })
  const named = days.split("-").map((day) => dayName(day, lang)).join("–")
  return t(lang, "openingOnDays", { days: named, hours })
}

/** A sales point's opening hours in the shopper's language: "07:00–21:00 hằng ngày" / "07:00–21:00 daily". */
export function formatOpeningHours(value: string, lang: Lang): string {
  if (value.trim() === "24/7") return t(lang, "openingAlways")
  const rules = value.split(";").map((part) => rule(part, lang))
  return rules.every((part): part is string => part !== null) ? rules.join("; ") : value
}
