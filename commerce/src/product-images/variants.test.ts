import { mkdtemp, readdir, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import sharp from "sharp"
import { afterEach, describe, expect, it } from "vitest"
import { makeImageVariants, readOriginal, variantFileName, variantWidths } from "./variants"

const dirs: string[] = []
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), "ocop-images-"))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } }).webp().toBuffer()
}

describe("variantWidths", () => {
  it.each([
    [2000, [320, 640, 960]],
    [960, [320, 640, 960]],
    [800, [320, 640, 800]],
    [500, [320, 500]],
    [320, [320]],
    [200, [200]],
  ])("an original %i px wide gets %j", (width, expected) => {
    expect(variantWidths(width)).toEqual(expected)
  })
})

describe("makeImageVariants", () => {
  it("writes AVIF and WebP at each width beside the original, with the original's aspect ratio", async () => {
    const dir = await tempDir()
    const url = "http://localhost:9000/static/1796-mien-dong.webp"
    const { variants, files } = await makeImageVariants(await picture(1200, 800), url, dir)

    expect(variants.width).toBe(1200)
    expect(variants.height).toBe(800)
    expect(variants.avif.map((s) => s.width)).toEqual([320, 640, 960])
    expect(variants.webp.map((s) => s.url)).toEqual([
      "http://localhost:9000/static/1796-mien-dong-320w.webp",
      "http://localhost:9000/static/1796-mien-dong-640w.webp",
      "http://localhost:9000/static/1796-mien-dong-960w.webp",
    ])
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => f.slice(dir.length + 1)).sort())
    for (const format of ["avif", "webp"] as const) {
      for (const source of variants[format]) {
        const meta = await sharp(join(dir, variantFileName(url, source.width, format))).metadata()
        expect(meta.format === "heif" ? "avif" : meta.format).toBe(format)
        expect(meta.width).toBe(source.width)
        expect(meta.height).toBe(Math.round((source.width * 800) / 1200))
      }
    }
  })

  it("never upscales a small original", async () => {
    const dir = await tempDir()
    const { variants } = await makeImageVariants(await picture(300, 300), "http://localhost:9000/static/small.png", dir)
    expect(variants.avif).toEqual([{ url: "http://localhost:9000/static/small-300w.avif", width: 300 }])
  })

  it("refuses a file that is not an image", async () => {
    const dir = await tempDir()
    await expect(makeImageVariants(Buffer.from("not an image"), "http://localhost:9000/static/x.webp", dir)).rejects.toThrow()
  })
})

describe("readOriginal", () => {
  it("reads an uploaded image from the upload folder, not over HTTP", async () => {
    const dir = await tempDir()
    const { writeFile } = await import("node:fs/promises")
    await writeFile(join(dir, "a b.webp"), "bytes")
    expect((await readOriginal("http://unreachable.invalid/static/a%20b.webp", dir)).toString()).toBe("bytes")
  })
})
