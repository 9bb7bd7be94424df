import CCairo
import Foundation

/// Renders a disclosure bundle: the selected records, each from a new page, with black boxes where text was
/// removed. The removed text never reaches this module: a caller passes only how many characters were removed,
/// and the box is that many average character widths wide. So the removed words cannot be in the text layer,
/// the font subset, the metadata or an earlier revision (cairo writes one revision, to memory, and no outline).
/// A box sized by character count rather than by exact glyph widths also gives less help to anyone trying to
/// guess a removed name from the width of its box.
///
/// Every page carries the same header (request, recipient, date, "not for onward disclosure") and a page number.
/// Nothing varies between runs: the metadata dates are fixed and no clock is read, so the same input gives the
/// same bytes.
public enum BundlePDF {
    /// A piece of a document as disclosed.
    public enum Segment: Sendable, Equatable {
        /// Text that is disclosed.
        case kept(String)
        /// Text that was removed: only its length in characters, never the characters.
        case removed(characters: Int)
        /// A whole passage not disclosed, with a short explanation written by Confide (not the passage).
        case withheld(String)
    }

    public struct Document: Sendable, Equatable {
        public var heading: String
        public var segments: [Segment]
        public init(heading: String, segments: [Segment]) { self.heading = heading; self.segments = segments }
    }

    public struct Header: Sendable, Equatable {
        public var title: String
        /// The lines printed at the top of every page.
        public var lines: [String]
        /// Printed before the page number at the foot of every page.
        public var footer: String
        public init(title: String, lines: [String], footer: String) { self.title = title; self.lines = lines; self.footer = footer }
    }

    /// The date written into the PDF's metadata: fixed, so that no creation time leaks and the bytes repeat.
    public static let fixedDate = PDFStream.fixedDate

    static let width = PDFStream.a4.width, height = PDFStream.a4.height, margin = 64.0, lineHeight = 15.0, fontSize = 10.5
    static let headerSize = 8.5

    enum Piece {
        case text(String, bold: Bool, italic: Bool)
        case box(Double)
    }

    struct PlacedLine { var items: [(x: Double, piece: Piece)] }

    /// `preface` is printed on the first page(s) before the documents (for example the contents list).
    public static func render(header: Header, preface: [String], documents: [Document]) -> Data {
        PDFStream.render(title: header.title) { cr in draw(header: header, preface: preface, documents: documents, on: cr) }
    }

