import { describe, expect, it } from "vitest"
import { readFormBody } from "./form-body"

const post = (body: string, contentType?: string) => new Request("http://shop.test/tai-khoan/dang-nhap", { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} })

describe("readFormBody", () => {
  it("reads urlencoded and multipart forms", async () => {
    expect((await readFormBody(post("email=a%40b.vn", "application/x-www-form-urlencoded")))?.get("email")).toBe("a@b.vn")
    const form = new FormData()
    form.set("message", "Tem bị rách")
    const multipart = new Request("http://shop.test/v/AAAA", { method: "POST", body: form })
    expect((await readFormBody(multipart))?.get("message")).toBe("Tem bị rách")
  })

  it.each([
    ["JSON", "{}", "application/json"],
    ["plain text", "email=a", "text/plain"],
    ["no content type", "email=a", undefined],
    ["a broken multipart body", "not multipart at all", "multipart/form-data; boundary=b"],
  ])("answers null for %s instead of throwing", async (_name, body, contentType) => {
    expect(await readFormBody(post(body, contentType))).toBeNull()
  })
})
