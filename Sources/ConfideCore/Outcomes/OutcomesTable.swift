import Crypto
import Foundation

/// Where each known column is in a header row, by normalised name (header spellings vary between years). A name
/// not in `map` or a column given twice is refused, naming it; `ignored` columns are allowed and not placed.
func headerPositions<Column: Hashable>(_ cells: [String], map: [String: Column], ignored: Column, table: String,
                                       line: Int, sheet: String?) throws(OutcomesFileError) -> [Column: Int] {
    var position: [Column: Int] = [:]
    for (i, name) in cells.enumerated() {
        guard let col = map[OutcomesFile.normaliseHeader(name)] else {
            throw OutcomesFileError(sheet: sheet, row: line, column: name.isEmpty ? "column \(i + 1)" : name,
                                    message: "is not a column of \(table)")
        }
        if col != ignored, position[col] != nil {
            throw OutcomesFileError(sheet: sheet, row: line, column: name, message: "appears twice")
        }
        if col != ignored { position[col] = i }
    }
    return position
}

/// The row parser of the crime outcomes layout, fed the same way from CSV and from workbook sheets.
struct OutcomesTable {
    typealias Column = OutcomesFile.Column

    private var header: [String] = []
    private var position: [Column: Int] = [:]
    private(set) var rows: [OutcomesRow] = []
    private var skipped = 0
    private var seen: [Key: (sheet: String?, line: Int)] = [:]
    /// One copy of each force name, shared by its rows (hundreds of thousands of rows, ~45 names).
    private var forces: [String: String] = [:]

    struct Key: Hashable { let year: String, quarter: Int, force: String, code: String, type: Int }

    mutating func header(_ cells: [String], line: Int, sheet: String?) throws(OutcomesFileError) {
        header = cells
        position = try headerPositions(cells, map: OutcomesFile.headerMap, ignored: .ignored,
                                       table: "the crime outcomes open data", line: line, sheet: sheet)
        for required in Column.allCases where required != .ignored && position[required] == nil {
            throw OutcomesFileError(sheet: sheet, row: line, column: required.rawValue, message: "is missing from the header")
        }
    }

    mutating func row(_ fields: [String], line: Int, sheet: String?) throws(OutcomesFileError) {
        let position = self.position, header = self.header
        func field(_ c: Column) -> String { fields[position[c]!].trimmedSpaces }
        func fail(_ c: Column, _ message: String) -> OutcomesFileError {
            OutcomesFileError(sheet: sheet, row: line, column: header[position[c]!], message: message)
        }
        let typeText = field(.outcomeType)
        // 1a, 2a, 3a (alternate offences) are subsets of 1, 2, 3: adding them would double-count.
        if let last = typeText.last, last.isASCII, last.isLetter, OutcomesFile.isDigits(typeText.dropLast()) {
            skipped += 1
            return
        }
        guard let type = Int(typeText), (0...22).contains(type) else {
            throw fail(.outcomeType, "\"\(typeText)\" is not an outcome type (0–22)")
        }
        guard let year = OutcomesFile.normaliseFinancialYear(field(.financialYear)) else {
            throw fail(.financialYear, "\"\(field(.financialYear))\" is not a financial year like 2025/26")
        }
        guard let quarter = HomeOfficeTable.quarter(field(.quarter)) else {
            throw fail(.quarter, "\"\(field(.quarter))\" is not a quarter (Q1–Q4)")
        }
        let force = intern(HomeOfficeTable.forceName(field(.force)))
        guard !force.isEmpty else { throw fail(.force, "is empty") }
        let code = field(.offenceCode).uppercased()
        guard !code.isEmpty, code.count <= 12, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/.-".contains($0)) }) else {
            throw fail(.offenceCode, "\"\(field(.offenceCode))\" is not an offence code")
        }
        let expiredText = field(.expired).lowercased()
        guard ["", "x", "y", "yes"].contains(expiredText) else {
            throw fail(.expired, "\"\(field(.expired))\" is not the expired-code flag (x or empty)")
        }
        let recorded: Int?
        let closed: Int?
        do { recorded = try OutcomesFile.count(field(.recorded)) } catch { throw fail(.recorded, error.message) }
        do { closed = try OutcomesFile.count(field(.closed)) } catch { throw fail(.closed, error.message) }
        let key = Key(year: year, quarter: quarter, force: force.lowercased(), code: code, type: type)
        if let first = seen[key] {
            let whereFirst = first.sheet.map { $0 == sheet ? "row \(first.line)" : "row \(first.line) of sheet \"\($0)\"" } ?? "row \(first.line)"
            throw OutcomesFileError(sheet: sheet, row: line, column: "(row)", message: "repeats \(whereFirst) (same year, quarter, force, offence code and outcome type)")
        }
        seen[key] = (sheet, line)
        rows.append(OutcomesRow(financialYear: year, quarter: quarter, force: force, offenceCode: code,
                                offenceCodeExpired: !expiredText.isEmpty, outcomeType: type,
                                recorded: recorded, closed: closed, line: line))
    }

    private mutating func intern(_ s: String) -> String {
        if let known = forces[s] { return known }
        forces[s] = s
        return s
    }

    func finish(sheets: [String]) -> OutcomesFile {
        // The hash is of the rows as understood, so the same table as CSV, XLSX or ODS imports once.
        let lines = rows.map {
            "\($0.financialYear)|Q\($0.quarter)|\($0.force)|\($0.offenceCode)|\($0.offenceCodeExpired ? "x" : "")|\($0.outcomeType)|\($0.recorded.map(String.init) ?? "NA")|\($0.closed.map(String.init) ?? "NA")"
        }.sorted()
        return OutcomesFile(rows: rows, skippedAlternateOutcomeRows: skipped, sheets: sheets,
                            contentHash: HomeOfficeTable.hash(prefix: "confide.outcomes-file/v1\n", lines: lines))
    }
}
