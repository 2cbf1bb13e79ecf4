import { listProducts } from "../catalogue/catalogue"
import type { ProductCard } from "../catalogue/types"

const PAGE = 100

/** Every product the listing rule allows right now; expired, suspended and revoked ones never appear. */
export async function allSellableProducts(): Promise<ProductCard[]> {
  const products: ProductCard[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await listProducts({ limit: PAGE, offset, order: "name" })
    products.push(...page.products)
    if (offset + PAGE >= page.count) return products
  }
}
