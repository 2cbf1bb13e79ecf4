import type { CartSnapshot } from "./cart-snapshot"

/**
 * `<ocop-mini-cart>` around the header's cart link: the link works as it stands; this element shows
 * the disclosure button beside it and, on opening (button, or mouse hover), fetches the cart afresh
 * from /api/cart and lists it in the panel, so an add made since shows at once. Escape or leaving
 * the element closes the panel. A custom element of about 1 KB compressed rather than a framework
 * island: it ships on every page, the product page included (20 KB JavaScript budget).
 */
class MiniCart extends HTMLElement {
  private button!: HTMLButtonElement
  private panel!: HTMLElement
  /** Opened with the button: stays open when the mouse leaves. */
  private held = false
  private leaving: ReturnType<typeof setTimeout> | undefined

  connectedCallback() {
    const button = this.querySelector("button")
    const panel = this.querySelector<HTMLElement>("#mini-cart-panel")
    if (!button || !panel) return
    ;[this.button, this.panel] = [button, panel]
    button.hidden = false
    button.addEventListener("click", () => {
      const open = panel.hidden || !this.held
      this.held = open
      this.toggle(open)
    })
    this.addEventListener("pointerenter", (event) => {
      clearTimeout(this.leaving)
      if (event.pointerType === "mouse" && panel.hidden) this.toggle(true)
    })
    // A moment's grace: the mouse crosses the header's edge between the link and the panel.
    this.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse" && !this.held) this.leaving = setTimeout(() => this.toggle(false), 400)
    })
    this.addEventListener("focusout", (event) => this.contains(event.relatedTarget as Node | null) || this.close())
    this.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || panel.hidden) return
      this.close()
      button.focus()
    })
  }

  disconnectedCallback() {
    clearTimeout(this.leaving)
  }

  private close() {
    this.held = false
    this.toggle(false)
  }

  private toggle(open: boolean) {
    clearTimeout(this.leaving)
    this.panel.hidden = !open
    this.button.setAttribute("aria-expanded", String(open))
    if (open) void this.load()
  }

  private async load() {
    const part = (name: string) => this.panel.querySelector<HTMLElement>(`[data-${name}]`)!
    let cart: CartSnapshot | null = null
    try {
      const response = await fetch(this.dataset["url"]!, { headers: { accept: "application/json" } })
      if (response.ok) cart = (await response.json()) as CartSnapshot
    } catch {
      // Offline: the panel says so, the cart link still works.
    }
    part("error").hidden = cart !== null
    part("empty").hidden = !cart || cart.lines.length > 0
    part("total").hidden = !cart?.lines.length
    part("blocked").hidden = !cart?.lines.length || cart.checkoutAllowed
    part("checkout").hidden = !cart?.checkoutAllowed
    if (!cart) return
    part("subtotal").textContent = cart.subtotal
    // Text only, never markup: titles come from producers.
    part("lines").replaceChildren(
      ...cart.lines.map((line) => {
        const item = document.createElement("li")
        const title = document.createElement("span")
        title.textContent = `${line.title} × ${line.quantity}`
        const price = document.createElement("span")
        price.textContent = line.subtotal
        item.append(title, price)
        return item
      })
    )
    for (const count of document.querySelectorAll("[data-cart-count]")) count.textContent = String(cart.count)
  }
}

customElements.define("ocop-mini-cart", MiniCart)
