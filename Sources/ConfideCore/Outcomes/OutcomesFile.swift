import Crypto
import Foundation

/// One row of the Home Office "crime outcomes in England and Wales" open data, as read.
public struct OutcomesRow: Sendable, Equatable, Hashable {
    /// Normalised to `2025/26` whatever the file wrote (`2025-26`, `2025/2026`).
    public let financialYear: String
    /// 1–4.
    public let quarter: Int
    /// As published, trimmed (`London, City of`, `Metropolitan Police`).
    public let force: String
    /// Upper case, trimmed (`19C`).
    public let offenceCode: String
    /// The "Offence code expired" flag (`x` in the file).
    public let offenceCodeExpired: Bool
    /// 0–22 (0 = not yet assigned an outcome, never counted).
    public let outcomeType: Int
    /// "Outcomes for offences recorded in the quarter"; nil when the cell is not a number (N/A…): missing, not zero.
    public let recorded: Int?
    /// "Outcomes for investigations closed in the quarter"; nil when missing.
    public let closed: Int?
    /// The line of the file the row came from (the header is line 1).
    public let line: Int

    public var quarterLabel: String { "Q\(quarter)" }

    /// Rebuilds a row kept in a database.
    public init(financialYear: String, quarter: Int, force: String, offenceCode: String, offenceCodeExpired: Bool,
                outcomeType: Int, recorded: Int?, closed: Int?, line: Int) {
        self.financialYear = financialYear; self.quarter = quarter; self.force = force; self.offenceCode = offenceCode
        self.offenceCodeExpired = offenceCodeExpired; self.outcomeType = outcomeType; self.recorded = recorded
        self.closed = closed; self.line = line
    }

    public func count(_ basis: OutcomesBasis) -> Int? { basis == .closed ? closed : recorded }
}

/// A Home Office crime outcomes CSV file, read whole or not at all.
///
/// Tolerates the known variants (`domain/statistics.md` §2.1): header spellings that differ between years
/// (matched by normalised name: case, spacing, "Number of", "that were"), a byte-order mark, CRLF line ends,
/// quoted fields, `N/A` in its spellings (`N/A`, `NA`, `N/A - Offence code expired`, `N/A - data not
/// provided`, `..`, `[x]`, empty) as MISSING, negative corrections kept as published, thousands separators,
/// the expired-code flag `x`, financial years as `2019/20`, `2019-20` or `2019/2020`. Rows for the alternate-
/// offence outcome types (`1a`, `2a`, `3a`) are subsets of 1, 2, 3 and are skipped (counted in
/// ``skippedAlternateOutcomeRows``) so nothing is double-counted.
///
/// Anything else unexpected — an unknown or missing column, a row with the wrong number of fields, an outcome
/// type outside 0–22, a count that is neither a whole number nor a known "not available" mark, the same
/// (year, quarter, force, offence, outcome) twice — is an ``OutcomesFileError`` naming the row and column.
public struct OutcomesFile: Sendable, Equatable {
    public let rows: [OutcomesRow]
    public let skippedAlternateOutcomeRows: Int
    /// The workbook sheets the rows came from (empty for CSV).
    public let sheets: [String]
    /// SHA-256 (hex) of the rows as understood (sorted canonical lines): the same data gives the same hash
    /// whatever the header spelling, line ends or row order, so importing it twice changes nothing.
    public let contentHash: String

    /// Offence codes of rape (Home Office classification): 19C–19H.
    public static let rapeOffenceCodes: Set<String> = ["19C", "19D", "19E", "19F", "19G", "19H"]

    public var rapeRows: [OutcomesRow] { rows.filter { Self.rapeOffenceCodes.contains($0.offenceCode) } }

    enum Column: String, CaseIterable {
        case financialYear = "Financial Year", quarter = "Financial Quarter", force = "Force Name"
        case offenceCode = "Offence Code", expired = "Offence code expired", outcomeType = "Outcome Type"
        case recorded = "Outcomes for offences that were recorded in the quarter"
        case closed = "Outcomes for investigations closed in the quarter"
        case ignored
    }

    static func normaliseHeader(_ raw: String) -> String {
        var s = raw.replacingOccurrences(of: "\u{FEFF}", with: "").lowercased()
        s = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for filler in ["number of ", "that were ", "that was "] { s = s.replacingOccurrences(of: filler, with: "") }
        return s
    }

    static let headerMap: [String: Column] = [
        "financial year": .financialYear, "financial quarter": .quarter, "force name": .force,
        "offence code": .offenceCode, "offence code expired": .expired, "outcome type": .outcomeType,
        "outcomes for offences recorded in the quarter": .recorded,
        "outcomes for investigations closed in the quarter": .closed,
        "offence description": .ignored, "offence group": .ignored, "offence subgroup": .ignored,
        "outcome description": .ignored, "outcome group": .ignored,
    ]

