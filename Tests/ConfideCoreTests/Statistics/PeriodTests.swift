import Testing
@testable import ConfideCore

@Suite("Periods and dates")
struct PeriodTests {
    @Test("month, quarter and year parse and print back", arguments: ["2026", "2026-Q1", "2026-Q4", "2026-03", "2026-12"])
    func roundTrip(_ text: String) throws {
        #expect(try Period.parse(text).description == text)
    }

    @Test("lower-case quarter is accepted and printed canonically")
    func lowerCaseQuarter() throws {
        #expect(try Period.parse("2026-q2").description == "2026-Q2")
    }

    @Test("anything else is refused with a clear message", arguments: ["", "26", "2026-Q5", "2026-Q0", "2026-13", "2026-3", "2026/03", "2026-Q1-01", "Q1-2026"])
    func invalid(_ text: String) {
        #expect(throws: PeriodError.self) { try Period.parse(text) }
    }

    @Test("quarters are calendar quarters and contain their days")
    func bounds() throws {
        let q1 = try Period.parse("2026-Q1")
        #expect(q1.firstDay.description == "2026-01-01")
        #expect(q1.lastDay.description == "2026-03-31")
        #expect(q1.contains(StatDate("2026-03-31")!))
        #expect(!q1.contains(StatDate("2026-04-01")!))
        #expect(try Period.parse("2024-02").lastDay.description == "2024-02-29")
        #expect(try Period.parse("2026").contains(q1))
        #expect(!q1.contains(try Period.parse("2026")))
        #expect(q1.hasEnded(by: StatDate("2026-04-01")!))
        #expect(!q1.hasEnded(by: StatDate("2026-03-31")!))
    }

    @Test("dates: timestamps keep the written date; impossible dates are refused")
    func dates() {
        #expect(StatDate("2026-02-10T23:30:00-05:00")?.description == "2026-02-10")
        #expect(StatDate("2026-02-30") == nil)
        #expect(StatDate("2026-2-3") == nil)
        #expect(StatDate("2026-02-10")!.days(to: StatDate("2026-03-02")!) == 20)
        #expect(StatDate("1970-01-01")!.dayNumber == 0)
    }
}
