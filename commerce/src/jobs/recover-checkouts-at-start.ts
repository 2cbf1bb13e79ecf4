// The same recovery, once, seconds after the server starts: a crash is the usual reason for a
// start, and the shoppers it caught mid-checkout should not wait for the next full minute.
export { default } from "./recover-checkouts"

export const config = {
  name: "recover-checkouts-at-start",
  schedule: { interval: 5_000, numberOfExecutions: 1 },
}
