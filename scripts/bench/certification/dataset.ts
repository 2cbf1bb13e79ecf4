import type pg from "pg"

/**
 * A catalogue at the size the budgets name: 20,000 certificates covering 40,000 products (each
 * decision certifies one product in two packs) from 4,000 producers, written with set-based SQL
 * straight into the tables Medusa's migrations created. Every value derives from the row number,
 * so two runs build the same catalogue (dates are relative to the moment of the run).
 */
export const datasetSize = {
  producers: 4_000,
  certificates: 20_000,
  products: 40_000,
  /** Active certificates whose validity ended before the run: the expiry job's backlog. */
  lapsed: 2_000,
}

export interface DatasetCounts {
  products: number
  producers: number
  suspendedProducers: number
  certificates: Record<string, number>
  lapsed: number
}

// Each product kind belongs to one OCOP product group (Decision 148/QĐ-TTg).
const kinds: { group: string; vi: string; slug: string }[] = [
  { group: "food", vi: "Miến dong", slug: "mien-dong" },
  { group: "food", vi: "Gạo ST25", slug: "gao-st25" },
  { group: "food", vi: "Nước mắm", slug: "nuoc-mam" },
  { group: "food", vi: "Bánh đa", slug: "banh-da" },
  { group: "food", vi: "Mật ong", slug: "mat-ong" },
  { group: "food", vi: "Hạt điều", slug: "hat-dieu" },
  { group: "food", vi: "Hồ tiêu", slug: "ho-tieu" },
  { group: "food", vi: "Măng khô", slug: "mang-kho" },
  { group: "drinks", vi: "Trà shan tuyết", slug: "tra-shan-tuyet" },
  { group: "drinks", vi: "Cà phê", slug: "ca-phe" },
  { group: "drinks", vi: "Rượu ngô", slug: "ruou-ngo" },
  { group: "herbal", vi: "Tinh dầu quế", slug: "tinh-dau-que" },
  { group: "herbal", vi: "Cao atiso", slug: "cao-atiso" },
  { group: "handicraft", vi: "Nón lá", slug: "non-la" },
  { group: "handicraft", vi: "Chiếu cói", slug: "chieu-coi" },
  { group: "handicraft", vi: "Lụa tơ tằm", slug: "lua-to-tam" },
  { group: "ornamental", vi: "Lan hồ điệp", slug: "lan-ho-diep" },
  { group: "tourism", vi: "Du lịch cộng đồng", slug: "du-lich-cong-dong" },
]
const qualities = [
  { vi: "truyền thống", slug: "truyen-thong" },
  { vi: "hữu cơ", slug: "huu-co" },
  { vi: "đặc sản", slug: "dac-san" },
  { vi: "thượng hạng", slug: "thuong-hang" },
  { vi: "nguyên chất", slug: "nguyen-chat" },
]
// Provinces as merged in 2025 (Resolution 202/2025/QH15). Sixteen divides the producer count, so a
// certificate names the same province as its producer.
const places = [
  { vi: "Thái Nguyên", slug: "thai-nguyen" },
  { vi: "Sơn La", slug: "son-la" },
  { vi: "An Giang", slug: "an-giang" },
  { vi: "Tuyên Quang", slug: "tuyen-quang" },
  { vi: "Đắk Lắk", slug: "dak-lak" },
  { vi: "Ninh Bình", slug: "ninh-binh" },
  { vi: "Gia Lai", slug: "gia-lai" },
  { vi: "Tây Ninh", slug: "tay-ninh" },
  { vi: "Cà Mau", slug: "ca-mau" },
  { vi: "Lào Cai", slug: "lao-cai" },
  { vi: "Vĩnh Long", slug: "vinh-long" },
  { vi: "Lạng Sơn", slug: "lang-son" },
  { vi: "Quảng Ngãi", slug: "quang-ngai" },
  { vi: "Điện Biên", slug: "dien-bien" },
  { vi: "Hà Tĩnh", slug: "ha-tinh" },
  { vi: "Lâm Đồng", slug: "lam-dong" },
]
const producerTypes = [
  { type: "cooperative", vi: "HTX" },
  { type: "enterprise", vi: "Công ty TNHH" },
  { type: "cooperative_group", vi: "Tổ hợp tác" },
  { type: "household_business", vi: "Hộ kinh doanh" },
]
const producerNames = ["Hoa Mai", "Tân Tiến", "Bình An", "Phúc Lộc", "Thành Công", "Hưng Thịnh", "Đồng Tâm", "Minh Châu", "Sơn Thủy", "Hòa Bình"]

const kindVi = kinds.map((k) => k.vi)
const kindSlug = kinds.map((k) => k.slug)
const kindGroup = kinds.map((k) => k.group)
const placeVi = places.map((p) => p.vi)

/** Certificate k (and so both its products) is of kind `kindOf(k)`; the product group follows the kind. */
const kindOf = (k: string) => `1 + (${k}) * 7 % ${kinds.length}`

