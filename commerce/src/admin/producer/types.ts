import type { OfficeOrderLine } from "../order/types"

export const PRODUCER_STATUSES = ["active", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

export const MEMBER_ROLES = ["staff", "owner"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export interface AdminProducerSummary {
  id: string
  handle: string
  name: string
  type: string
  province: string
  commune: string
  status: ProducerStatus
  status_reason: string | null
}

export interface AdminProducerListItem extends AdminProducerSummary {
  members_count: number
  products_count: number
  /** Order lines placed, prepared, shipped or ready for pickup: not yet delivered or canceled. */
  open_lines_count: number
}

export interface ProducerListResponse {
  producers: AdminProducerListItem[]
  count: number
  limit: number
  offset: number
}

export interface ProducerFilters {
  q?: string
  status?: ProducerStatus
  offset: number
}

export interface ProducerMember {
  id: string
  email: string
  name: string
  role: MemberRole
  created_at: string
}

export interface ProducerInvite {
  id: string
  email: string
  role: MemberRole
  expires_at: string
  created_at: string
}

export interface ProducerProduct {
  id: string
  title: string
  handle: string
  status: string
  sellable: boolean
  /** Code of the listing rule (src/listing/sellable.ts); labelled by t.notSellableReason. */
  reason: string | null
}

/** An order line of the producer not yet delivered or canceled, with the order it belongs to. */
export interface ProducerOpenLine extends OfficeOrderLine {
  order: { id: string; display_id: number | null; placed_at: string | null }
}

export interface ProducerDetailResponse {
  producer: AdminProducerSummary & {
    street: string | null
    legacy_address: string | null
    tax_code: string | null
    phone: string | null
    email: string | null
    created_at: string
  }
  members: ProducerMember[]
  pending_invites: ProducerInvite[]
  products: ProducerProduct[]
  /** Those waiting longest first, at most 50; count is how many there are in all. */
  open_order_lines: { count: number; lines: ProducerOpenLine[] }
}

export interface InviteMemberResponse {
  invite: ProducerInvite
  accept_url: string
}

export type StatusChange = { status: "suspended"; reason: string } | { status: "active" }