    static func draw(header: Header, preface: [String], documents: [Document], on cr: OpaquePointer) {
        func font(bold: Bool = false, italic: Bool = false, size: Double = fontSize) {
            cairo_select_font_face(cr, "DejaVu Sans", italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                                   bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, size)
        }
        func measure(_ s: String, bold: Bool = false, italic: Bool = false) -> Double {
            font(bold: bold, italic: italic)
            var e = cairo_text_extents_t()
            cairo_text_extents(cr, s, &e)
            return e.x_advance
        }
        // The width of one removed character: the average advance over a fixed sample, measured once.
        let sample = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        let charWidth = measure(sample) / Double(sample.count)
        let space = measure(" ")
        let maxWidth = width - 2 * margin
        let top = margin + 10 + Double(max(0, header.lines.count - 1)) * 11
        let perPage = Int((height - margin - 40 - top + lineHeight) / lineHeight)

        // Lay every document out into lines, then into pages (each document starts a new page).
        var pages: [[PlacedLine]] = []
        func paginate(_ lines: [PlacedLine]) {
            var i = 0
            repeat {
                pages.append(Array(lines[i..<min(lines.count, i + perPage)]))
                i += perPage
            } while i < lines.count
        }

        func layout(_ words: [(piece: Piece, spaceBefore: Bool, breakBefore: Bool)]) -> [PlacedLine] {
            var lines: [PlacedLine] = [], current = PlacedLine(items: []), x = 0.0
            func newLine() { lines.append(current); current = PlacedLine(items: []); x = 0 }
            for w in words {
                if w.breakBefore { newLine() }
                let gap = (w.spaceBefore && !current.items.isEmpty) ? space : 0
                switch w.piece {
                case let .text(t, bold, italic):
                    var rest = t
                    while !rest.isEmpty {
                        let g = current.items.isEmpty ? 0 : gap
                        let wd = measure(rest, bold: bold, italic: italic)
                        if x + g + wd <= maxWidth { current.items.append((x + g, .text(rest, bold: bold, italic: italic))); x += g + wd; rest = "" ; continue }
                        if !current.items.isEmpty && wd <= maxWidth { newLine(); continue }
                        // Too long for any line: split it.
                        var cut = rest.count
                        while cut > 1 && x + g + measure(String(rest.prefix(cut)), bold: bold, italic: italic) > maxWidth { cut -= 1 }
                        if cut == 1 && !current.items.isEmpty && x + g + measure(String(rest.prefix(1)), bold: bold, italic: italic) > maxWidth { newLine(); continue }
                        current.items.append((x + g, .text(String(rest.prefix(cut)), bold: bold, italic: italic)))
                        rest = String(rest.dropFirst(cut)); newLine()
                    }
                case let .box(total):
                    var left = total
                    var first = true
                    while left > 0.01 {
                        let g = (first && !current.items.isEmpty) ? gap : 0
                        if x + g + left <= maxWidth { current.items.append((x + g, .box(left))); x += g + left; left = 0; continue }
                        if !current.items.isEmpty && left <= maxWidth { newLine(); continue }
                        let part = max(charWidth, maxWidth - x - g)
                        current.items.append((x + g, .box(part))); left -= part; first = false; newLine()
                    }
                }
            }
            if !current.items.isEmpty || lines.isEmpty { lines.append(current) }
            return lines
        }

        func words(_ text: String, bold: Bool = false, italic: Bool = false, startsLine: inout Bool,
                   pendingSpace: inout Bool) -> [(piece: Piece, spaceBefore: Bool, breakBefore: Bool)] {
            var out: [(piece: Piece, spaceBefore: Bool, breakBefore: Bool)] = []
            var word = "", breakPending = false
            func flush() {
                guard !word.isEmpty else { return }
                out.append((.text(word, bold: bold, italic: italic), pendingSpace, breakPending || startsLine))
                word = ""; pendingSpace = false; breakPending = false; startsLine = false
            }
            for ch in text {
                if ch == "\n" || ch == "\r\n" {
                    flush()
                    if breakPending || startsLine { out.append((.text("", bold: false, italic: false), false, true)) }
                    breakPending = true; pendingSpace = false
                } else if ch == " " || ch == "\t" {
                    flush(); pendingSpace = true
                } else {
                    word.append(ch)
                }
            }
            flush()
            if breakPending { startsLine = true }
            return out
        }

        if !preface.isEmpty {
            var flow: [(piece: Piece, spaceBefore: Bool, breakBefore: Bool)] = []
            for (n, para) in preface.enumerated() {
                // A blank line between paragraphs; a numbered list runs on.
                if n > 0 && para.first?.isNumber != true { flow.append((.text("", bold: false, italic: false), false, true)) }
                var starts = n > 0, pending = false
                flow += words(para, bold: n == 0, startsLine: &starts, pendingSpace: &pending)
            }
            paginate(layout(flow))
        }
        for doc in documents {
            var flow: [(piece: Piece, spaceBefore: Bool, breakBefore: Bool)] = []
            var starts = false, pending = false
            flow += words(doc.heading, bold: true, startsLine: &starts, pendingSpace: &pending)
            starts = true; pending = false
            flow.append((.text("", bold: false, italic: false), false, true))
            for seg in doc.segments {
                switch seg {
                case let .kept(t):
                    flow += words(t, startsLine: &starts, pendingSpace: &pending)
                case let .removed(n):
                    flow.append((.box(Double(max(1, n)) * charWidth), pending, starts))
                    pending = false; starts = false
                case let .withheld(note):
                    var s = starts, p = pending
                    flow += words("[" + note + "]", italic: true, startsLine: &s, pendingSpace: &p)
                    starts = false; pending = false
                }
            }
            paginate(layout(flow))
        }

        let total = pages.count
        for (p, lines) in pages.enumerated() {
            cairo_set_source_rgb(cr, 0, 0, 0)
            font(bold: true, size: headerSize)
            var hy = margin - 30
            for l in header.lines {
                cairo_move_to(cr, margin, hy)
                cairo_show_text(cr, l)
                hy += 11
            }
            cairo_set_line_width(cr, 0.5)
            cairo_move_to(cr, margin, hy - 6); cairo_line_to(cr, width - margin, hy - 6); cairo_stroke(cr)
            font(size: headerSize)
            cairo_move_to(cr, margin, height - margin + 28)
            cairo_show_text(cr, "\(header.footer)   Page \(p + 1) of \(total)")
            var y = top + 8
            for line in lines {
                for item in line.items {
                    switch item.piece {
                    case let .text(t, bold, italic):
                        guard !t.isEmpty else { continue }
                        font(bold: bold, italic: italic)
                        cairo_move_to(cr, margin + item.x, y)
                        cairo_show_text(cr, t)
                    case let .box(w):
                        cairo_rectangle(cr, margin + item.x, y - fontSize * 0.85, w, fontSize * 1.15)
                        cairo_fill(cr)
                    }
                }
                y += lineHeight
            }
            cairo_show_page(cr)
        }
    }
}
