import type {
  AuthorityLevel,
  CertificateEventType,
  CertificateStatus,
  ProductGroup,
  Regime,
  StatusAction,
} from "../certification/types"
import type { MemberRole, ProducerStatus } from "../producer/types"

const certificateStatus: Record<CertificateStatus, string> = {
  active: "Còn hiệu lực (Active)",
  suspended: "Tạm đình chỉ (Suspended)",
  revoked: "Đã thu hồi (Revoked)",
  expired: "Hết hiệu lực (Expired)",
}

const authorityLevel: Record<AuthorityLevel, string> = {
  district: "cấp huyện (district)",
  province: "cấp tỉnh (province)",
  national: "cấp quốc gia (national)",
}

const productGroup: Record<ProductGroup, string> = {
  food: "Thực phẩm (Food)",
  drinks: "Đồ uống (Drinks)",
  herbal: "Dược liệu (Herbal)",
  handicraft: "Thủ công mỹ nghệ (Handicraft)",
  ornamental: "Sinh vật cảnh (Ornamental)",
  tourism: "Du lịch cộng đồng (Community tourism)",
}

const regime: Record<Regime, string> = {
  qd_1048_2019: "QĐ 1048/QĐ-TTg (2019)",
  qd_148_2023: "QĐ 148/QĐ-TTg (2023)",
  qd_1489_2025: "QĐ 1489/QĐ-TTg (2025)",
}

const eventType: Record<CertificateEventType, string> = {
  issued: "Cấp mới (Issued)",
  suspended: "Tạm đình chỉ (Suspended)",
  reinstated: "Khôi phục (Reinstated)",
  revoked: "Thu hồi (Revoked)",
  expired: "Hết hiệu lực (Expired)",
  superseded: "Được thay thế (Superseded)",
}

const productStatus: Record<string, string> = {
  published: "Đã xuất bản (Published)",
  draft: "Bản nháp (Draft)",
  proposed: "Chờ duyệt (Proposed)",
  rejected: "Bị từ chối (Rejected)",
}

/** Codes of `reason` in GET /admin/ocop/products/:id/certificate (src/listing/sellable.ts). */
const notSellableReason: Record<string, string> = {
  not_published: "Sản phẩm chưa được xuất bản (Product is not published)",
  no_certificate: "Sản phẩm chưa có giấy chứng nhận OCOP (No OCOP certificate)",
  certificate_expired: "Giấy chứng nhận đã hết hiệu lực (Certificate expired)",
  certificate_suspended: "Giấy chứng nhận đang bị tạm đình chỉ (Certificate suspended)",
  certificate_revoked: "Giấy chứng nhận đã bị thu hồi (Certificate revoked)",
  producer_suspended: "Chủ thể OCOP đang bị tạm dừng (Producer suspended)",
}

const action: Record<StatusAction, { button: string; title: string; description: string; done: string }> = {
  suspend: {
    button: "Tạm đình chỉ (Suspend)",
    title: "Tạm đình chỉ giấy chứng nhận? (Suspend this certificate?)",
    description: "Các sản phẩm sẽ bị gỡ khỏi cửa hàng ngay lập tức. (Its products leave the shop at once.)",
    done: "Đã tạm đình chỉ giấy chứng nhận (Certificate suspended)",
  },
  revoke: {
    button: "Thu hồi (Revoke)",
    title: "Thu hồi giấy chứng nhận? (Revoke this certificate?)",
    description:
      "Không thể hoàn tác: chỉ một quyết định công nhận mới đưa sản phẩm trở lại. (This cannot be undone: only a new recognition brings the products back.)",
    done: "Đã thu hồi giấy chứng nhận (Certificate revoked)",
  },
  reinstate: {
    button: "Khôi phục (Reinstate)",
    title: "Khôi phục giấy chứng nhận? (Reinstate this certificate?)",
    description:
      "Các sản phẩm được bán lại nếu đủ các điều kiện khác. (Its products return to the shop if nothing else stops them.)",
    done: "Đã khôi phục giấy chứng nhận (Certificate reinstated)",
  },
}

