import type { IncomingMessage, ServerResponse } from "node:http"
import { describe, expect, it } from "vitest"
import { isReadableUrl, refuseUnreadableUrl } from "./bad-request.ts"

function answer(url: string, method = "GET") {
  const sent: { status?: number; headers?: Record<string, string>; body?: string | undefined; passed: boolean } = { passed: false }
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status
      sent.headers = headers
      return this
    },
    end(body?: string) {
      sent.body = body
      return this
    },
  } as unknown as ServerResponse
  refuseUnreadableUrl({ url, method } as IncomingMessage, res, () => {
    sent.passed = true
  })
  return sent
}

describe("refuseUnreadableUrl", () => {
  it.each(["/", "/san-pham/mat-ong", "/tim-kiem?q=m%E1%BA%ADt%20ong", "/en/products?q=%25"])("passes %s on to the storefront", (url) => {
    expect(isReadableUrl(url)).toBe(true)
    expect(answer(url).passed).toBe(true)
  })

  it.each([
    ["/tim-kiem?q=%FF", "vi", "Địa chỉ không hợp lệ"],
    ["/san-pham/%FF", "vi", "Địa chỉ không hợp lệ"],
    ["/en/products/%E0%A4%A", "en", "Invalid address"],
    ["/en?q=%", "en", "Invalid address"],
  ])("answers %s with a 400 page in %s first, and the other language below", (url, lang, title) => {
    const sent = answer(url)
    expect(sent.passed).toBe(false)
    expect(sent.status).toBe(400)
    expect(sent.headers?.["content-language"]).toBe(lang)
    expect(sent.headers?.["content-type"]).toContain("text/html")
    expect(sent.body).toContain(`<html lang="${lang}">`)
    expect(sent.body?.indexOf(title)).toBeLessThan(sent.body?.indexOf(lang === "vi" ? "Invalid address" : "Địa chỉ không hợp lệ") ?? 0)
  })

  it("sends no body to HEAD", () => {
    expect(answer("/san-pham/%FF", "HEAD").body).toBeUndefined()
  })
})
