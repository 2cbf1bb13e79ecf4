import type { Lang } from "../i18n/dictionaries"
import { catalogueQuery, type CatalogueFilters } from "../features/catalogue/filters"

export type PortalSection = "dashboard" | "login" | "logout" | "products" | "stock" | "orders" | "certificates" | "stamps"

const portalSlugs: Record<PortalSection, Record<Lang, string>> = {
  dashboard: { vi: "", en: "" },
  login: { vi: "dang-nhap", en: "login" },
  logout: { vi: "dang-xuat", en: "logout" },
  products: { vi: "san-pham", en: "products" },
  stock: { vi: "ton-kho", en: "stock" },
  orders: { vi: "don-hang", en: "orders" },
  certificates: { vi: "chung-nhan", en: "certificates" },
  stamps: { vi: "tem", en: "stamps" },
}

/** Accounts whose password can be reset on the storefront (the programme office uses the admin dashboard). */
export type PasswordAccount = "customer" | "producer"

const passwordPages: Record<PasswordAccount, Record<"forgot" | "reset", Record<Lang, string>>> = {
  customer: {
    forgot: { vi: "/tai-khoan/quen-mat-khau", en: "/en/account/forgot-password" },
    reset: { vi: "/tai-khoan/dat-lai-mat-khau", en: "/en/account/reset-password" },
  },
  producer: {
    forgot: { vi: "/producer/quen-mat-khau", en: "/en/producer/forgot-password" },
    reset: { vi: "/producer/dat-lai-mat-khau", en: "/en/producer/reset-password" },
  },
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path
}

