import { expect, test } from "@playwright/test"
import pg from "pg"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { logInToDashboard } from "./fixtures/admin-dashboard.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
// A sellable product no other journey revokes (the last two are taken).
const target = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-3)!
const store = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "", "x-forwarded-for": "198.51.100.61", "user-agent": "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile" }

async function firstCode(lot: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ code: string }>("SELECT s.code FROM stamp s JOIN stamp_batch b ON b.id = s.batch_id WHERE b.lot = $1 ORDER BY s.position LIMIT 1", [lot])
    return rows[0]!.code
  } finally {
    await client.end()
  }
}

test("the programme office issues stamps, follows their scans, closes a shopper's report and revokes the batch", async ({ page, request }) => {
  await logInToDashboard(page)

  await page.goto(`${commerce}/app/stamps`)
  await expect(page.getByRole("heading", { name: "Lô tem OCOP (Stamp batches)" })).toBeVisible()
  await page.getByRole("button", { name: "Cấp lô tem (Issue stamps)" }).click()
  await page.getByPlaceholder("Tìm sản phẩm theo tên… (Search products by title…)").fill(target.title.vi)
  await page.getByRole("button", { name: new RegExp(target.title.vi) }).first().click()
  await page.getByLabel("Số lượng tem, 1–100.000 (Number of stamps, 1–100,000)").fill("3")
  await page.getByLabel("Số lô, không bắt buộc (Lot, optional)").fill("E2E-ADMIN")
  await page.getByRole("button", { name: "Cấp tem (Issue)" }).click()
  await expect(page.getByText("Đã cấp 3 tem (Stamps issued)")).toBeVisible()

  const row = page.getByRole("row", { name: /E2E-ADMIN/ })
  await expect(row).toContainText(target.title.vi)
  await expect(row).toContainText("Đang dùng (Active)")
  // The download link works with the dashboard's session.
  const sheet = await page.request.get(`${commerce}${await row.getByRole("link", { name: "Tải PDF (Download PDF)" }).getAttribute("href")}`)
  expect(sheet.status()).toBe(200)
  expect(sheet.headers()["content-type"]).toBe("application/pdf")

  // A shopper scans one stamp twice and reports a problem with it.
  const code = await firstCode("E2E-ADMIN")
  for (let i = 0; i < 2; i++) expect((await request.get(`${commerce}/verify/stamps?code=${code}`, { headers: store })).status()).toBe(200)
  const reported = await request.post(`${commerce}/store/ocop/stamps/reports`, { headers: store, data: { code, where_bought: "Chợ phiên Sa Pa", message: "Tem dán lệch, nghi bóc lại" } })
  expect(reported.status()).toBe(201)

  await page.reload()
  await expect(row.getByText("2 · 1 · 1")).toBeVisible()
  await expect(row).toContainText("Tem thật (Genuine): 2")
  // The per-product table counts the product's one active batch of one.
  const productRow = page.getByRole("row", { name: new RegExp(target.title.vi) }).filter({ hasText: "1/1 đang dùng (1/1 active)" })
  await expect(productRow.getByText("2 · 1 · 1")).toBeVisible()

  await page.getByRole("link", { name: "Báo cáo của người mua (Shoppers' reports)" }).click()
  const report = page.getByRole("row", { name: /Chợ phiên Sa Pa/ })
  await expect(report).toContainText("Chờ xử lý (Open)")
  await expect(report).toContainText(target.title.vi)
  await report.getByRole("button", { name: "Đóng báo cáo (Close report)" }).click()
  const closing = page.getByRole("alertdialog")
  await closing.getByLabel("Ghi chú xử lý (Resolution note)").fill("Đã liên hệ điểm bán, tem thật dán lại")
  await closing.getByRole("button", { name: "Đóng báo cáo (Close report)" }).click()
  await expect(page.getByText("Đã đóng báo cáo (Report closed)")).toBeVisible()
  // The open list no longer holds it.
  await expect(report).toHaveCount(0)

  await page.goto(`${commerce}/app/stamps`)
  await row.getByRole("button", { name: "Thu hồi lô (Revoke batch)" }).click()
  const revoking = page.getByRole("alertdialog")
  await revoking.getByLabel(/Lý do, ví dụ/).fill("Mất cuộn tem khi vận chuyển")
  await revoking.getByRole("button", { name: "Thu hồi lô (Revoke batch)" }).click()
  await expect(page.getByText("Đã thu hồi lô tem (Batch revoked)")).toBeVisible()
  await expect(row).toContainText("Đã thu hồi (Revoked)")
  await expect(row).toContainText("Mất cuộn tem khi vận chuyển")
  const after = await request.get(`${commerce}/verify/stamps?code=${code}`, { headers: store })
  expect(((await after.json()) as { verification: { state: string } }).verification.state).toBe("batch_revoked")
})

