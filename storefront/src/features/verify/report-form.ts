import { z } from "astro/zod"
import type { MessageKey } from "../../i18n/dictionaries"

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

/** The report form's fields, and `form` for a problem that belongs to no field (a body we cannot read). */
export type ReportField = "where_bought" | "message" | "photo" | "form"
export type ReportErrors = Partial<Record<ReportField, MessageKey>>
/** What the shopper typed, put back into the form when the report is not sent (a file input cannot be refilled). */
export type ReportInput = { where_bought: string; message: string }
export type ReportValue = ReportInput & { photo?: File | undefined }

const messages: Record<Exclude<ReportField, "form">, MessageKey> = {
  where_bought: "reportWhereShort",
  message: "reportMessageShort",
  photo: "reportPhotoInvalid",
}

// Mirrors commerce's StampReportBody (commerce/src/api/store/ocop/stamps/validators.ts), so a report
// commerce would refuse is explained beside its field in the page's language before it is sent.
const reportForm = z.object({
  where_bought: z.string().trim().min(2, { error: messages.where_bought }).max(300, { error: "errorTooLong" }),
  message: z.string().trim().min(3, { error: messages.message }).max(2000, { error: "errorTooLong" }),
  // A file input left empty still posts a nameless, empty file.
  photo: z.preprocess(
    (value) => (value instanceof File && value.size > 0 ? value : undefined),
    z.file({ error: messages.photo }).mime(PHOTO_TYPES, { error: messages.photo }).max(PHOTO_MAX_BYTES, { error: messages.photo }).optional()
  ),
})

export type ParsedReport = { ok: true; value: ReportValue } | { ok: false; errors: ReportErrors; input: ReportInput }

export function parseReport(form: FormData): ParsedReport {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : ""
  }
  const input = { where_bought: text("where_bought"), message: text("message") }
  const parsed = reportForm.safeParse({ ...input, photo: form.get("photo") ?? undefined })
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: ReportErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (field === "where_bought" || field === "message" || field === "photo") errors[field] ??= issue.message as MessageKey
  }
  return { ok: false, errors, input }
}

/**
 * Commerce's 400 ("Invalid body: where_bought: …; photo is not a image/png image") worded per field
 * from our dictionary; a field the shopper cannot see (the hidden code) means the form itself is broken.
 */
export function commerceRefusal(message: string): ReportErrors {
  const errors: ReportErrors = {}
  for (const problem of message.replace(/^Invalid body:\s*/, "").split(/;\s*/)) {
    const field = /^[a-z_]+/.exec(problem)?.[0]
    if (field === "where_bought" || field === "message" || field === "photo") errors[field] ??= messages[field]
    else errors.form ??= "formUnreadable"
  }
  return errors
}
