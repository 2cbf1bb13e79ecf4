const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * The day an instant falls on in Vietnam, as a refusal names it in each language: "11/12/2026" and
 * "2026-12-11". UTC would name the day before for anything after 17:00 there.
 */
export function vietnamDay(instant: Date | string): { vi: string; en: string } {
  const iso = new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
  const [year, month, day] = iso.split("-")
  return { vi: `${day}/${month}/${year}`, en: iso }
}