/** `prefix` + the row number padded, so ids sort like the rows they were made from. */
const id = (prefix: string, n: string) => `'${prefix}' || lpad((${n})::text, 6, '0')`

async function insertProducers(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO producer (id, handle, name, type, status, province, commune, email, phone, tax_code)
     SELECT ${id("pdc_bench_", "n")},
            'chu-the-' || n,
            ($1::text[])[1 + n % 4] || ' ' || ($2::text[])[1 + (n / 4) % 10] || ' ' || ($3::text[])[1 + n % 16],
            ($4::text[])[1 + n % 4],
            -- One producer in a hundred is suspended: its products stay out of the shop.
            CASE WHEN n % 100 = 0 THEN 'suspended' ELSE 'active' END,
            ($3::text[])[1 + n % 16],
            'Xã ' || ($2::text[])[1 + (n / 40) % 10],
            'chuthe' || n || '@ocop.example.vn',
            '09' || lpad((n * 7919 % 100000000)::text, 8, '0'),
            lpad((4600000000 + n)::text, 10, '0')
       FROM generate_series(1, $5::int) AS n`,
    [producerTypes.map((t) => t.vi), producerNames, placeVi, producerTypes.map((t) => t.type), datasetSize.producers]
  )
}

/**
 * Certificate k: every tenth is active but lapsed (the job's backlog); of the rest, one in fifty
 * each is suspended, revoked or already expired; the others run out over the next three years.
 * Stars 60% 3★, 30% 4★, 10% 5★, with a score in the band of the star rank.
 */
async function insertCertificates(client: pg.Client): Promise<void> {
  await client.query(
    `WITH shaped AS (
       SELECT k,
              CASE WHEN k % 10 = 0 THEN 'lapsed'
                   WHEN k % 50 = 1 THEN 'suspended'
                   WHEN k % 50 = 2 THEN 'revoked'
                   WHEN k % 50 = 3 THEN 'expired'
                   ELSE 'active' END AS state,
              CASE WHEN k * 13 % 100 < 60 THEN 3 WHEN k * 13 % 100 < 90 THEN 4 ELSE 5 END AS stars,
              ($1::text[])[${kindOf("k")}] AS product_group,
              ($2::text[])[1 + k % 16] AS place
         FROM generate_series(1, $3::int) AS k
     ), dated AS (
       SELECT *,
              CASE state
                WHEN 'lapsed' THEN now() - make_interval(mins => 1 + k * 31 % 10080)
                WHEN 'expired' THEN now() - make_interval(days => 1 + k % 700)
                ELSE now() + make_interval(hours => 1 + k * 7919 % (3 * 365 * 24))
              END AS valid_until
         FROM shaped
     )
     INSERT INTO certificate (id, decision_number, decision_date, issuing_authority_name, issuing_authority_level, regime,
                              stars, score, product_group, valid_from, valid_until, status, status_reason, documented)
     SELECT ${id("cert_bench_", "k")},
            k || '/QĐ-UBND',
            valid_until - interval '36 months',
            CASE WHEN stars = 5 THEN 'Bộ Nông nghiệp và Môi trường' ELSE 'UBND tỉnh ' || place END,
            CASE WHEN stars = 5 THEN 'national' ELSE 'province' END,
            CASE WHEN valid_until - interval '36 months' < '2023-02-24' THEN 'qd_1048_2019'
                 WHEN valid_until - interval '36 months' < '2025-07-05' THEN 'qd_148_2023'
                 ELSE 'qd_1489_2025' END,
            stars,
            CASE stars WHEN 3 THEN 50 + k % 20 WHEN 4 THEN 70 + k % 20 ELSE 90 + k % 11 END,
            product_group,
            valid_until - interval '36 months',
            valid_until,
            CASE state WHEN 'lapsed' THEN 'active' ELSE state END,
            CASE state WHEN 'suspended' THEN 'Kiểm tra định kỳ phát hiện sai lệch nhãn mác'
                       WHEN 'revoked' THEN 'Chủ thể ngừng sản xuất sản phẩm'
                       WHEN 'expired' THEN 'Hết thời hạn 36 tháng kể từ ngày ký quyết định' END,
            k % 3 = 0
       FROM dated`,
    [kindGroup, placeVi, datasetSize.certificates]
  )
}

async function insertCertificateHistory(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO certificate_event (id, type, from_status, to_status, actor, reason, certificate_id, created_at)
     SELECT 'cevt_bench_issued_' || substr(c.id, 12), 'issued', NULL, 'active', c.issuing_authority_name,
            'Quyết định ' || c.decision_number, c.id, c.decision_date
       FROM certificate c
     UNION ALL
     SELECT 'cevt_bench_' || c.status || '_' || substr(c.id, 12), c.status, 'active', c.status,
            CASE c.status WHEN 'expired' THEN 'system' ELSE c.issuing_authority_name END, c.status_reason, c.id,
            LEAST(c.valid_until, now())
       FROM certificate c
      WHERE c.status <> 'active'`
  )
}

