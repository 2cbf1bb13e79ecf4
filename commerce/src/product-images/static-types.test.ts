import { dirname } from "node:path"
import { describe, expect, it } from "vitest"
import { registerImageTypes } from "./static-types"

describe("registerImageTypes", () => {
  it("makes the /static file server label AVIF variants image/avif", () => {
    registerImageTypes()
    const express = require.resolve("express", { paths: [dirname(require.resolve("@medusajs/framework"))] })
    const send = require(require.resolve("send", { paths: [dirname(express)] })) as { mime: { lookup(path: string): string } }
    expect(send.mime.lookup("/static/1796-mien-640w.avif")).toBe("image/avif")
    expect(send.mime.lookup("/static/1796-mien-640w.webp")).toBe("image/webp")
  })
})
