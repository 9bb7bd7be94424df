import Foundation

/// Which figure a recorded-crime row holds.
public enum RecordedCrimeMeasure: String, Sendable, CaseIterable {
    /// `Number of Offences`: offences recorded in that quarter. These add up over quarters.
    case quarter
    /// `Rolling year total number of offences`: the 12 months ending with that quarter. Never added to
    /// anything: four of them would count each offence four times.
    case rollingYear = "rolling_year"
}

/// One rape row of the police recorded crime table, by police force area (the charge-rate denominator).
public struct RecordedCrimeRow: Sendable, Equatable, Hashable {
    /// Normalised to `2025/26`.
    public let financialYear: String
    /// 1–4.
    public let quarter: Int
    /// As published, whitespace normalised.
    public let force: String
    /// The offence code (`19C`) when the file has the column, else the description or subgroup as published:
    /// what tells this row from the force's other rape rows in the same quarter.
    public let offence: String
    public let measure: RecordedCrimeMeasure
    /// nil when the cell is not a number (N/A…): missing, not zero. Negative corrections kept as published.
    public let offences: Int?
    /// The CSV line or the sheet row (header = 1).
    public let line: Int

    public var quarterLabel: String { "Q\(quarter)" }

    public init(financialYear: String, quarter: Int, force: String, offence: String, measure: RecordedCrimeMeasure, offences: Int?, line: Int) {
        self.financialYear = financialYear; self.quarter = quarter; self.force = force; self.offence = offence
        self.measure = measure; self.offences = offences; self.line = line
    }
}

/// The Home Office "police recorded crime by police force area" table (CSV, XLSX or ODS), read whole or not at
/// all, keeping the rape rows.
///
/// Columns (matched by normalised name and synonyms, like ``OutcomesFile``): `Financial Year`, `Financial
/// Quarter`, `Force Name`, `Offence Group`, `Offence Subgroup`, and at least one count column — `Number of
/// Offences` (quarterly) and/or `Rolling year total number of offences`; optional `Offence Code`, `Offence
/// Description`, and region/area-code columns that are ignored. An unknown column is an error naming it.
///
/// **Which rows are rape.** When the file has an `Offence Code` column and the row has a code: the code is one
/// of 19C–19H (the same rule as the outcomes side, so numerator and denominator cover the same offences). Else
/// (no code): `Offence Subgroup` is "Rape", or, when the subgroup is empty or absent, `Offence Description`
/// starts with "Rape" (`Rape of a female aged 16 and over`…). Every other row is still checked, then counted in
/// ``otherOffenceRows`` and dropped.
///
/// **Measures.** Quarterly counts and rolling-year totals are kept as separate rows (``RecordedCrimeRow/measure``),
/// never mixed: ``RecordedRapeRates`` uses only the quarterly ones.
///
/// Same value quirks as the outcomes file: years `2014/15`, `2020-21`, `2019/2020`; `Q1`…`Q4`; N/A variants
/// are missing, not zero; negatives kept; thousands separators; force names with whitespace normalised.
public struct RecordedCrimeFile: Sendable, Equatable {
    public let rows: [RecordedCrimeRow]
    /// Rows of other offences, checked and left out.
    public let otherOffenceRows: Int
    /// The measures the file carries (one or both).
    public let measures: Set<RecordedCrimeMeasure>
    /// The workbook sheets the rows came from (empty for CSV).
    public let sheets: [String]
    /// SHA-256 (hex) of the rape rows as understood (sorted canonical lines): the same table as CSV, XLSX or ODS,
    /// in any row order or header spelling, has the same hash.
    public let contentHash: String

    enum Column: String, CaseIterable {
        case financialYear = "Financial Year", quarter = "Financial Quarter", force = "Force Name"
        case group = "Offence Group", subgroup = "Offence Subgroup"
        case code = "Offence Code", description = "Offence Description"
        case quarterCount = "Number of Offences", rollingCount = "Rolling year total number of offences"
        case ignored
    }

    static let headerMap: [String: Column] = {
        var m: [String: Column] = [
            "financial year": .financialYear, "financial year of recording": .financialYear,
            "financial quarter": .quarter, "financial quarter of recording": .quarter, "quarter": .quarter,
            "offence group": .group, "offence subgroup": .subgroup, "offence sub group": .subgroup, "offence sub-group": .subgroup,
            "offence code": .code, "offence description": .description, "offence": .description,
            "offences": .quarterCount, "recorded offences": .quarterCount, "recorded crime": .quarterCount,
            "rolling year total offences": .rollingCount, "rolling 12 month total offences": .rollingCount,
            "rolling 12 months total offences": .rollingCount,
            "region": .ignored, "country": .ignored, "force code": .ignored, "pfa code": .ignored, "area code": .ignored,
            "ons code": .ignored, "offence code expired": .ignored,
        ]
        for name in HomeOfficeTable.forceHeaders { m[name] = .force }
        return m
    }()

    static let required: [Column] = [.financialYear, .quarter, .force]

    public static func parse(_ data: Data, fileName: String? = nil) throws(OutcomesFileError) -> RecordedCrimeFile {
        var table = RecordedCrimeTable()
        let sheets = try HomeOfficeTable.read(data, fileName: fileName, what: "police recorded crime table") { (cells, line, sheet) throws(OutcomesFileError) in
            try table.header(cells, line: line, sheet: sheet)
        } row: { (cells, line, sheet) throws(OutcomesFileError) in
            try table.row(cells, line: line, sheet: sheet)
        }
        return table.finish(sheets: sheets)
    }

