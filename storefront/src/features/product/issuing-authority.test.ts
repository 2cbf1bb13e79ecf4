import { describe, expect, it } from "vitest"
import { issuingAuthorityName } from "./issuing-authority"

describe("issuingAuthorityName", () => {
  it.each([
    ["UBND tỉnh Hà Tĩnh", "People's Committee of Hà Tĩnh Province"],
    ["UBND thành phố Hà Nội", "People's Committee of Hà Nội City"],
    ["UBND huyện Lục Ngạn", "People's Committee of Lục Ngạn District"],
    ["Ủy ban nhân dân thị xã Sơn Tây", "People's Committee of Sơn Tây Town"],
    ["UBND xã Bát Tràng", "People's Committee of Bát Tràng Commune"],
    ["Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"],
    ["Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"],
  ])("reads %s in English as %s", (name, english) => {
    expect(issuingAuthorityName(name, "en")).toBe(english)
  })

  it("keeps the Vietnamese name on Vietnamese pages, and any name it does not recognise", () => {
    expect(issuingAuthorityName("UBND tỉnh Hà Tĩnh", "vi")).toBe("UBND tỉnh Hà Tĩnh")
    expect(issuingAuthorityName("Sở Công Thương Hà Tĩnh", "en")).toBe("Sở Công Thương Hà Tĩnh")
  })
})
