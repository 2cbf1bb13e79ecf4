import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NODE_ENV ??= "test"
// Medusa loads medusa-config.ts, modules, links and routes with require(); ts-node (with swc) compiles them.
// tsconfig.json's "ts-node" section also compiles @ocop/search (ES module TypeScript) to CommonJS.
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("../tsconfig.json") })
