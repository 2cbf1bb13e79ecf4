/** How shoppers reach a producer, as its members publish it in the portal; null where not published. */
export interface ProducerContact {
  phone: string | null
  email: string | null
}

export function producerContact(producer: { phone?: string | null; email?: string | null }): ProducerContact {
  return { phone: producer.phone ?? null, email: producer.email ?? null }
}

/**
 * Who is told about something that happened to a producer: its public contact address, when it has
 * one, and every member of its portal; once each, however the addresses are capitalised.
 */
export function producerRecipients(producer: { email?: string | null }, members: { email?: string | null }[]): string[] {
  const addresses = [producer.email, ...members.map((member) => member.email)].filter((email): email is string => Boolean(email))
  return [...new Set(addresses.map((email) => email.toLowerCase()))]
}