const stampBatchStatus: Record<string, string> = {
  active: "Đang dùng (Active)",
  revoked: "Đã thu hồi (Revoked)",
}

const stampReportStatus: Record<string, string> = {
  open: "Chờ xử lý (Open)",
  resolved: "Đã xử lý (Resolved)",
  dismissed: "Bỏ qua (Dismissed)",
}

/** What shoppers were shown (scan verdicts), and what a report's code turned out to be. */
const stampVerdict: Record<string, string> = {
  genuine: "Tem thật (Genuine)",
  suspicious: "Nghi sao chép (Suspicious)",
  certificate_expired: "Chứng nhận hết hạn (Certificate expired)",
  certificate_suspended: "Chứng nhận tạm đình chỉ (Certificate suspended)",
  certificate_revoked: "Chứng nhận bị thu hồi (Certificate revoked)",
  batch_revoked: "Lô tem bị thu hồi (Batch revoked)",
  stamp_voided: "Tem đã bị hủy (Stamp voided)",
  not_genuine: "Không phải tem thật (Not genuine)",
  genuine_code: "Mã tem thật (Genuine code)",
}

const producerStatus: Record<ProducerStatus, string> = {
  active: "Đang hoạt động (Active)",
  suspended: "Tạm dừng (Suspended)",
}

const producerType: Record<string, string> = {
  cooperative: "Hợp tác xã (Cooperative)",
  enterprise: "Doanh nghiệp (Enterprise)",
  cooperative_group: "Tổ hợp tác (Cooperative group)",
  household_business: "Hộ kinh doanh (Household business)",
}

const memberRole: Record<MemberRole, string> = {
  owner: "Chủ sở hữu (Owner)",
  staff: "Nhân viên (Staff)",
}

const producerAction: Record<"suspend" | "reinstate", { button: string; title: string; description: string; done: string }> & {
  openLinesWarning: (count: number) => string
} = {
  openLinesWarning: (count) =>
    `Chủ thể còn ${count} dòng đơn chưa giao; khi bị tạm dừng, chủ thể vẫn phải giao các dòng này. (The producer has ${count} order lines not yet delivered; suspended, it must still fulfil them.)`,
  suspend: {
    button: "Tạm dừng chủ thể (Suspend producer)",
    title: "Tạm dừng chủ thể này? (Suspend this producer?)",
    description:
      "Mọi sản phẩm của chủ thể rời cửa hàng ngay; thành viên chỉ còn xem được cổng chủ thể, đọc được lý do và cập nhật các đơn đã nhận. (All its products leave the shop at once; its members can only read the portal and the reason, and move the orders already taken.)",
    done: "Đã tạm dừng chủ thể (Producer suspended)",
  },
  reinstate: {
    button: "Khôi phục chủ thể (Reinstate producer)",
    title: "Khôi phục chủ thể này? (Reinstate this producer?)",
    description:
      "Sản phẩm được bán lại nếu đủ các điều kiện khác; lý do tạm dừng được xoá. (Its products return to the shop if nothing else stops them; the suspension reason is cleared.)",
    done: "Đã khôi phục chủ thể (Producer reinstated)",
  },
}

