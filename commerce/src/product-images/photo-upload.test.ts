import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { PhotoRejected, preparePhoto } from "./photo-upload"

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: { r: 180, g: 90, b: 30, alpha: 0.5 } } })

async function rejection(upload: Buffer) {
  try {
    await preparePhoto(upload)
  } catch (error) {
    if (error instanceof PhotoRejected) return error.reason
    throw error
  }
  return null
}

describe("preparePhoto", () => {
  it("stores JPEG, PNG, WebP and AVIF uploads as an upright JPEG without metadata", async () => {
    for (const upload of [await photo(800, 600).jpeg().toBuffer(), await photo(800, 600).png().toBuffer(), await photo(800, 600).webp().toBuffer(), await photo(800, 600).avif().toBuffer()]) {
      const prepared = await preparePhoto(upload)
      const stored = await sharp(prepared.jpeg).metadata()
      expect(stored).toMatchObject({ format: "jpeg", width: 800, height: 600, hasAlpha: false })
      expect(prepared).toMatchObject({ width: 800, height: 600 })
    }
  })

  it("drops EXIF (a phone's GPS position) and applies the camera's orientation", async () => {
    const upload = await photo(600, 400)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "Phone", ImageDescription: "Nhà chị Hoa" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 0/1" } })
      .toBuffer()
    expect((await sharp(upload).metadata()).exif).toBeDefined()
    const prepared = await preparePhoto(upload)
    const stored = await sharp(prepared.jpeg).metadata()
    expect(stored.exif).toBeUndefined()
    expect(stored.orientation).toBeUndefined()
    expect([stored.width, stored.height]).toEqual([400, 600])
  })

  it("caps a large original at 2400 px", async () => {
    const prepared = await preparePhoto(await photo(4000, 3000).jpeg().toBuffer())
    expect([prepared.width, prepared.height]).toEqual([2400, 1800])
  })

  it("refuses what is not a usable photo, whatever its name or declared type", async () => {
    expect(await rejection(Buffer.from("<?php system($_GET['c']); ?>"))).toBe("not_an_image")
    expect(await rejection(Buffer.from("%PDF-1.7\n1 0 obj"))).toBe("not_an_image")
    const jpeg = await photo(800, 600).jpeg().toBuffer()
    expect(await rejection(jpeg.subarray(0, 200))).toBe("not_an_image")
    expect(await rejection(await photo(800, 600).gif().toBuffer())).toBe("unsupported_format")
    expect(await rejection(await photo(800, 600).tiff().toBuffer())).toBe("unsupported_format")
    expect(await rejection(await photo(300, 800).jpeg().toBuffer())).toBe("too_small")
  })
})
