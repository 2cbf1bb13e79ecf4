import { useEffect, useRef, useState, type FormEvent } from "react"
import type { CartAnswer, CartSnapshot } from "./cart-snapshot"

/** The cart page's fixed words, from the dictionaries (the lines' own words come in the snapshot). */
export interface CartIslandText {
  unitPrice: string
  lineTotal: string
  update: string
  remove: string
  subtotal: string
  shippingLater: string
  checkout: string
  blockedSummary: string
  empty: string
  continue: string
}

interface Props {
  /** The cart page: its forms post here, with or without JavaScript. */
  action: string
  checkoutHref: string
  continueHref: string
  initial: CartSnapshot
  text: CartIslandText
}

const TIMEOUT_MS = 15_000

/** A line's control the keyboard returns to once the line's answer is shown. */
interface FocusTarget {
  lineId: string
  control: "quantity" | "update" | "remove"
}

const isControl = (name: string | undefined): name is FocusTarget["control"] => name === "quantity" || name === "update" || name === "remove"

/**
 * The cart's lines, totals and checkout link. Server-rendered, each change is a plain form post
 * (the page answers with a redirect and a message). Hydrated, the same forms post in the
 * background and the cart re-renders from the server's answer: the server words every message
 * and decides every quantity, this component only shows them.
 */
