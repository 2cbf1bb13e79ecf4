import { t, type Lang, type MessageKey } from "../../i18n/dictionaries"
import { formatDate, formatVnd } from "../../lib/format"
import { paths } from "../../lib/paths"
import type { CartLine, CartView } from "./cart"
import { fixedInCart, type LineBlock } from "./cart-rules"

/** The most a cart form accepts for one line (cart-form.ts). */
const MAX_QUANTITY = 99

export interface CartSnapshotLine {
  id: string
  handle: string | null
  title: string
  /** The product page; null once the line is blocked (the page may be gone). */
  href: string | null
  thumbnail: string | null
  producer: { name: string; href: string } | null
  unitPrice: string
  quantity: number
  /** The quantity box's maximum: the stock on hand, as the server will check it. */
  max: number
  subtotal: string
  /** Why the line cannot be bought as it is, worded for the shopper; null when it can. */
  block: string | null
  quantityLabel: string
  /** The update button's name, which says which line it changes, as the remove button's does. */
  updateLabel: string
  removeLabel: string
}

/**
 * The cart as the cart island and the header's mini cart show it. Every text is worded and every
 * amount formatted here, on the server, so the browser repeats the dictionaries' words exactly and
 * a hydrated island renders the same characters as the server did (Node's and the browser's number
 * formatting may differ).
 */
export interface CartSnapshot {
  lines: CartSnapshotLine[]
  count: number
  subtotal: string
  checkoutAllowed: boolean
}

/** What the cart page says under a blocked line: sold out, not enough left, or why it is off sale. */
export function blockText(block: LineBlock | null, lang: Lang): string | null {
  if (!block) return null
  if (block.kind === "outside_area") return t(lang, "cartBlockedOutsideArea", { area: block.area[lang] })
  if (block.kind === "stock") return block.available === 0 ? t(lang, "cartBlockedSoldOut") : t(lang, "cartBlockedStock", { available: block.available })
  if (block.reason === "missing") return t(lang, "cartBlockedMissing")
  const why = t(lang, `gone_${block.reason}` as MessageKey, { date: block.date ? formatDate(block.date, lang) : "" })
  return `${why} ${t(lang, "cartBlockedNotSellable")}`
}

function snapshotLine(line: CartLine, lang: Lang): CartSnapshotLine {
  const title = line.title[lang]
  return {
    id: line.id,
    handle: line.handle,
    title,
    href: line.handle && !fixedInCart(line.block) ? paths.product(lang, line.handle) : null,
    thumbnail: line.thumbnail,
    producer: line.producer ? { name: line.producer.name, href: paths.producer(lang, line.producer.handle) } : null,
    unitPrice: formatVnd(line.unitPrice),
    quantity: line.quantity,
    max: Math.min(line.available ?? MAX_QUANTITY, MAX_QUANTITY),
    subtotal: formatVnd(line.subtotal),
    block: blockText(line.block, lang),
    quantityLabel: t(lang, "cartQuantityLabel", { title }),
    updateLabel: t(lang, "cartUpdateLabel", { title }),
    removeLabel: t(lang, "cartRemoveLabel", { title }),
  }
}

/** The shopper's cart (null: none yet) worded in one language. */
export function cartSnapshot(view: CartView | null, lang: Lang): CartSnapshot {
  if (!view) return { lines: [], count: 0, subtotal: formatVnd(0), checkoutAllowed: false }
  return {
    lines: view.lines.map((line) => snapshotLine(line, lang)),
    count: view.count,
    subtotal: formatVnd(view.cart.item_subtotal ?? view.cart.subtotal),
    checkoutAllowed: view.lines.length > 0 && !view.fixInCart,
  }
}

/** handleCartPost's JSON answer: the message as the server words it and the header's unit count. */
export interface CartAnswer {
  ok: boolean
  message: string
  count: number
  /** The cart after a change made on the cart page. */
  cart?: CartSnapshot
}
