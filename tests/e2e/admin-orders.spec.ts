import { expect, test, type APIRequestContext } from "@playwright/test"
import { producers } from "../../commerce/src/scripts/seed/producers.ts"
import { products } from "../../commerce/src/scripts/seed/products.ts"
import { logInToDashboard } from "./fixtures/admin-dashboard.ts"
import { placeDeliveryOrder } from "./fixtures/store-orders.ts"

const commerce = process.env.COMMERCE_URL ?? "http://localhost:9000"

// Two well-stocked certified products of two producers, delivered anywhere; the other journeys'
// products are left alone so their stock counts stay theirs.
const usedElsewhere = new Set(["mien-dong-tai-hoan", "tinh-nghe-bac-kan", "che-dinh-tan-cuong-hao-dat", "cu-mai-nui-thai-lat", "gao-nep-tan-son", "tra-moc-cau-minh-duc", "my-gao-chu-xuan-truong", "lac-sen-dien-chau"])
const candidates = products.filter(
  (product) => product.certificate.status === "active" && !product.deliveryArea && !usedElsewhere.has(product.handle) && Object.values(product.stock).reduce((sum, units) => sum + units, 0) >= 20
)
const first = candidates[0]!
const second = candidates.find((product) => product.producer !== first.producer)!
const producerName = (handle: string) => producers.find((producer) => producer.handle === handle)!.name

/** A guest's delivery order of one of each, cash on delivery unless told; answers the order id and the VietQR reference, if any. */
function placeOrder(request: APIRequestContext, providerId?: string) {
  return placeDeliveryOrder(request, [first.handle, second.handle], { providerId, email: `van-phong-${Date.now()}@example.vn` })
}

test("the programme office sees on an order where it goes and which producer fulfils each line, from where, and its step", async ({ page, request }) => {
  expect(second, "two producers with stocked products").toBeDefined()
  const { id: orderId } = await placeOrder(request)

  await logInToDashboard(page)

  await page.goto(`${commerce}/app/orders/${orderId}`)
  const card = page.getByTestId("ocop-order-lines")
  await expect(card.getByRole("heading", { name: "Chủ thể và điểm bán theo dòng đơn (Producers and sales points per line)" })).toBeVisible()
  // Where it goes, written as on the parcel: the province by its name, not the slug Medusa's own card shows.
  await expect(card.getByTestId("ocop-order-delivery")).toContainText("Giao đến (Deliver to)")
  await expect(card.getByTestId("ocop-order-delivery")).toContainText("Trần Văn Minh · +84903123456")
  await expect(card.getByTestId("ocop-order-delivery")).toContainText("Số 8 phố Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội")
  const lines = card.getByTestId("ocop-order-line")
  await expect(lines).toHaveCount(2)
  for (const product of [first, second]) {
    const line = lines.filter({ hasText: product.title.vi })
    await expect(line).toContainText(`1 × ${product.title.vi}`)
    await expect(line).toContainText(producerName(product.producer))
    await expect(line).toContainText("Giao hàng (Delivery)")
    await expect(line).toContainText("Chờ chuẩn bị (Placed)")
  }

  // The producer's name leads to its page in the dashboard.
  await lines.filter({ hasText: first.title.vi }).getByRole("link", { name: producerName(first.producer) }).click()
  await expect(page.getByRole("heading", { name: producerName(first.producer) })).toBeVisible()
})

test("the programme office finds a bank-transfer order from its bank statement line, with its method, transfer reference, amount and deadline", async ({ page, request }) => {
  const order = await placeOrder(request, "pp_vietqr_vietqr")
  expect(order.reference).toMatch(/^OCOP[A-HJ-NP-Z2-9]{8}$/)

  await logInToDashboard(page)
  // From the bank statement to the order: the line as the bank printed it, reference in lower case.
  await page.goto(`${commerce}/app/orders`)
  const finder = page.getByTestId("ocop-transfer-finder")
  await finder.getByLabel("Nội dung chuyển khoản (Transfer content)").fill("chuyen tien don hang 15")
  await finder.getByRole("button", { name: "Tìm đơn (Find order)" }).click()
  await expect(finder.getByRole("alert")).toContainText("Không thấy mã chuyển khoản dạng OCOP… trong nội dung này")
  await finder.getByLabel("Nội dung chuyển khoản (Transfer content)").fill(`MBVCB.8812345.${order.reference!.toLowerCase()}.CT tu 0011002233 TRAN VAN MINH`)
  await finder.getByRole("button", { name: "Tìm đơn (Find order)" }).click()
  await expect(page).toHaveURL(new RegExp(`/app/orders/${order.id}$`))
  const card = page.getByTestId("ocop-order-payment")
  await expect(card.getByRole("heading", { name: "Thanh toán (Payment)" })).toBeVisible()
  await expect(card.getByTestId("ocop-payment-method")).toHaveText("Chuyển khoản ngân hàng VietQR (Bank transfer by VietQR)")
  await expect(card.getByTestId("ocop-payment-state")).toHaveText("Chờ chuyển khoản (Awaiting transfer)")
  await expect(card.getByTestId("ocop-transfer-reference")).toHaveText(order.reference!)
  await expect(card).toContainText(new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(order.total))
  await expect(card.getByTestId("ocop-transfer-due")).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
})

test("the programme office sees a cash-on-delivery order as such, with no transfer to wait for", async ({ page, request }) => {
  const { id } = await placeOrder(request)
  await logInToDashboard(page)
  await page.goto(`${commerce}/app/orders/${id}`)
  const card = page.getByTestId("ocop-order-payment")
  await expect(card.getByTestId("ocop-payment-method")).toHaveText("Thu tiền khi giao hàng (Cash on delivery)")
  await expect(card.getByTestId("ocop-transfer-reference")).toHaveCount(0)
  await expect(card.getByTestId("ocop-transfer-due")).toHaveCount(0)
})
