import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startSmtpInbox } from "../../../integration-tests/fixtures/smtp-inbox"
import SmtpNotificationService from "./service"
import { renderEmail } from "./templates"

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>

beforeAll(async () => {
  inbox = await startSmtpInbox()
})

afterAll(() => inbox.close())

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as never

describe("SmtpNotificationService", () => {
  it("delivers a certificate reminder to an SMTP server", async () => {
    const service = new SmtpNotificationService({ logger }, { url: inbox.url, from: "khong-tra-loi@ocop.test" })
    const result = await service.send({
      to: "htx.taihoan@ocop.test",
      channel: "email",
      template: "certificate-expiry-reminder",
      data: { decision_number: "1978/QD-UBND", stars: 4, days_left: 30, valid_until: "2027-08-05T16:59:59.999Z", products: ["Miến dong Tài Hoan"], producer: "HTX Tài Hoan" },
    } as never)
    expect(result.id).toBeTruthy()
    expect(inbox.messages).toHaveLength(1)
    expect(inbox.messages[0]!.from).toBe("khong-tra-loi@ocop.test")
    expect(inbox.messages[0]!.to).toEqual(["htx.taihoan@ocop.test"])
    expect(inbox.messages[0]!.raw).toContain("1978/QD-UBND")
  })

  it.each([
    [{ url: "http://mail.example", from: "a@b.vn" }, /SMTP_URL/],
    [{ url: "smtp://mail.example", from: "" }, /EMAIL_FROM/],
  ])("refuses unusable options %j", (options, message) => {
    expect(() => SmtpNotificationService.validateOptions(options)).toThrow(message)
  })
})

