import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { newTransferReference, transferInstructions, type BankAccount } from "./transfer"

type Options = Partial<BankAccount>

function wholeVnd(amount: unknown): number {
  return Math.round(Number(amount))
}

/**
 * Bank transfer by VietQR. Placing the order only records the promise to pay ("authorized"): the
 * shopper scans the QR with any banking app, and the programme office marks the order paid by
 * capturing the payment in the admin once the transfer with that reference has arrived.
 */
export default class VietQrPaymentProvider extends AbstractPaymentProvider<Options> {
  static identifier = "vietqr"
  private readonly account: BankAccount

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["bankBin", "bankName", "accountNumber", "accountName"] as const) {
      if (typeof options[key] !== "string" || !options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR payment needs the "${key}" option`)
    }
    if (!/^\d{6}$/.test(options.bankBin as string)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "VietQR bankBin must be the 6-digit NAPAS bank BIN")
  }

  constructor(container: Record<string, unknown>, options: Options) {
    super(container, options)
    this.account = options as BankAccount
  }

  async initiatePayment({ amount }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const instructions = transferInstructions(this.account, wholeVnd(amount), newTransferReference())
    return { id: instructions.reference, data: { ...instructions } }
  }

  async updatePayment({ amount, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // The cart changed after the QR was made: same reference, new exact amount.
    const reference = typeof data?.reference === "string" ? data.reference : newTransferReference()
    return { data: { ...transferInstructions(this.account, wholeVnd(amount), reference) } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...data, awaiting_transfer: true } }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, awaiting_transfer: false, received_at: new Date().toISOString() } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: data?.received_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, canceled_at: new Date().toISOString() } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async refundPayment({ data, amount }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    // The refund itself is a transfer the office makes from its bank; this records it.
    return { data: { ...data, refunded_amount: wholeVnd(amount), refunded_at: new Date().toISOString() } }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
