import { expect, test, type APIRequestContext } from "@playwright/test"
import { products } from "../../commerce/src/scripts/seed/products.ts"

// Requests no browser of ours sends, but scripts, old tabs and broken proxies do: each gets a clear
// answer in the page's language, never an empty 500 or another page's message.
test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "HTTP answers, the same on every device"))

const unreadable = { vi: "Không đọc được biểu mẫu bạn gửi", en: "The form you sent could not be read" }
// A product no other journey changes the stock or certificate of.
const jam = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-5)!

async function post(request: APIRequestContext, path: string, body: { json: unknown } | { multipartBroken: true } | { form: string }, accept = "text/html") {
  const origin = new URL(test.info().project.use.baseURL!).origin
  const [contentType, data] =
    "json" in body ? ["application/json", JSON.stringify(body.json)] : "form" in body ? ["application/x-www-form-urlencoded", body.form] : ["multipart/form-data; boundary=zzz", "not a multipart body"]
  return request.post(path, { headers: { origin, accept, "content-type": contentType }, data, maxRedirects: 0 })
}

test("a post that is not a form gets a 400 page in the page's language, not a 500", async ({ request }) => {
  const cases: [string, "vi" | "en", { json: unknown } | { multipartBroken: true }][] = [
    ["/tai-khoan/dang-nhap", "vi", { json: {} }],
    ["/tai-khoan/dang-ky", "vi", { multipartBroken: true }],
    ["/en/account/login", "en", { multipartBroken: true }],
    ["/producer/dang-nhap", "vi", { json: { email: "a@b.vn" } }],
    [`/en/producer/invite/${"A".repeat(43)}`, "en", { json: {} }],
    [`/producer/moi/${"A".repeat(43)}`, "vi", { multipartBroken: true }],
  ]
  for (const [path, lang, body] of cases) {
    const answer = await post(request, path, body)
    expect(answer.status(), path).toBe(400)
    expect(answer.statusText(), path).toBe("Bad Request")
    const html = await answer.text()
    expect(html, path).toContain(`<html lang="${lang}"`)
    expect(html, path).toContain(unreadable[lang])
  }

  // The checkout reads the form only once there is a cart to check out.
  const added = await post(request, "/gio-hang", { form: `intent=add&product_id=prod_x&handle=${jam.handle}&quantity=1` }, "application/json")
  expect(added.status()).toBe(200)
  for (const [path, lang] of [["/thanh-toan", "vi"], ["/en/checkout", "en"]] as const) {
    const answer = await post(request, path, { json: { intent: "details" } })
    expect(answer.status(), path).toBe(400)
    expect(await answer.text(), path).toContain(unreadable[lang])
  }
  const cart = await post(request, "/en/cart", { multipartBroken: true }, "application/json")
  expect(cart.status()).toBe(400)
  expect(((await cart.json()) as { message: string }).message).toContain(unreadable.en)
})

test("the cart island's JSON answers tell a malformed form (400) and an unknown product (404) from a refusal (409)", async ({ request }) => {
  for (const quantity of ["abc", "-1", "1.5", "100"]) {
    const answer = await post(request, "/gio-hang", { form: `intent=update&line_id=cali_x&quantity=${quantity}` }, "application/json")
    expect(answer.status(), quantity).toBe(400)
    expect(((await answer.json()) as { ok: boolean; message: string }).message).toBe("Số lượng phải là số nguyên từ 1 đến 99 (nhập 0 để bỏ sản phẩm khỏi giỏ). Vui lòng sửa và thử lại.")
  }
  const missing = await post(request, "/en/cart", { form: "intent=add&product_id=prod_01ZZZ&handle=zzz-khong-co&quantity=1" }, "application/json")
  expect(missing.status()).toBe(404)
  expect(await missing.json()).toMatchObject({ ok: false, message: "That product was not found in the shop." })
  // A line that is not in this visitor's cart is a refusal of a well-formed request.
  const gone = await post(request, "/gio-hang", { form: "intent=update&line_id=cali_01ZZZ&quantity=2" }, "application/json")
  expect(gone.status()).toBe(409)
})

test("the JSON endpoints answer other methods with 405 and say which they allow", async ({ request }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin
  for (const path of ["/api/cart", "/api/suggest?q=mat"]) {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const answer = await request.fetch(path, { method, headers: { origin, "content-type": "application/json" }, data: "{}" })
      expect(answer.status(), `${method} ${path}`).toBe(405)
      expect(answer.headers()["allow"]).toBe("GET, HEAD")
      expect(await answer.json()).toMatchObject({ error: "method_not_allowed" })
    }
    expect((await request.get(path)).status()).toBe(200)
    expect((await request.head(path)).status()).toBe(200)
  }
})

test("a link with malformed percent-encoding gets a small 400 page in both languages, the path's first", async ({ request }) => {
  for (const [path, first, second] of [
    ["/tim-kiem?q=%FF", "Địa chỉ không hợp lệ", "Invalid address"],
    ["/san-pham/%FF", "Địa chỉ không hợp lệ", "Invalid address"],
    ["/en/products/%E0%A4%A", "Invalid address", "Địa chỉ không hợp lệ"],
  ]) {
    const answer = await request.get(path!)
    expect(answer.status(), path).toBe(400)
    expect(answer.headers()["content-type"]).toContain("text/html")
    const html = await answer.text()
    expect(html.indexOf(first!), path).toBeGreaterThan(-1)
    expect(html.indexOf(first!), path).toBeLessThan(html.indexOf(second!))
  }
})
