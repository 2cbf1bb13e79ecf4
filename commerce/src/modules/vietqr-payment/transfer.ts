import { randomBytes } from "node:crypto"
import { QRPay } from "vietnam-qr-pay"

export interface BankAccount {
  /** NAPAS bank identification number (6 digits, e.g. 970436 for Vietcombank). */
  bankBin: string
  bankName: string
  accountNumber: string
  accountName: string
}

export interface TransferInstructions {
  reference: string
  amount: number
  qr_payload: string
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
}

// No 0/O/1/I: the shopper may type the reference by hand into a banking app.
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A transfer reference such as "OCOP7KQ2M9XA": short, unambiguous, safe in every bank's memo field. */
export function newTransferReference(): string {
  const bytes = randomBytes(8)
  let reference = "OCOP"
  for (const byte of bytes) reference += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]
  return reference
}

/**
 * The reference inside a line of a bank statement as the office copies it ("MBVCB.1234.ocop 7kq2
 * m9xa.CT tu ..."): banks upper- or lower-case the memo and some break it with spaces or dots.
 * Null when the text holds none.
 */
export function findTransferReference(statement: string): string | null {
  const compact = statement.toUpperCase().replace(/[\s.\-_]+/g, "")
  const match = new RegExp(`OCOP[${REFERENCE_ALPHABET}]{8}`).exec(compact)
  return match ? match[0] : null
}

/**
 * The EMVCo/NAPAS VietQR payload for one transfer of an exact amount in VND with the reference as
 * its content, which is what lets the office match the incoming transfer to the order.
 */
export function transferInstructions(account: BankAccount, amount: number, reference: string): TransferInstructions {
  if (!Number.isInteger(amount) || amount <= 0) throw new Error(`A VietQR transfer needs a positive whole VND amount, got ${amount}`)
  const qr = QRPay.initVietQR({ bankBin: account.bankBin, bankNumber: account.accountNumber, amount: String(amount), purpose: reference })
  return {
    reference,
    amount,
    qr_payload: qr.build(),
    bank_bin: account.bankBin,
    bank_name: account.bankName,
    account_number: account.accountNumber,
    account_name: account.accountName,
  }
}
