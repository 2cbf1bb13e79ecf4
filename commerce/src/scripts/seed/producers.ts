import type { ProducerSeed } from "./catalogue-types"

/**
 * OCOP producers (chủ thể OCOP) behind the seed products, taken from
 * shared/ocop-domain.md §5.3. Where a source names no producer, the name only
 * states what is known (e.g. "Cơ sở sản xuất Bánh gai Lâm Thắm"). `commune` is
 * left empty where no source gives it.
 */
export const producers: ProducerSeed[] = [
  // ───────────── Thái Nguyên (incl. former Bắc Kạn) ─────────────
  {
    handle: "htx-tai-hoan",
    name: "HTX Tài Hoan",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "xã Côn Minh",
      street: "thôn Chè Cọ",
      legacyAddress: "thôn Chè Cọ, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "HTX Tài Hoan ở thôn Chè Cọ, xã Côn Minh thu mua củ dong riềng do bà con trong vùng trồng và làm thành miến dong. Hợp tác xã giúp giữ nghề làm miến vốn gắn với nhiều gia đình ở vùng núi Na Rì.",
      en: "Tài Hoan Cooperative in Chè Cọ hamlet, Côn Minh commune, buys canna roots grown by local households and turns them into canna-starch noodles. It helps keep alive a noodle-making craft shared by many families in the Na Rì hills.",
    },
  },
  {
    handle: "ctcp-curcumin-bac-ha",
    name: "Công ty cổ phần Curcumin Bắc Hà",
    type: "enterprise",
    address: {
      province: "Thái Nguyên",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "Công ty cổ phần Curcumin Bắc Hà ở Bắc Kạn làm các sản phẩm chế biến từ nghệ. Sản phẩm của công ty đạt OCOP 4 sao từ năm 2018 trước khi được nâng lên 5 sao.",
      en: "Curcumin Bắc Hà Joint Stock Company in Bắc Kạn makes processed turmeric products. Its product was rated 4-star OCOP in 2018 before being raised to 5 stars.",
    },
  },
  {
    handle: "ctcp-nong-san-bac-kan",
    name: "Công ty cổ phần Nông sản Bắc Kạn",
    type: "enterprise",
    address: {
      province: "Thái Nguyên",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "Công ty cổ phần Nông sản Bắc Kạn thu mua và chế biến nông sản của vùng núi Bắc Kạn, trong đó có nghệ. Công ty là một trong những chủ thể có sản phẩm OCOP từ những năm đầu của chương trình ở tỉnh.",
      en: "Bắc Kạn Agricultural Products Joint Stock Company buys and processes farm produce from the Bắc Kạn uplands, turmeric among it. It was one of the province's producers with OCOP products from the programme's early years.",
    },
  },
  {
    handle: "tht-dai-thang",
    name: "Tổ hợp tác Đại Thắng",
    type: "cooperative_group",
    address: {
      province: "Thái Nguyên",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "Tổ hợp tác Đại Thắng là nhóm hộ ở Bắc Kạn cùng làm sản phẩm từ củ mài núi. Sản phẩm củ mài thái lát của tổ được tỉnh công nhận OCOP 3 sao năm 2022.",
      en: "Đại Thắng Cooperative Group is a small group of Bắc Kạn households working together on mountain-yam products. Its sliced yam was recognised as a 3-star OCOP product by the province in 2022.",
    },
  },
  {
    handle: "htx-bao-chau",
    name: "HTX Trồng và sản xuất dược liệu Bảo Châu",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "xã Văn Lang",
      street: "",
      legacyAddress: "xã Văn Lang, huyện Na Rì, tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "HTX Bảo Châu ở xã Văn Lang trồng và chế biến cây dược liệu, trong đó có cà gai leo. Hợp tác xã tận dụng đất đồi của địa phương để phát triển vùng nguyên liệu.",
      en: "Bảo Châu Cooperative in Văn Lang commune grows and processes medicinal plants, including cà gai leo (Solanum procumbens). It uses the local hill land to build up its own raw-material area.",
    },
  },
  {
    handle: "htx-nong-nghiep-sach-tan-son",
    name: "HTX Nông nghiệp sạch Tân Sơn",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "xã Tân Sơn",
      street: "",
      legacyAddress: "xã Tân Sơn, huyện Chợ Mới, tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "HTX Nông nghiệp sạch Tân Sơn liên kết các hộ trồng lúa nếp ở xã Tân Sơn. Hợp tác xã lo khâu giống, thu mua và đóng gói để gạo nếp địa phương đến được với người mua ở xa.",
      en: "Tân Sơn Clean Agriculture Cooperative links households growing glutinous rice in Tân Sơn commune. It handles seed, purchasing and packing so the local sticky rice can reach buyers further away.",
    },
  },
  {
    handle: "htx-dvnn-hop-giang",
    name: "HTX Dịch vụ nông nghiệp Hợp Giang",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "xã Lục Bình",
      street: "thôn Nà Nghịu",
      legacyAddress: "thôn Nà Nghịu, xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn",
      legacyProvince: "Bắc Kạn",
    },
    story: {
      vi: "HTX Dịch vụ nông nghiệp Hợp Giang ở thôn Nà Nghịu trồng nấm sò trong nhà lán, dùng nguyên liệu rơm rạ và mùn cưa sẵn có ở địa phương. Nghề trồng nấm cho bà con thêm việc làm ngoài mùa vụ.",
      en: "Hợp Giang Agricultural Services Cooperative in Nà Nghịu hamlet grows oyster mushrooms in sheds, using straw and sawdust available locally. Mushroom growing gives villagers work between crop seasons.",
    },
  },
  {
    handle: "htx-che-hao-dat",
    name: "HTX Chè Hảo Đạt",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "xã Tân Cương",
      street: "",
      legacyAddress: "xã Tân Cương, thành phố Thái Nguyên, tỉnh Thái Nguyên",
      legacyProvince: "Thái Nguyên",
    },
    story: {
      vi: "HTX Chè Hảo Đạt ra đời từ một tổ hợp tác nhỏ ở vùng chè Tân Cương và nay có xưởng chế biến, khu trưng bày riêng. Hợp tác xã làm nhiều dòng chè Tân Cương, từ chè móc câu đến chè đinh.",
      en: "Hảo Đạt Tea Cooperative grew out of a small cooperative group in the Tân Cương tea area and now runs its own processing workshop and showroom. It makes several Tân Cương tea grades, from hook-leaf tea to chè đinh.",
    },
  },
  {
    handle: "htx-che-cong-tam-minh-duc",
    name: "HTX Chè Công Tâm Minh Đức",
    type: "cooperative",
    address: {
      province: "Thái Nguyên",
      commune: "",
      street: "",
      legacyAddress: "thành phố Phổ Yên, tỉnh Thái Nguyên",
      legacyProvince: "Thái Nguyên",
    },
    story: {
      vi: "HTX Chè Công Tâm Minh Đức là hợp tác xã chè ở Phổ Yên, vùng trung du có truyền thống trồng và sao chè lâu đời. Các thành viên tự trồng, hái và chế biến chè trên đồi của gia đình.",
      en: "Công Tâm Minh Đức Tea Cooperative is a tea cooperative in Phổ Yên, a midland area with a long tradition of growing and pan-firing tea. Members grow, pick and process tea from their own family hillsides.",
    },
  },

  // ───────────── Bắc Ninh (former Bắc Giang) ─────────────
  {
    handle: "co-so-my-chu-xuan-truong",
    name: "Cơ sở sản xuất Mỳ gạo Chũ Xuân Trường",
    type: "household_business",
    address: {
      province: "Bắc Ninh",
      commune: "xã Nam Dương",
      street: "",
      legacyAddress: "xã Nam Dương, huyện Lục Ngạn, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "Cơ sở Mỳ gạo Chũ Xuân Trường ở xã Nam Dương, vùng làng nghề mỳ Chũ của Lục Ngạn. Cơ sở làm mỳ gạo phơi nắng theo cách của làng và phát triển thêm dòng mỳ nhiều màu.",
      en: "The Xuân Trường Chũ rice-noodle workshop is in Nam Dương commune, in the Chũ noodle-making area of Lục Ngạn. It makes sun-dried rice noodles the village way and has added a multi-coloured line.",
    },
  },
  {
    handle: "htx-nong-nghiep-huu-co-binh-minh",
    name: "HTX Nông nghiệp hữu cơ Bình Minh",
    type: "cooperative",
    address: {
      province: "Bắc Ninh",
      commune: "xã Danh Thắng",
      street: "",
      legacyAddress: "xã Danh Thắng, huyện Hiệp Hòa, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "HTX Nông nghiệp hữu cơ Bình Minh ở xã Danh Thắng chế biến giò, chả và xúc xích từ thịt lợn có bổ sung thảo dược. Dòng sản phẩm này được tỉnh Bắc Giang công nhận OCOP 4 sao năm 2022.",
      en: "Bình Minh Organic Agriculture Cooperative in Danh Thắng commune makes pork rolls, pork pâté and sausages with added herbs. The range was recognised as 4-star OCOP by Bắc Giang province in 2022.",
    },
  },
  {
    handle: "htx-sam-nam-nui-danh-lien-chung",
    name: "HTX SX&TT Sâm Nam núi Dành Liên Chung",
    type: "cooperative",
    address: {
      province: "Bắc Ninh",
      commune: "xã Liên Chung",
      street: "",
      legacyAddress: "xã Liên Chung, huyện Tân Yên, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "Hợp tác xã trồng và tiêu thụ sâm nam núi Dành, loại cây gắn với vùng núi Dành ở Tân Yên. Ngoài củ, hợp tác xã còn thu hái nụ hoa để sấy khô làm trà.",
      en: "This cooperative grows and sells Núi Dành 'southern ginseng', a plant tied to the Dành mountain area of Tân Yên. Besides the roots, it harvests the flower buds and dries them for tea.",
    },
  },
  {
    handle: "htx-hong-xuan",
    name: "HTX Nông nghiệp sản xuất và kinh doanh dịch vụ tổng hợp Hồng Xuân",
    type: "cooperative",
    address: {
      province: "Bắc Ninh",
      commune: "",
      street: "",
      legacyAddress: "huyện Lục Ngạn, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "HTX Hồng Xuân gom vải thiều của các nhà vườn Lục Ngạn, phân loại và đóng thùng trong mùa thu hoạch. Hợp tác xã hướng dẫn thành viên chăm vườn theo quy trình an toàn.",
      en: "Hồng Xuân Cooperative collects lychees from Lục Ngạn orchards, grades them and packs them during the harvest. It trains members to tend their orchards to a safe-production standard.",
    },
  },
  {
    handle: "ho-sx-vu-van-men",
    name: "Hộ sản xuất Vũ Văn Mến",
    type: "household_business",
    address: {
      province: "Bắc Ninh",
      commune: "xã Kiên Thành",
      street: "thôn Bằng Công",
      legacyAddress: "thôn Bằng Công, xã Kiên Thành, huyện Lục Ngạn, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "Một hộ trồng vải ở thôn Bằng Công, xã Kiên Thành, chăm vườn vải theo hướng hữu cơ. Sản phẩm của hộ là một trong những sản phẩm được cấp chứng nhận OCOP 3 sao cấp huyện ở Lục Ngạn.",
      en: "A lychee-growing household in Bằng Công hamlet, Kiên Thành commune, farming its orchard organically. Its fruit was among the products given a district-level 3-star OCOP certificate in Lục Ngạn.",
    },
  },
  {
    handle: "htx-hang-hieu",
    name: "HTX Dịch vụ nông nghiệp Hằng Hiếu",
    type: "cooperative",
    address: {
      province: "Bắc Ninh",
      commune: "",
      street: "",
      legacyAddress: "huyện Lục Ngạn, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "HTX Dịch vụ nông nghiệp Hằng Hiếu ở Lục Ngạn làm cả mật ong hoa vải lẫn mỳ gạo. Đàn ong của hợp tác xã lấy mật trong mùa vải nở hoa trên khắp các triền đồi Lục Ngạn.",
      en: "Hằng Hiếu Agricultural Services Cooperative in Lục Ngạn makes both lychee-blossom honey and rice noodles. Its bees gather nectar when the lychee orchards on the Lục Ngạn hillsides are in flower.",
    },
  },
  {
    handle: "htx-nong-nghiep-thai-son",
    name: "HTX Nông nghiệp Thái Sơn",
    type: "cooperative",
    address: {
      province: "Bắc Ninh",
      commune: "xã Thái Sơn",
      street: "",
      legacyAddress: "xã Thái Sơn, huyện Hiệp Hòa, tỉnh Bắc Giang",
      legacyProvince: "Bắc Giang",
    },
    story: {
      vi: "HTX Nông nghiệp Thái Sơn tổ chức cho nông dân xã Thái Sơn trồng nếp cái hoa vàng trên cánh đồng tập trung. Hợp tác xã lo khâu giống, xay xát và đóng gói.",
      en: "Thái Sơn Agricultural Cooperative organises farmers in Thái Sơn commune to grow yellow-flower glutinous rice on shared fields. It takes care of seed, milling and packing.",
    },
  },

  // ───────────── Quảng Ninh ─────────────
  {
    handle: "ctcp-lam-san-dap-thanh",
    name: "Công ty cổ phần Kinh doanh lâm sản Đạp Thanh",
    type: "enterprise",
    address: {
      province: "Quảng Ninh",
      commune: "",
      street: "",
      legacyAddress: "huyện Ba Chẽ, tỉnh Quảng Ninh",
      legacyProvince: "Quảng Ninh",
    },
    story: {
      vi: "Doanh nghiệp kinh doanh lâm sản ở huyện miền núi Ba Chẽ, trong đó có trà hoa vàng, loài cây mọc dưới tán rừng. Hoa được thu hái vào mùa đông, khi cây nở rộ.",
      en: "A forest-products company in the mountain district of Ba Chẽ, golden camellia among its products, a plant that grows under the forest canopy. The flowers are picked in winter when the plants bloom.",
    },
  },

  // ───────────── Phú Thọ (incl. former Hòa Bình, Vĩnh Phúc) ─────────────
  {
    handle: "cty-tra-ut",
    name: "Công ty TNHH Đầu tư và Phát triển Trà UT",
    type: "enterprise",
    address: {
      province: "Phú Thọ",
      commune: "",
      street: "",
      legacyAddress: "huyện Thanh Ba, tỉnh Phú Thọ",
      legacyProvince: "Phú Thọ",
    },
    story: {
      vi: "Công ty Trà UT ở Thanh Ba theo đuổi dự án sản xuất, chế biến chè búp tím, một giống chè quý của vùng trung du Phú Thọ đang có nguy cơ mai một.",
      en: "Trà UT in Thanh Ba runs a project to grow and process purple-bud tea, a rare cultivar of the Phú Thọ midlands that was at risk of dying out.",
    },
  },
  {
    handle: "htx-my-gao-hung-lo",
    name: "HTX Mỳ gạo Hùng Lô",
    type: "cooperative",
    address: {
      province: "Phú Thọ",
      commune: "xã Hùng Lô",
      street: "",
      legacyAddress: "xã Hùng Lô, thành phố Việt Trì, tỉnh Phú Thọ",
      legacyProvince: "Phú Thọ",
    },
    story: {
      vi: "HTX Mỳ gạo Hùng Lô tập hợp các hộ làm mỳ ở làng Hùng Lô, một làng cổ gần vùng Đền Hùng. Hợp tác xã giữ cách làm mỳ từ gạo, phơi khô tự nhiên của làng.",
      en: "Hùng Lô Rice Noodle Cooperative brings together noodle-making households in Hùng Lô, an old village near the Hùng Temple area. It keeps the village method of rice noodles dried naturally.",
    },
  },
  {
    handle: "ctcp-kim-boi",
    name: "Công ty cổ phần Kim Bôi",
    type: "enterprise",
    address: {
      province: "Phú Thọ",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Hòa Bình",
      legacyProvince: "Hòa Bình",
    },
    story: {
      vi: "Công ty cổ phần Kim Bôi chế biến măng từ vùng rừng núi Hòa Bình thành các sản phẩm tiện dùng. Hai sản phẩm măng của công ty được công nhận OCOP 5 sao đầu năm 2025.",
      en: "Kim Bôi Joint Stock Company turns bamboo shoots from the Hòa Bình hills into ready-to-use products. Two of its bamboo-shoot products were recognised as 5-star OCOP in early 2025.",
    },
  },
  {
    handle: "ctcp-ong-tam-dao",
    name: "Công ty cổ phần Ong Tam Đảo",
    type: "enterprise",
    address: {
      province: "Phú Thọ",
      commune: "",
      street: "",
      legacyAddress: "huyện Bình Xuyên, tỉnh Vĩnh Phúc",
      legacyProvince: "Vĩnh Phúc",
    },
    story: {
      vi: "Công ty cổ phần Ong Tam Đảo nuôi ong và chế biến sản phẩm từ mật ong ở vùng chân núi Tam Đảo. Ngoài mật nguyên chất, công ty làm thêm các sản phẩm phối trộn với gia vị.",
      en: "Tam Đảo Bee Joint Stock Company keeps bees and makes honey products at the foot of the Tam Đảo range. Besides pure honey it makes blends with spices.",
    },
  },

  // ───────────── Lào Cai ─────────────
  {
    handle: "cty-traphaco-sapa",
    name: "Công ty TNHH MTV Traphaco Sapa",
    type: "enterprise",
    address: {
      province: "Lào Cai",
      commune: "",
      street: "",
      legacyAddress: "thị xã Sa Pa, tỉnh Lào Cai",
      legacyProvince: "Lào Cai",
    },
    story: {
      vi: "Traphaco Sapa trồng và chế biến actiso ở vùng cao Sa Pa, nơi khí hậu mát quanh năm. Công ty làm các sản phẩm từ actiso như cao mềm và trà.",
      en: "Traphaco Sapa grows and processes artichoke in the Sa Pa highlands, where it stays cool all year. It makes artichoke products such as soft extract and tea.",
    },
  },

  // ───────────── Tuyên Quang (former Hà Giang) ─────────────
  {
    handle: "htx-che-bien-che-phin-ho",
    name: "HTX Chế biến chè Phìn Hồ",
    type: "cooperative",
    address: {
      province: "Tuyên Quang",
      commune: "xã Thông Nguyên",
      street: "",
      legacyAddress: "xã Thông Nguyên, huyện Hoàng Su Phì, tỉnh Hà Giang",
      legacyProvince: "Hà Giang",
    },
    story: {
      vi: "HTX Chế biến chè Phìn Hồ do các gia đình người Dao ở xã Thông Nguyên lập năm 2008. Hợp tác xã thu mua búp chè Shan tuyết cổ thụ của bà con và chế biến thành trà xanh, hồng trà.",
      en: "Phìn Hồ Tea Processing Cooperative was set up in 2008 by Dao families in Thông Nguyên commune. It buys buds from old Shan tuyết tea trees owned by villagers and makes green and black tea.",
    },
  },

  // ───────────── Sơn La ─────────────
  {
    handle: "htx-ca-phe-bich-thao",
    name: "HTX Cà phê Bích Thao",
    type: "cooperative",
    address: {
      province: "Sơn La",
      commune: "xã Hua La",
      street: "bản Hoàng Văn Thụ",
      legacyAddress: "bản Hoàng Văn Thụ, xã Hua La, thành phố Sơn La, tỉnh Sơn La",
      legacyProvince: "Sơn La",
    },
    story: {
      vi: "HTX Cà phê Bích Thao được lập năm 2017 từ các hộ trồng cà phê chè ở bản Hoàng Văn Thụ. Hợp tác xã tự sơ chế, rang xay và chú trọng cách chế biến ít dùng nước.",
      en: "Bích Thao Coffee Cooperative was formed in 2017 by arabica growers in Hoàng Văn Thụ village. It does its own processing, roasting and grinding, with an emphasis on low-water processing.",
    },
  },

  // ───────────── Hà Nội ─────────────
  {
    handle: "cty-gom-su-quang-vinh",
    name: "Công ty TNHH Gốm sứ Quang Vinh",
    type: "enterprise",
    address: {
      province: "Hà Nội",
      commune: "xã Bát Tràng",
      street: "",
      legacyAddress: "xã Bát Tràng, huyện Gia Lâm, thành phố Hà Nội",
      legacyProvince: "Hà Nội",
    },
    story: {
      vi: "Công ty Gốm sứ Quang Vinh là một xưởng gốm ở làng Bát Tràng bên sông Hồng. Xưởng làm đồ gia dụng và đồ trang trí, vẽ tay hoa văn truyền thống.",
      en: "Quang Vinh Ceramics is a pottery workshop in Bát Tràng village on the Red River. It makes tableware and decorative pieces with hand-painted traditional motifs.",
    },
  },
  {
    handle: "ctcp-md-queens",
    name: "Công ty cổ phần MD Queens",
    type: "enterprise",
    address: {
      province: "Hà Nội",
      commune: "",
      street: "",
      legacyAddress: "thành phố Hà Nội",
      legacyProvince: "Hà Nội",
    },
    story: {
      vi: "Công ty cổ phần MD Queens ở Hà Nội sản xuất các loại trà thảo mộc đóng gói. Sản phẩm trà xạ đen của công ty được Hà Nội xếp hạng OCOP 4 sao.",
      en: "MD Queens Joint Stock Company in Hà Nội makes packaged herbal teas. Its xạ đen tea is rated 4-star OCOP by the city.",
    },
  },
  {
    handle: "nha-vuon-dao-canh-nhat-tan",
    name: "Nhà vườn đào cảnh Nhật Tân",
    type: "household_business",
    address: {
      province: "Hà Nội",
      commune: "phường Nhật Tân",
      street: "",
      legacyAddress: "phường Nhật Tân, quận Tây Hồ, thành phố Hà Nội",
      legacyProvince: "Hà Nội",
    },
    story: {
      vi: "Một nhà vườn ở Nhật Tân, làng trồng đào lâu đời ven sông Hồng. Cả năm chăm cây, uốn thế để kịp cho hoa vào dịp Tết.",
      en: "A grower's garden in Nhật Tân, a peach-growing village of long standing on the Red River. The trees are tended and shaped all year so that they flower in time for Tết.",
    },
  },
  {
    handle: "nha-vuon-quat-canh-tu-lien",
    name: "Nhà vườn quất cảnh Tứ Liên",
    type: "household_business",
    address: {
      province: "Hà Nội",
      commune: "phường Tứ Liên",
      street: "",
      legacyAddress: "phường Tứ Liên, quận Tây Hồ, thành phố Hà Nội",
      legacyProvince: "Hà Nội",
    },
    story: {
      vi: "Một nhà vườn ở Tứ Liên, vùng bãi ven sông Hồng nổi tiếng với nghề trồng quất cảnh. Quất được trồng, tạo tán và chăm quả suốt năm để bán dịp Tết.",
      en: "A grower's garden in Tứ Liên, a riverside area of the Red River known for ornamental kumquat. Trees are grown, shaped and brought to fruit over the year for sale at Tết.",
    },
  },

  // ───────────── Thanh Hóa ─────────────
  {
    handle: "cty-le-gia",
    name: "Công ty TNHH Thực phẩm và Thương mại dịch vụ Lê Gia",
    type: "enterprise",
    address: {
      province: "Thanh Hóa",
      commune: "xã Hoằng Phụ",
      street: "",
      legacyAddress: "xã Hoằng Phụ, huyện Hoằng Hóa, tỉnh Thanh Hóa",
      legacyProvince: "Thanh Hóa",
    },
    story: {
      vi: "Lê Gia làm nước mắm truyền thống ở làng chài Khúc Phụ, xã Hoằng Phụ. Công ty thu mua cá cơm của ngư dân địa phương và ủ chượp trong thùng gỗ.",
      en: "Lê Gia makes traditional fish sauce in the Khúc Phụ fishing village of Hoằng Phụ commune. It buys anchovies from local fishermen and ferments them in wooden barrels.",
    },
  },
  {
    handle: "ctcp-phong-cach-moi",
    name: "Công ty cổ phần Xây dựng và Thương mại Phong Cách Mới",
    type: "enterprise",
    address: {
      province: "Thanh Hóa",
      commune: "",
      street: "",
      legacyAddress: "huyện Quảng Xương, tỉnh Thanh Hóa",
      legacyProvince: "Thanh Hóa",
    },
    story: {
      vi: "Doanh nghiệp ở Quảng Xương trồng và đóng gói dưa chuột baby. Sản phẩm được tỉnh Thanh Hóa công nhận OCOP 4 sao năm 2019.",
      en: "A Quảng Xương company growing and packing baby cucumbers. The product was recognised as 4-star OCOP by Thanh Hóa province in 2019.",
    },
  },
  {
    handle: "co-so-banh-gai-lam-tham",
    name: "Cơ sở sản xuất Bánh gai Lâm Thắm",
    type: "household_business",
    address: {
      province: "Thanh Hóa",
      commune: "",
      street: "",
      legacyAddress: "huyện Thọ Xuân, tỉnh Thanh Hóa",
      legacyProvince: "Thanh Hóa",
    },
    story: {
      vi: "Một cơ sở làm bánh gai ở Thọ Xuân, vùng có nghề bánh gai nổi tiếng của xứ Thanh. Bánh được gói tay trong lá chuối khô theo cách truyền thống.",
      en: "A bánh gai workshop in Thọ Xuân, an area of Thanh Hóa known for this cake. Each cake is wrapped by hand in dried banana leaf the traditional way.",
    },
  },

  // ───────────── Nghệ An ─────────────
  {
    handle: "htx-sen-que-bac",
    name: "HTX Nông nghiệp Sen Quê Bác",
    type: "cooperative",
    address: {
      province: "Nghệ An",
      commune: "xã Kim Liên",
      street: "xóm Mậu 2",
      legacyAddress: "xóm Mậu 2, xã Kim Liên, huyện Nam Đàn, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "HTX Nông nghiệp Sen Quê Bác trồng sen và chế biến các sản phẩm từ sen ở xã Kim Liên, Nam Đàn. Mùa hè, thành viên ra đầm từ sáng sớm để lấy hoa, gạo sen và nhị sen.",
      en: "Sen Quê Bác Agricultural Cooperative grows lotus and makes lotus products in Kim Liên commune, Nam Đàn. In summer members go out to the ponds at dawn to gather flowers, lotus 'rice' and stamens.",
    },
  },
  {
    handle: "htx-nhut-thanh-chuong",
    name: "HTX Sản xuất nhút và đặc sản nông nghiệp Thanh Chương",
    type: "cooperative",
    address: {
      province: "Nghệ An",
      commune: "xã Hạnh Lâm",
      street: "xóm 6",
      legacyAddress: "xóm 6, xã Hạnh Lâm, huyện Thanh Chương, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "Hợp tác xã ở xã Hạnh Lâm làm nhút Thanh Chương, món muối chua quen thuộc của người Nghệ. Hợp tác xã đưa món ăn gia đình thành sản phẩm đóng hũ có nhãn mác.",
      en: "This cooperative in Hạnh Lâm commune makes Thanh Chương nhút, a sour pickle familiar to every Nghệ An family. It has turned a home dish into a labelled, jarred product.",
    },
  },
  {
    handle: "ctcp-thuy-san-cua-hoi",
    name: "Công ty cổ phần Chế biến thủy sản và Dịch vụ Cửa Hội",
    type: "enterprise",
    address: {
      province: "Nghệ An",
      commune: "",
      street: "",
      legacyAddress: "thị xã Cửa Lò, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "Doanh nghiệp chế biến thủy sản ở vùng biển Cửa Lò – Cửa Hội. Công ty làm nước mắm từ cá cơm do tàu cá địa phương đánh bắt.",
      en: "A seafood processor on the Cửa Lò – Cửa Hội coast. It makes fish sauce from anchovies landed by local boats.",
    },
  },
  {
    handle: "cty-sy-thang",
    name: "Công ty TNHH Nông, lâm, thủy sản Sỹ Thắng",
    type: "enterprise",
    address: {
      province: "Nghệ An",
      commune: "",
      street: "",
      legacyAddress: "huyện Diễn Châu, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "Công ty Sỹ Thắng ở Diễn Châu thu mua và chế biến nông sản địa phương, nổi bật là lạc sen. Công ty liên kết với nông dân trồng lạc trên đất cát pha ven biển.",
      en: "Sỹ Thắng in Diễn Châu buys and processes local farm produce, lạc sen peanuts above all. It works with farmers growing peanuts on the sandy coastal soil.",
    },
  },
  {
    handle: "htx-tho-cam-hoa-tien",
    name: "HTX Làng nghề thổ cẩm Hoa Tiến",
    type: "cooperative",
    address: {
      province: "Nghệ An",
      commune: "",
      street: "",
      legacyAddress: "huyện Quỳ Châu, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "HTX Làng nghề thổ cẩm Hoa Tiến tập hợp chị em người Thái ở Quỳ Châu dệt thổ cẩm trên khung dệt truyền thống. Hợp tác xã giúp nghề dệt của bản có đầu ra ổn định.",
      en: "Hoa Tiến Brocade Craft Village Cooperative brings together Thái women in Quỳ Châu who weave brocade on traditional looms. It gives the village weaving a steady market.",
    },
  },
  {
    handle: "htx-minh-thanh",
    name: "HTX Nông nghiệp và Dịch vụ Minh Thành",
    type: "cooperative",
    address: {
      province: "Nghệ An",
      commune: "",
      street: "",
      legacyAddress: "huyện Yên Thành, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "HTX Minh Thành ở Yên Thành liên kết các hộ trồng cam trên đất đồi. Hợp tác xã lo việc phân loại, đóng thùng và tiêu thụ cam trong vụ.",
      en: "Minh Thành Cooperative in Yên Thành links households growing oranges on hill land. It handles grading, boxing and selling during the season.",
    },
  },
  {
    handle: "co-so-gio-me-duc-tuan",
    name: "Cơ sở sản xuất Giò me Đức Tuấn",
    type: "household_business",
    address: {
      province: "Nghệ An",
      commune: "",
      street: "",
      legacyAddress: "huyện Nam Đàn, tỉnh Nghệ An",
      legacyProvince: "Nghệ An",
    },
    story: {
      vi: "Một cơ sở làm giò me ở Nam Đàn, món giò từ thịt bê quen thuộc của xứ Nghệ. Sản phẩm từng được công nhận OCOP.",
      en: "A workshop in Nam Đàn making giò me, the veal roll familiar across Nghệ An. Its product was once OCOP-recognised.",
    },
  },

  // ───────────── Hà Tĩnh ─────────────
  {
    handle: "ctcp-hoang-khoi",
    name: "Công ty cổ phần Đầu tư Thương mại và Xây dựng Hoàng Khôi",
    type: "enterprise",
    address: {
      province: "Hà Tĩnh",
      commune: "thị trấn Xuân An",
      street: "",
      legacyAddress: "thị trấn Xuân An, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Công ty Hoàng Khôi ở thị trấn Xuân An nuôi trồng đông trùng hạ thảo trong phòng có kiểm soát nhiệt độ, độ ẩm và ánh sáng. Sản phẩm được sấy khô và đóng hộp tại cơ sở.",
      en: "Hoàng Khôi in Xuân An town cultivates cordyceps in rooms with controlled temperature, humidity and light. The harvest is dried and boxed on site.",
    },
  },
  {
    handle: "tht-hoa-linh-chi",
    name: "THT Chế biến và kinh doanh hải sản Hoa Linh Chi",
    type: "cooperative_group",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Cương Gián",
      street: "",
      legacyAddress: "xã Cương Gián, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Tổ hợp tác ở xã biển Cương Gián chế biến hải sản khô từ nguồn đánh bắt của ngư dân trong xã. Các hộ thành viên cùng làm khâu sơ chế, phơi và đóng gói.",
      en: "A cooperative group in the coastal commune of Cương Gián making dried seafood from the local fishermen's catch. Member households share the cleaning, drying and packing.",
    },
  },
  {
    handle: "ho-ngo-xuan-tri",
    name: "Hộ sản xuất kinh doanh Ngô Xuân Trí",
    type: "household_business",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Xuân Hồng",
      street: "",
      legacyAddress: "xã Xuân Hồng, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Một hộ làm kẹo cu đơ ở xã Xuân Hồng, nơi có nhiều gia đình làm nghề này. Kẹo mang thương hiệu Hương Trí.",
      en: "A household making cu đơ candy in Xuân Hồng commune, where many families share the craft. Its candy is sold under the Hương Trí name.",
    },
  },
  {
    handle: "tht-farm-an-xuan",
    name: "THT Farm An Xuân",
    type: "cooperative_group",
    address: {
      province: "Hà Tĩnh",
      commune: "thị trấn Xuân An",
      street: "",
      legacyAddress: "thị trấn Xuân An, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Tổ hợp tác trồng dưa lưới trong nhà màng ở thị trấn Xuân An. Dưa được tưới nhỏ giọt và thu hái khi đủ độ chín.",
      en: "A cooperative group growing netted melons under greenhouse film in Xuân An town. The melons are drip-irrigated and picked when fully ripe.",
    },
  },
  {
    handle: "co-so-keo-cu-do-quynh-hoi",
    name: "Cơ sở sản xuất Kẹo cu đơ Quỳnh Hội",
    type: "household_business",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Xuân Hồng",
      street: "",
      legacyAddress: "xã Xuân Hồng, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Một cơ sở làm kẹo cu đơ ở xã Xuân Hồng, bán dưới tên Quỳnh Hội. Sản phẩm được hội đồng cấp huyện đánh giá lại năm 2023.",
      en: "A cu đơ candy workshop in Xuân Hồng commune selling under the Quỳnh Hội name. Its product was re-rated by the district council in 2023.",
    },
  },
  {
    handle: "co-so-nuoc-mam-lach-ken",
    name: "Cơ sở sản xuất Nước mắm Lạch Kèn",
    type: "household_business",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Cương Gián",
      street: "",
      legacyAddress: "xã Cương Gián, huyện Nghi Xuân, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Một cơ sở làm nước mắm ở xã Cương Gián, lấy tên cửa lạch Kèn nơi thuyền cá ra vào. Cá được muối chượp theo cách của làng biển.",
      en: "A fish-sauce maker in Cương Gián commune, named after the Kèn inlet where the fishing boats come and go. Fish is salted and fermented the way the coastal village always has.",
    },
  },
  {
    handle: "tht-trung-thanh",
    name: "THT Sản xuất, chế biến rau củ quả Trung Thành",
    type: "cooperative_group",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Cẩm Trung",
      street: "",
      legacyAddress: "xã Cẩm Trung, huyện Cẩm Xuyên, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Tổ hợp tác ở xã Cẩm Trung trồng và chế biến rau củ quả, trong đó có mướp đắng để làm trà. Các thành viên tự trồng nguyên liệu trên đồng của mình.",
      en: "A cooperative group in Cẩm Trung commune growing and processing vegetables, including bitter melon for tea. Members grow the raw material on their own fields.",
    },
  },
  {
    handle: "hkd-tran-cong-ha",
    name: "Hộ kinh doanh Trần Công Hà",
    type: "household_business",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Thạch Sơn",
      street: "",
      legacyAddress: "xã Thạch Sơn, huyện Thạch Hà, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Một hộ nấu rượu nếp cái ở xã Thạch Sơn, bán dưới tên Hà Mai. Rượu được nấu từ nếp cái và men truyền thống.",
      en: "A household in Thạch Sơn commune distilling glutinous-rice liquor under the Hà Mai name, from nếp cái rice and traditional yeast.",
    },
  },
  {
    handle: "hkd-tran-ngoc-luong",
    name: "Hộ kinh doanh Trần Ngọc Lương",
    type: "household_business",
    address: {
      province: "Hà Tĩnh",
      commune: "xã Thạch Kim",
      street: "",
      legacyAddress: "xã Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh",
      legacyProvince: "Hà Tĩnh",
    },
    story: {
      vi: "Một hộ làm ruốc ở xã biển Thạch Kim, bán dưới tên Lương Tuyết. Ruốc được làm từ con ruốc đánh bắt ven bờ.",
      en: "A household in the coastal commune of Thạch Kim making shrimp paste under the Lương Tuyết name, from tiny shrimp caught near the shore.",
    },
  },

  // ───────────── Quảng Trị (incl. former Quảng Bình) ─────────────
  {
    handle: "htx-tuan-linh",
    name: "HTX Sản xuất nấm sạch và kinh doanh nông nghiệp Tuấn Linh",
    type: "cooperative",
    address: {
      province: "Quảng Trị",
      commune: "xã Sơn Lộc",
      street: "",
      legacyAddress: "xã Sơn Lộc, huyện Bố Trạch, tỉnh Quảng Bình",
      legacyProvince: "Quảng Bình",
    },
    story: {
      vi: "HTX Tuấn Linh ở xã Sơn Lộc trồng nấm và chế biến các sản phẩm chay. Hai sản phẩm của hợp tác xã được tỉnh Quảng Bình chấm trên 90 điểm năm 2024 và đề nghị lên Trung ương.",
      en: "Tuấn Linh Cooperative in Sơn Lộc commune grows mushrooms and makes vegetarian products. Two of its products scored over 90 points in Quảng Bình's 2024 evaluation and were sent on to the central council.",
    },
  },
  {
    handle: "htx-dua-go-quang-thuy",
    name: "HTX Sản xuất kinh doanh thương mại đũa gỗ Quảng Thủy",
    type: "cooperative",
    address: {
      province: "Quảng Trị",
      commune: "xã Quảng Thủy",
      street: "",
      legacyAddress: "xã Quảng Thủy, thị xã Ba Đồn, tỉnh Quảng Bình",
      legacyProvince: "Quảng Bình",
    },
    story: {
      vi: "Hợp tác xã ở xã Quảng Thủy, thị xã Ba Đồn làm đũa gỗ. Sản phẩm đũa của hợp tác xã được tỉnh Quảng Bình chấm 93,44 điểm năm 2024.",
      en: "A cooperative in Quảng Thủy commune, Ba Đồn town, making wooden chopsticks. Its chopsticks scored 93.44 points in Quảng Bình's 2024 evaluation.",
    },
  },
  {
    handle: "htx-duoc-lieu-cu-nam",
    name: "HTX Sản xuất cây dược liệu sạch và kinh doanh nông nghiệp xã Cự Nẫm",
    type: "cooperative",
    address: {
      province: "Quảng Trị",
      commune: "xã Cự Nẫm",
      street: "",
      legacyAddress: "xã Cự Nẫm, huyện Bố Trạch, tỉnh Quảng Bình",
      legacyProvince: "Quảng Bình",
    },
    story: {
      vi: "Hợp tác xã ở xã Cự Nẫm trồng cà gai leo và các cây dược liệu khác trên đất gò đồi. Dược liệu được nấu cô thành cao tại cơ sở của hợp tác xã.",
      en: "A cooperative in Cự Nẫm commune growing cà gai leo and other medicinal plants on hilly ground. The herbs are boiled down into extract at the cooperative's own facility.",
    },
  },
  {
    handle: "htx-nong-san-khe-sanh",
    name: "HTX Nông sản Khe Sanh",
    type: "cooperative",
    address: {
      province: "Quảng Trị",
      commune: "",
      street: "",
      legacyAddress: "huyện Hướng Hóa, tỉnh Quảng Trị",
      legacyProvince: "Quảng Trị",
    },
    story: {
      vi: "HTX Nông sản Khe Sanh thu mua và chế biến cà phê của nông dân vùng cao Hướng Hóa. Hợp tác xã tự rang xay và đóng gói sản phẩm mang tên Khe Sanh.",
      en: "Khe Sanh Agricultural Products Cooperative buys and processes coffee from farmers in the Hướng Hóa highlands. It roasts, grinds and packs the coffee under the Khe Sanh name.",
    },
  },

  // ───────────── Huế (former Thừa Thiên Huế) ─────────────
  {
    handle: "htx-an-lo",
    name: "HTX Sản xuất, kinh doanh, dịch vụ nông nghiệp An Lỗ",
    type: "cooperative",
    address: {
      province: "Huế",
      commune: "xã Phong Hiền",
      street: "thôn An Lỗ",
      legacyAddress: "thôn An Lỗ, xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế",
      legacyProvince: "Thừa Thiên Huế",
    },
    story: {
      vi: "HTX An Lỗ tổ chức cho nông dân thôn An Lỗ trồng lúa theo hướng hữu cơ trên cánh đồng ven sông Bồ. Năm 2020, gạo hữu cơ An Lỗ là sản phẩm duy nhất đạt 4 sao trong đợt 2 của tỉnh.",
      en: "An Lỗ Cooperative organises farmers in An Lỗ hamlet to grow rice organically on fields by the Bồ River. In 2020 An Lỗ organic rice was the only 4-star product in the province's second round.",
    },
  },
  {
    handle: "co-so-tinh-dau-tram-truong-hai",
    name: "Cơ sở sản xuất Tinh dầu tràm Trường Hải",
    type: "household_business",
    address: {
      province: "Huế",
      commune: "xã Lộc Thủy",
      street: "",
      legacyAddress: "xã Lộc Thủy, huyện Phú Lộc, tỉnh Thừa Thiên Huế",
      legacyProvince: "Thừa Thiên Huế",
    },
    story: {
      vi: "Một cơ sở chưng cất tinh dầu tràm ở xã Lộc Thủy, vùng có rừng tràm ven đầm phá. Lá tràm được chưng cất bằng hơi nước.",
      en: "A cajeput-oil distillery in Lộc Thủy commune, an area of cajeput woods near the lagoons. The leaves are steam-distilled.",
    },
  },
  {
    handle: "co-so-ruou-ta-ruong-mao",
    name: "Cơ sở sản xuất Rượu Tà Rương Mão",
    type: "household_business",
    address: {
      province: "Huế",
      commune: "xã Thượng Long",
      street: "",
      legacyAddress: "xã Thượng Long, huyện Nam Đông, tỉnh Thừa Thiên Huế",
      legacyProvince: "Thừa Thiên Huế",
    },
    story: {
      vi: "Một cơ sở nấu rượu ở xã miền núi Thượng Long, huyện Nam Đông. Sản phẩm được tỉnh công nhận OCOP 3 sao năm 2020.",
      en: "A small distillery in the mountain commune of Thượng Long, Nam Đông district. Its liquor was recognised as a 3-star OCOP product by the province in 2020.",
    },
  },

  // ───────────── Đà Nẵng (former Quảng Nam) ─────────────
  {
    handle: "co-so-nuoc-mam-cua-khe-hai-hien",
    name: "Cơ sở sản xuất Nước mắm Cửa Khe – Hai Hiền",
    type: "household_business",
    address: {
      province: "Đà Nẵng",
      commune: "",
      street: "",
      legacyAddress: "huyện Thăng Bình, tỉnh Quảng Nam",
      legacyProvince: "Quảng Nam",
    },
    story: {
      vi: "Một cơ sở làm nước mắm ở vùng biển Thăng Bình, gắn với làng nghề nước mắm Cửa Khe. Cá cơm được ủ với muối theo công thức gia truyền của làng.",
      en: "A fish-sauce maker on the Thăng Bình coast, part of the Cửa Khe fish-sauce tradition. Anchovies are fermented with salt following the village's inherited recipe.",
    },
  },

  // ───────────── Quảng Ngãi (former Kon Tum) ─────────────
  {
    handle: "htx-dak-mar",
    name: "HTX Nông nghiệp dịch vụ Thế hệ mới Đăk Mar",
    type: "cooperative",
    address: {
      province: "Quảng Ngãi",
      commune: "",
      street: "",
      legacyAddress: "huyện Đăk Hà, tỉnh Kon Tum",
      legacyProvince: "Kon Tum",
    },
    story: {
      vi: "Hợp tác xã ở Đăk Hà liên kết nông dân trồng cà phê và tự rang xay dưới thương hiệu DAKMARK. Sản phẩm được tỉnh xếp 4 sao và đánh giá có tiềm năng 5 sao.",
      en: "A cooperative in Đăk Hà linking coffee growers and roasting under the DAKMARK brand. Its coffee was rated 4 stars by the province and judged to have 5-star potential.",
    },
  },

  // ───────────── Đắk Lắk ─────────────
  {
    handle: "cty-kien-cuong",
    name: "Công ty TNHH MTV Kiên Cường",
    type: "enterprise",
    address: {
      province: "Đắk Lắk",
      commune: "",
      street: "",
      legacyAddress: "thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
      legacyProvince: "Đắk Lắk",
    },
    story: {
      vi: "Công ty Kiên Cường ở Buôn Ma Thuột chế biến cà phê, trong đó có cà phê chồn. Năm 2024, sản phẩm cà phê chồn của công ty đạt 95,64 điểm ở cấp tỉnh.",
      en: "Kiên Cường in Buôn Ma Thuột processes coffee, civet coffee among it. In 2024 its civet coffee scored 95.64 points at provincial level.",
    },
  },
  {
    handle: "ctcp-damaca-nguyen-phuong",
    name: "Công ty cổ phần Damaca Nguyên Phương",
    type: "enterprise",
    address: {
      province: "Đắk Lắk",
      commune: "",
      street: "",
      legacyAddress: "huyện Krông Năng, tỉnh Đắk Lắk",
      legacyProvince: "Đắk Lắk",
    },
    story: {
      vi: "Damaca Nguyên Phương trồng và chế biến mắc ca ở Krông Năng. Sản phẩm hạt mắc ca cao cấp của công ty đạt điểm tuyệt đối 100/100 ở cấp tỉnh năm 2024.",
      en: "Damaca Nguyên Phương grows and processes macadamias in Krông Năng. Its premium macadamia scored a full 100/100 at provincial level in 2024.",
    },
  },
  {
    handle: "hkd-nguyen-son",
    name: "Hộ kinh doanh Nguyễn Sơn",
    type: "household_business",
    address: {
      province: "Đắk Lắk",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Đắk Lắk",
      legacyProvince: "Đắk Lắk",
    },
    story: {
      vi: "Một hộ kinh doanh ở Đắk Lắk làm trà từ quả mãng cầu, bán dưới tên Nguyễn Văn. Sản phẩm được tỉnh xếp hạng OCOP 4 sao.",
      en: "A household business in Đắk Lắk making soursop tea under the Nguyễn Văn name. The product holds a 4-star OCOP rating from the province.",
    },
  },

  // ───────────── Lâm Đồng ─────────────
  {
    handle: "cty-daisy-international",
    name: "Công ty TNHH Daisy International",
    type: "enterprise",
    address: {
      province: "Lâm Đồng",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Lâm Đồng",
      legacyProvince: "Lâm Đồng",
    },
    story: {
      vi: "Daisy International làm cà phê Arabica vùng Lâm Đồng dưới thương hiệu Chappi Mountains Coffee. Công ty đóng cà phê thành túi lọc phin giấy tiện dùng.",
      en: "Daisy International makes Lâm Đồng arabica under the Chappi Mountains Coffee brand, packed in convenient paper drip bags.",
    },
  },
  {
    handle: "htx-tm-dv-binh-minh",
    name: "HTX Thương mại dịch vụ Bình Minh",
    type: "cooperative",
    address: {
      province: "Lâm Đồng",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Lâm Đồng",
      legacyProvince: "Lâm Đồng",
    },
    story: {
      vi: "HTX Bình Minh ở Lâm Đồng liên kết các nhà vườn trồng bơ giống 034. Hợp tác xã thu mua, phân loại và đóng thùng bơ theo mùa.",
      en: "Bình Minh Cooperative in Lâm Đồng links orchards growing the 034 avocado. It buys, grades and boxes the fruit in season.",
    },
  },
  {
    handle: "ctcp-dkm",
    name: "Công ty cổ phần Nông nghiệp công nghệ cao DKM",
    type: "enterprise",
    address: {
      province: "Lâm Đồng",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Lâm Đồng",
      legacyProvince: "Lâm Đồng",
    },
    story: {
      vi: "DKM là doanh nghiệp nông nghiệp công nghệ cao ở Lâm Đồng, nuôi trồng đông trùng hạ thảo trong phòng sạch. Sản phẩm được sấy khô và đóng hộp tại chỗ.",
      en: "DKM is a high-tech farming company in Lâm Đồng cultivating cordyceps in clean rooms. The harvest is dried and boxed on site.",
    },
  },

  // ───────────── Vĩnh Long (incl. former Trà Vinh, Bến Tre) ─────────────
  {
    handle: "cty-tra-vinh-farm",
    name: "Công ty TNHH Trà Vinh FARM",
    type: "enterprise",
    address: {
      province: "Vĩnh Long",
      commune: "xã Phú Cần",
      street: "",
      legacyAddress: "xã Phú Cần, huyện Tiểu Cần, tỉnh Trà Vinh",
      legacyProvince: "Trà Vinh",
    },
    story: {
      vi: "Trà Vinh FARM ở xã Phú Cần làm các sản phẩm từ nhựa hoa dừa. Công ty thu mua nhựa hoa từ các vườn dừa trong vùng.",
      en: "Trà Vinh FARM in Phú Cần commune makes products from coconut-blossom sap, which it buys from coconut growers in the area.",
    },
  },
  {
    handle: "cty-dua-sap-cau-ke",
    name: "Công ty TNHH Chế biến dừa sáp Cầu Kè",
    type: "enterprise",
    address: {
      province: "Vĩnh Long",
      commune: "xã Thạnh Phú",
      street: "",
      legacyAddress: "xã Thạnh Phú, huyện Cầu Kè, tỉnh Trà Vinh",
      legacyProvince: "Trà Vinh",
    },
    story: {
      vi: "Công ty ở xã Thạnh Phú chế biến dừa sáp, đặc sản của Cầu Kè. Công ty thu mua trái dừa sáp từ các nhà vườn trong huyện.",
      en: "A company in Thạnh Phú commune processing dừa sáp, the soft-fleshed coconut Cầu Kè is known for. It buys the fruit from the district's growers.",
    },
  },
  {
    handle: "htx-du-lich-cong-dong-con-chim",
    name: "HTX Du lịch cộng đồng Cồn Chim",
    type: "cooperative",
    address: {
      province: "Vĩnh Long",
      commune: "xã Hòa Minh",
      street: "ấp Cồn Chim",
      legacyAddress: "ấp Cồn Chim, xã Hòa Minh, huyện Châu Thành, tỉnh Trà Vinh",
      legacyProvince: "Trà Vinh",
    },
    story: {
      vi: "Hợp tác xã tập hợp các hộ dân trên cù lao Cồn Chim cùng làm du lịch cộng đồng. Mỗi nhà đón khách bằng một món ăn hay một hoạt động quen thuộc của mình, bên cạnh việc làm lúa và nuôi tôm.",
      en: "The cooperative brings together households on Cồn Chim islet who host visitors together. Each home offers a dish or an activity of its own, alongside its rice and shrimp farming.",
    },
  },
  {
    handle: "cty-dong-a",
    name: "Công ty TNHH Sản xuất kinh doanh tổng hợp Đông Á",
    type: "enterprise",
    address: {
      province: "Vĩnh Long",
      commune: "",
      street: "",
      legacyAddress: "tỉnh Bến Tre",
      legacyProvince: "Bến Tre",
    },
    story: {
      vi: "Công ty Đông Á làm kẹo dừa ở Bến Tre, xứ dừa của miền Tây. Công ty phát triển nhiều vị kẹo dừa kết hợp trái cây và gia vị địa phương.",
      en: "Đông Á makes coconut candy in Bến Tre, the coconut country of the Mekong Delta. It has developed many flavours that pair coconut with local fruit and spices.",
    },
  },
  {
    handle: "cty-dong-phat",
    name: "Công ty TNHH Thực phẩm Đông Phát",
    type: "enterprise",
    address: {
      province: "Vĩnh Long",
      commune: "",
      street: "",
      legacyAddress: "huyện Bình Tân, tỉnh Vĩnh Long",
      legacyProvince: "Vĩnh Long",
    },
    story: {
      vi: "Công ty Đông Phát ở Bình Tân, vùng trồng khoai lang lớn của Vĩnh Long, chế biến khoai lang thành sản phẩm sấy. Khoai lang tím sấy của công ty là sản phẩm 5 sao đầu tiên của tỉnh Vĩnh Long.",
      en: "Đông Phát is in Bình Tân, a major sweet-potato area of Vĩnh Long, and turns sweet potatoes into dried snacks. Its dried purple sweet potato was Vĩnh Long's first 5-star product.",
    },
  },
  {
    handle: "cty-sau-ri",
    name: "Công ty TNHH Sầu Ri",
    type: "enterprise",
    address: {
      province: "Vĩnh Long",
      commune: "",
      street: "",
      legacyAddress: "huyện Long Hồ, tỉnh Vĩnh Long",
      legacyProvince: "Vĩnh Long",
    },
    story: {
      vi: "Công ty Sầu Ri ở Long Hồ chế biến sầu riêng miệt vườn bằng công nghệ sấy thăng hoa. Công ty thu mua sầu riêng chín từ các nhà vườn quanh vùng.",
      en: "Sầu Ri in Long Hồ freeze-dries durian from the surrounding orchards, buying ripe fruit from local growers.",
    },
  },

  // ───────────── An Giang (incl. former Kiên Giang) ─────────────
  {
    handle: "ctcp-khai-hoan",
    name: "Công ty cổ phần Thương mại Khải Hoàn",
    type: "enterprise",
    address: {
      province: "An Giang",
      commune: "thị trấn Dương Đông",
      street: "",
      legacyAddress: "thị trấn Dương Đông, huyện Phú Quốc, tỉnh Kiên Giang",
      legacyProvince: "Kiên Giang",
    },
    story: {
      vi: "Khải Hoàn là một nhà thùng nước mắm ở Dương Đông, Phú Quốc. Cá cơm được ủ với muối trong thùng gỗ theo cách truyền thống của đảo.",
      en: "Khải Hoàn is a fish-sauce barrel house in Dương Đông, Phú Quốc. Anchovies are fermented with salt in wooden barrels in the island's traditional way.",
    },
  },
  {
    handle: "cty-thanh-quoc",
    name: "Công ty TNHH Sản xuất và kinh doanh nước mắm Thanh Quốc",
    type: "enterprise",
    address: {
      province: "An Giang",
      commune: "thị trấn Dương Đông",
      street: "",
      legacyAddress: "thị trấn Dương Đông, huyện Phú Quốc, tỉnh Kiên Giang",
      legacyProvince: "Kiên Giang",
    },
    story: {
      vi: "Thanh Quốc là nhà thùng nước mắm ở Dương Đông, Phú Quốc, làm nước mắm nhĩ nhiều độ đạm. Cá được ủ trong thùng gỗ lớn đặt trong nhà thùng.",
      en: "Thanh Quốc is a fish-sauce barrel house in Dương Đông, Phú Quốc, making first-press sauce at several protein grades. Fish ferments in large wooden barrels inside the barrel house.",
    },
  },
  {
    handle: "hkd-mam-ba-sau",
    name: "Hộ kinh doanh sản xuất mắm Bà Sáu",
    type: "household_business",
    address: {
      province: "An Giang",
      commune: "phường Long Phú",
      street: "khóm Long Quới C",
      legacyAddress: "khóm Long Quới C, phường Long Phú, thị xã Tân Châu, tỉnh An Giang",
      legacyProvince: "An Giang",
    },
    story: {
      vi: "Một cơ sở làm mắm ở Tân Châu, vùng đầu nguồn sông Tiền nổi tiếng với các loại mắm cá đồng. Mắm được làm từ cá theo mùa nước.",
      en: "A fermented-fish maker in Tân Châu, on the upper Tiền River, an area known for freshwater fish pastes. The mắm is made from fish caught in the flood season.",
    },
  },
  {
    handle: "cty-tien-anh",
    name: "Công ty TNHH Sản xuất – Thương mại Tiến Anh",
    type: "enterprise",
    address: {
      province: "An Giang",
      commune: "thị trấn Chợ Mới",
      street: "",
      legacyAddress: "thị trấn Chợ Mới, huyện Chợ Mới, tỉnh An Giang",
      legacyProvince: "An Giang",
    },
    story: {
      vi: "Công ty Tiến Anh ở thị trấn Chợ Mới làm bánh hạnh nhân, món bánh quen thuộc của vùng. Sản phẩm đạt 4 sao từ năm 2021 và được công nhận lại năm 2024 với 78,1 điểm.",
      en: "Tiến Anh in Chợ Mới town bakes bánh hạnh nhân, a familiar local biscuit. The product first earned 4 stars in 2021 and was re-recognised in 2024 with 78.1 points.",
    },
  },
  {
    handle: "htx-det-tho-cam-khmer-van-giao",
    name: "HTX Dệt thổ cẩm Khmer Văn Giáo",
    type: "cooperative",
    address: {
      province: "An Giang",
      commune: "xã Văn Giáo",
      street: "ấp Srây Skốth",
      legacyAddress: "ấp Srây Skốth, xã Văn Giáo, huyện Tịnh Biên, tỉnh An Giang",
      legacyProvince: "An Giang",
    },
    story: {
      vi: "Hợp tác xã của đồng bào Khmer ở xã Văn Giáo, vùng Bảy Núi, giữ nghề dệt thổ cẩm. Chị em trong ấp dệt sà rông và các sản phẩm vải trên khung dệt tay.",
      en: "A Khmer cooperative in Văn Giáo commune, in the Seven Mountains area, keeping brocade weaving alive. Village women weave sarongs and other cloth on hand looms.",
    },
  },
  {
    handle: "hkd-minh-thien",
    name: "Hộ kinh doanh Minh Thiện",
    type: "household_business",
    address: {
      province: "An Giang",
      commune: "phường Núi Sam",
      street: "khóm Vĩnh Xuyên",
      legacyAddress: "khóm Vĩnh Xuyên, phường Núi Sam, thành phố Châu Đốc, tỉnh An Giang",
      legacyProvince: "An Giang",
    },
    story: {
      vi: "Một hộ làm rượu thốt nốt ở phường Núi Sam, Châu Đốc. Rượu được làm từ nước thốt nốt của vùng Bảy Núi.",
      en: "A household in Núi Sam ward, Châu Đốc, making palmyra-palm wine from the sap of the Seven Mountains' sugar palms.",
    },
  },
  {
    handle: "htx-ech-khanh-hoa",
    name: "HTX Thương mại – Dịch vụ – Chăn nuôi ếch Khánh Hòa",
    type: "cooperative",
    address: {
      province: "An Giang",
      commune: "xã Khánh Hòa",
      street: "ấp Khánh An",
      legacyAddress: "ấp Khánh An, xã Khánh Hòa, huyện Châu Phú, tỉnh An Giang",
      legacyProvince: "An Giang",
    },
    story: {
      vi: "Hợp tác xã ở xã Khánh Hòa, Châu Phú liên kết các hộ nuôi ếch và chế biến ếch thành khô một nắng. Việc chế biến giúp hộ nuôi bán được giá ổn định hơn.",
      en: "A cooperative in Khánh Hòa commune, Châu Phú, linking frog farmers and turning frogs into one-sun dried frog. Processing gives the farmers steadier prices.",
    },
  },
]
