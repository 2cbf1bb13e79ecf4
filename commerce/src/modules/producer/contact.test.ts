import { describe, expect, it } from "vitest"
import { producerRecipients } from "./contact"

describe("producerRecipients", () => {
  it("tells the producer's public address and each member once, however they are capitalised", () => {
    expect(producerRecipients({ email: "Lien-He@Ong-Mat.vn" }, [{ email: "a@ong-mat.vn" }, { email: "lien-he@ong-mat.vn" }, { email: "A@Ong-Mat.vn" }])).toEqual([
      "lien-he@ong-mat.vn",
      "a@ong-mat.vn",
    ])
  })

  it("leaves out a producer that publishes no address, and tells nobody when it has no members either", () => {
    expect(producerRecipients({ email: null }, [{ email: "b@tra.vn" }])).toEqual(["b@tra.vn"])
    expect(producerRecipients({}, [])).toEqual([])
  })
})
