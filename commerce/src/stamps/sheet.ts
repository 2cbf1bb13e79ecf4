import PDFDocument from "pdfkit"
import { stampQr, stampUrl } from "../modules/stamp/stamp-url"

/**
 * Printable A4 sheets of stamps: a grid of cells, each a vector QR (one filled rectangle per run of
 * dark modules, with the 4-module quiet zone the QR standard asks for left blank), the product
 * name and its stars, the code grouped in fours for shoppers to type when their camera cannot scan
 * the QR (the storefront's /v page), and the serial for reading over the phone. Text is set in Be Vietnam Pro, a
 * full TrueType font with every Vietnamese letter (a woff2 subset would silently drop some).
 */

const FONT = require.resolve("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf")
const FONT_BOLD = require.resolve("@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf")
const A4: [number, number] = [595.28, 841.89]
const MARGIN = 28
const HEADER = 22
const QUIET_ZONE = 4
const MM = 72 / 25.4

export interface SheetStamp {
  position: number
  serial: string
  code: string
}

export interface SheetBatch {
  id: string
  productTitle: string
  stars: number
  lot: string | null
  gtin: string | null
  quantity: number
}

export interface SheetLayout {
  columns: number
  rows: number
}

function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number) {
  const qr = stampQr(url)
  const count = qr.modules.size
  const module = size / (count + 2 * QUIET_ZONE)
  const left = x + QUIET_ZONE * module
  const top = y + QUIET_ZONE * module
  const data = qr.modules.data
  for (let row = 0; row < count; row++) {
    let run = -1
    for (let col = 0; col <= count; col++) {
      const dark = col < count && data[row * count + col] === 1
      if (dark && run < 0) run = col
      if (!dark && run >= 0) {
        // Runs overlap the next row slightly so rasterisers and printers leave no white seams.
        doc.rect(left + run * module, top + row * module, (col - run) * module, module * 1.08)
        run = -1
      }
    }
  }
  doc.fill("#000000")
}

function drawStars(doc: PDFKit.PDFDocument, stars: number, x: number, y: number, size: number) {
  for (let s = 0; s < 5; s++) {
    const cx = x + s * size * 1.15 + size / 2
    const cy = y + size / 2
    const points: [number, number][] = []
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? size / 2 : size / 5
      const angle = -Math.PI / 2 + (i * Math.PI) / 5
      points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)])
    }
    doc.polygon(...points)
    if (s < stars) doc.fill("#c8102e")
    else doc.lineWidth(0.4).stroke("#c8102e")
  }
}

/** The code as a person reads and types it: "5AD1-A993-25F7-14HJ-QDTQ" (the storefront drops the dashes). */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, "$1-")
}

function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  let cut = text
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * Renders the sheets into a PDF stream. `onPage` reports progress (pages done, pages in all) for
 * the CLI's progress bar. Pipe the returned document to a file or an HTTP response.
 */
export function renderStampSheets(
  batch: SheetBatch,
  stamps: Iterable<SheetStamp>,
  options: { storefrontUrl: string; layout: SheetLayout; onPage?: (done: number, total: number) => void }
): PDFKit.PDFDocument {
  const { columns, rows } = options.layout
  const doc = new PDFDocument({ size: A4, margin: 0, autoFirstPage: false, compress: true, info: { Title: `Tem OCOP — ${batch.productTitle}`, Author: "Chợ OCOP" } })
  doc.registerFont("text", FONT)
  doc.registerFont("bold", FONT_BOLD)
  const perPage = columns * rows
  const pages = Math.max(1, Math.ceil(batch.quantity / perPage))
  const cellWidth = (A4[0] - 2 * MARGIN) / columns
  const cellHeight = (A4[1] - 2 * MARGIN - HEADER) / rows
  const textHeight = 34
  const qrSize = Math.min(cellWidth - 4, cellHeight - textHeight - 4)
  if (qrSize < 15 * MM) throw new Error(`A ${columns}×${rows} grid leaves ${(qrSize / MM).toFixed(1)} mm per QR; stamps need at least 15 mm (use fewer columns or rows)`)

  const textWidth = cellWidth - 6
  doc.font("text").fontSize(6.5)
  const title = fit(doc, batch.productTitle, textWidth)
  let index = 0
  let page = 0
  const startPage = () => {
    doc.addPage()
    page++
    doc.font("bold").fontSize(8).fillColor("#1f5c3a")
    const lot = batch.lot ? ` · Lô ${batch.lot}` : ""
    doc.text(fit(doc, `Tem OCOP · ${batch.productTitle}${lot} · Trang ${page}/${pages}`, A4[0] - 2 * MARGIN), MARGIN, MARGIN, { lineBreak: false })
  }
  for (const stamp of stamps) {
    if (index % perPage === 0) {
      if (page > 0) options.onPage?.(page, pages)
      startPage()
    }
    const slot = index % perPage
    const x = MARGIN + (slot % columns) * cellWidth
    const y = MARGIN + HEADER + Math.floor(slot / columns) * cellHeight
    const qrX = x + (cellWidth - qrSize) / 2
    drawQr(doc, stampUrl(options.storefrontUrl, { code: stamp.code, gtin: batch.gtin, lot: batch.lot }), qrX, y, qrSize)
    doc.font("text").fontSize(6.5).fillColor("#000000")
    doc.text(title, x + 3, y + qrSize, { width: textWidth, align: "center", lineBreak: false })
    const starSize = 6
    drawStars(doc, batch.stars, x + (cellWidth - starSize * 5.75) / 2, y + qrSize + 9, starSize)
    // The code is what a shopper types, so it is the largest text that fits: shrunk, never cut.
    const code = `Mã ${groupCode(stamp.code)}`
    doc.font("bold").fontSize(6.5)
    doc.fontSize(Math.min(6.5, (6.5 * textWidth) / doc.widthOfString(code))).fillColor("#000000")
    doc.text(code, x + 3, y + qrSize + 16, { width: textWidth, align: "center", lineBreak: false })
    doc.font("text").fontSize(4.5).fillColor("#333333")
    doc.text(`Số ${stamp.serial}`, x + 3, y + qrSize + 24, { width: textWidth, align: "center", lineBreak: false })
    index++
  }
  if (page === 0) startPage()
  options.onPage?.(page, pages)
  doc.end()
  return doc
}
