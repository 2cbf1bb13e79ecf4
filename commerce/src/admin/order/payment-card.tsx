import type { HttpTypes } from "@medusajs/framework/types"
import { StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { formatDateTime } from "../lib/format"
import { labelOf, t } from "../lib/i18n"
import { QueryCard } from "../lib/query-card"
import { sdk } from "../lib/sdk"
import { paymentSummary, type OrderPaymentRow, type PaymentState } from "./payment"

const PAYMENT_FIELDS = [
  "id",
  "created_at",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.data",
].join(",")

const stateColor: Record<PaymentState, "orange" | "green" | "red" | "grey"> = {
  awaiting_transfer: "orange",
  partially_paid: "orange",
  paid: "green",
  canceled: "red",
  authorized: "grey",
}

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

type PaymentOrder = { created_at: string; payment_collections?: { payments?: OrderPaymentRow[] | null }[] | null }

/** How the order is paid and, for a bank transfer, what the office needs to find the money: reference, amount, deadline. */
export function OrderPaymentCard({ order }: { order: HttpTypes.AdminOrder }) {
  const text = t.orderPayment
  const query = useQuery({
    // Capturing the payment is a Medusa action that refetches the order: its new status refetches this.
    queryKey: ["ocop-order-payment", order.id, order.payment_status],
    queryFn: async () => {
      // The transfer window is the server's (TRANSFER_PAYMENT_HOURS), which this bundle cannot read.
      const [{ order: paid }, settings] = await Promise.all([
        sdk.admin.order.retrieve(order.id, { fields: PAYMENT_FIELDS }),
        sdk.client.fetch<{ transfer_payment_hours: number }>("/admin/ocop/checkout-settings"),
      ])
      return paymentSummary(paid as unknown as PaymentOrder, settings.transfer_payment_hours)
    },
  })
  return (
    <QueryCard title={text.title} subtitle={text.explain} query={query} loadError={text.loadError} testId="ocop-order-payment">
      {(summary) =>
        summary === null ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {text.none}
          </Text>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 px-6 py-4 text-sm">
            <dt className="text-ui-fg-subtle">{text.method}</dt>
            <dd data-testid="ocop-payment-method">{labelOf(text.methods, summary.method)}</dd>
            <dt className="text-ui-fg-subtle">{text.state}</dt>
            <dd>
              <StatusBadge color={stateColor[summary.state]} data-testid="ocop-payment-state">
                {labelOf(text.states, summary.state)}
              </StatusBadge>
            </dd>
            {summary.reference && (
              <>
                <dt className="text-ui-fg-subtle">{text.reference}</dt>
                <dd className="font-mono font-semibold select-all" data-testid="ocop-transfer-reference">
                  {summary.reference}
                </dd>
              </>
            )}
            {summary.amount !== null && (
              <>
                <dt className="text-ui-fg-subtle">{text.amount}</dt>
                <dd>{vnd.format(summary.amount)}</dd>
              </>
            )}
            {summary.received !== null && summary.amount !== null && (
              <>
                <dt className="text-ui-fg-subtle">{text.received}</dt>
                <dd data-testid="ocop-payment-received">
                  {vnd.format(summary.received)} · {text.outstanding} {vnd.format(summary.amount - summary.received)}
                </dd>
              </>
            )}
            {summary.due_at && (
              <>
                <dt className="text-ui-fg-subtle">{text.dueAt}</dt>
                <dd data-testid="ocop-transfer-due">
                  {formatDateTime(summary.due_at)}
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {text.dueExplain}
                  </Text>
                </dd>
              </>
            )}
          </dl>
        )
      }
    </QueryCard>
  )
}
