import { createServer, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { createPageCache, sharedLifetime } from "./page-cache.ts"

describe("sharedLifetime", () => {
  it.each([
    [200, { "cache-control": "public, max-age=0, s-maxage=10" }, 1000],
    [410, { "cache-control": "public, max-age=0, s-maxage=10" }, 1000],
    [200, { "cache-control": "public, s-maxage=0" }, 0],
    [200, { "cache-control": "private, no-cache" }, 0],
    [200, { "cache-control": "public, max-age=60" }, 0],
    [200, {}, 0],
    [200, { "cache-control": "public, s-maxage=10", "set-cookie": ["cart=1"] }, 0],
    [500, { "cache-control": "public, s-maxage=10" }, 0],
    [303, { "cache-control": "public, s-maxage=10" }, 0],
  ])("status %i with %j may be shared for %i ms (capped at 1 s)", (status, headers, expected) => {
    expect(sharedLifetime(status, headers, 1000)).toBe(expected)
  })
})

describe("createPageCache", () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

  /** A page server behind the cache whose clock the test moves; counts renders. */
  async function pageServer(page: (url: string, res: ServerResponse) => void) {
    let clock = 1_000_000
    const renders: string[] = []
    const cache = createPageCache({ capMs: 1000, now: () => clock })
    server = createServer((req, res) => cache(req, res, () => (renders.push(req.url ?? ""), page(req.url ?? "", res))))
    await new Promise<void>((ready) => server!.listen(0, "127.0.0.1", ready))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return {
      renders,
      advance: (ms: number) => void (clock += ms),
      get: (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${path}`, { headers, method }),
    }
  }

  const shareable = (url: string, res: ServerResponse) => {
    res.writeHead(url.startsWith("/gone") ? 410 : 200, { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=10" })
    res.write("<p>")
    res.end(`Trang ${url}</p>`)
  }

  it("serves one render of an anonymous page for up to a second, then renders again", async () => {
    const site = await pageServer(shareable)
    const first = await site.get("/san-pham/mien-dong")
    expect(await first.text()).toBe("<p>Trang /san-pham/mien-dong</p>")
    site.advance(600)
    const second = await site.get("/san-pham/mien-dong")
    expect(second.status).toBe(200)
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=10")
    expect(second.headers.get("age")).toBe("0")
    expect(await second.text()).toBe("<p>Trang /san-pham/mien-dong</p>")
    expect(site.renders).toEqual(["/san-pham/mien-dong"])
    site.advance(500)
    await (await site.get("/san-pham/mien-dong")).text()
    expect(site.renders).toEqual(["/san-pham/mien-dong", "/san-pham/mien-dong"])
  })

  it("keeps 410 pages too, and keys by URL and by the encodings the browser accepts", async () => {
    const site = await pageServer(shareable)
    for (const [path, encoding] of [["/gone", "br"], ["/gone", "br"], ["/gone", "gzip"], ["/a?page=2", "br"], ["/a?page=3", "br"]] as const) {
      await (await site.get(path, { "accept-encoding": encoding })).text()
    }
    expect(site.renders).toEqual(["/gone", "/gone", "/a?page=2", "/a?page=3"])
  })

  it("never serves or stores a shopper's page: any cookie, a POST, a private or cookie-setting answer", async () => {
    const site = await pageServer((url, res) => {
      if (url === "/private") res.writeHead(200, { "cache-control": "private, no-cache" })
      else if (url === "/sets-cookie") res.writeHead(200, { "cache-control": "public, s-maxage=10", "set-cookie": "flash=1" })
      else res.writeHead(200, { "cache-control": "public, s-maxage=10" })
      res.end(url)
    })
    await (await site.get("/cart-owner", { cookie: "ocop_cart=cart_1" })).text()
    await (await site.get("/cart-owner", { cookie: "ocop_cart=cart_1" })).text()
    await (await site.get("/private")).text()
    await (await site.get("/private")).text()
    await (await site.get("/sets-cookie")).text()
    await (await site.get("/sets-cookie")).text()
    await (await site.get("/form", {}, "POST")).text()
    await (await site.get("/form", {}, "POST")).text()
    expect(site.renders).toEqual(["/cart-owner", "/cart-owner", "/private", "/private", "/sets-cookie", "/sets-cookie", "/form", "/form"])
    // A page stored for anonymous visitors is not handed to a shopper with a cookie either.
    await (await site.get("/shared")).text()
    await (await site.get("/shared", { cookie: "ocop_customer=jwt" })).text()
    expect(site.renders.at(-1)).toBe("/shared")
    expect(site.renders.filter((url) => url === "/shared")).toHaveLength(2)
  })
})
