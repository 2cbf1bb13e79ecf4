import { Container, Heading, Input, Label, Table } from "@medusajs/ui"
import { useMemo } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { ChoiceSelect } from "../certification/decision-fields"
import { withOffset } from "../certification/list-search-params"
import { labelOf, t } from "../lib/i18n"
import { PagedResults } from "../lib/paged-results"
import { useDebouncedCommit } from "../lib/use-debounced-commit"
import { ProducerStatusBadge } from "./producer-status-badge"
import { PRODUCER_PAGE_SIZE, useProducers } from "./queries"
import { PRODUCER_STATUSES, type AdminProducerListItem, type ProducerFilters, type ProducerStatus } from "./types"

// Radix Select items cannot carry an empty value, so "every status" needs a value of its own.
const ALL = "all"

/** Search, status and page live in the URL, so the list a reviewer left is the one they come back to. */
function filtersOf(params: URLSearchParams): ProducerFilters {
  const offset = params.get("offset") ?? ""
  return {
    q: params.get("q")?.trim() || undefined,
    status: PRODUCER_STATUSES.find((status) => status === params.get("status")),
    offset: /^\d+$/.test(offset) ? Number(offset) : 0,
  }
}

function withParam(params: URLSearchParams, name: "q" | "status", value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params)
  if (value === undefined || value.trim() === "") next.delete(name)
  else next.set(name, value)
  next.delete("offset")
  return next
}

export function ProducerList() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => filtersOf(params), [params])
  const { data, isPending, isFetching, error, refetch } = useProducers(filters)
  const producers = data?.producers ?? []
  const setParam = (name: "q" | "status", value: string | undefined) => setParams((current) => withParam(current, name, value), { replace: true })
  const [draft, setDraft] = useDebouncedCommit(params.get("q") ?? "", (q) => setParam("q", q))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t.producers.title}</Heading>
      </div>
      <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3">
        <div className="flex flex-col gap-y-1 md:col-span-2">
          <Label htmlFor="producer-search" size="xsmall" weight="plus">
            {t.producers.search}
          </Label>
          <Input id="producer-search" type="search" size="small" placeholder={t.producers.searchPlaceholder} value={draft} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="producer-status" size="xsmall" weight="plus">
            {t.producers.status}
          </Label>
          <ChoiceSelect
            id="producer-status"
            value={filters.status ?? ALL}
            options={[{ value: ALL, label: t.producers.allStatuses }, ...PRODUCER_STATUSES.map((value) => ({ value, label: labelOf(t.producerStatus, value) }))]}
            onChange={(next) => setParam("status", next === ALL ? undefined : (next as ProducerStatus))}
          />
        </div>
      </div>
      <PagedResults
        error={error}
        errorText={t.producers.loadError}
        onRetry={refetch}
        isPending={isPending}
        isFetching={isFetching}
        isEmpty={producers.length === 0}
        emptyText={t.producers.empty}
        count={data?.count ?? 0}
        offset={filters.offset}
        pageSize={PRODUCER_PAGE_SIZE}
        onOffsetChange={(offset) => setParams((current) => withOffset(current, offset))}
      >
        <ProducerTable producers={producers} />
      </PagedResults>
    </Container>
  )
}

function ProducerTable({ producers }: { producers: AdminProducerListItem[] }) {
  const navigate = useNavigate()
  const columns = t.producers.columns
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{columns.name}</Table.HeaderCell>
          <Table.HeaderCell>{columns.type}</Table.HeaderCell>
          <Table.HeaderCell>{columns.location}</Table.HeaderCell>
          <Table.HeaderCell>{columns.status}</Table.HeaderCell>
          <Table.HeaderCell>{columns.members}</Table.HeaderCell>
          <Table.HeaderCell>{columns.products}</Table.HeaderCell>
          <Table.HeaderCell>{columns.openLines}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {producers.map((producer) => (
          <Table.Row key={producer.id} className="cursor-pointer" onClick={() => navigate(`/producers/${producer.id}`)}>
            <Table.Cell className="max-w-[320px]">
              <div className="flex flex-col">
                <Link to={`/producers/${producer.id}`} className="text-ui-fg-base truncate font-medium" onClick={(event) => event.stopPropagation()}>
                  {producer.name}
                </Link>
                <span className="text-ui-fg-muted txt-compact-xsmall truncate">{producer.handle}</span>
              </div>
            </Table.Cell>
            <Table.Cell>{labelOf(t.producerType, producer.type)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{producer.province}</span>
                <span className="text-ui-fg-muted txt-compact-xsmall">{producer.commune || t.common.none}</span>
              </div>
            </Table.Cell>
            <Table.Cell>
              <ProducerStatusBadge status={producer.status} reason={producer.status_reason} />
            </Table.Cell>
            <Table.Cell>{producer.members_count}</Table.Cell>
            <Table.Cell>{producer.products_count}</Table.Cell>
            <Table.Cell>
              {/* A suspended producer that still owes buyers is what the office must follow up. */}
              <span className={producer.open_lines_count > 0 && producer.status === "suspended" ? "text-ui-fg-error font-medium" : undefined}>{producer.open_lines_count}</span>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
