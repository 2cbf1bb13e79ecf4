import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { InviteMemberResponse, MemberRole, ProducerDetailResponse, ProducerFilters, ProducerListResponse, StatusChange } from "./types"

const BASE = "/admin/ocop/producers"

export const PRODUCER_PAGE_SIZE = 20

// One root key: a status change moves the producer in the filtered list and its detail alike.
const producerKeys = {
  all: ["ocop-producers"] as const,
  list: (filters: ProducerFilters) => [...producerKeys.all, "list", filters] as const,
  detail: (id: string) => [...producerKeys.all, "detail", id] as const,
}

export function useProducers(filters: ProducerFilters) {
  return useQuery({
    queryKey: producerKeys.list(filters),
    queryFn: () =>
      sdk.client.fetch<ProducerListResponse>(BASE, {
        // The API rejects an empty q, so a cleared search box sends none.
        query: { limit: PRODUCER_PAGE_SIZE, offset: filters.offset, ...(filters.q ? { q: filters.q } : {}), ...(filters.status ? { status: filters.status } : {}) },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useProducer(id: string) {
  return useQuery({
    queryKey: producerKeys.detail(id),
    queryFn: () => sdk.client.fetch<ProducerDetailResponse>(`${BASE}/${id}`),
  })
}

function useInvalidateProducers() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: producerKeys.all })
}

export function useChangeProducerStatus(id: string) {
  const invalidate = useInvalidateProducers()
  return useMutation({
    mutationFn: (change: StatusChange) => sdk.client.fetch<unknown>(`${BASE}/${id}/status`, { method: "POST", body: change }),
    onSuccess: invalidate,
  })
}

export function useInviteProducerMember(id: string) {
  const invalidate = useInvalidateProducers()
  return useMutation({
    mutationFn: (body: { email: string; role: MemberRole }) => sdk.client.fetch<InviteMemberResponse>(`${BASE}/${id}/invites`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}
