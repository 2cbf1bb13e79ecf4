import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { ChoiceSelect } from "../certification/decision-fields"
import { labelOf, t } from "../lib/i18n"
import { RefusalAlert } from "../lib/refusal-alert"
import { refusalMessage } from "../lib/server-error"
import { useInviteProducerMember } from "./queries"
import { MEMBER_ROLES, type MemberRole } from "./types"

/**
 * Invites one person to the producer's portal. The accept link is shown as well as emailed, so the
 * programme office can pass it on itself when the email does not arrive.
 */
export function InviteMemberForm({ producerId }: { producerId: string }) {
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<MemberRole>("staff")
  const [acceptUrl, setAcceptUrl] = useState<string | null>(null)
  const invite = useInviteProducerMember(producerId)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const result = await invite.mutateAsync({ email: email.trim(), role })
      setAcceptUrl(result.accept_url)
      toast.success(t.invite.sent(result.invite.email))
      setEmail("")
    } catch (error) {
      toast.error(refusalMessage(error, t.common.error))
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" weight="plus">
        {t.invite.title}
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="invite-email" size="xsmall" weight="plus">
          {t.invite.email}
        </Label>
        <Input id="invite-email" type="email" size="small" required value={email} onChange={(event) => setEmail(event.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="invite-role" size="xsmall" weight="plus">
          {t.invite.role}
        </Label>
        <ChoiceSelect
          id="invite-role"
          value={role}
          options={MEMBER_ROLES.map((value) => ({ value, label: labelOf(t.memberRole, value) }))}
          onChange={(next) => setRole(next as MemberRole)}
        />
      </div>
      <RefusalAlert error={invite.error} />
      <Button size="small" type="submit" variant="secondary" className="self-start" disabled={!email.trim()} isLoading={invite.isPending}>
        {t.invite.submit}
      </Button>
      {acceptUrl && (
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="invite-accept-url" size="xsmall" weight="plus">
            {t.invite.acceptLink}
          </Label>
          <Input id="invite-accept-url" size="small" readOnly value={acceptUrl} onFocus={(event) => event.target.select()} />
          <Text size="xsmall" className="text-ui-fg-muted">
            {t.invite.acceptHint}
          </Text>
        </div>
      )}
    </form>
  )
}
