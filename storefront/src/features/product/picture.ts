import type { GalleryImage } from "../catalogue/types"

/**
 * How wide the gallery column is drawn: the whole main column on phones, half of it (main is
 * 72rem at most, with 1rem padding and a 1.5rem gap) from 48rem up. Browsers pick a variant from it.
 */
export const GALLERY_SIZES = "(min-width: 72rem) 34.25rem, (min-width: 48rem) calc(50vw - 1.75rem), calc(100vw - 2rem)"

/** A `srcset` value from variant sources: `url 320w, url 640w`. */
export function srcset(sources: GalleryImage["avif"]): string {
  return [...sources]
    .sort((a, b) => a.width - b.width)
    .map((source) => `${source.url} ${source.width}w`)
    .join(", ")
}

/** The fallback `<img>` of a `<picture>`: the widest WebP variant (every current browser decodes it), else the original. */
export function fallbackSource(image: GalleryImage): string {
  const widest = [...image.webp].sort((a, b) => b.width - a.width)[0]
  return widest?.url ?? image.url
}
