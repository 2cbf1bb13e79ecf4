import { expect, test } from "@playwright/test"
import { producers } from "../../commerce/src/scripts/seed/producers.ts"
import { products } from "../../commerce/src/scripts/seed/products.ts"

// A household business whose only product had its certificate revoked: nothing of theirs is on sale.
const revokedOnly = producers.find((producer) => {
  const theirs = products.filter((product) => product.producer === producer.handle)
  return theirs.length > 0 && theirs.every((product) => product.certificate.status === "revoked")
})!

test.describe("a shopper looks for the people behind OCOP products", () => {
  test("finds the producer directory from the footer, narrows it to cooperatives and opens one", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("contentinfo").getByRole("link", { name: "Chủ thể OCOP", exact: true }).click()
    await expect(page).toHaveURL(/\/chu-the$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chủ thể OCOP")

    const entries = page.getByTestId("producer-entry")
    const total = await entries.count()
    expect(total).toBeGreaterThan(10)
    await expect(page.getByTestId("producers-count")).toHaveText(`${total} chủ thể`)
    // Listed by province, and never a producer with nothing on sale.
    expect(await page.getByTestId("producer-province").count()).toBeGreaterThan(5)
    await expect(entries.filter({ hasText: revokedOnly.name })).toHaveCount(0)

    const filter = page.getByRole("navigation", { name: "Loại chủ thể" })
    const cooperativesChip = filter.getByRole("link", { name: /^Hợp tác xã \(\d+\)$/ })
    const cooperatives = Number(/\((\d+)\)/.exec(await cooperativesChip.innerText())![1])
    await cooperativesChip.click()
    await expect(page).toHaveURL(/\/chu-the\?type=cooperative$/)
    await expect(filter.getByRole("link", { name: /^Hợp tác xã/ })).toHaveAttribute("aria-current", "page")
    await expect(entries).toHaveCount(cooperatives)
    expect(await entries.filter({ hasNotText: "Hợp tác xã ·" }).count()).toBe(0)

    // The count shown in the directory is what the producer's own page lists.
    const first = entries.first()
    const name = (await first.getByRole("heading").innerText()).trim()
    const count = /(\d+) sản phẩm/.exec(await first.innerText())![1]
    await first.getByRole("link", { name }).click()
    await expect(page.getByTestId("producer-page").locator("h1")).toHaveText(name)
    await expect(page.locator("#producer-products")).toContainText(`${count} sản phẩm`)
    const trail = page.getByRole("navigation", { name: "Bạn đang ở" })
    await expect(trail.getByRole("listitem")).toHaveText(["Chợ OCOP", "Chủ thể OCOP", name])
    await trail.getByRole("link", { name: "Chủ thể OCOP" }).click()
    await expect(page).toHaveURL(/\/chu-the$/)
  })

  test("reads the directory in English, with an unknown type showing every producer", async ({ page }) => {
    const response = await page.goto("/en/producers?type=farm")
    expect(response?.status()).toBe(200)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("OCOP producers")
    await expect(page.getByRole("navigation", { name: "Type of producer" }).getByRole("link", { name: /^All \(\d+\)$/ })).toHaveAttribute("aria-current", "page")
    await expect(page.getByTestId("producer-entry").first()).toContainText(/\d+ products? · best rated/)
    await page.getByRole("link", { name: "View this page in Vietnamese" }).click()
    await expect(page).toHaveURL(/\/chu-the$/)
  })
})
