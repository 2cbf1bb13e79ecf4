import { expect, test, type Page } from "@playwright/test"
import pg from "pg"
import { producers } from "../../commerce/src/scripts/seed/producers.ts"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { emailed } from "./fixtures/emails.ts"
import { inviteMember, issueStampBatch, joinPortal, logIn, otherPhone } from "./fixtures/producer-member.ts"

// The only product of its producer, and one no other journey buys, edits or revokes.
const peanuts = products.find((product) => product.handle === "lac-sen-dien-chau")!
const peanutGrowers = producers.find((producer) => producer.handle === peanuts.producer)!
// A seasonal product no other journey buys: its producer takes it off sale when the season ends.
const oranges = products.find((product) => product.handle === "cam-vinh-minh-thanh")!
// Another producer's certified product, for a stamp batch this member must not download.
const othersProduct = products.find((product) => product.handle === "ca-phe-bot-bich-thao")!
const newPrice = 62_000
const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"

/** A batch's stamps in print order: the code in the QR and the serial printed beside it. */
async function stampsOf(batchId: string): Promise<{ code: string; serial: string }[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<{ code: string; serial: string }>("SELECT code, serial FROM stamp WHERE batch_id = $1 ORDER BY position", [batchId])).rows
  } finally {
    await client.end()
  }
}
const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)}\u00a0₫`

/** A shopper on another phone buys the peanuts for pickup at a sales point, paying cash; answers their email address. */
async function customerOrders(page: Page): Promise<string> {
  const email = `portal-${Date.now()}@example.vn`
  await page.goto(`/san-pham/${peanuts.handle}`)
  const add = page.getByTestId("add-to-cart")
  const quantity = add.getByLabel("Số lượng")
  await quantity.fill("2")
  await quantity.press("Enter")
  await expect(add.getByRole("status")).toContainText("Đã thêm")
  await page.goto("/thanh-toan")
  const details = page.getByTestId("details-form")
  await details.getByLabel("Email *").fill(email)
  await details.getByLabel("Họ và tên người nhận *").fill("Hồ Thị Sen")
  await details.getByLabel("Số điện thoại *").fill("0912 888 999")
  await details.getByLabel("Nhận tại điểm bán OCOP (miễn phí)").check()
  await details.locator("#province").selectOption("nghe-an")
  await details.getByRole("button", { name: "Lưu và tiếp tục" }).click()
  const pickup = page.getByTestId("pickup-form")
  await pickup.locator("label.pickup-point").first().click()
  await pickup.getByRole("button", { name: "Lưu và tiếp tục" }).click()
  const payment = page.getByTestId("payment-form")
  await payment.getByText("Thanh toán khi nhận hàng (COD)").click()
  await payment.getByRole("button", { name: "Lưu và tiếp tục" }).click()
  await page.getByRole("button", { name: /^Đặt hàng/ }).click()
  await expect(page).toHaveURL(/\/don-hang\/order_/)
  await expect(page.getByTestId("order-total")).toHaveText(vnd(2 * newPrice))
  await expect(page.getByTestId("line-step")).toHaveText("Đã đặt, chờ chủ thể chuẩn bị")
  return email
}

test("a producer accepts the invite, edits a story and price, prepares an order for pickup and downloads stamps", async ({ page, request, browser }) => {
  test.skip(test.info().project.name !== "phone", "the portal journey is the phone one: producers work from their phones")
  test.setTimeout(180_000)

  // The programme office invites a member of the peanut producer.
  const email = `sy-thang-${Date.now()}@example.vn`
  const invite = await inviteMember(request, peanuts.producer, email, "owner")

  // A link mistyped from the email says so before she types anything, and offers no form.
  const accept = page.getByTestId("portal-invite-form")
  expect((await page.goto(`${invite.slice(0, -4)}AAAA`))?.status()).toBe(404)
  await expect(page.getByTestId("flash")).toHaveText("Liên kết mời không đúng. Hãy mở lại liên kết trong email.")
  await expect(accept).toHaveCount(0)

  // The right link names the cooperative, her role and the address to use, already filled in.
  await page.goto(invite)
  await expect(page.getByTestId("portal-intro")).toContainText(`${peanutGrowers.name} mời bạn tham gia cổng chủ thể với vai trò chủ sở hữu.`)
  await expect(page.getByTestId("portal-intro")).toContainText(email)
  await expect(accept.getByLabel("Email *")).toHaveValue(email)
  await accept.getByLabel("Họ và tên *").fill("Nguyễn Thị Thắng")
  await accept.getByLabel("Mật khẩu *").fill("ngan")
  await accept.getByRole("button", { name: "Tạo tài khoản và vào cổng" }).click()
  // A too-short password is explained beside the field; the name and email stay as typed.
  await expect(page.getByTestId("error-password")).toContainText("Mật khẩu cần ít nhất 8 ký tự")
  await expect(accept.getByLabel("Email *")).toHaveValue(email)
  await accept.getByLabel("Mật khẩu *").fill("lac-sen-dien-chau")
  await accept.getByRole("button", { name: "Tạo tài khoản và vào cổng" }).click()
  await expect(page).toHaveURL(/\/producer$/)
  await expect(page.getByTestId("flash")).toContainText("Chào mừng Nguyễn Thị Thắng")
  await expect(page.getByTestId("dashboard-to-prepare")).toContainText("Không có đơn nào")
  // The link, opened again from the email, says it has been used.
  expect((await page.goto(invite))?.status()).toBe(410)
  await expect(page.getByTestId("flash")).toHaveText(`Lời mời của ${peanutGrowers.name} đã được dùng để tạo tài khoản. Nếu đó là bạn, hãy đăng nhập.`)
  await expect(accept).toHaveCount(0)
  await page.goto("/producer")

  // The owner publishes how shoppers reach the cooperative: a mistyped number is explained, then it is saved.
  const contactForm = page.getByTestId("contact-form")
  await contactForm.getByLabel("Số điện thoại").fill("0903 111")
  await contactForm.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByTestId("error-phone")).toHaveText("Số điện thoại Việt Nam chưa đúng, ví dụ: 0912 345 678.")
  await contactForm.getByLabel("Số điện thoại").fill("0903 111 222")
  await contactForm.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã lưu thông tin liên hệ.")
  await expect(contactForm.getByLabel("Số điện thoại")).toHaveValue("0903 111 222")

  // Logs out and back in; the portal is never stored by a cache.
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/producer\/dang-nhap$/)
  await logIn(page, "vi", email, "sai-mat-khau")
  await expect(page.getByTestId("flash")).toContainText("Email hoặc mật khẩu không đúng")
  await logIn(page, "vi", email, "lac-sen-dien-chau")
  await expect(page).toHaveURL(/\/producer$/)
  const dashboard = await page.request.get("/producer")
  expect(dashboard.headers()["cache-control"]).toBe("private, no-store")

  // Edits the story in Markdown (HTML and script links in it stay harmless text) and the price, typed as the shop prints it.
  await page.getByRole("navigation", { name: "Các mục của cổng chủ thể" }).getByRole("link", { name: "Sản phẩm" }).click()
  const card = page.getByTestId("portal-product").filter({ hasText: peanuts.title.vi })
  await expect(card).toContainText("Đang bán")
  await card.getByText("Sửa thông tin").click()
  const story = [
    "Hạt lạc sen trồng trên **đất cát ven biển** Diễn Châu.",
    "<script>window.injected = true</script> Phơi ba nắng.",
    "- Không chất bảo quản\n- [Xem vùng trồng](javascript:window.injected=true)",
  ].join("\n\n")
  await card.getByLabel("Câu chuyện sản phẩm (tiếng Việt)").fill(story)
  await card.getByLabel("Giá bán (đồng)").fill("62 000 ₫")
  await card.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã lưu.")
  await expect(card).toContainText(vnd(newPrice))
  const preview = card.getByTestId("story-preview")
  await expect(preview.locator("strong")).toHaveText("đất cát ven biển")
  await expect(preview).toContainText("<script>window.injected = true</script>")

  // The shop shows the new story, formatted, and the new price at once; nothing in the story runs.
  await page.goto(`/san-pham/${peanuts.handle}`)
  const shopStory = page.getByTestId("product-story")
  await expect(shopStory.locator("strong")).toHaveText("đất cát ven biển")
  await expect(shopStory.getByRole("listitem")).toHaveCount(2)
  await expect(shopStory).toContainText("<script>window.injected = true</script>")
  await expect(shopStory.locator("script, a[href^='javascript']")).toHaveCount(0)
  expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined()
  await expect(page.getByText(vnd(newPrice)).first()).toBeVisible()
  const producerContact = page.getByTestId("producer").getByTestId("producer-contact")
  await expect(producerContact).toHaveText("Liên hệ chủ thể: 0903 111 222")
  await expect(producerContact.getByRole("link", { name: "0903 111 222" })).toHaveAttribute("href", "tel:+84903111222")

  // Adds a photo from the phone and makes it the main one: the shop's gallery leads with it.
  const gallery = page.getByTestId("product-gallery").locator("picture img")
  await expect(gallery).toHaveCount(1)
  const seededSrc = (await gallery.first().getAttribute("src"))!
  // Straight from the camera: a 3000 × 2250 photo, more than a plain form post may carry (8 MB).
  const cameraPhoto = Buffer.from(
    await page.evaluate(() => {
      const canvas = document.createElement("canvas")
      canvas.width = 3000
      canvas.height = 2250
      const context = canvas.getContext("2d")!
      const image = context.createImageData(canvas.width, canvas.height)
      for (let i = 0; i < image.data.length; i += 4) {
        const x = (i / 4) % canvas.width
        image.data[i] = 150 + (x % 90) + Math.random() * 12
        image.data[i + 1] = 110 + Math.random() * 12
        image.data[i + 2] = 40 + Math.random() * 12
        image.data[i + 3] = 255
      }
      context.putImageData(image, 0, 0)
      return canvas.toDataURL("image/png").split(",")[1]!
    }),
    "base64"
  )
  expect(cameraPhoto.length).toBeGreaterThan(8 * 1024 * 1024)
  await page.goto("/producer/san-pham")
  const photos = card.getByTestId("product-photos")
  // The upload form comes alive once scrolled to, as on a phone.
  await photos.getByLabel("Thêm ảnh").scrollIntoViewIfNeeded()
  await expect(photos.getByTestId("photo-form")).toHaveAttribute("data-enhanced", "true")
  await photos.getByLabel("Thêm ảnh").setInputFiles({ name: "IMG_2041.png", mimeType: "image/png", buffer: cameraPhoto })
  await expect(photos.getByRole("img", { name: "Ảnh sắp tải lên" })).toBeVisible()
  // The phone shrinks it to what the shop stores (≤ 2400 px JPEG) before sending it: sent as taken,
  // it would be refused as over 8 MB.
  await photos.getByRole("button", { name: "Tải ảnh lên" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Đã thêm ảnh cho ${peanuts.title.vi}`)
  await expect(photos.getByTestId("product-photo")).toHaveCount(2)
  await photos.getByTestId("product-photo").nth(1).getByRole("button", { name: "Đặt làm ảnh chính" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã đổi ảnh chính.")
  await expect(photos.getByTestId("product-photo").first().getByText("Ảnh chính")).toBeVisible()
  await page.goto(`/san-pham/${peanuts.handle}`)
  await expect(gallery).toHaveCount(2)
  expect(await gallery.first().getAttribute("src")).not.toBe(seededSrc)
  expect(await gallery.nth(1).getAttribute("src")).toBe(seededSrc)

  // Limits delivery to Nghệ An (as for a plant that cannot travel far), sees the shop say so, then lifts it.
  await page.goto("/producer/san-pham")
  await card.getByText("Sửa thông tin").click()
  const area = card.getByTestId("delivery-area-field")
  await expect(area.getByTestId("delivery-area-now")).toHaveText("Hiện giao toàn quốc.")
  await area.getByText("Chọn tỉnh/thành được giao").click()
  await area.getByLabel("Nghệ An").check()
  await card.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã lưu.")
  await expect(area.getByTestId("delivery-area-now")).toHaveText("Hiện chỉ giao trong Nghệ An.")
  await page.goto(`/san-pham/${peanuts.handle}`)
  await expect(page.getByTestId("delivery-area")).toHaveText("Chỉ giao hàng trong Nghệ An; nhận tại điểm bán có hàng thì ở đâu cũng được.")
  await page.goto("/producer/san-pham")
  await card.getByText("Sửa thông tin").click()
  await expect(area.getByLabel("Nghệ An")).toBeChecked()
  await area.getByLabel("Nghệ An").uncheck()
  await card.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã lưu.")
  await expect(area.getByTestId("delivery-area-now")).toHaveText("Hiện giao toàn quốc.")
  await page.goto(`/san-pham/${peanuts.handle}`)
  await expect(page.getByTestId("product-story")).toBeVisible()
  await expect(page.getByTestId("delivery-area")).toHaveCount(0)

  // A customer orders two packs for pickup.
  const shopper = await otherPhone(browser)
  const shoppersPage = await shopper.newPage()
  const shoppersEmail = await customerOrders(shoppersPage)

  // The order waits on the dashboard and counts in this month's sales.
  await page.goto("/producer")
  await expect(page.getByTestId("dashboard-to-prepare")).toContainText("Đơn cần chuẩn bị (1)")
  await expect(page.getByTestId("dashboard-to-prepare")).toContainText(`${peanuts.title.vi} × 2`)
  await expect(page.getByTestId("dashboard-sales")).toContainText(vnd(2 * newPrice))

  // Prepared, then ready for pickup; the customer's email is never shown, their name and phone are.
  await page.goto("/producer/don-hang")
  const line = page.getByTestId("order-line").first()
  await expect(line).toContainText("Hồ Thị Sen")
  await expect(line).toContainText("+84912888999")
  await expect(line).not.toContainText("@example.vn")
  // Paid in cash at pickup: nothing holds the goods back.
  await expect(line.getByTestId("order-payment")).toHaveText("Thanh toán: Thanh toán khi nhận hàng (COD)")
  await expect(line.getByTestId("awaiting-transfer-hold")).toHaveCount(0)
  await line.getByRole("button", { name: "Đánh dấu đã chuẩn bị" }).click()
  await expect(page.getByTestId("flash")).toContainText("Đã chuẩn bị")
  await page.getByTestId("order-line").first().getByRole("button", { name: "Đánh dấu sẵn sàng để nhận" }).click()
  await expect(page.getByTestId("flash")).toContainText("Sẵn sàng để nhận")
  await expect(page.getByTestId("order-line").first()).toHaveAttribute("data-status", "ready_for_pickup")

  // The shopper is emailed that the peanuts wait at the sales point, and their order page says so.
  const readyEmail = await emailed(shoppersEmail, "order-progress")
  expect(readyEmail).toMatchObject({ status: "ready_for_pickup", items: [{ title: peanuts.title.vi, quantity: 2 }] })
  expect(String(readyEmail["order_url"])).toContain(new URL(shoppersPage.url()).pathname)
  await shoppersPage.reload()
  await expect(shoppersPage.getByTestId("line-step")).toHaveText("Sẵn sàng để nhận tại điểm bán")
  await expect(shoppersPage.getByTestId("order-ready")).toContainText("Mời bạn mang mã đơn")
  await expect(shoppersPage.getByTestId("order-cancel")).toHaveCount(0)
  await shopper.close()

  // Issues a batch of stamps and downloads its printable sheet through the storefront.
  await page.goto("/producer/tem")
  const issue = page.getByTestId("issue-form")
  await issue.getByLabel("Số lượng tem (1–100.000) *").fill("3")
  await issue.getByLabel("Số lô (không bắt buộc)").fill("E2E-PORTAL")
  await issue.getByRole("button", { name: "Cấp tem" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Đã cấp 3 tem cho ${peanuts.title.vi}`)
  const batch = page.getByTestId("stamp-batch").filter({ hasText: "E2E-PORTAL" })
  const href = await batch.getByRole("link", { name: "Tải tờ tem (PDF)" }).getAttribute("href")
  const sheet = await page.request.get(href!)
  expect(sheet.status()).toBe(200)
  expect(sheet.headers()["content-type"]).toBe("application/pdf")
  expect((await sheet.body()).subarray(0, 5).toString()).toBe("%PDF-")

  // Another producer's batch is not found, on a portal page in the member's language, not commerce's JSON.
  const foreignId = await issueStampBatch(request, othersProduct.handle)
  for (const [path, text, back] of [
    [`/producer/tem/${foreignId}/pdf`, "Không tìm thấy lô tem này", "Về danh sách lô tem"],
    [`/en/producer/stamps/${foreignId}/pdf`, "This stamp batch is not among your producer's batches.", "Back to the stamp batches"],
  ] as const) {
    const missing = await page.goto(path)
    expect(missing?.status()).toBe(404)
    expect(missing?.headers()["content-type"]).toContain("text/html")
    await expect(page.getByTestId("flash")).toContainText(text)
    await expect(page.getByTestId("portal-producer")).toBeVisible()
    await expect(page.getByTestId("back-to-stamps")).toHaveText(back)
  }

  // A portal form post whose body is not a form is a 400 page with the reason, the member still signed in.
  const notAForm = await page.request.post("/producer/san-pham", { headers: { origin: new URL(page.url()).origin, "content-type": "application/json" }, data: "{}", maxRedirects: 0 })
  expect(notAForm.status()).toBe(400)
  expect(await notAForm.text()).toContain("Không đọc được biểu mẫu bạn gửi")
  // A form whose hidden product id was tampered with says so at the top, not beside a field no one sees.
  const tampered = await page.request.post("/producer/san-pham", { headers: { origin: new URL(page.url()).origin }, form: { product_id: "abc", title: "Lạc sen", price: "55000" }, maxRedirects: 0 })
  expect(tampered.status()).toBe(400)
  expect(await tampered.text()).toContain("Biểu mẫu không hợp lệ, hãy tải lại trang và thử lại.")

  // Without the member's login neither the portal nor the sheet is served.
  const stranger = await otherPhone(browser)
  const anonymous = await stranger.newPage()
  await anonymous.goto("/producer/don-hang")
  await expect(anonymous).toHaveURL(/\/producer\/dang-nhap$/)
  const refused = await anonymous.request.get(href!, { maxRedirects: 0 })
  expect(refused.status()).toBe(303)
  await stranger.close()
})

test("a producer voids the stamp its alert names as copied, and one spoilt in printing by the serial on the sheet", async ({ page, request }) => {
  test.skip(test.info().project.name !== "phone", "the portal journey is the phone one: producers work from their phones")
  const tea = products.find((product) => product.handle === "che-dinh-tan-cuong-hao-dat")!
  const email = `tem-${Date.now()}@example.vn`
  await joinPortal(page, request, tea.producer, { name: "Hảo Đạt", email, password: "che-dinh-tan-cuong" })

  const [copied, spoilt] = await stampsOf(await issueStampBatch(request, tea.handle, 2))
  const [foreign] = await stampsOf(await issueStampBatch(request, othersProduct.handle))
  // One printed code scanned on seven phones: more devices than the threshold (5) within the window.
  for (let device = 1; device <= 7; device++) {
    const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "", "x-forwarded-for": `198.51.100.${190 + device}`, "user-agent": `Mozilla/5.0 (Linux; Android 14; Chép ${device}) Chrome/131.0 Mobile` }
    expect((await request.get(`${commerce}/verify/stamps?code=${copied!.code}`, { headers })).status()).toBe(200)
  }

  // The alert names the copied stamp; voiding it asks why, and the line then says it was voided.
  await page.goto("/producer/tem")
  const line = page.getByTestId("suspicious-stamps").getByRole("listitem").filter({ hasText: copied!.serial })
  await line.getByText("Hủy tem này").click()
  await line.getByRole("button", { name: "Hủy tem" }).click()
  await expect(line.getByTestId("error-reason")).toHaveText("Vui lòng điền mục này.")
  await line.getByLabel("Lý do hủy *").fill("Mã bị sao chép, bán ở chợ Thái Nguyên")
  await line.getByRole("button", { name: "Hủy tem" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Đã hủy tem số ${copied!.serial}`)
  await expect(page.getByTestId("suspicious-stamps").getByRole("listitem").filter({ hasText: copied!.serial })).toContainText("đã hủy ngày")
  await expect(page.getByTestId("void-suspicious")).toHaveCount(0)

  // A misprint is voided by the serial typed off the sheet, as a person writes it; what is wrong is said beside the field.
  const typed = page.getByTestId("void-form")
  await typed.getByLabel("Số sê-ri (11 ký tự in dưới mã QR) *").fill("AD1A-99")
  await typed.getByLabel("Lý do hủy *").fill("In lệch, đã bóc bỏ")
  await typed.getByRole("button", { name: "Hủy tem" }).click()
  await expect(typed.getByTestId("error-serial")).toContainText("Số sê-ri gồm 11 chữ và số in dưới mã QR")
  await expect(typed.getByLabel("Lý do hủy *")).toHaveValue("In lệch, đã bóc bỏ")
  await typed.getByLabel("Số sê-ri (11 ký tự in dưới mã QR) *").fill(`${spoilt!.serial.slice(0, 4)}-${spoilt!.serial.slice(4, 8)}-${spoilt!.serial.slice(8)}`.toLowerCase())
  await typed.getByRole("button", { name: "Hủy tem" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Đã hủy tem số ${spoilt!.serial}`)
  // The batch lists both stamps it lost, the misprint nobody ever scanned included.
  const batch = page.getByTestId("stamp-batch").filter({ hasText: spoilt!.serial })
  await batch.getByText("Tem đã hủy trong lô: 2").click()
  await expect(batch.getByTestId("voided-stamp")).toHaveText([
    new RegExp(`Số ${spoilt!.serial} · hủy ngày \\d{1,2}/\\d{1,2}/\\d{4} bởi chủ thể: In lệch, đã bóc bỏ`),
    new RegExp(`Số ${copied!.serial} · hủy ngày \\d{1,2}/\\d{1,2}/\\d{4} bởi chủ thể: Mã bị sao chép, bán ở chợ Thái Nguyên`),
  ])

  // Another producer's stamp is not one this member can void: refused as unknown, and it stays genuine.
  await typed.getByLabel("Số sê-ri (11 ký tự in dưới mã QR) *").fill(foreign!.serial)
  await typed.getByLabel("Lý do hủy *").fill("Không phải tem của mình")
  await typed.getByRole("button", { name: "Hủy tem" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Không có tem số sê-ri ${foreign!.serial}`)
  await expect(typed.getByLabel("Số sê-ri (11 ký tự in dưới mã QR) *")).toHaveValue(foreign!.serial)

  // A shopper scanning either voided stamp is told so, with the producer's reason.
  await page.goto(`/v/${spoilt!.code}`)
  await expect(page.getByTestId("verify-voided-reason")).toContainText("In lệch, đã bóc bỏ")
  await page.goto(`/v/${foreign!.code}`)
  await expect(page.getByTestId("verify-voided-reason")).toHaveCount(0)
})

test("a member changes the portal password on the dashboard, stays signed in there and is signed out on another phone", async ({ page, request, browser }) => {
  const email = `doi-mat-khau-${test.info().project.name}-${Date.now()}@ocop.test`
  await joinPortal(page, request, peanuts.producer, { name: "Ngô Thị Sen", email, password: "lac-sen-cu-1" })
  const phone = await otherPhone(browser)
  const onPhone = await phone.newPage()
  await logIn(onPhone, "vi", email, "lac-sen-cu-1")
  await expect(onPhone).toHaveURL(/\/producer$/)

  const form = page.getByTestId("password-form")
  const change = async (current: string, next: string) => {
    await form.getByLabel("Mật khẩu hiện tại *").fill(current)
    await form.getByLabel("Mật khẩu mới *", { exact: true }).fill(next)
    await form.getByLabel("Nhập lại mật khẩu mới *").fill(next)
    await form.getByRole("button", { name: "Đổi mật khẩu" }).click()
  }
  await change("doan-sai-1", "lac-sen-moi-2")
  await expect(form.getByTestId("error-current_password")).toHaveText("Mật khẩu hiện tại không đúng.")
  await expect(form.getByLabel("Mật khẩu hiện tại *")).toBeFocused()

  // Token times count whole seconds: the phone's login must predate the change.
  await page.waitForTimeout(1100)
  await change("lac-sen-cu-1", "lac-sen-moi-2")
  await expect(page.getByTestId("flash")).toHaveText("Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.")
  await page.goto("/producer/don-hang")
  await expect(page).toHaveURL(/\/producer\/don-hang$/)

  await onPhone.goto("/producer")
  await expect(onPhone).toHaveURL(/\/producer\/dang-nhap$/)
  await logIn(onPhone, "vi", email, "lac-sen-moi-2")
  await expect(onPhone).toHaveURL(/\/producer$/)
  await phone.close()
})

test("a member moves the portal login to a new address on the dashboard, stays signed in there and is signed out on another phone", async ({ page, request, browser }) => {
  const run = `${test.info().project.name}-${Date.now()}`
  const email = `doi-email-cu-${run}@ocop.test`
  const newEmail = `doi-email-moi-${run}@ocop.test`
  await joinPortal(page, request, peanuts.producer, { name: "Ngô Văn Lạc", email, password: "lac-sen-dung-1" })
  const phone = await otherPhone(browser)
  const onPhone = await phone.newPage()
  await logIn(onPhone, "vi", email, "lac-sen-dung-1")
  await expect(onPhone).toHaveURL(/\/producer$/)
  await expect(page.locator("#email-change-intro")).toContainText(`Bạn đang đăng nhập cổng chủ thể bằng ${email}.`)

  const form = page.getByTestId("email-form")
  const change = async (address: string, password: string) => {
    await form.getByLabel("Email mới *").fill(address)
    await form.getByLabel("Mật khẩu hiện tại *").fill(password)
    await form.getByRole("button", { name: "Đổi email" }).click()
  }
  await change(newEmail, "doan-sai-1")
  await expect(form.getByTestId("error-email_password")).toHaveText("Mật khẩu hiện tại không đúng.")
  await expect(form.getByLabel("Mật khẩu hiện tại *")).toBeFocused()
  await expect(form.getByLabel("Email mới *")).toHaveValue(newEmail)
  await change(email.toUpperCase(), "lac-sen-dung-1")
  await expect(form.getByTestId("error-new_email")).toHaveText("Đây đã là email đăng nhập của bạn.")

  // Token times count whole seconds: the phone's login must predate the change.
  await page.waitForTimeout(1100)
  await change(newEmail, "lac-sen-dung-1")
  await expect(page.getByTestId("flash")).toHaveText(`Từ nay bạn đăng nhập bằng ${newEmail}. Các thiết bị khác đã được đăng xuất.`)
  await expect(page.locator("#email-change-intro")).toContainText(`bằng ${newEmail}.`)
  await page.goto("/producer/don-hang")
  await expect(page).toHaveURL(/\/producer\/don-hang$/)

  await onPhone.goto("/producer")
  await expect(onPhone).toHaveURL(/\/producer\/dang-nhap$/)
  await logIn(onPhone, "vi", email, "lac-sen-dung-1")
  await expect(onPhone).toHaveURL(/\/producer\/dang-nhap$/)
  await logIn(onPhone, "vi", newEmail, "lac-sen-dung-1")
  await expect(onPhone).toHaveURL(/\/producer$/)
  await phone.close()
})

test("a producer takes a seasonal product off sale, shoppers holding the link are told, and it goes back on sale", async ({ page, request, browser }) => {
  await joinPortal(page, request, oranges.producer, { name: "Trần Văn Thành", email: `het-mua-${test.info().project.name}-${Date.now()}@ocop.test`, password: "cam-vinh-mua-1" })
  await page.goto("/producer/san-pham")
  const card = page.getByTestId("portal-product").filter({ has: page.getByRole("heading", { name: oranges.title.vi }) })
  await expect(card.getByText("Đang bán", { exact: true })).toBeVisible()
  await card.getByRole("button", { name: "Ngừng bán" }).click()
  await expect(page.getByTestId("flash")).toHaveText(`Đã ngừng bán ${oranges.title.vi}. Bấm “Đăng bán” khi muốn bán lại.`)
  await expect(card.getByText("Chưa bán được", { exact: true })).toBeVisible()
  await expect(card.getByTestId("product-reason")).toHaveText("Bạn đã ngừng bán sản phẩm này.")
  await expect(card.getByRole("button", { name: "Ngừng bán" })).toHaveCount(0)

  const shopper = await otherPhone(browser)
  const shop = await shopper.newPage()
  const gone = await shop.goto(`/san-pham/${oranges.handle}`)
  expect(gone?.status()).toBe(410)
  await expect(shop.getByTestId("delisted")).toContainText(oranges.title.vi)
  await expect(shop.getByTestId("delisted")).toContainText("Sản phẩm này hiện không được bày bán.")
  await expect(shop.getByTestId("add-to-cart")).toHaveCount(0)

  await card.getByRole("button", { name: "Đăng bán" }).click()
  await expect(page.getByTestId("flash")).toHaveText(`Đã đăng bán ${oranges.title.vi}.`)
  await expect(card.getByText("Đang bán", { exact: true })).toBeVisible()
  // The shopper saw the page a moment ago without cookies: the storefront shares such a view for up to a second (page-cache.ts).
  await expect.poll(async () => (await shop.goto(`/san-pham/${oranges.handle}`))?.status(), { timeout: 5_000 }).toBe(200)
  await expect(shop.getByTestId("add-to-cart")).toBeVisible()
  await shopper.close()
})
