import Foundation

/// A calendar date (no time, no zone) as the statistics count it: a request is in a period by the day it was
/// received, and days to decision are whole calendar days.
///
/// Accepts `YYYY-MM-DD`, or an ISO 8601 timestamp whose date part is taken as written (`2026-02-10T09:30:00Z`
/// is 10 February), so the result never depends on the machine's time zone.
public struct StatDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Fails unless the date exists (2026-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...StatDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or the date part of an ISO 8601 timestamp.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.count > 10 ? String(trimmed.prefix(10)) : trimmed
        if trimmed.count > 10 {
            let rest = trimmed.dropFirst(10)
            guard rest.first == "T" || rest.first == " " else { return nil }
        }
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for subtraction.
    public var dayNumber: Int {
        CalendarDay.daysFromCivil(year: year, month: month, day: day)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    public func days(to later: StatDate) -> Int { later.dayNumber - dayNumber }

    /// Today's date in UTC.
    public static func today(now: Date = Date()) -> StatDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return StatDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    public static func < (lhs: StatDate, rhs: StatDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = StatDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "\"\(text)\" is not a date (YYYY-MM-DD)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