/** Every URL the storefront builds comes from here, so links, canonicals and hreflang agree. */
export const paths = {
  home(lang: Lang): string {
    return lang === "vi" ? "/" : "/en/"
  },
  product(lang: Lang, handle: string): string {
    return lang === "vi" ? `/san-pham/${encodeURIComponent(handle)}` : `/en/products/${encodeURIComponent(handle)}`
  },
  producer(lang: Lang, handle: string): string {
    return lang === "vi" ? `/chu-the/${encodeURIComponent(handle)}` : `/en/producers/${encodeURIComponent(handle)}`
  },
  /** The page a stamp's QR opens: `/v/{code}` (commerce builds the same URL into the QR, modules/stamp/stamp-url.ts). */
  stamp(lang: Lang, code: string): string {
    return lang === "vi" ? `/v/${encodeURIComponent(code)}` : `/en/v/${encodeURIComponent(code)}`
  },
  /** Where a shopper types a stamp's code when the QR will not scan; its GET form leads on to `stamp()`. */
  stampEntry(lang: Lang): string {
    return lang === "vi" ? "/v" : "/en/v"
  },
  /** A stamp's GS1 Digital Link page, `/01/{gtin}[/10/{lot}]/21/{code}`, given the path from /01/ on (already encoded). */
  stampDigitalLink(lang: Lang, gs1Path: string): string {
    return lang === "vi" ? gs1Path : `/en${gs1Path}`
  },
  /** The catalogue, which is also the search results page (`?q=`). */
  catalogue(lang: Lang, filters: Partial<CatalogueFilters> = {}): string {
    return withQuery(lang === "vi" ? "/san-pham" : "/en/products", catalogueQuery(filters))
  },
  /** The 34 provinces, each with its products on sale and the old provinces merged into it. */
  provinces(lang: Lang): string {
    return lang === "vi" ? "/tinh" : "/en/provinces"
  },
  /** All products of one post-2025 province; its own slug is in the path, not in the query. */
  province(lang: Lang, slug: string, filters: Partial<CatalogueFilters> = {}): string {
    const path = lang === "vi" ? `/tinh/${encodeURIComponent(slug)}` : `/en/provinces/${encodeURIComponent(slug)}`
    return withQuery(path, catalogueQuery({ ...filters, province: [] }))
  },
  /** The directory of producers with products on sale, optionally of one type (`?type=cooperative`). */
  producers(lang: Lang, type: string | null = null): string {
    return withQuery(lang === "vi" ? "/chu-the" : "/en/producers", type ? new URLSearchParams({ type }).toString() : "")
  },
  salesPoints(lang: Lang): string {
    return lang === "vi" ? "/diem-ban" : "/en/sales-points"
  },
  /** The general terms of sale (điều kiện giao dịch chung, Decree 52/2013/NĐ-CP). */
  terms(lang: Lang): string {
    return lang === "vi" ? "/dieu-khoan-giao-dich" : "/en/terms-of-sale"
  },
  /** Short search address people may type; answers with a redirect to the catalogue. */
  searchAlias(lang: Lang): string {
    return lang === "vi" ? "/tim-kiem" : "/en/search"
  },
  cart(lang: Lang): string {
    return lang === "vi" ? "/gio-hang" : "/en/cart"
  },
  checkout(lang: Lang): string {
    return lang === "vi" ? "/thanh-toan" : "/en/checkout"
  },
  /** An order's confirmation page; a guest's link carries the access token given when the order was placed. */
  order(lang: Lang, id: string, token?: string): string {
    const path = lang === "vi" ? `/don-hang/${encodeURIComponent(id)}` : `/en/orders/${encodeURIComponent(id)}`
    return withQuery(path, token ? new URLSearchParams({ t: token }).toString() : "")
  },
  /** The account page; `ordersPage` past the first is that page of the order history. */
  account(lang: Lang, ordersPage = 1): string {
    return withQuery(lang === "vi" ? "/tai-khoan" : "/en/account", ordersPage > 1 ? `page=${ordersPage}` : "")
  },
  /** Log-in page; `next` is where to go afterwards (checkout, or an order by its id: features/account/account-form.ts). */
  login(lang: Lang, next?: string): string {
    return withQuery(lang === "vi" ? "/tai-khoan/dang-nhap" : "/en/account/login", next ? new URLSearchParams({ next }).toString() : "")
  },
  register(lang: Lang, next?: string): string {
    return withQuery(lang === "vi" ? "/tai-khoan/dang-ky" : "/en/account/register", next ? new URLSearchParams({ next }).toString() : "")
  },
  logout(lang: Lang): string {
    return lang === "vi" ? "/tai-khoan/dang-xuat" : "/en/account/logout"
  },
  /** Where a shopper or a producer member asks for a password reset link. */
  forgotPassword(lang: Lang, account: PasswordAccount): string {
    return passwordPages[account].forgot[lang]
  },
  /** Where the emailed link lands (commerce builds it: src/login/reset-link.ts); the token rides in the query. */
  resetPassword(lang: Lang, account: PasswordAccount, token?: string): string {
    return withQuery(passwordPages[account].reset[lang], token ? new URLSearchParams({ token }).toString() : "")
  },
  /** The producer portal: its dashboard, or one of its sections. */
  producerPortal(lang: Lang, section: PortalSection = "dashboard"): string {
    const slug = portalSlugs[section][lang]
    const base = lang === "vi" ? "/producer" : "/en/producer"
    return slug ? `${base}/${slug}` : base
  },
  /** Where an invite link lands (commerce builds the Vietnamese one: `${STOREFRONT_URL}/producer/moi/<token>`). */
  producerInvite(lang: Lang, token: string): string {
    return `${paths.producerPortal(lang)}/${lang === "vi" ? "moi" : "invite"}/${encodeURIComponent(token)}`
  },
  /** A stamp batch's printable sheets, served through the storefront with the member's login. */
  producerStampSheet(lang: Lang, batchId: string): string {
    return `${paths.producerPortal(lang, "stamps")}/${encodeURIComponent(batchId)}/pdf`
  },
  /** The shopper's cart as JSON (cart-snapshot.ts), for the header's mini cart. */
  cartSummary(lang: Lang): string {
    return `/api/cart?lang=${lang}`
  },
  /** Suggestions for the header search box (JSON, same origin); the box appends `&q=`. */
  suggest(lang: Lang): string {
    return `/api/suggest?lang=${lang}`
  },
}

/** The same page in the other language, for the language switch and hreflang pairs. */
export function alternates(build: (lang: Lang) => string): Record<Lang, string> {
  return { vi: build("vi"), en: build("en") }
}
