import { expect, test } from "@playwright/test"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { inviteMember, logIn, otherPhone } from "./fixtures/producer-member.ts"

// The only product of its producer, and one no other journey buys, edits or revokes.
const coffee = products.find((product) => product.handle === "ca-phe-bot-bich-thao")!
const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)}\u00a0₫`

test("a producer member works in the English portal, then switches to Vietnamese on the same section", async ({ page, request, browser }) => {
  test.skip(test.info().project.name !== "phone", "the portal journey is the phone one: producers work from their phones")
  test.setTimeout(120_000)

  // The invite email links to the Vietnamese page; its language switch opens the English one.
  const email = `bich-thao-${Date.now()}@example.vn`
  await page.goto(await inviteMember(request, coffee.producer, email))
  await page.getByRole("link", { name: "Xem trang bằng tiếng Anh" }).click()
  await expect(page).toHaveURL(/\/en\/producer\/invite\/[A-Za-z0-9_-]+$/)
  const accept = page.getByTestId("portal-invite-form")
  await expect(page.getByTestId("portal-intro")).toContainText("invites you to its producer portal as staff.")
  await accept.getByLabel("Full name *").fill("Trần Văn Thao")
  await accept.getByLabel("Email *").fill(email)
  await accept.getByLabel("Password *").fill("ca-phe-bich-thao")
  await accept.getByRole("button", { name: "Create account and enter" }).click()
  await expect(page).toHaveURL(/\/en\/producer$/)
  await expect(page.getByTestId("flash")).toContainText("Welcome Trần Văn Thao")
  await page.getByRole("button", { name: "Log out" }).click()
  await expect(page).toHaveURL(/\/en\/producer\/login$/)
  await expect(page.getByTestId("flash")).toContainText("You have logged out of the producer portal.")

  // A wrong password is explained in English; the right one opens the English dashboard.
  await logIn(page, "en", email, "wrong-password")
  await expect(page.getByTestId("flash")).toContainText("Wrong email or password")
  await logIn(page, "en", email, "ca-phe-bich-thao")
  await expect(page).toHaveURL(/\/en\/producer$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByTestId("flash")).toContainText("Hello Trần Văn Thao! You are working for")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview")
  await expect(page.getByTestId("dashboard-sales")).toContainText("Sales this month")
  await expect(page.getByTestId("dashboard-to-prepare")).toContainText("No orders waiting to be prepared.")
  // Invited as staff: the producer's public contact is the owner's to change, and the form says so.
  await expect(page.getByTestId("contact-owner-only")).toContainText("Only the producer's owner")
  await expect(page.getByTestId("contact-form").getByRole("button", { name: "Save changes" })).toBeDisabled()
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/producer$/)

  // Products: the certificate date reads the English way; a price typed with a comma is saved.
  await page.getByRole("navigation", { name: "Producer portal sections" }).getByRole("link", { name: "Products" }).click()
  await expect(page).toHaveURL(/\/en\/producer\/products$/)
  const card = page.getByTestId("portal-product").filter({ hasText: coffee.title.vi })
  await expect(card).toContainText("On sale")
  await expect(card).toContainText(/Valid until\s+\d{1,2} [A-Z][a-z]+ \d{4}/)
  await card.getByText("Edit details").click()
  await card.getByLabel("Price (VND) *").fill("245,000")
  await card.getByRole("button", { name: "Save changes" }).click()
  await expect(page).toHaveURL(/\/en\/producer\/products$/)
  await expect(page.getByTestId("flash")).toHaveText("Saved.")
  await expect(card).toContainText(vnd(245_000))

  // The language switch keeps the member on the same section, now in Vietnamese.
  await page.getByRole("link", { name: "View this page in Vietnamese" }).click()
  await expect(page).toHaveURL(/\/producer\/san-pham$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sản phẩm của tôi")
  await expect(page.getByTestId("portal-product").filter({ hasText: coffee.title.vi })).toContainText(vnd(245_000))

  // Without a login the English portal sends a visitor to its own log-in page.
  const stranger = await otherPhone(browser)
  const anonymous = await stranger.newPage()
  await anonymous.goto("/en/producer/orders")
  await expect(anonymous).toHaveURL(/\/en\/producer\/login$/)
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText("Producer portal log-in")
  await stranger.close()
})
