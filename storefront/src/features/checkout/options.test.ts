import { describe, expect, it } from "vitest"
import type { StoreShippingOption } from "../../lib/medusa"
import type { SalesPoint } from "../sales-point/sales-point"
import { closestPickup, deliveryChoices, nearestFirst, pickupGroups, shippingOptionsKey } from "./options"

function pickup(id: string, handle: string, province: string, insufficient: boolean): StoreShippingOption {
  return {
    id,
    name: `Nhận tại ${handle}`,
    amount: 0,
    type: { code: "pickup", label: "Nhận tại điểm bán" },
    insufficient_inventory: insufficient,
    data: { sales_point_handle: handle },
    service_zone: { fulfillment_set: { type: "pickup", location: { id: `sloc_${handle}`, address: { province, city: "", address_1: "" } } } },
  } as StoreShippingOption
}

const point = (handle: string, name: string, province: string, provinceSlug: string): SalesPoint => ({
  handle,
  name,
  locationType: "transport_hub",
  province,
  provinceSlug,
  commune: "xã Phú Minh",
  street: "Nhà ga T2",
  legacyAddress: null,
  openingHours: "Mo-Su 05:00-23:00",
  phone: null,
})

describe("pickupGroups", () => {
  const points = [
    point("noi-bai", "Quầy OCOP Nội Bài", "Hà Nội", "ha-noi"),
    point("bat-trang", "Điểm OCOP Bát Tràng", "Hà Nội", "ha-noi"),
    point("tan-son-nhat", "Quầy OCOP Tân Sơn Nhất", "TP Hồ Chí Minh", "tp-ho-chi-minh"),
  ]

  it("offers only points that hold the whole cart, grouped by province", () => {
    const groups = pickupGroups(
      [pickup("so_1", "noi-bai", "Hà Nội", false), pickup("so_2", "bat-trang", "Hà Nội", true), pickup("so_3", "tan-son-nhat", "TP Hồ Chí Minh", false)],
      points
    )
    expect(groups.map((group) => [group.slug, group.points.map((p) => p.id)])).toEqual([
      ["ha-noi", ["so_1"]],
      ["tp-ho-chi-minh", ["so_3"]],
    ])
    expect(groups[0]!.points[0]).toMatchObject({ handle: "noi-bai", name: "Quầy OCOP Nội Bài", address: "Nhà ga T2, xã Phú Minh, Hà Nội", openingHours: "Mo-Su 05:00-23:00" })
  })

  it("names the commune once for a point without a street, whose stock location repeats the commune as its street", () => {
    const option = pickup("so_x", "xuan-thanh", "Hà Tĩnh", false)
    option.service_zone!.fulfillment_set!.location!.address = { province: "Hà Tĩnh", city: "xã Xuân Thành", address_1: "xã Xuân Thành" } as never
    const withoutStreet = { ...point("xuan-thanh", "Điểm OCOP Xuân Thành", "Hà Tĩnh", "ha-tinh"), commune: "xã Xuân Thành", street: null }
    const [group] = pickupGroups([option], [withoutStreet])
    expect(group!.points[0]).toMatchObject({ address: "xã Xuân Thành, Hà Tĩnh", street: "", commune: "xã Xuân Thành" })
    // Known only by its stock location (the sales point list failed): still named once.
    expect(pickupGroups([option], [])[0]!.points[0]!.address).toBe("xã Xuân Thành, Hà Tĩnh")
  })

  it("leaves delivery options and points with unknown stock out", () => {
    const unknown = { ...pickup("so_4", "noi-bai", "Hà Nội", false), insufficient_inventory: undefined } as StoreShippingOption
    const delivery = { id: "so_5", name: "Giao hàng tiêu chuẩn", amount: 30000, type: { code: "delivery", label: "" } } as StoreShippingOption
    expect(pickupGroups([unknown, delivery], points)).toEqual([])
  })

  it("puts the shopper's own province first", () => {
    const groups = pickupGroups([pickup("so_1", "noi-bai", "Hà Nội", false), pickup("so_3", "tan-son-nhat", "TP Hồ Chí Minh", false)], points)
    expect(nearestFirst(groups, "tp-ho-chi-minh").map((group) => group.slug)).toEqual(["tp-ho-chi-minh", "ha-noi"])
  })
})

