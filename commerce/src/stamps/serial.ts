/** The alphabet of stamp codes and serials (Crockford base32: no I, L, O, U). */
const SERIAL = /^[0-9A-HJKMNP-TV-Z]{11}$/

/**
 * A stamp's 11-character serial as a person types it off a package, read as codes are
 * (modules/stamp/code.ts): spaces and hyphens dropped, any case, O, I and L for the 0 and 1 the
 * alphabet has instead; null when it is not a serial. Shared by the API and the admin dashboard.
 */
export function readStampSerial(typed: string): string | null {
  const serial = typed.replace(/[\s-]/g, "").toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1")
  return SERIAL.test(serial) ? serial : null
}
