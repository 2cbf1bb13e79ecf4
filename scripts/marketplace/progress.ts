/** Numbered, timed progress lines so a newcomer can see what the start is doing and how long it takes. */
export interface Progress {
  step<T>(label: string, work: () => Promise<T>): Promise<T>
  note(message: string): void
}

export function createProgress(total: number, write: (line: string) => void = (l) => console.log(l)): Progress {
  let current = 0
  return {
    async step(label, work) {
      current += 1
      const prefix = `[${current}/${total}]`
      write(`${prefix} ${label}…`)
      const started = performance.now()
      try {
        const result = await work()
        write(`${prefix} ${label}: done in ${formatDuration(performance.now() - started)}`)
        return result
      } catch (error) {
        write(`${prefix} ${label}: FAILED after ${formatDuration(performance.now() - started)}`)
        throw error
      }
    },
    note(message) {
      write(`      ${message}`)
    },
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms % 60_000) / 1000)
  return `${minutes} min ${seconds} s`
}
