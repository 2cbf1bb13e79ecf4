import { expect, test, type APIRequestContext } from "@playwright/test"
import { producers } from "../../commerce/src/scripts/seed/producers.ts"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { logInToDashboard } from "./fixtures/admin-dashboard.ts"
import { placeDeliveryOrder } from "./fixtures/store-orders.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"
const store = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }

// Đông Á makes two sellable candies that no other journey buys, verifies or revokes; the journeys
// that run after this one still find the producer active (see `finally`).
const target = producers.find((producer) => producer.handle === "cty-dong-a")!
const targetProducts = products.filter((product) => product.producer === target.handle)
const reason = "Kiểm tra nhãn mác theo phản ánh của người mua"

/** What the shop lists from the target producer. */
async function catalogueHandles(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${commerce}/store/ocop/products`, { headers: store, params: { producer: target.handle, limit: 100 } })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { products: { handle: string }[] }).products.map((product) => product.handle)
}

async function productPageStatus(request: APIRequestContext, handle: string): Promise<number> {
  return (await request.get(`/san-pham/${handle}`, { maxRedirects: 0 })).status()
}

async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post(`${commerce}/auth/user/emailpass`, { data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD } })
  return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
}

async function targetProducer(request: APIRequestContext, headers: Record<string, string>) {
  const found = await request.get(`${commerce}/admin/ocop/producers`, { headers, params: { q: target.name } })
  return ((await found.json()) as { producers: { id: string; handle: string; status: string }[] }).producers.find((p) => p.handle === target.handle)
}

/**
 * Puts the producer back to active and cancels the journey's order through the admin API, whatever
 * step the journey stopped at; both are attempted even when one fails, and a failure here is
 * reported only after them.
 */
async function cleanUp(request: APIRequestContext, orderId: string | undefined) {
  const headers = await adminHeaders(request)
  const reinstate = async () => {
    const producer = await targetProducer(request, headers)
    if (producer?.status === "suspended") {
      expect((await request.post(`${commerce}/admin/ocop/producers/${producer.id}/status`, { headers, data: { status: "active" } })).status()).toBe(200)
    }
  }
  const cancel = async () => {
    if (orderId) expect((await request.post(`${commerce}/admin/orders/${orderId}/cancel`, { headers, data: {} })).status()).toBe(200)
  }
  const failed = (await Promise.allSettled([reinstate(), cancel()])).find((outcome) => outcome.status === "rejected")
  if (failed) throw failed.reason
}

test("the programme office suspends a producer, told of the orders it still owes, whose products leave the shop, then reinstates it", async ({ page, request }) => {
  test.setTimeout(150_000)
  expect(targetProducts.length).toBeGreaterThan(0)
  for (const product of targetProducts) expect(product.certificate.status, product.handle).toBe("active")
  const handles = targetProducts.map((product) => product.handle)
  for (const handle of handles) expect(await productPageStatus(request, handle), handle).toBe(200)
  expect((await catalogueHandles(request)).sort()).toEqual([...handles].sort())

  let orderId: string | undefined
  try {
    orderId = (await placeDeliveryOrder(request, [handles[0]!])).id
    const headers = await adminHeaders(request)
    const { order } = (await (await request.get(`${commerce}/admin/orders/${orderId}`, { headers, params: { fields: "display_id" } })).json()) as { order: { display_id: number } }
    const producer = await targetProducer(request, headers)
    expect(producer, `${target.name} is listed in the admin`).toBeDefined()
    const detail = await request.get(`${commerce}/admin/ocop/producers/${producer!.id}`, { headers })
    const openLines = ((await detail.json()) as { open_order_lines: { count: number } }).open_order_lines.count
    expect(openLines).toBeGreaterThanOrEqual(1)

    // A product's row in the products table, not an order line of it ("1 × …").
    const productRow = (title: string) => page.getByRole("row").filter({ hasText: title }).filter({ hasNotText: " × " })

    await logInToDashboard(page)
    await page.getByRole("link", { name: "Chủ thể OCOP", exact: true }).click()
    await expect(page.getByRole("heading", { name: "Chủ thể OCOP (Producers)" })).toBeVisible()
    // Typed without accents: the search sets Vietnamese marks aside.
    await page.getByLabel("Tên chủ thể (Name)").fill("dong a")
    const row = page.getByRole("row").filter({ hasText: target.name })
    await expect(row).toBeVisible()
    await expect(row).toContainText("Đang hoạt động (Active)")
    await row.getByRole("link", { name: target.name }).click()

    await expect(page.getByRole("heading", { name: target.name, level: 1 })).toBeVisible()
    for (const product of targetProducts) {
      await expect(productRow(product.title.vi)).toContainText("Đang được bán (Sellable now)")
    }

    // The order just placed waits on the producer: the office sees it before deciding.
    await expect(page.getByRole("heading", { name: `Dòng đơn đang chờ xử lý (Open order lines) · ${openLines}` })).toBeVisible()
    const waiting = page.getByTestId("producer-open-line").filter({ hasText: `#${order.display_id}` })
    await expect(waiting).toContainText(targetProducts[0]!.title.vi)
    await expect(waiting).toContainText("Giao hàng (Delivery)")
    await expect(waiting).toContainText("Chờ chuẩn bị (Placed)")

    await page.getByRole("button", { name: "Tạm dừng chủ thể (Suspend producer)" }).click()
    const suspending = page.getByRole("alertdialog")
    await expect(suspending).toBeVisible()
    await expect(suspending.getByTestId("suspend-open-lines")).toContainText(`Chủ thể còn ${openLines} dòng đơn chưa giao`)
    // The reason is required: the dialog's button stays disabled until one is written.
    await expect(suspending.getByRole("button", { name: "Tạm dừng chủ thể (Suspend producer)" })).toBeDisabled()
    await suspending.getByLabel("Lý do (Reason)").fill(reason)
    await suspending.getByRole("button", { name: "Tạm dừng chủ thể (Suspend producer)" }).click()
    await expect(page.getByText("Đã tạm dừng chủ thể (Producer suspended)").first()).toBeVisible()
    await expect(page.getByText(reason).first()).toBeVisible()
    for (const product of targetProducts) {
      await expect(productRow(product.title.vi)).toContainText("Chủ thể OCOP đang bị tạm dừng (Producer suspended)")
    }
    // Suspended, it still owes that order: the office is told so and reaches the order in one click.
    await expect(page.getByTestId("producer-open-lines").getByRole("alert")).toContainText("vẫn phải giao các dòng đơn đã nhận")
    await waiting.getByRole("link", { name: `#${order.display_id}` }).click()
    await expect(page).toHaveURL(new RegExp(`/app/orders/${orderId}`))
    await expect(page.getByTestId("ocop-order-lines")).toContainText(target.name)

    for (const handle of handles) await expect.poll(() => productPageStatus(request, handle), { timeout: 15_000, message: handle }).toBe(410)
    const gone = await page.goto(`/san-pham/${handles[0]}`)
    expect(gone?.status()).toBe(410)
    await expect(page.getByTestId("delisted")).toContainText("đang bị tạm dừng")
    expect(await catalogueHandles(request)).toEqual([])

    // The suspended filter shows the producer with its reason.
    await page.goto(`${commerce}/app/producers?status=suspended`)
    const suspendedRow = page.getByRole("row").filter({ hasText: target.name })
    await expect(suspendedRow).toContainText("Tạm dừng (Suspended)")
    await expect(suspendedRow).toContainText(reason)
    await expect(suspendedRow.getByRole("cell").last()).toHaveText(String(openLines))
    await suspendedRow.getByRole("link", { name: target.name }).click()

    await page.getByRole("button", { name: "Khôi phục chủ thể (Reinstate producer)" }).click()
    const reinstating = page.getByRole("alertdialog")
    await reinstating.getByRole("button", { name: "Khôi phục chủ thể (Reinstate producer)" }).click()
    await expect(page.getByText("Đã khôi phục chủ thể (Producer reinstated)").first()).toBeVisible()
    await expect(page.getByRole("button", { name: "Tạm dừng chủ thể (Suspend producer)" })).toBeVisible()
    await expect(page.getByText(reason)).toHaveCount(0)

    for (const handle of handles) await expect.poll(() => productPageStatus(request, handle), { timeout: 15_000, message: handle }).toBe(200)
    expect((await catalogueHandles(request)).sort()).toEqual([...handles].sort())
  } finally {
    await cleanUp(request, orderId)
  }
})

