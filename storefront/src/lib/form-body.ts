/**
 * The form a page was posted, or null when the body is not one (JSON, text, a broken multipart
 * body). `Request.formData()` throws a TypeError for those; each form page answers null with a 400
 * in its own language instead of letting the throw become an empty 500.
 */
export async function readFormBody(request: Request): Promise<FormData | null> {
  try {
    return await request.formData()
  } catch (error) {
    if (error instanceof TypeError) return null
    throw error
  }
}
