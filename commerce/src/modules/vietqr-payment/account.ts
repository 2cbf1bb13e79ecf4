import type { BankAccount } from "./transfer"

const VARIABLES = { bankBin: "VIETQR_BANK_BIN", bankName: "VIETQR_BANK_NAME", accountNumber: "VIETQR_ACCOUNT_NUMBER", accountName: "VIETQR_ACCOUNT_NAME" } as const

/** Not a real account: shoppers see it outside production and under `npm start`, named as a test account. */
export const DEMO_ACCOUNT: BankAccount = { bankBin: "970436", bankName: "Vietcombank", accountNumber: "0000000000", accountName: "CHO OCOP (TAI KHOAN THU NGHIEM)" }

export type VietQrAccountSetting = { account: BankAccount; warning: null } | { account: null; warning: string }

/**
 * The account shoppers transfer to, from VIETQR_* variables. A partial account is refused at start
 * (a QR with no account name or the wrong bank would send money astray); none at all gives the demo
 * account outside production (or with VIETQR_DEMO_ACCOUNT=true), and in production no VietQR, with a
 * warning saying which variables to set.
 */
export function vietQrAccountFromEnv(env: Record<string, string | undefined>, isProduction: boolean): VietQrAccountSetting {
  const entries = Object.entries(VARIABLES).map(([key, name]) => [key, env[name]?.trim() ?? ""] as const)
  const missing = entries.filter(([, value]) => !value).map(([key]) => VARIABLES[key as keyof typeof VARIABLES])
  if (missing.length === 0) return { account: Object.fromEntries(entries) as unknown as BankAccount, warning: null }
  if (missing.length < entries.length) throw new Error(`VietQR bank transfer needs all of ${Object.values(VARIABLES).join(", ")}; missing ${missing.join(", ")}`)
  if (!isProduction || env["VIETQR_DEMO_ACCOUNT"] === "true") return { account: DEMO_ACCOUNT, warning: null }
  return { account: null, warning: `VietQR bank transfer is not offered: set ${Object.values(VARIABLES).join(", ")} to the programme office's account.` }
}
