/// Which days count as working days when a deadline is measured.
///
/// England and Wales bank holidays are computed (New Year, Good Friday, Easter Monday, the May and August
/// Mondays, Christmas and Boxing Day, with the usual substitute days), so the calendar does not run out; one-off
/// holidays proclaimed for a single year are listed in the rulebook (`working_days.extra_closed_days`).
public struct WorkingDayCalendar: Sendable, Equatable {
    public enum Holidays: String, Sendable, CaseIterable {
        case englandAndWales = "england-and-wales"
        /// Weekends only.
        case none
    }

    public let holidays: Holidays
    public let extraClosedDays: Set<CalendarDay>

    public init(holidays: Holidays, extraClosedDays: Set<CalendarDay> = []) {
        self.holidays = holidays
        self.extraClosedDays = extraClosedDays
    }

    public static let weekendsOnly = WorkingDayCalendar(holidays: .none)

    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        if day.isWeekend || extraClosedDays.contains(day) { return false }
        switch holidays {
        case .none: return true
        case .englandAndWales: return !WorkingDayCalendar.englandAndWalesBankHolidays(day.year).contains(day)
        }
    }

    /// Working days after `start` up to and including `end`: a reply due the same day has 0, the next working
    /// day 1. Negative when `end` is before `start`.
    public func workingDays(after start: CalendarDay, through end: CalendarDay) -> Int {
        if end < start { return -workingDays(after: end, through: start) }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The bank holidays of England and Wales in a year, substitute days included.
    public static func englandAndWalesBankHolidays(_ year: Int) -> Set<CalendarDay> {
        var days = Set<CalendarDay>()
        func date(_ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: year, month: m, day: d)! }
        // New Year's Day, or the Monday after it falls at a weekend.
        var newYear = date(1, 1)
        while newYear.isWeekend { newYear = newYear.adding(days: 1) }
        days.insert(newYear)
        let easter = easterSunday(year)
        days.insert(easter.adding(days: -2))
        days.insert(easter.adding(days: 1))
        days.insert(firstMonday(of: 5, year: year))
        days.insert(lastMonday(of: 5, year: year))
        days.insert(lastMonday(of: 8, year: year))
        // Christmas and Boxing Day move to the next free weekdays when they fall at a weekend.
        var christmas = date(12, 25)
        var boxing = date(12, 26)
        switch christmas.weekday {
        case 5: christmas = date(12, 27); boxing = date(12, 28)   // Saturday
        case 6: christmas = date(12, 27)                           // Sunday: Boxing Day Monday stays
        case 4: boxing = date(12, 28)                              // Friday: Boxing Day is Saturday
        default: break
        }
        days.insert(christmas)
        days.insert(boxing)
        return days
    }

    /// Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm.
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = ((h + l - 7 * m + 114) % 31) + 1
        return CalendarDay(year: year, month: month, day: day)!
    }

    static func firstMonday(of month: Int, year: Int) -> CalendarDay {
        var d = CalendarDay(year: year, month: month, day: 1)!
        while d.weekday != 0 { d = d.adding(days: 1) }
        return d
    }

    static func lastMonday(of month: Int, year: Int) -> CalendarDay {
        var d = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!
        while d.weekday != 0 { d = d.adding(days: -1) }
        return d
    }
}