test("the programme office sees which stamp of a batch was copied, by serial and code, and voids it and a misprinted one", async ({ page, request }) => {
  const login = await request.post(`${commerce}/auth/user/emailpass`, { data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })
  const admin = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
  const [listing] = await sql<{ product_id: string }>("SELECT product_id FROM product_listing WHERE handle = $1 AND deleted_at IS NULL", [target.handle])
  const issued = await request.post(`${commerce}/admin/ocop/stamp-batches`, { headers: admin, data: { product_id: listing!.product_id, quantity: 2, lot: "E2E-COPIED" } })
  expect(issued.status()).toBe(201)
  const batchId = ((await issued.json()) as { stamp_batch: { id: string } }).stamp_batch.id
  const [copied] = await sql<{ code: string; serial: string }>("SELECT code, serial FROM stamp WHERE batch_id = $1 ORDER BY position LIMIT 1", [batchId])
  // One printed code scanned on seven phones: more devices than the threshold (5) within the window.
  for (let device = 1; device <= 7; device++) {
    const headers = { ...store, "x-forwarded-for": `198.51.100.${170 + device}`, "user-agent": `Mozilla/5.0 (Linux; Android 14; Copy ${device}) Chrome/131.0 Mobile` }
    expect((await request.get(`${commerce}/verify/stamps?code=${copied!.code}`, { headers })).status()).toBe(200)
  }

  await logInToDashboard(page)
  await page.goto(`${commerce}/app/stamps`)
  const row = page.getByRole("row", { name: /E2E-COPIED/ })
  await expect(row).toContainText("Nghi sao chép (Suspicious): 2")
  const suspicious = row.getByTestId("suspicious-stamps")
  await expect(suspicious).toContainText("Tem nghi sao chép: 1 (Stamps possibly copied)")
  await expect(suspicious).toContainText(`Số ${copied!.serial} · mã ${copied!.code}: 7 thiết bị`)

  // The copied stamp is voided from its line; the batch stays active.
  await suspicious.getByRole("button", { name: "Hủy tem (Void stamp)" }).click()
  const voiding = page.getByRole("alertdialog")
  await expect(voiding).toContainText(`Hủy tem số ${copied!.serial}?`)
  await voiding.getByLabel(/Lý do, ví dụ/).fill("Mã bị sao chép, bán ở chợ Đồng Xuân")
  await voiding.getByRole("button", { name: "Hủy tem (Void stamp)" }).click()
  await expect(page.getByText(`Đã hủy tem ${copied!.serial} (Stamp ${copied!.serial} voided)`)).toBeVisible()
  await expect(suspicious.getByTestId("suspicious-stamp")).toContainText("đã hủy")
  await expect(suspicious.getByRole("button", { name: "Hủy tem (Void stamp)" })).toHaveCount(0)
  await expect(row).toContainText("Đang dùng (Active)")

  // A misprint the producer reported is voided by the serial typed from the sheet, as a person writes it.
  const [misprint] = await sql<{ code: string; serial: string }>("SELECT code, serial FROM stamp WHERE batch_id = $1 ORDER BY position OFFSET 1 LIMIT 1", [batchId])
  await page.getByRole("button", { name: "Hủy một tem (Void one stamp)" }).click()
  const typed = page.getByRole("alertdialog")
  const serialField = typed.getByLabel(/Số sê-ri, 11 ký tự/)
  await serialField.fill("abc")
  await typed.getByLabel(/Lý do, ví dụ/).fill("Tem in nhòe, không quét được")
  await expect(typed.getByRole("button", { name: "Hủy tem (Void stamp)" })).toBeDisabled()
  await serialField.fill(`${misprint!.serial.slice(0, 5)}-${misprint!.serial.slice(5)}`.toLowerCase())
  await typed.getByRole("button", { name: "Hủy tem (Void stamp)" }).click()
  await expect(page.getByText(`Đã hủy tem ${misprint!.serial} (Stamp ${misprint!.serial} voided)`)).toBeVisible()
  // The batch lists both voided stamps, the misprint nobody ever scanned included, newest first, with who and why.
  await expect(row.getByTestId("voided-stamps")).toContainText("Tem đã hủy: 2 (Stamps voided)")
  await expect(row.getByTestId("voided-stamp").first()).toContainText(`Số ${misprint!.serial}: hủy`)
  await expect(row.getByTestId("voided-stamp").first()).toContainText("văn phòng OCOP (OCOP office) — Tem in nhòe, không quét được")
  await expect(row.getByTestId("voided-stamp").nth(1)).toContainText(`Số ${copied!.serial}: hủy`)

  // A shopper scanning either stamp is told it was voided and why, in each language.
  await page.goto(`/v/${copied!.code}`)
  const verdict = page.getByTestId("verify-result")
  await expect(verdict).toHaveAttribute("data-state", "stamp_voided")
  await expect(verdict.getByRole("heading", { level: 1 })).toHaveText("Tem này đã bị hủy")
  await expect(verdict).toContainText("Mã bị sao chép, bán ở chợ Đồng Xuân")
  await page.goto(`/en/v/${misprint!.code}`)
  await expect(verdict).toHaveAttribute("data-state", "stamp_voided")
  await expect(verdict.getByRole("heading", { level: 1 })).toHaveText("This stamp has been voided")
  await expect(verdict).toContainText("Tem in nhòe, không quét được")
})

async function sql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}
