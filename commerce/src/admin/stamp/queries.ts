import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminStampBatch,
  AdminStampReport,
  IssueStampBatchInput,
  StampBatchListResponse,
  StampBatchStatus,
  StampProductListResponse,
  StampReportListResponse,
  StampReportOutcome,
  StampReportStatus,
  VoidedStamp,
} from "./types"

export const STAMP_PAGE_SIZE = 20

// One root key: issuing or revoking a batch changes the batch list and the per-product totals alike.
const stampKeys = {
  all: ["ocop-stamps"] as const,
  batches: (status: StampBatchStatus | undefined, offset: number) => [...stampKeys.all, "batches", status ?? "all", offset] as const,
  products: (offset: number) => [...stampKeys.all, "products", offset] as const,
  reports: (status: StampReportStatus | undefined, offset: number) => [...stampKeys.all, "reports", status ?? "all", offset] as const,
}

const page = (offset: number) => ({ limit: STAMP_PAGE_SIZE, offset })

export function useStampBatches(status: StampBatchStatus | undefined, offset: number) {
  return useQuery({
    queryKey: stampKeys.batches(status, offset),
    queryFn: () => sdk.client.fetch<StampBatchListResponse>("/admin/ocop/stamp-batches", { query: { ...page(offset), ...(status ? { status } : {}) } }),
    placeholderData: keepPreviousData,
  })
}

export function useStampProducts(offset: number) {
  return useQuery({
    queryKey: stampKeys.products(offset),
    queryFn: () => sdk.client.fetch<StampProductListResponse>("/admin/ocop/stamp-products", { query: page(offset) }),
    placeholderData: keepPreviousData,
  })
}

export function useStampReports(status: StampReportStatus | undefined, offset: number) {
  return useQuery({
    queryKey: stampKeys.reports(status, offset),
    queryFn: () => sdk.client.fetch<StampReportListResponse>("/admin/ocop/stamp-reports", { query: { ...page(offset), ...(status ? { status } : {}) } }),
    placeholderData: keepPreviousData,
  })
}

function useInvalidateStamps() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: stampKeys.all })
}

export function useIssueStampBatch() {
  const invalidate = useInvalidateStamps()
  return useMutation({
    mutationFn: (body: IssueStampBatchInput) => sdk.client.fetch<{ stamp_batch: AdminStampBatch }>("/admin/ocop/stamp-batches", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useRevokeStampBatch(id: string) {
  const invalidate = useInvalidateStamps()
  return useMutation({
    mutationFn: (reason: string) => sdk.client.fetch<{ stamp_batch: AdminStampBatch }>(`/admin/ocop/stamp-batches/${id}/revoke`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  })
}

export function useCloseStampReport(id: string) {
  const invalidate = useInvalidateStamps()
  return useMutation({
    mutationFn: (body: { outcome: StampReportOutcome; note: string }) =>
      sdk.client.fetch<{ stamp_report: AdminStampReport }>(`/admin/ocop/stamp-reports/${id}/close`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** The printable sheets; the admin session cookie authorises the download like any admin request. */
export function stampSheetUrl(batchId: string): string {
  return `/admin/ocop/stamp-batches/${batchId}/pdf?columns=5&rows=7`
}

export function useVoidStamp() {
  const invalidate = useInvalidateStamps()
  return useMutation({
    mutationFn: (body: { serial: string; reason: string }) =>
      sdk.client.fetch<{ stamp: VoidedStamp }>(`/admin/ocop/stamps/${encodeURIComponent(body.serial)}/void`, { method: "POST", body: { reason: body.reason } }),
    onSuccess: invalidate,
  })
}
