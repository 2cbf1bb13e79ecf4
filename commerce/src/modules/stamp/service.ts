import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import { createVerifyLimiter, type VerifyLimiter } from "../../stamps/rate-limit"
import { resolveStampSettings, type StampModuleOptions, type StampSettings } from "./settings"
import { Stamp } from "./models/stamp"
import { StampBatch } from "./models/stamp-batch"
import { StampReport } from "./models/stamp-report"
import { StampScan } from "./models/stamp-scan"

/**
 * CRUD for batches, stamps, scans and reports, plus the module's settings (signing keys,
 * suspicion thresholds) and the verify route's rate limiter. Bulk work (issuing 100,000 stamps,
 * recording scans on the verify hot path) is plain SQL in src/stamps/, on the tables these models define.
 */
export default class StampModuleService extends MedusaService({ StampBatch, Stamp, StampScan, StampReport }) {
  readonly settings: StampSettings
  readonly verifyLimiter: VerifyLimiter

  constructor(container: Record<string, unknown>, options: StampModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.settings = resolveStampSettings(options)
    const logger = container.logger as Logger | undefined
    this.verifyLimiter = createVerifyLimiter({
      perMinute: this.settings.verifyRatePerMinute,
      redisUrl: this.settings.redisUrl,
      onRedisError: (error) => logger?.warn(`Stamp rate limit: Redis unavailable (${error.message}); counting in this process until it is back`),
    })
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.verifyLimiter.close()
    },
  }
}
