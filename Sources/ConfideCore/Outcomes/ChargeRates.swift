import Foundation

/// Which count column the figures use.
public enum OutcomesBasis: String, Sendable, CaseIterable {
    /// Outcomes assigned in the quarter to investigations closed then, whatever the offence's recording date
    /// (describes decisions made in the quarter). The default.
    case closed
    /// Outcomes, to date, for offences recorded in the quarter (recent quarters undercount: investigations open).
    case recorded
}

/// A grouping field for `--by`.
public enum OutcomesGrouping: String, Sendable, CaseIterable {
    case force, year, quarter

    /// `force,quarter` → [.force, .quarter]; an unknown or repeated word is an error.
    public static func parseList(_ text: String) throws(OutcomesArgumentError) -> [OutcomesGrouping] {
        var out: [OutcomesGrouping] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let g = OutcomesGrouping(rawValue: word) else {
                throw OutcomesArgumentError(message: "--by: \"\(word)\" is not one of force, year, quarter")
            }
            guard !out.contains(g) else { throw OutcomesArgumentError(message: "--by: \(word) appears twice") }
            out.append(g)
        }
        guard !out.isEmpty else { throw OutcomesArgumentError(message: "--by needs at least one of force, year, quarter") }
        return out
    }
}

public struct OutcomesArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Charge/summons figures for rape (offence codes 19C–19H), contract `confide.outcomes/v1` (spec/outcomes.md).
///
/// Definitions, per group:
/// - `assigned` = Σ outcomes of types 1–22 (type 0, "not yet assigned an outcome", is never counted);
/// - `charged` = type 1 (charged/summonsed);
/// - `charge_rate` = charged ÷ assigned, to 4 decimal places; null when assigned is 0;
/// - `victim_does_not_support` = types 14 + 16; `no_suspect_identified` = type 18.
/// Missing cells (N/A…) are left out of the sums, never read as zero; negative corrections are added as
/// published. A group whose cells (types 1–22, chosen basis) are ALL missing has every figure null.
public struct ChargeRates: Sendable, Equatable {
    public static let schema = "confide.outcomes/v1"

    public struct Row: Sendable, Equatable {
        public let force: String?
        public let financialYear: String?
        /// `Q1`…`Q4`.
        public let quarter: String?
        public let assigned: Int?
        public let charged: Int?
        public let chargeRate: Double?
        public let victimDoesNotSupport: Int?
        public let noSuspectIdentified: Int?
    }

    public let offence: String
    public let basis: OutcomesBasis
    public let groupBy: [OutcomesGrouping]
    public let rows: [Row]

    /// Computes the figures from the rows of one or more files (pass every imported row; non-rape rows are
    /// ignored). Rows are sorted by force, then financial year, then quarter.
    public static func compute(_ rows: [OutcomesRow], by groupBy: [OutcomesGrouping], basis: OutcomesBasis = .closed) -> ChargeRates {
        struct Key: Hashable, Comparable {
            let force: String?, year: String?, quarter: Int?
            static func < (a: Key, b: Key) -> Bool {
                if a.force != b.force { return (a.force ?? "") < (b.force ?? "") }
                if a.year != b.year { return (a.year ?? "") < (b.year ?? "") }
                return (a.quarter ?? 0) < (b.quarter ?? 0)
            }
        }
        var groups: [Key: [OutcomesRow]] = [:]
        for row in rows where OutcomesFile.rapeOffenceCodes.contains(row.offenceCode) {
            let key = Key(force: groupBy.contains(.force) ? row.force : nil,
                          year: groupBy.contains(.year) ? row.financialYear : nil,
                          quarter: groupBy.contains(.quarter) ? row.quarter : nil)
            groups[key, default: []].append(row)
        }
        let out: [Row] = groups.keys.sorted().map { key in
            let assignedRows = groups[key]!.filter { (1...22).contains($0.outcomeType) }
            let values = assignedRows.compactMap { r in r.count(basis).map { (r.outcomeType, $0) } }
            let allMissing = !assignedRows.isEmpty && values.isEmpty
            func sum(_ types: Set<Int>) -> Int? { allMissing ? nil : values.filter { types.contains($0.0) }.reduce(0) { $0 + $1.1 } }
            let assigned = sum(Set(1...22))
            let charged = sum([1])
            var rate: Double?
            if let assigned, let charged, assigned != 0 {
                rate = (Double(charged) / Double(assigned) * 10_000).rounded() / 10_000
            }
            return Row(force: key.force, financialYear: key.year, quarter: key.quarter.map { "Q\($0)" },
                       assigned: assigned, charged: charged, chargeRate: rate,
                       victimDoesNotSupport: sum([14, 16]), noSuspectIdentified: sum([18]))
        }
        return ChargeRates(offence: "rape", basis: basis, groupBy: groupBy, rows: out)
    }

