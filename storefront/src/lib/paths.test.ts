import { describe, expect, it } from "vitest"
import { alternates, paths } from "./paths"

describe("paths", () => {
  it.each([
    [paths.catalogue("vi"), "/san-pham"],
    [paths.catalogue("en"), "/en/products"],
    [paths.catalogue("vi", { q: "mien dong", group: ["food"] }), "/san-pham?q=mien+dong&group=food"],
    [paths.province("vi", "lao-cai"), "/tinh/lao-cai"],
    [paths.province("en", "lao-cai", { stars: [5], page: 2 }), "/en/provinces/lao-cai?stars=5&page=2"],
    [paths.salesPoints("vi"), "/diem-ban"],
    [paths.salesPoints("en"), "/en/sales-points"],
    [paths.terms("vi"), "/dieu-khoan-giao-dich"],
    [paths.terms("en"), "/en/terms-of-sale"],
    [paths.searchAlias("vi"), "/tim-kiem"],
    [paths.suggest("en"), "/api/suggest?lang=en"],
    [paths.cart("vi"), "/gio-hang"],
    [paths.cart("en"), "/en/cart"],
    [paths.checkout("vi"), "/thanh-toan"],
    [paths.checkout("en"), "/en/checkout"],
    [paths.order("vi", "order_01ABC"), "/don-hang/order_01ABC"],
    [paths.order("en", "order_01ABC", "cart_01XYZ"), "/en/orders/order_01ABC?t=cart_01XYZ"],
    [paths.account("vi"), "/tai-khoan"],
    [paths.account("en", 3), "/en/account?page=3"],
    [paths.account("vi", 1), "/tai-khoan"],
    [paths.login("vi"), "/tai-khoan/dang-nhap"],
    [paths.login("en", "checkout"), "/en/account/login?next=checkout"],
    [paths.register("vi", "checkout"), "/tai-khoan/dang-ky?next=checkout"],
    [paths.logout("en"), "/en/account/logout"],
  ])("%s is %s", (built, expected) => {
    expect(built).toBe(expected)
  })

  it.each([
    ["dashboard", "/producer", "/en/producer"],
    ["login", "/producer/dang-nhap", "/en/producer/login"],
    ["logout", "/producer/dang-xuat", "/en/producer/logout"],
    ["products", "/producer/san-pham", "/en/producer/products"],
    ["stock", "/producer/ton-kho", "/en/producer/stock"],
    ["orders", "/producer/don-hang", "/en/producer/orders"],
    ["certificates", "/producer/chung-nhan", "/en/producer/certificates"],
    ["stamps", "/producer/tem", "/en/producer/stamps"],
  ] as const)("puts the producer portal's %s at %s and %s", (section, vi, en) => {
    expect(alternates((lang) => paths.producerPortal(lang, section))).toEqual({ vi, en })
  })

  it("opens the portal on its dashboard when no section is named", () => {
    expect(paths.producerPortal("en")).toBe("/en/producer")
  })

  it("lands an invite on the address commerce puts in the invite email, and on its English twin", () => {
    expect(paths.producerInvite("vi", "a/b c")).toBe("/producer/moi/a%2Fb%20c")
    expect(paths.producerInvite("en", "a/b c")).toBe("/en/producer/invite/a%2Fb%20c")
  })

  it("lands a password reset link where commerce's email points (commerce/src/login/reset-link.ts)", () => {
    expect(paths.resetPassword("vi", "customer", "a.b+c")).toBe("/tai-khoan/dat-lai-mat-khau?token=a.b%2Bc")
    expect(paths.resetPassword("en", "customer")).toBe("/en/account/reset-password")
    expect(paths.resetPassword("vi", "producer", "t")).toBe("/producer/dat-lai-mat-khau?token=t")
    expect(paths.resetPassword("en", "producer", "t")).toBe("/en/producer/reset-password?token=t")
  })

  it("offers the forgotten-password form beside each log-in", () => {
    expect(paths.forgotPassword("vi", "customer")).toBe("/tai-khoan/quen-mat-khau")
    expect(paths.forgotPassword("en", "producer")).toBe("/en/producer/forgot-password")
  })

  it("serves a stamp batch's sheet under the stamps section in both languages", () => {
    expect(paths.producerStampSheet("vi", "stbt_01ABC")).toBe("/producer/tem/stbt_01ABC/pdf")
    expect(paths.producerStampSheet("en", "stbt_01ABC")).toBe("/en/producer/stamps/stbt_01ABC/pdf")
  })

  it("keeps a province page's own province out of its query string", () => {
    expect(paths.province("vi", "lao-cai", { province: ["lao-cai"], group: ["drinks"] })).toBe("/tinh/lao-cai?group=drinks")
  })

  it("pairs a filtered catalogue with the same filters in the other language", () => {
    expect(alternates((lang) => paths.catalogue(lang, { province: ["thai-nguyen"], stars: [5] }))).toEqual({
      vi: "/san-pham?stars=5&province=thai-nguyen",
      en: "/en/products?stars=5&province=thai-nguyen",
    })
  })
})
