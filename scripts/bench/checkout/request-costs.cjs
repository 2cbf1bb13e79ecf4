/**
 * Preloaded into the commerce server by bench:checkout (NODE_OPTIONS=--require): for each HTTP request,
 * the SQL statements sent and the process CPU time spent while it was open, one JSON line per request
 * in OCOP_REQUEST_COSTS_FILE. Requests must not overlap for the CPU to be theirs alone (the bench
 * reads it from its one-shopper run). CommonJS because --require loads it before any ESM loader.
 */
const { appendFileSync } = require("node:fs")
const http = require("node:http")

const file = process.env.OCOP_REQUEST_COSTS_FILE
const isCommerceServer = process.argv.some((arg) => /medusa/.test(arg)) && process.argv.includes("start")

if (file && isCommerceServer) {
  let statements = 0
  // Medusa's knex and MikroORM each resolve their own copy of pg; count through every copy found.
  const copies = new Set()
  for (const from of [process.cwd(), "@mikro-orm/postgresql"]) {
    try {
      const base = from.startsWith("@") ? require.resolve(from, { paths: [process.cwd()] }) : from
      copies.add(require(require.resolve("pg", { paths: [base] })).Client)
    } catch {
      // That copy is not installed here.
    }
  }
  for (const Client of copies) {
    const query = Client.prototype.query
    Client.prototype.query = function (...args) {
      statements += 1
      return query.apply(this, args)
    }
  }

  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, request, response) {
    if (event === "request") {
      const before = statements
      const cpu = process.cpuUsage()
      response.on("close", () => {
        const spent = process.cpuUsage(cpu)
        const route = `${request.method} ${request.url.split("?")[0]}`
        appendFileSync(file, `${JSON.stringify({ route, statements: statements - before, cpuMs: (spent.user + spent.system) / 1000 })}\n`)
      })
    }
    return emit.apply(this, arguments)
  }
}
