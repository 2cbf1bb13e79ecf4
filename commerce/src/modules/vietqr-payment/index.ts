import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProvider from "./service"

/** Payment provider `pp_vietqr_vietqr`: bank transfer by VietQR, marked paid in the admin. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
