/** One encoded variant of a product image. */
export interface ImageSource {
  url: string
  width: number
}

/** What the storefront needs to render one product image as a responsive `<picture>`. */
export interface ImageVariants {
  width: number
  height: number
  avif: ImageSource[]
  webp: ImageSource[]
}

/** Product metadata key holding `Record<original image URL, ImageVariants>`. */
export const IMAGE_VARIANTS_KEY = "image_variants"
