import type { ClientDirective } from "astro"

/**
 * `client:focus` hydrates an island the first time the shopper reaches it (focus, pointer, touch).
 * The header search box is on every page, and React would take the product page over its 20 KB
 * JavaScript budget if it loaded on idle; until then the island is a plain, working GET form.
 */
const focusDirective: ClientDirective = (load, _options, element) => {
  const events = ["focusin", "pointerover", "touchstart"] as const
  let started = false
  const hydrate = async () => {
    if (started) return
    started = true
    for (const name of events) element.removeEventListener(name, hydrate)
    const run = await load()
    await run()
  }
  for (const name of events) element.addEventListener(name, hydrate, { passive: true })
}

export default focusDirective
