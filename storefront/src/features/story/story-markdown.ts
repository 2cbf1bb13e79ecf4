import MarkdownIt from "markdown-it"
import sanitizeHtml from "sanitize-html"

/**
 * Origin stories are written by producers in the portal, so they are untrusted. Two layers keep a
 * story from carrying script: markdown-it never passes raw HTML through (`html: false`) and refuses
 * `javascript:`/`data:` links, and sanitize-html then keeps only the handful of tags a story needs.
 */
const markdown = new MarkdownIt("zero", { html: false, linkify: false, breaks: true }).enable([
  "paragraph",
  "newline",
  "emphasis",
  "list",
  "blockquote",
  "heading",
  "lheading",
  "link",
  "escape",
  "backticks",
  "entity",
])

const STORY_TAGS = ["p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "h3", "h4", "a", "code"]

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: STORY_TAGS,
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  transformTags: {
    // The story sits under the page's own h2, so a writer's top-level headings step down.
    h1: "h3",
    h2: "h3",
    h3: "h4",
    h5: "h4",
    h6: "h4",
    // Links in user-written text earn no ranking and cannot reach back into the opening page.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener" } }),
  },
}

/** A producer's Markdown story as HTML that is safe to insert into a page. Empty input gives "". */
export function renderStory(source: string | null | undefined): string {
  if (!source?.trim()) return ""
  return sanitizeHtml(markdown.render(source.normalize("NFC")), sanitizeOptions).trim()
}

