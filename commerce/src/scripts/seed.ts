import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CERTIFICATION_MODULE } from "../modules/certification"
import type CertificationModuleService from "../modules/certification/service"
import { regimeKey, validUntil } from "../modules/certification/rules"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SALES_POINT_MODULE } from "../modules/sales-point"
import type SalesPointModuleService from "../modules/sales-point/service"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type SearchModuleService from "../modules/product-search/service"
import { allSearchDocuments } from "../search/documents"
import { syncProductListingWorkflow } from "../workflows/certification/sync-product-listing"
import { issueStampBatchWorkflow } from "../workflows/stamp/issue-stamp-batch"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { ensureCheckoutSetup } from "../checkout/setup"
import { renderArtwork } from "./seed/artwork"
import type { CertificateSeed, ProductGroup } from "./seed/catalogue-types"
import { producers } from "./seed/producers"
import { products } from "./seed/products"
import { salesPoints } from "./seed/sales-points"
import { makeProductImageVariantsWorkflow } from "../workflows/product-images/make-product-image-variants"
import { IMAGE_VARIANTS_KEY } from "../product-images/types"

export const SALES_CHANNEL_NAME = "Chợ OCOP trực tuyến"
export const PUBLISHABLE_KEY_TITLE = "Storefront Chợ OCOP"

const groupNames: Record<ProductGroup, { vi: string; en: string }> = {
  food: { vi: "Thực phẩm", en: "Food" },
  drinks: { vi: "Đồ uống", en: "Drinks" },
  herbal: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "Medicinal herbs and herbal products" },
  handicraft: { vi: "Hàng thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  tourism: { vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", en: "Community and eco-tourism services" },
}

function decisionDate(certificate: CertificateSeed, today: Date): Date {
  if ("on" in certificate.decided) return new Date(`${certificate.decided.on}T00:00:00+07:00`)
  const date = new Date(today)
  date.setUTCHours(1, 0, 0, 0)
  date.setUTCDate(date.getUTCDate() - certificate.decided.daysAgo)
  return date
}

/**
 * Seeds the marketplace with real OCOP products (shared/ocop-domain.md §5.3). Every entity is created
 * only when missing (matched by handle), so running it again changes nothing and a run interrupted
 * half-way completes on the next start.
 */
