import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { recoverCheckouts } from "../../src/checkout/recovery"
import { createCheckoutFixture, type CheckoutFixture } from "../fixtures/checkout"

const require = createRequire(import.meta.url)
const commerceDir = fileURLToPath(new URL("../..", import.meta.url))
const medusaCli = require.resolve("@medusajs/cli/cli.js")
const port = Number(process.env.TEST_CRASH_COMMERCE_PORT ?? 9711)
const commerceUrl = `http://localhost:${port}`

const pickupContact = { first_name: "Trần Văn Minh", phone: "0352123456", country_code: "vn", province: "thai-nguyen" }
const address = { first_name: "Trần Văn Minh", phone: "0912 345 678", country_code: "vn", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "Số 5 phố Hàng Đào" }

interface ShippingOption {
  id: string
  type: { code: string }
  service_zone: { fulfillment_set: { location: { id: string } } }
}

interface CommerceProcess {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stop(): Promise<void>
}

const running: CommerceProcess[] = []

/**
 * A real commerce server (`medusa start`, from the TypeScript sources) on the test's database, in its
 * own process so that it can be killed. Its recovery treats a checkout as abandoned after 1 s.
 */
async function startCommerce(databaseUrl: string, crashAt?: string): Promise<CommerceProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DISABLE_MEDUSA_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true", CHECKOUT_RECOVERY_SETTLED_MS: "1000" }
  delete env.OCOP_CHECKOUT_CRASH_AT
  if (crashAt) env.OCOP_CHECKOUT_CRASH_AT = crashAt
  const child = spawn(process.execPath, [medusaCli, "start", "--port", String(port)], { cwd: commerceDir, env, stdio: ["ignore", "pipe", "pipe"] })
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean))
    output.splice(0, output.length - 40)
  }
  child.stdout.on("data", keep)
  child.stderr.on("data", keep)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    await exited
  }
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    const healthy = await fetch(`${commerceUrl}/health`).then((response) => response.ok, () => false)
    if (healthy) {
      running.push({ exited, stop })
      return { exited, stop }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`The commerce server did not start. Last output:\n${output.join("\n")}`)
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer, dbConfig }) => {
    let fixture: CheckoutFixture
    let lastUnitsItemId: string
    const db = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      fixture = await createCheckoutFixture(getContainer())
      // The last units also come to Thái Nguyên. Stocked after Hà Nội, so Medusa reserves them in Hà
      // Nội first and a pickup in Thái Nguyên is moved there when the order is allocated.
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: fixture.variants.lastUnits } })
      lastUnitsItemId = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!.inventory_item_id
      await createInventoryLevelsWorkflow(getContainer()).run({ input: { inventory_levels: [{ inventory_item_id: lastUnitsItemId, location_id: fixture.points.thaiNguyen.locationId, stocked_quantity: 5 }] } })
    })

    // Stopped before the runner restores the database for the next test.
    afterEach(async () => {
      for (const server of running.splice(0)) await server.stop()
    })

    async function store<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
      const response = await fetch(`${commerceUrl}${path}`, {
        method,
        headers: { "content-type": "application/json", "x-publishable-api-key": fixture.publishableKey },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, data: (await response.json()) as T }
    }

    /** A shopper's cart, delivered or for pickup, paid cash on delivery, ready to complete. */
    async function readyCheckout(variantId: string, quantity: number, pickupAt?: string): Promise<string> {
      const cart = await store<{ cart: { id: string } }>("POST", "/store/carts", { region_id: fixture.regionId, email: "minh@example.vn" })
      expect(cart.status).toBe(200)
      const cartId = cart.data.cart.id
      expect((await store("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity })).status).toBe(200)
      expect((await store("POST", `/store/carts/${cartId}`, { shipping_address: pickupAt ? pickupContact : address })).status).toBe(200)
      const options = await store<{ shipping_options: ShippingOption[] }>("GET", `/store/shipping-options?cart_id=${cartId}`)
      const option = options.data.shipping_options.find((option) =>
        pickupAt ? option.type.code === "pickup" && option.service_zone.fulfillment_set.location.id === pickupAt : option.type.code === "delivery"
      )
      expect((await store("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: option!.id })).status).toBe(200)
      const collection = await store<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cartId })
      const session = await store("POST", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      expect(session.status).toBe(200)
      return cartId
    }

    /** Completes the cart on a server that kills itself at `crashAt`: the shopper's request gets no answer. */
    async function crashingCheckout(crashAt: string, checkout: () => Promise<string>): Promise<string> {
      const faulty = await startCommerce(dbConfig.clientUrl, crashAt)
      const cartId = await checkout()
      const completion = await store("POST", `/store/carts/${cartId}/complete`, {}).then(
        () => "answered",
        () => "connection lost"
      )
      expect(completion).toBe("connection lost")
      expect(await faulty.exited).toEqual({ code: null, signal: "SIGKILL" })
      return cartId
    }

    /** Everything a crash could leave wrong for one cart, read straight from the database. */
    async function checkoutState(cartId: string, variantId: string) {
      const orders = await db()("order as o")
        .join("order_cart as oc", "oc.order_id", "o.id")
        .where("oc.cart_id", cartId)
        .whereNull("oc.deleted_at")
        .whereNull("o.deleted_at")
        .select("o.id", "o.status")
      const orderId = orders[0]?.id as string | undefined
      const [session] = await db()("payment_session as s")
        .join("cart_payment_collection as link", "link.payment_collection_id", "s.payment_collection_id")
        .where("link.cart_id", cartId)
        .whereNull("s.deleted_at")
        .select("s.id", "s.status")
      const payments = await db()("payment").where("payment_session_id", session.id).select("canceled_at")
      const allocations = orderId ? await db()("order_line_allocation").where("order_id", orderId).whereNull("deleted_at").select("id") : []
      const reservations = orderId
        ? await db()("reservation_item as r").join("order_item as oi", "oi.item_id", "r.line_item_id").where("oi.order_id", orderId).whereNull("r.deleted_at").select("r.quantity", "r.location_id")
        : []
      const [stock] = await db()("inventory_level as level")
        .join("product_variant_inventory_item as pvii", "pvii.inventory_item_id", "level.inventory_item_id")
        .where("pvii.variant_id", variantId)
        .whereNull("level.deleted_at")
        .sum({ reserved: "level.reserved_quantity" })
      const confirmations = orderId ? await db()("notification").where({ resource_id: orderId, template: "order-placed" }).select("id") : []
      return {
        orderId,
        orders: orders.map((order) => order.status as string),
        payment: session.status as string,
        payments: payments.map((payment) => (payment.canceled_at ? "canceled" : "open")),
        allocations: allocations.length,
        reservations: reservations.map((reservation) => [reservation.location_id as string, Number(reservation.quantity)]),
        reserved: Number(stock?.reserved ?? 0),
        confirmations: confirmations.length,
      }
    }

    /** Polls until the restarted server's recovery (seconds after its start) has acted. */
    function recovered(cartId: string, variantId: string, done: (state: Awaited<ReturnType<typeof checkoutState>>) => boolean) {
      return vi.waitFor(
        async () => {
          const state = await checkoutState(cartId, variantId)
          if (!done(state)) throw new Error(`not recovered yet: ${JSON.stringify(state)}`)
          return state
        },
        { timeout: 60_000, interval: 500 }
      )
    }

    it.each([
      { crashAt: "before-payment-authorization", payment: "pending", payments: [] },
      { crashAt: "after-payment-authorization", payment: "authorized", payments: ["open"] },
    ])(
      "a server killed $crashAt comes back with the checkout finished: one order, payment authorised, lines allocated, stock reserved once",
      async ({ crashAt, payment, payments }) => {
        const honey = fixture.variants.honey
        const cartId = await crashingCheckout(crashAt, () => readyCheckout(honey, 1))
        // What the crash left: the order written and its stock reserved, nothing allocated, no email.
        expect(await checkoutState(cartId, honey)).toMatchObject({ orders: ["pending"], payment, payments, allocations: 0, reserved: 1, confirmations: 0 })

        await startCommerce(dbConfig.clientUrl)
        const state = await recovered(cartId, honey, (state) => state.allocations > 0 && state.confirmations > 0)
        expect(state).toEqual({
          orderId: expect.any(String),
          orders: ["pending"],
          payment: "authorized",
          payments: ["open"],
          allocations: 1,
          reservations: [[expect.any(String), 1]],
          reserved: 1,
          confirmations: 1,
        })

        // The shopper retries: the same order comes back, nothing is placed or reserved twice.
        const retried = await store<{ type: string; order: { id: string } }>("POST", `/store/carts/${cartId}/complete`, {})
        expect(retried.status).toBe(200)
        expect(retried.data).toMatchObject({ type: "order", order: { id: state.orderId } })
        expect(await recoverCheckouts(getContainer(), { settledMs: 0 })).toEqual({ completed: [], voided: [] })
        expect(await checkoutState(cartId, honey)).toEqual(state)
      },
      // Two server starts from the TypeScript sources on a shared 2-core machine.
      300_000
    )

    it(
      "cancels the order and voids its payment when the pickup point sold the goods while the server was down",
      async () => {
        const lastUnits = fixture.variants.lastUnits
        const thaiNguyen = fixture.points.thaiNguyen.locationId
        const cartId = await crashingCheckout("after-payment-authorization", () => readyCheckout(lastUnits, 2, thaiNguyen))
        // Medusa reserved them in Hà Nội; the allocation that would have moved them never ran.
        expect(await checkoutState(cartId, lastUnits)).toMatchObject({ orders: ["pending"], payments: ["open"], allocations: 0, reservations: [[fixture.points.haNoi.locationId, 2]] })
        // Thái Nguyên sells its five at the counter.
        await getContainer().resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: lastUnitsItemId, location_id: thaiNguyen, stocked_quantity: 0 }])

        await startCommerce(dbConfig.clientUrl)
        const state = await recovered(cartId, lastUnits, (state) => state.orders[0] === "canceled")
        expect(state).toEqual({ orderId: expect.any(String), orders: ["canceled"], payment: "authorized", payments: ["canceled"], allocations: 0, reservations: [], reserved: 0, confirmations: 0 })

        // Retrying is refused with the reason, and places or reserves nothing.
        const retried = await store<{ message: string }>("POST", `/store/carts/${cartId}/complete`, {})
        expect(retried.status).toBe(400)
        expect(retried.data.message).toContain("Điểm bán OCOP Thái Nguyên không đủ hàng")
        expect(await recoverCheckouts(getContainer(), { settledMs: 0 })).toEqual({ completed: [], voided: [] })
        expect(await checkoutState(cartId, lastUnits)).toEqual(state)
      },
      300_000
    )
  },
})
