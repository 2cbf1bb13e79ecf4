import type { Suggestion } from "./suggest"

const DEBOUNCE_MS = 200
const MIN_CHARS = 2

/**
 * `<ocop-search>` around the header search form: the server renders a plain GET form that works
 * without JavaScript; this element turns its input into a WAI-ARIA combobox (list autocomplete)
 * fed by /api/suggest. Arrow keys move through suggestions, Enter opens the active one (or submits
 * the search), Escape closes the list and then clears the box. About 1 KB compressed instead of a
 * UI framework, so the product page stays well within its 20 KB JavaScript budget.
 */
class SearchBox extends HTMLElement {
  private input!: HTMLInputElement
  private list!: HTMLUListElement
  private status!: HTMLElement
  private items: Suggestion[] = []
  private active = -1
  private timer: ReturnType<typeof setTimeout> | undefined
  private pending: AbortController | undefined

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>("input[role=combobox]")
    const list = this.querySelector<HTMLUListElement>("[role=listbox]")
    const status = this.querySelector<HTMLElement>("[aria-live]")
    if (!input || !list || !status) return
    ;[this.input, this.list, this.status] = [input, list, status]
    input.addEventListener("input", () => this.request(input.value))
    input.addEventListener("keydown", (event) => this.onKeyDown(event))
    input.addEventListener("blur", () => this.close())
    // mousedown would blur the input (closing the list) before the click lands.
    list.addEventListener("mousedown", (event) => event.preventDefault())
    list.addEventListener("click", (event) => {
      const option = (event.target as Element).closest<HTMLElement>("[role=option]")
      if (option) this.open(Number(option.dataset["index"]))
    })
    // Text typed before this script ran gets its suggestions too.
    if (document.activeElement === input && input.value !== input.defaultValue) this.request(input.value)
  }

  disconnectedCallback() {
    clearTimeout(this.timer)
    this.pending?.abort()
  }

  private request(typed: string) {
    clearTimeout(this.timer)
    this.pending?.abort()
    const q = typed.trim()
    if (q.length < MIN_CHARS) {
      this.show([])
      this.status.textContent = ""
      return
    }
    this.timer = setTimeout(async () => {
      const controller = new AbortController()
      this.pending = controller
      try {
        const response = await fetch(`${this.dataset["suggestUrl"]}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        this.show(suggestions)
        this.status.textContent = suggestions.length > 0 ? (this.dataset["count"] ?? "").replace("{count}", String(suggestions.length)) : (this.dataset["none"] ?? "")
      } catch {
        // Aborted by newer typing, or offline: the form still submits to the results page.
      }
    }, DEBOUNCE_MS)
  }

  /** Replaces the suggestions (text only, never markup) and opens the list when there are any. */
  private show(items: Suggestion[]) {
    this.items = items
    this.list.replaceChildren(
      ...items.map((item, index) => {
        const option = document.createElement("li")
        option.id = `${this.list.id}-${index}`
        option.setAttribute("role", "option")
        option.dataset["index"] = String(index)
        option.setAttribute("aria-selected", "false")
        const title = document.createElement("span")
        title.className = "suggestion-title"
        title.textContent = item.title
        const meta = document.createElement("span")
        meta.className = "suggestion-meta"
        meta.textContent = item.meta
        option.append(title, meta)
        return option
      })
    )
    this.toggle(items.length > 0)
  }

  private toggle(expanded: boolean) {
    this.list.hidden = !expanded
    this.input.setAttribute("aria-expanded", String(expanded))
    this.highlight(-1)
  }

  private close() {
    if (!this.list.hidden) this.toggle(false)
  }

  private highlight(index: number) {
    this.active = index
    for (const option of this.list.children) option.setAttribute("aria-selected", String(option.id === `${this.list.id}-${index}`))
    const current = this.list.children[index]
    if (current) {
      this.input.setAttribute("aria-activedescendant", current.id)
      current.scrollIntoView({ block: "nearest" })
    } else {
      this.input.removeAttribute("aria-activedescendant")
    }
  }

  private open(index: number) {
    const item = this.items[index]
    if (item) window.location.assign(item.url)
  }

  private onKeyDown(event: KeyboardEvent) {
    const count = this.items.length
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      const first = step === 1 ? 0 : count - 1
      if (this.list.hidden) {
        this.toggle(true)
        this.highlight(first)
      } else {
        this.highlight(this.active < 0 ? first : (this.active + step + count) % count)
      }
    } else if (event.key === "Enter" && !this.list.hidden && this.active >= 0) {
      event.preventDefault()
      this.open(this.active)
    } else if (event.key === "Escape") {
      if (!this.list.hidden) {
        event.preventDefault()
        this.close()
      } else if (this.input.value) {
        event.preventDefault()
        this.input.value = ""
        this.request("")
      }
    }
  }
}

customElements.define("ocop-search", SearchBox)
