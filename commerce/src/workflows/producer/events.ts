/** The programme office suspended or reinstated a producer; the producer-status-changed subscriber tells it. */
export const PRODUCER_STATUS_CHANGED = "producer.status_changed"

export interface ProducerStatusChangedData {
  id: string
  status: string
  reason: string | null
  /** When the change was made: one notice per change and address, however often the event comes. */
  changed_at: string
}
