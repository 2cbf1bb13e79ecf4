import sharp from "sharp"

/** Largest photo file a producer may upload; a phone camera's JPEG is 2–6 MB. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
/** Photos a product may carry: a gallery, not an album. */
export const MAX_PHOTOS_PER_PRODUCT = 12
/** Below this a photo cannot fill the smallest gallery variant sharply. */
export const MIN_PHOTO_SIDE = 320
/** Stored originals are capped here; the gallery's widest variant is 960 px, so more is only weight. */
const MAX_STORED_SIDE = 2400

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"])

/** AVIF is a HEIF container with AV1 inside; an iPhone's HEIC is HEVC inside, which sharp cannot decode. */
const isAcceptedFormat = (metadata: sharp.Metadata) => (metadata.format === "heif" ? metadata.compression === "av1" : ACCEPTED_FORMATS.has(metadata.format ?? ""))

export type PhotoRejection = "not_an_image" | "unsupported_format" | "too_small"

export const photoRejectionMessage: Record<PhotoRejection, string> = {
  not_an_image: "Tệp không phải là ảnh đọc được. / The file is not a readable image.",
  unsupported_format: "Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF (ảnh HEIC của iPhone: chọn “Định dạng tương thích nhất”). / Only JPEG, PNG, WebP or AVIF photos are accepted.",
  too_small: `Ảnh quá nhỏ: cần ít nhất ${MIN_PHOTO_SIDE} × ${MIN_PHOTO_SIDE} điểm ảnh. / The photo is too small: at least ${MIN_PHOTO_SIDE} × ${MIN_PHOTO_SIDE} pixels.`,
}

export class PhotoRejected extends Error {
  constructor(readonly reason: PhotoRejection) {
    super(photoRejectionMessage[reason])
  }
}

/**
 * Checks an uploaded photo by decoding it (the declared content type is not trusted) and stores it
 * as a JPEG upright, at most 2400 px, with no metadata: phone photos carry EXIF GPS coordinates of
 * the producer's home, which must not be published.
 */
export async function preparePhoto(upload: Buffer): Promise<{ jpeg: Buffer; width: number; height: number }> {
  let metadata: sharp.Metadata
  try {
    metadata = await sharp(upload, { failOn: "error" }).metadata()
  } catch {
    throw new PhotoRejected("not_an_image")
  }
  if (!isAcceptedFormat(metadata)) throw new PhotoRejected("unsupported_format")
  // EXIF orientations 5–8 swap width and height.
  const [width, height] = (metadata.orientation ?? 1) >= 5 ? [metadata.height, metadata.width] : [metadata.width, metadata.height]
  if (!width || !height || Math.min(width, height) < MIN_PHOTO_SIDE) throw new PhotoRejected("too_small")
  try {
    const { data, info } = await sharp(upload, { failOn: "error" })
      .rotate()
      .resize({ width: MAX_STORED_SIDE, height: MAX_STORED_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { jpeg: data, width: info.width, height: info.height }
  } catch {
    throw new PhotoRejected("not_an_image")
  }
}
