import { gzipSync } from "node:zlib"
import { expect, test, type APIRequestContext } from "@playwright/test"
import pg from "pg"
import { products } from "../../commerce/src/scripts/seed/products.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
// A sellable product no other journey revokes (admin-revoke-certificate takes the last one).
const target = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-2)!

// For the typed-code journeys: sellable, and no other journey touches its certificate or producer.
const typedTarget = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0 && product.producer !== "cty-dong-a").at(-4)!

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

async function adminHeaders(request: APIRequestContext): Promise<{ authorization: string }> {
  const login = await request.post(`${commerce}/auth/user/emailpass`, { data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })
  return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
}

/** Issues a batch for a product through the admin API, as the programme office does; its first stamp as printed. */
async function issueStamp(request: APIRequestContext, admin: { authorization: string }, productId: string, lot: string): Promise<{ code: string; serial: string }> {
  const issued = await request.post(`${commerce}/admin/ocop/stamp-batches`, { headers: admin, data: { product_id: productId, quantity: 2, lot } })
  expect(issued.status()).toBe(201)
  const batchId = ((await issued.json()) as { stamp_batch: { id: string } }).stamp_batch.id
  const [stamp] = await sql<{ code: string; serial: string }>("SELECT code, serial FROM stamp WHERE batch_id = $1 ORDER BY position LIMIT 1", [batchId])
  return stamp!
}

async function listingOf(handle: string): Promise<{ product_id: string; certificate_id: string }> {
  const [listing] = await sql<{ product_id: string; certificate_id: string }>("SELECT product_id, certificate_id FROM product_listing WHERE handle = $1 AND deleted_at IS NULL", [handle])
  return listing!
}

test("a shopper verifies a genuine stamp, then sees the same stamp after the certificate is revoked", async ({ page, request }) => {
  // A shopper scans with a phone; the admin side of the journey goes through the admin API.
  test.skip(test.info().project.name !== "phone", "a shopper's phone journey")
  const admin = await adminHeaders(request)
  const listing = await listingOf(target.handle)
  const stamp = await issueStamp(request, admin, listing.product_id, "E2E-1")

  const first = await page.goto(`/v/${stamp.code}`)
  expect(first?.status()).toBe(200)
  // The code in the URL never leaves the site, yet same-origin form posts keep their Origin header.
  expect(first?.headers()["referrer-policy"]).toBe("same-origin")
  const result = page.getByTestId("verify-result")
  await expect(result).toHaveAttribute("data-state", "genuine")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Tem thật — sản phẩm OCOP còn hiệu lực")
  await expect(page.getByTestId("verify-count")).toHaveText("Đây là lần đầu tiên tem này được kiểm tra.")
  await expect(page.getByTestId("verify-product")).toContainText(target.title.vi)
  await expect(page.getByTestId("certificate")).toContainText(target.certificate.decisionNumber)
  // The narrowest phones we support: the grouped code wraps instead of widening the page.
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of [`/v/${stamp.code}`, `/en/v/${stamp.code}`]) {
    await page.goto(path)
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360)
  }
  // Fast on a slow phone: no framework JavaScript, small HTML.
  const html = await (await request.get(`/v/${stamp.code}`)).text()
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
  const compressed = gzipSync(html).length
  test.info().annotations.push({ type: "verify page", description: `${html.length} bytes of HTML, ${compressed} gzip-compressed` })
  expect(compressed).toBeLessThan(15 * 1024)

  await page.goto(`/v/${stamp.code}`)
  await expect(page.getByTestId("verify-count")).toContainText("đã kiểm tra 5 lần")

  const revoked = await request.post(`${commerce}/admin/ocop/certificates/${listing.certificate_id}/revoke`, { headers: admin, data: { reason: "Vi phạm quy chế sử dụng tem OCOP" } })
  expect(revoked.status()).toBe(200)

  await page.goto(`/v/${stamp.code}`)
  await expect(result).toHaveAttribute("data-state", "certificate_revoked")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Tem thật, nhưng chứng nhận OCOP đã bị thu hồi")
  await expect(result).toContainText("Vi phạm quy chế sử dụng tem OCOP")
  await expect(page.getByTestId("certificate")).toContainText("Đã thu hồi")

  await page.goto(`/en/v/${stamp.code}`)
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Genuine stamp, but the OCOP certificate was revoked")

  // A forged code is refused; the shopper reports it with a photo through the plain form post.
  const forged = `${stamp.code.slice(0, 19)}${stamp.code.endsWith("A") ? "B" : "A"}`
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
  // The office sees the photo the shopper sent; nobody without an admin login does.
  const photo = await request.get(`${commerce}${report!.photo_url}`, { headers: admin })
  expect(photo.status()).toBe(200)
  expect(photo.headers()["content-type"]).toBe("image/png")
  expect((await request.get(`${commerce}${report!.photo_url}`)).status()).toBe(401)
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

