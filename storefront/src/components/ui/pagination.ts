/** A page link, or a gap standing for the pages left out between two links. */
export type PageLink = number | "gap"

/**
 * The page links a listing shows: the first, the last, and the current page with its neighbours.
 * A gap of a single page shows that page instead of an ellipsis, which would hide no more than it.
 */
export function pageLinks(current: number, pages: number): PageLink[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b)
  const links: PageLink[] = []
  for (const [index, page] of shown.entries()) {
    const previous = shown[index - 1]
    if (previous !== undefined && page - previous === 2) links.push(previous + 1)
    else if (previous !== undefined && page - previous > 2) links.push("gap")
    links.push(page)
  }
  return links
}

/**
 * The page to send a shopper to when the one they asked for is past the end (products sold out or
 * delisted since the link was made, or a page typed by hand): the last page that has products, or
 * the first when nothing matches. Null when the page asked for is within the listing.
 */
export function pageWithinListing(page: number, total: number, pageSize: number): number | null {
  const last = Math.max(1, Math.ceil(total / pageSize))
  return page > last ? last : null
}
