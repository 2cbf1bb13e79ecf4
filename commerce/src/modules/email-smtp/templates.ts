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

/** A moment to the minute, in Vietnam's time: "10:05 06/12/2026". */
function moment(value: unknown): string {
  if (typeof value !== "string" && !(value instanceof Date)) return "—"
  const at = new Date(value)
  const time = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Ho_Chi_Minh" }).format(at)
  return `${time} ${date(at)}`
}

const statusVi: Record<string, string> = { active: "còn hiệu lực", suspended: "tạm đình chỉ", revoked: "thu hồi", expired: "hết hiệu lực" }
const statusEn: Record<string, string> = { active: "valid again", suspended: "suspended", revoked: "revoked", expired: "expired" }

function vnd(value: unknown): string {
  return new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(Number(value ?? 0))
}

const accountVi: Record<string, string> = { customer: "tài khoản mua hàng", producer: "tài khoản cổng chủ thể OCOP", user: "tài khoản quản trị" }
const accountEn: Record<string, string> = { customer: "shopping account", producer: "OCOP producer portal account", user: "admin account" }

/** An address shown to someone who may not own it: its first letter and its domain ("l•••@example.vn"). */
function maskedAddress(value: unknown): string {
  const [local = "", domain = ""] = String(value ?? "").split("@")
  return domain ? `${local.slice(0, 1)}•••@${domain}` : "—"
}

interface OrderLine {
  title: string
  quantity: number
  total: number
}

