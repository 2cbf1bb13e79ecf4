// Store routes accept only lowercase ASCII letters, digits and hyphens
// (commerce/src/api/store/ocop/products/validators.ts); Medusa's own toHandle keeps Vietnamese
// letters, so a product it named would be published and then 404 on its own page.
const MAX_LENGTH = 80
// A title with no letter or digit to spell (emoji, symbols) still needs an address.
const FALLBACK = "san-pham"
const NUMBERED_CANDIDATES = 50

/** An ASCII product handle from a title, like the seeded ones: "Mật ong Đồng Văn" → "mat-ong-dong-van". */
export function productHandle(title: string): string {
  const slug = title
    // NFKD also spells out compatibility letters such as "𝕋" or "ﬁ".
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, "")
  return slug || FALLBACK
}

/** The base with "-suffix", shortened so the whole stays within the length cap. */
export function withSuffix(base: string, suffix: number | string): string {
  const tail = `-${suffix}`
  return `${base.slice(0, MAX_LENGTH - tail.length).replace(/-+$/, "")}${tail}`
}

/** The handles tried in turn: the base, then base-2, base-3… */
export function handleCandidates(base: string): string[] {
  return [base, ...Array.from({ length: NUMBERED_CANDIDATES - 1 }, (_, i) => withSuffix(base, i + 2))]
}

/** The first candidate no other product has, or null when all are taken. */
export function firstFreeHandle(base: string, taken: ReadonlySet<string>): string | null {
  return handleCandidates(base).find((candidate) => !taken.has(candidate)) ?? null
}
