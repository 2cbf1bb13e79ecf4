import { XMarkMini } from "@medusajs/icons"
import { Badge, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../lib/i18n"
import { useDebouncedCommit } from "../lib/use-debounced-commit"
import { useProductSearch } from "./queries"

export interface PickedProduct {
  id: string
  title: string
  handle: string
}

interface ProductPickerProps {
  id: string
  value: PickedProduct[]
  onChange: (next: PickedProduct[]) => void
}

/** Chooses the products a decision recognises, searching the catalogue by title. */
export function ProductPicker({ id, value, onChange }: ProductPickerProps) {
  const [search, setSearch] = useState("")
  const [draft, setDraft] = useDebouncedCommit(search, setSearch)
  const { data, isFetching } = useProductSearch(search.trim())
  const picked = new Set(value.map((product) => product.id))
  const results = (data?.products ?? []).filter((product) => !picked.has(product.id))

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        type="search"
        placeholder={t.form.productSearch}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <ul className="bg-ui-bg-subtle max-h-48 overflow-y-auto rounded-md border" aria-busy={isFetching}>
        {results.length === 0 ? (
          <li className="px-3 py-2">
            <Text size="small" className="text-ui-fg-muted">
              {isFetching ? t.common.loading : t.form.productSearchEmpty}
            </Text>
          </li>
        ) : (
          results.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="hover:bg-ui-bg-base-hover txt-compact-small flex w-full items-center justify-between gap-x-2 px-3 py-2 text-left"
                onClick={() => onChange([...value, { id: product.id, title: product.title, handle: product.handle }])}
              >
                <span className="text-ui-fg-base truncate">{product.title}</span>
                <span className="text-ui-fg-muted truncate">{product.handle}</span>
              </button>
            </li>
          ))
        )}
      </ul>
      {value.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.form.productsNone}
        </Text>
      ) : (
        <div className="flex flex-wrap gap-2">
          {value.map((product) => (
            <Badge key={product.id} size="small" className="gap-x-1">
              {product.title}
              <button
                type="button"
                aria-label={`${t.form.removeProduct}: ${product.title}`}
                className="text-ui-fg-muted hover:text-ui-fg-base"
                onClick={() => onChange(value.filter((other) => other.id !== product.id))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
    </div>
  )
}
