import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { createProducerMemberHeaders } from "../fixtures/producer"

/**
 * Forgotten passwords: Medusa issues a single-use reset token, our subscriber emails the link to the
 * right page, and the guard in front of the route keeps it from being used to probe or mail-bomb.
 * Each test asks from its own client address (X-Forwarded-For from loopback is believed).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    const from = (client: string, headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": client, ...headers }, validateStatus: () => true })

    async function registerCustomer(email: string, password: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      const created = await api.post(
        "/store/customers",
        { email, first_name: "Lan" },
        { headers: { authorization: `Bearer ${registered.data.token}`, "x-publishable-api-key": publishableKey } }
      )
      expect(created.status).toBe(200)
    }

    /** The reset emails recorded for an address, newest first (the local provider records, SMTP would send). */
    async function resetEmails(email: string) {
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to: email, template: "password-reset" }, { order: { created_at: "DESC" } })
      return notifications as unknown as { resource_type: string; data: { account: string; reset_url: string; minutes: number } }[]
    }

    /** Subscribers run after the route has answered: wait for the email, or for long enough to know none comes. */
    async function waitForResetEmails(email: string, count: number, ms = 5_000) {
      const deadline = Date.now() + ms
      let emails = await resetEmails(email)
      while (emails.length < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        emails = await resetEmails(email)
      }
      return emails
    }

    const tokenOf = (link: string) => new URL(link).searchParams.get("token")!

    beforeAll(async () => {
      const { result } = await createApiKeysWorkflow(getContainer()).run({ input: { api_keys: [{ title: "reset", type: "publishable", created_by: "test" }] } })
      publishableKey = result[0]!.token
    })

    it("emails a shopper a link in their language that sets a new password once, signing out every earlier session", async () => {
      await registerCustomer("lan.reset@ocop.test", "mat-khau-cu-1")
      // A session opened on a phone she then lost: it works until the password changes.
      const lostPhone = await api.post("/auth/customer/emailpass", { email: "lan.reset@ocop.test", password: "mat-khau-cu-1" })
      const asLostPhone = { headers: { authorization: `Bearer ${lostPhone.data.token}`, "x-publishable-api-key": publishableKey }, validateStatus: () => true }
      expect((await api.get("/store/customers/me", asLostPhone)).status).toBe(200)
      // Token times count whole seconds.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: "lan.reset@ocop.test", metadata: { lang: "en" } }, from("203.0.113.1"))
      expect(asked.status).toBe(201)

      const [email] = await waitForResetEmails("lan.reset@ocop.test", 1)
      expect(email?.data.account).toBe("customer")
      expect(email?.data.minutes).toBe(15)
      const link = new URL(email!.data.reset_url)
      expect(link.pathname).toBe("/en/account/reset-password")

      const updated = await api.post("/auth/customer/emailpass/update", { password: "mat-khau-moi-2" }, { headers: { authorization: `Bearer ${tokenOf(link.toString())}` } })
      expect(updated.status).toBe(200)
      const withNew = await api.post("/auth/customer/emailpass", { email: "lan.reset@ocop.test", password: "mat-khau-moi-2" }, { validateStatus: () => true })
      expect(withNew.status).toBe(200)
      const lostSession = await api.get("/store/customers/me", asLostPhone)
      expect(lostSession.status).toBe(401)
      expect(lostSession.data.message).toContain("log in again")
      expect((await api.get("/store/customers/me/addresses", asLostPhone)).status).toBe(401)
      const newSession = await api.get("/store/customers/me", { headers: { authorization: `Bearer ${withNew.data.token}`, "x-publishable-api-key": publishableKey }, validateStatus: () => true })
      expect(newSession.status).toBe(200)
      const withOld = await api.post("/auth/customer/emailpass", { email: "lan.reset@ocop.test", password: "mat-khau-cu-1" }, { validateStatus: () => true })
      expect(withOld.status).toBe(401)

      const reused = await api.post("/auth/customer/emailpass/update", { password: "lai-doi-nua-3" }, { headers: { authorization: `Bearer ${tokenOf(link.toString())}` }, validateStatus: () => true })
      expect(reused.status).toBe(401)
    })

    it("sends a producer member to the portal's page, in Vietnamese unless asked otherwise", async () => {
      const [producer] = await getContainer()
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .createProducers([{ handle: "htx-reset", name: "HTX Đặt lại", type: "cooperative", province: "Hà Nội", commune: "xã Bát Tràng" }])
      const { headers: earlierSession } = await createProducerMemberHeaders(getContainer(), producer!.id, "thanhvien.reset@ocop.test")
      expect((await api.get("/producer/me", { headers: earlierSession, validateStatus: () => true })).status).toBe(200)
      const asked = await api.post("/auth/producer/emailpass/reset-password", { identifier: "thanhvien.reset@ocop.test" }, from("203.0.113.2"))
      expect(asked.status).toBe(201)
      const [email] = await waitForResetEmails("thanhvien.reset@ocop.test", 1)
      expect(email?.resource_type).toBe("producer")
      expect(new URL(email!.data.reset_url).pathname).toBe("/producer/dat-lai-mat-khau")

      // Setting the new password signs the member out of the portal everywhere else.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const updated = await api.post("/auth/producer/emailpass/update", { password: "mat-khau-moi-cua-htx" }, { headers: { authorization: `Bearer ${tokenOf(email!.data.reset_url)}` } })
      expect(updated.status).toBe(200)
      const refused = await api.get("/producer/me", { headers: earlierSession, validateStatus: () => true })
      expect(refused.status).toBe(401)
      expect(refused.data.message).toContain("hãy đăng nhập lại")
      const login = await api.post("/auth/producer/emailpass", { email: "thanhvien.reset@ocop.test", password: "mat-khau-moi-cua-htx" })
      expect((await api.get("/producer/me", { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true })).status).toBe(200)
    })

    it("lets a producer member change their own password, also while the producer is suspended, signing out their earlier sessions", async () => {
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const [producer] = await producers.createProducers([{ handle: "htx-doi-mat-khau", name: "HTX Đổi mật khẩu", type: "cooperative", province: "Hà Nội", commune: "xã Bát Tràng" }])
      await createProducerMemberHeaders(getContainer(), producer!.id, "thanhvien.doi@ocop.test")
      await getContainer().resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: "thanhvien.doi@ocop.test", password: "mat-khau-cu-1" })
      await producers.updateProducers({ id: producer!.id, status: "suspended", status_reason: "Chờ kiểm tra nhãn" })
      const login = async (password: string) => {
        const answer = await api.post("/auth/producer/emailpass", { email: "thanhvien.doi@ocop.test", password }, { validateStatus: () => true })
        return answer.status === 200 ? { headers: { authorization: `Bearer ${answer.data.token}` }, validateStatus: () => true } : null
      }
      const earlier = (await login("mat-khau-cu-1"))!
      // Token times count whole seconds.
      await new Promise((resolve) => setTimeout(resolve, 1100))

      const wrong = await api.post("/producer/me/password", { current_password: "doan-bua", new_password: "mat-khau-moi-9" }, earlier)
      expect(wrong.status).toBe(400)
      expect(wrong.data.code).toBe("wrong_current_password")
      // The producer's data stays read-only while it is suspended; the member's own login does not.
      expect((await api.post("/producer/me", { phone: "0912345678" }, earlier)).status).toBe(403)
      const changed = await api.post("/producer/me/password", { current_password: "mat-khau-cu-1", new_password: "mat-khau-moi-9" }, earlier)
      expect(changed.status, JSON.stringify(changed.data)).toBe(200)
      expect((await api.get("/producer/me", earlier)).status).toBe(401)
      expect(await login("mat-khau-cu-1")).toBeNull()
      const fresh = (await login("mat-khau-moi-9"))!
      expect((await api.get("/producer/me", fresh)).data.member.email).toBe("thanhvien.doi@ocop.test")
    })

    it("lets a producer member move their login to a new address, also while the producer is suspended, refusing a fellow member's", async () => {
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const [producer] = await producers.createProducers([{ handle: "htx-doi-dia-chi", name: "HTX Đổi địa chỉ", type: "cooperative", province: "Hà Nội", commune: "xã Bát Tràng" }])
      const { member } = await createProducerMemberHeaders(getContainer(), producer!.id, "thanhvien.cu@ocop.test")
      await producers.createProducerMembers({ producer_id: producer!.id, email: "dong.nghiep@ocop.test", name: "Đồng nghiệp", role: "staff" })
      await getContainer().resolve(Modules.AUTH).updateProvider("emailpass", { entity_id: "thanhvien.cu@ocop.test", password: "mat-khau-htx-1" })
      await producers.updateProducers({ id: producer!.id, status: "suspended", status_reason: "Chờ kiểm tra nhãn" })
      const login = async (email: string) => {
        const answer = await api.post("/auth/producer/emailpass", { email, password: "mat-khau-htx-1" }, { validateStatus: () => true })
        return answer.status === 200 ? { headers: { authorization: `Bearer ${answer.data.token}` }, validateStatus: () => true } : null
      }
      const earlier = (await login("thanhvien.cu@ocop.test"))!
      await new Promise((resolve) => setTimeout(resolve, 1100))

      const fellows = await api.post("/producer/me/email", { email: "dong.nghiep@ocop.test", current_password: "mat-khau-htx-1" }, earlier)
      expect(fellows.status).toBe(409)
      const changed = await api.post("/producer/me/email", { email: "thanhvien.moi@ocop.test", current_password: "mat-khau-htx-1" }, earlier)
      expect(changed.status, JSON.stringify(changed.data)).toBe(200)
      expect((await api.get("/producer/me", earlier)).status).toBe(401)
      expect(await login("thanhvien.cu@ocop.test")).toBeNull()
      const fresh = (await login("thanhvien.moi@ocop.test"))!
      expect((await api.get("/producer/me", fresh)).data.member).toMatchObject({ id: member.id, email: "thanhvien.moi@ocop.test" })
    })

    it("answers an unknown address, or one of another kind of account, exactly as a known one, and sends nothing", async () => {
      await registerCustomer("chi.mua.hang@ocop.test", "mat-khau-cu-1")
      const unknown = await api.post("/auth/customer/emailpass/reset-password", { identifier: "khong.ai@ocop.test" }, from("203.0.113.3"))
      const otherKind = await api.post("/auth/producer/emailpass/reset-password", { identifier: "chi.mua.hang@ocop.test" }, from("203.0.113.3"))
      expect([unknown.status, otherKind.status]).toEqual([201, 201])
      expect(unknown.data).toEqual(otherKind.data)
      expect(await waitForResetEmails("khong.ai@ocop.test", 1, 1_500)).toHaveLength(0)
      expect(await waitForResetEmails("chi.mua.hang@ocop.test", 1, 1_500)).toHaveLength(0)
    })

    it("does not void the link just sent when the shopper asks again a moment later", async () => {
      await registerCustomer("hoa.hai.lan@ocop.test", "mat-khau-cu-1")
      await api.post("/auth/customer/emailpass/reset-password", { identifier: "hoa.hai.lan@ocop.test" }, from("203.0.113.4"))
      const [first] = await waitForResetEmails("hoa.hai.lan@ocop.test", 1)
      const again = await api.post("/auth/customer/emailpass/reset-password", { identifier: "hoa.hai.lan@ocop.test" }, from("203.0.113.4"))
      expect(again.status).toBe(201)
      expect(await waitForResetEmails("hoa.hai.lan@ocop.test", 2, 1_500)).toHaveLength(1)
      const updated = await api.post("/auth/customer/emailpass/update", { password: "mat-khau-moi-2" }, { headers: { authorization: `Bearer ${tokenOf(first!.data.reset_url)}` }, validateStatus: () => true })
      expect(updated.status).toBe(200)
    })

    it("finds the shopper's account whatever the letter case of the address they type", async () => {
      await registerCustomer("mai.chu.hoa@ocop.test", "mat-khau-cu-1")
      const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: " Mai.Chu.HOA@OCOP.test " }, from("203.0.113.9"))
      expect(asked.status).toBe(201)
      const [first] = await waitForResetEmails("mai.chu.hoa@ocop.test", 1)
      expect(first?.data.account).toBe("customer")
      // The same address in lower case a moment later is the same person: the link just sent stays valid.
      await api.post("/auth/customer/emailpass/reset-password", { identifier: "mai.chu.hoa@ocop.test" }, from("203.0.113.9"))
      expect(await waitForResetEmails("mai.chu.hoa@ocop.test", 2, 1_500)).toHaveLength(1)
      const updated = await api.post("/auth/customer/emailpass/update", { password: "mat-khau-moi-2" }, { headers: { authorization: `Bearer ${tokenOf(first!.data.reset_url)}` }, validateStatus: () => true })
      expect(updated.status).toBe(200)
    })

    it.each([
      [{ identifier: "khong-phai-email" }, /identifier: phải là một địa chỉ email \/ must be an email address/],
      [{}, /identifier/],
      [{ identifier: "a@ocop.test", redirect: "https://evil.example" }, /unknown body parameter\(s\): redirect/],
      [{ identifier: "a@ocop.test", metadata: { lang: "fr" } }, /metadata\.lang/],
    ])("refuses %j with a 400 that says what is wrong", async (body, message) => {
      const response = await api.post("/auth/customer/emailpass/reset-password", body, from("203.0.113.5"))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })

    it("refuses a kind of account that cannot reset a password", async () => {
      const response = await api.post("/auth/seller/emailpass/reset-password", { identifier: "a@ocop.test" }, from("203.0.113.6"))
      expect(response.status).toBe(404)
      expect(response.data.message).toMatch(/There is no "seller" account type/)
    })

    describe("a signed-in shopper's own account", () => {
      let badChanges = 0
      const signIn = async (email: string, password: string) => {
        const login = await api.post("/auth/customer/emailpass", { email, password }, { validateStatus: () => true })
        expect(login.status).toBe(200)
        return { headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": publishableKey }, validateStatus: () => true }
      }

      it("changes the password given the current one, signing out every session opened before, this one included", async () => {
        await registerCustomer("minh.change@ocop.test", "mat-khau-cu-1")
        const laptop = await signIn("minh.change@ocop.test", "mat-khau-cu-1")
        const phone = await signIn("minh.change@ocop.test", "mat-khau-cu-1")
        // Token times count whole seconds.
        await new Promise((resolve) => setTimeout(resolve, 1100))

        const changed = await api.post("/store/customers/me/password", { current_password: "mat-khau-cu-1", new_password: "mat-khau-moi-2" }, laptop)
        expect(changed.status).toBe(200)
        expect(changed.data).toEqual({ changed: true })
        for (const session of [laptop, phone]) expect((await api.get("/store/customers/me", session)).status).toBe(401)
        expect((await api.post("/auth/customer/emailpass", { email: "minh.change@ocop.test", password: "mat-khau-cu-1" }, { validateStatus: () => true })).status).toBe(401)
        const fresh = await signIn("minh.change@ocop.test", "mat-khau-moi-2")
        expect((await api.get("/store/customers/me", fresh)).data.customer.email).toBe("minh.change@ocop.test")
      })

      it("refuses a wrong current password without changing anything, and after five tells the account to wait", async () => {
        await registerCustomer("thu.guess@ocop.test", "dung-mat-khau-1")
        const session = await signIn("thu.guess@ocop.test", "dung-mat-khau-1")
        for (let attempt = 0; attempt < 5; attempt++) {
          const wrong = await api.post("/store/customers/me/password", { current_password: `doan-${attempt}`, new_password: "mat-khau-moi-2" }, session)
          expect(wrong.status).toBe(400)
          expect(wrong.data.code).toBe("wrong_current_password")
          expect(wrong.data.message).toMatch(/current_password: mật khẩu hiện tại không đúng \/ the current password is not right/)
        }
        const locked = await api.post("/store/customers/me/password", { current_password: "dung-mat-khau-1", new_password: "mat-khau-moi-2" }, session)
        expect(locked.status).toBe(429)
        expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)
        expect(locked.data.message).toMatch(/Too many wrong current passwords/)
        // Nothing changed: the old password still logs in and the session is still open.
        expect((await api.get("/store/customers/me", session)).status).toBe(200)
        await signIn("thu.guess@ocop.test", "dung-mat-khau-1")
      })

      it.each([
        [{}, /current_password: hãy nhập mật khẩu hiện tại \/ enter the current password; new_password: mật khẩu mới cần ít nhất 8 ký tự/],
        [{ current_password: "dung-mat-khau-1", new_password: "ngan" }, /new_password: mật khẩu mới cần ít nhất 8 ký tự/],
        [{ current_password: "dung-mat-khau-1", new_password: "dung-mat-khau-1" }, /must differ from the current one/],
        [{ current_password: "dung-mat-khau-1", new_password: "mat-khau-moi-2", email: "khac@ocop.test" }, /unknown body parameter\(s\): email/],
      ])("refuses %j with a 400 that says what is wrong", async (body, message) => {
        const email = `bad.change.${++badChanges}@ocop.test`
        await registerCustomer(email, "dung-mat-khau-1")
        const session = await signIn(email, "dung-mat-khau-1")
        const refused = await api.post("/store/customers/me/password", body, session)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
      })

      it("asks for a login", async () => {
        const refused = await api.post("/store/customers/me/password", { current_password: "a", new_password: "mat-khau-moi-2" }, { headers: { "x-publishable-api-key": publishableKey }, validateStatus: () => true })
        expect(refused.status).toBe(401)
      })

      /** The login-email notices recorded for an address, waited for: the subscriber runs after the answer. */
      async function emailChangeNotices(email: string) {
        const deadline = Date.now() + 5_000
        for (;;) {
          const notices = (await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ to: email, template: "login-email-changed" })) as unknown as { data: { side: string; old_email: string; new_email: string; accounts: string[] } }[]
          if (notices.length > 0 || Date.now() > deadline) return notices
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }

      it("moves the account to a new address given the password, signs out earlier sessions and tells both addresses", async () => {
        await registerCustomer("an.cu@ocop.test", "mat-khau-an-1")
        const phone = await signIn("an.cu@ocop.test", "mat-khau-an-1")
        const customerId = (await api.get("/store/customers/me", phone)).data.customer.id
        const carts = getContainer().resolve(Modules.CART)
        const [openCart, orderedCart] = await carts.createCarts([
          { currency_code: "vnd", customer_id: customerId, email: "an.cu@ocop.test" },
          { currency_code: "vnd", customer_id: customerId, email: "an.cu@ocop.test" },
        ])
        await carts.updateCarts([{ id: orderedCart!.id, completed_at: new Date() }])
        await new Promise((resolve) => setTimeout(resolve, 1100))

        const changed = await api.post("/store/customers/me/email", { email: "  An.Moi@Example.VN ", current_password: "mat-khau-an-1" }, phone)
        expect(changed.status, JSON.stringify(changed.data)).toBe(200)
        expect(changed.data).toEqual({ email: "an.moi@example.vn" })
        expect((await api.get("/store/customers/me", phone)).status).toBe(401)
        expect((await api.post("/auth/customer/emailpass", { email: "an.cu@ocop.test", password: "mat-khau-an-1" }, { validateStatus: () => true })).status).toBe(401)
        const fresh = await signIn("an.moi@example.vn", "mat-khau-an-1")
        expect((await api.get("/store/customers/me", fresh)).data.customer.email).toBe("an.moi@example.vn")
        // The cart still open will confirm its order to the new address; an order already placed keeps its own.
        expect((await carts.retrieveCart(openCart!.id)).email).toBe("an.moi@example.vn")
        expect((await carts.retrieveCart(orderedCart!.id)).email).toBe("an.cu@ocop.test")

        const [toOld] = await emailChangeNotices("an.cu@ocop.test")
        expect(toOld?.data).toMatchObject({ side: "old", old_email: "an.cu@ocop.test", new_email: "an.moi@example.vn", accounts: ["customer"] })
        const [toNew] = await emailChangeNotices("an.moi@example.vn")
        expect(toNew?.data).toMatchObject({ side: "new", old_email: "an.cu@ocop.test" })
        // The old address is free again: someone may open an account with it.
        await registerCustomer("an.cu@ocop.test", "mat-khau-khac-2")
      })

      it("refuses an address another account signs in with, a wrong password and the same address, changing nothing", async () => {
        await registerCustomer("binh.doi@ocop.test", "mat-khau-binh-1")
        await registerCustomer("chi.co.roi@ocop.test", "mat-khau-chi-1")
        const session = await signIn("binh.doi@ocop.test", "mat-khau-binh-1")

        const taken = await api.post("/store/customers/me/email", { email: "Chi.Co.Roi@ocop.test", current_password: "mat-khau-binh-1" }, session)
        expect(taken.status).toBe(409)
        expect(taken.data.message).toBe("Địa chỉ email này đã thuộc về một tài khoản khác / This email address already belongs to another account")
        const wrong = await api.post("/store/customers/me/email", { email: "binh.moi@ocop.test", current_password: "doan-thu" }, session)
        expect(wrong.status).toBe(400)
        expect(wrong.data.code).toBe("wrong_current_password")
        const same = await api.post("/store/customers/me/email", { email: "BINH.DOI@ocop.test", current_password: "mat-khau-binh-1" }, session)
        expect(same.status).toBe(400)
        expect(same.data.message).toMatch(/email: đây đã là địa chỉ email của bạn \/ this is already your email address/)
        for (const [body, message] of [
          [{ current_password: "mat-khau-binh-1" }, /email: hãy nhập một địa chỉ email hợp lệ/],
          [{ email: "khong-phai-email", current_password: "mat-khau-binh-1" }, /email: hãy nhập một địa chỉ email hợp lệ \/ enter a valid email address/],
          [{ email: "binh.moi@ocop.test" }, /current_password: hãy nhập mật khẩu hiện tại/],
          [{ email: "binh.moi@ocop.test", current_password: "mat-khau-binh-1", first_name: "B" }, /unknown body parameter\(s\): first_name/],
        ] as const) {
          const refused = await api.post("/store/customers/me/email", body, session)
          expect(refused.status, JSON.stringify(body)).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        // Nothing moved: the session still works under the old address, which still logs in.
        expect((await api.get("/store/customers/me", session)).data.customer.email).toBe("binh.doi@ocop.test")
        await signIn("binh.doi@ocop.test", "mat-khau-binh-1")
        expect(await emailChangeNotices("binh.doi@ocop.test")).toEqual([])
      })

      it("moves a shopper who is also a producer member in the portal too, where their producer lists the new address", async () => {
        const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
        const [producer] = await producers.createProducers([{ handle: "htx-doi-email", name: "HTX Đổi email", type: "cooperative", province: "Hà Nội", commune: "xã Bát Tràng" }])
        await registerCustomer("dung.hai.vai@ocop.test", "mat-khau-dung-1")
        const member = await producers.createProducerMembers({ producer_id: producer!.id, email: "dung.hai.vai@ocop.test", name: "Dũng", role: "owner" })
        const auth = getContainer().resolve(Modules.AUTH)
        const [login] = await auth.listProviderIdentities({ entity_id: "dung.hai.vai@ocop.test", provider: "emailpass" }, { relations: ["auth_identity"] })
        await auth.updateAuthIdentities({ id: login!.auth_identity_id!, app_metadata: { ...login!.auth_identity!.app_metadata, producer_id: member.id } })

        const changed = await api.post("/store/customers/me/email", { email: "dung.moi@ocop.test", current_password: "mat-khau-dung-1" }, await signIn("dung.hai.vai@ocop.test", "mat-khau-dung-1"))
        expect(changed.status, JSON.stringify(changed.data)).toBe(200)
        expect((await producers.retrieveProducerMember(member.id)).email).toBe("dung.moi@ocop.test")
        const portal = await api.post("/auth/producer/emailpass", { email: "dung.moi@ocop.test", password: "mat-khau-dung-1" }, { validateStatus: () => true })
        expect(portal.status).toBe(200)
        expect((await api.get("/producer/me", { headers: { authorization: `Bearer ${portal.data.token}` } })).data.member.email).toBe("dung.moi@ocop.test")
        const [toOld] = await emailChangeNotices("dung.hai.vai@ocop.test")
        expect(toOld?.data.accounts).toEqual(["customer", "producer"])
      })

      it("puts the login and the account back when a later step of the change fails", async () => {
        await registerCustomer("giang.hoan@ocop.test", "mat-khau-giang-1")
        const session = await signIn("giang.hoan@ocop.test", "mat-khau-giang-1")
        const customerId = (await api.get("/store/customers/me", session)).data.customer.id
        const [login] = await getContainer().resolve(Modules.AUTH).listProviderIdentities({ entity_id: "giang.hoan@ocop.test", provider: "emailpass" })
        // Run through the app's engine by name: importing the workflow here would register it twice.
        const { errors } = await getContainer()
          .resolve(Modules.WORKFLOW_ENGINE)
          .run("change-login-email", {
            input: { login_id: login!.id, old_email: "giang.hoan@ocop.test", new_email: "giang.moi@ocop.test", customer_id: customerId, producer_member_id: "pmem_khong_co" },
            throwOnError: false,
          })
        expect(errors.length).toBeGreaterThan(0)
        expect((await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(customerId)).email).toBe("giang.hoan@ocop.test")
        await signIn("giang.hoan@ocop.test", "mat-khau-giang-1")
        expect((await api.post("/auth/customer/emailpass", { email: "giang.moi@ocop.test", password: "mat-khau-giang-1" }, { validateStatus: () => true })).status).toBe(401)
        expect(await emailChangeNotices("giang.hoan@ocop.test")).toEqual([])
      })

      it("asks for a login to change the address", async () => {
        const refused = await api.post("/store/customers/me/email", { email: "ai@ocop.test", current_password: "a" }, { headers: { "x-publishable-api-key": publishableKey }, validateStatus: () => true })
        expect(refused.status).toBe(401)
      })

      it("keeps the shopper's phone as a Vietnamese number a person answers, or removes it", async () => {
        await registerCustomer("hoa.phone@ocop.test", "mat-khau-cu-1")
        const session = await signIn("hoa.phone@ocop.test", "mat-khau-cu-1")
        const updated = await api.post("/store/customers/me", { first_name: "Nguyễn Thị Hoa", phone: "0912 345 678" }, session)
        expect(updated.status).toBe(200)
        expect(updated.data.customer).toMatchObject({ first_name: "Nguyễn Thị Hoa", phone: "+84912345678" })
        for (const [phone, message] of [
          ["12345", /Not a valid Vietnamese phone number/],
          ["1900 1234", /switchboards/],
        ] as const) {
          const refused = await api.post("/store/customers/me", { phone }, session)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        expect((await api.get("/store/customers/me", session)).data.customer.phone).toBe("+84912345678")
        const cleared = await api.post("/store/customers/me", { phone: "" }, session)
        expect(cleared.status).toBe(200)
        expect(cleared.data.customer.phone).toBeNull()
      })
    })

    it("tells a client asking too often to wait, without affecting other clients", async () => {
      const statuses: number[] = []
      for (let attempt = 0; attempt < 10; attempt++) {
        statuses.push((await api.post("/auth/customer/emailpass/reset-password", { identifier: `ai.do.${attempt}@ocop.test` }, from("198.51.100.7"))).status)
      }
      expect(statuses).toEqual(Array(10).fill(201))
      const refused = await api.post("/auth/customer/emailpass/reset-password", { identifier: "ai.do@ocop.test" }, from("198.51.100.7"))
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(refused.data.message).toMatch(/Quá nhiều yêu cầu đặt lại mật khẩu.*Too many password reset requests/)
      const other = await api.post("/auth/customer/emailpass/reset-password", { identifier: "ai.do@ocop.test" }, from("198.51.100.8"))
      expect(other.status).toBe(201)
    })
  },
})
