import { useEffect, useRef, useState, type FormEvent } from "react"
import { MAX_PHOTO_BYTES, PHOTO_TYPES, STORED_LONG_SIDE } from "./photo-limits"

export interface PhotoUploadText {
  field: string
  hint: string
  submit: string
  preview: string
  shrinking: string
  tooLarge: string
  wrongType: string
}

interface Props {
  action: string
  productId: string
  /** Id of the file input; the hint and error ids derive from it. */
  inputId: string
  /** The server's refusal of the last upload, shown beside the field. */
  error: string | null
  text: PhotoUploadText
}

// A phone camera's photo (3–12 MB) costs a minute on a slow 3G link; below this size it goes as taken.
const SHRINK_ABOVE_BYTES = 1.5 * 1024 * 1024

/**
 * A phone photo shrunk in the browser to what commerce would store anyway (≤ 2400 px, JPEG), so a
 * producer on a slow network uploads a few hundred kilobytes instead of several megabytes. Null
 * when the photo is small already or the browser cannot decode it (the server then decides).
 */
async function shrinkForUpload(photo: File): Promise<File | null> {
  if (photo.size <= SHRINK_ABOVE_BYTES) return null
  const bitmap = await createImageBitmap(photo, { imageOrientation: "from-image" })
  const scale = Math.min(1, STORED_LONG_SIDE / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement("canvas")
  canvas.width = Math.round(bitmap.width * scale)
  canvas.height = Math.round(bitmap.height * scale)
  const context = canvas.getContext("2d")
  if (!context) return null
  // JPEG has no transparency: a PNG's clear background becomes white, as on the server.
  context.fillStyle = "#ffffff"
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85))
  if (!jpeg || jpeg.size >= photo.size) return null
  return new File([jpeg], `${photo.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`, { type: "image/jpeg" })
}

/**
 * The portal's photo upload form. Server-rendered, it is a plain multipart form post; hydrated, it
 * previews the chosen photo, refuses a wrong type at once, and shrinks a large photo before sending.
 */
export default function PhotoUpload({ action, productId, inputId, error, text }: Props) {
  const input = useRef<HTMLInputElement>(null)
  const shrunk = useRef(false)
  const [problem, setProblem] = useState(error)
  const [preview, setPreview] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // False in the server's HTML: marks the form once the preview and shrinking are live.
  const [enhanced, setEnhanced] = useState(false)

  useEffect(() => setEnhanced(true), [])
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview])

  function choose() {
    const photo = input.current?.files?.[0]
    setPreview(photo && PHOTO_TYPES.has(photo.type) ? URL.createObjectURL(photo) : null)
    setProblem(photo && photo.type && !PHOTO_TYPES.has(photo.type) ? text.wrongType : null)
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    const photo = input.current?.files?.[0]
    // The second pass, after shrinking, is the browser's own form post.
    if (shrunk.current || !photo) return
    event.preventDefault()
    if (photo.type && !PHOTO_TYPES.has(photo.type)) return setProblem(text.wrongType)
    setBusy(true)
    const smaller = await shrinkForUpload(photo).catch(() => null)
    if (smaller && input.current) {
      const files = new DataTransfer()
      files.items.add(smaller)
      input.current.files = files.files
    }
    if ((smaller ?? photo).size > MAX_PHOTO_BYTES) {
      setBusy(false)
      return setProblem(text.tooLarge)
    }
    shrunk.current = true
    form.requestSubmit()
  }

  const errorId = `${inputId}-error`
  return (
    <form method="post" action={action} encType="multipart/form-data" data-testid="photo-form" data-enhanced={enhanced || undefined} className="photo-upload" onSubmit={submit}>
      <input type="hidden" name="intent" value="add-photo" />
      <input type="hidden" name="product_id" value={productId} />
      <div className="field">
        <label htmlFor={inputId}>{text.field}</label>
        <input
          ref={input}
          id={inputId}
          name="photo"
          type="file"
          accept={[...PHOTO_TYPES].join(",")}
          required
          aria-describedby={problem ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={choose}
        />
        <span id={`${inputId}-hint`} className="hint">
          {text.hint}
        </span>
        {problem && (
          <span id={errorId} className="field-error" data-testid="error-photo">
            {problem}
          </span>
        )}
      </div>
      {preview && <img className="photo-preview" src={preview} alt={text.preview} width={160} height={160} />}
      <button type="submit" disabled={busy}>
        {busy ? text.shrinking : text.submit}
      </button>
    </form>
  )
}
