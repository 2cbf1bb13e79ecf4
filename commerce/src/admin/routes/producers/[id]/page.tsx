import { useParams } from "react-router-dom"
import { t } from "../../../lib/i18n"
import { ProducerDetail } from "../../../producer/producer-detail"

const ProducerDetailPage = () => {
  const { id } = useParams()
  // The key drops the invite form's accept link when another producer is opened.
  return id ? <ProducerDetail key={id} id={id} /> : null
}

export const handle = {
  breadcrumb: () => t.producerDetail.title,
}

export default ProducerDetailPage
