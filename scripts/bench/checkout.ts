import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { setTimeout as sleep } from "node:timers/promises"
import { dataDir } from "../marketplace/paths.ts"
import { launchMarketplace } from "../marketplace/marketplace.ts"
import { withClient } from "../marketplace/database.ts"
import { requestCostRows } from "./checkout/request-costs.ts"
import { durationMs, durationsByOverlap, type Span } from "./checkout/overlap.ts"
// The fields the storefront asks for whenever it reads or changes a cart, or shows an order.
import { CART_FIELDS, ORDER_FIELDS } from "../../storefront/src/lib/store-fields.ts"

/**
 * Checkout budgets, against the real marketplace started the way `npm start` starts it (own data in
 * .data/bench-checkout): 10 shoppers at once, each filling carts with two seeded products and
 * checking out with delivery and cash on delivery. Add to cart p95 < 150 ms, cart completion
 * p95 < 500 ms.
 *
 * A shopper is a person using the storefront: between steps they read a product page, look at the
 * cart, type an address; every page they open makes the storefront read the cart (unless it holds it
 * from a change or read of the last half minute) and its lines' products (plus the shipping options
 * once an address is saved, and the order on the confirmation page) from the commerce API, and those
 * reads are part of the load. The pauses
 * are those of a quick shopper (a few seconds per page, about ten to type an address). Two runs are
 * reported for reference and decide nothing: one shopper alone, and 10 shoppers who never pause,
 * which is what the server can take at most.
 */

const budget = { addP95Ms: 150, completeP95Ms: 500 }
const shoppers = Number(process.env.BENCH_SHOPPERS ?? 10)
const checkoutsPerShopper = Number(process.env.BENCH_CHECKOUTS_PER_SHOPPER ?? 8)
/** Scales every pause; 0 makes the budget run a no-pause run too. */
const pauseScale = Number(process.env.BENCH_PAUSE_SCALE ?? 1)

/** Seconds a quick shopper spends on each page before the next request, drawn uniformly. */
const pauses = {
  productPage: [2, 6],
  cartPage: [1, 3],
  addressForm: [8, 15],
  checkoutStep: [1, 3],
} as const satisfies Record<string, readonly [number, number]>