export default async function seedOcopCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const producerService = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const certificationService = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const salesPointService = container.resolve<SalesPointModuleService>(SALES_POINT_MODULE)
  const today = new Date()

  // Store, sales channel, region (VND has no minor unit: 175000 means 175.000 ₫).
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: SALES_CHANNEL_NAME } })
  let salesChannel: { id: string } | undefined = channels[0]
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến sản phẩm OCOP" }] },
    })
    salesChannel = result[0]!
  }

  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0]!.id },
      update: {
        name: "Chợ OCOP",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name"], filters: { currency_code: "vnd" } })
  if (regions.length === 0) {
    await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_system_default"], automatic_taxes: false }] },
    })
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  }

  const { data: keys } = await query.graph({ entity: "api_key", fields: ["id", "title", "token"], filters: { type: "publishable" } })
  if (!keys.some((key) => key.title === PUBLISHABLE_KEY_TITLE)) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0]!.id, add: [salesChannel.id] } })
  }

  // Sales points: a Medusa stock location each, plus its OCOP details.
  const { data: existingPoints } = await query.graph({ entity: "sales_point", fields: ["id", "handle", "opening_hours", "stock_location.id"] })
  const locationBySalesPoint = new Map<string, string>()
  for (const point of existingPoints) if (point.stock_location?.id) locationBySalesPoint.set(point.handle, point.stock_location.id)
  // Databases seeded before hours were stored in opening_hours syntax ("07:00–21:00 hằng ngày") get the new form.
  const rewordedHours = existingPoints.flatMap((existing) => {
    const seed = salesPoints.find((point) => point.handle === existing.handle)
    return seed && existing.opening_hours.endsWith("hằng ngày") ? [{ id: existing.id, opening_hours: seed.openingHours }] : []
  })
  if (rewordedHours.length > 0) await salesPointService.updateSalesPoints(rewordedHours)
  for (const point of salesPoints) {
    if (locationBySalesPoint.has(point.handle)) continue
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: point.name,
            address: {
              address_1: point.address.street || point.address.commune,
              address_2: point.address.commune,
              city: point.address.commune,
              province: point.address.province,
              country_code: "vn",
              phone: point.phone ?? undefined,
            },
            metadata: { sales_point_handle: point.handle },
          },
        ],
      },
    })
    const location = result[0]!
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
    const created = await salesPointService.createSalesPoints({
      handle: point.handle,
      name: point.name,
      location_type: point.locationType,
      operator: point.operator,
      province: point.address.province,
      commune: point.address.commune,
      street: point.address.street || null,
      legacy_address: point.address.legacyAddress,
      opening_hours: point.openingHours,
      latitude: point.latitude,
      longitude: point.longitude,
      phone: point.phone,
    })
    await link.create({ [SALES_POINT_MODULE]: { sales_point_id: created.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } })
    locationBySalesPoint.set(point.handle, location.id)
  }

  // Producers.
  const existingProducers = await producerService.listProducers({}, { select: ["id", "handle"] })
  const producerIdByHandle = new Map(existingProducers.map((p) => [p.handle, p.id]))
  const missingProducers = producers.filter((p) => !producerIdByHandle.has(p.handle))
  if (missingProducers.length > 0) {
    const created = await producerService.createProducers(
      missingProducers.map((p) => ({
        handle: p.handle,
        name: p.name,
        type: p.type,
        province: p.address.province,
        commune: p.address.commune,
        street: p.address.street || null,
        legacy_address: p.address.legacyAddress,
        legacy_province: p.address.legacyProvince,
        story_vi: p.story.vi,
        story_en: p.story.en,
      }))
    )
    for (const p of created) producerIdByHandle.set(p.handle, p.id)
  }

  // Product categories, one per OCOP product group.
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryIdByGroup = new Map(categories.map((c) => [c.handle, c.id]))
  const missingGroups = (Object.keys(groupNames) as ProductGroup[]).filter((g) => !categoryIdByGroup.has(g))
  if (missingGroups.length > 0) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingGroups.map((group, rank) => ({
          name: groupNames[group].vi,
          handle: group,
          is_active: true,
          rank,
          metadata: { name_en: groupNames[group].en },
        })),
      },
    })
    for (const c of result) categoryIdByGroup.set(c.handle, c.id)
  }

  // Products with their picture, certificate, producer and stock.
  const { data: existingProducts } = await query.graph({ entity: "product", fields: ["id", "handle", "metadata"] })
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  let createdCount = 0
  // Products seeded before image variants existed get theirs through the same workflow as new images.
  for (const existing of existingProducts) {
    if (!existing.metadata?.[IMAGE_VARIANTS_KEY]) await makeProductImageVariantsWorkflow(container).run({ input: { product_id: existing.id } })
  }
  for (const seed of products) {
    if (existingHandles.has(seed.handle)) continue
    const artwork = await renderArtwork(seed.group, seed.handle)
    const { result: files } = await uploadFilesWorkflow(container).run({
      input: { files: [{ filename: `${seed.handle}.webp`, mimeType: "image/webp", content: artwork.toString("base64"), access: "public" }] },
    })
    const imageUrl = files[0]!.url
    const shippable = seed.weightGrams !== null
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: seed.title.vi,
            subtitle: seed.subtitle.vi,
            handle: seed.handle,
            description: seed.description.vi,
            status: ProductStatus.PUBLISHED,
            weight: seed.weightGrams ?? undefined,
            thumbnail: imageUrl,
            images: [{ url: imageUrl }],
            category_ids: [categoryIdByGroup.get(seed.group)!],
            sales_channels: [{ id: salesChannel.id }],
            is_giftcard: false,
            discountable: true,
            metadata: {
              title_en: seed.title.en,
              subtitle_en: seed.subtitle.en,
              description_en: seed.description.en,
              story_vi: seed.story.vi,
              story_en: seed.story.en,
              ocop_group: seed.group,
              shippable,
              ...(seed.deliveryArea ? { delivery_area: seed.deliveryArea } : {}),
            },
            options: [{ title: "Quy cách", values: [seed.subtitle.vi] }],
            variants: [
              {
                title: seed.subtitle.vi,
                sku: `OCOP-${seed.handle.toUpperCase()}`,
                manage_inventory: shippable,
                options: { "Quy cách": seed.subtitle.vi },
                prices: [{ amount: seed.priceVnd, currency_code: "vnd" }],
              },
            ],
          },
        ],
      },
    })
    const product = result[0]!
    await makeProductImageVariantsWorkflow(container).run({ input: { product_id: product.id } })

    const signed = decisionDate(seed.certificate, today)
    const certificate = await certificationService.createCertificates({
      decision_number: seed.certificate.decisionNumber,
      decision_date: signed,
      issuing_authority_name: seed.certificate.issuingAuthorityName,
      issuing_authority_level: seed.certificate.issuingAuthorityLevel,
      regime: regimeKey(seed.certificate.regime),
      stars: seed.certificate.stars,
      score: seed.certificate.score,
      product_group: seed.group,
      valid_from: signed,
      valid_until: validUntil(signed),
      status: seed.certificate.status,
      status_reason: seed.certificate.statusReason ?? null,
      documented: seed.certificate.documented,
    })
    const events: { type: "issued" | "suspended" | "revoked" | "expired"; from_status: string | null; to_status: string; actor: string; reason: string | null; certificate_id: string }[] = [
      { type: "issued", from_status: null, to_status: "active", actor: seed.certificate.issuingAuthorityName, reason: `Quyết định ${seed.certificate.decisionNumber}`, certificate_id: certificate.id },
    ]
    if (seed.certificate.status !== "active") {
      events.push({
        type: seed.certificate.status,
        from_status: "active",
        to_status: seed.certificate.status,
        actor: seed.certificate.status === "expired" ? "system" : seed.certificate.issuingAuthorityName,
        reason: seed.certificate.statusReason ?? (seed.certificate.status === "expired" ? "Hết thời hạn 36 tháng kể từ ngày ký quyết định" : null),
        certificate_id: certificate.id,
      })
    }
    await certificationService.createCertificateEvents(events)

    await link.create([
      { [CERTIFICATION_MODULE]: { certificate_id: certificate.id }, [Modules.PRODUCT]: { product_id: product.id } },
      { [PRODUCER_MODULE]: { producer_id: producerIdByHandle.get(seed.producer)! }, [Modules.PRODUCT]: { product_id: product.id } },
    ])

    if (shippable && Object.keys(seed.stock).length > 0) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { product_id: product.id },
      })
      const inventoryItemId = variants[0]!.inventory_items![0]!.inventory_item_id
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: Object.entries(seed.stock).map(([pointHandle, quantity]) => ({
            inventory_item_id: inventoryItemId,
            location_id: locationBySalesPoint.get(pointHandle)!,
            stocked_quantity: quantity,
          })),
        },
      })
    }
    createdCount += 1
  }

  await ensureCheckoutSetup(container, { salesChannelId: salesChannel.id })

  // Products whose certificate is expired, suspended or revoked are stored as delisted drafts,
  // exactly as the certification workflows would have left them.
  const { data: allProducts } = await query.graph({ entity: "product", fields: ["id"] })
  await syncProductListingWorkflow(container).run({ input: { product_ids: allProducts.map((p) => p.id) } })
  // The search index normally follows listing syncs through a subscriber; this script may exit
  // before the subscriber runs, so the index is rebuilt here.
  const { indexed } = await container.resolve<SearchModuleService>(PRODUCT_SEARCH_MODULE).reindex(allSearchDocuments(query))
  logger.info(`Search index rebuilt with ${indexed} products`)

  // One small example batch of stamps for the first two sellable products, so /v/{code} has something to show.
  const stamps = container.resolve<StampModuleService>(STAMP_MODULE)
  const [existingBatches] = await stamps.listAndCountStampBatches({}, { take: 1 })
  if (existingBatches.length === 0) {
    const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const sellable = (await db("product_listing").select("product_id").where({ published: true, producer_active: true, certificate_status: "active" }).where("valid_until", ">", new Date()).orderBy("handle").limit(2)) as { product_id: string }[]
    for (const { product_id } of sellable) {
      await issueStampBatchWorkflow(container).run({ input: { product_id, quantity: 10, lot: "MAU-2026", actor: "seed" } })
    }
    const example = (await db("stamp").select("code").orderBy("created_at").first()) as { code: string } | undefined
    if (example) logger.info(`Example stamp: ${stamps.settings.storefrontUrl}/v/${example.code}`)
  }

  logger.info(
    `Seeded ${createdCount} new products (${products.length} in catalogue), ${producers.length} producers, ${salesPoints.length} sales points`
  )
}
