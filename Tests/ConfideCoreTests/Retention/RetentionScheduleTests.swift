import ConfideCore
import Foundation
import Testing

@Suite("Retention schedule: periods per kind of record, as data")
struct RetentionScheduleTests {
    static let kinds = ["session_note", "assessment", "safeguarding", "correspondence"]
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rulebooks/retention/schedule.yaml")

    func parse(_ text: String) throws(RetentionScheduleError) -> RetentionSchedule {
        try RetentionSchedule.parse(text, file: "test.yaml", kinds: Self.kinds)
    }

    static let minimal = """
        schema: confide.retention/v1
        version: "test"
        kinds:
          session_note: { keep_years: 7, from: case_closed, basis: "limitation period plus one year" }
          assessment: { keep_years: 7, from: case_closed, basis: "limitation period plus one year" }
          correspondence: { keep_years: 2, from: record_date, basis: "kept two years from its own date", verification_needed: false }
          safeguarding: { keep_years: 25, from: case_closed, basis: "long limitation for children" }
        """

    @Test func theShippedScheduleCoversEveryKindWithItsBasis() throws {
        let s = try RetentionSchedule.parse(String(contentsOf: Self.shipped, encoding: .utf8), file: "schedule.yaml", kinds: Self.kinds)
        #expect(Set(s.rules.keys) == Set(Self.kinds))
        #expect(s.rules["session_note"]?.years == 7 && s.rules["session_note"]?.from == .caseClosed)
        #expect(s.rules["safeguarding"]!.years > s.rules["session_note"]!.years, "safeguarding records are kept longer")
        for r in s.rules.values { #expect(r.basis.contains("Limitation Act 1980") && r.verificationNeeded) }
    }

    @Test func periodsRunFromClosureAndNothingIsDueWhileTheCaseIsOpen() throws {
        let s = try parse(Self.minimal)
        #expect(s.reviewDate(kind: "session_note", recordDate: "2018-05-01", caseClosedOn: nil) == nil)
        #expect(s.reviewDate(kind: "session_note", recordDate: "2018-05-01", caseClosedOn: "2019-03-31") == "2026-03-31")
        #expect(s.reviewDate(kind: "safeguarding", recordDate: "2018-05-01", caseClosedOn: "2019-03-31") == "2044-03-31")
        // 29 February: never a day later than the period.
        #expect(s.reviewDate(kind: "session_note", recordDate: "2019-01-01", caseClosedOn: "2020-02-29") == "2027-02-28")
        // From the record's own date, but never before the case closed.
        #expect(s.reviewDate(kind: "correspondence", recordDate: "2015-06-10", caseClosedOn: "2024-01-15") == "2024-01-15")
        #expect(s.reviewDate(kind: "correspondence", recordDate: "2023-06-10", caseClosedOn: "2024-01-15") == "2025-06-10")
        #expect(s.isDue(kind: "session_note", recordDate: "2018-05-01", caseClosedOn: "2019-03-31", today: "2026-03-31"))
        #expect(!s.isDue(kind: "session_note", recordDate: "2018-05-01", caseClosedOn: "2019-03-31", today: "2026-03-30"))
        #expect(!s.isDue(kind: "unknown", recordDate: "2000-01-01", caseClosedOn: "2001-01-01", today: "2026-01-01"))
    }

    @Test func aRecordWrittenAfterTheCaseClosedCountsFromItsOwnDate() throws {
        let s = try parse(Self.minimal)
        // Closed in 2016; a call logged in 2026 is not due in 2023 (which would put it in the deletion queue at once).
        #expect(s.reviewDate(kind: "session_note", recordDate: "2026-11-29", caseClosedOn: "2016-03-16") == "2033-11-29")
        #expect(!s.isDue(kind: "session_note", recordDate: "2026-11-29", caseClosedOn: "2016-03-16", today: "2026-11-29"))
        // Records from before the closure still count from the closure.
        #expect(s.reviewDate(kind: "session_note", recordDate: "2015-12-01", caseClosedOn: "2016-03-16") == "2023-03-16")
    }

    @Test func aBadScheduleIsRefusedWithItsLine() {
        let cases: [(String, Int, String)] = [
            (Self.minimal.replacingOccurrences(of: "  safeguarding: { keep_years: 25, from: case_closed, basis: \"long limitation for children\" }", with: ""), 1, "safeguarding has no rule"),
            (Self.minimal + "\n  letters: { keep_years: 1, from: case_closed, basis: \"not a kind of record\" }", 8, "\"letters\" is not a kind"),
            (Self.minimal.replacingOccurrences(of: "keep_years: 2,", with: "keep_years: 0,"), 6, "keep_years must be a whole number"),
            (Self.minimal.replacingOccurrences(of: "from: record_date", with: "from: opened"), 6, "from must be one of"),
            (Self.minimal.replacingOccurrences(of: "basis: \"kept two years from its own date\"", with: "basis: \"x\""), 6, "basis must say why"),
            (Self.minimal.replacingOccurrences(of: "version: \"test\"", with: "version: \"test\"\nowner: me"), 3, "\"owner\" is not a field"),
            (Self.minimal.replacingOccurrences(of: "confide.retention/v1", with: "confide.retention/v2"), 1, "schema must be"),
            ("kinds: [a, b", 2, "not valid YAML"),
        ]
        for (text, line, message) in cases {
            do {
                _ = try parse(text)
                Issue.record("accepted: \(message)")
            } catch {
                #expect(error.problems.contains { $0.line == line && $0.message.contains(message) }, "\(message): got \(error.problems)")
            }
        }
    }
}