test("the programme office invites a person to a producer's portal and gets the accept link to pass on", async ({ page }) => {
  await logInToDashboard(page)
  await page.goto(`${commerce}/app/producers?q=${encodeURIComponent("Đông Á")}`)
  await page.getByRole("row").filter({ hasText: target.name }).getByRole("link", { name: target.name }).click()
  await expect(page.getByRole("heading", { name: target.name, level: 1 })).toBeVisible()

  const email = `ke-toan-${Date.now()}@dong-a.vn`
  await page.getByLabel("Email người được mời (Invitee's email)").fill(email)
  await page.getByRole("button", { name: "Gửi lời mời (Send invite)" }).click()
  await expect(page.getByText(`Đã gửi lời mời tới ${email} (Invite sent)`)).toBeVisible()
  await expect(page.getByLabel("Đường dẫn nhận lời mời (Accept link)")).toHaveValue(new RegExp(`^${process.env.STOREFRONT_URL ?? "http://localhost:4321"}/producer/moi/[A-Za-z0-9_-]{43}$`))
  // The open invite is listed with its role, the default one.
  await expect(page.getByRole("list", { name: "Lời mời đang chờ (Open invites)" }).getByRole("listitem").filter({ hasText: email })).toContainText("Nhân viên (Staff)")
})
