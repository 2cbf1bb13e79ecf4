import { join } from "node:path"
import { dataDir } from "../marketplace/paths.ts"
import { launchMarketplace } from "../marketplace/marketplace.ts"
import { withClient } from "../marketplace/database.ts"

/**
 * Checkout budgets, against the real marketplace started the way `npm start` starts it (own data in
 * .data/bench-checkout): 10 shoppers at once, each filling carts with two seeded products and
 * checking out with delivery and cash on delivery. Add to cart p95 < 150 ms, cart completion
 * p95 < 500 ms.
 */

const budget = { addP95Ms: 150, completeP95Ms: 500 }
const shoppers = Number(process.env.BENCH_SHOPPERS ?? 10)
const checkoutsPerShopper = Number(process.env.BENCH_CHECKOUTS_PER_SHOPPER ?? 20)

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

const rows: string[][] = []
let failed = false
try {
  const api = marketplace.commerceUrl
  const headers = { "content-type": "application/json", "x-publishable-api-key": marketplace.publishableKey }
  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T; ms: number }> {
    const started = performance.now()
    const response = await fetch(`${api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const data = (await response.json()) as T
    return { status: response.status, data, ms: performance.now() - started }
  }

  // Sellable products whose variant tracks stock, with plenty of it so the run never sells out.
  const variants = await withClient(marketplace.database.url, async (client) => {
    const { rows } = await client.query(`
      SELECT pv.id AS variant_id, pvii.inventory_item_id
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
    return rows.map((row: { variant_id: string }) => row.variant_id)
  })
  const { data: regions } = await call<{ regions: { id: string }[] }>("GET", "/store/regions")
  const regionId = regions.regions[0]!.id
  const address = { first_name: "Khách thử tải", phone: "0912345678", country_code: "vn", province: "ha-noi", city: "phường Hoàn Kiếm", address_1: "Số 1 Tràng Tiền" }

  const addMs: number[] = []
  const completeMs: number[] = []
  let refused = 0
  async function shopper(index: number) {
    for (let round = 0; round < checkoutsPerShopper; round++) {
      // As the storefront does: the first add creates the cart with its item, the second adds to it,
      // and the address comes at checkout.
      const [first, second] = [0, 7].map((offset) => ({ variant_id: variants[(index * 3 + round + offset) % variants.length]!, quantity: 1 }))
      const created = await call<{ cart: { id: string } }>("POST", "/store/carts", { region_id: regionId, items: [first] })
      if (created.status !== 200) throw new Error(`cart creation answered ${created.status}: ${JSON.stringify(created.data)}`)
      const cartId = created.data.cart.id
      const added = await call("POST", `/store/carts/${cartId}/line-items`, second)
      if (added.status !== 200) throw new Error(`add to cart answered ${added.status}: ${JSON.stringify(added.data)}`)
      addMs.push(created.ms, added.ms)
      await call("POST", `/store/carts/${cartId}`, { email: `tai${index}-${round}@example.vn`, shipping_address: address })
      const options = await call<{ shipping_options: { id: string; type: { code: string } }[] }>("GET", `/store/shipping-options?cart_id=${cartId}`)
      const delivery = options.data.shipping_options.find((option) => option.type.code === "delivery")!
      await call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id })
      const collection = await call<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cartId })
      await call("POST", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
      const completed = await call<{ type: string }>("POST", `/store/carts/${cartId}/complete`, {})
      if (completed.status !== 200 || completed.data.type !== "order") {
        refused += 1
        console.error(`completion answered ${completed.status}: ${JSON.stringify(completed.data)}`)
      }
      completeMs.push(completed.ms)
    }
  }
  // One warm-up checkout so first-request costs (module caches, JIT) are not counted.
  await shopper(shoppers).catch((error) => console.error(error))
  const reset = () => {
    addMs.length = 0
    completeMs.length = 0
    refused = 0
  }
  // The floor: one shopper alone, so the figures at 10 shoppers can be read against what a single
  // add and a single completion cost with nothing waiting in front of them.
  reset()
  await shopper(shoppers + 1)
  const alone = { add: { p50: percentile(addMs, 50), p95: percentile(addMs, 95) }, complete: { p50: percentile(completeMs, 50), p95: percentile(completeMs, 95) } }
  console.log(`1 shopper alone, ${completeMs.length} checkouts: add p50 ${alone.add.p50.toFixed(0)} ms p95 ${alone.add.p95.toFixed(0)} ms; complete p50 ${alone.complete.p50.toFixed(0)} ms p95 ${alone.complete.p95.toFixed(0)} ms`)
  rows.push([`for reference: add to cart, 1 shopper alone (${addMs.length} adds)`, `p50 ${alone.add.p50.toFixed(0)} ms, p95 ${alone.add.p95.toFixed(0)} ms`, "–"])
  rows.push([`for reference: cart completion, 1 shopper alone (${completeMs.length} orders)`, `p50 ${alone.complete.p50.toFixed(0)} ms, p95 ${alone.complete.p95.toFixed(0)} ms`, "–"])
  reset()

  const started = performance.now()
  await Promise.all(Array.from({ length: shoppers }, (_, index) => shopper(index)))
  const seconds = (performance.now() - started) / 1000
  const add = { p50: percentile(addMs, 50), p95: percentile(addMs, 95) }
  const complete = { p50: percentile(completeMs, 50), p95: percentile(completeMs, 95) }
  console.log(`${shoppers} shoppers, ${completeMs.length} checkouts in ${seconds.toFixed(1)} s; add p50 ${add.p50.toFixed(0)} ms p95 ${add.p95.toFixed(0)} ms; complete p50 ${complete.p50.toFixed(0)} ms p95 ${complete.p95.toFixed(0)} ms; refused ${refused}`)
  rows.push([`add to cart p95 < ${budget.addP95Ms} ms (${shoppers} shoppers at once, ${addMs.length} adds)`, `p50 ${add.p50.toFixed(0)} ms, p95 ${add.p95.toFixed(0)} ms`, add.p95 < budget.addP95Ms ? "pass" : "FAIL"])
  rows.push([`cart completion p95 < ${budget.completeP95Ms} ms (${completeMs.length} orders, delivery + COD)`, `p50 ${complete.p50.toFixed(0)} ms, p95 ${complete.p95.toFixed(0)} ms, ${refused} refused`, complete.p95 < budget.completeP95Ms && refused === 0 ? "pass" : "FAIL"])
  failed = add.p95 >= budget.addP95Ms || complete.p95 >= budget.completeP95Ms || refused > 0
} finally {
  await marketplace.stop()
}

console.log("\n| budget | measured | result |\n|---|---|---|")
for (const row of rows) console.log(`| ${row.join(" | ")} |`)
process.exit(failed ? 1 : 0)
