import { expect, test } from "@playwright/test"
import { products } from "../../commerce/src/scripts/seed/products.ts"

// A seeded product whose certificate ran out (the seed keeps such real-life cases, §6.4 of the domain brief).
const expired = products.find((product) => product.certificate.status === "expired")!

test.describe("a shopper browses certified products", () => {
  test("opens the home page, a product with its stars and VND price, then switches to English", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(/Chợ OCOP/)
    await expect(page.locator("html")).toHaveAttribute("lang", "vi")

    const cards = page.getByTestId("product-card")
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThan(10)

    const firstCard = cards.first()
    const cardTitle = (await firstCard.locator("h3").innerText()).trim()
    await firstCard.locator("a").click()

    await expect(page).toHaveURL(/\/san-pham\/[a-z0-9-]+$/)
    const product = page.getByTestId("product")
    await expect(product.locator("h1")).toHaveText(cardTitle)

    const stars = product.locator(".stars").first()
    await expect(stars).toHaveAttribute("aria-label", /^[345] sao OCOP$/)
    // Prices are whole đồng grouped with dots, the ₫ sign after a no-break space: "175.000 ₫".
    await expect(page.getByTestId("price")).toHaveText(/^\d{1,3}(\.\d{3})*\u00a0₫$/)
    await expect(page.getByTestId("certificate")).toContainText("Còn hiệu lực")
    await expect(page.getByTestId("producer")).toBeVisible()

    // Search engines get the offer in VND and the OCOP certificate as structured data.
    const documents = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")))
    const structured = documents.find((document) => document["@type"] === "Product")
    expect(structured).toMatchObject({ "@type": "Product", name: cardTitle, offers: { priceCurrency: "VND" }, hasCertification: { "@type": "Certification" } })

    await page.getByRole("link", { name: "Xem trang bằng tiếng Anh" }).click()
    await expect(page).toHaveURL(/\/en\/products\/[a-z0-9-]+$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByTestId("certificate")).toContainText("Valid")
    await expect(page.getByTestId("price")).toHaveText(/^\d{1,3}(\.\d{3})*\u00a0₫$/)
  })

  test("a certificate says its score and who issued it the way each language writes them", async ({ page }) => {
    const scored = products.find((product) => product.certificate.status === "active" && product.certificate.score !== null && !Number.isInteger(product.certificate.score) && /^UBND /.test(product.certificate.issuingAuthorityName))!
    const { score, issuingAuthorityName } = scored.certificate
    await page.goto(`/san-pham/${scored.handle}`)
    await expect(page.getByTestId("certificate")).toContainText(`${String(score).replace(".", ",")}/100`)
    await expect(page.getByTestId("certificate")).toContainText(issuingAuthorityName)
    await page.goto(`/en/products/${scored.handle}`)
    await expect(page.getByTestId("certificate")).toContainText(`${score}/100`)
    await expect(page.getByTestId("certificate")).toContainText(`People's Committee of ${issuingAuthorityName.replace(/^UBND (tỉnh|thành phố) /, "")}`)
    await expect(page.getByTestId("certificate")).not.toContainText(issuingAuthorityName)
  })

  test("a product whose certificate has expired answers 410 and explains why", async ({ page, request }) => {
    const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
    const key = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
    const list = await request.get(`${commerce}/store/ocop/products?limit=100`, { headers: { "x-publishable-api-key": key } })
    expect(list.status()).toBe(200)
    const sellable = new Set(((await list.json()) as { products: { handle: string }[] }).products.map((p) => p.handle))

    const gone = await page.goto(`/san-pham/${expired.handle}`)
    expect(sellable.has(expired.handle)).toBe(false)
    expect(gone?.status()).toBe(410)
    await expect(page.getByTestId("delisted")).toContainText(expired.title.vi)
    await expect(page.getByTestId("delisted")).toContainText("hết hiệu lực")
    await expect(page.getByRole("link", { name: "Xem các sản phẩm khác đang bán" })).toBeVisible()

    // "Other products by …" only when the producer has some on sale, which the seed's producer of this one has not.
    const producerOnSale = products.some((product) => product.producer === expired.producer && product.handle !== expired.handle && sellable.has(product.handle))
    await expect(page.getByRole("link", { name: /^Xem các sản phẩm khác của / })).toHaveCount(producerOnSale ? 1 : 0)
    // The producer's page lists only what may still be sold.
    await page.goto(`/chu-the/${expired.producer}`)
    await expect(page.getByTestId("producer-page")).toBeVisible()
    const producerCards = await page.getByTestId("product-card").locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))
    expect(producerCards).not.toContain(`/san-pham/${expired.handle}`)
  })

  test("a product whose certificate ends within a month tells the shopper when it leaves sale", async ({ page }) => {
    // Decided 36 months less a few weeks ago, so its validity ends within the notice period.
    const decidedDaysAgo = (product: (typeof products)[number]) => ("daysAgo" in product.certificate.decided ? product.certificate.decided.daysAgo : 0)
    const endingSoon = products.find((product) => product.certificate.status === "active" && decidedDaysAgo(product) > 1070 && decidedDaysAgo(product) < 1090)!
    expect(endingSoon, "the seed keeps a certificate close to its end").toBeTruthy()
    await page.goto(`/san-pham/${endingSoon.handle}`)
    await expect(page.getByTestId("certificate-ends-soon")).toContainText(/Giấy chứng nhận còn hiệu lực \d+ ngày\. Sau ngày \d{2}\/\d{2}\/\d{4}, sản phẩm tạm ngừng bán/)
    await page.goto(`/en/products/${endingSoon.handle}`)
    await expect(page.getByTestId("certificate-ends-soon")).toContainText(/valid for \d+ more days/)

    // A certificate with years left says nothing of the kind.
    await page.goto(`/san-pham/${products.find((product) => product.certificate.status === "active" && decidedDaysAgo(product) > 0 && decidedDaysAgo(product) < 300)!.handle}`)
    await expect(page.getByTestId("certificate")).toBeVisible()
    await expect(page.getByTestId("certificate-ends-soon")).toHaveCount(0)
  })

  test("the sitemap lists sellable products in both languages and never an expired one", async ({ request }) => {
    const response = await request.get("/sitemap.xml")
    expect(response.status()).toBe(200)
    expect(response.headers()["content-type"]).toContain("application/xml")
    const xml = await response.text()
    const sellable = products.find((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0)!
    expect(xml).toContain(`/san-pham/${sellable.handle}</loc>`)
    expect(xml).toContain(`/en/products/${sellable.handle}</loc>`)
    expect(xml).not.toContain(`/san-pham/${expired.handle}<`)
    for (const status of ["revoked", "suspended"] as const) {
      const delisted = products.find((product) => product.certificate.status === status)!
      expect(xml, status).not.toContain(`/san-pham/${delisted.handle}<`)
    }
  })

  test("the product feed advertises only sellable products, with VND prices and stock", async ({ request }) => {
    const response = await request.get("/feeds/products.xml")
    expect(response.status()).toBe(200)
    const xml = await response.text()
    const sellable = products.find((product) => product.certificate.status === "active" && Object.values(product.stock).some((units) => units > 0))!
    expect(xml).toContain(`<g:id>${sellable.handle}</g:id>`)
    expect(xml).toMatch(new RegExp(`<g:id>${sellable.handle}</g:id>.*?<g:price>${sellable.priceVnd} VND</g:price><g:availability>in_stock</g:availability>`))
    for (const status of ["expired", "revoked", "suspended"] as const) {
      const delisted = products.find((product) => product.certificate.status === status)!
      expect(xml, status).not.toContain(`<g:id>${delisted.handle}</g:id>`)
    }
    // A tourism service is booked with its producer, not bought here.
    expect(xml).not.toContain("<g:id>diem-du-lich-cong-dong-con-chim</g:id>")
  })

  test("an unknown product answers a bilingual 404", async ({ page }) => {
    const vi = await page.goto("/san-pham/khong-co-san-pham-nay")
    expect(vi?.status()).toBe(404)
    await expect(page.locator("h1")).toHaveText("Không tìm thấy trang")
    const en = await page.goto("/en/products/no-such-product")
    expect(en?.status()).toBe(404)
    await expect(page.locator("h1")).toHaveText("Page not found")
  })
})
