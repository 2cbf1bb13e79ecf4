/**
 * `<ocop-copy data-value="…">` beside a transfer detail: shows its Copy button (hidden without
 * JavaScript, where the detail stays plain selectable text) and puts the value on the clipboard,
 * so a shopper paying from this phone can paste it into the banking app. Custom element, no island:
 * the order page ships no framework.
 */
class CopyText extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button")
    const status = this.querySelector<HTMLElement>("[data-status]")
    if (!button || !status || !navigator.clipboard) return
    button.hidden = false
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(this.dataset["value"] ?? "")
        status.textContent = this.dataset["copied"] ?? ""
      } catch {
        status.textContent = this.dataset["failed"] ?? ""
      }
    })
  }
}

customElements.define("ocop-copy", CopyText)
