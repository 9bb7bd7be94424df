import Foundation
@testable import ConfideCore

/// Paths used by the tests, found from this file so that they work in the repository and in CI, where the repo
/// is cloned next to a `shared/` folder.
enum TestPaths {
    static let thisFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    static let assessmentTests = thisFile.deletingLastPathComponent()
    static let repoRoot = assessmentTests.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rulebooks = repoRoot.appendingPathComponent("Rulebooks")
    static let fixtures = assessmentTests.appendingPathComponent("Fixtures")
    static let sharedScenarios = repoRoot.appendingPathComponent("../shared/domain/scenarios").standardizedFileURL

    static func requestFiles(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".request.yaml") }.sorted().map { dir.appendingPathComponent($0) }
    }
}

/// The library, loaded once for all tests.
let sharedLibrary: RulebookLibrary = {
    do { return try RulebookLibrary.load(directory: TestPaths.rulebooks) } catch { fatalError("rulebooks do not load: \(error)") }
}()

/// An expected assessment (`*.expected.yaml`): a few keys with a word or a flow list each.
struct ExpectedAssessment {
    var outcome = ""
    var acceptable: [String] = []
    var mustFlag: [String] = []
    var mustNotFlag: [String] = []

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        func list(_ s: String) -> [String] {
            var v = s.trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("[") { v.removeFirst() }
            if v.hasSuffix("]") { v.removeLast() }
            return v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var lastKey = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            if line.hasPrefix("- ") || line.hasPrefix("  - ") {
                let item = line.trimmingCharacters(in: .whitespaces).dropFirst(2).trimmingCharacters(in: .whitespaces)
                switch lastKey {
                case "acceptable": acceptable.append(item)
                case "must_flag": mustFlag.append(item)
                case "must_not_flag": mustNotFlag.append(item)
                default: break
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            lastKey = key
            switch key {
            case "outcome": outcome = value
            case "acceptable": acceptable = list(value)
            case "must_flag": mustFlag = list(value)
            case "must_not_flag": mustNotFlag = list(value)
            default: break
            }
        }
    }
}

func assess(_ yaml: String) throws -> Assessment {
    let parsed = try RequestParser.parse(yaml)
    return try Assessor(library: sharedLibrary).assess(parsed.request)
}
