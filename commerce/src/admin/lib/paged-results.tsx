import { Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "./i18n"
import { LoadError } from "./load-error"

/**
 * One page of an admin list: the load error with a retry, or the table with its empty and loading text and the
 * offset-based pager, faded while the next page loads.
 */
export function PagedResults({
  error,
  errorText,
  onRetry,
  isPending,
  isFetching = false,
  isEmpty,
  emptyText,
  count,
  offset,
  pageSize,
  onOffsetChange,
  children,
}: {
  error: unknown
  errorText: string
  onRetry: () => unknown
  isPending: boolean
  isFetching?: boolean
  isEmpty: boolean
  emptyText: string
  count: number
  offset: number
  pageSize: number
  onOffsetChange: (offset: number) => void
  children: ReactNode
}) {
  if (error) {
    return <LoadError text={errorText} onRetry={onRetry} retrying={isFetching} />
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
        pageSize={pageSize}
        pageIndex={Math.floor(offset / pageSize)}
        pageCount={Math.max(1, Math.ceil(count / pageSize))}
        canPreviousPage={offset > 0}
        canNextPage={offset + pageSize < count}
        previousPage={() => onOffsetChange(Math.max(0, offset - pageSize))}
        nextPage={() => onOffsetChange(offset + pageSize)}
        translations={t.list.pagination}
      />
    </div>
  )
}
