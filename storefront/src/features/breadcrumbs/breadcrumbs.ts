import { t, type Lang } from "../../i18n/dictionaries"
import { paths } from "../../lib/paths"
import { productGroups } from "../catalogue/filters"
import type { ProductDetail, PublicProducer } from "../catalogue/types"
import type { Province } from "../province/provinces"

/** One step of the trail; the page itself has no link. */
export interface Crumb {
  name: string
  href: string | null
}

/**
 * Home › Products › the product's OCOP group › the product: the group leads to the catalogue filtered
 * by it (left out for a group the catalogue does not know).
 */
export function productTrail(product: Pick<ProductDetail, "group" | "title">, lang: Lang): Crumb[] {
  const group = productGroups.find((candidate) => candidate === product.group)
  return [
    { name: t(lang, "siteName"), href: paths.home(lang) },
    { name: t(lang, "navProducts"), href: paths.catalogue(lang) },
    ...(group ? [{ name: t(lang, `group_${group}`), href: paths.catalogue(lang, { group: [group] }) }] : []),
    { name: product.title[lang], href: null },
  ]
}

/** Home › Producers › the producer. */
export function producerTrail(producer: Pick<PublicProducer, "name">, lang: Lang): Crumb[] {
  return [
    { name: t(lang, "siteName"), href: paths.home(lang) },
    { name: t(lang, "producersTitle"), href: paths.producers(lang) },
    { name: producer.name, href: null },
  ]
}

/** Home › Provinces › the province. */
export function provinceTrail(province: Pick<Province, "name">, lang: Lang): Crumb[] {
  return [
    { name: t(lang, "siteName"), href: paths.home(lang) },
    { name: t(lang, "provincesTitle"), href: paths.provinces(lang) },
    { name: province.name[lang], href: null },
  ]
}

/**
 * schema.org BreadcrumbList, so search results show the trail instead of the bare URL. Links are made
 * absolute against the site; the last step, the page itself, carries no item.
 */
export function breadcrumbStructuredData(trail: Crumb[], site: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      ...(crumb.href === null ? {} : { item: new URL(crumb.href, site).toString() }),
    })),
  }
}
