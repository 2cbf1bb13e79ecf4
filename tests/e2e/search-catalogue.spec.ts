import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { salesPoints } from "../../commerce/src/scripts/seed/sales-points.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
const key = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""

interface SearchAnswer {
  hits: { handle: string; title: { vi: string; en: string }; province: string }[]
  total: number
  facets: { group: Record<string, number>; stars: Record<string, number>; province: Record<string, number> }
}

/** What the search API answers for a query: the expectations of each journey come from it, not from fixed counts. */
async function search(request: APIRequestContext, query: string): Promise<SearchAnswer> {
  const response = await request.get(`${commerce}/store/ocop/search?${query}`, { headers: { "x-publishable-api-key": key } })
  expect(response.status(), query).toBe(200)
  return (await response.json()) as SearchAnswer
}

async function cardHandles(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId("results").getByTestId("product-card").locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
  return hrefs.map((href) => href.replace(/^.*\//, ""))
}

/** The filter panel starts folded on a phone when no filter is in use: a shopper opens it first. */
async function openFilters(page: Page) {
  const panel = page.getByTestId("filters-panel")
  if (!(await panel.evaluate((details: HTMLDetailsElement) => details.open))) await panel.locator("summary").click()
  return page.getByTestId("filters")
}

const mienDong = products.find((product) => product.handle === "mien-dong-tai-hoan")!

test.describe("a shopper browses, filters and searches the catalogue", () => {
  test("browses a product group from the home page", async ({ page, request }) => {
    const drinks = await search(request, "group=drinks&limit=24")
    await page.goto("/")
    await page.getByTestId("browse-groups").getByRole("link", { name: /^Đồ uống/ }).click()
    await expect(page).toHaveURL(/\/san-pham\?group=drinks$/)
    await expect(page.getByTestId("result-count")).toHaveText(`${drinks.total} sản phẩm`)
    expect(await cardHandles(page)).toEqual(drinks.hits.map((hit) => hit.handle))
    await expect(page.getByRole("checkbox", { name: /^Đồ uống/ })).toBeChecked()
  })

  test("filters by province and stars with the filter form", async ({ page, request }) => {
    const inThaiNguyen = await search(request, "province=thai-nguyen&limit=1")
    const stars = Object.entries(inThaiNguyen.facets.stars).find(([, count]) => count > 0)![0]
    const expected = await search(request, `province=thai-nguyen&stars=${stars}&limit=24`)

    await page.goto("/san-pham")
    const filters = await openFilters(page)
    await filters.getByRole("checkbox", { name: /^Thái Nguyên/ }).check()
    await filters.getByRole("checkbox", { name: new RegExp(`^${stars} sao OCOP`) }).check()
    await filters.getByRole("button", { name: "Áp dụng" }).click()

    await expect(page).toHaveURL(new RegExp(`[?&]stars=${stars}&province=thai-nguyen$`))
    await expect(page.getByTestId("result-count")).toHaveText(`${expected.total} sản phẩm`)
    expect(await cardHandles(page)).toEqual(expected.hits.map((hit) => hit.handle))
    for (const card of await page.getByTestId("results").getByTestId("product-card").all()) {
      await expect(card.locator(".stars")).toHaveAttribute("aria-label", `${stars} sao OCOP`)
      await expect(card).toContainText("Thái Nguyên")
    }
  })

  test("filters by several sales points at once", async ({ page, request }) => {
    const [first, second] = [...salesPoints].sort((a, b) => a.handle.localeCompare(b.handle)).slice(0, 2).map((point) => point!)
    const expected = await search(request, `sales_point=${first!.handle},${second!.handle}&limit=24`)

    await page.goto("/san-pham")
    const filters = await openFilters(page)
    await filters.getByRole("checkbox", { name: first!.name, exact: true }).check()
    await filters.getByRole("checkbox", { name: second!.name, exact: true }).check()
    await filters.getByRole("button", { name: "Áp dụng" }).click()

    await expect(page).toHaveURL(new RegExp(`[?&]sales_point=${first!.handle}&sales_point=${second!.handle}$`))
    await expect(page.getByTestId("result-count")).toHaveText(`${expected.total} sản phẩm`)
    expect(await cardHandles(page)).toEqual(expected.hits.map((hit) => hit.handle))
    await expect(filters.getByRole("checkbox", { name: first!.name, exact: true })).toBeChecked()
    await expect(filters.getByRole("checkbox", { name: second!.name, exact: true })).toBeChecked()
  })

  test("on a phone the filters start folded so the products come first, and open with a tap", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto("/san-pham")
    const panel = page.getByTestId("filters-panel")
    await expect(panel).not.toHaveAttribute("open", "")
    await expect(page.getByTestId("results").getByTestId("product-card").first()).toBeInViewport()
    await panel.getByRole("heading", { name: "Bộ lọc" }).click()
    await expect(page.getByTestId("filters").getByRole("checkbox", { name: /^Đồ uống/ })).toBeVisible()

    // Filters in use stay in sight, with how many there are.
    await page.goto("/san-pham?group=drinks&stars=4")
    await expect(panel).toHaveAttribute("open", "")
    await expect(panel.locator("summary")).toContainText("đang chọn 2")

    // On a wide screen the panel sits beside the results, open.
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto("/san-pham")
    await expect(panel).toHaveAttribute("open", "")
  })

  test("searches without diacritics from the header and opens the result", async ({ page }) => {
    await page.goto("/")
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
    await box.fill("mien dong")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/san-pham\?q=mien\+dong$/)
    await expect(page.getByTestId("result-count")).toHaveText(/^\d+ kết quả cho “mien dong”$/)
    const first = page.getByTestId("results").getByTestId("product-card").first()
    await expect(first.locator("h3")).toHaveText(mienDong.title.vi)
    await first.locator("a").click()
    await expect(page).toHaveURL(new RegExp(`/san-pham/${mienDong.handle}$`))
    await expect(page.getByTestId("product").locator("h1")).toHaveText(mienDong.title.vi)
  })

  test("switches language on a filtered catalogue and keeps the filters", async ({ page, request }) => {
    const expected = await search(request, "group=food&stars=5&limit=24")
    await page.goto("/san-pham?group=food&stars=5")
    await page.getByRole("link", { name: "Xem trang bằng tiếng Anh" }).click()
    await expect(page).toHaveURL(/\/en\/products\?group=food&stars=5$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByTestId("result-count")).toHaveText(`${expected.total} products`)
    await expect(page.getByRole("checkbox", { name: /^Food/ })).toBeChecked()
    expect(await cardHandles(page)).toEqual(expected.hits.map((hit) => hit.handle))
  })

  test("a bad or hand-edited URL still shows the catalogue", async ({ page }) => {
    const response = await page.goto("/san-pham?stars=9&group=furniture&page=-2&price_min=abc&sort=cheapest&province=atlantis")
    expect(response?.status()).toBe(200)
    await expect(page.getByTestId("results").getByTestId("product-card").first()).toBeVisible()
  })

  test("a page past the end leads straight to the last page, in one redirect", async ({ page, request }) => {
    const all = await search(request, "limit=24")
    const last = Math.max(1, Math.ceil(all.total / 24))
    for (const asked of [last + 1, 999, 100_000]) {
      const answer = await request.get(`/san-pham?page=${asked}`, { maxRedirects: 0 })
      expect(answer.status(), `page ${asked}`).toBe(302)
      expect(answer.headers()["location"]).toBe(last === 1 ? "/san-pham" : `/san-pham?page=${last}`)
    }
    await page.goto("/san-pham?page=999")
    await expect(page.getByTestId("results").getByTestId("product-card").first()).toBeVisible()
  })

  test("an old province address leads to the province it joined in 2025", async ({ page, request }) => {
    const expected = await search(request, "province=thai-nguyen&limit=24")
    const response = await page.goto("/tinh/bac-kan")
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/)
    await expect(page.locator("h1")).toHaveText("Đặc sản Thái Nguyên")
    await expect(page.getByTestId("province-page")).toContainText("Bắc Kạn")
    expect(await cardHandles(page)).toEqual(expected.hits.map((hit) => hit.handle))

    const unknown = await page.goto("/en/provinces/atlantis")
    expect(unknown?.status()).toBe(404)
    await expect(page.locator("h1")).toHaveText("Page not found")
  })

  test("the province directory lists the 34 provinces with what each sells and the old provinces in it", async ({ page, request }) => {
    const facets = (await search(request, "limit=1")).facets.province
    await page.goto("/")
    await page.getByRole("link", { name: "Tất cả tỉnh, thành phố" }).click()
    await expect(page).toHaveURL(/\/tinh$/)
    await expect(page.locator("h1")).toHaveText("Tỉnh, thành phố")
    const entries = page.getByTestId("province-entry")
    await expect(entries).toHaveCount(34)
    const thaiNguyen = entries.filter({ has: page.getByRole("heading", { name: "Thái Nguyên", exact: true }) })
    await expect(thaiNguyen).toContainText(`${facets["thai-nguyen"]} sản phẩm`)
    await expect(thaiNguyen).toContainText("Gồm cả Bắc Kạn cũ")
    const tuyenQuang = entries.filter({ has: page.getByRole("heading", { name: "Tuyên Quang", exact: true }) })
    await expect(tuyenQuang).toContainText("Gồm cả Hà Giang cũ")

    await thaiNguyen.getByRole("link", { name: "Thái Nguyên" }).click()
    await expect(page).toHaveURL(/\/tinh\/thai-nguyen$/)
    const trail = page.getByRole("navigation", { name: "Bạn đang ở" })
    await expect(trail.getByRole("listitem")).toHaveText(["Chợ OCOP", "Tỉnh, thành phố", "Thái Nguyên"])
    await trail.getByRole("link", { name: "Tỉnh, thành phố" }).click()
    await expect(page).toHaveURL(/\/tinh$/)

    await page.goto("/en/provinces")
    await expect(page.locator("h1")).toHaveText("Provinces")
    await expect(page.getByTestId("province-entry").first().getByRole("heading")).toHaveText("An Giang")

    // A province with nothing on sale says so, is kept out of search engines and gives no spelling tips.
    const emptySlug = ["cao-bang", "lai-chau", "dien-bien", "son-la", "tp-ho-chi-minh", "ca-mau"].find((slug) => !facets[slug])
    expect(emptySlug).toBeDefined()
    await page.goto(`/tinh/${emptySlug}`)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex")
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Hiện chưa có sản phẩm OCOP nào của .+ đang bán\.$/)
    await expect(page.getByTestId("no-results")).not.toContainText("kiểm tra chính tả")
    await page.goto("/tinh/thai-nguyen")
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
  })

  test("the sales points page lists them under one heading per province", async ({ page }) => {
    await page.goto("/diem-ban")
    await expect(page.locator("h1")).toHaveText("Điểm giới thiệu và bán sản phẩm OCOP")
    await expect(page.getByTestId("sales-point")).toHaveCount(salesPoints.length)
    const thaiNguyen = page.getByRole("region", { name: "Thái Nguyên" })
    const inThaiNguyen = salesPoints.filter((point) => point.address.province === "Thái Nguyên")
    await expect(thaiNguyen.getByTestId("sales-point")).toHaveCount(inThaiNguyen.length)
    await expect(thaiNguyen.getByRole("heading", { level: 3, name: inThaiNguyen[0]!.name })).toBeVisible()
    // Stored in OpenStreetMap syntax ("Mo-Su 07:30-20:00"), worded for the page's language.
    const [, opens, closes] = /^Mo-Su (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(inThaiNguyen[0]!.openingHours)!
    await expect(thaiNguyen).toContainText(`Giờ mở cửa ${opens}–${closes} hằng ngày`)
  })
})

