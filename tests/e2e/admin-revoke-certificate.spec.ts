import { expect, test, type APIRequestContext } from "@playwright/test"
import pg from "pg"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { logInToDashboard } from "./fixtures/admin-dashboard.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
// A sellable product the shopper journeys do not rely on.
const target = products.filter((product) => product.certificate.status === "active" && Object.keys(product.stock).length > 0).at(-1)!

async function productId(handle: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    const result = await client.query<{ id: string }>("SELECT id FROM product WHERE handle = $1 AND deleted_at IS NULL", [handle])
    return result.rows[0]!.id
  } finally {
    await client.end()
  }
}

async function catalogueHandles(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${commerce}/store/ocop/products?limit=100`, { headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { products: { handle: string }[] }).products.map((product) => product.handle)
}

test("the programme office revokes a certificate and the storefront stops selling the product", async ({ page, request }) => {
  const before = await page.goto(`/san-pham/${target.handle}`)
  expect(before?.status()).toBe(200)
  expect(await catalogueHandles(request)).toContain(target.handle)

  await logInToDashboard(page)

  // The landing page carries the programme office's dashboard card.
  await page.goto(`${commerce}/app/orders`)
  await expect(page.getByText("Sắp hết hạn", { exact: false }).first()).toBeVisible()

  await page.goto(`${commerce}/app/products/${await productId(target.handle)}`)
  await expect(page.getByText("Chứng nhận OCOP (OCOP certificate)")).toBeVisible()
  await expect(page.getByText("Đang được bán (Sellable now)")).toBeVisible()
  await page.getByRole("link", { name: "Xem giấy chứng nhận (View certificate)" }).click()

  await expect(page.getByText(target.certificate.decisionNumber).first()).toBeVisible()
  await page.getByRole("button", { name: "Thu hồi (Revoke)" }).click()
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toBeVisible()
  await dialog.getByLabel("Lý do (Reason)").fill("Sản phẩm không đúng quy trình sản xuất đã công bố")
  await dialog.getByRole("button", { name: "Thu hồi (Revoke)" }).click()
  await expect(page.getByText("Đã thu hồi giấy chứng nhận (Certificate revoked)").first()).toBeVisible()
  await expect(page.getByText("Sản phẩm không đúng quy trình sản xuất đã công bố").first()).toBeVisible()

  const after = await page.goto(`/san-pham/${target.handle}`)
  expect(after?.status()).toBe(410)
  await expect(page.getByTestId("delisted")).toContainText("đã bị thu hồi")
  await expect(page.getByTestId("delisted")).toContainText("Sản phẩm không đúng quy trình sản xuất đã công bố")
  expect(await catalogueHandles(request)).not.toContain(target.handle)
})
