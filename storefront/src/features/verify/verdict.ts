import type { MessageKey } from "../../i18n/dictionaries"
import type { StampState } from "./verify"

/** How a verdict looks: green for genuine, amber for a warning, red for a stamp not to trust; blue informs and judges nothing. */
export type Tone = "ok" | "warn" | "bad" | "info"

export function stateTone(state: StampState): Tone {
  return state === "genuine" ? "ok" : state === "suspicious" ? "warn" : "bad"
}

/**
 * How the code reached the verify page: typed by hand at `/v` (a slipped finger is the likely
 * cause of a mismatch) or carried by a scanned QR or link (a mismatch is a forged stamp).
 */
export type Entry = "typed" | "scanned"

export interface VerdictCopy {
  tone: Tone
  title: MessageKey
  text: MessageKey
  /** Said after the text: for a typed code, the counterfeit warning comes only once the shopper has checked what they typed. */
  warning: MessageKey | null
}

export function verdictCopy(state: StampState, entry: Entry): VerdictCopy {
  if (state === "not_genuine" && entry === "typed") return { tone: "warn", title: "verifyTypedNoMatch", text: "verifyTypedNoMatchText", warning: "verifyTypedNoMatchWarning" }
  return { tone: stateTone(state), title: `verify_${state}`, text: `verify_${state}_text`, warning: null }
}
