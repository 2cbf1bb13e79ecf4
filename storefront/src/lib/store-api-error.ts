/**
 * An error answer from commerce, with the status and the message Medusa gave (e.g. "Cannot sell: …",
 * in both languages); `code` and `details` say what kind of refusal it is without reading the words.
 */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
    /** Seconds to wait before asking again, when commerce refused for too many requests (429). */
    readonly retryAfter: number | null = null,
    /** The kind of refusal: Medusa's (`insufficient_inventory`) or ours (`not_sellable`, `ward_merged`…). */
    readonly code: string | null = null,
    /** What a refusal offers instead, e.g. the ward that absorbed the one typed; unchecked JSON. */
    readonly details: unknown = null
  ) {
    super(message)
    this.name = "StoreApiError"
  }
}
