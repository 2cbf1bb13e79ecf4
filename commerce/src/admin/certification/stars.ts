import { t } from "../lib/i18n"
// The thresholds have one home, the certification module; the server enforces the same function.
import { starsForScore } from "../../modules/certification/rules"
import type { Stars } from "./types"

export function starsText(stars: number): string {
  return "★".repeat(stars)
}

/** Why a score does not fit the chosen rank, or null when it does (or no score was given). */
export function scoreProblem(score: number | null, stars: Stars | null): string | null {
  if (score === null) return null
  if (!Number.isFinite(score) || score < 0 || score > 100) return t.form.scoreOutOfRange
  const earned = starsForScore(score)
  if (earned === null) return t.form.scoreTooLow
  if (stars !== null && earned !== stars) return t.form.scoreMismatch(score, earned, stars)
  return null
}