export default function CartIsland({ action, checkoutHref, continueHref, initial, text }: Props) {
  const [cart, setCart] = useState(initial)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  // Lines whose change is on its way; each line's controls wait for its own answer.
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set())
  // Answers can overtake each other: only the latest request's cart is shown.
  const latest = useRef(0)
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null)
  // False in the server's HTML: tells a shopper's tools (and the journeys) the forms post in the background.
  const [enhanced, setEnhanced] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const empty = useRef<HTMLDivElement>(null)
  // Where the keyboard goes once the answer is on screen and the line's controls are enabled again.
  const pendingFocus = useRef<FocusTarget | "empty" | null>(null)

  useEffect(() => setEnhanced(true), [])

  // After every render, not on a timer: the controls come back in whichever render clears the line's
  // busy state, and a focus() on a control still disabled is silently lost (to <body>).
  useEffect(() => {
    const target = pendingFocus.current
    if (!target) return
    const element = target === "empty" ? empty.current : root.current?.querySelector<HTMLElement>(`[data-line="${CSS.escape(target.lineId)}"] [data-control="${target.control}"]`)
    if (element && "disabled" in element && element.disabled) return
    pendingFocus.current = null
    // Only focus that was lost comes back (to <body>, or left on the line's disabled control by some
    // browsers): a shopper who moved on while waiting keeps their place.
    const active = document.activeElement
    if (element && (!active || active === document.body || (target !== "empty" && element.closest("[data-line]")?.contains(active)))) element.focus()
  })

  async function submit(event: FormEvent<HTMLFormElement>, lineId: string) {
    event.preventDefault()
    const form = event.currentTarget
    // URL-encoded, exactly like the plain form post.
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>)
    const removing = body.get("intent") === "remove" || body.get("quantity") === "0"
    // Disabling the line's controls takes the focus away from them; it comes back when they return.
    const focused = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement.dataset["control"] : undefined
    const shownLines = [...(root.current?.querySelectorAll<HTMLElement>("[data-line]") ?? [])].map((element) => element.dataset["line"])
    const request = ++latest.current
    setBusy((lines) => new Set(lines).add(lineId))
    try {
      const response = await fetch(action, { method: "POST", body, headers: { accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS) })
      const answer = (await response.json()) as CartAnswer
      setStatus({ text: answer.message, ok: answer.ok })
      if (request === latest.current) {
        for (const count of document.querySelectorAll("[data-cart-count]")) count.textContent = String(answer.count)
        if (answer.cart) {
          setCart(answer.cart)
          setDrafts({})
        }
      }
      if (isControl(focused)) {
        if (removing && answer.ok) {
          // A removed line takes its focused control along: the keyboard goes on to the next line's
          // quantity (the one that took its place, or the new last), or to the words of an empty cart.
          const left = answer.cart?.lines
          const next = left?.[Math.min(Math.max(shownLines.indexOf(lineId), 0), left.length - 1)]
          if (left) pendingFocus.current = next ? { lineId: next.id, control: "quantity" } : "empty"
        } else pendingFocus.current = { lineId, control: focused }
      }
    } catch (error) {
      // Timed out: the change may have been made, so show the cart as it is rather than post again.
      // Any other failure (offline, an answer that is not ours): the plain post tells the truth.
      if (error instanceof DOMException && error.name === "TimeoutError") location.assign(action)
      else form.submit()
    } finally {
      setBusy((lines) => new Set([...lines].filter((id) => id !== lineId)))
    }
  }

  return (
    <div className="cart-island" ref={root} data-enhanced={enhanced || undefined}>
      <p className={`cart-status${status && !status.ok ? " cart-status-error" : ""}`} role="status" data-testid="cart-status">
        {status?.text}
      </p>
      {cart.lines.length === 0 ? (
        <div className="cart-empty" data-testid="cart-empty" ref={empty} tabIndex={-1}>
          <p>{text.empty}</p>
          <p>
            <a href={continueHref}>{text.continue}</a>
          </p>
        </div>
      ) : (
        <div className="cart" data-testid="cart">
          <ul className="cart-lines">
            {cart.lines.map((line) => {
              const working = busy.has(line.id)
              return (
                <li key={line.id} className={`cart-line${line.block ? " blocked" : ""}`} data-testid="cart-line" data-line={line.id} data-handle={line.handle ?? undefined} aria-busy={working}>
                  {line.thumbnail ? <img src={line.thumbnail} alt="" width={96} height={96} loading="lazy" /> : <span className="thumb" />}
                  <div className="cart-line-body">
                    <h2 className="cart-line-title">{line.href ? <a href={line.href}>{line.title}</a> : line.title}</h2>
                    {line.producer && (
                      <p className="meta">
                        <a href={line.producer.href}>{line.producer.name}</a>
                      </p>
                    )}
                    <p className="meta">
                      {text.unitPrice}: {line.unitPrice}
                    </p>
                    {line.block && (
                      <p className="line-block" role="note" data-testid="line-block">
                        {line.block}
                      </p>
                    )}
                    <div className="line-actions">
                      <form method="post" action={action} className="quantity-form" onSubmit={(event) => submit(event, line.id)}>
                        <input type="hidden" name="intent" value="update" />
                        <input type="hidden" name="line_id" value={line.id} />
                        <label>
                          <span className="visually-hidden">{line.quantityLabel}</span>
                          <input
                            type="number"
                            name="quantity"
                            value={drafts[line.id] ?? String(line.quantity)}
                            onChange={(event) => setDrafts({ ...drafts, [line.id]: event.target.value })}
                            min={0}
                            max={line.max}
                            inputMode="numeric"
                            required
                            disabled={working}
                            data-control="quantity"
                          />
                        </label>
                        <button type="submit" aria-label={line.updateLabel} disabled={working} data-control="update">
                          {text.update}
                        </button>
                      </form>
                      <form method="post" action={action} onSubmit={(event) => submit(event, line.id)}>
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="line_id" value={line.id} />
                        <button type="submit" className="secondary" aria-label={line.removeLabel} disabled={working} data-control="remove">
                          {text.remove}
                        </button>
                      </form>
                    </div>
                  </div>
                  <p className="line-total" data-testid="line-total">
                    <span className="visually-hidden">{text.lineTotal}: </span>
                    {line.subtotal}
                  </p>
                </li>
              )
            })}
          </ul>
          <aside className="panel cart-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="visually-hidden">
              {text.subtotal}
            </h2>
            <dl className="facts">
              <dt>{text.subtotal}</dt>
              <dd data-testid="cart-subtotal">{cart.subtotal}</dd>
            </dl>
            <p className="meta">{text.shippingLater}</p>
            {cart.checkoutAllowed ? (
              <a className="button" href={checkoutHref} data-testid="go-to-checkout">
                {text.checkout}
              </a>
            ) : (
              <p className="line-block" role="alert" data-testid="checkout-blocked">
                {text.blockedSummary}
              </p>
            )}
          </aside>
        </div>
      )}
    </div>
  )
}
