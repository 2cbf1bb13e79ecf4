import { Hint, Input, Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { todayInVietnam } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { scoreProblem, starsText } from "./stars"
import { AUTHORITY_LEVELS, REGIMES, STARS, type AuthorityLevel, type DecisionInput, type Regime, type Stars } from "./types"

/** The recognition decision as typed: strings until it is complete. */
export interface DecisionDraft {
  decision_number: string
  decision_date: string
  issuing_authority_name: string
  issuing_authority_level: AuthorityLevel | ""
  regime: Regime | ""
  stars: string
  score: string
}

export const emptyDecisionDraft: DecisionDraft = {
  decision_number: "",
  decision_date: "",
  issuing_authority_name: "",
  issuing_authority_level: "",
  regime: "",
  stars: "",
  score: "",
}

function starsOf(raw: string): Stars | null {
  return STARS.find((stars) => String(stars) === raw) ?? null
}

function scoreOf(raw: string): number | null {
  return raw.trim() === "" ? null : Number(raw)
}

/**
 * The request body for a complete draft, or null while a required field is missing. A score that
 * does not match the stars is only warned about: the API has the last word and says why.
 */
export function decisionFromDraft(draft: DecisionDraft): DecisionInput | null {
  const stars = starsOf(draft.stars)
  const score = scoreOf(draft.score)
  if (
    !draft.decision_number.trim() ||
    !/^\d{4}-\d{2}-\d{2}$/.test(draft.decision_date) ||
    !draft.issuing_authority_name.trim() ||
    !draft.issuing_authority_level ||
    !draft.regime ||
    stars === null ||
    (score !== null && !Number.isFinite(score))
  ) {
    return null
  }
  return {
    decision_number: draft.decision_number.trim(),
    decision_date: draft.decision_date,
    issuing_authority_name: draft.issuing_authority_name.trim(),
    issuing_authority_level: draft.issuing_authority_level,
    regime: draft.regime,
    stars,
    score,
  }
}

interface DecisionFieldsProps {
  idPrefix: string
  value: DecisionDraft
  onChange: (next: DecisionDraft) => void
}

export function DecisionFields({ idPrefix, value, onChange }: DecisionFieldsProps) {
  const set = <K extends keyof DecisionDraft>(key: K, next: DecisionDraft[K]) => onChange({ ...value, [key]: next })
  const id = (name: string) => `${idPrefix}-${name}`
  const problem = scoreProblem(scoreOf(value.score), starsOf(value.stars))

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <Field id={id("number")} label={t.form.decisionNumber}>
        <Input
          id={id("number")}
          required
          placeholder={t.form.decisionNumberPlaceholder}
          value={value.decision_number}
          onChange={(event) => set("decision_number", event.target.value)}
        />
      </Field>
      <Field id={id("date")} label={t.form.decisionDate} hint={t.form.validityNote}>
        <Input
          id={id("date")}
          type="date"
          required
          max={todayInVietnam()}
          value={value.decision_date}
          onChange={(event) => set("decision_date", event.target.value)}
        />
      </Field>
      <Field id={id("authority")} label={t.form.authorityName}>
        <Input
          id={id("authority")}
          required
          placeholder={t.form.authorityNamePlaceholder}
          value={value.issuing_authority_name}
          onChange={(event) => set("issuing_authority_name", event.target.value)}
        />
      </Field>
      <Field id={id("level")} label={t.form.authorityLevel}>
        <ChoiceSelect
          id={id("level")}
          value={value.issuing_authority_level}
          options={AUTHORITY_LEVELS.map((level) => ({ value: level, label: labelOf(t.authorityLevel, level) }))}
          onChange={(next) => set("issuing_authority_level", next as AuthorityLevel)}
        />
      </Field>
      <Field id={id("regime")} label={t.form.regime}>
        <ChoiceSelect
          id={id("regime")}
          value={value.regime}
          options={REGIMES.map((regime) => ({ value: regime, label: labelOf(t.regime, regime) }))}
          onChange={(next) => set("regime", next as Regime)}
        />
      </Field>
      <Field id={id("stars")} label={t.form.stars}>
        <ChoiceSelect
          id={id("stars")}
          value={value.stars}
          options={STARS.map((stars) => ({ value: String(stars), label: `${starsText(stars)} ${t.common.stars(stars)}` }))}
          onChange={(next) => set("stars", next)}
        />
      </Field>
      <Field id={id("score")} label={t.form.score} hint={t.form.scoreRule}>
        <Input
          id={id("score")}
          type="number"
          min={0}
          max={100}
          step="any"
          value={value.score}
          aria-invalid={problem !== null}
          onChange={(event) => set("score", event.target.value)}
        />
        {problem && <Hint variant="error">{problem}</Hint>}
      </Field>
    </div>
  )
}

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )}
    </div>
  )
}

interface ChoiceSelectProps {
  id: string
  value: string
  options: { value: string; label: string }[]
  onChange: (value: string) => void
}

export function ChoiceSelect({ id, value, options, onChange }: ChoiceSelectProps) {
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={t.common.select} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
