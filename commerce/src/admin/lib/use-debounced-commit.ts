import { useEffect, useRef, useState } from "react"

/**
 * A draft that follows `value` and hands itself to `commit` once the user pauses typing, so a
 * filter field does not fire one request per keystroke.
 */
export function useDebouncedCommit(value: string, commit: (next: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(value)
  const commitRef = useRef(commit)
  commitRef.current = commit

  useEffect(() => setDraft(value), [value])

  useEffect(() => {
    if (draft === value) return
    const timer = setTimeout(() => commitRef.current(draft), delayMs)
    return () => clearTimeout(timer)
  }, [draft, value, delayMs])

  return [draft, setDraft] as const
}
