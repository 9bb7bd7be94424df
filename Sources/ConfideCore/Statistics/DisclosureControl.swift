import Crypto
import Foundation

/// The centre's secret for disclosure control: 32 random bytes, generated once per installation, kept in the
/// centre's secret store, never exported, never sent to the hub. Rotating it re-draws every rounding direction,
/// so every figure the centre ever published could then be differenced against its new value: rotate only on
/// compromise, and never republish old periods after a rotation.
public struct DisclosureKey: Sendable {
    let bytes: Data

    /// At least 32 bytes.
    public init(bytes: Data) throws(DisclosureKeyError) {
        guard bytes.count >= 32 else { throw DisclosureKeyError(message: "the disclosure-control key must be at least 32 bytes, got \(bytes.count)") }
        self.bytes = bytes
    }

    /// 64 or more hex digits.
    public init(hex: String) throws(DisclosureKeyError) {
        guard let data = HexBytes.decode(hex) else { throw DisclosureKeyError(message: "the disclosure-control key is not hex") }
        try self.init(bytes: data)
    }

    public static func generate() -> DisclosureKey {
        let key = SymmetricKey(size: .bits256)
        return try! DisclosureKey(bytes: key.withUnsafeBytes { Data($0) })
    }

    /// The raw bytes, for the centre's secret store only.
    public var rawBytes: Data { bytes }

    private func tag(_ message: Data) -> UInt64 {
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: bytes))
        return Data(mac).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The keyed hash of a SET of record ids: order and repeats do not matter, so the same set gets the same
    /// tag in every table and every period.
    func cellTag(_ recordIDs: [String]) -> UInt64 {
        var message = Data("confide.sdc.cell/v1".utf8)
        message.append(0)
        for id in Set(recordIDs).sorted() {
            let utf8 = Data(id.utf8)
            withUnsafeBytes(of: UInt32(utf8.count).bigEndian) { message.append(contentsOf: $0) }
            message.append(utf8)
        }
        return tag(message)
    }

    /// The keyed hash of an EMPTY cell, named by period, table and category (an empty set names nothing).
    func emptyCellTag(_ identity: String) -> UInt64 {
        var message = Data("confide.sdc.empty/v1".utf8)
        message.append(0)
        message.append(Data(identity.utf8))
        return tag(message)
    }

    func orderingTag(_ requestID: String) -> UInt64 {
        var message = Data("confide.sdc.order/v1".utf8)
        message.append(0)
        message.append(Data(requestID.utf8))
        return tag(message)
    }
}

public struct DisclosureKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The parameters of disclosure-control profile `confide-sdc/v1`. They are written into every return so the
/// hub (and any reader) knows exactly what a published figure can mean.
public struct DisclosurePolicy: Sendable, Equatable, Codable {
    /// `confide-sdc/v1`.
    public var profile: String
    /// Every published count is a multiple of this.
    public var roundingBase: Int
    /// A breakdown (and a median) is shown only when the group's PUBLISHED count is at least this. 15 means a
    /// true count of at least 11, so no group under 10 is ever broken down; and because the test uses only
    /// published numbers, withholding a breakdown reveals nothing that the published count did not.
    public var minimumPublishedGroup: Int
    /// An empty cell is published as 5 in 1 case out of this many (by a keyed hash of the cell's name), so that
    /// a published 5 never proves that a cell is non-empty. See ``DisclosureControl``.
    public var emptyCellPublishedAsFiveOneIn: Int
    /// At most this many requests per survivor count in one period (the earliest); nil for no bound.
    public var maxRequestsPerSurvivor: Int?

    public static let v1 = DisclosurePolicy(profile: "confide-sdc/v1", roundingBase: 5, minimumPublishedGroup: 15,
                                            emptyCellPublishedAsFiveOneIn: 20, maxRequestsPerSurvivor: 3)

    public init(profile: String, roundingBase: Int, minimumPublishedGroup: Int, emptyCellPublishedAsFiveOneIn: Int,
                maxRequestsPerSurvivor: Int?) {
        self.profile = profile
        self.roundingBase = roundingBase
        self.minimumPublishedGroup = minimumPublishedGroup
        self.emptyCellPublishedAsFiveOneIn = emptyCellPublishedAsFiveOneIn
        self.maxRequestsPerSurvivor = maxRequestsPerSurvivor
    }

    /// The smallest true count a published group count of ``minimumPublishedGroup`` can hide.
    public var smallestTrueGroupBrokenDown: Int { minimumPublishedGroup - roundingBase + 1 }
}

