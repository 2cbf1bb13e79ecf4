/**
 * Words typed without spaces ("caphe", "dongtrunghathao"): Vietnamese is written one syllable per
 * word, so a long unknown word is usually several known ones run together. Meilisearch splits
 * them itself; this engine splits them against its vocabulary table.
 */

/** Vietnamese syllables have at most 7 letters ("nghiêng"); a little more lets short loanwords through. */
const MAX_PIECE = 10
/** One-letter pieces would split almost anything into something. */
const MIN_PIECE = 2
/** Ways to split one word that take part in the search, best first. */
const MAX_SPLITS = 4

/**
 * How a shopper without a Vietnamese keyboard may spell a word: as typed, and with "f" for "ph"
 * ("cafe" for "cà phê"), a letter Vietnamese does not have.
 */
export function spellingVariants(term: string): string[] {
  return term.includes("f") ? [term, term.replaceAll("f", "ph")] : [term]
}

/** What the vocabulary must be asked about to split `term`: pieces as whole words, and (last word) the final piece as the start of one. */
export function splitLookups(term: string, last: boolean): { words: string[]; prefixes: string[] } {
  const words = new Set<string>()
  const prefixes = new Set<string>()
  for (const variant of spellingVariants(term)) {
    words.add(variant)
    for (let start = 0; start < variant.length; start++) {
      for (let end = start + MIN_PIECE; end <= Math.min(variant.length, start + MAX_PIECE); end++) words.add(variant.slice(start, end))
      if (last && start > 0 && variant.length - start >= MIN_PIECE) prefixes.add(variant.slice(start))
    }
  }
  return { words: [...words], prefixes: [...prefixes] }
}

/**
 * The ways `term` reads as known words, each a list of tsquery operands to match as a phrase
 * ("caphe" → [["ca", "phe"]]); the last word's final piece may be the start of a word ("cap" →
 * "ca", "p…" is too short, "caph" → ["ca", "ph:*"]). Fewest pieces first, whole words before starts.
 */
export function splitCompound(term: string, known: ReadonlySet<string>, knownPrefixes: ReadonlySet<string>, last: boolean): string[][] {
  const splits: { pieces: string[]; prefixEnd: boolean }[] = []
  for (const variant of spellingVariants(term)) {
    if (variant !== term && known.has(variant)) splits.push({ pieces: [variant], prefixEnd: false })
    // fewest[i]: the fewest pieces that read variant[i..] (Infinity when none does).
    const fewest: number[] = new Array(variant.length + 1).fill(Infinity)
    fewest[variant.length] = 0
    const fits = (start: number, end: number) => known.has(variant.slice(start, end))
    for (let start = variant.length - 1; start >= 0; start--) {
      if (last && start > 0 && knownPrefixes.has(variant.slice(start))) fewest[start] = 1
      for (let end = start + MIN_PIECE; end <= Math.min(variant.length, start + MAX_PIECE); end++) {
        if (fits(start, end)) fewest[start] = Math.min(fewest[start]!, 1 + fewest[end]!)
      }
    }
    if (!Number.isFinite(fewest[0]) || fewest[0]! < 2) continue
    const walk = (start: number, pieces: string[]) => {
      if (splits.length >= MAX_SPLITS * 4) return
      if (start === variant.length) return void splits.push({ pieces, prefixEnd: false })
      for (let end = Math.min(variant.length, start + MAX_PIECE); end >= start + MIN_PIECE; end--) {
        if (fits(start, end) && fewest[end] === fewest[start]! - 1) walk(end, [...pieces, variant.slice(start, end)])
      }
      if (fewest[start] === 1 && last && start > 0 && knownPrefixes.has(variant.slice(start)) && !fits(start, variant.length)) {
        splits.push({ pieces: [...pieces, `${variant.slice(start)}:*`], prefixEnd: true })
      }
    }
    walk(0, [])
  }
  return splits
    .sort((a, b) => a.pieces.length - b.pieces.length || Number(a.prefixEnd) - Number(b.prefixEnd))
    .slice(0, MAX_SPLITS)
    .map((split) => split.pieces)
}
