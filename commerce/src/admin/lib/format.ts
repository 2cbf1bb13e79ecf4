// Certificate dates are instants at Vietnam midnight (valid_until is 23:59:59.999 ICT), so they are
// shown in Vietnam time whatever the browser's zone: otherwise a reviewer abroad sees the next day.
const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh"

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

function partsOf(iso: string): Record<string, string> | null {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return null
  return Object.fromEntries(dateParts.formatToParts(instant).map((part) => [part.type, part.value]))
}

/** dd/MM/yyyy in Vietnam time. */
export function formatDate(iso: string | null | undefined): string {
  const parts = iso ? partsOf(iso) : null
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : "—"
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(iso: string | null | undefined): string {
  const parts = iso ? partsOf(iso) : null
  return parts ? `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}` : "—"
}

/** Today's calendar date in Vietnam (YYYY-MM-DD): the latest date a decision may carry. */
export function todayInVietnam(): string {
  const parts = partsOf(new Date().toISOString())
  return parts ? `${parts.year}-${parts.month}-${parts.day}` : new Date().toISOString().slice(0, 10)
}
