export type Lang = "vi" | "en"
export const langs: Lang[] = ["vi", "en"]

/** Every piece of interface text, Vietnamese first. Components never hard-code strings. */
const dictionary = {
  siteName: { vi: "Chợ OCOP", en: "OCOP Market" },
  tagline: { vi: "Đặc sản vùng miền được chứng nhận OCOP", en: "Certified regional specialties of Vietnam" },
  skipToContent: { vi: "Bỏ qua, đến nội dung chính", en: "Skip to main content" },
  languageSwitch: { vi: "English", en: "Tiếng Việt" },
  languageSwitchLabel: { vi: "Xem trang bằng tiếng Anh", en: "View this page in Vietnamese" },
  homeTitle: { vi: "Chợ OCOP — Đặc sản vùng miền được chứng nhận", en: "OCOP Market — certified Vietnamese regional specialties" },
  homeDescription: {
    vi: "Mua sản phẩm OCOP 3–5 sao chính hãng từ hợp tác xã, doanh nghiệp và hộ sản xuất khắp Việt Nam, kèm giấy chứng nhận còn hiệu lực.",
    en: "Buy genuine 3–5 star OCOP products from cooperatives, enterprises and household producers across Vietnam, each with a valid certificate.",
  },
  heroHeading: { vi: "Đặc sản mỗi xã, chứng nhận rõ ràng", en: "One commune, one product — certified" },
  heroText: {
    vi: "Mỗi sản phẩm ở đây đều có giấy chứng nhận OCOP còn hiệu lực. Sản phẩm hết hạn, bị đình chỉ hay thu hồi chứng nhận sẽ tự động ngừng bán.",
    en: "Every product here carries a valid OCOP certificate. Products whose certificate expires, is suspended or revoked leave the shop automatically.",
  },
  featuredFiveStar: { vi: "Sản phẩm OCOP 5 sao", en: "5-star OCOP products" },
  allProducts: { vi: "Sản phẩm đang bán", en: "Products on sale" },
  productCount: { vi: "{count} sản phẩm", en: "{count} products" },
  starsMeaningHeading: { vi: "Sao OCOP nghĩa là gì?", en: "What do OCOP stars mean?" },
  starsMeaning3: { vi: "3 sao (50–69 điểm): đạt tiêu chuẩn, có thể nâng hạng.", en: "3 stars (50–69 points): meets the standard, can be upgraded." },
  starsMeaning4: { vi: "4 sao (70–89 điểm): sản phẩm cấp tỉnh, có thể nâng lên 5 sao.", en: "4 stars (70–89 points): provincial level, can be upgraded to 5 stars." },
  starsMeaning5: { vi: "5 sao (90–100 điểm): sản phẩm cấp quốc gia, có thể xuất khẩu.", en: "5 stars (90–100 points): national level, export-capable." },
  starsMeaningValidity: {
    vi: "Giấy chứng nhận có hiệu lực 36 tháng kể từ ngày ký quyết định công nhận.",
    en: "A certificate is valid for 36 months from the date the recognition decision is signed.",
  },
  starsLabel: { vi: "{stars} sao OCOP", en: "{stars}-star OCOP" },
  price: { vi: "Giá", en: "Price" },
  priceOnRequest: { vi: "Liên hệ", en: "Price on request" },
  certificateHeading: { vi: "Giấy chứng nhận OCOP", en: "OCOP certificate" },
  decision: { vi: "Quyết định", en: "Decision" },
  decisionDate: { vi: "Ngày ký", en: "Signed on" },
  issuedBy: { vi: "Cơ quan cấp", en: "Issued by" },
  validUntil: { vi: "Hiệu lực đến", en: "Valid until" },
  status: { vi: "Trạng thái", en: "Status" },
  score: { vi: "Điểm đánh giá", en: "Score" },
  status_active: { vi: "Còn hiệu lực", en: "Valid" },
  status_suspended: { vi: "Tạm đình chỉ", en: "Suspended" },
  status_revoked: { vi: "Đã thu hồi", en: "Revoked" },
  status_expired: { vi: "Hết hiệu lực", en: "Expired" },
  level_district: { vi: "cấp huyện", en: "district level" },
  level_province: { vi: "cấp tỉnh", en: "provincial level" },
  level_national: { vi: "cấp quốc gia", en: "national level" },
  storyHeading: { vi: "Câu chuyện sản phẩm", en: "The story behind it" },
  producerHeading: { vi: "Chủ thể OCOP", en: "Producer" },
  producer_cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  producer_enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  producer_cooperative_group: { vi: "Tổ hợp tác", en: "Cooperative group" },
  producer_household_business: { vi: "Hộ kinh doanh", en: "Household business" },
  producerProducts: { vi: "Sản phẩm đang bán", en: "Products on sale" },
  producerNoProducts: { vi: "Chủ thể này hiện không có sản phẩm nào đang bán.", en: "This producer has no products on sale right now." },
  producerLink: { vi: "Xem chủ thể và các sản phẩm khác", en: "See the producer and their other products" },
  goneProducerProducts: { vi: "Xem các sản phẩm khác của {producer}", en: "See other products by {producer}" },
  salesPointsHeading: { vi: "Điểm bán có hàng", en: "Where it is stocked" },
  salesPointsNone: { vi: "Hiện chưa có điểm bán nào còn hàng.", en: "No sales point has it in stock right now." },
  available: { vi: "Còn {count}", en: "{count} in stock" },
  soldOut: { vi: "Hết hàng", en: "Sold out" },
  openingHours: { vi: "Giờ mở cửa", en: "Opening hours" },
  serviceNote: { vi: "Dịch vụ du lịch — đặt trước, không giao hàng.", en: "Tourism service — book ahead, nothing is shipped." },
  group_food: { vi: "Thực phẩm", en: "Food" },
  group_drinks: { vi: "Đồ uống", en: "Drinks" },
  group_herbal: { vi: "Dược liệu", en: "Herbal products" },
  group_handicraft: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  group_ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants" },
  group_tourism: { vi: "Du lịch cộng đồng", en: "Community tourism" },
  backHome: { vi: "Về trang chủ", en: "Back to the home page" },
  notFoundTitle: { vi: "Không tìm thấy trang", en: "Page not found" },
  notFoundText: { vi: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.", en: "The page you are looking for does not exist or has moved." },
  goneTitle: { vi: "Sản phẩm đã ngừng bán", en: "This product is no longer sold" },
  gone_certificate_expired: {
    vi: "Giấy chứng nhận OCOP của sản phẩm này đã hết hiệu lực ngày {date}, nên sản phẩm không còn được bán như sản phẩm OCOP.",
    en: "This product's OCOP certificate expired on {date}, so it is no longer sold as an OCOP product.",
  },
  gone_certificate_suspended: { vi: "Giấy chứng nhận OCOP của sản phẩm này đang bị tạm đình chỉ.", en: "This product's OCOP certificate is suspended." },
  gone_certificate_revoked: { vi: "Giấy chứng nhận OCOP của sản phẩm này đã bị thu hồi.", en: "This product's OCOP certificate has been revoked." },
  gone_producer_suspended: { vi: "Chủ thể sản xuất sản phẩm này đang bị tạm dừng bán hàng.", en: "The producer of this product is suspended from selling." },
  gone_not_published: { vi: "Sản phẩm này hiện không được bày bán.", en: "This product is not on sale at the moment." },
  gone_no_certificate: { vi: "Sản phẩm này chưa có giấy chứng nhận OCOP.", en: "This product has no OCOP certificate." },
  goneReason: { vi: "Lý do", en: "Reason" },
  goneOtherProducts: { vi: "Xem các sản phẩm khác đang bán", en: "See the products on sale" },
  footerNote: {
    vi: "Chợ OCOP — phần mềm mã nguồn mở cho Chương trình Mỗi xã một sản phẩm.",
    en: "OCOP Market — open-source software for the One Commune One Product programme.",
  },
} as const satisfies Record<string, Record<Lang, string>>

export type MessageKey = keyof typeof dictionary

export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return dictionary[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
}

export function hasKey(key: string): key is MessageKey {
  return key in dictionary
}
