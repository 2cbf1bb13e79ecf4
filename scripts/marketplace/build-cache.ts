import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"

/**
 * Builds are skipped when none of their inputs changed since the last successful build, which is
 * what keeps a second `npm start` well under a minute.
 */
export function inputsFingerprint(root: string, inputs: string[]): string {
  const hash = createHash("sha256")
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry === "node_modules" || entry.startsWith(".")) continue
        visit(join(path, entry))
      }
    } else {
      hash.update(relative(root, path))
      hash.update(readFileSync(path))
    }
  }
  for (const input of inputs) visit(join(root, input))
  return hash.digest("hex")
}

export function isBuildCurrent(stampFile: string, fingerprint: string, output: string): boolean {
  return existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint
}

export function recordBuild(stampFile: string, fingerprint: string): void {
  mkdirSync(dirname(stampFile), { recursive: true })
  writeFileSync(stampFile, fingerprint)
}
