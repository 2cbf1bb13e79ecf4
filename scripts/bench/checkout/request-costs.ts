/** "/store/carts/cart_01J…/line-items" → "/store/carts/:id/line-items"; a product page's handle → ":handle". */
export function routePattern(route: string): string {
  return route.replace(/\/store\/ocop\/products\/[a-z0-9-]+/, "/store/ocop/products/:handle").replace(/\/[a-z]+(?:_[a-z]+)*_[0-9A-Z]{26}(?=\/|$)/g, "/:id")
}

/**
 * The lines request-costs.cjs wrote, by route, most costly per checkout first: route, requests per
 * checkout, SQL statements per request, CPU ms per request, CPU ms per checkout.
 */
export function requestCostRows(jsonLines: string, checkouts: number): string[][] {
  const byRoute = new Map<string, { count: number; statements: number; cpuMs: number }>()
  for (const line of jsonLines.split("\n").filter(Boolean)) {
    const cost = JSON.parse(line) as { route: string; statements: number; cpuMs: number }
    const route = routePattern(cost.route)
    const total = byRoute.get(route) ?? { count: 0, statements: 0, cpuMs: 0 }
    byRoute.set(route, { count: total.count + 1, statements: total.statements + cost.statements, cpuMs: total.cpuMs + cost.cpuMs })
  }
  return [...byRoute]
    .sort((a, b) => b[1].cpuMs - a[1].cpuMs)
    .map(([route, total]) => [route, (total.count / checkouts).toFixed(1), (total.statements / total.count).toFixed(0), (total.cpuMs / total.count).toFixed(0), (total.cpuMs / checkouts).toFixed(0)])
}
