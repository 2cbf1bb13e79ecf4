import type { Lang } from "../../i18n/dictionaries"

// "UBND" (Ủy ban nhân dân) is the People's Committee of a province, city, district, town, commune or ward.
const COMMITTEE = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+(.+)$/iu

const unitInEnglish: Record<string, string> = {
  "tỉnh": "Province",
  "thành phố": "City",
  "huyện": "District",
  "thị xã": "Town",
  "quận": "District",
  "xã": "Commune",
  "phường": "Ward",
}

const ministriesInEnglish: Record<string, string> = {
  "bộ nông nghiệp và phát triển nông thôn": "Ministry of Agriculture and Rural Development",
  // The ministry's name since the 2025 merger with Natural Resources and Environment.
  "bộ nông nghiệp và môi trường": "Ministry of Agriculture and Environment",
}

/**
 * The body that issued a certificate, as a reader of the page's language understands it: in English
 * "UBND tỉnh Hà Tĩnh" is the People's Committee of Hà Tĩnh Province (place names stay as written).
 * A name it does not recognise is shown as the office wrote it.
 */
export function issuingAuthorityName(name: string, lang: Lang): string {
  if (lang === "vi") return name
  const ministry = ministriesInEnglish[name.trim().toLowerCase()]
  if (ministry) return ministry
  const committee = COMMITTEE.exec(name.trim())
  if (!committee) return name
  const unit = unitInEnglish[committee[1]!.toLowerCase()]!
  return `People's Committee of ${committee[2]} ${unit}`
}
