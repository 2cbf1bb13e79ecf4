import { useParams } from "react-router-dom"
import { CertificateDetail } from "../../../certification/certificate-detail"
import { t } from "../../../lib/i18n"

const CertificateDetailPage = () => {
  const { id } = useParams()
  // The key drops the previous certificate's state when a supersedes link leads to another one.
  return id ? <CertificateDetail key={id} id={id} /> : null
}

export const handle = {
  breadcrumb: () => t.detail.title,
}

export default CertificateDetailPage
