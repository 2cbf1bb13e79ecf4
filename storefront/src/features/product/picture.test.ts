import { describe, expect, it } from "vitest"
import { fallbackSource, srcset } from "./picture"

const image = {
  url: "http://localhost:9000/static/mien.webp",
  width: 800,
  height: 800,
  avif: [
    { url: "http://localhost:9000/static/mien-640w.avif", width: 640 },
    { url: "http://localhost:9000/static/mien-320w.avif", width: 320 },
  ],
  webp: [
    { url: "http://localhost:9000/static/mien-320w.webp", width: 320 },
    { url: "http://localhost:9000/static/mien-800w.webp", width: 800 },
  ],
}

describe("srcset", () => {
  it("lists each variant with its width, narrowest first", () => {
    expect(srcset(image.avif)).toBe("http://localhost:9000/static/mien-320w.avif 320w, http://localhost:9000/static/mien-640w.avif 640w")
  })
})

describe("fallbackSource", () => {
  it("is the widest WebP variant", () => {
    expect(fallbackSource(image)).toBe("http://localhost:9000/static/mien-800w.webp")
  })
  it("is the original when the image has no variants yet", () => {
    expect(fallbackSource({ ...image, width: null, height: null, avif: [], webp: [] })).toBe(image.url)
  })
})
