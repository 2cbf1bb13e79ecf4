import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  CertificateDetailResponse,
  CertificateFilters,
  CertificateListResponse,
  CertificateResponse,
  CertificateSummaryResponse,
  DecisionInput,
  IssueCertificateInput,
  ProductCertificateResponse,
  StatusAction,
} from "./types"

const BASE = "/admin/ocop/certificates"

// Every query shares the first key, so one invalidation after any change refreshes the list, the
// overview, every detail and the product widget: a status change moves all of them.
const certificateKeys = {
  all: ["ocop-certificates"] as const,
  list: (filters: CertificateFilters) => [...certificateKeys.all, "list", filters] as const,
  summary: () => [...certificateKeys.all, "summary"] as const,
  detail: (id: string) => [...certificateKeys.all, "detail", id] as const,
  product: (productId: string) => [...certificateKeys.all, "product", productId] as const,
}

/** Leaves out empty filters: the API rejects `province=` and the like. */
function queryOf(filters: CertificateFilters): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== null && value !== "")
  ) as Record<string, string | number>
}

export function useCertificates(filters: CertificateFilters) {
  return useQuery({
    queryKey: certificateKeys.list(filters),
    queryFn: () => sdk.client.fetch<CertificateListResponse>(BASE, { query: queryOf(filters) }),
    placeholderData: keepPreviousData,
  })
}

export function useCertificateSummary() {
  return useQuery({
    queryKey: certificateKeys.summary(),
    queryFn: () => sdk.client.fetch<CertificateSummaryResponse>(`${BASE}/summary`),
  })
}

export function useCertificate(id: string) {
  return useQuery({
    queryKey: certificateKeys.detail(id),
    queryFn: () => sdk.client.fetch<CertificateDetailResponse>(`${BASE}/${id}`),
    select: (data) => data.certificate,
  })
}

export function useProductCertificate(productId: string) {
  return useQuery({
    queryKey: certificateKeys.product(productId),
    queryFn: () => sdk.client.fetch<ProductCertificateResponse>(`/admin/ocop/products/${productId}/certificate`),
  })
}

function useInvalidateCertificates() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: certificateKeys.all })
}

export function useIssueCertificate() {
  const invalidate = useInvalidateCertificates()
  return useMutation({
    mutationFn: (body: IssueCertificateInput) =>
      sdk.client.fetch<CertificateResponse>(BASE, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useCertificateStatusAction(id: string) {
  const invalidate = useInvalidateCertificates()
  return useMutation({
    mutationFn: ({ action, reason }: { action: StatusAction; reason?: string }) =>
      sdk.client.fetch<CertificateResponse>(`${BASE}/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSuccess: invalidate,
  })
}

/** Resolves with the new certificate, which supersedes the one renewed. */
export function useRenewCertificate(id: string) {
  const invalidate = useInvalidateCertificates()
  return useMutation({
    mutationFn: (body: DecisionInput) =>
      sdk.client.fetch<CertificateResponse>(`${BASE}/${id}/renew`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useProductSearch(q: string) {
  return useQuery({
    queryKey: ["ocop-product-search", q],
    queryFn: () => sdk.admin.product.list({ q: q || undefined, fields: "id,title,handle", limit: 10 }),
    placeholderData: keepPreviousData,
  })
}