test("a shopper whose camera fails types the code printed under the QR; a serial or a slip is explained, not called counterfeit", async ({ page, request }) => {
  const { code, serial } = await issueStamp(request, await adminHeaders(request), (await listingOf(typedTarget.handle)).product_id, `E2E-TYPED-${test.info().project.name}`)
  const printed = code.replace(/(.{4})(?=.)/g, "$1-")
  const result = page.getByTestId("verify-result")
  const notACode = page.getByTestId("stamp-not-a-code")
  const codeField = page.getByLabel("Mã tem (20 ký tự)")

  // Found from the header on any page, and the form works without JavaScript.
  await page.goto("/")
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kiểm tra tem" }).click()
  await expect(page).toHaveURL(/\/v$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kiểm tra tem OCOP bằng mã")
  // Typed the way people type: lower case, a space for each dash, a trailing space.
  await codeField.fill(`${printed.toLowerCase().replaceAll("-", " ")} `)
  await page.getByRole("button", { name: "Kiểm tra tem" }).click()
  await expect(page).toHaveURL(new RegExp(`/v/${code}\\?typed=1$`))
  await expect(result).toHaveAttribute("data-state", "genuine")
  await expect(page.getByTestId("verify-product")).toContainText(typedTarget.title.vi)
  // The code to type and the serial are told apart.
  await expect(page.getByTestId("verify-code")).toContainText(printed)
  await expect(page.getByTestId("verify-code")).toContainText("nhập mã này khi không quét được")
  await expect(page.getByTestId("verify-serial")).toContainText(serial)
  await expect(page.getByTestId("verify-serial")).toContainText("không dùng để kiểm tra tem")

  // The serial typed instead of the code: explained on the form, with what was typed kept.
  await page.getByRole("link", { name: "Kiểm tra một tem khác" }).click()
  await codeField.fill(serial)
  const [refused] = await Promise.all([page.waitForResponse((r) => r.url().includes("?code=")), page.getByRole("button", { name: "Kiểm tra tem" }).click()])
  expect(refused.status()).toBe(400)
  await expect(notACode.getByRole("heading", { level: 1 })).toHaveText("Đây không phải mã tem")
  await expect(notACode).toContainText(`«${serial}» là số sê-ri của tem, không phải mã tem.`)
  await expect(codeField).toHaveValue(serial)
  await expect(result).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0)

  // The same in a verify address: the serial, then something that is no code at all.
  expect((await page.goto(`/v/${serial}`))?.status()).toBe(400)
  await expect(notACode).toHaveAttribute("data-serial", "true")
  await expect(page.getByText("Không phải tem OCOP thật")).toHaveCount(0)
  await page.goto("/v/OCOP-123")
  await expect(notACode).toContainText("«OCOP-123» không phải mã tem OCOP: mã tem gồm 20 chữ và số. Hãy xem lại mã in dưới mã QR và nhập lại.")
  // Switching to English keeps what was typed.
  await page.goto((await page.locator("a.lang-switch").getAttribute("href"))!)
  await expect(page).toHaveURL(/\/en\/v\?code=OCOP-123$/)
  await expect(notACode).toContainText("“OCOP-123” is not an OCOP stamp code")
  // Twenty characters with a letter no code has: that letter is named, not the length.
  expect((await page.goto(`/v/${code.slice(0, 19)}U`))?.status()).toBe(400)
  await expect(notACode).toContainText(`«${code.slice(0, 19)}U» không phải mã tem OCOP: mã tem không bao giờ có «U».`)

  // A valid code with a trailing space moves to its canonical address and is genuine.
  await page.goto(`/v/${code}%20`)
  await expect(page).toHaveURL(new RegExp(`/v/${code}$`))
  await expect(result).toHaveAttribute("data-state", "genuine")

  // A well-formed code whose signature does not match, arriving in a verify address as a QR carries it, is not genuine.
  const forged = `${code.slice(0, 19)}${code.endsWith("A") ? "B" : "A"}`
  await page.goto(`/v/${forged.toLowerCase()}`)
  await expect(result).toHaveAttribute("data-state", "not_genuine")
  await expect(result).toHaveAttribute("data-entry", "scanned")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Không phải tem OCOP thật")

  // Typed with two characters swapped, it matches no stamp: check what was typed first, then the warning.
  const at = [...code].findIndex((character, i) => i >= 5 && i < 19 && character !== code[i + 1])
  const swapped = `${code.slice(0, at)}${code[at + 1]}${code[at]}${code.slice(at + 2)}`
  await page.goto("/v")
  await codeField.fill(swapped.replace(/(.{4})(?=.)/g, "$1-"))
  await page.getByRole("button", { name: "Kiểm tra tem" }).click()
  await expect(page).toHaveURL(new RegExp(`/v/${swapped}\\?typed=1$`))
  await expect(result).toHaveAttribute("data-state", "not_genuine")
  await expect(result).toHaveAttribute("data-entry", "typed")
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Mã bạn nhập không khớp với tem nào")
  await expect(result).toContainText(`Bạn đã nhập ${swapped.replace(/(.{4})(?=.)/g, "$1-")}. Hãy so từng ký tự với mã in dưới mã QR trên tem`)
  await expect(result).toContainText("Nếu mã đã đúng từng ký tự mà vẫn không khớp, đây không phải tem OCOP thật")
  await expect(page.getByText("Không phải tem OCOP thật", { exact: true })).toHaveCount(0)
  await result.getByRole("link", { name: "Nhập lại mã" }).click()
  await expect(page).toHaveURL(/\/v$/)

  // A half-scanned GS1 Digital Link is explained the same way; a whole one with a forged code is not genuine.
  expect((await page.goto("/01/08935049500018"))?.status()).toBe(400)
  await expect(notACode).toContainText("«/01/08935049500018» không phải mã tem OCOP")
  await expect(page.getByText("Không phải tem OCOP thật")).toHaveCount(0)
  expect((await page.goto(`/en/01/08935049500018/21/${code.slice(0, 8)}`))?.status()).toBe(400)
  await expect(notACode).toContainText("is not an OCOP stamp code")
  await page.goto(`/01/08935049500018/21/${forged}`)
  await expect(result).toHaveAttribute("data-state", "not_genuine")

  // In English.
  await page.goto("/en/v/")
  await page.getByLabel("Stamp code (20 characters)").fill(printed)
  await page.getByRole("button", { name: "Check stamp" }).click()
  await expect(page).toHaveURL(new RegExp(`/en/v/${code}\\?typed=1$`))
  await expect(result.getByRole("heading", { level: 1 })).toHaveText("Genuine stamp — valid OCOP product")
  await page.goto(`/en/v/${serial}`)
  await expect(notACode).toContainText(`“${serial}” is the stamp's serial number, not its code.`)
})