const templates: Record<string, (data: Data) => RenderedEmail> = {
  "order-placed": (data) => {
    const lines = (Array.isArray(data.items) ? data.items : []) as OrderLine[]
    const transfer = data.transfer as { reference: string; amount: number; bank_name: string; account_number: string; account_name: string } | null | undefined
    return {
      subject: `[Chợ OCOP] Đã nhận đơn hàng #${data.display_id}`,
      text: [
        `Cảm ơn bạn đã đặt hàng tại Chợ OCOP. Đơn hàng #${data.display_id} gồm:`,
        ...lines.map((line) => `- ${line.title} × ${line.quantity}: ${vnd(line.total)}`),
        `Phí vận chuyển: ${vnd(data.shipping_total)}. Tổng cộng: ${vnd(data.total)}.`,
        `Nhận hàng: ${data.fulfilment_vi}.`,
        `Thanh toán: ${data.payment_vi}.`,
        transfer
          ? `Vui lòng chuyển khoản ${vnd(transfer.amount)} đến ${transfer.bank_name}, số tài khoản ${transfer.account_number} (${transfer.account_name}), nội dung "${transfer.reference}", trước ${moment(data.transfer_due_at)}; sau đó đơn hàng sẽ tự hủy.`
          : "",
        `Xem đơn hàng: ${data.order_url}`,
        "",
        `Thank you for your order #${data.display_id} (${vnd(data.total)}). ${data.fulfilment_en}. Payment: ${data.payment_en}.`,
        transfer ? `Please transfer ${vnd(transfer.amount)} to account ${transfer.account_number} with the reference "${transfer.reference}" before ${moment(data.transfer_due_at)}; after that the order is cancelled.` : "",
        `Your order: ${data.order_url}`,
      ]
        .filter((line) => line !== "")
        .join("\n"),
    }
  },
  "order-canceled": (data) => {
    const notCollected = data.reason === "pickup_not_collected"
    const byBuyer = data.reason === "buyer_canceled"
    const notPaid = data.reason === "transfer_not_paid"
    return {
      subject: `[Chợ OCOP] Đơn hàng #${data.display_id} đã hủy`,
      text: [
        notCollected
          ? `Đơn hàng #${data.display_id} chưa được nhận tại ${data.sales_point ?? "điểm bán"} trong ${data.hold_days} ngày giữ hàng nên đã được hủy; hàng đã trở lại quầy của điểm bán.`
          : byBuyer
            ? `Bạn đã hủy đơn hàng #${data.display_id} (${vnd(data.total)}).`
            : notPaid
              ? `Chợ OCOP chưa nhận được tiền chuyển khoản cho đơn hàng #${data.display_id} (${vnd(data.total)}) trong ${data.payment_hours} giờ nên đơn đã được hủy và hàng đã trở lại gian hàng. Nếu bạn đã chuyển khoản, hãy liên hệ Chợ OCOP kèm ảnh biên lai để được hoàn tiền.`
              : `Đơn hàng #${data.display_id} (${vnd(data.total)}) đã được hủy.`,
        notPaid ? "" : data.paid ? "Số tiền bạn đã thanh toán sẽ được hoàn lại." : "Bạn không phải thanh toán cho đơn hàng này.",
        `Xem đơn hàng: ${data.order_url}`,
        "",
        notCollected
          ? `Order #${data.display_id} was not collected at ${data.sales_point ?? "the sales point"} within the ${data.hold_days} days it was held, so it has been cancelled and the goods are back on sale.`
          : byBuyer
            ? `You cancelled order #${data.display_id} (${vnd(data.total)}).`
            : notPaid
              ? `No bank transfer for order #${data.display_id} (${vnd(data.total)}) reached OCOP Market within ${data.payment_hours} hours, so it has been cancelled and the goods are back on sale. If you did transfer, contact OCOP Market with the receipt and the money will be refunded.`
              : `Order #${data.display_id} (${vnd(data.total)}) has been cancelled.`,
        notPaid ? "" : data.paid ? "What you paid will be refunded." : "You owe nothing for this order.",
        `Your order: ${data.order_url}`,
      ]
        .filter((line, index, all) => line !== "" || all[index - 1] !== "")
        .join("\n"),
    }
  },
  "order-progress": (data) => {
    const lines = (Array.isArray(data.items) ? data.items : []) as { title: string; quantity: number; producer: string | null }[]
    const point = data.sales_point as { name: string; address: string; phone: string | null } | null | undefined
    const ready = data.status === "ready_for_pickup"
    const where = point ? `${point.name}${point.address ? `, ${point.address}` : ""}` : ""
    return {
      subject: ready ? `[Chợ OCOP] Đơn hàng #${data.display_id} đã sẵn sàng để nhận` : `[Chợ OCOP] Đơn hàng #${data.display_id} đã được gửi đi`,
      text: [
        ready ? `Hàng trong đơn hàng #${data.display_id} đã sẵn sàng tại ${where || "điểm bán bạn chọn"}:` : `Hàng trong đơn hàng #${data.display_id} đã được gửi đi:`,
        ...lines.map((line) => `- ${line.title} × ${line.quantity}${line.producer ? ` (${line.producer})` : ""}`),
        ready ? `Hãy mang mã đơn #${data.display_id} đến nhận trước ${moment(data.held_until)}; sau đó đơn chưa thanh toán sẽ được hủy.` : "",
        ready && point?.phone ? `Điện thoại điểm bán: ${point.phone}.` : "",
        `Xem đơn hàng: ${data.order_url}`,
        "",
        ready
          ? `Your order #${data.display_id} is ready for pickup at ${where || "the sales point you chose"}. Bring the order number and collect it before ${moment(data.held_until)}; after that an unpaid order is cancelled.`
          : `Goods from your order #${data.display_id} have been shipped: ${lines.map((line) => `${line.title} × ${line.quantity}`).join(", ")}.`,
        `Your order: ${data.order_url}`,
      ]
        .filter((line, index, all) => line !== "" || all[index - 1] !== "")
        .join("\n"),
    }
  },
  "transfer-reminder": (data) => {
    const transfer = data.transfer as { reference?: string; amount?: number; bank_name?: string; account_number?: string; account_name?: string } | null | undefined
    const amount = vnd(transfer?.amount ?? data.total)
    return {
      subject: `[Chợ OCOP] Nhắc chuyển khoản cho đơn hàng #${data.display_id}`,
      text: [
        `Chợ OCOP chưa nhận được tiền chuyển khoản ${amount} cho đơn hàng #${data.display_id}.`,
        transfer?.account_number
          ? `Vui lòng chuyển đến ${transfer.bank_name ?? "ngân hàng"}, số tài khoản ${transfer.account_number}${transfer.account_name ? ` (${transfer.account_name})` : ""}, nội dung "${transfer.reference}" — hoặc quét mã VietQR trên trang đơn hàng.`
          : "Vui lòng quét mã VietQR trên trang đơn hàng để chuyển khoản.",
        `Nếu đến ${moment(data.due_at)} vẫn chưa nhận được tiền, đơn hàng sẽ tự hủy. Nếu bạn đã chuyển khoản, vui lòng bỏ qua email này.`,
        `Xem đơn hàng: ${data.order_url}`,
        "",
        `OCOP Market has not yet received your transfer of ${amount} for order #${data.display_id}.${transfer?.reference ? ` Use the reference "${transfer.reference}" or scan the VietQR code on the order page.` : " Scan the VietQR code on the order page."}`,
        `If it has not arrived by ${moment(data.due_at)}, the order is cancelled. If you have already paid, please ignore this email.`,
        `Your order: ${data.order_url}`,
      ].join("\n"),
    }
  },
  "producer-new-order": (data) => {
    const lines = (Array.isArray(data.items) ? data.items : []) as { title: string; quantity: number; fulfilment: string; sales_point: string | null }[]
    const howVi = (line: (typeof lines)[number]) => (line.fulfilment === "pickup" ? `nhận tại ${line.sales_point ?? "điểm bán"}` : "giao hàng")
    const howEn = (line: (typeof lines)[number]) => (line.fulfilment === "pickup" ? `pickup at ${line.sales_point ?? "the sales point"}` : "delivery")
    return {
      subject: `[Chợ OCOP] Đơn hàng mới #${data.display_id} cho ${data.producer}`,
      text: [
        `${data.producer} có đơn hàng mới #${data.display_id} cần chuẩn bị:`,
        ...lines.map((line) => `- ${line.title} × ${line.quantity} (${howVi(line)})`),
        `Xem địa chỉ, người nhận và cập nhật tình trạng trong cổng chủ thể: ${data.portal_url}`,
        "",
        `New order #${data.display_id} for ${data.producer}: ${lines.map((line) => `${line.title} × ${line.quantity} (${howEn(line)})`).join("; ")}.`,
        `See the recipient and update each line in the producer portal: ${data.portal_url}`,
      ].join("\n"),
    }
  },
  "stamp-voided": (data) => {
    const lotVi = data.lot ? ` (lô ${data.lot})` : ""
    const lotEn = data.lot ? ` (lot ${data.lot})` : ""
    return {
      subject: `[Chợ OCOP] Tem số ${data.serial} của ${data.product} đã bị hủy`,
      text: [
        `${data.by_member ? `${data.by_member} (${data.producer})` : "Văn phòng chương trình OCOP"} đã hủy tem số ${data.serial} của sản phẩm ${data.product}${lotVi}.`,
        `Lý do: ${data.reason}`,
        "Từ nay ai quét tem này sẽ được báo tem đã bị hủy và lý do; các tem khác trong lô vẫn có giá trị.",
        "",
        `${data.by_member ? `${data.by_member} (${data.producer})` : "The OCOP programme office"} voided stamp ${data.serial} of ${data.product}${lotEn}. Reason: ${data.reason}`,
        "Anyone who scans it is now told it was voided and why; the rest of its batch stays valid.",
      ].join("\n"),
    }
  },
  "stamp-batch-revoked": (data) => {
    const lotVi = data.lot ? `, số lô ${data.lot}` : ""
    const lotEn = data.lot ? `, lot ${data.lot}` : ""
    return {
      subject: `[Chợ OCOP] Lô ${data.quantity} tem của ${data.product} đã bị thu hồi`,
      text: [
        `Văn phòng chương trình OCOP đã thu hồi lô ${data.quantity} tem của sản phẩm ${data.product}${lotVi}, cấp ngày ${date(data.issued_at)}.`,
        `Lý do: ${data.reason}`,
        "Từ nay ai quét một tem của lô này sẽ được báo lô tem đã bị thu hồi. Hãy gỡ các tem này khỏi hàng còn bán và cấp lô tem mới trong cổng chủ thể.",
        "",
        `The OCOP programme office revoked the batch of ${data.quantity} stamps of ${data.product}${lotEn}, issued on ${date(data.issued_at)}. Reason: ${data.reason}`,
        "Anyone who scans one of its stamps is now told the batch was revoked. Take them off the goods still on sale and issue a new batch in the producer portal.",
      ].join("\n"),
    }
  },
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
  "producer-invite": (data) => ({
    subject: `[Chợ OCOP] Lời mời quản lý gian hàng ${data.producer}`,
    text: [
      `Bạn được mời tham gia quản lý gian hàng của ${data.producer} trên Chợ OCOP.`,
      `Mở liên kết sau để đặt mật khẩu và nhận lời mời (hiệu lực đến ${date(data.expires_at)}, chỉ dùng được một lần):`,
      String(data.accept_url),
      "",
      `You are invited to manage the shop of ${data.producer} on the OCOP marketplace.`,
      `Open the link above to set a password and accept (valid until ${date(data.expires_at)}, single use).`,
    ].join("\n"),
  }),
  "password-reset": (data) => ({
    subject: "[Chợ OCOP] Đặt lại mật khẩu / Reset your password",
    text: [
      `Có yêu cầu đặt lại mật khẩu cho ${accountVi[String(data.account)] ?? "tài khoản"} của bạn tại Chợ OCOP.`,
      `Mở liên kết sau để đặt mật khẩu mới (hiệu lực ${data.minutes} phút, chỉ dùng được một lần):`,
      String(data.reset_url),
      "Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu hiện tại vẫn giữ nguyên.",
      "",
      `Someone asked to reset the password of your ${accountEn[String(data.account)] ?? "account"} on the OCOP marketplace.`,
      `Open the link above to choose a new one (valid ${data.minutes} minutes, single use). If it was not you, ignore this email: your password stays as it is.`,
    ].join("\n"),
  }),
  "login-email-changed": (data) => {
    const accounts = (Array.isArray(data.accounts) ? data.accounts : []) as string[]
    const vi = accounts.map((account) => accountVi[account] ?? account).join(" và ") || "tài khoản"
    const en = accounts.map((account) => accountEn[account] ?? account).join(" and ") || "account"
    const when = moment(data.changed_at)
    if (data.side === "old") {
      const to = maskedAddress(data.new_email)
      return {
        subject: "[Chợ OCOP] Email đăng nhập đã được đổi / Your login email was changed",
        text: [
          `Lúc ${when}, email đăng nhập ${vi} của bạn tại Chợ OCOP đã được đổi từ địa chỉ này sang ${to}. Từ nay đơn hàng và thông báo được gửi đến địa chỉ mới.`,
          "Nếu không phải bạn đổi, hãy liên hệ ngay Chợ OCOP từ địa chỉ này để được khôi phục tài khoản.",
          "",
          `At ${when}, the login email of your ${en} on the OCOP marketplace was changed from this address to ${to}. Orders and notices now go to the new address.`,
          "If you did not make this change, contact the OCOP marketplace from this address at once to recover the account.",
        ].join("\n"),
      }
    }
    return {
      subject: "[Chợ OCOP] Đây là email đăng nhập mới của bạn / This is your new login email",
      text: [
        `Lúc ${when}, địa chỉ này trở thành email đăng nhập ${vi} của bạn tại Chợ OCOP, thay cho ${data.old_email}. Hãy đăng nhập bằng địa chỉ này với mật khẩu hiện tại.`,
        "",
        `At ${when}, this address became the login email of your ${en} on the OCOP marketplace, in place of ${data.old_email}. Log in with it and your current password.`,
      ].join("\n"),
    }
  },
  "producer-status-changed": (data) => {
    const suspended = data.status === "suspended"
    const owed = Number(data.open_lines ?? 0)
    return {
      subject: suspended ? `[Chợ OCOP] ${data.producer} bị tạm dừng trên Chợ OCOP` : `[Chợ OCOP] ${data.producer} được khôi phục trên Chợ OCOP`,
      text: (suspended
        ? [
            `Văn phòng Chương trình OCOP đã tạm dừng ${data.producer} trên Chợ OCOP.`,
            `Lý do: ${data.reason ?? "—"}.`,
            "Các sản phẩm của chủ thể đã ngừng bán; trong cổng chủ thể, thành viên vẫn xem được mọi thông tin nhưng không sửa sản phẩm, tồn kho hay tem.",
            ...(owed > 0 ? [`Chủ thể vẫn phải giao ${owed} dòng đơn đã nhận và cập nhật tình trạng trong cổng chủ thể: ${data.portal_url}`] : []),
            "",
            `The OCOP programme office has suspended ${data.producer} on the marketplace. Reason: ${data.reason ?? "—"}.`,
            "Its products are no longer sold; members can still read the producer portal but not change products, stock or stamps.",
            ...(owed > 0 ? [`The producer must still fulfil ${owed} order lines already placed, and update them in the portal: ${data.portal_url}`] : []),
          ]
        : [
            `Văn phòng Chương trình OCOP đã khôi phục ${data.producer} trên Chợ OCOP.`,
            "Các sản phẩm chủ thể đang bán trước khi bị tạm dừng, nếu chứng nhận OCOP còn hiệu lực, được bán lại; cổng chủ thể hoạt động bình thường.",
            "",
            `The OCOP programme office has reinstated ${data.producer}. The products it had on sale before the suspension are on sale again where their certificate is still valid, and the producer portal works as before.`,
          ]
      ).join("\n"),
    }
  },
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
