import Foundation
import Plot

/// Small charts drawn as inline SVG on the server: they work without JavaScript and need no third-party code.
/// Every label is escaped here, because SVG is added as raw markup.
enum Charts {
    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Horizontal bars, one per category, with the unit written under the value axis; `title` is read out by
    /// screen readers, and `dataTable` gives them (and anyone copying the figures) the numbers behind it.
    static func bars(_ rows: [(String, Int)], title: String, unit: String = "Requests (each rounded to a multiple of 5)") -> Node<HTML.BodyContext> {
        let shown = rows.filter { $0.1 > 0 }
        guard !shown.isEmpty else { return .p(.class("hint"), .text("Nothing to chart.")) }
        let maxV = Double(shown.map(\.1).max() ?? 1)
        let rowH = 22.0, labelW = 230.0, barW = 300.0
        let plotH = Double(shown.count) * rowH + 4
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(esc(title))\" viewBox=\"0 0 \(Int(labelW + barW + 60)) \(Int(plotH + 24))\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(esc(title))</title>"
        svg += "<line x1=\"\(Int(labelW))\" y1=\"\(Int(plotH))\" x2=\"\(Int(labelW + barW))\" y2=\"\(Int(plotH))\" stroke=\"#b1b4b6\"></line>"
        svg += "<text x=\"\(Int(labelW + barW / 2))\" y=\"\(Int(plotH + 18))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">\(esc(unit))</text>"
        for (i, (label, value)) in shown.enumerated() {
            let y = Double(i) * rowH
            let w = max(2, barW * Double(value) / maxV)
            svg += "<text x=\"\(Int(labelW - 6))\" y=\"\(Int(y + 15))\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">\(esc(String(label.prefix(34))))</text>"
            svg += "<rect x=\"\(Int(labelW))\" y=\"\(Int(y + 4))\" width=\"\(Int(w))\" height=\"14\" fill=\"#1d4f91\"></rect>"
            svg += "<text x=\"\(Int(labelW + w + 4))\" y=\"\(Int(y + 15))\" font-size=\"12\" fill=\"#0b0c0c\">\(value)</text>"
        }
        return .raw(svg + "</svg>")
    }

    /// A line over periods (missing values leave a gap), with both axes labelled.
    static func line(_ points: [(String, Double?)], title: String, xLabel: String = "Quarter", yLabel: String = "Requests",
                     format: (Double) -> String = { String(Int($0)) }) -> Node<HTML.BodyContext> {
        let values = points.compactMap(\.1)
        guard points.count >= 1, let maxV = values.max(), maxV > 0 else { return .p(.class("hint"), .text("Nothing to chart yet.")) }
        let w = 560.0, h = 160.0, left = 40.0, bottom = 44.0
        let stepX = points.count > 1 ? (w - left - 10) / Double(points.count - 1) : 0
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(esc(title))\" viewBox=\"0 0 \(Int(w)) \(Int(h + bottom))\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(esc(title))</title>"
        svg += "<text x=\"12\" y=\"\(Int(h / 2))\" transform=\"rotate(-90 12 \(Int(h / 2)))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">\(esc(yLabel))</text>"
        svg += "<text x=\"\(Int((w + left) / 2))\" y=\"\(Int(h + 38))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">\(esc(xLabel))</text>"
        svg += "<line x1=\"\(Int(left))\" y1=\"\(Int(h))\" x2=\"\(Int(w))\" y2=\"\(Int(h))\" stroke=\"#b1b4b6\"></line>"
        var path = ""
        for (i, (label, v)) in points.enumerated() {
            let x = left + Double(i) * stepX
            svg += "<text x=\"\(Int(x))\" y=\"\(Int(h + 18))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">\(esc(label))</text>"
            guard let v else { path += " "; continue }
            let y = h - (h - 10) * v / maxV
            path += (path.isEmpty || path.hasSuffix(" ") ? "M" : "L") + "\(Int(x)),\(Int(y))"
            svg += "<circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"3\" fill=\"#1d4f91\"></circle>"
            svg += "<text x=\"\(Int(x))\" y=\"\(Int(y - 6))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">\(esc(format(v)))</text>"
        }
        svg += "<path d=\"\(path.trimmingCharacters(in: .whitespaces))\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"></path>"
        return .raw(svg + "</svg>")
    }

    /// The numbers behind a chart, as a table under it (folded away for sighted readers who want only the chart).
    static func dataTable(_ title: String, columns: (String, String), rows: [(String, String)]) -> Node<HTML.BodyContext> {
        .details(.class("chart-data"), .summary(.text("The table behind this chart")),
                 .table(.caption(.text(title)), .thead(.tr(.th(.text(columns.0)), .th(.text(columns.1)))),
                        .tbody(.forEach(rows) { r in .tr(.td(.text(r.0)), .td(.text(r.1))) })))
    }
}
