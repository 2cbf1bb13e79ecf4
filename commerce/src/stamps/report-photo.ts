/**
 * The photos a shopper may attach to a stamp report: what each type is stored as, and how its bytes
 * must begin. The report route checks and stores them; the office's photo route serves them back.
 */
export const REPORT_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type ReportPhotoType = (typeof REPORT_PHOTO_TYPES)[number]
export const REPORT_PHOTO_MAX_BYTES = 2 * 1024 * 1024

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const formats: Record<ReportPhotoType, { extension: string; matches: (bytes: Buffer) => boolean }> = {
  "image/jpeg": { extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  "image/png": { extension: "png", matches: (b) => b.subarray(0, 8).equals(PNG_SIGNATURE) },
  "image/webp": { extension: "webp", matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP" },
}

/** The extension a photo of this type is stored under. */
export function reportPhotoExtension(type: ReportPhotoType): string {
  return formats[type].extension
}

/** Whether the bytes really are an image of the type the shopper's browser claimed. */
export function isReportPhotoOfType(type: ReportPhotoType, bytes: Buffer): boolean {
  return formats[type].matches(bytes)
}

/** The type of a stored photo, read back from its extension; undefined for anything not stored by the report route. */
export function reportPhotoType(extension: string): ReportPhotoType | undefined {
  return REPORT_PHOTO_TYPES.find((type) => formats[type].extension === extension)
}
