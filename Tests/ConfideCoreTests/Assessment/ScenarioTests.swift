import Foundation
import Testing
@testable import ConfideCore

/// Every scenario (the shared sample and our own fixtures) gets its expected or an acceptable outcome, flags every
/// must_flag check and none of the must_not_flag checks: the same rules as tools/score_assessments.py.
@Suite("Scenarios")
struct ScenarioTests {
    static let shared = TestPaths.requestFiles(in: TestPaths.sharedScenarios)
    static let fixtures = TestPaths.requestFiles(in: TestPaths.fixtures)

    func check(_ file: URL) throws {
        let expected = try ExpectedAssessment(contentsOf: URL(fileURLWithPath: file.path.replacingOccurrences(of: ".request.yaml", with: ".expected.yaml")))
        let data = try Data(contentsOf: file)
        let (assessment, _) = try AssessmentCommandLine.assess(data: data, library: sharedLibrary)
        let ids = Set(assessment.findingIDs)
        let name = file.lastPathComponent
        #expect(([expected.outcome] + expected.acceptable).contains(assessment.outcome.rawValue),
                "\(name): outcome \(assessment.outcome.rawValue), expected \(expected.outcome)")
        #expect(Set(expected.mustFlag).subtracting(ids).isEmpty, "\(name): missed \(Set(expected.mustFlag).subtracting(ids).sorted())")
        #expect(Set(expected.mustNotFlag).intersection(ids).isEmpty, "\(name): false flags \(Set(expected.mustNotFlag).intersection(ids).sorted())")
        // Every finding quotes its evidence and cites a source.
        for finding in assessment.findings {
            #expect(!finding.sources.isEmpty, "\(name): \(finding.check) has no source")
            #expect(!finding.evidence.isEmpty, "\(name): \(finding.check) quotes no evidence")
        }
        // Findings and satisfied checks never overlap.
        #expect(ids.intersection(assessment.satisfied).isEmpty)
    }

    @Test("shared sample scenarios", .enabled(if: !shared.isEmpty, "shared/domain/scenarios not found next to the repository: skipped"),
          arguments: shared)
    func sharedScenario(_ file: URL) throws { try check(file) }

    @Test("our own fixtures", arguments: fixtures)
    func fixture(_ file: URL) throws { try check(file) }

    @Test("there are at least 25 fixtures covering all five jurisdictions")
    func fixtureCoverage() throws {
        #expect(Self.fixtures.count >= 25)
        var jurisdictions = Set<String>()
        for file in Self.fixtures {
            let parsed = try RequestParser.parse(try Data(contentsOf: file))
            jurisdictions.insert(parsed.request.jurisdiction)
        }
        #expect(jurisdictions == Set(RequestSchema.jurisdictions))
    }
}
