import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { LoadError } from "./load-error"

interface QueryCardProps<T> {
  title: string
  /** A line under the heading saying what the card is for. */
  subtitle?: string
  query: { data: T | undefined; isPending: boolean; isFetching: boolean; error: unknown; refetch: () => unknown }
  loadError: string
  /** The skeleton's height while loading, close to the content's so the page does not jump. */
  skeleton?: "h-16" | "h-24"
  testId?: string
  children: (data: T) => ReactNode
}

/** A dashboard card fed by one query: its heading, then a skeleton while it loads, its error, or its content. */
export function QueryCard<T>({ title, subtitle, query, loadError, skeleton = "h-16", testId, children }: QueryCardProps<T>) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {query.isPending ? (
        <div className="px-6 py-4">
          <Skeleton className={`${skeleton} w-full`} />
        </div>
      ) : query.error || query.data === undefined ? (
        <LoadError text={loadError} onRetry={query.refetch} retrying={query.isFetching} />
      ) : (
        children(query.data)
      )}
    </Container>
  )
}
