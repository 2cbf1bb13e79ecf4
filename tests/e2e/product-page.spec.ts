import { gzipSync } from "node:zlib"
import { expect, test } from "@playwright/test"

/** A product on sale: the first card of the catalogue. */
async function firstProductPath(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const catalogue = await request.get("/san-pham")
  const href = /href="(\/san-pham\/[a-z0-9-]+)"/.exec(await catalogue.text())?.[1]
  expect(href, "the catalogue links to a product").toBeTruthy()
  return href!
}

test.describe("the product page of a shopper on a slow phone network", () => {
  test("shows the photo as AVIF/WebP sized for the screen, every variant served", async ({ page, request }) => {
    await page.goto(await firstProductPath(request))
    const picture = page.getByTestId("product").locator("picture").first()
    const img = picture.locator("img")
    await expect(img).toHaveAttribute("alt", /\S/)
    await expect(img).toHaveAttribute("width", /^\d+$/)
    await expect(img).toHaveAttribute("height", /^\d+$/)

    for (const type of ["image/avif", "image/webp"]) {
      const source = picture.locator(`source[type="${type}"]`)
      await expect(source).toHaveAttribute("sizes", /vw/)
      const srcset = (await source.getAttribute("srcset")) ?? ""
      const candidates = srcset.split(",").map((entry) => entry.trim().split(/\s+/))
      expect(candidates.length, `${type} has several widths`).toBeGreaterThanOrEqual(2)
      for (const [url, width] of candidates) {
        expect(width).toMatch(/^\d+w$/)
        const response = await request.get(url!)
        expect(response.status(), url).toBe(200)
        expect(response.headers()["content-type"], url).toBe(type)
      }
    }

    // Chromium decodes AVIF, so that is what it shows.
    await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.currentSrc)).toMatch(/\.avif$/)
  })

  test("a breadcrumb leads to the product's OCOP group, and each sales point to what else it stocks", async ({ page }) => {
    // Chè đinh Tân Cương Hảo Đạt: a drink, stocked at several sales points.
    await page.goto("/san-pham/che-dinh-tan-cuong-hao-dat")
    const trail = page.getByRole("navigation", { name: "Bạn đang ở" })
    await expect(trail.getByRole("listitem")).toHaveText(["Chợ OCOP", "Sản phẩm", "Đồ uống", "Chè đinh Tân Cương Hảo Đạt"])
    await expect(trail.locator('[aria-current="page"]')).toHaveText("Chè đinh Tân Cương Hảo Đạt")
    const breadcrumbData = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")).find((data) => data["@type"] === "BreadcrumbList"))
    expect(breadcrumbData.itemListElement).toHaveLength(4)
    expect(breadcrumbData.itemListElement[2]).toMatchObject({ position: 3, name: "Đồ uống", item: expect.stringMatching(/\/san-pham\?group=drinks$/) })

    await trail.getByRole("link", { name: "Đồ uống" }).click()
    await expect(page).toHaveURL(/\/san-pham\?group=drinks$/)
    await expect(page.getByRole("checkbox", { name: /Đồ uống/ })).toBeChecked()
    await expect(page.getByRole("link", { name: /Chè đinh Tân Cương Hảo Đạt/ }).first()).toBeVisible()

    await page.goto("/san-pham/che-dinh-tan-cuong-hao-dat")
    const firstPoint = page.locator(".sales-points li").first()
    const pointName = (await firstPoint.locator("strong").textContent())!.trim()
    const stockedHere = firstPoint.getByRole("link", { name: /^Sản phẩm có sẵn tại đây/ })
    await expect(stockedHere).toContainText(pointName)
    await stockedHere.click()
    await expect(page).toHaveURL(/\/san-pham\?sales_point=[a-z0-9-]+$/)
    await expect(page.getByRole("link", { name: /Chè đinh Tân Cương Hảo Đạt/ }).first()).toBeVisible()
  })

  test("explains the OCOP stamp with a sample QR pointing at the verify page format", async ({ page, request }) => {
    await page.goto(await firstProductPath(request))
    const sample = page.getByTestId("stamp-sample")
    await expect(sample.getByRole("heading", { name: "Tem OCOP trên bao bì" })).toBeVisible()
    await expect(sample.locator("svg")).toBeVisible()
    await expect(sample.getByRole("img")).toHaveAttribute("aria-label", /Mẫu tem.*\/v\/MAUTEMOCOP0000000000$/)
    await expect(sample).toContainText("/v/…")
  })

  test("ships at most 20 KB of JavaScript, compressed: no framework island, only the header's small scripts and add to cart", async ({ page, request }) => {
    const files: Promise<number>[] = []
    page.on("requestfinished", (sent) => {
      if (sent.resourceType() === "script") files.push(sent.sizes().then((sizes) => sizes.responseBodySize))
    })
    await page.goto(await firstProductPath(request), { waitUntil: "networkidle" })
    const inline = await page.$$eval("script:not([src])", (scripts) => scripts.filter((script) => !/json/.test(script.getAttribute("type") ?? "")).map((script) => script.textContent ?? ""))
    const bytes = (await Promise.all(files)).reduce((sum, n) => sum + n, 0) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0)
    test.info().annotations.push({ type: "JavaScript, compressed", description: `${(bytes / 1024).toFixed(1)} KB` })
    expect(bytes).toBeLessThanOrEqual(20 * 1024)
    await expect(page.locator("astro-island")).toHaveCount(0)
    // The mini cart is live all the same.
    await expect(page.getByTestId("mini-cart-toggle")).toBeVisible()
  })

  test("a tourism service is booked with its producer: no cart, and the way to reach the producer", async ({ page }) => {
    await page.goto("/san-pham/diem-du-lich-cong-dong-con-chim")
    const booking = page.getByTestId("book-service")
    await expect(booking).toContainText("Dịch vụ này được đặt trực tiếp với chủ thể, không bán qua giỏ hàng.")
    await expect(page.getByTestId("add-to-cart").getByRole("button", { name: "Thêm vào giỏ hàng" })).toHaveCount(0)
    // The seeded cooperative has published no phone or email: its page is where to go next.
    await expect(booking).toContainText("HTX Du lịch cộng đồng Cồn Chim chưa công bố số điện thoại hay email")
    // Nothing is packaged, so no stamp; search engines are offered nothing to buy.
    await expect(page.getByText("Tem OCOP trên bao bì")).toHaveCount(0)
    const structured = (await page.locator("script[type='application/ld+json']").allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)
    const product = structured.find((entry) => entry["@type"] === "Product")
    expect(product).toBeDefined()
    expect(product).not.toHaveProperty("offers")
    await booking.getByRole("link", { name: "Xem chủ thể và các sản phẩm khác" }).click()
    await expect(page).toHaveURL(/\/chu-the\/htx-du-lich-cong-dong-con-chim$/)
    await expect(page.getByTestId("producer-page")).toContainText("ấp Cồn Chim")
  })

  test("is sent compressed with a short shared cache policy", async ({ request }) => {
    const path = await firstProductPath(request)
    for (const encoding of ["br", "gzip"]) {
      const response = await request.get(path, { headers: { "accept-encoding": encoding } })
      expect(response.status()).toBe(200)
      expect(response.headers()["content-encoding"]).toBe(encoding)
      expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/)
    }
  })
})
