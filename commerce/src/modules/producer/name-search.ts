/**
 * Diacritics-insensitive name search, so the programme office finds "HTX Tài Hoan" by typing
 * "tai hoan". PostgreSQL's unaccent extension is not available on every server we run on (the
 * embedded one has no contrib), so the same folding is done with translate(), which needs nothing.
 */

const VIETNAMESE_LETTERS = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"

function baseLetter(letter: string): string {
  return letter === "đ" ? "d" : letter.normalize("NFD").replace(/\p{M}/gu, "")
}

const lower = [...VIETNAMESE_LETTERS]
const upper = lower.map((letter) => letter.toUpperCase())

/** translate() arguments: every accented letter, both cases, and the plain lowercase letter it folds to. */
export const FOLD_FROM = [...lower, ...upper].join("")
export const FOLD_TO = [...lower, ...lower].map(baseLetter).join("")

/** The name as the SQL side folds it: lowercase, without Vietnamese tone and vowel marks. */
export function foldName(text: string): string {
  return [...text.normalize("NFC").toLowerCase()].map((letter) => (lower.includes(letter) ? baseLetter(letter) : letter)).join("")
}

/** An ILIKE pattern matching the folded term anywhere, with the term's own % _ \ taken literally. */
export function nameSearchPattern(term: string): string {
  return `%${foldName(term.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
