import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { LoadError } from "./load-error"
import { isNotFound } from "./server-error"

interface Props<T> {
  /** The list page this detail belongs to, and the link's label. */
  back: { to: string; label: string }
  query: { data: T | undefined; isPending: boolean; isFetching: boolean; error: Error | null; refetch: () => unknown }
  /** Shown for a 404 or a malformed id: retrying cannot help. */
  notFound: string
  /** Shown with a retry button when loading failed otherwise (network, server). */
  loadError: string
  /** The record's main column and its side column (narrower, right of the main on wide screens). */
  children: (record: T) => { main: ReactNode; side: ReactNode }
}

/** The frame every admin detail page shares: back link, loading and error states, two columns. */
export function DetailPage<T>({ back, query, notFound, loadError, children }: Props<T>) {
  const columns = query.data === undefined ? null : children(query.data)
  return (
    <div className="flex flex-col gap-y-3">
      <Link to={back.to} className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small flex items-center gap-x-1 self-start">
        <ArrowLeft />
        {back.label}
      </Link>
      {query.isPending ? (
        <Container>
          <Skeleton className="h-48 w-full" />
        </Container>
      ) : query.error && !isNotFound(query.error) ? (
        <Container className="p-0">
          <LoadError text={loadError} onRetry={query.refetch} retrying={query.isFetching} />
        </Container>
      ) : !columns ? (
        <Container>
          <Text size="small" className="text-ui-fg-error">
            {notFound}
          </Text>
        </Container>
      ) : (
        <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
          <div className="flex w-full flex-col gap-y-3">{columns.main}</div>
          <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">{columns.side}</div>
        </div>
      )}
    </div>
  )
}

/** A titled box of a detail page, its rows divided. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
      </div>
      {children}
    </Container>
  )
}

/** A section's quiet line, such as "none yet". */
export function DetailNote({ children }: { children: ReactNode }) {
  return (
    <Text size="small" className="text-ui-fg-muted px-6 py-4">
      {children}
    </Text>
  )
}
