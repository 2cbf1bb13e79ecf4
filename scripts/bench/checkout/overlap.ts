/** When one API call was open, in the load generator's clock (performance.now()). */
export interface Span {
  startedMs: number
  endedMs: number
}

export const durationMs = (span: Span) => span.endedMs - span.startedMs

/**
 * The durations of the timed calls, split by whether any other call was open at some moment of
 * theirs. One server process serves every shopper, so a call that shares it with another waits for
 * part of that one's work; the split shows how much of a percentile that sharing is.
 */
export function durationsByOverlap(timed: readonly Span[], all: readonly Span[]): { unshared: number[]; shared: number[] } {
  const unshared: number[] = []
  const shared: number[] = []
  for (const span of timed) {
    const overlaps = all.some((other) => other !== span && other.startedMs < span.endedMs && other.endedMs > span.startedMs)
    ;(overlaps ? shared : unshared).push(durationMs(span))
  }
  return { unshared, shared }
}