describe("deliveryChoices", () => {
  it("lists delivery options cheapest first, with the English name commerce keeps in the option's data", () => {
    const options = [
      { id: "so_e", name: "Giao hàng nhanh (1–2 ngày) — Miền Bắc", amount: 55000, type: { code: "delivery", label: "Giao hàng nhanh" }, data: { name_en: "Express delivery (1–2 days) — Northern Vietnam" } },
      { id: "so_s", name: "Giao hàng tiêu chuẩn (3–5 ngày) — Miền Bắc", amount: 30000, type: { code: "delivery", label: "Giao hàng tiêu chuẩn" }, data: { name_en: "Standard delivery (3–5 days) — Northern Vietnam" } },
      pickup("so_p", "noi-bai", "Hà Nội", false),
    ] as StoreShippingOption[]
    expect(deliveryChoices(options)).toEqual([
      { id: "so_s", name: { vi: "Giao hàng tiêu chuẩn (3–5 ngày) — Miền Bắc", en: "Standard delivery (3–5 days) — Northern Vietnam" }, amount: 30000 },
      { id: "so_e", name: { vi: "Giao hàng nhanh (1–2 ngày) — Miền Bắc", en: "Express delivery (1–2 days) — Northern Vietnam" }, amount: 55000 },
    ])
  })
})

describe("closestPickup", () => {
  const points = [point("noi-bai", "Quầy OCOP Nội Bài", "Hà Nội", "ha-noi"), point("bat-trang", "Điểm OCOP Bát Tràng", "Hà Nội", "ha-noi")]
  const line = (vi: string, quantity: number, stockAt: Record<string, number>, available: number | null = Math.max(0, ...Object.values(stockAt))) => ({
    title: { vi, en: vi },
    quantity,
    available,
    stockAt,
  })

  it("names the point lacking the fewest products, and those products", () => {
    const tea = line("Chè Tân Cương", 16, { "noi-bai": 30, "bat-trang": 10 })
    const honey = line("Mật ong bạc hà", 2, { "bat-trang": 5 })
    const noodles = line("Miến dong", 1, { "bat-trang": 3 })
    expect(closestPickup([tea, honey, noodles], points)).toEqual({ point: points[1], missing: [tea] })
  })

  it("leaves out a service, which no point stocks", () => {
    const tour = line("Du lịch Cồn Chim", 1, {}, null)
    const tea = line("Chè Tân Cương", 40, { "noi-bai": 30 })
    expect(closestPickup([tour, tea], points)?.missing).toEqual([tea])
  })

  it("says nothing when some point does hold everything, or there is no point", () => {
    const tea = line("Chè Tân Cương", 1, { "noi-bai": 30 })
    expect(closestPickup([tea], points)).toBeNull()
    expect(closestPickup([tea], [])).toBeNull()
  })
})

const optionsCart = {
  id: "cart_01",
  region_id: "reg_01",
  items: [
    { variant_id: "variant_tea", quantity: 2 },
    { variant_id: "variant_honey", quantity: 1 },
  ],
  shipping_address: { country_code: "vn", province: "ha-noi", city: "Phường Hoàn Kiếm", address_1: "Số 1 Tràng Tiền", first_name: "Lan", phone: "+84912345678" },
  metadata: { fulfilment: "delivery", province: "ha-noi" },
} as unknown as Parameters<typeof shippingOptionsKey>[0]

describe("the cart state shipping options are read for", () => {
  it("is the same for the same lines in any order, and whatever else the cart holds", () => {
    const reordered = { ...optionsCart, items: [...optionsCart.items].reverse() }
    const renamed = { ...optionsCart, shipping_address: { ...optionsCart.shipping_address, first_name: "Thu Lan", phone: "+84987654321" } }
    expect(shippingOptionsKey(reordered)).toBe(shippingOptionsKey(optionsCart))
    expect(shippingOptionsKey(renamed)).toBe(shippingOptionsKey(optionsCart))
  })

  it.each([
    ["another quantity", { items: [{ variant_id: "variant_tea", quantity: 3 }, optionsCart.items[1]] }],
    ["another line", { items: [...optionsCart.items, { variant_id: "variant_rice", quantity: 1 }] }],
    ["another province", { shipping_address: { ...optionsCart.shipping_address, province: "nghe-an" } }],
    ["another ward", { shipping_address: { ...optionsCart.shipping_address, city: "Phường Ba Đình" } }],
    ["another street", { shipping_address: { ...optionsCart.shipping_address, address_1: "Số 2 Tràng Tiền" } }],
    ["pickup instead of delivery", { metadata: { ...optionsCart.metadata, fulfilment: "pickup" } }],
    ["another cart", { id: "cart_02" }],
  ])("changes with %s", (_change, changed) => {
    expect(shippingOptionsKey({ ...optionsCart, ...changed } as typeof optionsCart)).not.toBe(shippingOptionsKey(optionsCart))
  })
})
