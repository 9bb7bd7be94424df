/// A date without a time of day, as written in a request ("2025-03-01", or the date part of a timestamp).
///
/// Deadlines and date ranges in requests are about days, and the day that matters is the one the writer meant in
/// their own time zone, so the date is taken as written rather than converted to UTC. Arithmetic uses a day number
/// (days since 1970-01-01) so that no `Calendar` or time zone is involved.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Days since 1970-01-01 (proleptic Gregorian).
    public let dayNumber: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.dayNumber = CalendarDay.daysFromCivil(year: year, month: month, day: day)
    }

    public init(dayNumber: Int) {
        let (y, m, d) = CalendarDay.civilFromDays(dayNumber)
        self.year = y
        self.month = m
        self.day = d
        self.dayNumber = dayNumber
    }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }
    public var isWeekend: Bool { weekday >= 5 }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Parses `YYYY-MM-DD`, optionally followed by a time (`T` or space, `HH:MM[:SS[.f]]`, optional `Z` or
    /// `±HH[:MM]`). Returns nil for anything else, including impossible dates such as 2025-02-30.
    public static func parse(_ text: String) -> CalendarDay? {
        let s = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var value = 0
            for i in range {
                let c = s[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard s.count >= 10, s[4] == 45, s[7] == 45,
              let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        guard let date = CalendarDay(year: y, month: m, day: d) else { return nil }
        if s.count == 10 { return date }
        // A time part must be well formed too: a malformed timestamp is an error, not a date.
        var i = 10
        guard s[i] == 84 || s[i] == 116 || s[i] == 32 else { return nil }
        i += 1
        guard let hh = digits(i..<(i + 2)), i + 2 < s.count, s[i + 2] == 58,
              let mm = digits((i + 3)..<(i + 5)), hh < 24, mm < 60 else { return nil }
        i += 5
        if i < s.count, s[i] == 58 {
            guard let ss = digits((i + 1)..<(i + 3)), ss < 61 else { return nil }
            i += 3
            if i < s.count, s[i] == 46 {
                i += 1
                let start = i
                while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
                guard i > start else { return nil }
            }
        }
        if i == s.count { return date }
        if s[i] == 90 || s[i] == 122 { return i + 1 == s.count ? date : nil }
        guard s[i] == 43 || s[i] == 45, let oh = digits((i + 1)..<(i + 3)), oh < 24 else { return nil }
        i += 3
        if i == s.count { return date }
        if s[i] == 58 { i += 1 }
        guard let om = digits(i..<(i + 2)), om < 60, i + 2 == s.count else { return nil }
        return date
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
