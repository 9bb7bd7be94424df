import Crypto
import Foundation

/// Reads a Home Office table (CSV, XLSX or ODS) row by row into a layout's parser, so both layouts and all three
/// formats share one path.
enum HomeOfficeTable {
    typealias Sink = ([String], Int, String?) throws(OutcomesFileError) -> Void

    /// Feeds `header` once per data sheet (once for CSV) and `row` for every non-empty row under it. Returns the
    /// names of the data sheets read. A workbook sheet is data when its row 1 names `Financial Year` and the force
    /// column; others (cover, notes, contents) are skipped. Workbook rows shorter than the header are padded
    /// with "" (trailing empty cells are not stored); a value beyond the header is an error.
    static func read(_ data: Data, fileName: String?, what: String, header: Sink, row: Sink) throws(OutcomesFileError) -> [String] {
        let format: SpreadsheetFormat
        do { format = try SpreadsheetFormat.detect(data, fileName: fileName) } catch { throw OutcomesFileError(error) }
        if format == .csv {
            try readCSV(data, header: header, row: row)
            return []
        }
        var dataSheets: [String] = []
        var otherSheets: [String] = []
        var current: String?
        var width: Int?
        var failure: OutcomesFileError?
        do throws(SpreadsheetError) {
            try SpreadsheetFormat.readWorkbook(data) { r throws(SpreadsheetError) -> SpreadsheetRowDecision in
                do throws(OutcomesFileError) {
                    if r.sheet != current {
                        current = r.sheet
                        width = nil
                        guard r.number == 1, looksLikeHeader(r.cells) else { otherSheets.append(r.sheet); return .skipSheet }
                        try header(r.cells, r.number, r.sheet)
                        width = r.cells.count
                        dataSheets.append(r.sheet)
                        return .next
                    }
                    guard let width else { return .skipSheet }
                    var cells = r.cells
                    if cells.count > width {
                        if let extra = cells[width...].firstIndex(where: { !$0.trimmedSpaces.isEmpty }) {
                            throw OutcomesFileError(sheet: r.sheet, row: r.number, column: "column \(CellText.columnLetters(extra + 1))",
                                                    message: "has a value beyond the last column of the header")
                        }
                        cells.removeLast(cells.count - width)
                    }
                    if cells.allSatisfy({ $0.trimmedSpaces.isEmpty }) { return .next }
                    while cells.count < width { cells.append("") }
                    try row(cells, r.number, r.sheet)
                    return .next
                } catch {
                    failure = error
                    return .stop
                }
            }
        } catch {
            throw OutcomesFileError(error)
        }
        if let failure { throw failure }
        guard !dataSheets.isEmpty else {
            let seen = otherSheets.isEmpty ? "it has no rows" : "sheets seen: " + otherSheets.map { "\"\($0)\"" }.joined(separator: ", ")
            throw OutcomesFileError(row: 0, column: "(file)", message: "has no sheet whose row 1 is the header of the \(what) (\(seen))")
        }
        return dataSheets
    }

    private static func readCSV(_ data: Data, header: Sink, row: Sink) throws(OutcomesFileError) {
        guard let text = String(data: data, encoding: .utf8) else {
            throw OutcomesFileError(row: 1, column: "(file)", message: "is not UTF-8 text (save the sheet as CSV UTF-8)")
        }
        let records = try CSVReader.records(text)
        guard let head = records.first else { throw OutcomesFileError(row: 1, column: "(file)", message: "is empty") }
        try header(head.fields, head.line, nil)
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ $0.trimmedSpaces.isEmpty }) { continue }
            guard record.fields.count == head.fields.count else {
                throw OutcomesFileError(row: record.line, column: "(row)",
                                        message: "has \(record.fields.count) fields, the header has \(head.fields.count)")
            }
            try row(record.fields, record.line, nil)
        }
    }

    static let forceHeaders: Set<String> = ["force name", "force", "police force", "police force area", "pfa", "pfa name", "force area"]

    /// Row 1 of a data sheet names the financial year and the force; a cover or notes sheet's row 1 does not.
    static func looksLikeHeader(_ cells: [String]) -> Bool {
        let names = Set(cells.map(OutcomesFile.normaliseHeader))
        return names.contains("financial year") && !names.isDisjoint(with: forceHeaders)
    }

    /// `Q1`…`Q4` (or `1`…`4`).
    static func quarter(_ text: String) -> Int? {
        let q = text.trimmedSpaces.uppercased()
        guard let n = Int(q.hasPrefix("Q") ? String(q.dropFirst()) : q), (1...4).contains(n) else { return nil }
        return n
    }

    /// Runs of whitespace (also non-breaking spaces and line breaks in a cell) become one space.
    static func forceName(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// SHA-256 (hex) of `prefix` and the lines joined by "\n", without building the joined text.
    static func hash(prefix: String, lines: [String]) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(prefix.utf8))
        for (i, line) in lines.enumerated() {
            if i > 0 { hasher.update(data: Data("\n".utf8)) }
            hasher.update(data: Data(line.utf8))
        }
        return HexBytes.encode(hasher.finalize())
    }
}
