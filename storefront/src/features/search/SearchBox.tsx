import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import type { Suggestion } from "./suggest"

export interface SearchBoxProps {
  action: string
  suggestUrl: string
  initialQuery: string
  labels: { label: string; placeholder: string; submit: string; suggestions: string; count: string; none: string }
}

const DEBOUNCE_MS = 200
const MIN_CHARS = 2

/**
 * The header search box: a plain GET form that works without JavaScript, enhanced into a WAI-ARIA
 * combobox (list autocomplete) once hydrated. Arrow keys move through suggestions, Enter opens the
 * active one (or submits the search), Escape closes the list and then clears the box.
 */
export default function SearchBox({ action, suggestUrl, initialQuery, labels }: SearchBoxProps) {
  const id = useId()
  const inputId = `${id}-q`
  const listId = `${id}-list`
  const input = useRef<HTMLInputElement>(null)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState("")
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const pending = useRef<AbortController | undefined>(undefined)

  function request(q: string) {
    clearTimeout(timer.current)
    pending.current?.abort()
    if (q.trim().length < MIN_CHARS) {
      setItems([])
      setOpen(false)
      setActive(-1)
      setStatus("")
      return
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      pending.current = controller
      try {
        const response = await fetch(`${suggestUrl}&q=${encodeURIComponent(q.trim())}`, { signal: controller.signal })
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] }
        setItems(suggestions)
        setActive(-1)
        setOpen(suggestions.length > 0)
        setStatus(suggestions.length > 0 ? labels.count.replace("{count}", String(suggestions.length)) : labels.none)
      } catch {
        // Aborted by newer typing, or offline: the form still submits to the results page.
      }
    }, DEBOUNCE_MS)
  }

  // Text typed before this island hydrated (it hydrates on first focus) gets its suggestions too.
  useEffect(() => {
    const value = input.current?.value ?? ""
    if (value !== initialQuery && document.activeElement === input.current) request(value)
    return () => {
      clearTimeout(timer.current)
      pending.current?.abort()
    }
  }, [])

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      if (!open) {
        setOpen(true)
        setActive(step === 1 ? 0 : items.length - 1)
        return
      }
      setActive((current) => (current < 0 ? (step === 1 ? 0 : items.length - 1) : (current + step + items.length) % items.length))
    } else if (event.key === "Enter" && open && active >= 0 && items[active]) {
      event.preventDefault()
      window.location.assign(items[active].url)
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault()
        close()
      } else if (input.current && input.current.value) {
        event.preventDefault()
        input.current.value = ""
        request("")
      }
    }
  }

  return (
    <form role="search" method="get" action={action} className="site-search" data-testid="site-search">
      <label htmlFor={inputId} className="visually-hidden">
        {labels.label}
      </label>
      <div className="combobox">
        <input
          ref={input}
          id={inputId}
          type="search"
          name="q"
          defaultValue={initialQuery}
          placeholder={labels.placeholder}
          maxLength={200}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          onInput={(event) => request(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul id={listId} role="listbox" aria-label={labels.suggestions} className="suggestions" hidden={!open}>
          {items.map((item, index) => (
            <li
              key={item.url}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown would blur the input (closing the list) before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => window.location.assign(item.url)}
            >
              <span className="suggestion-title">{item.title}</span>
              <span className="suggestion-meta">{item.meta}</span>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">{labels.submit}</button>
      <div className="visually-hidden" aria-live="polite">
        {status}
      </div>
    </form>
  )
}
