import { createRequire } from "node:module"
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const patchesDir = dirname(fileURLToPath(import.meta.url))
const repoRoot = join(patchesDir, "..")
const require = createRequire(join(repoRoot, "package.json"))

/** A patch-package file: `@scope+name+version.patch`, unified diffs against node_modules/<package>/… */
function readPatch(file: string) {
  const [, name, version] = file.match(/^(.+)\+([^+]+)\.patch$/)!
  const addedLines = new Map<string, string[]>()
  let target = ""
  for (const line of readFileSync(join(patchesDir, file), "utf8").split("\n")) {
    if (line.startsWith("+++ b/")) {
      target = line.slice("+++ b/".length)
      addedLines.set(target, [])
    } else if (line.startsWith("+") && target) {
      addedLines.get(target)!.push(line.slice(1))
    }
  }
  return { packageName: name!.replace("+", "/"), version: version!, addedLines }
}

const patches = readdirSync(patchesDir).filter((file) => file.endsWith(".patch"))

describe("dependency patches", () => {
  it("are found in patches/", () => {
    expect(patches.length).toBeGreaterThan(0)
  })

  it.each(patches)("%s targets the installed version, so an upgrade has to re-make it", (file) => {
    const { packageName, version } = readPatch(file)
    const installed = JSON.parse(readFileSync(join(repoRoot, "node_modules", packageName, "package.json"), "utf8")) as { version: string }
    expect(installed.version).toBe(version)
  })

  it.each(patches)("%s is applied: every line it adds is in the installed file", (file) => {
    for (const [target, lines] of readPatch(file).addedLines) {
      const installed = readFileSync(join(repoRoot, target), "utf8").split("\n")
      for (const line of lines) expect(installed, `${target} has: ${line.trim()}`).toContain(line)
    }
  })

  it("the workflow orchestrator still finds a step's parent, from the root down", () => {
    const { TransactionOrchestrator } = require("@medusajs/orchestration") as {
      TransactionOrchestrator: { getPreviousStep(flow: unknown, step: { id: string }): unknown }
    }
    const flow = { steps: { _root: { id: "_root" }, "_root.a": { id: "_root.a" }, "_root.a.b": { id: "_root.a.b" } } }
    expect(TransactionOrchestrator.getPreviousStep(flow, { id: "_root.a.b" })).toBe(flow.steps["_root.a"])
    expect(TransactionOrchestrator.getPreviousStep(flow, { id: "_root.a" })).toBe(flow.steps._root)
    // The second lookup of an id is answered from what the first worked out.
    expect(TransactionOrchestrator.getPreviousStep(flow, { id: "_root.a.b" })).toBe(flow.steps["_root.a"])
  })

  it("a workflow that stores no checkpoint is not looked up in the store; one that does still is", async () => {
    const { DistributedTransaction, TransactionOrchestrator } = require("@medusajs/orchestration") as {
      DistributedTransaction: { keyValueStore: unknown; setStorage(storage: unknown): void; loadTransaction(modelId: string, transactionId: string): Promise<unknown> }
      TransactionOrchestrator: { workflowOptions: Record<string, { store?: boolean }> }
    }
    const looked: string[] = []
    const saved = { flow: { transactionId: "t1" } }
    const previousStorage = DistributedTransaction.keyValueStore
    DistributedTransaction.setStorage({
      get: async (key: string) => {
        looked.push(key)
        return saved
      },
    })
    TransactionOrchestrator.workflowOptions["ocop-test-unstored"] = { store: false }
    TransactionOrchestrator.workflowOptions["ocop-test-stored"] = { store: true }
    try {
      expect(await DistributedTransaction.loadTransaction("ocop-test-unstored", "t1")).toBeNull()
      expect(await DistributedTransaction.loadTransaction("ocop-test-stored", "t1")).toBe(saved)
      // A workflow this process has not registered is looked up as before.
      expect(await DistributedTransaction.loadTransaction("ocop-test-unknown", "t1")).toBe(saved)
      expect(looked).toEqual(["dtrx:ocop-test-stored:t1", "dtrx:ocop-test-unknown:t1"])
    } finally {
      DistributedTransaction.setStorage(previousStorage)
      delete TransactionOrchestrator.workflowOptions["ocop-test-unstored"]
      delete TransactionOrchestrator.workflowOptions["ocop-test-stored"]
    }
  })
})
