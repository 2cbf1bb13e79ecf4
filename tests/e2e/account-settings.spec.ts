import { expect, test, type Browser, type Page } from "@playwright/test"
import { customerToken, placeDeliveryOrder } from "./fixtures/store-orders.ts"

/**
 * A signed-in shopper keeps their own details, password and login email on the account page.
 * Changing the password or the email there keeps this browser signed in and signs out every other one.
 */

async function register(page: Page, email: string, password: string) {
  await page.goto("/tai-khoan/dang-ky")
  const registration = page.getByTestId("register-form")
  await registration.getByLabel("Họ và tên *").fill("Lê Văn Tùng")
  await registration.getByLabel("Email *").fill(email)
  await registration.getByLabel("Mật khẩu *").fill(password)
  await registration.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByTestId("flash")).toContainText("Xin chào Lê Văn Tùng")
}

async function logInElsewhere(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto("/tai-khoan/dang-nhap")
  const form = page.getByTestId("login-form")
  await form.getByLabel("Email *").fill(email)
  await form.getByLabel("Mật khẩu *").fill(password)
  await form.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/tai-khoan$/)
  return page
}

/** A browser commerce has signed out offers to log in again on its next page (the storefront asks commerce at most every 15 s). */
async function expectSignedOut(page: Page) {
  await expect
    .poll(
      async () => {
        await page.goto("/")
        return (await page.getByTestId("account-link").textContent())?.trim()
      },
      { timeout: 30_000, intervals: [2_000] }
    )
    .toBe("Đăng nhập")
}

async function changePassword(page: Page, current: string, next: string, repeat = next) {
  const form = page.getByTestId("password-form")
  await form.getByLabel("Mật khẩu hiện tại *").fill(current)
  await form.getByLabel("Mật khẩu mới *", { exact: true }).fill(next)
  await form.getByLabel("Nhập lại mật khẩu mới *").fill(repeat)
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click()
}