/** Every user-facing string of the OCOP admin extensions: Vietnamese first, English in parentheses. */
export const t = {
  certificateStatus,
  authorityLevel,
  productGroup,
  regime,
  eventType,
  productStatus,
  notSellableReason,
  action,
  stampBatchStatus,
  stampReportStatus,
  stampVerdict,
  producerStatus,
  producerType,
  memberRole,
  producerAction,
  nav: {
    certificates: "Chứng nhận OCOP",
    producers: "Chủ thể OCOP",
    stamps: "Tem OCOP",
    stampReports: "Báo cáo về tem",
  },
  common: {
    cancel: "Huỷ (Cancel)",
    select: "Chọn… (Select…)",
    none: "—",
    loading: "Đang tải… (Loading…)",
    error: "Đã có lỗi xảy ra (Something went wrong)",
    retry: "Thử lại (Retry)",
    stars: (stars: number) => `${stars} sao (${stars} stars)`,
    daysLeft: (days: number) =>
      days >= 0 ? `còn ${days} ngày (${days} days left)` : `quá hạn ${-days} ngày (${-days} days overdue)`,
  },
  list: {
    title: "Giấy chứng nhận OCOP (Certificates)",
    issue: "Cấp giấy chứng nhận (Issue certificate)",
    empty: "Không có giấy chứng nhận nào phù hợp (No matching certificates)",
    loadError: "Không tải được danh sách giấy chứng nhận (Could not load certificates)",
    columns: {
      decision: "Số quyết định (Decision no.)",
      products: "Sản phẩm (Products)",
      producer: "Chủ thể (Producer)",
      stars: "Hạng sao (Stars)",
      status: "Trạng thái (Status)",
      validUntil: "Hiệu lực đến (Valid until)",
      daysLeft: "Thời hạn còn lại (Days left)",
    },
    pagination: {
      of: "trên",
      results: "kết quả (results)",
      pages: "trang (pages)",
      prev: "Trước (Prev)",
      next: "Sau (Next)",
    },
  },
  filters: {
    status: "Trạng thái (Status)",
    allStatuses: "Mọi trạng thái (All statuses)",
    stars: "Hạng sao (Stars)",
    allStars: "Mọi hạng sao (All stars)",
    province: "Tỉnh/thành (Province)",
    expiringWithin: "Hết hạn trong N ngày (Expiring within N days)",
    expiringHint: "Lọc theo hạn chỉ tính giấy còn hiệu lực (The expiry filter counts active certificates only)",
    q: "Số quyết định (Decision number)",
    qPlaceholder: "Tìm số quyết định… (Search decision number…)",
    clear: "Xoá bộ lọc (Clear filters)",
  },
  summary: {
    title: "Tổng quan (Overview)",
    byStatus: "Theo trạng thái (By status)",
    activeByStars: "Còn hiệu lực theo hạng sao (Active by stars)",
    expiringSoon: "Sắp hết hạn trong 30 ngày (Expiring within 30 days)",
    noneExpiring: "Không có giấy nào hết hạn trong 30 ngày tới (Nothing expires within 30 days)",
    loadError: "Không tải được số liệu tổng quan (Could not load the overview)",
  },
  form: {
    issueTitle: "Cấp giấy chứng nhận OCOP (Issue an OCOP certificate)",
    issueDescription:
      "Ghi nhận một quyết định công nhận sản phẩm OCOP. (Record a recognition decision for one or more products.)",
    renewTitle: "Công nhận lại / Gia hạn (Re-recognise / Renew)",
    renewDescription:
      "Quyết định mới thay thế giấy chứng nhận này cho cùng các sản phẩm. (The new decision supersedes this certificate for the same products.)",
    products: "Sản phẩm được công nhận (Products)",
    productSearch: "Tìm sản phẩm theo tên… (Search products by title…)",
    productSearchEmpty: "Không tìm thấy sản phẩm (No products found)",
    productsNone: "Chưa chọn sản phẩm nào (No product selected)",
    removeProduct: "Bỏ chọn (Remove)",
    decisionNumber: "Số quyết định (Decision number)",
    decisionNumberPlaceholder: "VD: 1234/QĐ-UBND",
    decisionDate: "Ngày ký quyết định (Decision date)",
    authorityName: "Cơ quan ban hành (Issuing authority)",
    authorityNamePlaceholder: "VD: UBND tỉnh Bắc Giang",
    authorityLevel: "Cấp ban hành (Authority level)",
    regime: "Căn cứ pháp lý (Regime)",
    stars: "Hạng sao (Stars)",
    score: "Điểm đánh giá, không bắt buộc (Score, optional)",
    productGroup: "Nhóm sản phẩm (Product group)",
    scoreRule: "Thang điểm: 50–69 → 3★, 70–89 → 4★, 90–100 → 5★ (Score bands)",
    scoreOutOfRange: "Điểm phải từ 0 đến 100 (The score must be between 0 and 100)",
    scoreTooLow: "Dưới 50 điểm không được chứng nhận (Below 50 points earns no certificate)",
    scoreMismatch: (score: number, earned: number, chosen: number) =>
      `Điểm ${score} tương ứng ${earned}★, không phải ${chosen}★ (A score of ${score} earns ${earned}★, not ${chosen}★)`,
    validityNote: "Hiệu lực 36 tháng kể từ ngày ký (Valid 36 months from the signing day)",
    submitIssue: "Cấp giấy chứng nhận (Issue)",
    submitRenew: "Công nhận lại (Renew)",
    issued: (decision: string) => `Đã cấp giấy chứng nhận theo quyết định ${decision} (Certificate issued)`,
    renewed: (decision: string) => `Đã công nhận lại theo quyết định ${decision} (Certificate renewed)`,
  },
  detail: {
    title: "Chi tiết giấy chứng nhận (Certificate details)",
    back: "Danh sách giấy chứng nhận (Back to certificates)",
    notFound: "Không tìm thấy giấy chứng nhận (Certificate not found)",
    loadError: "Không tải được giấy chứng nhận (Could not load the certificate)",
    decision: "Quyết định công nhận (Recognition decision)",
    decisionNumber: "Số quyết định (Decision number)",
    decisionDate: "Ngày ký (Decision date)",
    authority: "Cơ quan ban hành (Issuing authority)",
    authorityLevel: "Cấp ban hành (Authority level)",
    regime: "Căn cứ pháp lý (Regime)",
    stars: "Hạng sao (Stars)",
    score: "Điểm đánh giá (Score)",
    noScore: "Không ghi nhận (Not recorded)",
    productGroup: "Nhóm sản phẩm (Product group)",
    validFrom: "Hiệu lực từ (Valid from)",
    validUntil: "Hiệu lực đến (Valid until)",
    daysLeft: "Thời hạn còn lại (Days left)",
    status: "Trạng thái (Status)",
    statusReason: "Lý do trạng thái (Status reason)",
    products: "Sản phẩm được công nhận (Covered products)",
    noProducts: "Không có sản phẩm (No products)",
    producer: "Chủ thể OCOP (Producer)",
    noProducer: "Chưa gắn chủ thể (No producer linked)",
    producerName: "Tên (Name)",
    producerHandle: "Mã định danh (Handle)",
    province: "Tỉnh/thành (Province)",
    lineage: "Quyết định liên quan (Related decisions)",
    supersedes: "Thay thế cho (Supersedes)",
    supersededBy: "Được thay thế bởi (Superseded by)",
    history: "Lịch sử (History)",
    noEvents: "Chưa có sự kiện (No events)",
    systemActor: "Hệ thống, khi hết hạn (System, on expiry)",
    eventColumns: {
      type: "Sự kiện (Event)",
      transition: "Trạng thái (Status change)",
      actor: "Người thực hiện (Actor)",
      reason: "Lý do (Reason)",
      time: "Thời điểm (Time)",
    },
  },
  actions: {
    renew: "Công nhận lại / Gia hạn (Renew)",
    reason: "Lý do (Reason)",
    reasonOptional: "Lý do, không bắt buộc (Reason, optional)",
    reasonHint: (min: number) => `Tối thiểu ${min} ký tự (At least ${min} characters)`,
    confirm: "Xác nhận (Confirm)",
  },
  stamps: {
    products: "Lượt quét theo sản phẩm (Scans per product)",
    productsEmpty: "Chưa có sản phẩm nào được cấp tem (No product has stamps yet)",
    batches: "Lô tem OCOP (Stamp batches)",
    batchesEmpty: "Chưa có lô tem nào (No stamp batches yet)",
    loadError: "Không tải được dữ liệu tem (Could not load stamps)",
    allStatuses: "Mọi trạng thái (All statuses)",
    reportsLink: "Báo cáo của người mua (Shoppers' reports)",
    columns: {
      product: "Sản phẩm (Product)",
      batches: "Số lô (Batches)",
      issued: "Tem đã cấp (Stamps issued)",
      created: "Ngày cấp (Issued on)",
      quantity: "Số tem (Stamps)",
      lot: "Lô sản xuất (Lot)",
      status: "Trạng thái (Status)",
      scans: "Lượt quét (Scans)",
      verified: "Tem đã quét (Stamps verified)",
      devices: "Thiết bị (Devices)",
      lastScan: "Quét gần nhất (Last scan)",
      verdicts: "Kết quả hiển thị (Verdicts shown)",
      actions: "Thao tác (Actions)",
    },
    activeBatches: (active: number, all: number) => `${active}/${all} đang dùng (${active}/${all} active)`,
    pdf: "Tải PDF (Download PDF)",
    pdfHint: "Khổ A4, lưới 5×7, QR ≥ 15 mm (A4, 5×7 grid, QR ≥ 15 mm)",
    revoke: "Thu hồi lô (Revoke batch)",
    revokeTitle: "Thu hồi lô tem này? (Revoke this batch?)",
    revokeDescription:
      "Mọi tem trong lô sẽ hiện “Lô tem bị thu hồi” khi quét. Không thể hoàn tác. (Every stamp of the batch will show “batch revoked” when scanned. This cannot be undone.)",
    revokeReason: "Lý do, ví dụ: mất cuộn tem khi vận chuyển (Reason, e.g. roll lost in transit)",
    revoked: "Đã thu hồi lô tem (Batch revoked)",
    revokedBecause: (reason: string) => `Lý do: ${reason} (Reason)`,
    // A copied stamp named by its serial: the office can trace it without revoking the whole batch.
    suspiciousStamps: (count: number) => `Tem nghi sao chép: ${count.toLocaleString("vi-VN")} (Stamps possibly copied)`,
    suspiciousStamp: (serial: string, code: string, devices: number, lastScan: string) =>
      `Số ${serial} · mã ${code}: ${devices} thiết bị, quét cuối ${lastScan} (No. ${serial} · code ${code}: ${devices} devices, last scan ${lastScan})`,
    suspiciousMore: (count: number) => `và ${count.toLocaleString("vi-VN")} tem khác (and ${count} more)`,
    // One stamp, not its batch: a copied serial, a misprint, a stamp torn off a package.
    voidStamp: "Hủy tem (Void stamp)",
    voidAnyStamp: "Hủy một tem (Void one stamp)",
    voidTitle: (serial: string) => (serial ? `Hủy tem số ${serial}? (Void stamp ${serial}?)` : "Hủy một tem theo số sê-ri? (Void one stamp by its serial?)"),
    voidDescription:
      "Tem này sẽ hiện “Tem đã bị hủy” khi quét; các tem khác trong lô vẫn dùng được. Không thể hoàn tác. (This stamp will show “stamp voided” when scanned; the rest of its batch stays valid. This cannot be undone.)",
    voidSerial: "Số sê-ri, 11 ký tự in dưới mã QR (Serial, the 11 characters under the QR)",
    voidReason: "Lý do, ví dụ: tem bị sao chép, bán tại chợ X (Reason, e.g. copied, found on sale at market X)",
    voided: (serial: string) => `Đã hủy tem ${serial} (Stamp ${serial} voided)`,
    voidedOn: (date: string) => `đã hủy ${date} (voided ${date})`,
    voidedStamps: (count: number) => `Tem đã hủy: ${count.toLocaleString("vi-VN")} (Stamps voided)`,
    voidedStamp: (serial: string, date: string, by: string, reason: string) => `Số ${serial}: hủy ${date}, ${by} — ${reason} (No. ${serial}: voided ${date})`,
    voidedBy: { office: "văn phòng OCOP (OCOP office)", producer: "chủ thể (producer)" } as Record<string, string>,
    issue: "Cấp lô tem (Issue stamps)",
    issueTitle: "Cấp lô tem OCOP (Issue a batch of OCOP stamps)",
    issueDescription:
      "Tem chỉ được cấp cho sản phẩm có giấy chứng nhận OCOP còn hiệu lực. Mỗi tem có số sê-ri ngẫu nhiên và mã ký số. (Stamps are issued only for a product with a valid OCOP certificate; each has a random serial and a signed code.)",
    product: "Sản phẩm (Product)",
    quantity: "Số lượng tem, 1–100.000 (Number of stamps, 1–100,000)",
    lot: "Số lô, không bắt buộc (Lot, optional)",
    lotHint: "Chữ A–Z, số và - . / _, tối đa 20 ký tự, không dấu (Letters A–Z, digits and - . / _, up to 20, no accents)",
    productionDate: "Ngày sản xuất, không bắt buộc (Production date, optional)",
    expiryDate: "Hạn sử dụng, không bắt buộc (Best before, optional)",
    datesOrder: "Hạn sử dụng phải sau ngày sản xuất (Best before must be after the production date)",
    submitIssue: "Cấp tem (Issue)",
    issued: (quantity: number) => `Đã cấp ${quantity.toLocaleString("vi-VN")} tem (Stamps issued)`,
  },
  stampReports: {
    title: "Báo cáo về tem của người mua (Shoppers' stamp reports)",
    empty: "Không có báo cáo nào (No reports)",
    loadError: "Không tải được báo cáo (Could not load reports)",
    columns: {
      received: "Ngày nhận (Received)",
      product: "Sản phẩm / mã tem (Product / code)",
      verdict: "Mã tem (Code check)",
      where: "Nơi mua (Where bought)",
      message: "Nội dung (Message)",
      photo: "Ảnh (Photo)",
      status: "Trạng thái (Status)",
      actions: "Thao tác (Actions)",
    },
    unknownProduct: "Không rõ sản phẩm (Unknown product)",
    viewPhoto: "Xem ảnh (View photo)",
    close: "Đóng báo cáo (Close report)",
    closeTitle: "Đóng báo cáo này? (Close this report?)",
    closeDescription:
      "Báo cáo đã đóng không mở lại được; hãy ghi rõ đã làm gì. (A closed report cannot be reopened; say what was done.)",
    outcome: "Kết quả (Outcome)",
    note: "Ghi chú xử lý (Resolution note)",
    closed: "Đã đóng báo cáo (Report closed)",
    closedNote: (note: string) => `Ghi chú: ${note} (Note)`,
  },
  producers: {
    title: "Chủ thể OCOP (Producers)",
    search: "Tên chủ thể (Name)",
    searchPlaceholder: "Gõ có dấu hoặc không dấu… (With or without accents…)",
    status: "Trạng thái (Status)",
    allStatuses: "Mọi trạng thái (All statuses)",
    empty: "Không có chủ thể nào phù hợp (No matching producers)",
    loadError: "Không tải được danh sách chủ thể (Could not load producers)",
    columns: {
      name: "Chủ thể (Producer)",
      type: "Loại hình (Type)",
      location: "Địa bàn (Location)",
      status: "Trạng thái (Status)",
      members: "Thành viên (Members)",
      products: "Sản phẩm (Products)",
      openLines: "Đơn chờ giao (Open lines)",
    },
    reason: (reason: string) => `Lý do: ${reason} (Reason)`,
  },
  producerDetail: {
    title: "Chi tiết chủ thể (Producer details)",
    back: "Danh sách chủ thể (Back to producers)",
    notFound: "Không tìm thấy chủ thể (Producer not found)",
    loadError: "Không tải được thông tin chủ thể (Could not load the producer)",
    handle: "Mã định danh (Handle)",
    type: "Loại hình (Type)",
    province: "Tỉnh/thành (Province)",
    commune: "Xã/phường (Commune)",
    street: "Địa chỉ (Street address)",
    legacyAddress: "Địa chỉ trước 01/07/2025 (Address before 1 July 2025)",
    taxCode: "Mã số thuế (Tax code)",
    phone: "Điện thoại (Phone)",
    email: "Email",
    status: "Trạng thái (Status)",
    statusReason: "Lý do tạm dừng (Suspension reason)",
    products: "Sản phẩm (Products)",
    noProducts: "Chủ thể chưa có sản phẩm (No products yet)",
    productColumns: {
      product: "Sản phẩm (Product)",
      status: "Trạng thái đăng (Publication)",
      sale: "Bán trên cửa hàng (On sale)",
    },
    members: "Thành viên cổng chủ thể (Portal members)",
    noMembers: "Chưa có thành viên (No members yet)",
    pendingInvites: "Lời mời đang chờ (Open invites)",
    noInvites: "Không có lời mời đang chờ (No open invites)",
    invitedUntil: (date: string) => `hết hạn ${date} (expires ${date})`,
    openLines: "Dòng đơn đang chờ xử lý (Open order lines)",
    noOpenLines: "Không có dòng đơn nào đang chờ (No order lines waiting)",
    openLinesShown: (shown: number, count: number) => `${shown} dòng chờ lâu nhất trong ${count} dòng (the ${shown} waiting longest of ${count})`,
    openLinesSuspended:
      "Chủ thể đang bị tạm dừng nhưng vẫn phải giao các dòng đơn đã nhận và cập nhật chúng trong cổng chủ thể. Nếu chủ thể không giao được, hãy hủy đơn trên trang đơn hàng để người mua được báo và hàng được giải phóng. (The producer is suspended but must still fulfil the lines it has taken, and moves them in its portal. If it cannot, cancel the order on its page: the buyer is told and the stock released.)",
  },
  invite: {
    title: "Mời thành viên (Invite a member)",
    email: "Email người được mời (Invitee's email)",
    role: "Vai trò (Role)",
    submit: "Gửi lời mời (Send invite)",
    sent: (email: string) => `Đã gửi lời mời tới ${email} (Invite sent)`,
    acceptLink: "Đường dẫn nhận lời mời (Accept link)",
    acceptHint:
      "Đã gửi kèm email; có thể chuyển đường dẫn này cho người được mời. Dùng một lần, hết hạn sau 7 ngày. (Also emailed; you may pass it on. Single use, expires in 7 days.)",
  },
  orderLines: {
    title: "Chủ thể và điểm bán theo dòng đơn (Producers and sales points per line)",
    explain: "Mỗi dòng do chủ thể của sản phẩm chuẩn bị; chủ thể cập nhật tình trạng trong cổng chủ thể. (Each line is prepared by its product's producer, who updates its step in the producer portal.)",
    none: "Đơn hàng chưa được phân cho chủ thể nào (Not allocated to any producer yet)",
    loadError: "Không tải được các dòng đơn (Could not load the order lines)",
    deliverTo: "Giao đến (Deliver to)",
    columns: {
      order: "Đơn hàng (Order)",
      product: "Sản phẩm (Product)",
      producer: "Chủ thể (Producer)",
      fulfilment: "Giao / nhận (Fulfilment)",
      status: "Tình trạng (Step)",
    },
    fulfilment: {
      delivery: "Giao hàng (Delivery)",
      pickup: "Nhận tại điểm bán (Pickup)",
    } as Record<string, string>,
    status: {
      placed: "Chờ chuẩn bị (Placed)",
      prepared: "Đã chuẩn bị (Prepared)",
      shipped: "Đã gửi đi (Shipped)",
      ready_for_pickup: "Sẵn sàng để nhận (Ready for pickup)",
      delivered: "Đã giao (Delivered)",
      canceled: "Đã hủy (Cancelled)",
    } as Record<string, string>,
  },
  orderPayment: {
    title: "Thanh toán (Payment)",
    explain:
      "Đối chiếu chuyển khoản theo mã tham chiếu trong nội dung chuyển khoản; khi tiền đã về, bấm “Capture” ở mục Payments để đánh dấu đã thanh toán. (Match a bank transfer by the reference in its memo; once the money is in, capture the payment under Payments.)",
    loadError: "Không tải được thông tin thanh toán (Could not load the payment)",
    none: "Đơn hàng chưa có thanh toán (No payment on this order)",
    method: "Phương thức (Method)",
    state: "Tình trạng (Status)",
    reference: "Mã tham chiếu chuyển khoản (Transfer reference)",
    amount: "Số tiền (Amount)",
    received: "Đã nhận (Received)",
    outstanding: "còn thiếu (outstanding)",
    dueAt: "Hạn chuyển khoản (Transfer deadline)",
    dueExplain: "Quá hạn mà chưa đánh dấu đã thanh toán, đơn sẽ tự hủy. (Unless marked paid by then, the order is cancelled.)",
    methods: {
      cash_on_delivery: "Thu tiền khi giao hàng (Cash on delivery)",
      bank_transfer: "Chuyển khoản ngân hàng VietQR (Bank transfer by VietQR)",
      card: "Thẻ ngân hàng (Card)",
      other: "Khác (Other)",
    } as Record<string, string>,
    states: {
      awaiting_transfer: "Chờ chuyển khoản (Awaiting transfer)",
      partially_paid: "Mới nhận một phần (Partly paid): liên hệ người mua (contact the buyer)",
      paid: "Đã thanh toán (Paid)",
      canceled: "Đã hủy (Voided)",
      authorized: "Chưa thu tiền (Not yet collected)",
    } as Record<string, string>,
  },
  transferFinder: {
    title: "Tìm đơn theo chuyển khoản (Find an order by bank transfer)",
    explain:
      "Dán dòng sao kê hoặc nội dung chuyển khoản; mã OCOP… trong đó dẫn đến đơn hàng cần đánh dấu đã thanh toán. (Paste the bank statement line or the transfer's memo; the OCOP… reference in it leads to the order to mark paid.)",
    label: "Nội dung chuyển khoản (Transfer content)",
    submit: "Tìm đơn (Find order)",
  },
  widget: {
    title: "Chứng nhận OCOP (OCOP certificate)",
    none: "Sản phẩm chưa có giấy chứng nhận OCOP (No OCOP certificate)",
    sellable: "Đang được bán (Sellable now)",
    notSellable: "Không được bán (Not sellable)",
    decision: "Quyết định (Decision)",
    authority: "Cơ quan ban hành (Issuing authority)",
    validUntil: "Hiệu lực đến (Valid until)",
    daysLeft: "Thời hạn còn lại (Days left)",
    view: "Xem giấy chứng nhận (View certificate)",
    older: (count: number) => `${count} giấy chứng nhận trước đó (${count} older certificates)`,
    loadError: "Không tải được thông tin chứng nhận (Could not load the certificate)",
  },
}

/** A label from one of the dictionaries above, or the raw value when the API sends one we do not know yet. */
export function labelOf(dictionary: Record<string, string>, key: string | null | undefined): string {
  if (!key) return t.common.none
  return dictionary[key] ?? key
}
