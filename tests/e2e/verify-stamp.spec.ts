import { gzipSync } from "node:zlib"
import { expect, test } from "@playwright/test"
import pg from "pg"
import { products } from "../../commerce/src/scripts/seed/products.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
// A sellable product no other journey revokes (admin-revoke-certificate takes the last one).
const target = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-2)!

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
  const result = page.getByTestId("verify-result")
  await expect(result).toHaveAttribute("data-state", "genuine")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Tem thật — sản phẩm OCOP còn hiệu lực")
  await expect(page.getByTestId("verify-count")).toHaveText("Đây là lần đầu tiên tem này được kiểm tra.")
  await expect(page.getByTestId("verify-product")).toContainText(target.title.vi)
  await expect(page.getByTestId("certificate")).toContainText(target.certificate.decisionNumber)
  // Fast on a slow phone: no framework JavaScript, small HTML.
  const html = await (await request.get(`/v/${stamp!.code}`)).text()
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
  expect(gzipSync(html).length).toBeLessThan(15 * 1024)

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

  // A forged code is refused, and the page offers the report form.
  const forged = `${stamp!.code.slice(0, 19)}${stamp!.code.endsWith("A") ? "B" : "A"}`
  await page.goto(`/v/${forged}`)
  await expect(result).toHaveAttribute("data-state", "not_genuine")
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toBeVisible()
})