/// Disclosure control, profile `confide-sdc/v1`: keyed unbiased rounding to multiples of 5, with the empty-cell
/// rule and group thresholds below. This is the rule every published figure (centre page, return, national
/// table) goes through.
///
/// ## The rule
/// 1. **Non-empty cell, true count n.** Let r = n mod 5. If r = 0 publish n. Otherwise take the keyed hash
///    HMAC-SHA256(centre key, sorted set of the cell's request ids), read its first 8 bytes as a number h, and
///    publish n − r + 5 (round up) if h mod 5 < r, else n − r (round down). So a cell rounds up with
///    probability r/5: the expected published value is exactly n (no bias, national sums stay honest), and the
///    direction is fixed by WHICH records are in the cell — the same set of requests gets the same value in
///    every table, every run, every export; re-asking never averages the noise away.
/// 2. **Empty cell.** Published 5 when HMAC(centre key, period | table | category) mod 20 = 0, else 0.
/// 3. **Groups.** A table is broken down only when its population's published count is ≥ 15 (true ≥ 11);
///    otherwise the whole breakdown is withheld and says so. The median days to decision is published only
///    when the published number of decided requests is ≥ 15 (true ≥ 11, so the ≥ 10 rule holds).
/// 4. **Contribution bound.** At most 3 requests per survivor count in a period.
///
/// ## Why a true zero is not always published as 0
/// Unbiased rounding must publish a true 1 as 5 one time in five. If a true zero were ALWAYS published as 0,
/// then every published 5 would prove "at least one request" — and with the total beside it, an attacker can
/// cap the cell from above: a table with one large cell rounded up and a total rounded down ("total 15, police
/// 15 (so ≥ 11), defence 5") pins defence to 1–4 by subtraction, a few per cent of the time in ordinary data.
/// Rule 2 makes 0 a possible true value behind every published 5, so no published value, alone or subtracted
/// from others, can exclude zero through the cell's own interval: the only way left to prove a cell non-empty
/// is through its complement (total minus the other cells), and every other cell contributes up to 4 unknown
/// requests of slack to that difference (9 for a published 5), so it cannot reach 1 while any other category
/// in the table is empty or not rounded down by the maximum. The price is a small upward bias on cells that are
/// truly empty: +0.25 in expectation per empty cell (1/20 × 5), stated in the return.
///
/// A published 0 still means "0 to 4" and a published 5 means "0 to 9", so the rounding never puts 1–4 in a
/// class of its own. Exact pinning would need a published value whose interval is a single number; with
/// rounding every interval has 5 to 9 members before subtraction.
///
/// ## National tables
/// See ``NationalTables``: national cells are sums of the centres' published cells (post-processing), so
/// "national minus the other centres" returns exactly what the centre already published.
public enum DisclosureControl {
    /// The published value of one cell.
    /// - Parameters:
    ///   - recordIDs: the ids of the requests in the cell.
    ///   - emptyCellName: names the cell when it is empty (period | table | category); unused otherwise.
    public static func protectedCount(recordIDs: [String], emptyCellName: String, key: DisclosureKey,
                                      policy: DisclosurePolicy = .v1) -> Int {
        let n = Set(recordIDs).count
        let base = policy.roundingBase
        if n == 0 {
            let oneIn = UInt64(max(1, policy.emptyCellPublishedAsFiveOneIn))
            return key.emptyCellTag(emptyCellName) % oneIn == 0 ? base : 0
        }
        let r = n % base
        if r == 0 { return n }
        return key.cellTag(recordIDs) % UInt64(base) < UInt64(r) ? n - r + base : n - r
    }