test("a GS1 Digital Link whose lot holds a slash verifies as printed, in both languages", async ({ page, request }) => {
  const lot = `L/26-${test.info().project.name.slice(0, 2).toUpperCase()}`
  const { code } = await issueStamp(request, await adminHeaders(request), (await listingOf(typedTarget.handle)).product_id, lot)
  // As if the product carried a GTIN when the batch was issued: the QR then holds a Digital Link.
  await sql("UPDATE stamp_batch SET gtin = $1 WHERE id = (SELECT batch_id FROM stamp WHERE code = $2)", ["08931234567897", code])
  const link = `/01/08931234567897/10/${encodeURIComponent(lot)}/21/${code}`
  expect(link).toContain("/10/L%2F26-")
  const result = page.getByTestId("verify-result")
  for (const [path, heading] of [
    [link, "Tem thật — sản phẩm OCOP còn hiệu lực"],
    [`/en${link}`, "Genuine stamp — valid OCOP product"],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200)
    await expect(result).toHaveAttribute("data-state", "genuine")
    await expect(result.getByRole("heading", { level: 1 })).toHaveText(heading)
    await expect(page.getByTestId("verify-product")).toContainText(lot)
  }
})

test("scanning the product page's sample stamp says it is a sample, shows what a real result looks like and asks for no report", async ({ page }) => {
  await page.goto(`/san-pham/${typedTarget.handle}`)
  const sample = page.getByTestId("stamp-sample")
  const scanned = (await sample.getByRole("img").getAttribute("aria-label"))!.replace(/^.*: /, "")
  // The sample's page is what its QR opens.
  await page.goto(new URL(scanned).pathname)
  const notice = page.getByTestId("verify-sample")
  await expect(notice.getByRole("heading", { level: 1 })).toHaveText("Đây là tem mẫu của Chợ OCOP")
  await expect(notice).toContainText("chỉ để minh hoạ")
  await expect(page.getByRole("heading", { name: "Khi quét tem thật trên bao bì" })).toBeVisible()
  await expect(page.getByRole("listitem").filter({ hasText: "Tem thật — sản phẩm OCOP còn hiệu lực" })).toBeVisible()
  await expect(page.getByTestId("verify-result")).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0)
  await expect(page.getByText("Đừng mua sản phẩm này")).toHaveCount(0)

  // From the product page, a shopper can also type a real stamp's code.
  await page.goto(`/san-pham/${typedTarget.handle}`)
  await sample.getByRole("link", { name: "Không quét được mã? Nhập mã tem" }).click()
  await expect(page).toHaveURL(/\/v$/)

  await page.goto("/en/v/mautemocop0000000000")
  await expect(page).toHaveURL(/\/en\/v\/MAUTEMOCOP0000000000$/)
  await expect(page.getByTestId("verify-sample").getByRole("heading", { level: 1 })).toHaveText("This is OCOP Market's sample stamp")
  await expect(page.getByRole("button", { name: "Send report" })).toHaveCount(0)
})
