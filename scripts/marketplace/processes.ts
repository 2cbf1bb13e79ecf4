import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"
import { repoRoot } from "./paths.ts"

export interface Command {
  /** Path of a JavaScript entry point, run with this very Node (the pinned Node 24). */
  script: string
  args: string[]
  cwd: string
  env?: NodeJS.ProcessEnv
}

export const bin = {
  medusa: join(repoRoot, "node_modules/@medusajs/cli/cli.js"),
  astro: join(repoRoot, "node_modules/astro/bin/astro.mjs"),
  playwright: join(repoRoot, "node_modules/@playwright/test/cli.js"),
  vitest: join(repoRoot, "node_modules/vitest/vitest.mjs"),
  tsc: join(repoRoot, "node_modules/typescript/bin/tsc"),
}

const baseEnv = { MEDUSA_DISABLE_TELEMETRY: "true", ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" }

/** Runs a command to completion; its output is kept and shown only if it fails, to keep the start readable. */
export function run(command: Command, options: { stream?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command.script, ...command.args], {
      cwd: command.cwd,
      env: { ...process.env, ...baseEnv, ...command.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (options.stream) process.stdout.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output)
      else {
        const shown = options.stream ? "" : `\n${output.trim().split("\n").slice(-60).join("\n")}`
        reject(new Error(`${command.args.join(" ")} in ${command.cwd} exited with ${code ?? signal}${shown}`))
      }
    })
  })
}

export interface Service {
  name: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts a long-running server whose output is prefixed with its name. */
export function startService(name: string, command: Command, options: { quiet?: boolean } = {}): Service {
  const child = spawn(process.execPath, [command.script, ...command.args], {
    cwd: command.cwd,
    env: { ...process.env, ...baseEnv, ...command.env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  // If this process ends abruptly (another exit hook calls process.exit first), take the server with it.
  const orphanGuard = () => child.kill("SIGTERM")
  process.once("exit", orphanGuard)
  child.once("exit", () => process.removeListener("exit", orphanGuard))
  const recent: string[] = []
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue
      recent.push(line)
      if (recent.length > 80) recent.shift()
      if (!options.quiet) console.log(`${name.padEnd(10)} | ${line}`)
    }
  }
  child.stdout?.on("data", forward)
  child.stderr?.on("data", forward)
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal === null && options.quiet) {
      console.error(`${name} exited with ${code}. Last output:\n${recent.join("\n")}`)
    }
  })
  return {
    name,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const killer = setTimeout(() => child.kill("SIGKILL"), 10_000)
        child.once("exit", () => {
          clearTimeout(killer)
          resolve()
        })
        child.kill("SIGTERM")
      }),
  }
}

/** Polls `url` until it answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} stopped before it became ready`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${service.name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s`)
}
