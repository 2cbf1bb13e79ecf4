import QRCode from "qrcode"

/**
 * The VietQR payload as an SVG drawn on the server (no script, works on any phone). Error level M
 * and a 4-module quiet zone, as banking apps scan reliably from a screen.
 */
export async function vietQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 4 })
}
