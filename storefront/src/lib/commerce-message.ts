import type { Lang } from "../i18n/dictionaries"

/**
 * Commerce writes the refusals people read as "Vietnamese / English": the half in the page's
 * language, or the whole message when it is not written that way (Medusa's own, in English).
 */
export function inLanguage(message: string, lang: Lang): string {
  const halves = message.split(" / ")
  return halves.length === 2 ? halves[lang === "vi" ? 0 : 1]!.trim() : message
}
