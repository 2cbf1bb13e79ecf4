import { describe, expect, it } from "vitest"
import { PHOTO_EXTENSIONS, PHOTO_TYPES, photoContentType } from "./validators"

describe("report photo types", () => {
  it("reads back the type of every extension a photo is stored under", () => {
    for (const type of PHOTO_TYPES) expect(photoContentType(PHOTO_EXTENSIONS[type])).toBe(type)
  })

  it("knows no type for anything else", () => {
    expect(photoContentType("gif")).toBeUndefined()
    expect(photoContentType("")).toBeUndefined()
  })
})
