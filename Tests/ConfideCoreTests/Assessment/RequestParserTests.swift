import Foundation
import Testing
@testable import ConfideCore

/// Malformed request files: exit 2 with exactly one line naming the field (spec/request-file.md).
@Suite("Request files")
struct RequestParserTests {
    static let base = """
    schema: confide.request/v1
    jurisdiction: GB-ENG-WLS
    requester:
      type: police
    """

    func run(_ text: String) -> CommandOutput {
        AssessmentCommandLine.assess(data: Data(text.utf8), source: "req.yaml", format: .json, library: sharedLibrary)
    }

    @Test("invalid files exit 2 with one line naming the field", arguments: [
        ("jurisdiction: GB-ENG-WLS\nrequester:\n  type: police\n", "schema"),
        ("schema: confide.request/v1\nrequester:\n  type: police\n", "jurisdiction"),
        ("schema: confide.request/v1\njurisdiction: GB-ENG-WLS\n", "requester.type"),
        (base + "\nsurvivor:\n  notice_given: no\n", "survivor.notice_given"),
        (base + "\nsurvivor:\n  consent: yes\n", "survivor.consent"),
        (base + "\nchannel: fax\n", "channel"),
        (base + "\njurisdiction2: x\nreceived_at: 2026-02-30\n", "received_at"),
        (base + "\ndeadline: next Tuesday\n", "deadline"),
        (base + "\nurgent_risk_to_life: maybe\n", "urgent_risk_to_life"),
        (base + "\nsurvivor:\n  age_at_request: twenty\n", "survivor.age_at_request"),
        (base + "\nrecords_sought:\n  kinds: [attendance, diaries]\n", "records_sought.kinds[1]"),
        (base + "\nrequester:\n  type: police\n", "requester"),
        ("schema: confide.request/v1\njurisdiction: XX\nrequester:\n  type: police\n", "jurisdiction"),
        ("schema: confide.request/v2\njurisdiction: IE\nrequester:\n  type: police\n", "schema"),
        (base + "\nincident: 2025-01-01\n", "incident"),
        ("- just\n- a list\n", "(file)"),
        ("schema: [unclosed\n", "(file)"),
        (base + "\nprevious_requests:\n  - {received_at: 2025-01-01, outcome: refused}\n", "previous_requests[0].outcome"),
    ])
    func invalid(_ text: String, _ field: String) {
        let out = run(text)
        #expect(out.exitCode == 2)
        #expect(out.stdout.isEmpty)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(out.stderr)")
        #expect(out.stderr.contains(field), "stderr should name \(field): \(out.stderr)")
    }

    @Test("an unknown key is a warning and the request is still assessed")
    func unknownKey() {
        let out = run(Self.base + "\nfavourite_colour: blue\n")
        #expect(out.exitCode == 0)
        #expect(out.stderr.contains("warning") && out.stderr.contains("favourite_colour"))
        #expect(out.stdout.contains("\"schema\": \"confide.assessment/v1\""))
    }

    @Test("JSON is read like YAML, and booleans in JSON where words belong are errors")
    func json() {
        let ok = run(#"{"schema": "confide.request/v1", "jurisdiction": "IE", "requester": {"type": "defence"}}"#)
        #expect(ok.exitCode == 0)
        let bad = run(#"{"schema": "confide.request/v1", "jurisdiction": "IE", "requester": {"type": "defence"}, "send_to": true}"#)
        #expect(bad.exitCode == 2 && bad.stderr.contains("send_to"))
    }

    @Test("dates and timestamps", arguments: ["2026-02-10", "2026-02-10T09:30:00Z", "2026-02-10T09:30:00+11:00", "2026-02-10 09:30", "2026-02-10T09:30:00.5-05:00"])
    func validDates(_ s: String) {
        #expect(CalendarDay.parse(s) == CalendarDay(year: 2026, month: 2, day: 10))
    }

    @Test("malformed dates", arguments: ["2026-2-10", "2026-13-01", "2025-02-29", "2026-02-10T25:00", "2026-02-10Tnoon", "10/02/2026"])
    func invalidDates(_ s: String) {
        #expect(CalendarDay.parse(s) == nil)
    }

    @Test("a valid but empty-ish request never crashes and a missing reason is a finding")
    func incomplete() throws {
        let a = try assess(Self.base)
        #expect(a.findingIDs.contains("EW-04"))
        let evidence = a.findings.first { $0.check == "EW-04" }?.evidence ?? []
        #expect(evidence.contains("reason: not stated"))
    }
}
