/**
 * The emails the marketplace sends, Vietnamese first with an English translation below.
 * Keyed by the notification `template` the workflows use.
 */

export interface RenderedEmail {
  subject: string
  text: string
}

type Data = Record<string, unknown>

function list(value: unknown): string {
  return Array.isArray(value) && value.length > 0 ? value.join(", ") : "—"
}

function date(value: unknown): string {
  if (typeof value !== "string" && !(value instanceof Date)) return "—"
  return new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))
}

const statusVi: Record<string, string> = { active: "còn hiệu lực", suspended: "tạm đình chỉ", revoked: "thu hồi", expired: "hết hiệu lực" }
const statusEn: Record<string, string> = { active: "valid again", suspended: "suspended", revoked: "revoked", expired: "expired" }

const templates: Record<string, (data: Data) => RenderedEmail> = {
  "certificate-expiry-reminder": (data) => ({
    subject: `[Chợ OCOP] Giấy chứng nhận OCOP ${data.decision_number} sẽ hết hạn sau ${data.days_left} ngày`,
    text: [
      `Giấy chứng nhận OCOP theo quyết định ${data.decision_number} (${data.stars} sao) hết hiệu lực ngày ${date(data.valid_until)}, còn ${data.days_left} ngày.`,
      `Sản phẩm: ${list(data.products)}.`,
      `Chủ thể: ${data.producer ?? "—"}.`,
      "Hãy nộp hồ sơ đánh giá, phân hạng lại trước khi hết hạn: sau ngày này sản phẩm sẽ tự động ngừng bán trên Chợ OCOP.",
      "",
      `The OCOP certificate of decision ${data.decision_number} (${data.stars} stars) expires on ${date(data.valid_until)}, in ${data.days_left} days.`,
      `Products: ${list(data.products)}. Apply for re-evaluation before then: afterwards the products leave the marketplace automatically.`,
    ].join("\n"),
  }),
  "certificate-status-changed": (data) => {
    const to = String(data.to ?? "")
    return {
      subject: `[Chợ OCOP] Giấy chứng nhận OCOP ${data.decision_number}: ${statusVi[to] ?? to}`,
      text: [
        `Giấy chứng nhận OCOP theo quyết định ${data.decision_number} đã chuyển sang trạng thái: ${statusVi[to] ?? to}.`,
        data.reason ? `Lý do: ${data.reason}.` : "",
        `Sản phẩm: ${list(data.products)}.`,
        to === "active" ? "Các sản phẩm được bán lại trên Chợ OCOP." : "Các sản phẩm đã ngừng bán trên Chợ OCOP.",
        "",
        `The OCOP certificate of decision ${data.decision_number} is now ${statusEn[to] ?? to}.${data.reason ? ` Reason: ${data.reason}.` : ""}`,
        to === "active" ? "Its products are on sale again." : "Its products are no longer sold on the marketplace.",
      ]
        .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
        .join("\n"),
    }
  },
}

export function renderEmail(template: string, data: Data): RenderedEmail {
  const render = templates[template]
  if (!render) throw new Error(`No email template named "${template}"`)
  return render(data)
}
