import Foundation
import Testing
@testable import ConfideCore

@Suite("Assessment output")
struct AssessmentOutputTests {
    let request = """
    schema: confide.request/v1
    jurisdiction: GB-ENG-WLS
    requester: {type: defence, organisation: "Example LLP"}
    reason: "to test her \\"account\\"\\nline two"
    """

    @Test("JSON has the spec's keys in the spec's order and parses")
    func json() throws {
        let out = AssessmentCommandLine.assess(data: Data(request.utf8), source: "r.yaml", format: .json, library: sharedLibrary)
        #expect(out.exitCode == 0)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(object["schema"] as? String == "confide.assessment/v1")
        #expect(object["outcome"] as? String == "refuse_invite_court_application")
        #expect((object["rulebook"] as? [String: Any])?["id"] as? String == "GB-ENG-WLS")
        let keys = ["\"schema\"", "\"jurisdiction\"", "\"rulebook\"", "\"outcome\"", "\"also\"", "\"findings\"", "\"satisfied\""]
        let positions = keys.map { out.stdout.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        let finding = (object["findings"] as! [[String: Any]]).first!
        #expect(Array(finding.keys).sorted() == ["check", "evidence", "for_survivor", "reply", "severity", "sources", "title"])
        let order = ["\"check\"", "\"severity\"", "\"title\"", "\"evidence\"", "\"sources\"", "\"reply\"", "\"for_survivor\""]
        let first = out.stdout.range(of: "\"findings\"")!.upperBound
        let within = order.map { out.stdout.range(of: $0, range: first..<out.stdout.endIndex)!.lowerBound }
        #expect(within == within.sorted())
    }

    @Test("the same request gives byte-identical output")
    func deterministic() {
        let a = AssessmentCommandLine.assess(data: Data(request.utf8), source: "r", format: .json, library: sharedLibrary)
        let b = AssessmentCommandLine.assess(data: Data(request.utf8), source: "r", format: .json, library: sharedLibrary)
        #expect(a == b)
    }

    @Test("text format is a readable report")
    func text() {
        let out = AssessmentCommandLine.assess(data: Data(request.utf8), source: "r", format: .text, library: sharedLibrary)
        #expect(out.stdout.contains("Outcome: refuse_invite_court_application"))
        #expect(out.stdout.contains("EW-02 [blocker]"))
        #expect(out.stdout.contains("Evidence:"))
    }

    @Test("every outcome of the spec exists and nothing else")
    func outcomes() {
        #expect(Set(Outcome.allCases.map(\.rawValue)) == Set(RequestSchema.outcomes))
    }

    @Test("the benchmark reports assessments and parsing side by side")
    func benchmark() {
        let report = AssessmentBenchmark.run(files: TestPaths.requestFiles(in: TestPaths.fixtures), iterations: 2, library: sharedLibrary)
        #expect(report.contains("parse only") && report.contains("assess only"))
    }
}
