import Foundation
import Testing
@testable import ConfideCore

/// A broken rulebook is refused at load with the file and the line of each problem.
@Suite("Rulebook validation")
struct RulebookValidationTests {
    static let header = """
    jurisdiction: IE
    name: Test
    version: "t1"
    law_as_at: "today"
    sources:
      - {cite: "Test Act s.1", status: found}
    checks:
      - id: T-01
        title: "A check"
        severity: high
        conditions: {field: reason, missing: true}
        sources:
          - {cite: "Test Act s.2", status: found}
        reply: "Reply."
        for_survivor: "Explanation."
    """
    static let footer = """
    decision_order:
      - step: first
        when: {finding: T-01}
        outcome: seek_clarification
      - step: last
        otherwise: comply
    """

    func problems(_ text: String) -> [RulebookProblem] {
        do {
            _ = try RulebookLoader.load(text: text, file: "IE.yaml")
            return []
        } catch {
            return error.problems
        }
    }

    @Test("the shipped rulebooks load without errors")
    func shipped() throws {
        let library = try RulebookLibrary.load(directory: TestPaths.rulebooks)
        #expect(Set(library.rulebooks.map(\.jurisdiction)) == Set(RequestSchema.jurisdictions))
        let ids = library.rulebooks.flatMap { $0.checks.map(\.id) }
        for n in 1...31 { #expect(ids.contains(String(format: "EW-%02d", n))) }
        for n in 1...6 { #expect(ids.contains("SCT-0\(n)")) }
        for n in 1...8 { #expect(ids.contains("CA-0\(n)") && ids.contains("NSW-0\(n)")) }
        for n in 1...5 { #expect(ids.contains("IE-0\(n)")) }
        #expect(AssessmentCommandLine.lint(rulebooks: TestPaths.rulebooks).exitCode == 0)
    }

    @Test("a minimal valid rulebook loads")
    func minimal() {
        #expect(problems(Self.header + "\n" + Self.footer).isEmpty)
    }

    @Test("each defect is reported with its line", arguments: [
        // (replace this, with this, expected line, words in the message)
        ("when: {finding: T-01}", "when: {finding: T-99}", 18, "unknown check id 'T-99'"),
        ("      - {cite: \"Test Act s.2\", status: found}\n", "", 12, "no sources"),
        ("severity: high", "severity: severe", 10, "unknown severity 'severe'"),
        ("outcome: seek_clarification", "outcome: seek_advice", 19, "unknown outcome 'seek_advice'"),
        ("{field: reason, missing: true}", "{field: reasons, missing: true}", 11, "unknown field 'reasons'"),
        ("{field: reason, missing: true}", "{field: requester.type, is: polise}", 11, "no value 'polise'"),
        ("{field: reason, missing: true}", "{field: reason, matches: \"([a-z\"}", 11, "bad pattern"),
        ("{field: reason, missing: true}", "{signal: nowhere}", 11, "unknown signal 'nowhere'"),
        ("{field: reason, missing: true}", "{fact: days_of_wine, at_most: 3}", 11, "unknown fact"),
        ("status: found}\nchecks", "status: guessed}\nchecks", 6, "unknown citation status 'guessed'"),
    ])
    func defect(_ find: String, _ replace: String, _ line: Int, _ words: String) {
        let text = (Self.header + "\n" + Self.footer).replacingOccurrences(of: find, with: replace)
        let found = problems(text)
        #expect(found.contains { $0.line == line && $0.message.contains(words) },
                "expected line \(line) '\(words)'; got \(found.map(\.description))")
        #expect(found.allSatisfy { $0.description.hasPrefix("IE.yaml:") })
    }

    @Test("a bad phrase in a signal is reported at its line")
    func badPhrase() {
        let text = Self.header.replacingOccurrences(of: "conditions: {field: reason, missing: true}", with: """
        signals:
              odd:
                description: "odd"
                phrases:
                  - "fine phrase"
                  - "... starts with a gap"
            conditions: {signal: odd}
        """) + "\n" + Self.footer
        let found = problems(text)
        #expect(found.contains { $0.line == 16 && $0.message.contains("bad phrase") }, "\(found.map(\.description))")
    }

    @Test("the decision order must end with otherwise")
    func otherwise() {
        let text = Self.header + "\n" + Self.footer.replacingOccurrences(of: "  - step: last\n    otherwise: comply", with: "")
        #expect(problems(text).contains { $0.message.contains("otherwise") })
    }

    @Test("lint prints file:line and exits non-zero for a broken directory")
    func lintDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confide-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = (Self.header + "\n" + Self.footer).replacingOccurrences(of: "T-01}", with: "T-02}")
        try text.write(to: dir.appendingPathComponent("IE.yaml"), atomically: true, encoding: .utf8)
        let out = AssessmentCommandLine.lint(rulebooks: dir)
        #expect(out.exitCode != 0)
        #expect(out.stderr.contains("IE.yaml:18: error: unknown check id 'T-02'"), "\(out.stderr)")
        let show = AssessmentCommandLine.show(jurisdiction: "GB-ENG-WLS", rulebooks: TestPaths.rulebooks)
        #expect(show.exitCode == 0 && show.stdout.contains("EW-11") && show.stdout.contains("[secondary]")
                && show.stdout.contains("VERIFICATION NEEDED"))
    }

    @Test("the default directory is found by walking up from the executable, after --rulebooks and CONFIDE_RULEBOOKS")
    func locate() {
        let exe = TestPaths.repoRoot.appendingPathComponent(".build/debug/confide").path
        #expect(RulebookLibrary.locate(explicit: nil, environment: [:], executablePath: exe, currentDirectory: "/").path
                == TestPaths.rulebooks.path)
        #expect(RulebookLibrary.locate(explicit: nil, environment: ["CONFIDE_RULEBOOKS": "/centre/rules"], executablePath: exe).path == "/centre/rules")
        #expect(RulebookLibrary.locate(explicit: "/mine", environment: ["CONFIDE_RULEBOOKS": "/centre/rules"], executablePath: exe).path == "/mine")
    }
}
