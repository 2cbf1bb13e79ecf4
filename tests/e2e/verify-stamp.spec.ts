import { gzipSync } from "node:zlib"
import { expect, test } from "@playwright/test"
import pg from "pg"
import { products } from "../../commerce/src/scripts/seed/products.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
// A sellable product no other journey revokes (admin-revoke-certificate takes the last one).
const target = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-2)!

// The verify page must work on phones without JavaScript: the whole journey runs with it switched off.
test.use({ javaScriptEnabled: false })

// A 1×1 PNG: the report's optional photo travels as multipart from the browser.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

async function sql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

test("a shopper verifies a genuine stamp, then sees the same stamp after the certificate is revoked", async ({ page, request }) => {
  // A shopper scans with a phone; the admin side of the journey goes through the admin API.
  test.skip(test.info().project.name !== "phone", "a shopper's phone journey")
  const login = await request.post(`${commerce}/auth/user/emailpass`, { data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })
  const admin = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
  const [listing] = await sql<{ product_id: string; certificate_id: string }>("SELECT product_id, certificate_id FROM product_listing WHERE handle = $1 AND deleted_at IS NULL", [target.handle])
  const issued = await request.post(`${commerce}/admin/ocop/stamp-batches`, { headers: admin, data: { product_id: listing!.product_id, quantity: 2, lot: "E2E-1" } })
  expect(issued.status()).toBe(201)
  const batchId = ((await issued.json()) as { stamp_batch: { id: string } }).stamp_batch.id
  const [stamp] = await sql<{ code: string }>("SELECT code FROM stamp WHERE batch_id = $1 ORDER BY position LIMIT 1", [batchId])

  const first = await page.goto(`/v/${stamp!.code}`)
  expect(first?.status()).toBe(200)
  // The code in the URL never leaves the site, yet same-origin form posts keep their Origin header.
  expect(first?.headers()["referrer-policy"]).toBe("same-origin")
  const result = page.getByTestId("verify-result")
  await expect(result).toHaveAttribute("data-state", "genuine")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Tem thật — sản phẩm OCOP còn hiệu lực")
  await expect(page.getByTestId("verify-count")).toHaveText("Đây là lần đầu tiên tem này được kiểm tra.")
  await expect(page.getByTestId("verify-product")).toContainText(target.title.vi)
  await expect(page.getByTestId("certificate")).toContainText(target.certificate.decisionNumber)
  // Fast on a slow phone: no framework JavaScript, small HTML.
  const html = await (await request.get(`/v/${stamp!.code}`)).text()
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
  const compressed = gzipSync(html).length
  test.info().annotations.push({ type: "verify page", description: `${html.length} bytes of HTML, ${compressed} gzip-compressed` })
  expect(compressed).toBeLessThan(15 * 1024)

  await page.goto(`/v/${stamp!.code}`)
  await expect(page.getByTestId("verify-count")).toContainText("đã kiểm tra 3 lần")

  const revoked = await request.post(`${commerce}/admin/ocop/certificates/${listing!.certificate_id}/revoke`, { headers: admin, data: { reason: "Vi phạm quy chế sử dụng tem OCOP" } })
  expect(revoked.status()).toBe(200)

  await page.goto(`/v/${stamp!.code}`)
  await expect(result).toHaveAttribute("data-state", "certificate_revoked")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Tem thật, nhưng chứng nhận OCOP đã bị thu hồi")
  await expect(result).toContainText("Vi phạm quy chế sử dụng tem OCOP")
  await expect(page.getByTestId("certificate")).toContainText("Đã thu hồi")

  await page.goto(`/en/v/${stamp!.code}`)
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Genuine stamp, but the OCOP certificate was revoked")

  // A forged code is refused; the shopper reports it with a photo through the plain form post.
  const forged = `${stamp!.code.slice(0, 19)}${stamp!.code.endsWith("A") ? "B" : "A"}`
  await page.goto(`/v/${forged}`)
  await expect(result).toHaveAttribute("data-state", "not_genuine")
  await page.getByLabel("Bạn mua ở đâu?").fill("Quầy OCOP sân bay Nội Bài")
  await page.getByLabel("Vấn đề bạn gặp").fill("Tem in mờ, mã không đúng")
  await page.getByLabel(/Ảnh tem hoặc bao bì/).setInputFiles({ name: "tem.png", mimeType: "image/png", buffer: PNG })
  const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Gửi báo cáo" }).click()])
  expect(sent.status()).toBe(200)
  await expect(page.getByTestId("report-sent")).toHaveText("Cảm ơn bạn! Văn phòng OCOP đã nhận được báo cáo.")
  const reports = await request.get(`${commerce}/admin/ocop/stamp-reports?status=open`, { headers: admin })
  const report = ((await reports.json()) as { stamp_reports: { code: string; verdict: string; where_bought: string; photo_url: string | null }[] }).stamp_reports.find((r) => r.code === forged)
  expect(report).toMatchObject({ verdict: "not_genuine", where_bought: "Quầy OCOP sân bay Nội Bài" })
  expect(report?.photo_url).toMatch(/\.png$/)
})

test("a report that cannot be accepted is explained beside its fields in the page's language, keeping what was typed", async ({ page }) => {
  test.skip(test.info().project.name !== "phone", "a shopper's phone journey")
  // Never printed: the page says "not genuine" and offers the report form.
  const code = "AAAAAAAAAAAAAAAAAAAA"
  await page.goto(`/v/${code}`)
  // Passes the browser's own checks (minlength counts spaces), not ours (commerce trims).
  await page.getByLabel("Bạn mua ở đâu?").fill("Chợ Đồng Xuân")
  await page.getByLabel("Vấn đề bạn gặp").fill("ab ")
  await page.getByLabel(/Ảnh tem hoặc bao bì/).setInputFiles({ name: "tem.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") })
  const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Gửi báo cáo" }).click()])
  expect(refused.status()).toBe(400)
  await expect(page.getByTestId("report-problem")).toContainText("Báo cáo chưa gửi được: hãy sửa các mục được đánh dấu bên dưới.")
  await expect(page.getByTestId("error-message")).toHaveText("Hãy mô tả vấn đề bằng ít nhất 3 ký tự.")
  await expect(page.getByTestId("error-photo")).toHaveText("Ảnh phải là JPEG, PNG hoặc WebP, tối đa 2 MB.")
  await expect(page.getByTestId("error-where_bought")).toHaveCount(0)
  await expect(page.getByLabel("Bạn mua ở đâu?")).toHaveValue("Chợ Đồng Xuân")
  await expect(page.getByLabel("Vấn đề bạn gặp")).toHaveValue("ab ")
  await expect(page.getByLabel("Vấn đề bạn gặp")).toHaveAttribute("aria-invalid", "true")

  // In English, in English, never commerce's field names.
  await page.goto(`/en/v/${code}`)
  await page.getByLabel("Where did you buy it?").fill("  ")
  await page.getByLabel("What is wrong?").fill("The stamp peels off")
  await page.getByRole("button", { name: "Send report" }).click()
  await expect(page.getByTestId("error-where_bought")).toHaveText("Please say where you bought the product (at least 2 characters).")
  await expect(page.getByTestId("report-problem")).not.toContainText("where_bought")
  await expect(page.getByLabel("What is wrong?")).toHaveValue("The stamp peels off")

  // Corrected, it is sent.
  await page.getByLabel("Where did you buy it?").fill("Đồng Xuân market")
  await page.getByRole("button", { name: "Send report" }).click()
  await expect(page.getByTestId("report-sent")).toHaveText("Thank you! The OCOP office has received your report.")
})
