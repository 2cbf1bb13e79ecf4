/**
 * The local file provider's two folders: the public one Medusa serves at /static (product photos),
 * and the private one nothing serves (shoppers' report photos, read through admin routes).
 * medusa-config.ts reads the same variables with the same defaults.
 */
export const DEFAULT_PUBLIC_FILE_FOLDER = "static"
export const DEFAULT_PRIVATE_FILE_FOLDER = "private-uploads"

export const publicFileFolder = (): string => process.env.FILE_UPLOAD_DIR || DEFAULT_PUBLIC_FILE_FOLDER
export const privateFileFolder = (): string => process.env.FILE_PRIVATE_DIR || DEFAULT_PRIVATE_FILE_FOLDER
