import type { Lang } from "../i18n/dictionaries"

/** Every URL the storefront builds comes from here, so links, canonicals and hreflang agree. */
export const paths = {
  home(lang: Lang): string {
    return lang === "vi" ? "/" : "/en/"
  },
  product(lang: Lang, handle: string): string {
    return lang === "vi" ? `/san-pham/${encodeURIComponent(handle)}` : `/en/products/${encodeURIComponent(handle)}`
  },
  producer(lang: Lang, handle: string): string {
    return lang === "vi" ? `/chu-the/${encodeURIComponent(handle)}` : `/en/producers/${encodeURIComponent(handle)}`
  },
}

/** The same page in the other language, for the language switch and hreflang pairs. */
export function alternates(build: (lang: Lang) => string): Record<Lang, string> {
  return { vi: build("vi"), en: build("en") }
}
