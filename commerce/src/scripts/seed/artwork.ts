import { createHash } from "node:crypto"
import sharp from "sharp"
import type { ProductGroup } from "./catalogue-types"

/**
 * Product illustrations drawn by this project: one motif per OCOP product group, tilted a little per product
 * so that no two cards look alike. No text is drawn (alt text carries the name), so rendering
 * needs no fonts on the machine.
 */

const palettes: Record<ProductGroup, { background: string; accent: string; ink: string }> = {
  food: { background: "#fdf1dc", accent: "#e0a43a", ink: "#7a4a12" },
  drinks: { background: "#e6f3ea", accent: "#3f8f5a", ink: "#1f4d30" },
  herbal: { background: "#eef5e1", accent: "#7aa63a", ink: "#3d5a17" },
  handicraft: { background: "#f6e8e3", accent: "#b5573c", ink: "#5e2616" },
  ornamental: { background: "#fbe9ef", accent: "#d6577f", ink: "#6e1d39" },
  tourism: { background: "#e3f0f8", accent: "#3c7fb1", ink: "#17405e" },
}

const motifs: Record<ProductGroup, (accent: string, ink: string) => string> = {
  food: (a, i) => `
    <ellipse cx="400" cy="470" rx="230" ry="60" fill="${i}" opacity="0.15"/>
    <path d="M170 360 Q400 640 630 360 Z" fill="${a}"/>
    <path d="M170 360 L630 360" stroke="${i}" stroke-width="14" stroke-linecap="round"/>
    ${[0, 1, 2, 3, 4, 5, 6].map((k) => `<ellipse cx="${250 + k * 50}" cy="${330 - (k % 3) * 14}" rx="18" ry="10" fill="${i}" opacity="0.7"/>`).join("")}`,
  drinks: (a, i) => `
    <ellipse cx="400" cy="520" rx="210" ry="40" fill="${i}" opacity="0.15"/>
    <path d="M260 300 L540 300 L510 500 Q400 540 290 500 Z" fill="${a}"/>
    <path d="M540 340 Q620 360 590 430 Q570 470 520 460" fill="none" stroke="${a}" stroke-width="22"/>
    <path d="M330 250 Q350 200 330 160 M400 250 Q420 200 400 150 M470 250 Q490 200 470 160" stroke="${i}" stroke-width="10" fill="none" stroke-linecap="round" opacity="0.6"/>`,
  herbal: (a, i) => `
    <path d="M400 560 L400 220" stroke="${i}" stroke-width="12"/>
    ${[0, 1, 2, 3].map((k) => `<path d="M400 ${500 - k * 80} Q${300 - k * 10} ${440 - k * 80} ${250 + k * 20} ${470 - k * 80} Q${320} ${520 - k * 80} 400 ${500 - k * 80} Z" fill="${a}"/><path d="M400 ${470 - k * 80} Q${500 + k * 10} ${410 - k * 80} ${550 - k * 20} ${440 - k * 80} Q${480} ${490 - k * 80} 400 ${470 - k * 80} Z" fill="${a}" opacity="0.8"/>`).join("")}`,
  handicraft: (a, i) => `
    <ellipse cx="400" cy="560" rx="170" ry="30" fill="${i}" opacity="0.15"/>
    <path d="M340 180 L460 180 L450 230 Q600 330 520 520 L280 520 Q200 330 350 230 Z" fill="${a}"/>
    <path d="M290 360 Q400 400 510 360" stroke="${i}" stroke-width="10" fill="none"/>
    <path d="M300 420 Q400 460 500 420" stroke="${i}" stroke-width="6" fill="none" opacity="0.7"/>`,
  ornamental: (a, i) => `
    <path d="M400 560 Q380 420 420 300" stroke="${i}" stroke-width="12" fill="none"/>
    ${[0, 72, 144, 216, 288].map((deg) => `<ellipse cx="420" cy="230" rx="38" ry="80" fill="${a}" transform="rotate(${deg} 420 300) translate(0 -10)"/>`).join("")}
    <circle cx="420" cy="300" r="32" fill="${i}"/>`,
  tourism: (a, i) => `
    <circle cx="580" cy="200" r="60" fill="${a}" opacity="0.7"/>
    <path d="M80 560 L300 260 L420 420 L500 330 L720 560 Z" fill="${a}"/>
    <path d="M80 560 Q400 500 720 560 Z" fill="${i}" opacity="0.4"/>`,
}

export function artworkSvg(group: ProductGroup, seed: string): string {
  const palette = palettes[group]
  const tilt = (createHash("sha1").update(seed).digest()[0]! % 13) - 6
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="${palette.background}"/>
  <g transform="rotate(${tilt} 400 400)">${motifs[group](palette.accent, palette.ink)}</g>
  <circle cx="400" cy="400" r="360" fill="none" stroke="${palette.ink}" stroke-opacity="0.08" stroke-width="24"/>
</svg>`
}

/** Renders the illustration to WebP (what browsers receive) through sharp. */
export async function renderArtwork(group: ProductGroup, seed: string): Promise<Buffer> {
  return sharp(Buffer.from(artworkSvg(group, seed))).webp({ quality: 80 }).toBuffer()
}
