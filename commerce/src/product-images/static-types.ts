import { dirname } from "node:path"

/**
 * Medusa serves the upload folder at /static with Express 4's `express.static`, whose `send` looks
 * types up in `mime` 1.x, which predates AVIF and answers `application/octet-stream`. Browsers
 * still decode the picture, but a proxy or CDN in front would store and label it wrongly, so the
 * type is registered on the very `mime` instance that serves /static. Runs once, at config load.
 */
export function registerImageTypes(): void {
  const framework = require.resolve("@medusajs/framework")
  const express = require.resolve("express", { paths: [dirname(framework)] })
  const send = require.resolve("send", { paths: [dirname(express)] })
  const mime = require(require.resolve("mime", { paths: [dirname(send)] })) as { define?: (map: Record<string, string[]>) => void; lookup?: (path: string) => string }
  if (typeof mime.define === "function" && mime.lookup?.("x.avif") !== "image/avif") mime.define({ "image/avif": ["avif"] })
}
