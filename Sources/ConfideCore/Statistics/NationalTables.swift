import Foundation

/// National tables for one period, merged from verified centre returns.
///
/// ## How national cells are made, and why no small count can be recovered
/// Every national figure is the SUM of the centres' PUBLISHED (already protected) figures — "route A" in
/// `domain/statistics.md`. The hub never sees a true count and computes nothing from one. So:
/// - everything the hub publishes is a function of what the centres published; together they reveal nothing
///   that the centres' own publications did not;
/// - in particular national − Σ(other centres) equals the remaining centre's PUBLISHED value exactly, never
///   its true value: the differencing attack returns a number that was already public and already rounded;
/// - sums of unbiased rounding stay unbiased (error SD ≤ 2.5·√centres per cell);
/// - a centre's breakdown that it withheld is simply missing: the national table says how many centres are
///   included, and the hub does not "fill in" the gap from totals.
/// The hub accepts one return per centre and period and refuses a changed one, so a centre cannot be made to
/// publish two versions of the same period that could be differenced.
///
/// The remaining channel is inside each centre's own publications (several periods that overlap — a year and
/// its quarters — give extra equations); ``DisclosureControl`` and the attack test cover it.
///
/// A national breakdown is shown only when its summed group is at least the policy's minimum (15); this uses
/// published numbers only. Medians cannot be added up: the hub reports the median of the centres' published
/// medians, only when at least 3 centres published one.
public struct NationalTables: Sendable, Equatable {
    public static let schema = "confide.stats-national/v1"

    public struct Cell: Sendable, Equatable {
        public let category: String
        public let count: Int
    }

    public struct Table: Sendable, Equatable {
        public let id: TableID
        /// Sum of the included centres' published group counts.
        public let group: Int
        /// Centres whose breakdown is in the table / centres that withheld it.
        public let centresIncluded: Int
        public let centresWithheld: Int
        /// nil when withheld nationally (group under the minimum).
        public let cells: [Cell]?
        public func count(_ category: String) -> Int? { cells?.first { $0.category == category }?.count }
    }

    /// A single national count with the number of centres it adds up.
    public struct Count: Sendable, Equatable {
        public let value: Int
        public let centres: Int
    }

    public let period: Period
    public let centres: [String]
    public let totalRequests: Count
    public let decidedRequests: Count
    public let narrowedAfterReply: Count
    public let withdrawnAfterReply: Count
    public let medianOfCentreMedians: Int?
    public let centresWithMedian: Int
    public let tables: [Table]
    public let minimumPublishedGroup: Int

    public func table(_ id: TableID) -> Table? { tables.first { $0.id == id } }

    /// Merges verified returns for ONE period (one per centre).
    public static func merge(_ returns: [VerifiedReturn], period: Period) throws(NationalMergeError) -> NationalTables {
        var byCentre: [String: VerifiedReturn] = [:]
        for r in returns {
            guard r.period == period else { throw .wrongPeriod(centre: r.centre, period: r.period.description, expected: period.description) }
            guard byCentre[r.centre] == nil else { throw .twoReturns(centre: r.centre, period: period.description) }
            byCentre[r.centre] = r
        }
        let stats = byCentre.keys.sorted().map { byCentre[$0]!.statistics }
        let minimum = stats.map(\.policy.minimumPublishedGroup).max() ?? DisclosurePolicy.v1.minimumPublishedGroup
        func sum(_ values: [Int?]) -> Count {
            let present = values.compactMap { $0 }
            return Count(value: present.reduce(0, +), centres: present.count)
        }
        var tables: [Table] = []
        for id in TableID.allCases {
            let shown = stats.compactMap { s -> ProtectedStatistics.Table? in
                guard let t = s.table(id), t.cells != nil, t.group != nil else { return nil }
                return t
            }
            var totals: [String: Int] = [:]
            var order: [String] = []
            for t in shown {
                for c in t.cells! {
                    if totals[c.category] == nil { order.append(c.category) }
                    totals[c.category, default: 0] += c.count
                }
            }
            let group = shown.reduce(0) { $0 + $1.group! }
            let cells = group >= minimum && !shown.isEmpty ? order.map { Cell(category: $0, count: totals[$0]!) } : nil
            tables.append(Table(id: id, group: group, centresIncluded: shown.count, centresWithheld: stats.count - shown.count, cells: cells))
        }
        let medians = stats.compactMap(\.medianDaysToDecision).sorted()
        var medianOfMedians: Int?
        if medians.count >= 3 {
            let n = medians.count
            medianOfMedians = n % 2 == 1 ? medians[n / 2] : (medians[n / 2 - 1] + medians[n / 2] + 1) / 2
        }
        return NationalTables(
            period: period, centres: byCentre.keys.sorted(),
            totalRequests: sum(stats.map(\.totalRequests)), decidedRequests: sum(stats.map(\.decidedRequests)),
            narrowedAfterReply: sum(stats.map(\.narrowedAfterReply)), withdrawnAfterReply: sum(stats.map(\.withdrawnAfterReply)),
            medianOfCentreMedians: medianOfMedians, centresWithMedian: medians.count, tables: tables,
            minimumPublishedGroup: minimum)
    }

