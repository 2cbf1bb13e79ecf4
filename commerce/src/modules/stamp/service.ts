import { MedusaService } from "@medusajs/framework/utils"
import { resolveStampSettings, type StampModuleOptions, type StampSettings } from "./settings"
import { Stamp } from "./models/stamp"
import { StampBatch } from "./models/stamp-batch"
import { StampReport } from "./models/stamp-report"
import { StampScan } from "./models/stamp-scan"

/**
 * CRUD for batches, stamps, scans and reports, plus the module's settings (signing keys,
 * suspicion thresholds, rate limit). Bulk work (issuing 100,000 stamps, recording scans on the
 * verify hot path) is plain SQL in src/stamps/, on the tables these models define.
 */
export default class StampModuleService extends MedusaService({ StampBatch, Stamp, StampScan, StampReport }) {
  readonly settings: StampSettings

  constructor(container: Record<string, unknown>, options: StampModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.settings = resolveStampSettings(options)
  }
}