/** Product n is pack (n % 2) of certificate k = ceil(n / 2) and has that certificate's kind, quality and place. */
async function insertProducts(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO product (id, title, handle, subtitle, status, is_giftcard, discountable, metadata)
     SELECT ${id("prod_bench_", "n")},
            ($1::text[])[${kindOf("k")}] || ' ' || ($4::text[])[1 + k % 5] || ' ' || ($6::text[])[1 + k % 16],
            ($2::text[])[${kindOf("k")}] || '-' || ($5::text[])[1 + k % 5] || '-' || ($7::text[])[1 + k % 16] || '-' || n,
            CASE WHEN n % 2 = 1 THEN 'Gói 500 g' ELSE 'Hộp 1 kg' END,
            'published', false, true,
            jsonb_build_object('ocop_group', ($3::text[])[${kindOf("k")}], 'shippable', true)
       FROM generate_series(1, $8::int) AS n, LATERAL (SELECT (n + 1) / 2 AS k) AS certificate`,
    [
      kindVi,
      kindSlug,
      kindGroup,
      qualities.map((q) => q.vi),
      qualities.map((q) => q.slug),
      placeVi,
      places.map((p) => p.slug),
      datasetSize.products,
    ]
  )
}

/** One variant per product with a VND price, through Medusa's price set and its variant link. */
async function insertPricedVariants(client: pg.Client): Promise<void> {
  const products = `generate_series(1, ${datasetSize.products}) AS n`
  await client.query(
    `INSERT INTO product_variant (id, title, sku, product_id, manage_inventory, variant_rank)
     SELECT ${id("variant_bench_", "n")}, CASE WHEN n % 2 = 1 THEN 'Gói 500 g' ELSE 'Hộp 1 kg' END,
            'OCOP-BENCH-' || n, ${id("prod_bench_", "n")}, false, 0
       FROM ${products}`
  )
  await client.query(`INSERT INTO price_set (id) SELECT ${id("pset_bench_", "n")} FROM ${products}`)
  await client.query(
    `INSERT INTO product_variant_price_set (id, variant_id, price_set_id)
     SELECT ${id("pvps_bench_", "n")}, ${id("variant_bench_", "n")}, ${id("pset_bench_", "n")} FROM ${products}`
  )
  // Whole thousands of đồng from 20,000 to 499,000; the 1 kg pack costs about twice the 500 g one.
  await client.query(
    `INSERT INTO price (id, price_set_id, currency_code, amount, raw_amount, rules_count)
     SELECT ${id("price_bench_", "n")}, ${id("pset_bench_", "n")}, 'vnd', amount,
            jsonb_build_object('value', amount::text, 'precision', 20), 0
       FROM (SELECT n, (20 + ((n + 1) / 2 * 7919) % 230) * 1000 * (2 - n % 2) AS amount FROM ${products}) AS priced`
  )
}

async function insertLinks(client: pg.Client): Promise<void> {
  const products = `generate_series(1, ${datasetSize.products}) AS n`
  await client.query(
    `INSERT INTO certification_certificate_product_product (id, certificate_id, product_id)
     SELECT ${id("certprod_bench_", "n")}, ${id("cert_bench_", "(n + 1) / 2")}, ${id("prod_bench_", "n")} FROM ${products}`
  )
  await client.query(
    `INSERT INTO producer_producer_product_product (id, producer_id, product_id)
     SELECT ${id("prodprod_bench_", "n")}, ${id("pdc_bench_", `((n + 1) / 2 - 1) % ${datasetSize.producers} + 1`)}, ${id("prod_bench_", "n")}
       FROM ${products}`
  )
}

/** Fills the catalogue in one transaction, then refreshes the planner's statistics. */
export async function generateDataset(client: pg.Client): Promise<void> {
  await client.query("BEGIN")
  await insertProducers(client)
  await insertCertificates(client)
  await insertCertificateHistory(client)
  await insertProducts(client)
  await insertPricedVariants(client)
  await insertLinks(client)
  await client.query("COMMIT")
  await client.query("ANALYZE")
}

export async function countDataset(client: pg.Client): Promise<DatasetCounts> {
  const count = async (sql: string) => Number((await client.query<{ count: string }>(sql)).rows[0]?.count ?? 0)
  const statuses = await client.query<{ status: string; count: string }>("SELECT status, count(*) FROM certificate GROUP BY status ORDER BY status")
  return {
    products: await count("SELECT count(*) FROM product WHERE status = 'published'"),
    producers: await count("SELECT count(*) FROM producer"),
    suspendedProducers: await count("SELECT count(*) FROM producer WHERE status = 'suspended'"),
    certificates: Object.fromEntries(statuses.rows.map((row) => [row.status, Number(row.count)])),
    lapsed: await count("SELECT count(*) FROM certificate WHERE status = 'active' AND valid_until <= now()"),
  }
}