    /// Reads a whole file: CSV, or an XLSX/ODS workbook (told apart by content, see ``SpreadsheetFormat/detect(_:fileName:)``).
    /// In a workbook the data sheet is the one whose row 1 is this table's header; cover and notes sheets before
    /// it are skipped. Nothing is returned unless every row is understood.
    public static func parse(_ data: Data, fileName: String? = nil) throws(OutcomesFileError) -> OutcomesFile {
        var table = OutcomesTable()
        let sheets = try HomeOfficeTable.read(data, fileName: fileName, what: "crime outcomes open data") { (cells, line, sheet) throws(OutcomesFileError) in
            try table.header(cells, line: line, sheet: sheet)
        } row: { (cells, line, sheet) throws(OutcomesFileError) in
            try table.row(cells, line: line, sheet: sheet)
        }
        return table.finish(sheets: sheets)
    }

    struct CountError: Error { let message: String }

    /// A count cell: a whole number (maybe negative, maybe with thousands separators), or missing.
    static func count(_ text: String) throws(CountError) -> Int? {
        let t = text.trimmedSpaces
        let lower = t.lowercased()
        if t.isEmpty || lower == "na" || lower.hasPrefix("n/a") || lower == ".." || lower == "[x]" || lower == "[z]" || lower == "[c]" {
            return nil
        }
        // Plain character checks, not regular expressions: this runs for every cell of 300,000-row files.
        let unsigned = t.hasPrefix("-") ? t.dropFirst() : Substring(t)
        var digits = t
        let groups = unsigned.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1, (1...3).contains(groups[0].count), groups.allSatisfy(isDigits),
           groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            digits = t.replacingOccurrences(of: ",", with: "")
        }
        let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
        guard isDigits(body), let v = Int(digits) else {
            throw CountError(message: "\"\(text)\" is neither a whole number nor a \"not available\" mark (N/A)")
        }
        return v
    }

    /// Non-empty and only ASCII digits.
    static func isDigits(_ s: Substring) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// `2019/20`, `2019-20`, `2019/2020`, `2019-2020` → `2019/20` (the second year must follow the first).
    public static func normaliseFinancialYear(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), (1900...2999).contains(first),
              parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let expected = first + 1
        switch parts[1].count {
        case 2: guard Int(parts[1]) == expected % 100 else { return nil }
        case 4: guard Int(parts[1]) == expected else { return nil }
        default: return nil
        }
        return String(format: "%04d/%02d", first, expected % 100)
    }
}

/// A Home Office file (crime outcomes or recorded crime) that cannot be read as the published layout. Nothing
/// from it is imported.
public struct OutcomesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The workbook sheet, or nil for CSV and whole-file problems.
    public let sheet: String?
    /// The line of the CSV or the sheet's row (1 = header); 0 when the problem is not in one row.
    public let row: Int
    /// The column's name as written in the header (or `column C`, `(row)`, `(file)`).
    public let column: String
    public let message: String

    public init(sheet: String? = nil, row: Int, column: String, message: String) {
        self.sheet = sheet; self.row = row; self.column = column; self.message = message
    }

    init(_ e: SpreadsheetError) {
        self.init(sheet: e.sheet, row: e.row ?? 0, column: e.column.map { "column \($0)" } ?? "(file)", message: e.message)
    }

    public var description: String {
        var place: [String] = []
        if let sheet { place.append("sheet \"\(sheet)\"") }
        if row > 0 { place.append("row \(row)") }
        place.append("column \"\(column)\"")
        return place.joined(separator: ", ") + ": \(message) — nothing was imported"
    }
}

/// A small RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, optional BOM.
enum CSVReader {
    struct Record {
        let fields: [String]
        /// The line where the record starts (1-based).
        let line: Int
    }

    static func records(_ text: String) throws(OutcomesFileError) -> [Record] {
        var out: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 2; continue }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw OutcomesFileError(row: line, column: "column \(fields.count + 1)", message: "has a stray quote")
                }
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                break
            case "\n":
                fields.append(field)
                out.append(Record(fields: fields, line: recordLine))
                fields = []
                field = ""
                afterQuote = false
                line += 1
                recordLine = line
            default:
                guard !afterQuote else {
                    throw OutcomesFileError(row: line, column: "column \(fields.count + 1)", message: "has text after a closing quote")
                }
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes { throw OutcomesFileError(row: recordLine, column: "column \(fields.count + 1)", message: "has a quote that is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            out.append(Record(fields: fields, line: recordLine))
        }
        return out
    }
}
