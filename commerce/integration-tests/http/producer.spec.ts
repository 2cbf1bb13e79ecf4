import { readFile } from "node:fs/promises"
import { basename, join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { uploadDir } from "../../src/product-images/variants"
import type { ImageVariantsPlan } from "../../src/workflows/product-images/steps/make-image-variants"
import { recordImageVariantsStep } from "../../src/workflows/product-images/steps/record-image-variants"
import { ORDER_ALLOCATION_MODULE } from "../../src/modules/order-allocation"
import type OrderAllocationModuleService from "../../src/modules/order-allocation/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { createAdminHeaders } from "../fixtures/admin"
import { bearerHeadersFor } from "../fixtures/auth"
import { createCheckoutFixture, type CheckoutFixture } from "../fixtures/checkout"
import { productPageReads } from "../fixtures/product-page-reads"
import { createProducerMemberHeaders } from "../fixtures/producer"

type Headers = Record<string, string>

const address = { first_name: "Lan", last_name: "Nguyễn Thị", phone: "0912 345 678", country_code: "vn", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "Số 12 phố Hàng Bạc" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    let admin: Headers
    // A makes honey (and the last-units noodles), B makes tea; both have a line in one customer's order.
    let producerA: Headers
    let producerB: Headers
    let suspendedMember: Headers
    let orderId: string
    const asked = (headers: Headers = {}) => ({ headers, validateStatus: () => true })

    beforeAll(async () => {
      const container = getContainer()
      fixture = await createCheckoutFixture(container)
      admin = (await createAdminHeaders(container)).headers
      producerA = (await createProducerMemberHeaders(container, fixture.producers.honey, "a@ong-mat.vn")).headers
      producerB = (await createProducerMemberHeaders(container, fixture.producers.tea, "b@che.vn")).headers
      const [suspended] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ status: "suspended" })
      suspendedMember = (await createProducerMemberHeaders(container, suspended!.id, "c@tam-dung.vn")).headers

      orderId = await placeOrder([[fixture.variants.honey, 1], [fixture.variants.tea, 2]])
      // The runner snapshots the database before the first test, cutting every open connection:
      // the order.placed subscriber has to have emailed the producers by then, or its emails are lost.
      const notifications = container.resolve(Modules.NOTIFICATION)
      await vi.waitFor(
        async () => expect(await notifications.listNotifications({ resource_id: orderId, template: "producer-new-order" })).toHaveLength(2),
        { timeout: 15_000, interval: 100 }
      )
    })

    /** A customer's delivery order of these packs, paid cash on delivery, placed through the store API. */
    async function placeOrder(items: (readonly [string, number])[], email = "lan@example.vn"): Promise<string> {
      const store = asked({ "x-publishable-api-key": fixture.publishableKey })
      const cart = await api.post("/store/carts", { region_id: fixture.regionId, email }, store)
      const cartId = cart.data.cart.id as string
      for (const [variant_id, quantity] of items) {
        expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, store)).status).toBe(200)
      }
      expect((await api.post(`/store/carts/${cartId}`, { shipping_address: address }, store)).status).toBe(200)
      const options = (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options as { id: string; amount: number; type: { code: string } }[]
      const delivery = options.find((option) => option.type.code === "delivery" && option.amount === 30_000)!
      expect((await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, store)).status).toBe(200)
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const placed = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(placed.status, JSON.stringify(placed.data)).toBe(200)
      return placed.data.order.id as string
    }

    const allocations = () => getContainer().resolve<OrderAllocationModuleService>(ORDER_ALLOCATION_MODULE)

    async function lineOf(productId: string) {
      const [line] = await allocations().listOrderLineAllocations({ order_id: orderId, product_id: productId })
      return line!
    }

    async function inventoryItemOf(variantId: string): Promise<string> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      return (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!.inventory_item_id
    }

    /** Everything a /producer/* call could change: products, prices, stock, order lines, members. */
    async function databaseState(): Promise<string> {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "title", "description", "status", "metadata", "variants.prices.amount", "variants.prices.currency_code"],
        filters: { id: Object.values(fixture.products) },
      })
      const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({}, { select: ["inventory_item_id", "location_id", "stocked_quantity"] })
      const lines = await allocations().listOrderLineAllocations({}, { select: ["id", "status"] })
      const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
      const members = await producers.listProducerMembers({}, { select: ["id", "producer_id", "email"] })
      const batches = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("stamp_batch").select("id", "product_id", "status").orderBy("id")
      const sortBy = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
      return JSON.stringify({
        products: sortBy(products as { id: string }[], (p) => p.id),
        levels: sortBy(levels.map((l) => [l.inventory_item_id, l.location_id, Number(l.stocked_quantity)]), (l) => `${l[0]}${l[1]}`),
        lines: sortBy(lines.map((l) => [l.id, l.status]), (l) => l[0] as string),
        members: sortBy(members.map((m) => [m.id, m.producer_id, m.email]), (m) => m[0] as string),
        batches,
      })
    }

    it("refuses anonymous callers, another producer's resources and a suspended producer's writes, changing nothing", async () => {
      const teaLine = await lineOf(fixture.products.tea)
      const teaItem = await inventoryItemOf(fixture.variants.tea)
      const { result: teaBatch } = await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("issue-stamp-batch", { input: { product_id: fixture.products.tea, quantity: 3, actor: "test" }, throwOnError: true })
      const before = await databaseState()

      const writesOnB: [string, string, Record<string, unknown>][] = [
        ["POST", `/producer/products/${fixture.products.tea}`, { title: "Chè của A" }],
        ["POST", `/producer/products/${fixture.products.tea}`, { price: 1 }],
        ["POST", `/producer/products/${fixture.products.tea}/publish`, {}],
        ["POST", `/producer/products/${fixture.products.tea}/withdraw`, {}],
        ["POST", `/producer/products/${fixture.products.tea}/images/img_01M8QA9VY274KSN7JCJ29QXZBE/main`, {}],
        ["DELETE", `/producer/products/${fixture.products.tea}/images/img_01M8QA9VY274KSN7JCJ29QXZBE`, {}],
        ["POST", "/producer/stock", { inventory_item_id: teaItem, sales_point_id: fixture.points.thaiNguyen.id, stocked_quantity: 0 }],
        ["POST", `/producer/orders/lines/${teaLine.id}/status`, { status: "prepared" }],
        ["POST", "/producer/stamp-batches", { product_id: fixture.products.tea, quantity: 5 }],
        ["GET", `/producer/stamp-batches/${(teaBatch as { id: string }).id}/pdf`, {}],
      ]
      const everyRoute: [string, string, Record<string, unknown>][] = [
        ["GET", "/producer/me", {}],
        ["GET", "/producer/products", {}],
        ["POST", "/producer/products", { title: "Sản phẩm lạ", price: 1000 }],
        ["GET", "/producer/stock", {}],
        ["GET", "/producer/orders", {}],
        ["GET", "/producer/certificates", {}],
        ["GET", "/producer/stamp-batches", {}],
        ["POST", "/producer/invites/accept", { token: "x".repeat(43), name: "Kẻ lạ" }],
        ...writesOnB,
      ]
      const call = (method: string, path: string, body: Record<string, unknown>, headers?: Headers) =>
        method === "GET" ? api.get(path, asked(headers)) : method === "DELETE" ? api.delete(path, asked(headers)) : api.post(path, body, asked(headers))

      for (const [method, path, body] of everyRoute) {
        expect((await call(method, path, body)).status, `anonymous ${method} ${path}`).toBe(401)
        // An admin session is not a producer account.
        expect((await call(method, path, body, admin)).status, `admin ${method} ${path}`).toBe(401)
      }
      for (const [method, path, body] of writesOnB) {
        const answer = await call(method, path, body, producerA)
        expect(answer.status, `A on B: ${method} ${path} ${JSON.stringify(answer.data)}`).toBe(404)
      }
      // A member account cannot accept another invite to switch producers.
      expect((await call("POST", "/producer/invites/accept", { token: "x".repeat(43), name: "A" }, producerA)).status).toBe(404)

      // A's lists hold none of B's products, stock, order lines or certificates.
      const products = (await api.get("/producer/products", asked(producerA))).data.products as { id: string }[]
      expect(products.map((p) => p.id).sort()).toEqual([fixture.products.honey, fixture.products.lastUnits].sort())
      const stock = (await api.get("/producer/stock", asked(producerA))).data.stock as { product_id: string }[]
      expect(new Set(stock.map((s) => s.product_id))).toEqual(new Set([fixture.products.honey, fixture.products.lastUnits]))
      const orders = (await api.get("/producer/orders", asked(producerA))).data
      expect(orders.lines.map((l: { id: string }) => l.id)).toEqual([(await lineOf(fixture.products.honey)).id])
      const stampBatches = (await api.get("/producer/stamp-batches", asked(producerA))).data
      expect(stampBatches.stamp_batches).toEqual([])
      expect(stampBatches.products).toEqual([])
      const certificates = (await api.get("/producer/certificates", asked(producerA))).data.certificates as { products: { id: string }[] }[]
      expect(certificates.flatMap((c) => c.products.map((p) => p.id)).sort()).toEqual([fixture.products.honey, fixture.products.lastUnits].sort())

      // A suspended producer's member reads, but every write is refused with the reason.
      expect((await api.get("/producer/me", asked(suspendedMember))).data.producer.status).toBe("suspended")
      const suspendedWrite = await api.post("/producer/products", { title: "Chè mới", price: 50_000 }, asked(suspendedMember))
      expect(suspendedWrite.status).toBe(403)
      expect(suspendedWrite.data.message).toContain("tạm dừng")

      // Bad input is a 400 that says what is wrong, never a 500.
      const badInputs: [string, Record<string, unknown>][] = [
        [`/producer/products/${fixture.products.honey}`, { price: 12.5 }],
        [`/producer/products/${fixture.products.honey}`, { title: "" }],
        [`/producer/products/${fixture.products.honey}`, { owner: "B" }],
        ["/producer/products/not-an-id", { title: "x" }],
        ["/producer/stock", { inventory_item_id: "iitem_1", sales_point_id: fixture.points.haNoi.id, stocked_quantity: 1 }],
        [`/producer/orders/lines/${teaLine.id}/status`, { status: "lost" }],
      ]
      for (const [path, body] of badInputs) {
        const answer = await api.post(path, body, asked(producerA))
        expect(answer.status, `${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.data)}`).toBe(400)
      }
      expect((await api.get("/producer/orders?limit=1000", asked(producerA))).status).toBe(400)

      expect(await databaseState()).toBe(before)
    })

    /** A photo as a phone sends it: multipart, with the camera's EXIF (GPS position included). */
    async function photoForm(image: Buffer | Promise<Buffer>, name = "IMG_2041.jpg", type = "image/jpeg") {
      const form = new FormData()
      form.append("photo", new Blob([new Uint8Array(await image)], { type }), name)
      return form
    }
    const cameraPhoto = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: { r: 190, g: 140, b: 40 } } })
        .jpeg()
        .withExif({ IFD0: { Make: "Phone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 30/1 0/1" } })
        .toBuffer()
    type PortalPhoto = { id: string; url: string; preview_url: string }
    const photosOf = async (productId: string, headers: Headers) =>
      ((await api.get("/producer/products", asked(headers))).data.products as { id: string; images: PortalPhoto[] }[]).find((p) => p.id === productId)!.images

    it("adds photos to its own product (cleaned of EXIF, AVIF/WebP variants made once), picks the main one and removes one; never another producer's", async () => {
      const honey = fixture.products.honey
      const added = await api.post(`/producer/products/${honey}/images`, await photoForm(cameraPhoto(1200, 900)), asked(producerA))
      expect(added.status, JSON.stringify(added.data)).toBe(201)
      const [first] = added.data.product.images as PortalPhoto[]
      expect(first!.id).toMatch(/^img_/)
      const stored = await sharp(await readFile(join(uploadDir(), basename(new URL(first!.url).pathname)))).metadata()
      expect(stored).toMatchObject({ format: "jpeg", width: 1200, height: 900 })
      expect(stored.exif).toBeUndefined()
      // The image subscriber makes the variants once, after the upload answered.
      await expect.poll(async () => (await photosOf(honey, producerA))[0]!.preview_url, { timeout: 30_000 }).toMatch(/-320w\.webp$/)

      const second = await api.post(`/producer/products/${honey}/images`, await photoForm(sharp({ create: { width: 640, height: 640, channels: 4, background: "#3a7" } }).png().toBuffer(), "la.png", "image/png"), asked(producerA))
      expect(second.status, JSON.stringify(second.data)).toBe(201)
      const [, secondPhoto] = second.data.product.images as PortalPhoto[]
      const main = await api.post(`/producer/products/${honey}/images/${secondPhoto!.id}/main`, {}, asked(producerA))
      expect(main.status).toBe(200)
      expect((main.data.product.images as PortalPhoto[]).map((image) => image.id)).toEqual([secondPhoto!.id, first!.id])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const thumbnail = async () => ((await query.graph({ entity: "product", fields: ["thumbnail"], filters: { id: honey } })).data[0] as { thumbnail: string }).thumbnail
      expect(await thumbnail()).toBe(secondPhoto!.url)
      // The product page's prepared-statement read agrees with query.graph on photos, prices and
      // stock per sales point, for every product of the fixture.
      const { data: stocked } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: Object.values(fixture.products) } })
      for (const { handle } of stocked as { handle: string }[]) {
        const [fromSql, fromGraph] = await productPageReads(getContainer(), handle)
        expect(fromSql, handle).toEqual(fromGraph)
      }

      // Bad uploads: a clear 4xx, nothing stored.
      const refused: [FormData | Record<string, unknown>, number, RegExp][] = [
        [{ photo: "not a file" }, 400, /photo/],
        [await photoForm(Buffer.from("<?php system($_GET['c']); ?>"), "shell.jpg"), 400, /không phải là ảnh/],
        [await photoForm(sharp({ create: { width: 400, height: 400, channels: 3, background: "#fff" } }).gif().toBuffer(), "a.gif", "image/gif"), 415, /JPEG, PNG, WebP/],
        [await photoForm(cameraPhoto(200, 150)), 400, /quá nhỏ/],
        [await photoForm(Buffer.alloc(9 * 1024 * 1024, 1)), 413, /lớn hơn 8 MB/],
      ]
      const twoPhotos = await photoForm(cameraPhoto(400, 400))
      twoPhotos.append("photo", new Blob([new Uint8Array(await cameraPhoto(400, 400))], { type: "image/jpeg" }), "b.jpg")
      refused.push([twoPhotos, 400, /đúng một ảnh/])
      for (const [body, status, message] of refused) {
        const answer = await api.post(`/producer/products/${honey}/images`, body, asked(producerA))
        expect(answer.status, JSON.stringify(answer.data)).toBe(status)
        expect(answer.data.message).toMatch(message)
      }

      // Another producer and anonymous callers touch none of A's photos.
      const before = await photosOf(honey, producerA)
      expect((await api.post(`/producer/products/${honey}/images`, await photoForm(cameraPhoto(400, 400)), asked(producerB))).status).toBe(404)
      expect((await api.post(`/producer/products/${honey}/images`, await photoForm(cameraPhoto(400, 400)), asked())).status).toBe(401)
      expect((await api.delete(`/producer/products/${honey}/images/${first!.id}`, asked(producerB))).status).toBe(404)
      expect((await api.post(`/producer/products/${honey}/images/${first!.id}/main`, {}, asked(producerB))).status).toBe(404)
      expect((await api.delete(`/producer/products/${fixture.products.tea}/images/${first!.id}`, asked(producerB))).status).toBe(404)
      expect((await api.delete(`/producer/products/${honey}/images/${first!.id}`, asked())).status).toBe(401)
      expect(await photosOf(honey, producerA)).toEqual(before)

      const removed = await api.delete(`/producer/products/${honey}/images/${secondPhoto!.id}`, asked(producerA))
      expect(removed.status).toBe(200)
      expect((removed.data.product.images as PortalPhoto[]).map((image) => image.id)).toEqual([first!.id])
      expect(await thumbnail()).toBe(first!.url)
    })

    it("records a photo's variants without touching the story and delivery area saved while they were made, and an edit changes only the keys it names", async () => {
      const created = await api.post("/producer/products", { title: "Mật ong rừng tràm U Minh", price: 320_000 }, asked(producerA))
      expect(created.status).toBe(201)
      const productId = created.data.product.id as string
      // The photo is not in the upload folder, so the image subscriber (run on every product event)
      // cannot make variants of its own and never overwrites the ones this test records; without the
      // photo on the product it would rightly delete them as stale.
      const photoUrl = "http://localhost/static/u-minh.jpg"
      await getContainer().resolve(Modules.PRODUCT).updateProducts(productId, { images: [{ url: photoUrl }] })
      // Making the variants of a camera photo takes seconds; the producer saves in the meantime.
      const area = { provinces: ["ca-mau"], label: { vi: "Cà Mau", en: "Ca Mau" } }
      const saved = await api.post(`/producer/products/${productId}`, { story_vi: "Ong làm tổ trong rừng tràm.", delivery_area: area }, asked(producerA))
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      const recordVariants = createWorkflow("test-record-image-variants", (plan: ImageVariantsPlan) => new WorkflowResponse(recordImageVariantsStep(plan)))
      const variants = { [photoUrl]: { width: 2400, height: 1800, avif: [], webp: [] } }
      await recordVariants(getContainer()).run({ input: { product_id: productId, variants, stale: [] } })
      const { metadata } = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId, { select: ["id", "metadata"] })
      expect(metadata).toMatchObject({ story_vi: "Ong làm tổ trong rừng tràm.", delivery_area: area, image_variants: variants })
      // The producer's next edit changes only what it names, and leaves the variants alone.
      expect((await api.post(`/producer/products/${productId}`, { delivery_area: null }, asked(producerA))).status).toBe(200)
      const after = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productId, { select: ["id", "metadata"] })
      expect(after.metadata).toMatchObject({ story_vi: "Ong làm tổ trong rừng tràm.", delivery_area: null, image_variants: variants })
    })

    it("edits the name and price of each pack of its own product in one save, and nothing of another producer's", async () => {
      const created = await api.post("/producer/products", { title: "Mật ong hoa cà phê", price: 150_000 }, asked(producerA))
      expect(created.status).toBe(201)
      const productId = created.data.product.id as string
      const [firstPack] = created.data.product.variants as { id: string }[]
      // A second pack, as the programme office might add one in the admin.
      const { result } = await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("create-product-variants", {
          input: { product_variants: [{ product_id: productId, title: "Hũ nhỏ", manage_inventory: false, prices: [{ amount: 90_000, currency_code: "vnd" }] }] },
          throwOnError: true,
        })
      const secondPack = (result as { id: string }[])[0]!

      const saved = await api.post(
        `/producer/products/${productId}`,
        { title: "Mật ong hoa cà phê Buôn Ma Thuột", packs: [{ id: firstPack!.id, title: "Hũ 500 g", price: 165_000 }, { id: secondPack.id, price: 95_000 }] },
        asked(producerA)
      )
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      const packs = (saved.data.product.variants as { id: string; title: string; price: number }[]).sort((a, b) => b.price - a.price)
      expect(packs).toEqual([
        { id: firstPack!.id, title: "Hũ 500 g", price: 165_000 },
        { id: secondPack.id, title: "Hũ nhỏ", price: 95_000 },
      ])
      expect(saved.data.product.title).toBe("Mật ong hoa cà phê Buôn Ma Thuột")

      const stateOf = async () => JSON.stringify((await api.get("/producer/products", asked(producerA))).data.products.find((p: { id: string }) => p.id === productId))
      const before = await stateOf()
      const refused: [Record<string, unknown>, number][] = [
        // Another producer's pack, or the same pack twice, or both ways of pricing at once.
        [{ title: "Đổi tên", packs: [{ id: fixture.variants.tea, price: 1 }] }, 404],
        [{ packs: [{ id: secondPack.id, price: 1 }, { id: secondPack.id, price: 2 }] }, 400],
        [{ price: 1, packs: [{ id: secondPack.id, price: 2 }] }, 400],
        [{ packs: [] }, 400],
        [{ packs: [{ id: secondPack.id }] }, 400],
        [{ packs: [{ id: secondPack.id, title: " " }] }, 400],
        [{ packs: [{ id: secondPack.id, price: 9.5 }] }, 400],
        // Several packs and no variant_id: which one would the price be for?
        [{ price: 100_000 }, 400],
      ]
      for (const [body, status] of refused) {
        const answer = await api.post(`/producer/products/${productId}`, body, asked(producerA))
        expect(answer.status, `${JSON.stringify(body)}: ${JSON.stringify(answer.data)}`).toBe(status)
      }
      expect((await api.post(`/producer/products/${productId}`, { packs: [{ id: secondPack.id, price: 1 }] }, asked(producerB))).status).toBe(404)
      expect(await stateOf()).toBe(before)
    })

    it("publishes its own contact for shoppers (phone as +84…), shown with its products and on its page; refuses a bad one and clears it", async () => {
      const store = asked({ "x-publishable-api-key": fixture.publishableKey })
      const saved = await api.post("/producer/me", { phone: "0903 111 222", email: " HTX@OngMat.vn " }, asked(producerA))
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      const contact = { phone: "+84903111222", email: "htx@ongmat.vn" }
      expect(saved.data.producer.contact).toEqual(contact)
      expect((await api.get("/producer/me", asked(producerA))).data.producer.contact).toEqual(contact)
      expect((await api.get("/store/ocop/products/mat-ong-bac-ha", store)).data.product.producer.contact).toEqual(contact)
      expect((await api.get("/store/ocop/producers/htx-ong-mat-bac-ha", store)).data.producer.contact).toEqual(contact)
      // Another producer's page is untouched.
      expect((await api.get("/store/ocop/producers/htx-che-tan-cuong", store)).data.producer.contact).toEqual({ phone: null, email: null })

      const refused: [Record<string, unknown>, RegExp][] = [
        [{ phone: "12345" }, /phone: .*Not a valid Vietnamese phone number/],
        [{ phone: "+1 415 555 0100" }, /Not a valid Vietnamese phone number/],
        [{ email: "htx@" }, /email: .*not a valid email address/],
        [{}, /nothing to change/],
        [{ phone: "0903 111 222", website: "ongmat.vn" }, /unknown body parameter\(s\): website/],
      ]
      for (const [body, message] of refused) {
        const answer = await api.post("/producer/me", body, asked(producerA))
        expect(answer.status, JSON.stringify(body)).toBe(400)
        expect(answer.data.message).toMatch(message)
      }
      expect((await api.get("/producer/me", asked(producerA))).data.producer.contact).toEqual(contact)

      const cleared = await api.post("/producer/me", { phone: null, email: "" }, asked(producerA))
      expect(cleared.status).toBe(200)
      expect(cleared.data.producer.contact).toEqual({ phone: null, email: null })
      expect((await api.get("/store/ocop/products/mat-ong-bac-ha", store)).data.product.producer.contact).toEqual({ phone: null, email: null })
    })

    it("limits where its own product is delivered, refuses an unknown or repeated province, and lifts the limit again", async () => {
      const created = await api.post("/producer/products", { title: "Cây quất cảnh Tứ Liên", price: 1_200_000 }, asked(producerA))
      expect(created.status).toBe(201)
      const productId = created.data.product.id as string
      expect(created.data.product.delivery_area).toBeNull()

      const area = { provinces: ["ha-noi", "bac-ninh"], label: { vi: "Hà Nội và Bắc Ninh", en: "Hà Nội and Bắc Ninh" } }
      const limited = await api.post(`/producer/products/${productId}`, { delivery_area: area }, asked(producerA))
      expect(limited.status, JSON.stringify(limited.data)).toBe(200)
      expect(limited.data.product.delivery_area).toEqual(area)
      expect(limited.data.product.title).toBe("Cây quất cảnh Tứ Liên")

      const stateOf = async () => JSON.stringify((await api.get("/producer/products", asked(producerA))).data.products.find((p: { id: string }) => p.id === productId))
      const before = await stateOf()
      const refused: [unknown, RegExp][] = [
        [{ provinces: ["ha-tay"], label: area.label }, /Unknown province/],
        [{ provinces: ["ha-noi", "ha-noi"], label: area.label }, /Each province once/],
        [{ provinces: [], label: area.label }, /at least one province/],
        [{ provinces: ["ha-noi"], label: { vi: "Hà Nội" } }, /label/],
        [{ provinces: ["ha-noi"], label: area.label, radius_km: 10 }, /radius_km/],
      ]
      for (const [delivery_area, message] of refused) {
        const answer = await api.post(`/producer/products/${productId}`, { delivery_area }, asked(producerA))
        expect(answer.status, JSON.stringify(delivery_area)).toBe(400)
        expect(answer.data.message).toMatch(message)
      }
      expect((await api.post(`/producer/products/${productId}`, { delivery_area: null }, asked(producerB))).status).toBe(404)
      expect(await stateOf()).toBe(before)

      const everywhere = await api.post(`/producer/products/${productId}`, { delivery_area: null }, asked(producerA))
      expect(everywhere.status).toBe(200)
      expect(everywhere.data.product.delivery_area).toBeNull()
    })

    it("issues stamps for its own certified product, downloads the sheets and sees them verified", async () => {
      const issued = await api.post("/producer/stamp-batches", { product_id: fixture.products.honey, quantity: 12, lot: "L-2026-11" }, asked(producerA))
      expect(issued.status, JSON.stringify(issued.data)).toBe(201)
      const batchId = issued.data.stamp_batch.id as string
      const sheets = await api.get(`/producer/stamp-batches/${batchId}/pdf?columns=4&rows=5`, { ...asked(producerA), responseType: "arraybuffer" })
      expect(sheets.status).toBe(200)
      expect(sheets.headers["content-type"]).toBe("application/pdf")
      expect(Buffer.from(sheets.data).subarray(0, 5).toString()).toBe("%PDF-")
      // B can neither download A's sheets nor see A's batch.
      expect((await api.get(`/producer/stamp-batches/${batchId}/pdf`, asked(producerB))).status).toBe(404)
      expect((await api.get("/producer/stamp-batches", asked(producerB))).data.stamp_batches).toEqual([])

      // A shopper verifies one of the stamps: A sees the scan counted for the batch and the product.
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { code } = (await db("stamp").select("code").where({ batch_id: batchId }).first()) as { code: string }
      expect((await api.get(`/verify/stamps?code=${code}`, asked({ "user-agent": "Mozilla/5.0 (Linux; Android 14) Chrome/131.0" }))).data.verification.state).toBe("genuine")
      const listed = (await api.get("/producer/stamp-batches", asked(producerA))).data
      expect(listed.stamp_batches).toEqual([expect.objectContaining({ id: batchId, quantity: 12, lot: "L-2026-11", stats: expect.objectContaining({ scans: 1, stamps_verified: 1 }) })])
      expect(listed.products).toEqual([expect.objectContaining({ product_id: fixture.products.honey, scans: 1 })])
      expect(listed.suspicious_alerts).toEqual([])
    })

    it("lets the programme office suspend a producer, whose products leave the shop and whose members turn read-only, then reinstate it", async () => {
      const store = asked({ "x-publishable-api-key": fixture.publishableKey })
      const statusOf = `/admin/ocop/producers/${fixture.producers.honey}/status`
      expect((await api.post(statusOf, { status: "suspended" }, asked(admin))).status).toBe(400)
      expect((await api.post(statusOf, { status: "paused", reason: "x" }, asked(admin))).status).toBe(400)
      expect((await api.post("/admin/ocop/producers/pdc_01M8QA9VY274KSN7JCJ29QXZBE/status", { status: "suspended", reason: "Kiểm tra" }, asked(admin))).status).toBe(404)
      expect((await api.post(statusOf, { status: "suspended", reason: "Kiểm tra" }, asked(producerA))).status).toBe(401)
      expect((await api.get("/store/ocop/products/mat-ong-bac-ha", store)).status).toBe(200)
      // Its public contact address is told too, once, however it is capitalised.
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      await producers.updateProducers({ id: fixture.producers.honey, email: "Lien-He@Ong-Mat.vn" })

      const suspended = await api.post(statusOf, { status: "suspended", reason: "Vi phạm ghi nhãn, chờ kiểm tra" }, asked(admin))
      expect(suspended.status, JSON.stringify(suspended.data)).toBe(200)
      expect(suspended.data.producer).toMatchObject({ status: "suspended", status_reason: "Vi phạm ghi nhãn, chờ kiểm tra" })
      await expect.poll(async () => (await api.get("/store/ocop/products/mat-ong-bac-ha", store)).status, { timeout: 15_000 }).toBe(410)
      // Its members read why, in the office's words.
      expect((await api.get("/producer/me", asked(producerA))).data.producer).toMatchObject({ status: "suspended", status_reason: "Vi phạm ghi nhãn, chờ kiểm tra" })
      const write = await api.post(`/producer/products/${fixture.products.honey}`, { title: "Mật ong mới" }, asked(producerA))
      expect(write.status).toBe(403)
      const again = await api.post(statusOf, { status: "suspended", reason: "Lần nữa" }, asked(admin))
      expect(again.status).toBe(409)
      expect(again.data.message).toContain("already suspended")
      // Its members are told why, and that the order line already placed must still reach its buyer.
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const statusEmails = async () =>
        (await notifications.listNotifications({ resource_id: fixture.producers.honey, template: "producer-status-changed" })) as unknown as { to: string; data: Record<string, unknown> }[]
      await expect.poll(async () => (await statusEmails()).map((email) => email.to).sort()).toEqual(["a@ong-mat.vn", "lien-he@ong-mat.vn"])
      expect((await statusEmails()).find((email) => email.to === "a@ong-mat.vn")!.data).toMatchObject({
        producer: "HTX Ong mật Bắc Hà",
        status: "suspended",
        reason: "Vi phạm ghi nhãn, chờ kiểm tra",
        open_lines: 1,
        portal_url: expect.stringMatching(/\/producer\/don-hang$/),
      })
      // The refused second suspension told nobody anything.
      expect((await statusEmails()).filter((email) => email.to === "a@ong-mat.vn")).toHaveLength(1)

      const reinstated = await api.post(statusOf, { status: "active" }, asked(admin))
      expect(reinstated.data.producer).toMatchObject({ status: "active", status_reason: null })
      await expect
        .poll(async () => (await statusEmails()).filter((email) => email.to === "a@ong-mat.vn").map((email) => email.data["status"]).sort())
        .toEqual(["active", "suspended"])
      expect((await statusEmails()).find((email) => email.data["status"] === "active")!.data).toEqual({ producer: "HTX Ong mật Bắc Hà", status: "active" })
      await producers.updateProducers({ id: fixture.producers.honey, email: null })
      expect((await api.get("/producer/me", asked(producerA))).data.producer).toMatchObject({ status: "active", status_reason: null })
      await expect.poll(async () => (await api.get("/store/ocop/products/mat-ong-bac-ha", store)).status, { timeout: 15_000 }).toBe(200)
      expect((await api.post(`/producer/products/${fixture.products.honey}`, { title: "Mật ong bạc hà Bắc Hà" }, asked(producerA))).status).toBe(200)
    })

    it("shows the programme office the order lines each producer still has to fulfil, those waiting longest first, suspended or not", async () => {
      const laterOrder = await placeOrder([[fixture.variants.honey, 2]], "minh@example.vn")
      const openLinesOf = async (producerId: string) => {
        const response = await api.get(`/admin/ocop/producers/${producerId}`, asked(admin))
        expect(response.status, JSON.stringify(response.data)).toBe(200)
        return response.data.open_order_lines as { count: number; lines: { id: string; title: string; quantity: number; fulfilment: string; status: string; order: { id: string; display_id: number; placed_at: string } }[] }
      }
      const listedOpenLines = async () => {
        const response = await api.get("/admin/ocop/producers?limit=100", asked(admin))
        expect(response.status, JSON.stringify(response.data)).toBe(200)
        return Object.fromEntries((response.data.producers as { id: string; open_lines_count: number }[]).map((p) => [p.id, p.open_lines_count]))
      }
      const listed = await listedOpenLines()
      expect([listed[fixture.producers.honey], listed[fixture.producers.tea]]).toEqual([2, 1])
      expect(Object.values(listed).reduce((sum, n) => sum + n, 0)).toBe(3)

      const honey = await openLinesOf(fixture.producers.honey)
      expect(honey.count).toBe(2)
      expect(honey.lines.map((line) => [line.order.id, line.title, line.quantity, line.fulfilment, line.status])).toEqual([
        [orderId, "Mật ong bạc hà", 1, "delivery", "placed"],
        [laterOrder, "Mật ong bạc hà", 2, "delivery", "placed"],
      ])
      expect(honey.lines[1]!.order.display_id).toBeGreaterThan(honey.lines[0]!.order.display_id)
      expect(Date.parse(honey.lines[1]!.order.placed_at)).toBeGreaterThanOrEqual(Date.parse(honey.lines[0]!.order.placed_at))
      const tea = await openLinesOf(fixture.producers.tea)
      expect(tea.lines.map((line) => [line.order.id, line.title, line.quantity])).toEqual([[orderId, "Chè Tân Cương", 2]])
      // The honey of the other order never reaches the tea producer's page, nor the buyer's email any page.
      expect(JSON.stringify(tea)).not.toContain(laterOrder)
      expect(JSON.stringify(honey)).not.toContain("example.vn")

      // Suspended, the producer still owes its buyers these lines; the office sees them all the same.
      const statusOf = `/admin/ocop/producers/${fixture.producers.honey}/status`
      expect((await api.post(statusOf, { status: "suspended", reason: "Vi phạm ghi nhãn, chờ kiểm tra" }, asked(admin))).status).toBe(200)
      expect((await openLinesOf(fixture.producers.honey)).count).toBe(2)

      // A delivered line and a canceled order leave the list; a line on its way stays on it.
      const [first, second] = honey.lines
      expect((await api.post(`/producer/orders/lines/${first!.id}/status`, { status: "prepared" }, asked(producerA))).status).toBe(200)
      expect((await openLinesOf(fixture.producers.honey)).lines.map((line) => [line.id, line.status])).toEqual([
        [first!.id, "prepared"],
        [second!.id, "placed"],
      ])
      await allocations().updateOrderLineAllocations({ id: first!.id, status: "delivered" })
      const canceled = await api.post(`/admin/orders/${laterOrder}/cancel`, {}, asked(admin))
      expect(canceled.status, JSON.stringify(canceled.data)).toBe(200)
      await expect.poll(async () => (await openLinesOf(fixture.producers.honey)).count, { timeout: 15_000 }).toBe(0)
      expect((await openLinesOf(fixture.producers.honey)).lines).toEqual([])
      expect((await openLinesOf(fixture.producers.tea)).count).toBe(1)
      const after = await listedOpenLines()
      expect([after[fixture.producers.honey], after[fixture.producers.tea]]).toEqual([0, 1])
    })

    it("takes its own product off sale and back: it leaves the shop and carts, and a reinstatement does not bring it back", async () => {
      const store = asked({ "x-publishable-api-key": fixture.publishableKey })
      const own = (await api.get("/producer/products", asked(producerA))).data.products as { id: string; handle: string }[]
      const lastUnitsHandle = own.find((product) => product.id === fixture.products.lastUnits)!.handle
      const cart = (await api.post("/store/carts", { region_id: fixture.regionId }, store)).data.cart as { id: string }
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variants.honey, quantity: 1 }, store)).status).toBe(200)

      const withdrawn = await api.post(`/producer/products/${fixture.products.honey}/withdraw`, {}, asked(producerA))
      expect(withdrawn.status, JSON.stringify(withdrawn.data)).toBe(200)
      expect(withdrawn.data.product).toMatchObject({ status: "draft", sellable: false, reason: "not_published", withdrawn: true, can_withdraw: false, can_publish: true })
      // A shopper holding the link learns it is no longer sold, by name; the catalogue no longer lists it.
      const gone = await api.get("/store/ocop/products/mat-ong-bac-ha", store)
      expect(gone.status).toBe(410)
      expect(gone.data).toMatchObject({ reason: "not_published", title: { vi: "Mật ong bạc hà" } })
      await expect
        .poll(async () => ((await api.get("/store/ocop/products?limit=100", store)).data.products as { handle: string }[]).map((product) => product.handle), { timeout: 15_000 })
        .not.toContain("mat-ong-bac-ha")
      const lines = (await api.get(`/store/ocop/carts/${cart.id}/lines`, store)).data
      expect(lines.checkout_allowed).toBe(false)
      expect(lines.lines).toMatchObject([{ blocked: true, reason: "not_published" }])
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variants.honey, quantity: 1 }, store)).status).toBe(400)
      // Asked twice (a double click), the answer is the same and nothing more changes.
      expect((await api.post(`/producer/products/${fixture.products.honey}/withdraw`, {}, asked(producerA))).data.product).toMatchObject({ status: "draft", withdrawn: true })

      // Suspension and reinstatement bring back what the rule took off sale, not what the producer did.
      const statusOf = `/admin/ocop/producers/${fixture.producers.honey}/status`
      expect((await api.post(statusOf, { status: "suspended", reason: "Kiểm tra nhãn" }, asked(admin))).status).toBe(200)
      await expect.poll(async () => (await api.get(`/store/ocop/products/${lastUnitsHandle}`, store)).status, { timeout: 15_000 }).toBe(410)
      expect((await api.post(`/producer/products/${fixture.products.honey}/publish`, {}, asked(producerA))).status).toBe(403)
      expect((await api.post(statusOf, { status: "active" }, asked(admin))).status).toBe(200)
      await expect.poll(async () => (await api.get(`/store/ocop/products/${lastUnitsHandle}`, store)).status, { timeout: 15_000 }).toBe(200)
      expect((await api.get("/store/ocop/products/mat-ong-bac-ha", store)).status).toBe(410)

      // A draft never on sale has nothing to withdraw, and the shop still does not know it.
      const draft = (await api.post("/producer/products", { title: "Sáp ong", price: 40_000 }, asked(producerA))).data.product as { id: string; handle: string }
      const refused = await api.post(`/producer/products/${draft.id}/withdraw`, {}, asked(producerA))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("chưa được đăng bán nên không có gì để ngừng bán")
      expect((await api.get(`/store/ocop/products/${draft.handle}`, store)).status).toBe(404)
      expect((await api.post("/producer/products/not-an-id/withdraw", {}, asked(producerA))).status).toBe(400)

      const published = await api.post(`/producer/products/${fixture.products.honey}/publish`, {}, asked(producerA))
      expect(published.data.product).toMatchObject({ status: "published", sellable: true, withdrawn: false, can_withdraw: true })
      // The portal answers once the shop sells it again, so its "on sale" is never ahead of the shop.
      expect((await api.get("/store/ocop/products/mat-ong-bac-ha", store)).status).toBe(200)
      expect((await api.get(`/store/ocop/carts/${cart.id}/lines`, store)).data.checkout_allowed).toBe(true)
    })

    it("invites a person, who registers, accepts once, logs in and edits the producer's product", async () => {
      expect((await api.post("/admin/ocop/producers/pdc_01M8QA9VY274KSN7JCJ29QXZBE/invites", { email: "x@y.vn" }, asked(admin))).status).toBe(404)
      expect((await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "khong-phai-email" }, asked(admin))).status).toBe(400)
      expect((await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "x@y.vn" }, asked(producerA))).status).toBe(401)
      const invited = await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "Hoa@Ong-Mat.vn" }, asked(admin))
      expect(invited.status, JSON.stringify(invited.data)).toBe(201)
      const acceptUrl = invited.data.accept_url as string
      expect(acceptUrl).toMatch(/^http:\/\/localhost:4321\/producer\/moi\/[A-Za-z0-9_-]{43}$/)
      const token = acceptUrl.split("/").pop()!
      // Only the hash of the token is stored.
      const [invite] = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerInvites({ id: invited.data.invite.id })
      expect(invite!.token_hash).not.toContain(token)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const [email] = await notifications.listNotifications({ template: "producer-invite", resource_id: invite!.id })
      expect(email!.to).toBe("hoa@ong-mat.vn")
      // Opening the link, before any account exists, says who invites her, to which address and as what.
      const producerName = (await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(fixture.producers.honey)).name
      const preview = await api.get(`/producer/invites/${token}`, asked())
      expect(preview.status).toBe(200)
      expect(preview.headers["cache-control"]).toBe("no-store")
      expect(preview.data.invite).toEqual({ producer: { name: producerName, handle: expect.any(String) }, email: "hoa@ong-mat.vn", role: "staff", expires_at: expect.any(String), state: "open" })
      expect((await api.get(`/producer/invites/${"x".repeat(43)}`, asked())).status).toBe(404)
      const malformed = await api.get("/producer/invites/abc", asked())
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toContain("token must be the code from the invite link")

      const stranger = await api.post("/auth/producer/emailpass/register", { email: "la@khac.vn", password: "mat-khau-rat-dai" })
      const wrongPerson = await api.post("/producer/invites/accept", { token, name: "Người lạ" }, asked({ authorization: `Bearer ${stranger.data.token}` }))
      expect(wrongPerson.status).toBe(400)
      expect(wrongPerson.data.message).toContain("email khác")
      // A refused accept leaves no login behind: the stranger can register again with another password…
      expect((await api.post("/auth/producer/emailpass/register", { email: "la@khac.vn", password: "mat-khau-khac-han" })).status).toBe(200)
      // …and so can Hoa after first opening a mistyped link, whatever password she typed then.
      const early = await api.post("/auth/producer/emailpass/register", { email: "hoa@ong-mat.vn", password: "mat-khau-go-nham" })
      const mistyped = await api.post("/producer/invites/accept", { token: "x".repeat(43), name: "Lê Thị Hoa" }, asked({ authorization: `Bearer ${early.data.token}` }))
      expect(mistyped.status).toBe(404)
      // A shopper's login refused an invite is their account, and stays.
      const shopper = { email: "khach@ong-mat.vn", password: "mat-khau-khach" }
      const customerAuth = await api.post("/auth/customer/emailpass/register", shopper)
      const asShopper = asked({ "x-publishable-api-key": fixture.publishableKey, authorization: `Bearer ${customerAuth.data.token}` })
      expect((await api.post("/store/customers", { email: shopper.email, first_name: "Khách" }, asShopper)).status).toBe(200)
      const shopperAsProducer = await api.post("/auth/producer/emailpass", shopper)
      expect(shopperAsProducer.status).toBe(200)
      expect((await api.post("/producer/invites/accept", { token, name: "Khách" }, asked({ authorization: `Bearer ${shopperAsProducer.data.token}` }))).status).toBe(400)
      expect((await api.post("/auth/customer/emailpass", shopper)).status).toBe(200)

      const registered = await api.post("/auth/producer/emailpass/register", { email: "hoa@ong-mat.vn", password: "mat-khau-rat-dai" })
      expect(registered.status).toBe(200)
      const registration = asked({ authorization: `Bearer ${registered.data.token}` })
      // Two tabs racing with the same link: exactly one accept wins.
      const accepts = await Promise.all([1, 2].map(() => api.post("/producer/invites/accept", { token, name: "Lê Thị Hoa" }, registration)))
      expect(accepts.map((a) => a.status).sort(), JSON.stringify(accepts.map((a) => a.data))).toEqual([201, 409])
      const again = await api.post("/producer/invites/accept", { token, name: "Lê Thị Hoa" }, registration)
      expect(again.status).toBe(409)
      expect(again.data.message).toContain("already been used")
      expect((await api.get(`/producer/invites/${token}`, asked())).data.invite.state).toBe("used")

      // Invites that could never be accepted are refused when asked for, not when opened.
      const member = await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "hoa@ong-mat.vn" }, asked(admin))
      expect(member.status).toBe(409)
      expect(member.data.message).toContain("already a producer member")
      const shopInvite = await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "ban-hang@ong-mat.vn" }, asked(admin))
      expect(shopInvite.status).toBe(201)
      const twice = await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: "Ban-Hang@ong-mat.vn" }, asked(admin))
      expect(twice.status).toBe(409)
      expect(twice.data.message).toMatch(/already has an open invite, valid until \d{4}-\d{2}-\d{2}/)
      const tooLong = await api.post(`/admin/ocop/producers/${fixture.producers.honey}/invites`, { email: `${"a".repeat(250)}@ong-mat.vn` }, asked(admin))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.message).toContain("too long")

      const login = await api.post("/auth/producer/emailpass", { email: "hoa@ong-mat.vn", password: "mat-khau-rat-dai" })
      expect(login.status).toBe(200)
      const hoa = { authorization: `Bearer ${login.data.token}` }
      const me = await api.get("/producer/me", asked(hoa))
      expect(me.data).toMatchObject({ member: { name: "Lê Thị Hoa", email: "hoa@ong-mat.vn", role: "staff" }, producer: { id: fixture.producers.honey } })
      const members = await api.get(`/admin/ocop/producers/${fixture.producers.honey}/members`, asked(admin))
      expect(members.data.members.map((m: { email: string }) => m.email).sort()).toEqual(["a@ong-mat.vn", "hoa@ong-mat.vn"])
      // Hoa's invite is used; only the one sent to the shop's address above is still open.
      expect(members.data.pending_invites.map((invite: { email: string }) => invite.email)).toEqual(["ban-hang@ong-mat.vn"])
      // Seven days on, the link says it expired.
      await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerInvites({ id: shopInvite.data.invite.id, expires_at: new Date(Date.now() - 1000) })
      const shopToken = (shopInvite.data.accept_url as string).split("/").pop()!
      expect((await api.get(`/producer/invites/${shopToken}`, asked())).data.invite).toMatchObject({ email: "ban-hang@ong-mat.vn", state: "expired" })

      const edited = await api.post(
        `/producer/products/${fixture.products.honey}`,
        { title: "Mật ong bạc hà Hà Giang", story_vi: "Ong tìm hoa bạc hà trên cao nguyên đá.", story_en: "Bees forage mint flowers on the stone plateau.", price: 265_000 },
        asked(hoa)
      )
      expect(edited.status, JSON.stringify(edited.data)).toBe(200)
      const listed = (await api.get("/producer/products", asked(hoa))).data.products as { id: string; title: string; story_vi: string; variants: { price: number }[]; sellable: boolean }[]
      expect(listed.find((p) => p.id === fixture.products.honey)).toMatchObject({
        title: "Mật ong bạc hà Hà Giang",
        story_vi: "Ong tìm hoa bạc hà trên cao nguyên đá.",
        variants: [{ price: 265_000 }],
        sellable: true,
      })

      // A new product starts as a draft and cannot be published until a certificate covers it.
      const created = await api.post("/producer/products", { title: "Sáp ong", price: 40_000 }, asked(hoa))
      expect(created.status, JSON.stringify(created.data)).toBe(201)
      expect(created.data.product).toMatchObject({ status: "draft", sellable: false, reason: "no_certificate" })
      const publish = await api.post(`/producer/products/${created.data.product.id}/publish`, {}, asked(hoa))
      expect(publish.status).toBe(400)
      expect(publish.data.message).toContain("chưa có giấy chứng nhận OCOP")
      // Until a product is put on sale the shop does not know it: no title or producer given away.
      const draft = await api.get(`/store/ocop/products/${created.data.product.handle}`, { headers: { "x-publishable-api-key": fixture.publishableKey }, validateStatus: () => true })
      expect(draft.status).toBe(404)
      expect(JSON.stringify(draft.data)).not.toContain("Sáp ong")
      expect((await api.post(`/producer/products/${fixture.products.honey}/publish`, {}, asked(hoa))).data.product).toMatchObject({ status: "published", sellable: true })
    })

    it("shows a producer only its own order lines with the delivery details, and moves them one step at a time", async () => {
      // Each producer was emailed its own lines of the new order, and nothing of the buyer.
      const newOrderEmails = async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: orderId, template: "producer-new-order" })) as unknown as { to: string; data: Record<string, unknown> }[]
      await expect.poll(async () => (await newOrderEmails()).map((email) => email.to).sort()).toEqual(["a@ong-mat.vn", "b@che.vn"])
      const emailTo = async (to: string) => (await newOrderEmails()).find((email) => email.to === to)!.data
      expect((await emailTo("a@ong-mat.vn"))["items"]).toEqual([{ title: "Mật ong bạc hà", quantity: 1, fulfilment: "delivery", sales_point: null }])
      expect((await emailTo("b@che.vn"))["items"]).toEqual([{ title: "Chè Tân Cương", quantity: 2, fulfilment: "delivery", sales_point: null }])
      expect(JSON.stringify(await newOrderEmails())).not.toContain("lan@example.vn")

      const honeyLine = await lineOf(fixture.products.honey)
      const orders = (await api.get("/producer/orders", asked(producerA))).data
      expect(orders.count).toBe(1)
      const [line] = orders.lines
      expect(line).toMatchObject({ id: honeyLine.id, status: "placed", fulfilment: "delivery", quantity: 1, item: { title: "Mật ong bạc hà", unit_price: 250_000 } })
      expect(line.order.payment).toEqual({ method: "cash_on_delivery", status: "cash_on_delivery" })
      expect(line.recipient).toEqual({ name: "Nguyễn Thị Lan", phone: "+84912345678", address: { address_1: "Số 12 phố Hàng Bạc", address_2: null, commune: "Phường Hoàn Kiếm", province: "ha-noi" } })
      expect(JSON.stringify(orders)).not.toContain("lan@example.vn")
      expect(JSON.stringify(orders)).not.toContain("Chè Tân Cương")

      const status = (to: string) => api.post(`/producer/orders/lines/${honeyLine.id}/status`, { status: to }, asked(producerA))
      const skipped = await status("delivered")
      expect(skipped.status).toBe(400)
      expect(skipped.data.message).toMatch(/^Không thể chuyển dòng đơn từ "Mới đặt" sang "Đã giao".* \/ Cannot move this order line from placed to delivered/)
      expect((await status("prepared")).data.line).toEqual({ id: honeyLine.id, status: "prepared" })
      // A delivery is shipped, not left at a sales point.
      expect((await status("ready_for_pickup")).status).toBe(400)
      // A producer suspended meanwhile still sends what its buyers ordered; its catalogue and stock stay frozen.
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      await producers.updateProducers({ id: fixture.producers.honey, status: "suspended", status_reason: "Kiểm tra nhãn" })
      expect((await status("shipped")).status).toBe(200)
      const frozen = await api.post(`/producer/products/${fixture.products.honey}`, { title: "Mật ong khác" }, asked(producerA))
      expect(frozen.status).toBe(403)
      await producers.updateProducers({ id: fixture.producers.honey, status: "active", status_reason: null })
      expect((await lineOf(fixture.products.honey)).status).toBe("shipped")
      expect((await lineOf(fixture.products.tea)).status).toBe("placed")

      // Stock: set at a point that carries the honey; refused where it is not carried.
      const honeyItem = await inventoryItemOf(fixture.variants.honey)
      const set = await api.post("/producer/stock", { inventory_item_id: honeyItem, sales_point_id: fixture.points.thaiNguyen.id, stocked_quantity: 42 }, asked(producerA))
      expect(set.status, JSON.stringify(set.data)).toBe(200)
      const stock = (await api.get("/producer/stock", asked(producerA))).data.stock as { inventory_item_id: string; sales_point_id: string; stocked_quantity: number }[]
      expect(stock.find((s) => s.inventory_item_id === honeyItem && s.sales_point_id === fixture.points.thaiNguyen.id)?.stocked_quantity).toBe(42)
      const noodlesItem = await inventoryItemOf(fixture.variants.lastUnits)
      const notCarried = await api.post("/producer/stock", { inventory_item_id: noodlesItem, sales_point_id: fixture.points.thaiNguyen.id, stocked_quantity: 5 }, asked(producerA))
      expect(notCarried.status).toBe(400)
      expect(notCarried.data.message).toContain("does not carry")

      const stampBatches = (await api.get("/producer/stamp-batches", asked(producerA))).data
      expect(stampBatches.stamp_batches).toEqual([])
      expect(stampBatches.products).toEqual([])
      const certificates = (await api.get("/producer/certificates", asked(producerA))).data.certificates as { status: string; days_left: number; history: unknown[] }[]
      expect(certificates).toHaveLength(2)
      for (const certificate of certificates) {
        expect(certificate.status).toBe("active")
        expect(certificate.days_left).toBeGreaterThanOrEqual(899)
      }
    })

    it("gives a new product an ASCII handle from its Vietnamese title, numbered when taken, even for a title of symbols", async () => {
      const create = async (title: string) => {
        const created = await api.post("/producer/products", { title, price: 35_000 }, asked(producerA))
        expect(created.status, JSON.stringify(created.data)).toBe(201)
        return created.data.product.handle as string
      }
      expect(await create("Mật ong bạc hà Đồng Văn QA")).toBe("mat-ong-bac-ha-dong-van-qa")
      expect(await create("Mật ong bạc hà Đồng Văn QA")).toBe("mat-ong-bac-ha-dong-van-qa-2")
      // The fixture's own honey already has mat-ong-bac-ha.
      expect(await create("Mật ong BẠC HÀ")).toBe("mat-ong-bac-ha-2")
      expect(await create("ĐĐĐ")).toBe("ddd")
      expect(await create("𝕋")).toBe("t")
      expect(await create("🍯🐝")).toBe("san-pham")
      expect(await create("🍯")).toBe("san-pham-2")
    })

    it("tells a producer how each order is paid and keeps goods of an unpaid bank transfer until the office has the money", async () => {
      const store = asked({ "x-publishable-api-key": fixture.publishableKey })
      const cart = await api.post("/store/carts", { region_id: fixture.regionId, email: "chuyen.khoan@example.vn" }, store)
      const cartId = cart.data.cart.id as string
      expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id: fixture.variants.honey, quantity: 1 }, store)).status).toBe(200)
      expect((await api.post(`/store/carts/${cartId}`, { shipping_address: address }, store)).status).toBe(200)
      const options = (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options as { id: string; amount: number; type: { code: string } }[]
      expect((await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.find((option) => option.type.code === "delivery")!.id }, store)).status).toBe(200)
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_vietqr_vietqr" }, store)
      const placed = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(placed.status, JSON.stringify(placed.data)).toBe(200)
      const transferOrderId = placed.data.order.id as string
      const [transferLine] = await allocations().listOrderLineAllocations({ order_id: transferOrderId })

      const paymentOf = async (lineId: string) => ((await api.get("/producer/orders", asked(producerA))).data.lines as { id: string; order: { payment: unknown } }[]).find((line) => line.id === lineId)?.order.payment
      expect(await paymentOf(transferLine!.id)).toEqual({ method: "bank_transfer", status: "awaiting_transfer" })
      expect(await paymentOf((await lineOf(fixture.products.honey)).id)).toEqual({ method: "cash_on_delivery", status: "cash_on_delivery" })

      const status = (to: string) => api.post(`/producer/orders/lines/${transferLine!.id}/status`, { status: to }, asked(producerA))
      expect((await status("prepared")).status).toBe(200)
      const unpaidShip = await status("shipped")
      expect(unpaidShip.status).toBe(400)
      expect(unpaidShip.data.message).toMatch(/^Đơn này trả bằng chuyển khoản ngân hàng \(VietQR\) và chưa nhận được tiền.* \/ This order is paid by bank transfer \(VietQR\) and the money has not arrived/)
      expect((await allocations().listOrderLineAllocations({ id: transferLine!.id }))[0]!.status).toBe("prepared")

      // Another producer's line is not found, in both languages.
      const notTheirs = await api.post(`/producer/orders/lines/${transferLine!.id}/status`, { status: "shipped" }, asked(producerB))
      expect(notTheirs.status).toBe(404)
      expect(notTheirs.data.message).toBe(`Không tìm thấy dòng đơn ${transferLine!.id}. / Order line ${transferLine!.id} was not found.`)

      // The office marks the transfer received: the goods may go.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: transferOrderId } })
      const paymentId = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!.payments[0]!.id
      expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, asked(admin))).status).toBe(200)
      expect(await paymentOf(transferLine!.id)).toEqual({ method: "bank_transfer", status: "paid" })
      expect((await status("shipped")).status).toBe(200)
    })

    it("lets only an owner change the producer's public contact; staff keep listings, stock and orders", async () => {
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const staffMember = await producers.createProducerMembers({ producer_id: fixture.producers.honey, email: "nv@ong-mat.vn", name: "Nhân viên", role: "staff" })
      const staff = await bearerHeadersFor(getContainer(), "producer", staffMember.id, "nv@ong-mat.vn")
      const before = (await api.get("/producer/me", asked(staff))).data.producer.contact

      const refused = await api.post("/producer/me", { phone: "0903 999 888", email: "nhanvien@example.vn" }, asked(staff))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/^Chỉ chủ sở hữu tài khoản của chủ thể được sửa thông tin liên hệ công khai.* \/ Only the producer's owner may change its public contact/)
      expect((await api.get("/producer/me", asked(producerA))).data.producer.contact).toEqual(before)

      expect((await api.post("/producer/products", { title: "Phấn hoa", price: 90_000 }, asked(staff))).status).toBe(201)
      expect((await api.get("/producer/orders", asked(staff))).status).toBe(200)
      expect((await api.post(`/producer/orders/lines/${(await lineOf(fixture.products.honey)).id}/status`, { status: "prepared" }, asked(staff))).status).toBe(200)
      expect((await api.post("/producer/me", { phone: "0903 999 888" }, asked(producerA))).status).toBe(200)
    })
  },
})
