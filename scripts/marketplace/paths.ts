import { fileURLToPath } from "node:url"
import { join } from "node:path"

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url))
export const commerceDir = join(repoRoot, "commerce")
export const storefrontDir = join(repoRoot, "storefront")
export const dataDir = join(repoRoot, ".data")
export const searchDir = join(repoRoot, "search")
