/**
 * Keeps the ward field's suggestions (its `<datalist>`) to the province chosen above it. The server
 * renders the list for the province already in the form, so without JavaScript the suggestions
 * appear once the form has been sent with a province; this only spares the shopper that round trip.
 */
const province = document.querySelector<HTMLSelectElement>("select#province")
const options = document.querySelector<HTMLDataListElement>("datalist#ward-options")

async function offerWardsOf(slug: string) {
  if (!options) return
  if (!slug) {
    options.replaceChildren()
    return
  }
  try {
    const response = await fetch(`/api/wards?province=${encodeURIComponent(slug)}`)
    if (!response.ok) return
    const { wards } = (await response.json()) as { wards: string[] }
    // The shopper may have changed province again while this was on its way.
    if (province?.value !== slug) return
    options.replaceChildren(...wards.map((name) => Object.assign(document.createElement("option"), { value: name })))
  } catch {
    // Offline or commerce down: the field still takes what is typed, and the server checks it.
  }
}

province?.addEventListener("change", () => void offerWardsOf(province.value))
