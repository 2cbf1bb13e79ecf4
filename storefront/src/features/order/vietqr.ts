import QRCode from "qrcode"

/**
 * The VietQR payload as a PNG data URL drawn on the server: the page shows it as an image a phone
 * can keep (long press, or the "Save QR code" link), since a shopper paying from the same phone
 * must pick the code from their photos in the banking app. Error level M and a 4-module quiet zone,
 * as banking apps scan reliably; 512 px stays sharp on any screen and in a gallery.
 */
export async function vietQrPng(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { type: "image/png", errorCorrectionLevel: "M", margin: 4, width: 512 })
}
