import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { inputsFingerprint, isBuildCurrent, recordBuild } from "./build-cache.ts"

function project() {
  const root = mkdtempSync(join(tmpdir(), "ocop-build-"))
  mkdirSync(join(root, "src"))
  writeFileSync(join(root, "src/page.ts"), "export const a = 1")
  writeFileSync(join(root, "package.json"), "{}")
  return root
}

describe("build cache", () => {
  it("keeps the fingerprint when nothing changed and changes it when a source changes", () => {
    const root = project()
    const before = inputsFingerprint(root, ["src", "package.json"])
    expect(inputsFingerprint(root, ["src", "package.json"])).toBe(before)
    writeFileSync(join(root, "src/page.ts"), "export const a = 2")
    expect(inputsFingerprint(root, ["src", "package.json"])).not.toBe(before)
  })

  it("ignores node_modules and dot folders", () => {
    const root = project()
    const before = inputsFingerprint(root, ["src"])
    mkdirSync(join(root, "src/node_modules"))
    writeFileSync(join(root, "src/node_modules/x.js"), "x")
    mkdirSync(join(root, "src/.cache"))
    writeFileSync(join(root, "src/.cache/y"), "y")
    expect(inputsFingerprint(root, ["src"])).toBe(before)
  })

  it("calls a build current only when its output exists and the stamp matches", () => {
    const root = project()
    const stamp = join(root, "stamps/app")
    const output = join(root, "dist.js")
    expect(isBuildCurrent(stamp, "abc", output)).toBe(false)
    recordBuild(stamp, "abc")
    expect(isBuildCurrent(stamp, "abc", output)).toBe(false)
    writeFileSync(output, "built")
    expect(isBuildCurrent(stamp, "abc", output)).toBe(true)
    expect(isBuildCurrent(stamp, "def", output)).toBe(false)
  })
})
