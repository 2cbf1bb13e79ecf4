import { describe, expect, it } from "vitest"
import { readStampSerial } from "./serial"

describe("readStampSerial", () => {
  it.each([
    ["as printed", "AD1A99325F7"],
    ["in lower case, in groups", "ad1a-9932 5f7"],
    ["with I and O misread for 1 and 0", "ADIA99325F7"],
  ])("reads a serial typed %s", (_case, typed) => {
    expect(readStampSerial(typed)).toBe("AD1A99325F7")
  })

  it.each([["nothing", ""], ["one character short", "AD1A99325F"], ["a letter outside the alphabet (U)", "AD1A99325FU"], ["a whole code", "5AD1A99325F714HJQDTQ"]])("refuses %s", (_case, typed) => {
    expect(readStampSerial(typed)).toBeNull()
  })
})