test.describe("the header search box suggests products as you type", () => {
  test("is a combobox driven by the keyboard", async ({ page, request }) => {
    const expected = await search(request, "q=mien%20dong&limit=6")
    await page.goto("/en/")
    const box = page.getByRole("combobox", { name: "Search OCOP products" })
    await box.focus()
    await box.pressSequentially("mien dong", { delay: 40 })
    const list = page.getByRole("listbox", { name: "Product suggestions" })
    await expect(list).toBeVisible()
    await expect(box).toHaveAttribute("aria-expanded", "true")
    await expect(list.getByRole("option")).toHaveCount(expected.hits.length)

    await box.press("ArrowDown")
    const firstOption = list.getByRole("option").first()
    await expect(firstOption).toHaveAttribute("aria-selected", "true")
    await expect(box).toHaveAttribute("aria-activedescendant", (await firstOption.getAttribute("id"))!)
    await expect(firstOption).toContainText(expected.hits[0]!.title.en)

    await box.press("Escape")
    await expect(list).toBeHidden()
    await expect(box).toHaveAttribute("aria-expanded", "false")

    await box.press("ArrowDown")
    await expect(list).toBeVisible()
    await box.press("Enter")
    await expect(page).toHaveURL(new RegExp(`/en/products/${expected.hits[0]!.handle}$`))
  })
})

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false })

  test("searching and filtering still work as plain forms and links", async ({ page, request }) => {
    await page.goto("/")
    const box = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
    await box.fill("mien dong")
    await page.getByRole("search").getByRole("button", { name: "Tìm" }).click()
    await expect(page).toHaveURL(/\/san-pham\?q=mien\+dong$/)
    await expect(page.getByTestId("results").getByTestId("product-card").first().locator("h3")).toHaveText(mienDong.title.vi)

    const food = await search(request, "group=food&limit=24")
    await page.goto("/san-pham")
    await page.getByTestId("filters").getByRole("checkbox", { name: /^Thực phẩm/ }).check()
    await page.getByTestId("filters").getByRole("button", { name: "Áp dụng" }).click()
    await expect(page).toHaveURL(/\/san-pham\?group=food$/)
    await expect(page.getByTestId("result-count")).toHaveText(`${food.total} sản phẩm`)
    expect(await cardHandles(page)).toEqual(food.hits.map((hit) => hit.handle))

    if (food.total > 24) {
      const second = await search(request, "group=food&limit=24&offset=24")
      await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang sau" }).click()
      await expect(page).toHaveURL(/\/san-pham\?group=food&page=2$/)
      expect(await cardHandles(page)).toEqual(second.hits.map((hit) => hit.handle))
    }
  })

  test("the search address alias and the province pages work", async ({ page }) => {
    await page.goto("/tim-kiem?q=mien+dong")
    await expect(page).toHaveURL(/\/san-pham\?q=mien\+dong$/)
    await page.goto("/en/provinces/ha-giang")
    await expect(page).toHaveURL(/\/en\/provinces\/tuyen-quang$/)
    await expect(page.locator("h1")).toHaveText("Specialties of Tuyen Quang")
  })
})
