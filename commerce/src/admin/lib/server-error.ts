/** The HTTP status the admin SDK attached to a failed request (its FetchError), or null for a network failure. */
function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : null
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.trim() : ""
}

/** Whether a detail page's record does not exist: a 404, or an id the API rejects as malformed ("Invalid path: id: …"). */
export function isNotFound(error: unknown): boolean {
  const status = statusOf(error)
  return status === 404 || (status === 400 && messageOf(error).startsWith("Invalid path"))
}

const VALIDATION_PREFIX = /^Invalid (?:body|query|path|request): /
// Our field names are snake_case; Medusa's own "Invalid request: Expected: …" keeps its capital word.
const FIELD_PREFIX = /^[a-z_][\w.]*: /

/**
 * Why the API refused an action, for a person: commerce writes "Vietnamese / English", shown here as
 * "Vietnamese (English)", without the "Invalid body: field: " of a validation failure. A network
 * failure or a server fault (5xx, "An unknown error occurred.") says nothing useful: `fallback`.
 */
export function refusalMessage(error: unknown, fallback: string): string {
  const status = statusOf(error)
  const message = messageOf(error)
  if (status === null || status >= 500 || !message) return fallback
  const validation = VALIDATION_PREFIX.exec(message)
  if (!validation) return bilingual(message)
  return message
    .slice(validation[0].length)
    .split("; ")
    .map((problem) => bilingual(problem.replace(FIELD_PREFIX, "")))
    .join("; ")
}

function bilingual(text: string): string {
  const parts = text.split(" / ")
  // A name quoted in both halves ("Mật ong / Honey") adds one " / " to each: the separator is the middle one.
  if (parts.length % 2 !== 0) return text
  const half = parts.length / 2
  return `${parts.slice(0, half).join(" / ")} (${parts.slice(half).join(" / ")})`
}