// The commerce server records what each request cost it (request-costs.cjs); read from the one-shopper run.
const requestCostsFile = join(dataDir, "bench-checkout-request-costs.jsonl")
rmSync(requestCostsFile, { force: true })
process.env.OCOP_REQUEST_COSTS_FILE = requestCostsFile
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --require "${fileURLToPath(new URL("./checkout/request-costs.cjs", import.meta.url))}"`.trim()

const marketplace = await launchMarketplace({
  dataDir: join(dataDir, "bench-checkout"),
  postgresPort: Number(process.env.BENCH_POSTGRES_PORT ?? 54419),
  databaseName: "ocop_bench_checkout",
  commercePort: Number(process.env.BENCH_COMMERCE_PORT ?? 9710),
  storefrontPort: Number(process.env.BENCH_STOREFRONT_PORT ?? 4941),
  quiet: true,
})

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

interface Figures {
  adds: Span[]
  completions: Span[]
  /** Every call the shoppers made, timed ones included. */
  calls: Span[]
  refused: number
}

const summary = (samples: number[]) =>
  samples.length === 0 ? "none" : `p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms`

const rows: string[][] = []
let costs: string[][] = []
let failed = false
try {
  const api = marketplace.commerceUrl
  const headers = { "content-type": "application/json", "x-publishable-api-key": marketplace.publishableKey }
  /** Calls of the run under way; runs follow each other. */
  let calls: Span[] = []
  /** One API call, timed; any refusal but a completion's stops the run, so no step is silently skipped. */
  async function call<T>(method: string, path: string, body?: unknown, { mayRefuse = false } = {}): Promise<{ status: number; data: T; span: Span }> {
    const startedMs = performance.now()
    const response = await fetch(`${api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const data = (await response.json()) as T
    const span = { startedMs, endedMs: performance.now() }
    calls.push(span)
    if (!response.ok && !mayRefuse) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(data)}`)
    return { status: response.status, data, span }
  }

  // Sellable products whose variant tracks stock, with plenty of it so the run never sells out.
  const products = await withClient(marketplace.database.url, async (client) => {
    const { rows } = await client.query(`
      SELECT pl.handle, pv.id AS variant_id, pvii.inventory_item_id
      FROM product_listing pl
      JOIN product_variant pv ON pv.product_id = pl.product_id AND pv.deleted_at IS NULL AND pv.manage_inventory
      JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
      WHERE EXISTS (SELECT 1 FROM inventory_level il WHERE il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL)
        AND pl.published AND pl.producer_active AND pl.certificate_status = 'active' AND pl.valid_until > now() AND pl.deleted_at IS NULL
      ORDER BY pl.handle LIMIT 30`)
    // Medusa computes availability from the raw_ (BigNumber) column, so both are set.
    await client.query(
      `UPDATE inventory_level SET stocked_quantity = 1000000, raw_stocked_quantity = '{"value": "1000000", "precision": 20}'::jsonb WHERE inventory_item_id = ANY($1)`,
      [rows.map((row: { inventory_item_id: string }) => row.inventory_item_id)]
    )
    return rows as { handle: string; variant_id: string }[]
  })
  const { data: regions } = await call<{ regions: { id: string }[] }>("GET", "/store/regions")
  const regionId = regions.regions[0]!.id
  const address = { first_name: "Khách thử tải", phone: "0912345678", country_code: "vn", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "Số 1 Tràng Tiền" }

  async function pause(kind: keyof typeof pauses, scale: number) {
    const [min, max] = pauses[kind]
    if (scale > 0) await sleep((min + Math.random() * (max - min)) * 1000 * scale)
  }

  /**
   * The cart as the storefront holds it (storefront/src/lib/held-carts.ts): what a change answered with
   * or a read fetched, served for half a minute; choosing a payment provider and placing the order let
   * it go. Per shopper: when it was taken, or null.
   */
  const HELD_CART_LIFETIME_MS = 30_000
  type HeldCart = { takenAtMs: number | null }
  /** A change to the cart (it answers with the cart, which the storefront holds). */
  async function changeCart<T>(held: HeldCart, method: string, path: string, body: unknown) {
    const answer = await call<T>(method, path, body)
    held.takenAtMs = performance.now()
    return answer
  }
  /** The storefront's read of the shopper's cart: from commerce only when it holds none. */
  async function readCart(cartId: string, held: HeldCart) {
    if (held.takenAtMs !== null && performance.now() - held.takenAtMs < HELD_CART_LIFETIME_MS) return
    await call("GET", `/store/carts/${cartId}?fields=${CART_FIELDS}`)
    held.takenAtMs = performance.now()
  }

  /** What the storefront reads to render the cart page: the cart, then each line's product. */
  async function openCartPage(cartId: string, handles: string[], held: HeldCart) {
    await readCart(cartId, held)
    await Promise.all(handles.map((handle) => call("GET", `/store/ocop/products/${handle}`)))
  }

  type ShippingOptions = { shipping_options: { id: string; type: { code: string } }[] }
  /** The shipping options the storefront holds for a cart state, and when it read them (features/checkout/shipping-options-cache.ts). */
  type HeldOptions = { data: ShippingOptions; readAtMs: number } | null
  const OPTIONS_LIFETIME_MS = 30_000

  /**
   * What the storefront reads to render the checkout page: the cart, each line's product, and once the
   * shopper's details are saved, the shipping options for them, unless it read them for this cart
   * state within the last half minute. Answers the options the page shows.
   */
  async function openCheckoutPage(cartId: string, handles: string[], heldCart: HeldCart, held: HeldOptions): Promise<HeldOptions> {
    await openCartPage(cartId, handles, heldCart)
    if (held && performance.now() - held.readAtMs < OPTIONS_LIFETIME_MS) return held
    const { data } = await call<ShippingOptions>("GET", `/store/shipping-options?cart_id=${cartId}`)
    return { data, readAtMs: performance.now() }
  }

  async function shopper(index: number, checkouts: number, scale: number, figures: Figures) {
    for (let round = 0; round < checkouts; round++) {
      const chosen = [0, 7].map((offset) => products[(index * 3 + round + offset) % products.length]!)
      let cartId: string | null = null
      const held: HeldCart = { takenAtMs: null }
      for (const product of chosen) {
        await pause("productPage", scale)
        await call("GET", `/store/ocop/products/${product.handle}`)
        // The storefront's add: the product (its variant with it) and the shopper's cart, then the add itself (timed).
        await call("GET", `/store/ocop/products/${product.handle}`)
        if (cartId) await readCart(cartId, held)
        const item = { variant_id: product.variant_id, quantity: 1 }
        if (cartId) {
          figures.adds.push((await changeCart(held, "POST", `/store/carts/${cartId}/line-items?fields=${CART_FIELDS}`, item)).span)
        } else {
          const created = await changeCart<{ cart: { id: string } }>(held, "POST", `/store/carts?fields=${CART_FIELDS}`, { region_id: regionId, items: [item] })
          figures.adds.push(created.span)
          cartId = created.data.cart.id
        }
        await openCartPage(cartId, chosen.slice(0, chosen.indexOf(product) + 1).map((line) => line.handle), held)
        await pause("cartPage", scale)
      }
      if (!cartId) throw new Error("the shopper's cart was not created")
      const handles = chosen.map((line) => line.handle)
      await openCartPage(cartId, handles, held)
      await pause("addressForm", scale)
      // Each checkout form post reads the cart first; the shipping, payment and order steps also check
      // the choice against the whole checkout as the page shows it (lines, shipping options).
      await readCart(cartId, held)
      await changeCart(held, "POST", `/store/carts/${cartId}?fields=${CART_FIELDS}`, { email: `tai${index}-${round}@example.vn`, shipping_address: address, billing_address: address })
      // The address is a new cart state: its options are read afresh, then shared by the steps after it.
      let options = await openCheckoutPage(cartId, handles, held, null)
      await pause("checkoutStep", scale)
      const delivery = options!.data.shipping_options.find((option) => option.type.code === "delivery")!
      options = await openCheckoutPage(cartId, handles, held, options)
      await changeCart(held, "POST", `/store/carts/${cartId}/shipping-methods?fields=${CART_FIELDS}`, { option_id: delivery.id })
      options = await openCheckoutPage(cartId, handles, held, options)
      await pause("checkoutStep", scale)
      options = await openCheckoutPage(cartId, handles, held, options)
      const collection = await call<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cartId })
      await call("POST", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      held.takenAtMs = null
      options = await openCheckoutPage(cartId, handles, held, options)
      await pause("checkoutStep", scale)
      await openCheckoutPage(cartId, handles, held, options)
      const completed = await call<{ type: string; order?: { id: string } }>("POST", `/store/carts/${cartId}/complete`, {}, { mayRefuse: true })
      if (completed.status !== 200 || completed.data.type !== "order" || !completed.data.order) {
        figures.refused += 1
        console.error(`completion answered ${completed.status}: ${JSON.stringify(completed.data)}`)
      } else {
        // The confirmation page the shopper lands on: the order, and each line's product for its title.
        await call("GET", `/store/orders/${completed.data.order.id}?fields=${ORDER_FIELDS}`)
        await Promise.all(handles.map((handle) => call("GET", `/store/ocop/products/${handle}`)))
      }
      figures.completions.push(completed.span)
    }
  }

  async function run(label: string, count: number, checkouts: number, scale: number): Promise<Figures> {
    calls = []
    const figures: Figures = { adds: [], completions: [], calls, refused: 0 }
    const started = performance.now()
    await Promise.all(Array.from({ length: count }, (_, index) => shopper(index, checkouts, scale, figures)))
    const seconds = (performance.now() - started) / 1000
    console.log(
      `${label}: ${figures.completions.length} checkouts in ${seconds.toFixed(1)} s; add ${summary(figures.adds.map(durationMs))}; complete ${summary(figures.completions.map(durationMs))}; refused ${figures.refused}`
    )
    return figures
  }

  // One warm-up checkout so first-request costs (module caches, JIT) are not counted.
  await run("warm-up", 1, 1, 0)
  rmSync(requestCostsFile, { force: true })
  const alone = await run("1 shopper alone, no pauses", 1, 10, 0)
  costs = requestCostRows(readFileSync(requestCostsFile, "utf8"), alone.completions.length)
  rows.push([`for reference: add to cart, 1 shopper alone, no pauses (${alone.adds.length} adds)`, summary(alone.adds.map(durationMs)), "–"])
  rows.push([`for reference: cart completion, 1 shopper alone, no pauses (${alone.completions.length} orders)`, summary(alone.completions.map(durationMs)), "–"])
  const rushed = await run(`${shoppers} shoppers who never pause`, shoppers, 10, 0)
  rows.push([`for reference: add to cart, ${shoppers} shoppers who never pause (${rushed.adds.length} adds)`, summary(rushed.adds.map(durationMs)), "–"])
  rows.push([
    `for reference: cart completion, ${shoppers} shoppers who never pause (${rushed.completions.length} orders)`,
    `${summary(rushed.completions.map(durationMs))}, ${rushed.refused} refused`,
    "–",
  ])

  const shopping = await run(`${shoppers} shoppers at once`, shoppers, checkoutsPerShopper, pauseScale)
  const addMs = shopping.adds.map(durationMs)
  const completeMs = shopping.completions.map(durationMs)
  const addP95 = percentile(addMs, 95)
  const completeP95 = percentile(completeMs, 95)
  rows.push([`add to cart p95 < ${budget.addP95Ms} ms (${shoppers} shoppers at once, ${addMs.length} adds)`, summary(addMs), addP95 < budget.addP95Ms ? "pass" : "FAIL"])
  rows.push([
    `cart completion p95 < ${budget.completeP95Ms} ms (${shoppers} shoppers at once, ${completeMs.length} orders, delivery + COD)`,
    `${summary(completeMs)}, ${shopping.refused} refused`,
    completeP95 < budget.completeP95Ms && shopping.refused === 0 ? "pass" : "FAIL",
  ])
  // The same samples split by whether another shopper's call was open at the same time.
  for (const [what, timed] of [["add to cart", shopping.adds], ["cart completion", shopping.completions]] as const) {
    const { unshared, shared } = durationsByOverlap(timed, shopping.calls)
    rows.push([`for reference: ${what}, ${shoppers} shoppers at once, no other call open (${unshared.length})`, summary(unshared), "–"])
    rows.push([`for reference: ${what}, ${shoppers} shoppers at once, another shopper's call open (${shared.length})`, summary(shared), "–"])
  }
  failed = addP95 >= budget.addP95Ms || completeP95 >= budget.completeP95Ms || shopping.refused > 0 || rushed.refused > 0
} finally {
  await marketplace.stop()
}

console.log("\n| budget | measured | result |\n|---|---|---|")
for (const row of rows) console.log(`| ${row.join(" | ")} |`)
console.log("\nWhere one checkout's server time goes (1 shopper alone, no pauses; CPU of the commerce process while each request was open):\n")
console.log("| request | per checkout | SQL statements each | CPU each (ms) | CPU per checkout (ms) |\n|---|---|---|---|---|")
for (const row of costs) console.log(`| ${row.join(" | ")} |`)
const cpuPerCheckout = costs.reduce((sum, row) => sum + Number(row[4]), 0)
console.log(`| all | | | | ${cpuPerCheckout} |`)
process.exit(failed ? 1 : 0)
