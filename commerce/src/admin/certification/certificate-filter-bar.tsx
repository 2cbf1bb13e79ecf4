import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import type { ComponentProps } from "react"
import { useSearchParams } from "react-router-dom"
import { labelOf, t } from "../lib/i18n"
import { useDebouncedCommit } from "../lib/use-debounced-commit"
import { withFilter, type FilterParam } from "./list-search-params"
import { starsText } from "./stars"
import { CERTIFICATE_STATUSES, STARS } from "./types"

// Radix Select items cannot carry an empty value, so "no filter" needs a value of its own.
const ANY = "any"

const FILTER_PARAMS: FilterParam[] = ["status", "stars", "province", "expiring", "q"]

export function CertificateFilterBar() {
  const [params, setParams] = useSearchParams()
  const setFilter = (name: FilterParam, value: string | undefined) =>
    setParams((current) => withFilter(current, name, value), { replace: true })
  const expiring = params.get("expiring") ?? ""
  const hasFilters = FILTER_PARAMS.some((name) => params.has(name))

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-5">
        <FilterSelect
          id="certificate-filter-status"
          label={t.filters.status}
          value={params.get("status") ?? ANY}
          anyLabel={t.filters.allStatuses}
          options={CERTIFICATE_STATUSES.map((status) => ({ value: status, label: labelOf(t.certificateStatus, status) }))}
          onChange={(value) => setFilter("status", value)}
        />
        <FilterSelect
          id="certificate-filter-stars"
          label={t.filters.stars}
          value={params.get("stars") ?? ANY}
          anyLabel={t.filters.allStars}
          options={STARS.map((stars) => ({ value: String(stars), label: `${starsText(stars)} ${t.common.stars(stars)}` }))}
          onChange={(value) => setFilter("stars", value)}
        />
        <FilterInput
          id="certificate-filter-province"
          label={t.filters.province}
          value={params.get("province") ?? ""}
          onCommit={(value) => setFilter("province", value)}
        />
        <FilterInput
          id="certificate-filter-expiring"
          label={t.filters.expiringWithin}
          type="number"
          min={0}
          max={3650}
          step={1}
          value={expiring}
          onCommit={(value) => setFilter("expiring", /^\d+$/.test(value) ? value : undefined)}
        />
        <FilterInput
          id="certificate-filter-q"
          label={t.filters.q}
          type="search"
          placeholder={t.filters.qPlaceholder}
          value={params.get("q") ?? ""}
          onCommit={(value) => setFilter("q", value)}
        />
      </div>
      {hasFilters && (
        <div className="flex items-center justify-between gap-x-2">
          <Text size="xsmall" className="text-ui-fg-muted">
            {expiring ? t.filters.expiringHint : null}
          </Text>
          <Button
            size="small"
            variant="transparent"
            onClick={() =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current)
                  FILTER_PARAMS.forEach((name) => next.delete(name))
                  next.delete("offset")
                  return next
                },
                { replace: true }
              )
            }
          >
            {t.filters.clear}
          </Button>
        </div>
      )}
    </div>
  )
}

interface FilterSelectProps {
  id: string
  label: string
  value: string
  anyLabel: string
  options: { value: string; label: string }[]
  onChange: (value: string | undefined) => void
}

function FilterSelect({ id, label, value, anyLabel, options, onChange }: FilterSelectProps) {
  return (
    <div className="flex flex-col justify-between gap-y-1">
      <Label htmlFor={id} size="xsmall" weight="plus">
        {label}
      </Label>
      <Select size="small" value={value} onValueChange={(next) => onChange(next === ANY ? undefined : next)}>
        <Select.Trigger id={id}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>{anyLabel}</Select.Item>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

interface FilterInputProps extends Omit<ComponentProps<typeof Input>, "value" | "onChange" | "size"> {
  id: string
  label: string
  value: string
  onCommit: (value: string) => void
}

function FilterInput({ id, label, value, onCommit, ...inputProps }: FilterInputProps) {
  const [draft, setDraft] = useDebouncedCommit(value, onCommit)
  return (
    <div className="flex flex-col justify-between gap-y-1">
      <Label htmlFor={id} size="xsmall" weight="plus">
        {label}
      </Label>
      <Input id={id} size="small" value={draft} onChange={(event) => setDraft(event.target.value)} {...inputProps} />
    </div>
  )
}
