import { z } from "astro/zod"
import { describe, expect, it } from "vitest"
import type { APIContext } from "astro"
import { langParameter, onlyGet, parseApiQuery } from "./api-query"

const shape = { lang: langParameter, q: z.string().max(10).default("") }
const parse = (search: string) => parseApiQuery(new URL(`http://shop.test/api/x${search}`), shape)

describe("parseApiQuery", () => {
  it("gives the values, with defaults for what is left out", () => {
    expect(parse("?lang=en&q=mật ong")).toEqual({ ok: true, query: { lang: "en", q: "mật ong" } })
    expect(parse("")).toEqual({ ok: true, query: { lang: "vi", q: "" } })
  })

  it("answers 400 naming each bad parameter, never a silent fallback", async () => {
    const result = parse(`?lang=fr&q=${"x".repeat(11)}`)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.response.status).toBe(400)
    const body = (await result.response.json()) as { error: string; message: string }
    expect(body.error).toBe("invalid_query")
    expect(body.message).toContain("lang")
    expect(body.message).toContain("q")
  })
})

describe("onlyGet", () => {
  const endpoint = onlyGet(() => Response.json({ suggestions: [] }))
  const call = (method: string) => endpoint({ request: new Request("http://shop.test/api/cart", { method }) } as APIContext)

  it.each(["POST", "PUT", "DELETE", "PATCH"])("answers %s with 405 and Allow", async (method) => {
    const response = await call(method)
    expect(response.status).toBe(405)
    expect(response.headers.get("allow")).toBe("GET, HEAD")
    expect(((await response.json()) as { error: string }).error).toBe("method_not_allowed")
  })

  it("answers HEAD as GET", async () => {
    expect((await call("HEAD")).status).toBe(200)
  })
})
