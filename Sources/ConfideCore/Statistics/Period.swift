import Foundation

/// A statistics period: a calendar month (`2026-03`), a calendar quarter (`2026-Q1` = January–March) or a
/// calendar year (`2026`). The text form is the identity used in returns, file names and national tables.
///
/// Requests belong to a period by the day they were received.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case month, quarter, year }

    public let kind: Kind
    public let year: Int
    /// 1–12 for a month, 1–4 for a quarter, 0 for a year.
    public let index: Int

    public static func month(_ year: Int, _ month: Int) -> Period? {
        (1...9999).contains(year) && (1...12).contains(month) ? Period(kind: .month, year: year, index: month) : nil
    }

    public static func quarter(_ year: Int, _ quarter: Int) -> Period? {
        (1...9999).contains(year) && (1...4).contains(quarter) ? Period(kind: .quarter, year: year, index: quarter) : nil
    }

    public static func year(_ year: Int) -> Period? {
        (1...9999).contains(year) ? Period(kind: .year, year: year, index: 0) : nil
    }

    private init(kind: Kind, year: Int, index: Int) {
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// Parses `2026`, `2026-Q1` (also `2026-q1`) or `2026-03`; anything else is a `PeriodError`.
    public static func parse(_ text: String) throws(PeriodError) -> Period {
        let t = text.trimmingCharacters(in: .whitespaces)
        func digits(_ s: Substring, count: Int) -> Int? {
            s.count == count && s.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(s) : nil
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let y = digits(parts[0], count: 4), let p = Period.year(y) { return p }
        if parts.count == 2, let y = digits(parts[0], count: 4) {
            let second = parts[1]
            if second.count == 2, second.first == "Q" || second.first == "q", let q = digits(second.dropFirst(), count: 1),
               let p = Period.quarter(y, q) { return p }
            if let m = digits(second, count: 2), let p = Period.month(y, m) { return p }
        }
        throw PeriodError(text: text)
    }

    public var description: String {
        switch kind {
        case .year: return String(format: "%04d", year)
        case .quarter: return String(format: "%04d-Q%d", year, index)
        case .month: return String(format: "%04d-%02d", year, index)
        }
    }

    /// First and last day of the period, inclusive.
    public var firstDay: StatDate {
        switch kind {
        case .year: return StatDate(year: year, month: 1, day: 1)!
        case .quarter: return StatDate(year: year, month: (index - 1) * 3 + 1, day: 1)!
        case .month: return StatDate(year: year, month: index, day: 1)!
        }
    }

    public var lastDay: StatDate {
        let lastMonth: Int
        switch kind {
        case .year: lastMonth = 12
        case .quarter: lastMonth = index * 3
        case .month: lastMonth = index
        }
        return StatDate(year: year, month: lastMonth, day: StatDate.daysIn(month: lastMonth, year: year))!
    }

    public func contains(_ date: StatDate) -> Bool { firstDay <= date && date <= lastDay }

    /// True when every day of `other` is in `self` (a year contains its quarters and months).
    public func contains(_ other: Period) -> Bool { firstDay <= other.firstDay && other.lastDay <= lastDay }

    /// The period has ended by `date` (the day after its last day or later).
    public func hasEnded(by date: StatDate) -> Bool { lastDay < date }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.lastDay < rhs.lastDay
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try Period.parse(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A period that is not `YYYY`, `YYYY-Qn` or `YYYY-MM`.
public struct PeriodError: Error, Sendable, Equatable, CustomStringConvertible {
    public let text: String
    public var description: String {
        "\"\(text)\" is not a period: use a year (2026), a quarter (2026-Q1) or a month (2026-03)"
    }
}