    /// Merges returns of any periods: one national table per period, in period order.
    public static func mergeByPeriod(_ returns: [VerifiedReturn]) throws(NationalMergeError) -> [NationalTables] {
        let periods = Set(returns.map(\.period)).sorted()
        var out: [NationalTables] = []
        for p in periods { out.append(try merge(returns.filter { $0.period == p }, period: p)) }
        return out
    }

    /// `confide.stats-national/v1` JSON.
    public var json: StatsJSON {
        func count(_ c: Count) -> StatsJSON { .object([("value", .int(c.value)), ("centres", .int(c.centres))]) }
        return .object([
            ("schema", .string(Self.schema)),
            ("period", .string(period.description)),
            ("method", .string("sum of the centres' published (protected) figures; national minus other centres gives only a centre's published figure")),
            ("centres", .array(centres.map { .string($0) })),
            ("counts", .object([
                ("total_requests", count(totalRequests)),
                ("decided_requests", count(decidedRequests)),
                ("narrowed_after_reply", count(narrowedAfterReply)),
                ("withdrawn_after_reply", count(withdrawnAfterReply)),
            ])),
            ("median_of_centre_medians", medianOfCentreMedians.map { .int($0) } ?? .null),
            ("centres_with_median", .int(centresWithMedian)),
            ("tables", .array(tables.map { t in
                .object([
                    ("id", .string(t.id.rawValue)),
                    ("title", .string(t.id.title)),
                    ("population", .string(t.id.population.rawValue)),
                    ("group", .int(t.group)),
                    ("centres_included", .int(t.centresIncluded)),
                    ("centres_withheld", .int(t.centresWithheld)),
                    ("cells", t.cells.map { .array($0.map { .object([("category", .string($0.category)), ("count", .int($0.count))]) }) } ?? .null),
                ])
            })),
        ])
    }

    public var jsonText: String { json.prettyText }

    /// Long CSV, one row per figure, so several periods can be concatenated into a trend:
    /// `period,table,category,count,centres` — counts as `total_requests` etc. under table `counts`; a withheld
    /// national breakdown has no rows.
    public var csv: String { Self.csvHeader + csvRows.joined() }

    public static let csvHeader = "period,table,category,count,centres\n"

    public var csvRows: [String] {
        let p = period.description
        var rows = [
            "\(p),counts,total_requests,\(totalRequests.value),\(totalRequests.centres)\n",
            "\(p),counts,decided_requests,\(decidedRequests.value),\(decidedRequests.centres)\n",
            "\(p),counts,narrowed_after_reply,\(narrowedAfterReply.value),\(narrowedAfterReply.centres)\n",
            "\(p),counts,withdrawn_after_reply,\(withdrawnAfterReply.value),\(withdrawnAfterReply.centres)\n",
        ]
        for t in tables {
            for c in t.cells ?? [] {
                rows.append("\(p),\(t.id.rawValue),\(CSVField.escape(c.category)),\(c.count),\(t.centresIncluded)\n")
            }
        }
        return rows
    }

    /// One series over periods for a chart: the national count of `category` in `table` per period (nil where
    /// withheld). Use `table: nil` with `category: "total_requests"` for the total.
    public static func trend(_ nationals: [NationalTables], table: TableID?, category: String) -> [(period: Period, count: Int?)] {
        nationals.sorted { $0.period < $1.period }.map { n in
            guard let table else {
                switch category {
                case "total_requests": return (n.period, n.totalRequests.value)
                case "decided_requests": return (n.period, n.decidedRequests.value)
                case "narrowed_after_reply": return (n.period, n.narrowedAfterReply.value)
                case "withdrawn_after_reply": return (n.period, n.withdrawnAfterReply.value)
                default: return (n.period, nil)
                }
            }
            return (n.period, n.table(table)?.count(category))
        }
    }
}

public enum NationalMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    case wrongPeriod(centre: String, period: String, expected: String)
    case twoReturns(centre: String, period: String)

    public var description: String {
        switch self {
        case let .wrongPeriod(c, p, e): return "the return from centre \(c) is for \(p), not \(e): national tables add up one period at a time"
        case let .twoReturns(c, p): return "two returns from centre \(c) for \(p)"
        }
    }
}

/// CSV quoting (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.
public enum CSVField {
    public static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
