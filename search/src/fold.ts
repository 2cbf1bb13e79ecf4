/**
 * Folds Vietnamese text the way shoppers type it without an IME: lower case, tone and vowel marks
 * removed, đ → d. "Mật ong Bắc Hà" and "mat ong bac ha" fold to the same string, so they match.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
