import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { useNavigate } from "react-router-dom"
import { t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { sdk } from "../lib/sdk"

/** The bank statement line of a VietQR transfer leads straight to the order it pays (GET /admin/ocop/transfers). */
export function TransferFinder() {
  const text = t.transferFinder
  const navigate = useNavigate()
  const [statement, setStatement] = useState("")
  const find = useMutation({
    mutationFn: (pasted: string) => sdk.client.fetch<{ order: { id: string } }>("/admin/ocop/transfers", { query: { statement: pasted } }),
    onSuccess: ({ order }) => navigate(`/orders/${order.id}`),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    find.mutate(statement)
  }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="ocop-transfer-finder">
      <div>
        <Heading level="h2">{text.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {text.explain}
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-y-2">
        <Label htmlFor="ocop-transfer-statement">{text.label}</Label>
        <div className="flex gap-x-2">
          <Input id="ocop-transfer-statement" value={statement} onChange={(event) => setStatement(event.target.value)} maxLength={500} required />
          <Button type="submit" variant="secondary" isLoading={find.isPending}>
            {text.submit}
          </Button>
        </div>
        <RefusalAlert error={find.error} />
      </form>
    </Container>
  )
}
