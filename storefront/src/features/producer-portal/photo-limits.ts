// What commerce accepts for a product photo (commerce/src/product-images/photo-upload.ts), for the
// portal form's checks and the upload island alike; no dependencies, so the island stays small.
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
export const PHOTO_TYPES: ReadonlySet<string> = new Set(["image/jpeg", "image/png", "image/webp", "image/avif"])
/** Commerce stores a photo at most this wide or tall. */
export const STORED_LONG_SIDE = 2400
