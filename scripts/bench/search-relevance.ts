import { foldVietnamese, type SearchDocument, type SearchQuery } from "@ocop/search"
import { benchNow, laterNow } from "./search-catalogue.ts"

/**
 * What shoppers type, with what they expect near the top. Most cases name one product (by handle)
 * that must be in the first five hits. Where the words name a kind of product rather than one
 * product ("nuoc ma", "bạc hà"), the case says which products are right instead, and the first
 * min(5, how many right products are sellable) hits must all be right ones.
 */

export type RelevanceKind = "no marks" | "typo" | "prefix" | "marks" | "filters" | "later clock"

export type Expectation =
  | { handle: string }
  | { describe: string; right: (document: SearchDocument) => boolean }

export interface RelevanceCase {
  kind: RelevanceKind
  query: SearchQuery
  expect: Expectation
}

const titleHas = (words: string) => (document: SearchDocument) => document.title.vi.toLowerCase().includes(words)
const foldedTitleStarts = (words: string) => (document: SearchDocument) => foldVietnamese(document.title.vi).startsWith(words)

const q = (text: string, extra: Omit<SearchQuery, "q"> = {}): SearchQuery => ({ q: text, now: benchNow, ...extra })
const handle = (kind: RelevanceKind, query: SearchQuery, expected: string): RelevanceCase => ({ kind, query, expect: { handle: expected } })