    static func number(_ v: Int?) -> String { v.map(String.init) ?? "null" }

    /// A rate with at most 4 decimals and no trailing zeros (`0.0218`, `0.5`, `0`).
    static func rateText(_ r: Double) -> String {
        var s = String(format: "%.4f", r)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// One row's figures, in order, as JSON values (null when missing); the CSV writes null as an empty cell.
    func figures(_ row: Row) -> [(name: String, value: String)] {
        [("assigned", Self.number(row.assigned)), ("charged", Self.number(row.charged)),
         ("charge_rate", row.chargeRate.map(Self.rateText) ?? "null"),
         ("victim_does_not_support", Self.number(row.victimDoesNotSupport)),
         ("no_suspect_identified", Self.number(row.noSuspectIdentified))]
    }

    /// The JSON of spec/outcomes.md, one row per line.
    public var json: String {
        OutcomesTableText.json(schema: Self.schema, offence: offence, basis: basis, groupBy: groupBy,
                               rows: rows.map { (($0.force, $0.financialYear, $0.quarter), figures($0)) })
    }

    /// CSV with the grouping columns first; null figures are empty cells.
    public var csv: String {
        OutcomesTableText.csv(groupBy: groupBy, figureNames: ["assigned", "charged", "charge_rate", "victim_does_not_support", "no_suspect_identified"],
                              rows: rows.map { (($0.force, $0.financialYear, $0.quarter), figures($0)) })
    }

    /// The definition, in plain English, for the page beside the figures.
    public static func definition(basis: OutcomesBasis) -> String {
        let base = basis == .closed
            ? "outcomes assigned in the quarter to rape investigations closed in that quarter (whenever the offence was recorded)"
            : "outcomes so far for rapes recorded in the quarter (recent quarters rise as investigations finish)"
        return "Charge rate = rapes charged or summonsed (outcome 1) ÷ rapes assigned an outcome (outcomes 1–22), using \(base). "
            + "Rape means Home Office offence codes 19C–19H. \"Victim does not support action\" is outcomes 14 and 16; "
            + "\"no suspect identified\" is outcome 18. Source: Home Office crime outcomes open data; \"N/A\" cells are missing, not zero."
    }
}

/// How both outcomes tables (the charge rates of spec/outcomes.md and charges per recorded rape) are written: the
/// grouping columns first, then the figures; JSON one row per line, CSV with null figures as empty cells.
enum OutcomesTableText {
    typealias Key = (force: String?, year: String?, quarter: String?)

    static func json(schema: String, offence: String, basis: OutcomesBasis, groupBy: [OutcomesGrouping],
                     rows: [(key: Key, figures: [(name: String, value: String)])]) -> String {
        let rowTexts = rows.map { row -> String in
            var parts: [String] = []
            if groupBy.contains(.force) { parts.append("\"force\": " + StatsJSON.quote(row.key.force ?? "")) }
            if groupBy.contains(.year) { parts.append("\"financial_year\": " + StatsJSON.quote(row.key.year ?? "")) }
            if groupBy.contains(.quarter) { parts.append("\"quarter\": " + StatsJSON.quote(row.key.quarter ?? "")) }
            parts += row.figures.map { "\"\($0.name)\": \($0.value)" }
            return "{" + parts.joined(separator: ", ") + "}"
        }
        return "{\"schema\": \"\(schema)\", \"offence\": \"\(offence)\", \"basis\": \"\(basis.rawValue)\",\n"
            + " \"rows\": [" + rowTexts.joined(separator: ",\n          ") + "]}\n"
    }

    static func csv(groupBy: [OutcomesGrouping], figureNames: [String], rows: [(key: Key, figures: [(name: String, value: String)])]) -> String {
        var header: [String] = []
        if groupBy.contains(.force) { header.append("force") }
        if groupBy.contains(.year) { header.append("financial_year") }
        if groupBy.contains(.quarter) { header.append("quarter") }
        var lines = [(header + figureNames).joined(separator: ",")]
        for row in rows {
            var cells: [String] = []
            if groupBy.contains(.force) { cells.append(CSVField.escape(row.key.force ?? "")) }
            if groupBy.contains(.year) { cells.append(row.key.year ?? "") }
            if groupBy.contains(.quarter) { cells.append(row.key.quarter ?? "") }
            cells += row.figures.map { $0.value == "null" ? "" : $0.value }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