describe("renderEmail", () => {
  it("writes the reminder in Vietnamese first, then English", () => {
    const email = renderEmail("certificate-expiry-reminder", {
      decision_number: "1978/QĐ-UBND",
      stars: 4,
      days_left: 7,
      valid_until: "2027-08-05T16:59:59.999Z",
      products: ["Trà liên tu"],
      producer: "HTX Sen Quê Bác",
    })
    expect(email.subject).toBe("[Chợ OCOP] Giấy chứng nhận OCOP 1978/QĐ-UBND sẽ hết hạn sau 7 ngày")
    expect(email.text).toContain("hết hiệu lực ngày 05/08/2027, còn 7 ngày")
    expect(email.text).toContain("expires on 05/08/2027, in 7 days")
  })

  it.each([
    ["revoked", "thu hồi", "no longer sold"],
    ["active", "còn hiệu lực", "on sale again"],
  ])("explains a change to %s", (to, vi, en) => {
    const email = renderEmail("certificate-status-changed", { decision_number: "86/QĐ-UBND", to, reason: "Vi phạm quy chế", products: ["Mắm cá mè vinh"] })
    expect(email.subject).toContain(vi)
    expect(email.text).toContain(en)
  })

  it("tells a suspended producer why, and how many order lines it must still fulfil and where", () => {
    const email = renderEmail("producer-status-changed", {
      producer: "HTX Tài Hoan",
      status: "suspended",
      reason: "Vi phạm ghi nhãn, chờ kiểm tra",
      open_lines: 3,
      portal_url: "https://cho-ocop.example.vn/producer/don-hang",
    })
    expect(email.subject).toBe("[Chợ OCOP] HTX Tài Hoan bị tạm dừng trên Chợ OCOP")
    expect(email.text).toContain("Lý do: Vi phạm ghi nhãn, chờ kiểm tra.")
    expect(email.text).toContain("vẫn phải giao 3 dòng đơn đã nhận và cập nhật tình trạng trong cổng chủ thể: https://cho-ocop.example.vn/producer/don-hang")
    expect(email.text).toContain("must still fulfil 3 order lines")
  })

  it("says nothing of orders to a suspended producer that owes none, and tells a reinstated one its products are back", () => {
    const suspended = renderEmail("producer-status-changed", { producer: "HTX Tài Hoan", status: "suspended", reason: "Kiểm tra", open_lines: 0, portal_url: "x" })
    expect(suspended.text).not.toContain("dòng đơn")
    expect(suspended.text).not.toMatch(/\n\n\n|\n$/)
    const reinstated = renderEmail("producer-status-changed", { producer: "HTX Tài Hoan", status: "active" })
    expect(reinstated.subject).toBe("[Chợ OCOP] HTX Tài Hoan được khôi phục trên Chợ OCOP")
    expect(reinstated.text).toContain("had on sale before the suspension are on sale again")
    expect(reinstated.text).not.toContain("Lý do")
    expect(reinstated.text).not.toContain("dòng đơn")
  })

  it("tells a buyer their uncollected pickup order was canceled, and that nothing is owed", () => {
    const email = renderEmail("order-canceled", {
      display_id: 42,
      total: 360_000,
      reason: "pickup_not_collected",
      hold_days: 3,
      sales_point: "Điểm bán OCOP Thái Nguyên",
      paid: false,
      order_url: "http://localhost:4321/don-hang/order_1?t=cart_1",
    })
    expect(email.subject).toBe("[Chợ OCOP] Đơn hàng #42 đã hủy")
    expect(email.text).toContain("chưa được nhận tại Điểm bán OCOP Thái Nguyên trong 3 ngày giữ hàng")
    expect(email.text).toContain("Bạn không phải thanh toán")
    expect(email.text).toContain("was not collected at Điểm bán OCOP Thái Nguyên within the 3 days")
    expect(email.text).toContain("http://localhost:4321/don-hang/order_1?t=cart_1")
  })

  it("tells a buyer a paid order canceled by the office will be refunded", () => {
    const email = renderEmail("order-canceled", { display_id: 7, total: 210_000, reason: null, paid: true, order_url: "http://x/don-hang/order_7" })
    expect(email.text).toMatch(/Đơn hàng #7 \(210\.000\s₫\) đã được hủy/)
    expect(email.text).toContain("sẽ được hoàn lại")
    expect(email.text).toContain("will be refunded")
  })

  it.each([
    ["customer", "tài khoản mua hàng", "shopping account"],
    ["producer", "tài khoản cổng chủ thể OCOP", "OCOP producer portal account"],
  ])("gives a %s the reset link, how long it works, and what to do if it was not them", (account, vi, en) => {
    const email = renderEmail("password-reset", { account, reset_url: "https://cho-ocop.example.vn/tai-khoan/dat-lai-mat-khau?token=t", minutes: 15 })
    expect(email.subject).toBe("[Chợ OCOP] Đặt lại mật khẩu / Reset your password")
    expect(email.text).toContain(`cho ${vi} của bạn`)
    expect(email.text).toContain(`your ${en}`)
    expect(email.text).toContain("https://cho-ocop.example.vn/tai-khoan/dat-lai-mat-khau?token=t")
    expect(email.text).toContain("hiệu lực 15 phút, chỉ dùng được một lần")
    expect(email.text).toContain("hãy bỏ qua email này")
  })

  it("tells the old address where its login went, masked, and what to do if that was not them", () => {
    const email = renderEmail("login-email-changed", { side: "old", old_email: "lan@ocop.test", new_email: "lan.moi@example.vn", accounts: ["customer", "producer"], changed_at: "2026-12-05T03:05:00Z" })
    expect(email.subject).toBe("[Chợ OCOP] Email đăng nhập đã được đổi / Your login email was changed")
    expect(email.text).toContain("Lúc 10:05 05/12/2026, email đăng nhập tài khoản mua hàng và tài khoản cổng chủ thể OCOP của bạn")
    expect(email.text).toContain("sang l•••@example.vn")
    expect(email.text).not.toContain("lan.moi@")
    expect(email.text).toContain("hãy liên hệ ngay Chợ OCOP")
    expect(email.text).toContain("your shopping account and OCOP producer portal account")
  })

  it("tells the new address it is now the login, in place of the old one", () => {
    const email = renderEmail("login-email-changed", { side: "new", old_email: "lan@ocop.test", new_email: "lan.moi@example.vn", accounts: ["customer"], changed_at: "2026-12-05T03:05:00Z" })
    expect(email.subject).toBe("[Chợ OCOP] Đây là email đăng nhập mới của bạn / This is your new login email")
    expect(email.text).toContain("email đăng nhập tài khoản mua hàng của bạn tại Chợ OCOP, thay cho lan@ocop.test")
    expect(email.text).toContain("Log in with it and your current password")
  })

  it("confirms to a buyer the order they cancelled themselves", () => {
    const email = renderEmail("order-canceled", { display_id: 9, total: 180_000, reason: "buyer_canceled", paid: false, order_url: "http://x/don-hang/order_9" })
    expect(email.text).toMatch(/Bạn đã hủy đơn hàng #9 \(180\.000\s₫\)\./)
    expect(email.text).toMatch(/You cancelled order #9/)
    expect(email.text).toContain("Bạn không phải thanh toán")
  })

  it("tells a buyer their goods wait at the sales point, until when, and where", () => {
    const email = renderEmail("order-progress", {
      display_id: 12,
      status: "ready_for_pickup",
      items: [{ title: "Lạc sen Diễn Châu", quantity: 2, producer: "Cty TNHH Sỹ Thắng" }],
      sales_point: { name: "Điểm bán OCOP Vinh", address: "Số 1 Quang Trung, phường Thành Vinh", phone: "+842383555666" },
      held_until: "2026-12-06T03:05:00.000Z",
      order_url: "http://x/don-hang/order_12?t=cart_12",
    })
    expect(email.subject).toBe("[Chợ OCOP] Đơn hàng #12 đã sẵn sàng để nhận")
    expect(email.text).toContain("đã sẵn sàng tại Điểm bán OCOP Vinh, Số 1 Quang Trung, phường Thành Vinh:")
    expect(email.text).toContain("- Lạc sen Diễn Châu × 2 (Cty TNHH Sỹ Thắng)")
    expect(email.text).toContain("đến nhận trước 10:05 06/12/2026")
    expect(email.text).toContain("Điện thoại điểm bán: +842383555666.")
    expect(email.text).toContain("ready for pickup at Điểm bán OCOP Vinh")
    expect(email.text).toContain("http://x/don-hang/order_12?t=cart_12")
  })

  it("tells a buyer which of their goods were shipped", () => {
    const email = renderEmail("order-progress", {
      display_id: 13,
      status: "shipped",
      items: [{ title: "Mật ong bạc hà", quantity: 1, producer: null }],
      sales_point: null,
      held_until: null,
      order_url: "http://x/don-hang/order_13",
    })
    expect(email.subject).toBe("[Chợ OCOP] Đơn hàng #13 đã được gửi đi")
    expect(email.text).toContain("- Mật ong bạc hà × 1\n")
    expect(email.text).toContain("Goods from your order #13 have been shipped: Mật ong bạc hà × 1.")
    expect(email.text).not.toContain("nhận trước")
  })

  it("tells a buyer their bank-transfer order was cancelled for want of payment, and what to do if they did pay", () => {
    const email = renderEmail("order-canceled", { display_id: 15, total: 175_000, reason: "transfer_not_paid", payment_hours: 48, paid: false, order_url: "http://x/don-hang/order_15" })
    expect(email.text).toMatch(/chưa nhận được tiền chuyển khoản cho đơn hàng #15 \(175\.000\s₫\) trong 48 giờ/)
    expect(email.text).toContain("liên hệ Chợ OCOP kèm ảnh biên lai")
    expect(email.text).toContain("within 48 hours")
    expect(email.text).not.toContain("Bạn không phải thanh toán")
    expect(email.text).not.toMatch(/\n\n\n/)
  })

  it("asks a buyer paying by transfer for the exact amount and reference, before the moment the order lapses", () => {
    const email = renderEmail("order-placed", {
      display_id: 16,
      total: 350_000,
      shipping_total: 0,
      items: [{ title: "Trà móc câu", quantity: 2, total: 350_000 }],
      fulfilment_vi: "giao đến Số 1 Hàng Bạc, phường Hoàn Kiếm",
      fulfilment_en: "Delivery to Số 1 Hàng Bạc, phường Hoàn Kiếm",
      payment_vi: "chuyển khoản ngân hàng qua VietQR (chờ thanh toán)",
      payment_en: "bank transfer by VietQR (awaiting payment)",
      transfer: { reference: "OCOP16", amount: 350_000, bank_name: "Vietcombank", account_number: "0123456789", account_name: "CHO OCOP" },
      transfer_due_at: "2026-12-05T02:30:00.000Z",
      order_url: "http://x/don-hang/order_16",
    })
    expect(email.text).toMatch(/chuyển khoản 350\.000\s₫ đến Vietcombank, số tài khoản 0123456789 \(CHO OCOP\), nội dung "OCOP16", trước 09:30 05\/12\/2026; sau đó đơn hàng sẽ tự hủy\./)
    expect(email.text).toContain('with the reference "OCOP16" before 09:30 05/12/2026')
  })

  it("reminds a buyer of the transfer still due: amount, account, reference and the moment the order lapses", () => {
    const email = renderEmail("transfer-reminder", {
      display_id: 17,
      total: 240_000,
      transfer: { reference: "OCOP17", amount: 240_000, bank_name: "Vietcombank", account_number: "0123456789", account_name: "CHO OCOP" },
      due_at: "2026-12-05T02:30:00.000Z",
      order_url: "http://x/don-hang/order_17",
    })
    expect(email.subject).toBe("[Chợ OCOP] Nhắc chuyển khoản cho đơn hàng #17")
    expect(email.text).toMatch(/chưa nhận được tiền chuyển khoản 240\.000\s₫ cho đơn hàng #17/)
    expect(email.text).toContain('số tài khoản 0123456789 (CHO OCOP), nội dung "OCOP17"')
    expect(email.text).toContain("Nếu đến 09:30 05/12/2026 vẫn chưa nhận được tiền, đơn hàng sẽ tự hủy.")
    expect(email.text).toContain("If it has not arrived by 09:30 05/12/2026, the order is cancelled.")
  })

  it("tells a producer what a new order asks of it, and where to see the rest", () => {
    const email = renderEmail("producer-new-order", {
      display_id: 18,
      producer: "HTX Chè Tân Cương",
      items: [
        { title: "Chè Tân Cương", quantity: 2, fulfilment: "delivery", sales_point: null },
        { title: "Chè búp", quantity: 1, fulfilment: "pickup", sales_point: "Điểm bán OCOP Thái Nguyên" },
      ],
      portal_url: "http://x/producer/don-hang",
    })
    expect(email.subject).toBe("[Chợ OCOP] Đơn hàng mới #18 cho HTX Chè Tân Cương")
    expect(email.text).toContain("- Chè Tân Cương × 2 (giao hàng)")
    expect(email.text).toContain("- Chè búp × 1 (nhận tại Điểm bán OCOP Thái Nguyên)")
    expect(email.text).toContain("cổng chủ thể: http://x/producer/don-hang")
    expect(email.text).toContain("New order #18 for HTX Chè Tân Cương")
  })

  it("tells a producer which stamp was voided, by whom and why", () => {
    const stamp = { producer: "HTX Tài Hoan", product: "Miến dong Tài Hoan", serial: "AD1A99325F7", lot: "L2026-11", quantity: 250, issued_at: "2026-11-02T03:00:00Z", reason: "Mã bị sao chép" }
    const byOffice = renderEmail("stamp-voided", { ...stamp, by_member: null })
    expect(byOffice.subject).toBe("[Chợ OCOP] Tem số AD1A99325F7 của Miến dong Tài Hoan đã bị hủy")
    expect(byOffice.text).toContain("Văn phòng chương trình OCOP đã hủy tem số AD1A99325F7 của sản phẩm Miến dong Tài Hoan (lô L2026-11).")
    expect(byOffice.text).toContain("Lý do: Mã bị sao chép")
    expect(byOffice.text).toContain("The OCOP programme office voided stamp AD1A99325F7")
    const byMember = renderEmail("stamp-voided", { ...stamp, lot: null, by_member: "Nguyễn Thị Hoan" })
    expect(byMember.text).toContain("Nguyễn Thị Hoan (HTX Tài Hoan) đã hủy tem số AD1A99325F7 của sản phẩm Miến dong Tài Hoan.")
  })

  it("tells a producer which batch was revoked and what to do", () => {
    const email = renderEmail("stamp-batch-revoked", { producer: "HTX Tài Hoan", product: "Miến dong Tài Hoan", serial: null, lot: "L2026-11", quantity: 250, issued_at: "2026-11-02T03:00:00Z", reason: "Mất cuộn tem", by_member: null })
    expect(email.subject).toBe("[Chợ OCOP] Lô 250 tem của Miến dong Tài Hoan đã bị thu hồi")
    expect(email.text).toContain("thu hồi lô 250 tem của sản phẩm Miến dong Tài Hoan, số lô L2026-11, cấp ngày 02/11/2026.")
    expect(email.text).toContain("Lý do: Mất cuộn tem")
    expect(email.text).toContain("cấp lô tem mới trong cổng chủ thể")
  })

  it("refuses an unknown template instead of sending an empty email", () => {
    expect(() => renderEmail("welcome", {})).toThrow(/No email template named "welcome"/)
  })
})
