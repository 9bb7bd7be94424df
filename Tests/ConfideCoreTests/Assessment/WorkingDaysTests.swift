import Testing
@testable import ConfideCore

@Suite("Working days")
struct WorkingDaysTests {
    static let published: [Int: [String]] = [
        2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
        2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"],
    ]

    @Test("England and Wales bank holidays 2024-2030 match the published lists", arguments: Array(2024...2030))
    func bankHolidays(_ year: Int) {
        let computed = WorkingDayCalendar.englandAndWalesBankHolidays(year)
        let expected = Set(Self.published[year]!.map { CalendarDay.parse($0)! })
        #expect(computed == expected)
    }

    func day(_ s: String) -> CalendarDay { CalendarDay.parse(s)! }
    let ew = WorkingDayCalendar(holidays: .englandAndWales)

    @Test("deadlines across weekends and bank holidays")
    func deadlines() {
        #expect(ew.workingDays(after: day("2026-03-04"), through: day("2026-03-04")) == 0)          // same day
        #expect(ew.workingDays(after: day("2026-03-06"), through: day("2026-03-09")) == 1)          // Friday to Monday
        #expect(ew.workingDays(after: day("2026-04-02"), through: day("2026-04-07")) == 1)          // over Easter
        #expect(ew.workingDays(after: day("2026-12-23"), through: day("2027-01-04")) == 5)          // 24, 29, 30, 31 Dec and 4 Jan
        #expect(ew.workingDays(after: day("2026-05-22"), through: day("2026-05-26")) == 1)          // spring bank holiday
        #expect(WorkingDayCalendar.weekendsOnly.workingDays(after: day("2026-04-02"), through: day("2026-04-07")) == 3)
        #expect(ew.workingDays(after: day("2026-02-03"), through: day("2026-02-17")) == 10)
        let withOneOff = WorkingDayCalendar(holidays: .englandAndWales, extraClosedDays: [day("2026-03-05")])
        #expect(withOneOff.workingDays(after: day("2026-03-04"), through: day("2026-03-06")) == 1)
    }

    @Test("a same-day deadline is flagged; a fortnight is not")
    func deadlineCheck() throws {
        let base = """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        requester: {type: police}
        received_at: 2026-04-02T09:00:00Z
        """
        #expect(try assess(base + "\ndeadline: 2026-04-07T17:00:00Z").findingIDs.contains("EW-26"))
        #expect(!(try assess(base + "\ndeadline: 2026-04-20T17:00:00Z").findingIDs.contains("EW-26")))
    }

    @Test("weekday arithmetic")
    func weekdays() {
        #expect(day("2026-01-12").weekday == 0)   // a Monday
        #expect(day("2026-01-17").isWeekend)
        #expect(CalendarDay(dayNumber: day("2028-02-29").dayNumber + 1) == day("2028-03-01"))
    }
}