    /// Whether a header (normalised names) is this layout's: it has a count of offences.
    static func isHeader(_ normalised: Set<String>) -> Bool {
        normalised.contains { headerMap[$0] == .quarterCount || headerMap[$0] == .rollingCount }
    }

    /// The rape rule (see the type's documentation).
    static func isRape(code: String?, subgroup: String?, description: String?) -> Bool {
        if let code, !code.isEmpty { return OutcomesFile.rapeOffenceCodes.contains(code) }
        if let subgroup, !subgroup.isEmpty { return subgroup.lowercased() == "rape" }
        guard let d = description?.lowercased() else { return false }
        return d == "rape" || d.hasPrefix("rape ")
    }
}

/// The row parser of the recorded-crime layout.
struct RecordedCrimeTable {
    typealias Column = RecordedCrimeFile.Column

    private var header: [String] = []
    private var position: [Column: Int] = [:]
    private(set) var rows: [RecordedCrimeRow] = []
    private var other = 0
    private var measures: Set<RecordedCrimeMeasure> = []
    private var seen: [String: (sheet: String?, line: Int)] = [:]

    mutating func header(_ cells: [String], line: Int, sheet: String?) throws(OutcomesFileError) {
        header = cells
        position = try headerPositions(cells, map: RecordedCrimeFile.headerMap, ignored: .ignored,
                                       table: "the police recorded crime table", line: line, sheet: sheet)
        for required in RecordedCrimeFile.required where position[required] == nil {
            throw OutcomesFileError(sheet: sheet, row: line, column: required.rawValue, message: "is missing from the header")
        }
        guard position[.quarterCount] != nil || position[.rollingCount] != nil else {
            throw OutcomesFileError(sheet: sheet, row: line, column: Column.quarterCount.rawValue, message: "is missing from the header (or Rolling year total number of offences)")
        }
        guard position[.code] != nil || position[.subgroup] != nil || position[.description] != nil else {
            throw OutcomesFileError(sheet: sheet, row: line, column: Column.subgroup.rawValue, message: "is missing from the header (or Offence Code / Offence Description): rape rows cannot be told apart")
        }
    }

    mutating func row(_ fields: [String], line: Int, sheet: String?) throws(OutcomesFileError) {
        let position = self.position, header = self.header
        func field(_ c: Column) -> String? { position[c].map { fields[$0].trimmedSpaces } }
        func fail(_ c: Column, _ message: String) -> OutcomesFileError {
            OutcomesFileError(sheet: sheet, row: line, column: header[position[c]!], message: message)
        }
        guard let year = OutcomesFile.normaliseFinancialYear(field(.financialYear)!) else {
            throw fail(.financialYear, "\"\(field(.financialYear)!)\" is not a financial year like 2025/26")
        }
        guard let quarter = HomeOfficeTable.quarter(field(.quarter)!) else {
            throw fail(.quarter, "\"\(field(.quarter)!)\" is not a quarter (Q1–Q4)")
        }
        let force = HomeOfficeTable.forceName(field(.force)!)
        guard !force.isEmpty else { throw fail(.force, "is empty") }
        let code = field(.code)?.uppercased()
        if let code, code.count > 12 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "/.-".contains($0)) }) {
            throw fail(.code, "\"\(field(.code)!)\" is not an offence code")
        }
        var counts: [(RecordedCrimeMeasure, Int?)] = []
        for (column, measure) in [(Column.quarterCount, RecordedCrimeMeasure.quarter), (.rollingCount, .rollingYear)] where position[column] != nil {
            do { counts.append((measure, try OutcomesFile.count(field(column)!))) } catch { throw fail(column, error.message) }
        }
        let subgroup = field(.subgroup).map(HomeOfficeTable.forceName)
        let description = field(.description).map(HomeOfficeTable.forceName)
        guard RecordedCrimeFile.isRape(code: code, subgroup: subgroup, description: description) else {
            other += 1
            return
        }
        let offence = [code, description, subgroup].compactMap { $0 }.first { !$0.isEmpty } ?? "Rape"
        for (measure, value) in counts {
            let key = "\(year)|\(quarter)|\(force.lowercased())|\(offence.lowercased())|\(measure.rawValue)"
            if let first = seen[key] {
                let whereFirst = first.sheet.map { $0 == sheet ? "row \(first.line)" : "row \(first.line) of sheet \"\($0)\"" } ?? "row \(first.line)"
                throw OutcomesFileError(sheet: sheet, row: line, column: "(row)", message: "repeats \(whereFirst) (same year, quarter, force and offence)")
            }
            seen[key] = (sheet, line)
            measures.insert(measure)
            rows.append(RecordedCrimeRow(financialYear: year, quarter: quarter, force: force, offence: offence,
                                         measure: measure, offences: value, line: line))
        }
    }

    func finish(sheets: [String]) -> RecordedCrimeFile {
        let lines = rows.map {
            "\($0.financialYear)|Q\($0.quarter)|\($0.force)|\($0.offence)|\($0.measure.rawValue)|\($0.offences.map(String.init) ?? "NA")"
        }.sorted()
        return RecordedCrimeFile(rows: rows, otherOffenceRows: other, measures: measures, sheets: sheets,
                                 contentHash: HomeOfficeTable.hash(prefix: "confide.recorded-crime-file/v1\n", lines: lines))
    }
}
