import { StatusBadge } from "@medusajs/ui"
import { labelOf, t } from "../lib/i18n"
import type { CertificateStatus } from "./types"

const colors: Record<CertificateStatus, "green" | "orange" | "red"> = {
  active: "green",
  suspended: "orange",
  revoked: "red",
  expired: "red",
}

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return <StatusBadge color={colors[status] ?? "grey"} className="whitespace-nowrap">{labelOf(t.certificateStatus, status)}</StatusBadge>
}