test("a shopper corrects their name and phone, and changes their password, signing out their other devices", async ({ page, browser, baseURL }) => {
  const email = `tai-khoan-${test.info().project.name}-${Date.now()}@example.vn`
  await register(page, email, "mat-khau-cu-1")
  const otherDevice = await logInElsewhere(browser, baseURL!, email, "mat-khau-cu-1")

  // Details: shown as the account has them; a switchboard number is refused beside the field.
  const details = page.getByTestId("details-form")
  await expect(details.getByLabel("Họ và tên *")).toHaveValue("Lê Văn Tùng")
  await details.getByLabel("Họ và tên *").fill("Lê Văn Tùng Lâm")
  await details.getByLabel("Số điện thoại (không bắt buộc)").fill("1900 1234")
  await details.getByRole("button", { name: "Lưu thông tin" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Vui lòng sửa các mục được đánh dấu bên dưới.")
  await expect(details.getByLabel("Số điện thoại (không bắt buộc)")).toBeFocused()
  await expect(details.getByLabel("Họ và tên *")).toHaveValue("Lê Văn Tùng Lâm")
  await details.getByLabel("Số điện thoại (không bắt buộc)").fill("0912 345 678")
  await details.getByRole("button", { name: "Lưu thông tin" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Đã lưu thông tin của bạn.")
  await expect(page.getByTestId("account")).toContainText("Lê Văn Tùng Lâm")
  await expect(page.getByTestId("account")).toContainText(/0912\s?345\s?678/)

  // Password: a wrong current one, then a repeat that differs, are each refused beside their field.
  await changePassword(page, "doan-thu-1", "mat-khau-moi-2")
  await expect(page.getByTestId("error-current_password")).toHaveText("Mật khẩu hiện tại không đúng.")
  await expect(page.getByTestId("password-form").getByLabel("Mật khẩu hiện tại *")).toBeFocused()
  await changePassword(page, "mat-khau-cu-1", "mat-khau-moi-2", "mat-khau-moi-3")
  await expect(page.getByTestId("error-new_password_repeat")).toHaveText("Hai mật khẩu chưa giống nhau.")

  // Token times count whole seconds: the other device's login must predate the change.
  await page.waitForTimeout(1100)
  await changePassword(page, "mat-khau-cu-1", "mat-khau-moi-2")
  await expect(page.getByTestId("flash")).toHaveText("Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.")
  await page.reload()
  await expect(page.getByTestId("account")).toContainText(email)

  // The other device is signed out: within seconds any page's header offers to log in again, and
  // the log-in page says why.
  await expectSignedOut(otherDevice)
  await otherDevice.getByTestId("account-link").click()
  await expect(otherDevice).toHaveURL(/\/tai-khoan\/dang-nhap$/)
  await expect(otherDevice.getByTestId("flash")).toContainText("đăng nhập lại")
  await otherDevice.context().close()

  // Only the new password logs in now.
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  const login = page.getByTestId("login-form")
  await login.getByLabel("Email *").fill(email)
  await login.getByLabel("Mật khẩu *").fill("mat-khau-cu-1")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Email hoặc mật khẩu không đúng.")
  await login.getByLabel("Mật khẩu *").fill("mat-khau-moi-2")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("flash")).toContainText("Xin chào Lê Văn Tùng Lâm")
})

test("the account page in English says the same", async ({ page }) => {
  const email = `account-en-${test.info().project.name}-${Date.now()}@example.vn`
  await register(page, email, "mat-khau-cu-1")
  await page.goto("/en/account")
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Change your login email" })).toBeVisible()
  await expect(page.locator("#email-change-intro")).toContainText(`You log in with ${email}.`)
  const form = page.getByTestId("password-form")
  await form.getByLabel("Current password *").fill("mat-khau-cu-1")
  await form.getByLabel("New password *", { exact: true }).fill("mat-khau-cu-1")
  await form.getByLabel("Repeat the new password *").fill("mat-khau-cu-1")
  await form.getByRole("button", { name: "Change password" }).click()
  await expect(page.getByTestId("error-new_password")).toHaveText("The new password must differ from the current one.")
})

async function changeEmail(page: Page, newEmail: string, password: string) {
  const form = page.getByTestId("email-form")
  await form.getByLabel("Email mới *").fill(newEmail)
  await form.getByLabel("Mật khẩu hiện tại *").fill(password)
  await form.getByRole("button", { name: "Đổi email" }).click()
}

test("a shopper moves their account to a new email address and logs in with it from then on", async ({ page, browser, baseURL }) => {
  const run = `${test.info().project.name}-${Date.now()}`
  const oldEmail = `email-cu-${run}@example.vn`
  const newEmail = `email-moi-${run}@example.vn`
  const someoneElse = `nguoi-khac-${run}@example.vn`
  await register(page, someoneElse, "mat-khau-khac-1")
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await register(page, oldEmail, "mat-khau-cu-1")
  await expect(page.locator("#email-change-intro")).toContainText(`Bạn đang đăng nhập bằng ${oldEmail}.`)
  const otherDevice = await logInElsewhere(browser, baseURL!, oldEmail, "mat-khau-cu-1")

  // Refused beside their field, the address kept as typed: a wrong password, another account's
  // address, and the address the account already has.
  await changeEmail(page, newEmail, "doan-thu-1")
  await expect(page.getByTestId("error-email_password")).toHaveText("Mật khẩu hiện tại không đúng.")
  await expect(page.getByTestId("email-form").getByLabel("Mật khẩu hiện tại *")).toBeFocused()
  await expect(page.getByTestId("email-form").getByLabel("Email mới *")).toHaveValue(newEmail)
  await expect(page.getByTestId("error-current_password")).toHaveCount(0)
  await changeEmail(page, someoneElse.toUpperCase(), "mat-khau-cu-1")
  await expect(page.getByTestId("error-new_email")).toHaveText("Email này đã thuộc về một tài khoản khác.")
  await changeEmail(page, oldEmail, "mat-khau-cu-1")
  await expect(page.getByTestId("error-new_email")).toHaveText("Đây đã là email đăng nhập của bạn.")

  // Token times count whole seconds: the other device's login must predate the change.
  await page.waitForTimeout(1100)
  await changeEmail(page, newEmail, "mat-khau-cu-1")
  await expect(page.getByTestId("flash")).toHaveText(`Từ nay bạn đăng nhập bằng ${newEmail}. Các thiết bị khác đã được đăng xuất.`)
  await page.reload()
  await expect(page.getByTestId("account")).toContainText(newEmail)

  // The other device is signed out.
  await expectSignedOut(otherDevice)
  await otherDevice.context().close()

  // Only the new address logs in, with the same password.
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  const login = page.getByTestId("login-form")
  await login.getByLabel("Email *").fill(oldEmail)
  await login.getByLabel("Mật khẩu *").fill("mat-khau-cu-1")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("flash")).toHaveText("Email hoặc mật khẩu không đúng.")
  await login.getByLabel("Email *").fill(newEmail)
  await login.getByLabel("Mật khẩu *").fill("mat-khau-cu-1")
  await login.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByTestId("flash")).toContainText("Xin chào Lê Văn Tùng")
})

test("a shopper with many orders pages through their order history, newest first", async ({ page, request }) => {
  const email = `nhieu-don-${test.info().project.name}-${Date.now()}@example.vn`
  await register(page, email, "mat-khau-cu-1")
  const token = await customerToken(request, email, "mat-khau-cu-1")
  // Eleven orders, one more than a page holds; two well-stocked products no other journey counts.
  const placed: string[] = []
  for (let i = 0; i < 11; i++) placed.push((await placeDeliveryOrder(request, [i % 2 ? "nuoc-mam-ca-com-tan-hoi" : "tra-lien-tu-sen-que-bac"], { customerToken: token })).id)
  const orderLinks = page.getByTestId("order-history").getByRole("link")

  await page.goto("/tai-khoan")
  await expect(page.getByTestId("order-count")).toHaveText("11 đơn hàng, mới nhất trước · Trang 1/2")
  await expect(orderLinks).toHaveCount(10)
  await expect(orderLinks.first()).toHaveAttribute("href", `/don-hang/${placed[10]}`)
  await expect(orderLinks.last()).toHaveAttribute("href", `/don-hang/${placed[1]}`)

  const pages = page.getByRole("navigation", { name: "Các trang lịch sử đơn hàng" })
  await pages.getByRole("link", { name: "Trang sau" }).click()
  await expect(page).toHaveURL(/\/tai-khoan\?page=2#orders-heading$/)
  await expect(page.getByTestId("order-count")).toHaveText("11 đơn hàng, mới nhất trước · Trang 2/2")
  await expect(orderLinks).toHaveCount(1)
  await expect(orderLinks.first()).toHaveAttribute("href", `/don-hang/${placed[0]}`)
  await expect(pages.getByRole("link", { name: "Trang 2" })).toHaveAttribute("aria-current", "page")
  await expect(pages.getByRole("link", { name: "Trang sau" })).toHaveCount(0)

  // The other language shows the same page of the history.
  await page.locator("a.lang-switch").click()
  await expect(page).toHaveURL(/\/en\/account\?page=2$/)
  await expect(page.getByTestId("order-count")).toHaveText("11 orders, newest first · Page 2 of 2")
  await page.getByRole("navigation", { name: "Order history pages" }).getByRole("link", { name: "Previous page" }).click()
  await expect(page.getByTestId("order-count")).toHaveText("11 orders, newest first · Page 1 of 2")

  // A page past the end shows the last one; a page that is not a number, the first.
  await page.goto("/tai-khoan?page=7")
  await expect(page).toHaveURL(/\/tai-khoan\?page=2$/)
  await page.goto("/tai-khoan?page=hai")
  await expect(page).toHaveURL(/\/tai-khoan$/)
  await expect(orderLinks).toHaveCount(10)
})
