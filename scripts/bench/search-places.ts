/**
 * Where the generated catalogue's producers are: the 34 provinces in force since 01/07/2025
 * (shared/ocop-domain.md §7.4), each with communes and former district names that OCOP product
 * names still carry ("Miến dong Bình Liêu", "Chè Shan tuyết Hoàng Su Phì"). `weight` follows the
 * rule of thumb of §5.2: about the same number of products per province, Hà Nội the outlier.
 * `coastal` and `highland` steer which product types a province makes.
 */
export interface Province {
  name: string
  /** Pre-merger provinces shoppers still type ("Hà Giang", "Bắc Kạn"). */
  legacy: string[]
  communes: string[]
  weight: number
  coastal?: boolean
  highland?: boolean
}

export const provinces: Province[] = [
  { name: "Hà Nội", legacy: [], weight: 3, communes: ["Bát Tràng", "Vạn Phúc", "Chương Mỹ", "Sóc Sơn", "Ba Vì", "Đông Anh", "Mê Linh", "Phú Xuyên", "Quốc Oai", "Thạch Thất", "Ứng Hòa", "Phú Vinh", "Thanh Oai", "Mỹ Đức", "Nhật Tân", "Tứ Liên"] },
  { name: "Hải Phòng", legacy: ["Hải Dương"], weight: 1.4, coastal: true, communes: ["Thủy Nguyên", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "An Lão", "Chí Linh", "Thanh Hà", "Kinh Môn", "Gia Lộc", "Tứ Kỳ", "Cát Hải", "Ninh Giang"] },
  { name: "Huế", legacy: ["Thừa Thiên Huế"], weight: 0.8, coastal: true, communes: ["Phong Điền", "Quảng Điền", "Hương Trà", "Phú Vang", "A Lưới", "Nam Đông", "Phú Lộc", "Thủy Biều"] },
  { name: "Đà Nẵng", legacy: ["Quảng Nam"], weight: 1.2, coastal: true, communes: ["Hòa Vang", "Trà My", "Tam Kỳ", "Hội An", "Đại Lộc", "Duy Xuyên", "Tiên Phước", "Nam Giang", "Thăng Bình"] },
  { name: "Cần Thơ", legacy: ["Sóc Trăng", "Hậu Giang"], weight: 1.3, coastal: true, communes: ["Phong Điền", "Cờ Đỏ", "Thới Lai", "Ngã Bảy", "Long Mỹ", "Vị Thủy", "Kế Sách", "Mỹ Xuyên", "Vĩnh Châu", "Trần Đề"] },
  { name: "TP Hồ Chí Minh", legacy: ["Bình Dương", "Bà Rịa - Vũng Tàu"], weight: 1.5, coastal: true, communes: ["Củ Chi", "Cần Giờ", "Hóc Môn", "Bình Chánh", "Nhà Bè", "Bến Cát", "Long Điền", "Côn Đảo", "Xuyên Mộc"] },
  { name: "Lai Châu", legacy: [], weight: 0.6, highland: true, communes: ["Tam Đường", "Phong Thổ", "Sìn Hồ", "Than Uyên", "Tân Uyên", "Mường Tè"] },
  { name: "Điện Biên", legacy: [], weight: 0.6, highland: true, communes: ["Mường Ảng", "Tủa Chùa", "Điện Biên Đông", "Mường Chà", "Tuần Giáo", "Mường Nhé"] },
  { name: "Sơn La", legacy: [], weight: 0.9, highland: true, communes: ["Mộc Châu", "Mai Sơn", "Yên Châu", "Thuận Châu", "Bắc Yên", "Sông Mã", "Phù Yên"] },
  { name: "Lạng Sơn", legacy: [], weight: 0.8, highland: true, communes: ["Cao Lộc", "Lộc Bình", "Bắc Sơn", "Văn Quan", "Tràng Định", "Đình Lập", "Chi Lăng"] },
  { name: "Cao Bằng", legacy: [], weight: 0.6, highland: true, communes: ["Trùng Khánh", "Trà Lĩnh", "Hà Quảng", "Nguyên Bình", "Bảo Lạc", "Quảng Hòa"] },
  { name: "Tuyên Quang", legacy: ["Hà Giang"], weight: 1.1, highland: true, communes: ["Na Hang", "Chiêm Hóa", "Hàm Yên", "Sơn Dương", "Mèo Vạc", "Đồng Văn", "Hoàng Su Phì", "Yên Minh", "Quản Bạ", "Bắc Mê"] },
  { name: "Lào Cai", legacy: ["Yên Bái"], weight: 1.1, highland: true, communes: ["Bắc Hà", "Sa Pa", "Bát Xát", "Mường Khương", "Si Ma Cai", "Văn Chấn", "Mù Cang Chải", "Trạm Tấu", "Lục Yên"] },
  { name: "Thái Nguyên", legacy: ["Bắc Kạn"], weight: 1.1, highland: true, communes: ["Đại Từ", "Tân Cương", "Phú Lương", "Định Hóa", "Võ Nhai", "Na Rì", "Ba Bể", "Pác Nặm", "Chợ Đồn", "Ngân Sơn"] },
  { name: "Phú Thọ", legacy: ["Vĩnh Phúc", "Hòa Bình"], weight: 1.4, highland: true, communes: ["Thanh Ba", "Tân Sơn", "Yên Lập", "Cẩm Khê", "Tam Đảo", "Vĩnh Tường", "Lập Thạch", "Kim Bôi", "Lạc Sơn", "Cao Phong", "Mai Châu"] },
  { name: "Bắc Ninh", legacy: ["Bắc Giang"], weight: 1.3, communes: ["Lục Ngạn", "Yên Thế", "Lục Nam", "Sơn Động", "Tân Yên", "Từ Sơn", "Đông Hồ", "Gia Bình", "Phù Lãng"] },
  { name: "Hưng Yên", legacy: ["Thái Bình"], weight: 1.2, coastal: true, communes: ["Khoái Châu", "Văn Giang", "Kim Động", "Tiên Lữ", "Đông Hưng", "Tiền Hải", "Kiến Xương", "Vũ Thư", "Thái Thụy"] },
  { name: "Ninh Bình", legacy: ["Nam Định", "Hà Nam"], weight: 1.3, coastal: true, communes: ["Kim Sơn", "Hoa Lư", "Nho Quan", "Yên Mô", "Giao Thủy", "Hải Hậu", "Lý Nhân", "Bình Lục", "Kim Bảng"] },
  { name: "Quảng Ninh", legacy: [], weight: 0.9, coastal: true, communes: ["Ba Chẽ", "Tiên Yên", "Đầm Hà", "Vân Đồn", "Hoành Bồ", "Đông Triều", "Hải Hà", "Quảng Yên", "Bình Liêu", "Cô Tô"] },
  { name: "Thanh Hóa", legacy: [], weight: 1.2, coastal: true, communes: ["Thọ Xuân", "Ngọc Lặc", "Bá Thước", "Quan Sơn", "Hậu Lộc", "Như Thanh", "Thạch Thành", "Tĩnh Gia", "Nga Sơn"] },
  { name: "Nghệ An", legacy: [], weight: 1.2, coastal: true, communes: ["Quỳnh Lưu", "Nghi Lộc", "Con Cuông", "Tương Dương", "Quế Phong", "Thanh Chương", "Nam Đàn", "Yên Thành", "Diễn Châu"] },
  { name: "Hà Tĩnh", legacy: [], weight: 1, coastal: true, communes: ["Hương Khê", "Vũ Quang", "Can Lộc", "Cẩm Xuyên", "Thạch Hà", "Nghi Xuân", "Kỳ Anh", "Đức Thọ"] },
  { name: "Quảng Trị", legacy: ["Quảng Bình"], weight: 1, coastal: true, communes: ["Hướng Hóa", "Cam Lộ", "Hải Lăng", "Gio Linh", "Lệ Thủy", "Bố Trạch", "Minh Hóa", "Vĩnh Linh", "Khe Sanh"] },
  { name: "Quảng Ngãi", legacy: ["Kon Tum"], weight: 1, coastal: true, communes: ["Mộ Đức", "Đức Phổ", "Ba Tơ", "Sơn Tây", "Kon Plông", "Đắk Tô", "Ngọc Hồi", "Tư Nghĩa", "Lý Sơn", "Bình Sơn"] },
  { name: "Gia Lai", legacy: ["Bình Định"], weight: 1.1, coastal: true, highland: true, communes: ["Chư Sê", "Chư Păh", "Mang Yang", "Kbang", "An Khê", "Hoài Nhơn", "Phù Cát", "Tây Sơn", "Vân Canh"] },
  { name: "Khánh Hòa", legacy: ["Ninh Thuận"], weight: 1, coastal: true, communes: ["Ninh Hòa", "Vạn Ninh", "Cam Lâm", "Khánh Vĩnh", "Diên Khánh", "Ninh Phước", "Ninh Sơn", "Thuận Bắc"] },
  { name: "Lâm Đồng", legacy: ["Bình Thuận", "Đắk Nông"], weight: 1.3, coastal: true, highland: true, communes: ["Bảo Lộc", "Di Linh", "Đơn Dương", "Lạc Dương", "Đức Trọng", "Tuy Phong", "Hàm Thuận Nam", "Krông Nô", "Đắk Mil", "Tuy Đức"] },
  { name: "Đắk Lắk", legacy: ["Phú Yên"], weight: 1.1, coastal: true, highland: true, communes: ["Buôn Ma Thuột", "Krông Pắc", "Cư M'gar", "Krông Năng", "Ea H'leo", "Lắk", "Sông Cầu", "Đồng Xuân", "Tuy An"] },
  { name: "Đồng Nai", legacy: ["Bình Phước"], weight: 1.1, communes: ["Long Khánh", "Xuân Lộc", "Định Quán", "Tân Phú", "Cẩm Mỹ", "Bù Đăng", "Bù Gia Mập", "Lộc Ninh", "Đồng Xoài"] },
  { name: "Tây Ninh", legacy: ["Long An"], weight: 1, communes: ["Tân Biên", "Gò Dầu", "Hòa Thành", "Trảng Bàng", "Bến Lức", "Cần Giuộc", "Đức Hòa", "Tân Trụ"] },
  { name: "Vĩnh Long", legacy: ["Trà Vinh", "Bến Tre"], weight: 1.3, coastal: true, communes: ["Trà Ôn", "Long Hồ", "Mang Thít", "Tiểu Cần", "Chợ Lách", "Mỏ Cày", "Ba Tri", "Duyên Hải", "Hòa Minh", "Cầu Kè"] },
  { name: "Đồng Tháp", legacy: ["Tiền Giang"], weight: 1.2, coastal: true, communes: ["Sa Đéc", "Lai Vung", "Tháp Mười", "Cao Lãnh", "Cái Bè", "Chợ Gạo", "Gò Công", "Cai Lậy"] },
  { name: "Cà Mau", legacy: ["Bạc Liêu"], weight: 1, coastal: true, communes: ["Năm Căn", "U Minh", "Ngọc Hiển", "Đầm Dơi", "Trần Văn Thời", "Giá Rai", "Hồng Dân", "Vĩnh Lợi"] },
  { name: "An Giang", legacy: ["Kiên Giang"], weight: 1.3, coastal: true, communes: ["Tịnh Biên", "Tân Châu", "Châu Đốc", "Tri Tôn", "Chợ Mới", "Hà Tiên", "Giồng Riềng", "An Biên", "Hòn Đất", "Phú Quốc"] },
]

