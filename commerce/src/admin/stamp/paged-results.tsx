import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../certification/queries"
import { t } from "../lib/i18n"
import { STAMP_PAGE_SIZE } from "./queries"

/**
 * One page of a stamp list: the load error, or the table with its empty and loading text and the
 * pager (offset-based, STAMP_PAGE_SIZE rows), faded while the next page loads.
 */
export function PagedResults({
  error,
  errorText,
  isPending,
  isFetching = false,
  isEmpty,
  emptyText,
  count,
  offset,
  onOffsetChange,
  children,
}: {
  error: unknown
  errorText: string
  isPending: boolean
  isFetching?: boolean
  isEmpty: boolean
  emptyText: string
  count: number
  offset: number
  onOffsetChange: (offset: number) => void
  children: ReactNode
}) {
  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {errorMessage(error, errorText)}
      </Text>
    )
  }
  return (
    <div className={isFetching && !isPending ? "opacity-60 transition-opacity" : undefined}>
      {children}
      {isEmpty && (
        <Text size="small" className="text-ui-fg-muted px-6 py-6 text-center">
          {isPending ? t.common.loading : emptyText}
        </Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={STAMP_PAGE_SIZE}
        pageIndex={Math.floor(offset / STAMP_PAGE_SIZE)}
        pageCount={Math.max(1, Math.ceil(count / STAMP_PAGE_SIZE))}
        canPreviousPage={offset > 0}
        canNextPage={offset + STAMP_PAGE_SIZE < count}
        previousPage={() => onOffsetChange(Math.max(0, offset - STAMP_PAGE_SIZE))}
        nextPage={() => onOffsetChange(offset + STAMP_PAGE_SIZE)}
        translations={t.list.pagination}
      />
    </div>
  )
}
