/** How shoppers reach a producer, as its members publish it in the portal; null where not published. */
export interface ProducerContact {
  phone: string | null
  email: string | null
}

export function producerContact(producer: { phone?: string | null; email?: string | null }): ProducerContact {
  return { phone: producer.phone ?? null, email: producer.email ?? null }
}
