import CCairo
import Foundation

/// Renders plain text (a letter) as an A4 PDF with cairo, the maintained 2D library from Debian: it embeds a
/// subset of DejaVu Sans and handles Unicode. The PDF is written to memory only, never to a temporary file,
/// because a letter can identify a survivor.
public enum TextPDF {
    public struct Page: Sendable {
        public var header: String
        public var footer: String
        public init(header: String, footer: String) { self.header = header; self.footer = footer }
    }

    public static func render(_ text: String, title: String, page: Page) -> Data {
        PDFStream.render(title: title) { cr in draw(text, page: page, on: cr) }
    }

    static func draw(_ text: String, page: Page, on cr: OpaquePointer) {
        let (width, height) = PDFStream.a4
        let margin = 64.0, lineHeight = 15.0, fontSize = 10.5
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, fontSize)

        func measure(_ s: String) -> Double {
            var e = cairo_text_extents_t()
            cairo_text_extents(cr, s, &e)
            return e.x_advance
        }
        // Greedy word wrap to the text width; over-long words are split.
        var lines: [String] = []
        let maxWidth = width - 2 * margin
        for paragraph in text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n") {
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                let candidate = current.isEmpty ? word : current + " " + word
                if measure(candidate) <= maxWidth { current = candidate; continue }
                if !current.isEmpty { lines.append(current) }
                var w = word
                while measure(w) > maxWidth, w.count > 1 {
                    var cut = w.count
                    while cut > 1 && measure(String(w.prefix(cut))) > maxWidth { cut -= 1 }
                    lines.append(String(w.prefix(cut))); w = String(w.dropFirst(cut))
                }
                current = w
            }
            lines.append(current)
        }
        let perPage = Int((height - 2 * margin - 40) / lineHeight)
        let pages = max(1, (lines.count + perPage - 1) / perPage)
        for p in 0..<pages {
            cairo_set_font_size(cr, 8.5)
            cairo_move_to(cr, margin, margin - 24)
            cairo_show_text(cr, page.header)
            let footer = "\(page.footer)   Page \(p + 1) of \(pages)"
            cairo_move_to(cr, margin, height - margin + 28)
            cairo_show_text(cr, footer)
            cairo_set_font_size(cr, fontSize)
            var y = margin + 10
            for line in lines.dropFirst(p * perPage).prefix(perPage) {
                cairo_move_to(cr, margin, y)
                cairo_show_text(cr, line)
                y += lineHeight
            }
            cairo_show_page(cr)
        }
    }
}
