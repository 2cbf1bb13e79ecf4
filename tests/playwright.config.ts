import { defineConfig, devices } from "@playwright/test"

/**
 * End-to-end journeys against a running marketplace. `npm test` starts it and passes its URLs in
 * STOREFRONT_URL / COMMERCE_URL; Chromium comes from Debian (Playwright's own download is not
 * reachable from our machines).
 */
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const launchOptions = {
  executablePath: chromium,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:4321",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // The admin dashboard is a desktop tool; shoppers' journeys also run on a phone.
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testIgnore: /admin-.*\.spec\.ts/ },
  ],
})
