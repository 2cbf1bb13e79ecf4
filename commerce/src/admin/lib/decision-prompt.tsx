import { Button, Prompt, toast } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"
import { t } from "./i18n"
import { RefusalAlert } from "./refusal-alert"
import { refusalMessage } from "./server-error"

/** The request behind a decision, as react-query's mutation reports it. */
interface DecisionRequest {
  error: unknown
  isPending: boolean
  reset: () => void
}

interface DecisionPromptProps {
  title: ReactNode
  description: ReactNode
  /** "danger" for a decision that takes something away (void, revoke, suspend). */
  tone: "danger" | "confirmation"
  /** The submit button's words, the decision itself ("Thu hồi lô"). */
  decision: string
  /** Whether the fields hold what the API needs; the submit button waits for it. */
  ready: boolean
  request: DecisionRequest
  /** Sends the decision; a refusal is thrown and stays in the prompt beside the fields. */
  decide: () => Promise<unknown>
  /** The toast once the office's decision is recorded. */
  done: string
  onClose: () => void
  /** The fields the decision needs (a reason, an outcome), if any. */
  children?: ReactNode
}

/**
 * An office decision asked for in a prompt: the fields it needs, why the API refused the last try,
 * Cancel and the decision. A recorded decision closes the prompt with a toast.
 */
export function DecisionPrompt({ title, description, tone, decision, ready, request, decide, done, onClose, children }: DecisionPromptProps) {
  // mutateAsync rather than mutate callbacks: a decision often removes the button that opened this
  // prompt (a revoked batch has no "revoke"), and callbacks given to mutate die with their component.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    try {
      await decide()
      toast.success(done)
      onClose()
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <Prompt open variant={tone} onOpenChange={(open) => !open && onClose()}>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          {(children || Boolean(request.error)) && (
            <div className="flex flex-col gap-y-2 px-6 pt-4">
              {children}
              <RefusalAlert error={request.error} />
            </div>
          )}
          <Prompt.Footer>
            <Prompt.Cancel type="button">{t.common.cancel}</Prompt.Cancel>
            <Button size="small" type="submit" variant={tone === "danger" ? "danger" : "primary"} disabled={!ready} isLoading={request.isPending}>
              {decision}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

interface DecisionButtonProps extends Omit<DecisionPromptProps, "onClose"> {
  /** The button that opens the prompt: its words, and how it looks when they differ from the decision's. */
  opener: { label: string; variant: "primary" | "secondary" | "danger" | "transparent"; className?: string }
}

/** A button opening a {@link DecisionPrompt}; each opening starts without the last refusal. */
export function DecisionButton({ opener, ...prompt }: DecisionButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        size="small"
        variant={opener.variant}
        className={opener.className}
        onClick={() => {
          prompt.request.reset()
          setOpen(true)
        }}
      >
        {opener.label}
      </Button>
      {open && (
        <DecisionPrompt {...prompt} onClose={() => setOpen(false)} />
      )}
    </>
  )
}
