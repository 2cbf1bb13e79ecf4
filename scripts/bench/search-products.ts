import type { ProductGroup } from "@ocop/search"

/**
 * The kinds of OCOP products the generated catalogue is made of, with the words their real names
 * use (shared/ocop-domain.md §5.3 and the seed catalogue): a base name, the qualifiers that tell
 * varieties apart ("Mật ong hoa nhãn", "Chè Shan tuyết"), prices in VND and pack sizes. `where`
 * keeps sea products on the coast and tea and forest herbs in the hills.
 */
export interface ProductKind {
  vi: string
  en: string
  group: ProductGroup
  /** The trade word in a producer's name: "HTX Ong mật …", "Tổ hợp tác dệt thổ cẩm …". */
  trade: string
  variants: [vi: string, en: string][]
  price: [min: number, max: number]
  packs: string[]
  blurb: string
  weight: number
  where?: "coastal" | "highland"
  /** Services and made-to-order goods keep no stock. */
  stockless?: boolean
  /** The qualifier names the object and comes first: "Khăn thổ cẩm", "Bình gốm", "Điểm du lịch cộng đồng". */
  variantFirst?: boolean
}

export const productKinds: ProductKind[] = [
  // ── Thực phẩm ──
  { vi: "Mật ong", en: "honey", group: "food", trade: "Ong mật", weight: 6, price: [150_000, 450_000], packs: ["Chai 500 ml", "Lọ 300 g", "Chai 1 lít"],
    variants: [["hoa nhãn", "longan blossom"], ["hoa vải", "lychee blossom"], ["bạc hà", "mint"], ["rừng", "wild forest"], ["hoa cà phê", "coffee blossom"], ["hoa keo", "acacia"], ["gừng sả", "ginger lemongrass"], ["", ""]],
    blurb: "Mật ong nguyên chất do bà con nuôi ong lấy mật theo mùa hoa, không pha đường, không cô đặc." },
  { vi: "Miến dong", en: "canna-starch glass noodles", group: "food", trade: "Miến dong", weight: 3, where: "highland", price: [60_000, 140_000], packs: ["Gói 500 g", "Gói 1 kg"],
    variants: [["", ""], ["sợi nhỏ", "fine"], ["đặc biệt", "premium"]],
    blurb: "Miến làm từ tinh bột củ dong riềng, sợi dai, trong, phơi dưới nắng núi, không chất tẩy trắng." },
  { vi: "Nước mắm", en: "fish sauce", group: "food", trade: "Chế biến hải sản", weight: 5, where: "coastal", price: [70_000, 320_000], packs: ["Chai 500 ml", "Chai 750 ml", "Can 2 lít"],
    variants: [["cá cơm", "anchovy"], ["cốt", "first-press"], ["truyền thống", "traditional"], ["nhỉ", "drip-extracted"], ["40 độ đạm", "40°N"], ["", ""]],
    blurb: "Nước mắm ủ chượp từ cá cơm tươi và muối hạt trong thùng gỗ từ 12 tháng trở lên, màu cánh gián, hậu vị ngọt." },
  { vi: "Mắm tôm", en: "shrimp paste", group: "food", trade: "Chế biến hải sản", weight: 1.5, where: "coastal", price: [40_000, 120_000], packs: ["Hũ 500 g", "Hũ 250 g"],
    variants: [["", ""], ["chua", "sour"], ["đặc", "thick"]], blurb: "Mắm làm từ tôm, tép tươi ủ muối theo cách truyền thống của làng biển." },
  { vi: "Mắm cá", en: "fermented fish", group: "food", trade: "Chế biến thủy sản", weight: 1.2, where: "coastal", price: [60_000, 180_000], packs: ["Hũ 500 g", "Hũ 1 kg"],
    variants: [["linh", "linh fish"], ["lóc", "snakehead"], ["sặc", "gourami"], ["thu", "mackerel"]], blurb: "Mắm cá ủ thính gạo rang, đóng hũ thủy tinh, ăn kèm rau sống và thịt luộc." },
  { vi: "Gạo", en: "rice", group: "food", trade: "Nông nghiệp", weight: 5, price: [40_000, 180_000], packs: ["Túi 2 kg", "Túi 5 kg", "Túi 10 kg"],
    variants: [["ST25", "ST25"], ["nếp cái hoa vàng", "yellow-flower glutinous"], ["tám thơm", "fragrant tám"], ["Séng Cù", "Séng Cù"], ["hữu cơ", "organic"], ["lứt đỏ", "red brown"], ["nếp", "glutinous"]],
    blurb: "Gạo trồng theo quy trình an toàn, xay xát và đóng túi tại hợp tác xã, cơm dẻo và thơm." },
  { vi: "Bánh gai", en: "gai leaf cake", group: "food", trade: "Sản xuất bánh", weight: 1, price: [50_000, 120_000], packs: ["Hộp 10 chiếc", "Túi 5 chiếc"],
    variants: [["", ""], ["nhân đậu xanh", "mung bean"]], blurb: "Bánh làm từ lá gai, gạo nếp và nhân đậu xanh, dừa, mỡ, gói lá chuối khô." },
  { vi: "Bánh đa", en: "rice crackers", group: "food", trade: "Sản xuất bánh", weight: 1.2, price: [30_000, 90_000], packs: ["Túi 10 chiếc", "Gói 500 g"],
    variants: [["vừng", "sesame"], ["nem", "spring-roll"], ["đỏ", "red"], ["", ""]], blurb: "Bánh đa tráng tay, phơi nắng, nướng than hồng giòn thơm mùi vừng." },
  { vi: "Bánh pía", en: "pía cake", group: "food", trade: "Sản xuất bánh", weight: 0.6, price: [60_000, 150_000], packs: ["Hộp 4 cái", "Hộp 500 g"],
    variants: [["sầu riêng", "durian"], ["đậu xanh", "mung bean"], ["trứng muối", "salted egg"]], blurb: "Bánh pía vỏ nhiều lớp, nhân đậu xanh, sầu riêng và lòng đỏ trứng muối." },
  { vi: "Bánh tráng", en: "rice paper", group: "food", trade: "Sản xuất bánh", weight: 1, price: [25_000, 80_000], packs: ["Gói 500 g", "Xấp 20 lá"],
    variants: [["phơi sương", "dew-dried"], ["dừa", "coconut"], ["mè đen", "black sesame"]], blurb: "Bánh tráng tráng tay từ gạo ngon, phơi nắng sớm, mỏng và dẻo." },
  { vi: "Giò", en: "pork roll", group: "food", trade: "Chế biến thực phẩm", weight: 1, price: [90_000, 220_000], packs: ["Cây 500 g", "Cây 1 kg"],
    variants: [["lụa", "silk"], ["me", "veal"], ["bò", "beef"], ["thủ", "head-cheese"]], blurb: "Giò giã từ thịt nóng, gói lá chuối, luộc chín, hút chân không bảo quản lạnh." },
  { vi: "Lạp xưởng", en: "Chinese sausage", group: "food", trade: "Chế biến thực phẩm", weight: 0.8, price: [120_000, 280_000], packs: ["Gói 500 g"],
    variants: [["tươi", "fresh"], ["tôm", "shrimp"], ["heo", "pork"]], blurb: "Lạp xưởng nhồi thịt nạc, mỡ, rượu mai quế lộ, phơi nắng, không chất bảo quản." },
  { vi: "Thịt trâu gác bếp", en: "smoked buffalo", group: "food", trade: "Chế biến thực phẩm", weight: 1, where: "highland", price: [450_000, 1_100_000], packs: ["Gói 500 g", "Gói 250 g"],
    variants: [["", ""], ["tẩm mắc khén", "mắc khén-spiced"]], blurb: "Thịt trâu tẩm gia vị núi rừng, hun khói trên gác bếp, xé sợi chấm chẩm chéo." },
  { vi: "Mực khô", en: "dried squid", group: "food", trade: "Chế biến hải sản", weight: 1.2, where: "coastal", price: [550_000, 1_400_000], packs: ["Gói 500 g, hút chân không", "Gói 250 g"],
    variants: [["", ""], ["một nắng", "once-sun-dried"], ["câu", "line-caught"]], blurb: "Mực câu đánh bắt trong ngày, làm sạch, phơi nắng tự nhiên trên giàn tre." },
  { vi: "Khô cá", en: "dried fish", group: "food", trade: "Chế biến thủy sản", weight: 1.2, where: "coastal", price: [120_000, 450_000], packs: ["Gói 500 g", "Gói 1 kg"],
    variants: [["lóc", "snakehead"], ["sặc", "gourami"], ["dứa", "catfish"], ["chỉ vàng", "yellowstripe scad"], ["bống", "goby"]], blurb: "Cá tươi làm sạch, ướp muối nhạt và phơi một nắng, đóng gói hút chân không." },
  { vi: "Chả cá", en: "fish cake", group: "food", trade: "Chế biến thủy sản", weight: 0.8, where: "coastal", price: [150_000, 320_000], packs: ["Gói 500 g, bảo quản lạnh"],
    variants: [["thu", "mackerel"], ["thác lác", "knifefish"], ["mối", "lizardfish"]], blurb: "Chả quết tay từ thịt cá tươi, chiên vàng, giữ lạnh từ khi đóng gói." },
  { vi: "Kẹo dừa", en: "coconut candy", group: "food", trade: "Chế biến dừa", weight: 1, price: [40_000, 90_000], packs: ["Gói 400 g", "Hộp 500 g"],
    variants: [["sầu riêng", "durian"], ["lá dứa", "pandan"], ["ca cao", "cocoa"], ["đậu phộng", "peanut"]], blurb: "Kẹo nấu từ nước cốt dừa và mạch nha, gói giấy gạo." },
  { vi: "Kẹo cu đơ", en: "cu đơ peanut candy", group: "food", trade: "Sản xuất bánh kẹo", weight: 0.6, price: [40_000, 100_000], packs: ["Hộp 400 g", "Hộp 500 g"],
    variants: [["", ""], ["gừng", "ginger"]], blurb: "Kẹo làm từ mật mía, lạc rang và bánh đa nướng, vị gừng ấm." },
  { vi: "Mứt", en: "candied fruit", group: "food", trade: "Chế biến nông sản", weight: 1, price: [50_000, 160_000], packs: ["Hộp 300 g", "Hộp 500 g"],
    variants: [["gừng", "ginger"], ["sen", "lotus seed"], ["mận", "plum"], ["me", "tamarind"], ["dừa", "coconut"]], blurb: "Mứt sên tay ít đường, không phẩm màu." },
  { vi: "Hạt điều", en: "cashews", group: "food", trade: "Chế biến nông sản", weight: 1.2, price: [180_000, 420_000], packs: ["Hộp 500 g", "Hũ 300 g"],
    variants: [["rang muối", "salt-roasted"], ["rang củi", "wood-roasted"], ["tươi", "raw"]], blurb: "Hạt điều chọn hạt to, rang củi, còn vỏ lụa." },
  { vi: "Hạt mắc ca", en: "macadamia nuts", group: "food", trade: "Nông sản", weight: 0.6, where: "highland", price: [250_000, 520_000], packs: ["Hộp 500 g, nứt vỏ, rang sẵn"],
    variants: [["", ""], ["sấy", "roasted"]], blurb: "Hạt mắc ca trồng ở vùng cao, nứt vỏ, sấy giòn." },
  { vi: "Hồ tiêu", en: "black pepper", group: "food", trade: "Nông sản", weight: 0.8, where: "highland", price: [90_000, 260_000], packs: ["Hũ 200 g", "Gói 500 g"],
    variants: [["đen", "black"], ["đỏ", "red"], ["sọ", "white"]], blurb: "Hạt tiêu chín trên cây, phơi khô, không tẩm màu." },
  { vi: "Măng khô", en: "dried bamboo shoots", group: "food", trade: "Nông lâm sản", weight: 1, where: "highland", price: [120_000, 380_000], packs: ["Gói 500 g", "Gói 300 g"],
    variants: [["nứa", "nứa bamboo"], ["vầu", "vầu bamboo"], ["", ""]], blurb: "Măng rừng luộc chín, phơi khô trên gác bếp, ngâm mềm trước khi nấu." },
  { vi: "Nấm", en: "mushrooms", group: "food", trade: "Nông nghiệp", weight: 1, price: [60_000, 300_000], packs: ["Gói 200 g khô", "Túi 1 kg nấm tươi"],
    variants: [["hương", "shiitake"], ["mộc nhĩ", "wood ear"], ["sò", "oyster"], ["linh chi", "reishi"]], blurb: "Nấm trồng trên giá thể mùn cưa trong nhà màng, sấy lạnh giữ hương." },
  { vi: "Ruốc", en: "meat floss", group: "food", trade: "Chế biến thực phẩm", weight: 0.6, price: [120_000, 300_000], packs: ["Hũ 300 g"],
    variants: [["thịt lợn", "pork"], ["cá hồi", "salmon"], ["tôm", "shrimp"]], blurb: "Ruốc sao khô, tơi, không chất bảo quản." },
  { vi: "Trứng vịt muối", en: "salted duck eggs", group: "food", trade: "Chăn nuôi", weight: 0.5, price: [40_000, 90_000], packs: ["Hộp 10 quả"],
    variants: [["", ""], ["tro", "ash-cured"]], blurb: "Trứng vịt chạy đồng ủ tro bếp và muối hạt." },
  { vi: "Vải thiều", en: "lychees", group: "food", trade: "Sản xuất vải thiều", weight: 0.8, price: [60_000, 160_000], packs: ["Thùng 2 kg, theo mùa (tháng 6–7)"],
    variants: [["", ""], ["sấy khô", "dried"], ["hữu cơ", "organic"]], blurb: "Vải trồng theo tiêu chuẩn VietGAP, thu hái vào mùa." },
  { vi: "Cam", en: "oranges", group: "food", trade: "Sản xuất cam", weight: 0.8, price: [60_000, 180_000], packs: ["Thùng 3 kg, theo mùa"],
    variants: [["đường", "sugar"], ["sành", "king"], ["xã Đoài", "xã Đoài"], ["", ""]], blurb: "Cam chín cây, vỏ mỏng, mọng nước, thu hái vào cuối năm." },
  { vi: "Bưởi", en: "pomelo", group: "food", trade: "Sản xuất bưởi", weight: 0.8, price: [60_000, 200_000], packs: ["Thùng 2 quả"],
    variants: [["da xanh", "green-skin"], ["Diễn", "Diễn"], ["năm roi", "năm roi"]], blurb: "Bưởi trồng theo VietGAP, múi mọng, tép giòn." },
  { vi: "Sầu riêng sấy", en: "dried durian", group: "food", trade: "Chế biến nông sản", weight: 0.5, price: [90_000, 220_000], packs: ["Gói 100 g"],
    variants: [["thăng hoa", "freeze-dried"], ["giòn", "crisp"]], blurb: "Sầu riêng chín cây, sấy lạnh giữ vị." },
  { vi: "Tương", en: "fermented soybean sauce", group: "food", trade: "Chế biến thực phẩm", weight: 0.5, price: [30_000, 80_000], packs: ["Chai 500 ml"],
    variants: [["bần", "Bần"], ["nếp", "glutinous"]], blurb: "Tương ủ từ đậu tương rang và mốc nếp, phơi nắng trong chum sành." },
  { vi: "Đường phèn", en: "rock sugar", group: "food", trade: "Chế biến mía đường", weight: 0.4, price: [40_000, 90_000], packs: ["Hũ 500 g"],
    variants: [["", ""], ["vàng", "golden"]], blurb: "Đường kết tinh chậm từ nước mía, vị ngọt thanh." },
  // ── Đồ uống ──
  { vi: "Chè", en: "tea", group: "drinks", trade: "Chè", weight: 6, where: "highland", price: [80_000, 450_000], packs: ["Hộp 100 g", "Gói 200 g", "Gói 500 g"],
    variants: [["Shan tuyết", "Shan tuyết"], ["búp", "bud"], ["móc câu", "hook-leaf"], ["đinh", "đinh bud"], ["xanh", "green"], ["búp tím", "purple bud"], ["cổ thụ", "ancient-tree"]],
    blurb: "Búp chè hái một tôm hai lá, sao tay trên chảo gang, nước xanh, vị chát dịu, hậu ngọt." },
  { vi: "Trà", en: "herbal tea", group: "drinks", trade: "Trà thảo dược", weight: 4, price: [60_000, 350_000], packs: ["Hộp 20 gói", "Gói 200 g", "Hộp 50 g"],
    variants: [["hoa vàng", "golden camellia"], ["cà gai leo", "cà gai leo"], ["xạ đen", "xạ đen"], ["actiso", "artichoke"], ["mướp đắng", "bitter melon"], ["sen", "lotus"], ["hoa cúc", "chrysanthemum"], ["mãng cầu", "soursop"]],
    blurb: "Trà thảo mộc sấy lạnh, hãm nước sôi 5 phút, uống nóng hay lạnh đều hợp." },
  { vi: "Cà phê", en: "coffee", group: "drinks", trade: "Cà phê", weight: 4, where: "highland", price: [90_000, 420_000], packs: ["Gói 500 g, rang xay", "Hộp 250 g", "Hộp 10 gói phin giấy"],
    variants: [["rang xay", "ground"], ["bột nguyên chất", "pure ground"], ["Arabica", "Arabica"], ["Robusta", "Robusta"], ["hạt rang mộc", "plain-roasted beans"]],
    blurb: "Cà phê chín đỏ hái tay, sơ chế ướt, rang mộc không tẩm bơ hay hương liệu." },
  { vi: "Rượu", en: "rice spirit", group: "drinks", trade: "Sản xuất rượu", weight: 4, price: [80_000, 450_000], packs: ["Chai 500 ml", "Bình 1 lít"],
    variants: [["nếp cái", "glutinous"], ["ngô", "corn"], ["táo mèo", "wild apple"], ["sim", "rose myrtle"], ["chuối hột", "seeded banana"], ["men lá", "leaf-yeast"], ["thốt nốt", "palmyra"]],
    blurb: "Rượu nấu thủ công bằng men lá, hạ thổ trong chum sành, êm và thơm." },
  { vi: "Nước cốt chanh leo", en: "passion fruit concentrate", group: "drinks", trade: "Chế biến nông sản", weight: 0.6, price: [60_000, 140_000], packs: ["Chai 500 ml"],
    variants: [["", ""], ["mật ong", "with honey"]], blurb: "Nước cốt từ chanh leo chín, pha với nước mát và đá." },
  { vi: "Rượu vang", en: "wine", group: "drinks", trade: "Sản xuất vang", weight: 0.5, price: [150_000, 400_000], packs: ["Chai 750 ml"],
    variants: [["nho", "grape"], ["sim", "rose myrtle"], ["dâu", "mulberry"]], blurb: "Vang lên men tự nhiên, ủ trong thùng gỗ." },
  // ── Dược liệu ──
  { vi: "Đinh lăng", en: "đinh lăng root", group: "herbal", trade: "Dược liệu", weight: 1.5, price: [150_000, 650_000], packs: ["Hộp 200 g", "Bình 2 lít ngâm rượu"],
    variants: [["thái lát", "sliced"], ["cao", "extract"], ["trà túi lọc", "tea bags"]], blurb: "Rễ đinh lăng trồng từ 3 năm trở lên, sơ chế sạch." },
  { vi: "Sâm", en: "ginseng", group: "herbal", trade: "Dược liệu", weight: 1, where: "highland", price: [450_000, 4_500_000], packs: ["Hộp 100 g", "Hộp 5 củ"],
    variants: [["Bố Chính", "Bố Chính"], ["Nam núi Dành", "Nam núi Dành"], ["dây", "climbing"], ["cau", "golden eye-grass"]], blurb: "Sâm trồng dưới tán rừng, thu hoạch khi đủ tuổi." },
  { vi: "Tam thất", en: "notoginseng", group: "herbal", trade: "Dược liệu", weight: 0.8, where: "highland", price: [300_000, 1_800_000], packs: ["Hộp 100 g", "Hũ 200 g bột"],
    variants: [["củ", "root"], ["bột", "powder"], ["hoa", "flower"]], blurb: "Tam thất trồng trên núi cao, phơi sấy và nghiền mịn." },
  { vi: "Cao", en: "herbal extract", group: "herbal", trade: "Dược liệu", weight: 1, price: [150_000, 600_000], packs: ["Hũ 100 g", "Lọ 100 g"],
    variants: [["cà gai leo", "cà gai leo"], ["actiso", "artichoke"], ["xạ đen", "xạ đen"], ["ích mẫu", "motherwort"]], blurb: "Cao chiết xuất từ dược liệu trồng theo GACP, cô đặc ở nhiệt độ thấp." },
  { vi: "Tinh dầu", en: "essential oil", group: "herbal", trade: "Tinh dầu", weight: 1.2, price: [80_000, 300_000], packs: ["Chai 100 ml", "Chai 50 ml"],
    variants: [["tràm", "cajeput"], ["quế", "cinnamon"], ["sả chanh", "lemongrass"], ["bưởi", "pomelo"], ["hồi", "star anise"]], blurb: "Tinh dầu chưng cất hơi nước từ lá và vỏ, nguyên chất." },
  { vi: "Tinh bột nghệ", en: "turmeric starch", group: "herbal", trade: "Dược liệu", weight: 0.8, price: [150_000, 450_000], packs: ["Hũ 200 g", "Hũ 500 g"],
    variants: [["vàng", "yellow"], ["đỏ", "red"], ["", ""]], blurb: "Nghệ tươi xay, lọc nhiều lần lấy tinh bột, sấy lạnh." },
  { vi: "Đông trùng hạ thảo", en: "cordyceps", group: "herbal", trade: "Nuôi trồng dược liệu", weight: 0.6, price: [600_000, 2_500_000], packs: ["Hộp 10 g sấy khô", "Hộp 20 g"],
    variants: [["sấy khô", "dried"], ["", ""]], blurb: "Đông trùng hạ thảo nuôi cấy trong phòng sạch, sấy thăng hoa." },
  // ── Thủ công mỹ nghệ ──
  { vi: "Thổ cẩm", variantFirst: true, en: "brocade", group: "handicraft", trade: "dệt thổ cẩm", weight: 1.5, where: "highland", price: [150_000, 1_200_000], packs: ["1 chiếc, dệt tay", "1 tấm, khổ 40 × 160 cm"],
    variants: [["khăn", "scarf"], ["túi", "bag"], ["váy", "skirt"], ["", ""]], blurb: "Thổ cẩm dệt tay trên khung gỗ, nhuộm màu từ lá rừng." },
  { vi: "Mây tre đan", variantFirst: true, en: "rattan and bamboo ware", group: "handicraft", trade: "mây tre đan", weight: 1.5, price: [80_000, 600_000], packs: ["Bộ 3 chiếc", "1 chiếc"],
    variants: [["giỏ", "basket"], ["khay", "tray"], ["đèn", "lamp"], ["hộp", "box"]], blurb: "Sản phẩm đan tay từ mây, tre, giang đã xử lý chống mốc." },
  { vi: "Gốm", variantFirst: true, en: "pottery", group: "handicraft", trade: "Gốm sứ", weight: 1.5, price: [120_000, 2_000_000], packs: ["1 chiếc", "Bộ 6 chén, 1 ấm"],
    variants: [["bình", "vase"], ["bộ ấm chén", "tea set"], ["lọ", "jar"], ["bát đĩa", "tableware"]], blurb: "Gốm nặn và vẽ tay, nung ở 1.200 °C, men không chì." },
  { vi: "Chiếu cói", en: "sedge mats", group: "handicraft", trade: "dệt chiếu cói", weight: 0.6, where: "coastal", price: [150_000, 550_000], packs: ["1 chiếc 1,6 × 2 m"],
    variants: [["", ""], ["in hoa", "printed"]], blurb: "Chiếu dệt từ cói phơi khô, nhuộm phẩm màu an toàn." },
  { vi: "Nón lá", en: "conical hat", group: "handicraft", trade: "làm nón", weight: 0.5, price: [60_000, 300_000], packs: ["1 chiếc"],
    variants: [["bài thơ", "poem"], ["", ""]], blurb: "Nón chằm tay 16 vòng, lá cọ phơi sương." },
  { vi: "Đũa gỗ", en: "wooden chopsticks", group: "handicraft", trade: "Mộc", weight: 0.5, price: [50_000, 200_000], packs: ["Hộp 10 đôi"],
    variants: [["", ""], ["tre", "bamboo"], ["mun", "ebony"]], blurb: "Đũa tiện từ gỗ tự nhiên, không sơn phủ." },
  { vi: "Lụa tơ tằm", variantFirst: true, en: "silk", group: "handicraft", trade: "dệt lụa", weight: 0.6, price: [300_000, 1_500_000], packs: ["1 khăn 50 × 180 cm", "1 m vải"],
    variants: [["khăn", "scarf"], ["", ""]], blurb: "Lụa dệt từ tơ tằm ươm thủ công, nhuộm màu tự nhiên." },
  { vi: "Tranh", en: "painting", group: "handicraft", trade: "làm tranh", weight: 0.5, price: [150_000, 1_500_000], packs: ["1 bức, khổ A3"],
    variants: [["thêu", "embroidered"], ["giấy dó", "dó-paper"], ["", ""]], blurb: "Tranh làm tay theo mẫu dân gian, đóng khung gỗ." },
  // ── Sinh vật cảnh ──
  { vi: "Cây cảnh", en: "bonsai", group: "ornamental", trade: "Sinh vật cảnh", weight: 0.8, price: [500_000, 8_000_000], packs: ["1 cây, chậu sứ"],
    variants: [["sanh", "Chinese banyan"], ["tùng", "juniper"], ["linh sam", "linh sam"], ["", ""]], blurb: "Cây uốn thế nhiều năm, giao kèm chậu và hướng dẫn chăm sóc." },
  { vi: "Lan", en: "orchids", group: "ornamental", trade: "Hoa lan", weight: 0.6, price: [200_000, 2_500_000], packs: ["1 chậu 5 cành"],
    variants: [["hồ điệp", "moth"], ["phi điệp", "phi điệp"], ["kiếm", "cymbidium"]], blurb: "Lan nuôi trong vườn lưới, giao khi sắp nở." },
  { vi: "Cây đào thế", en: "shaped peach tree", group: "ornamental", trade: "Sinh vật cảnh", weight: 0.3, price: [1_500_000, 12_000_000], packs: ["1 cây, theo mùa Tết"],
    variants: [["", ""]], blurb: "Đào uốn thế, tuốt lá đúng độ để nở dịp Tết." },
  { vi: "Quất cảnh", en: "kumquat tree", group: "ornamental", trade: "Sinh vật cảnh", weight: 0.3, price: [600_000, 5_000_000], packs: ["1 cây, theo mùa Tết"],
    variants: [["", ""]], blurb: "Quất trồng chậu, quả đều, lá xanh dịp Tết." },
  { vi: "Cá cảnh", en: "ornamental fish", group: "ornamental", trade: "Sinh vật cảnh", weight: 0.3, price: [150_000, 3_000_000], packs: ["1 cặp"],
    variants: [["Koi", "Koi"], ["vàng", "goldfish"]], blurb: "Cá nuôi trong hồ lọc tuần hoàn, giao kèm oxy." },
  // ── Du lịch cộng đồng ──
  { vi: "Du lịch cộng đồng", variantFirst: true, en: "community tourism", group: "tourism", trade: "Du lịch", weight: 1.2, stockless: true, price: [150_000, 900_000], packs: ["Vé trải nghiệm trọn ngày, 1 khách", "Gói 2 ngày 1 đêm, 1 khách"],
    variants: [["Điểm", "site"], ["Làng", "village"], ["Bản", "hamlet"]], blurb: "Trải nghiệm sống cùng người dân: nấu ăn, làm nghề, đi bộ ngắm cảnh, ngủ nhà sàn." },
  { vi: "Homestay", en: "homestay", group: "tourism", trade: "Du lịch", weight: 0.6, stockless: true, price: [250_000, 900_000], packs: ["1 đêm, 1 khách, kèm bữa sáng"],
    variants: [["", ""]], blurb: "Nhà sàn gỗ, bữa cơm địa phương và hướng dẫn viên người bản địa." },
]