    /// Protects a centre's tables for publication: every count rounded, small groups withheld.
    public static func protect(_ tables: CentreTables, key: DisclosureKey, policy: DisclosurePolicy = .v1) -> ProtectedStatistics {
        let period = tables.period.description
        func count(_ ids: [String], _ name: String) -> Int {
            protectedCount(recordIDs: ids, emptyCellName: "\(period)|\(name)", key: key, policy: policy)
        }
        let total = count(tables.all, "total")
        let threshold = policy.minimumPublishedGroup
        let smallGroup = "withheld: the group's published count is under \(threshold), so it may hold fewer than 10 requests"
        guard total >= threshold else {
            return ProtectedStatistics(
                period: tables.period, policy: policy, totalRequests: total, decidedRequests: nil, narrowedAfterReply: nil,
                withdrawnAfterReply: nil, medianDaysToDecision: nil,
                tables: TableID.allCases.map { ProtectedStatistics.Table(id: $0, group: $0.population == .requests ? total : nil, cells: nil, withheld: smallGroup) })
        }
        let decided = count(tables.decided, "decided")
        let out: [ProtectedStatistics.Table] = tables.tables.map { table in
            let group = table.id.population == .requests ? total : decided
            guard group >= threshold else {
                return ProtectedStatistics.Table(id: table.id, group: group, cells: nil, withheld: smallGroup)
            }
            let cells = table.cells.map {
                ProtectedStatistics.Cell(category: $0.category, count: count($0.recordIDs, "\(table.id.rawValue)|\($0.category)"))
            }
            return ProtectedStatistics.Table(id: table.id, group: group, cells: cells, withheld: nil)
        }
        return ProtectedStatistics(
            period: tables.period, policy: policy, totalRequests: total, decidedRequests: decided,
            narrowedAfterReply: count(tables.narrowedAfterReply, "narrowed_after_reply"),
            withdrawnAfterReply: count(tables.withdrawnAfterReply, "withdrawn_after_reply"),
            medianDaysToDecision: decided >= threshold ? tables.medianDaysToDecision : nil,
            tables: out)
    }

    /// The same structure as ``protect(_:key:policy:)`` but with TRUE counts and no withholding. For the
    /// disclosure-attack test and the centre's private page only: never export or sign it.
    public static func unprotected(_ tables: CentreTables, policy: DisclosurePolicy = .v1) -> ProtectedStatistics {
        ProtectedStatistics(
            period: tables.period, policy: policy, totalRequests: tables.total, decidedRequests: tables.decided.count,
            narrowedAfterReply: tables.narrowedAfterReply.count, withdrawnAfterReply: tables.withdrawnAfterReply.count,
            medianDaysToDecision: tables.medianDaysToDecision,
            tables: tables.tables.map { table in
                ProtectedStatistics.Table(id: table.id, group: table.id.population == .requests ? tables.total : tables.decided.count,
                                          cells: table.cells.map { .init(category: $0.category, count: $0.count) }, withheld: nil)
            })
    }
}

/// A centre's statistics for one period after disclosure control: what the centre page shows and what a
/// return carries. Holds no record ids and no true counts.
public struct ProtectedStatistics: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public let category: String
        public let count: Int
        public init(category: String, count: Int) {
            self.category = category
            self.count = count
        }
    }

    public struct Table: Sendable, Equatable {
        public let id: TableID
        /// The published count of the table's population (total or decided requests); nil when that count is
        /// itself withheld.
        public let group: Int?
        /// nil when withheld.
        public let cells: [Cell]?
        /// Why the breakdown is withheld, in plain English; nil when shown.
        public let withheld: String?

        public init(id: TableID, group: Int?, cells: [Cell]?, withheld: String?) {
            self.id = id
            self.group = group
            self.cells = cells
            self.withheld = withheld
        }

        public func count(_ category: String) -> Int? { cells?.first { $0.category == category }?.count }
    }

    public let period: Period
    public let policy: DisclosurePolicy
    public let totalRequests: Int
    /// nil when withheld (total under the threshold).
    public let decidedRequests: Int?
    public let narrowedAfterReply: Int?
    public let withdrawnAfterReply: Int?
    /// Whole days; nil when withheld (fewer than the threshold decided) or none decided.
    public let medianDaysToDecision: Int?
    public let tables: [Table]

    public init(period: Period, policy: DisclosurePolicy, totalRequests: Int, decidedRequests: Int?,
                narrowedAfterReply: Int?, withdrawnAfterReply: Int?, medianDaysToDecision: Int?, tables: [Table]) {
        self.period = period
        self.policy = policy
        self.totalRequests = totalRequests
        self.decidedRequests = decidedRequests
        self.narrowedAfterReply = narrowedAfterReply
        self.withdrawnAfterReply = withdrawnAfterReply
        self.medianDaysToDecision = medianDaysToDecision
        self.tables = tables
    }

    public func table(_ id: TableID) -> Table? { tables.first { $0.id == id } }
}

/// Hex encoding for keys.
public enum HexBytes {
    public static func decode(_ text: String) -> Data? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count % 2 == 0 else { return nil }
        var data = Data(capacity: t.count / 2)
        var index = t.startIndex
        while index < t.endIndex {
            let next = t.index(index, offsetBy: 2)
            guard let byte = UInt8(t[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        return data
    }

    public static func encode(_ data: some Sequence<UInt8>) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
