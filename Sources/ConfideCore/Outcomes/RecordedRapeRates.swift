import Foundation

/// Rapes charged beside rapes recorded, per group of ``ChargeRates``: a second, different rate.
///
/// `charges_per_recorded_rape` = charged (outcome 1, the chosen basis, exactly as in ``ChargeRates``) ÷ rapes
/// recorded by the police in the same force(s) and quarter(s). It is **not** the share of those recorded rapes
/// that were charged: the charges in a quarter mostly concern offences recorded earlier. Only quarterly
/// counts (``RecordedCrimeMeasure/quarter``) are summed; rolling-year totals are never used.
///
/// Per group: `recorded` = Σ quarterly recorded rapes (missing cells left out; null when every cell is missing or
/// there is none). The rate is null when charged or recorded is null, recorded is 0, or any (force, year,
/// quarter) in the group that has outcomes lacks a recorded figure — a partial denominator would inflate it
/// (e.g. British Transport Police after 2014/15).
public struct RecordedRapeRates: Sendable, Equatable {
    public static let schema = "confide.outcomes-recorded/v1"

    public struct Row: Sendable, Equatable {
        public let force: String?
        public let financialYear: String?
        public let quarter: String?
        public let charged: Int?
        public let recorded: Int?
        /// Periods (force, year, quarter) of the group with outcomes but no recorded-crime figure.
        public let periodsWithoutRecorded: Int
        public let chargesPerRecordedRape: Double?
    }

    public let basis: OutcomesBasis
    public let groupBy: [OutcomesGrouping]
    public let rows: [Row]

    /// Joins on the groups of `rates` (same grouping and basis); `outcomes` are the rows `rates` was computed from
    /// (to know which periods each group covers); `recorded` the recorded-crime rows of any files.
    public static func compute(_ rates: ChargeRates, outcomes: [OutcomesRow], recorded: [RecordedCrimeRow]) -> RecordedRapeRates {
        struct Period: Hashable { let force: String, year: String, quarter: Int }
        struct Key: Hashable { let force: String?, year: String?, quarter: String? }
        func key(_ p: Period) -> Key {
            Key(force: rates.groupBy.contains(.force) ? p.force : nil,
                year: rates.groupBy.contains(.year) ? p.year : nil,
                quarter: rates.groupBy.contains(.quarter) ? "Q\(p.quarter)" : nil)
        }
        /// A sum that stays null while every cell added is missing.
        struct Sum {
            var total = 0, any = false
            mutating func add(_ v: Int?) { if let v { total += v; any = true } }
            var value: Int? { any ? total : nil }
        }
        var periodTotals: [Period: Sum] = [:]
        for r in recorded where r.measure == .quarter {
            periodTotals[Period(force: r.force.lowercased(), year: r.financialYear, quarter: r.quarter), default: Sum()].add(r.offences)
        }
        var recordedByKey: [Key: Sum] = [:]
        for (p, sum) in periodTotals { recordedByKey[key(p), default: Sum()].add(sum.value) }
        var gaps: [Key: Set<Period>] = [:]
        for o in outcomes where OutcomesFile.rapeOffenceCodes.contains(o.offenceCode) {
            let p = Period(force: o.force.lowercased(), year: o.financialYear, quarter: o.quarter)
            if periodTotals[p]?.value == nil { gaps[key(p), default: []].insert(p) }
        }
        // Force names are matched without case, but shown as the outcomes file wrote them.
        let out = rates.rows.map { row -> Row in
            let k = Key(force: row.force?.lowercased(), year: row.financialYear, quarter: row.quarter)
            let rec = recordedByKey[k]?.value
            let missing = gaps[k]?.count ?? 0
            var rate: Double?
            if let charged = row.charged, let rec, rec > 0, missing == 0 {
                rate = (Double(charged) / Double(rec) * 10_000).rounded() / 10_000
            }
            return Row(force: row.force, financialYear: row.financialYear, quarter: row.quarter, charged: row.charged,
                       recorded: rec, periodsWithoutRecorded: missing, chargesPerRecordedRape: rate)
        }
        return RecordedRapeRates(basis: rates.basis, groupBy: rates.groupBy, rows: out)
    }

    func figures(_ row: Row) -> [(name: String, value: String)] {
        [("charged", ChargeRates.number(row.charged)), ("recorded_rapes", ChargeRates.number(row.recorded)),
         ("periods_without_recorded", String(row.periodsWithoutRecorded)),
         ("charges_per_recorded_rape", row.chargesPerRecordedRape.map(ChargeRates.rateText) ?? "null")]
    }

    public var json: String {
        OutcomesTableText.json(schema: Self.schema, offence: "rape", basis: basis, groupBy: groupBy,
                               rows: rows.map { (($0.force, $0.financialYear, $0.quarter), figures($0)) })
    }

    public var csv: String {
        OutcomesTableText.csv(groupBy: groupBy, figureNames: ["charged", "recorded_rapes", "periods_without_recorded", "charges_per_recorded_rape"],
                              rows: rows.map { (($0.force, $0.financialYear, $0.quarter), figures($0)) })
    }

    public static func definition(basis: OutcomesBasis) -> String {
        "Charges per recorded rape in the same period — not the same offences: rapes charged or summonsed (outcome 1, "
            + (basis == .closed ? "investigations closed in the period" : "offences recorded in the period")
            + ") ÷ rapes the police recorded in the same force(s) and quarter(s) (Home Office police recorded crime by "
            + "police force area, quarterly counts). Most charges in a quarter concern rapes recorded earlier, so this is "
            + "not the share of those recorded rapes that were charged. Shown only where every quarter has a recorded figure."
    }
}
