import { expect, test, type Page } from "@playwright/test"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { emailed } from "./fixtures/emails.ts"
import { joinPortal, logIn } from "./fixtures/producer-member.ts"

/**
 * Forgotten passwords, from the log-in page to logging in with the new one. The email is the one
 * commerce recorded (the notification module's record; SMTP sends the same in production).
 */

async function emailedResetLink(email: string): Promise<string> {
  return String((await emailed(email, "password-reset"))["reset_url"])
}

/** The link's page on the storefront under test (commerce builds it with its own STOREFRONT_URL). */
const onThisStorefront = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

async function chooseNewPassword(page: Page, labels: { password: string; repeat: string; submit: string }, password: string, repeat = password) {
  const form = page.getByTestId("password-reset-form")
  await form.getByLabel(labels.password, { exact: true }).fill(password)
  await form.getByLabel(labels.repeat).fill(repeat)
  await form.getByRole("button", { name: labels.submit }).click()
}

test("a shopper who forgot their password gets a link by email, sets a new one, and logs in with it", async ({ page }) => {
  const email = `quen-mat-khau-${test.info().project.name}-${Date.now()}@example.vn`
  await page.goto("/tai-khoan/dang-ky")
  const registration = page.getByTestId("register-form")
  await registration.getByLabel("Họ và tên *").fill("Đỗ Thị Hạnh")
  await registration.getByLabel("Email *").fill(email)
  await registration.getByLabel("Mật khẩu *").fill("mat-khau-cu-1")
  await registration.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByTestId("flash")).toContainText("Xin chào Đỗ Thị Hạnh")
  await page.context().clearCookies()

  // A refused form says so above it and puts the cursor on the first field to correct.
  await page.goto("/tai-khoan/dang-ky")
  await registration.getByLabel("Họ và tên *").fill("Đỗ Thị Hạnh")
  await registration.getByLabel("Email *").fill("chua-dung@")
  await registration.getByLabel("Mật khẩu *").fill("mat-khau-khac-9")
  await registration.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Vui lòng sửa các mục được đánh dấu bên dưới.")
  await expect(registration.getByLabel("Email *")).toBeFocused()

  // The same address in capitals is the same person: no second account.
  await registration.getByLabel("Họ và tên *").fill("Đỗ Thị Hạnh")
  await registration.getByLabel("Email *").fill(email.toUpperCase())
  await registration.getByLabel("Mật khẩu *").fill("mat-khau-khac-9")
  await registration.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Email này đã có tài khoản. Vui lòng đăng nhập.")

  await page.goto("/tai-khoan/dang-nhap")
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/quen-mat-khau$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quên mật khẩu")
  const request = page.getByTestId("password-request-form")
  await request.getByLabel("Email *").fill("chua-dung@")
  await request.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click()
  await expect(request.getByLabel("Email *")).toHaveAttribute("aria-invalid", "true")
  await request.getByLabel("Email *").fill(email.toUpperCase())
  await request.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click()
  await expect(page.getByTestId("flash")).toContainText(`Nếu ${email} có tài khoản, chúng tôi vừa gửi liên kết đặt lại mật khẩu`)

  const link = await emailedResetLink(email)
  expect(new URL(link).pathname).toBe("/tai-khoan/dat-lai-mat-khau")
  const response = await page.goto(onThisStorefront(link))
  expect(response?.headers()["referrer-policy"]).toBe("same-origin")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu mới")
  const labels = { password: "Mật khẩu mới *", repeat: "Nhập lại mật khẩu mới *", submit: "Lưu mật khẩu mới" }

  // A slip in the second field is caught before the password is changed.
  await chooseNewPassword(page, labels, "mat-khau-moi-2", "mat-khau-moi-3")
  await expect(page.getByText("Hai mật khẩu chưa giống nhau.")).toBeVisible()
  await chooseNewPassword(page, labels, "mat-khau-moi-2")
  await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap$/)
  await expect(page.getByTestId("flash")).toHaveText("Đã đổi mật khẩu. Hãy đăng nhập bằng mật khẩu mới.")

  const login = page.getByTestId("login-form")
  await login.getByLabel("Email *").fill(email)
  await login.getByLabel("Mật khẩu *").fill("mat-khau-cu-1")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Email hoặc mật khẩu không đúng.")
  await login.getByLabel("Email *").fill(email.toUpperCase())
  await login.getByLabel("Mật khẩu *").fill("mat-khau-moi-2")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(page.getByTestId("flash")).toContainText("Xin chào Đỗ Thị Hạnh")
  // Logging out says so at once, on the log-in page.
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/dang-nhap$/)
  await expect(page.getByTestId("flash")).toHaveText("Bạn đã đăng xuất.")

  // The link works once: opened again, it explains itself and offers a new one.
  await page.goto(onThisStorefront(link))
  await chooseNewPassword(page, labels, "lai-doi-nua-4")
  await expect(page.getByTestId("flash")).toHaveText("Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Hãy yêu cầu một liên kết mới.")
  await page.getByRole("link", { name: "Yêu cầu liên kết mới" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\/quen-mat-khau$/)
})

test("a producer member resets the portal password in English", async ({ page, request }) => {
  test.skip(test.info().project.name !== "phone", "producers work from their phones")
  const coffee = products.find((product) => product.handle === "ca-phe-bot-bich-thao")!
  const email = `mat-khau-chu-the-${Date.now()}@example.vn`
  await joinPortal(page, request, coffee.producer, { name: "Lê Văn Bảo", email, password: "mat-khau-cu-1" })
  await page.context().clearCookies()

  await page.goto("/en/producer/login")
  await page.getByRole("link", { name: "Forgot your password?" }).click()
  await expect(page).toHaveURL(/\/en\/producer\/forgot-password$/)
  const form = page.getByTestId("password-request-form")
  await form.getByLabel("Email *").fill(email)
  await form.getByRole("button", { name: "Send the reset link" }).click()
  await expect(page.getByTestId("flash")).toContainText(`If ${email} has an account, a reset link is on its way to it.`)

  const link = await emailedResetLink(email)
  expect(new URL(link).pathname).toBe("/en/producer/reset-password")
  await page.goto(onThisStorefront(link))
  await chooseNewPassword(page, { password: "New password *", repeat: "Repeat the new password *", submit: "Save the new password" }, "mat-khau-moi-2")
  await expect(page).toHaveURL(/\/en\/producer\/login$/)
  await expect(page.getByTestId("flash")).toHaveText("Your password has been changed. Log in with the new one.")
  await logIn(page, "en", email, "mat-khau-moi-2")
  await expect(page).toHaveURL(/\/en\/producer$/)
  await expect(page.getByTestId("flash")).toContainText("Hello Lê Văn Bảo!")
})