export const relevanceCases: RelevanceCase[] = [
  // Typed without marks, the way most phones and desktop keyboards without an IME send it.
  handle("no marks", q("mien dong na ri"), "mien-dong-na-ri"),
  handle("no marks", q("nuoc mam phu quoc"), "nuoc-mam-phu-quoc-khai-hoan"),
  handle("no marks", q("tra hoa vang ba che"), "tra-hoa-vang-ba-che"),
  handle("no marks", q("ca phe khe sanh"), "ca-phe-khe-sanh"),
  handle("no marks", q("gao st25 ho quang tri"), "gao-st25-ho-quang-tri"),
  handle("no marks", q("banh gai ninh giang"), "banh-gai-ninh-giang"),
  handle("no marks", q("ruou ngo ban pho"), "ruou-ngo-ban-pho"),
  handle("no marks", q("cam vinh"), "cam-vinh-minh-thanh"),
  handle("no marks", q("tho cam mai chau"), "tho-cam-mai-chau"),
  handle("no marks", q("am chen men lam bat trang"), "bo-am-chen-men-lam-bat-trang"),
  handle("no marks", q("khan lua van phuc"), "khan-lua-to-tam-van-phuc"),
  handle("no marks", q("sam ngoc linh"), "sam-ngoc-linh-tu-mo-rong"),
  handle("no marks", q("che dinh tan cuong"), "che-dinh-tan-cuong-hao-dat"),
  handle("no marks", q("ruou sim phu quoc"), "ruou-sim-phu-quoc"),
  handle("no marks", q("hat dieu bu dang"), "hat-dieu-rang-muoi-bu-dang"),
  handle("no marks", q("muc mot nang co to"), "muc-mot-nang-co-to"),
  handle("no marks", q("banh da ke"), "banh-da-ke"),
  handle("no marks", q("banh pia tan hue vien"), "banh-pia-tan-hue-vien"),
  handle("no marks", q("dua sap cau ke"), "dua-sap-cau-ke"),
  handle("no marks", q("nep cai hoa vang thai son"), "gao-nep-cai-hoa-vang-thai-son"),
  handle("no marks", q("ruou tao meo mu cang chai"), "ruou-tao-meo-mu-cang-chai"),
  handle("no marks", q("trau gac bep than uyen"), "thit-trau-gac-bep-than-uyen"),
  handle("no marks", q("chieu coi nga son"), "chieu-coi-nga-son"),
  handle("no marks", q("non la lang chuong"), "non-la-lang-chuong"),
  handle("no marks", q("gom chu dau"), "binh-gom-chu-dau"),
  handle("no marks", q("du lich con chim"), "du-lich-cong-dong-con-chim"),
  handle("no marks", q("dao the nhat tan"), "cay-dao-the-nhat-tan"),
  handle("no marks", q("quat tu lien"), "quat-canh-tu-lien"),
  handle("no marks", q("tra actiso sa pa"), "tra-phun-suong-actiso-sa-pa"),
  handle("no marks", q("tinh dau tram truong hai"), "tinh-dau-tram-truong-hai"),
  handle("no marks", q("mac ca damaca"), "hat-mac-ca-damaca"),
  handle("no marks", q("dong trung ha thao hoang khoi"), "dong-trung-ha-thao-hoang-khoi"),
  handle("no marks", q("NUOC MAM CAT HAI"), "nuoc-mam-cat-hai"),
  {
    kind: "no marks",
    query: q("vai thieu luc ngan"),
    expect: { describe: "lychees from Lục Ngạn", right: (d) => foldVietnamese(d.title.vi).startsWith("vai thieu") && (d.commune === "Lục Ngạn" || titleHas("lục ngạn")(d)) },
  },
  {
    kind: "no marks",
    query: q("keo cu do ha tinh"),
    expect: { describe: "cu đơ candy from Hà Tĩnh", right: (d) => foldedTitleStarts("keo cu do")(d) && d.province === "Hà Tĩnh" },
  },

  // Typos: a letter dropped, doubled or swapped, and the s/x, ch/c slips of Vietnamese spelling.
  handle("typo", q("mat ong bac ha ha giag"), "mat-ong-bac-ha-ha-giang"),
  handle("typo", q("nuoc mam cat hia"), "nuoc-mam-cat-hai"),
  handle("typo", q("sam ngoc ling"), "sam-ngoc-linh-tu-mo-rong"),
  handle("typo", q("mien dong tai hoang"), "mien-dong-na-ri"),
  handle("typo", q("ca phe chon kien cuogn"), "ca-phe-chon-kien-cuong"),
  handle("typo", q("keo dua sau rieg la dua"), "keo-dua-sau-rieng-la-dua-dong-a"),
  handle("typo", q("tam that bat sat"), "tam-that-bat-xat"),
  handle("typo", q("nuoc mam lac ken"), "nuoc-mam-lach-ken"),
  handle("typo", q("chieu coi nga sonn"), "chieu-coi-nga-son"),
  {
    kind: "typo",
    query: q("vai thieu luc ngna"),
    expect: { describe: "lychees from Lục Ngạn", right: (d) => foldVietnamese(d.title.vi).startsWith("vai thieu") && (d.commune === "Lục Ngạn" || titleHas("lục ngạn")(d)) },
  },

  // As-you-type prefixes: the last word is unfinished.
  handle("prefix", q("mien dong na"), "mien-dong-na-ri"),
  handle("prefix", q("nuoc mam phu qu"), "nuoc-mam-phu-quoc-khai-hoan"),
  handle("prefix", q("sam ngoc l"), "sam-ngoc-linh-tu-mo-rong"),
  handle("prefix", q("banh pia tan h"), "banh-pia-tan-hue-vien"),
  handle("prefix", q("dong trung ha thao hoang k"), "dong-trung-ha-thao-hoang-khoi"),
  { kind: "prefix", query: q("nuoc ma"), expect: { describe: "fish sauces", right: foldedTitleStarts("nuoc mam") } },
  { kind: "prefix", query: q("che shan tu"), expect: { describe: "Shan tuyết teas", right: foldedTitleStarts("che shan tuyet") } },

  // Typed with marks: the marks tell "bạc hà" (mint) from Bắc Hà (the place).
  handle("marks", q("Miến dong Na Rì"), "mien-dong-na-ri"),
  handle("marks", q("Chè Shan tuyết Bắc Hà"), "che-shan-tuyet-co-thu-bac-ha"),
  handle("marks", q("Sâm Ngọc Linh"), "sam-ngoc-linh-tu-mo-rong"),
  // Decomposed input (macOS and some Android keyboards send NFD).
  handle("marks", q("Miến dong Bình Liêu".normalize("NFD")), "mien-dong-binh-lieu"),
  {
    kind: "marks",
    query: q("Bắc Hà"),
    expect: { describe: "products from or named after Bắc Hà", right: (d) => titleHas("bắc hà")(d) || d.commune === "Bắc Hà" || d.producer.name.includes("Bắc Hà") },
  },
  { kind: "marks", query: q("bạc hà"), expect: { describe: "mint products", right: titleHas("bạc hà") } },
  { kind: "marks", query: q("mật ong bạc hà"), expect: { describe: "mint honeys", right: titleHas("mật ong bạc hà") } },

  // Words plus the filters of the catalogue page.
  handle("filters", q("mat ong", { filters: { stars: [5], province: ["tuyen-quang"] } }), "mat-ong-bac-ha-ha-giang"),
  handle("filters", q("nuoc mam", { filters: { province: ["an-giang"], stars: [5] } }), "nuoc-mam-phu-quoc-khai-hoan"),
  handle("filters", q("che", { filters: { group: ["drinks"], province: ["lao-cai"], priceMin: 500_000 } }), "che-shan-tuyet-co-thu-bac-ha"),
  handle("filters", q("mien dong", { filters: { province: ["quang-ninh"], pickup: true } }), "mien-dong-binh-lieu"),
  handle("filters", q("ca phe", { filters: { priceMin: 1_000_000 } }), "ca-phe-chon-kien-cuong"),
  handle("filters", q("tho cam mai chau", { filters: { group: ["handicraft"] } }), "tho-cam-mai-chau"),
  handle("filters", q("gao", { filters: { province: ["can-tho"], stars: [5] } }), "gao-st25-ho-quang-tri"),
  handle("filters", q("con chim", { filters: { group: ["tourism"] } }), "du-lich-cong-dong-con-chim"),
  handle("filters", q("ruou ngo", { filters: { province: ["lao-cai"], stars: [4], priceMax: 200_000 } }), "ruou-ngo-ban-pho"),
  handle("filters", q("sam", { filters: { group: ["herbal"], province: ["quang-ngai"], stars: [5] } }), "sam-ngoc-linh-tu-mo-rong"),
  handle("filters", q("nuoc mam", { filters: { salesPoint: ["ocop-san-bay-tan-son-nhat"], stars: [5] } }), "nuoc-mam-phu-quoc-khai-hoan"),
  handle("filters", q("keo dua", { filters: { province: ["vinh-long"], stars: [4], priceMax: 60_000 } }), "keo-dua-sau-rieng-la-dua-dong-a"),
  {
    kind: "filters",
    query: q("tho cam", { filters: { group: ["handicraft"], province: ["phu-tho"], stars: [4] } }),
    expect: { describe: "4★ brocade from Phú Thọ", right: titleHas("thổ cẩm") },
  },

  // 60 days on: a look-alike whose certificate has run out by then must be gone; the product stays.
  handle("later clock", { q: "mien dong binh lieu", now: laterNow }, "mien-dong-binh-lieu"),
  handle("later clock", { q: "nuoc mam phu quoc", now: laterNow }, "nuoc-mam-phu-quoc-khai-hoan"),
  handle("later clock", { q: "mat ong bac ha", now: laterNow, filters: { pickup: true, stars: [5] } }, "mat-ong-bac-ha-ha-giang"),
]
