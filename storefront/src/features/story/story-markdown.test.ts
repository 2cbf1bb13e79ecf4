import { describe, expect, it } from "vitest"
import { renderStory } from "./story-markdown"

/** Every tag in the output with its attribute names (text, however it reads, is only text once escaped). */
function tagsOf(html: string): { name: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<\/?([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attributes: Object.fromEntries([...rest!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key!.toLowerCase(), value ?? ""])),
  }))
}

describe("renderStory", () => {
  it("renders the Markdown a producer writes: paragraphs, emphasis, lists, links and line breaks", () => {
    const html = renderStory("Mật ong **bạc hà** từ cao nguyên _Đồng Văn_.\nThu hoạch tháng 11.\n\n- Nguyên chất\n- Không đường\n\n[Hợp tác xã](https://example.vn/htx)")
    expect(html).toBe(
      "<p>Mật ong <strong>bạc hà</strong> từ cao nguyên <em>Đồng Văn</em>.<br />\nThu hoạch tháng 11.</p>\n" +
        "<ul>\n<li>Nguyên chất</li>\n<li>Không đường</li>\n</ul>\n" +
        '<p><a href="https://example.vn/htx" rel="nofollow ugc noopener">Hợp tác xã</a></p>'
    )
  })

  it("steps headings down below the page's own story heading", () => {
    expect(renderStory("# Nguồn gốc\n\n## Vùng trồng")).toBe("<h3>Nguồn gốc</h3>\n<h3>Vùng trồng</h3>")
    expect(renderStory("### Mùa vụ")).toBe("<h4>Mùa vụ</h4>")
  })

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an inline event handler", '<img src="x" onerror="alert(1)">'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a javascript: link", "[bấm vào đây](javascript:alert(1))"],
    ["an encoded javascript: link", "[bấm](jav&#x61;script:alert(1))"],
    ["a data: link", "[ảnh](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["an SVG with script", "<svg onload=alert(1)><script>alert(1)</script></svg>"],
    ["a style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
    ["an autolink to javascript:", "<javascript:alert(1)>"],
    ["a Markdown image with an onerror payload", '![x" onerror="alert(1)](https://example.vn/a.png)'],
  ])("never lets %s through as markup", (_label, payload) => {
    const html = renderStory(`Câu chuyện ${payload} kết thúc.`)
    // Anything left over can only be text: no raw "<" survives outside the allowed tags.
    expect(html.replace(/<\/?(p|br|em|strong|ul|ol|li|blockquote|h3|h4|a|code)\b[^<>]*>/g, "")).not.toContain("<")
    for (const tag of tagsOf(html)) {
      expect(["p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "h3", "h4", "a", "code"]).toContain(tag.name)
      for (const [attribute, value] of Object.entries(tag.attributes)) {
        expect(["href", "rel", "start"]).toContain(attribute)
        if (attribute === "href") expect(value).toMatch(/^(https?:|mailto:|tel:)/)
      }
    }
    expect(html).toContain("Câu chuyện")
  })

  it("shows raw HTML as the text that was typed, escaped", () => {
    expect(renderStory("<b>đậm</b>")).toBe("<p>&lt;b&gt;đậm&lt;/b&gt;</p>")
  })

  it("gives nothing for an empty or missing story, and composes decomposed Vietnamese", () => {
    expect(renderStory(null)).toBe("")
    expect(renderStory("  \n ")).toBe("")
    expect(renderStory("Be\u0302\u0301n Tre")).toBe("<p>Bến Tre</p>")
  })
})