/** Sales points: the province OCOP showrooms plus the airport and expressway counters of §6. */
export const nationalSalesPoints = ["ocop-san-bay-noi-bai", "ocop-san-bay-tan-son-nhat", "ocop-san-bay-da-nang", "ocop-tram-dung-nghi-cao-toc-noi-bai-lao-cai"]

export const surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Lò", "Lường", "Triệu", "Sầm", "Giàng", "Thào", "Y"]
export const middleNames = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Hữu", "Ngọc", "Quang", "Xuân", "Thu", "Kim", "Công"]
export const givenNames = [
  "Hằng", "Hiếu", "Minh", "Thành", "Tài", "Hoan", "Hảo", "Đạt", "Xuân", "Trường", "Bình", "Lan", "Hương", "Tuấn", "Linh", "Quế",
  "Sáu", "Mến", "Khôi", "Trí", "Phát", "Hạnh", "Phúc", "Thắng", "Hòa", "Tâm", "Nga", "Dũng", "Sơn", "Hải", "Yến", "Thảo", "Cường",
  "Lộc", "Tín", "Nghĩa", "Vinh", "Quý", "An", "Khang", "Mai", "Đào", "Thủy", "Hưng", "Long", "Vân", "Chi", "Ngân", "Tùng", "Thiện",
]
