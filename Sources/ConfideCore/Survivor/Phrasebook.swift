import Foundation
import Yams

/// Words for the survivor's pages, in one language, from a translation file (`Translations/en.yaml`,
/// `Translations/cy.yaml`). Texts live in these files, not in code, so a translator can work on them.
public struct Phrasebook: Sendable {
    public let language: String
    private let strings: [String: String]
    /// Plain-language explanations of rulebook checks, by check id (Welsh and other languages; English falls back
    /// to the rulebook's own `for_survivor`).
    private let checks: [String: String]

    public init(language: String, strings: [String: String], checks: [String: String] = [:]) {
        self.language = language; self.strings = strings; self.checks = checks
    }

    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var s = strings[key] ?? key
        for (k, v) in values { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }

    public func has(_ key: String) -> Bool { strings[key] != nil }

    public func check(_ id: String) -> String? { checks[id] }

    public var keys: Set<String> { Set(strings.keys) }
    public var checkIDs: Set<String> { Set(checks.keys) }

    public struct LoadError: Error, CustomStringConvertible { public let description: String }

    /// Loads `<dir>/<language>.yaml`: a `strings:` map (nested maps are flattened to dotted keys) and an
    /// optional `checks:` map of check id → explanation.
    public static func load(directory: URL, language: String) throws -> Phrasebook {
        let url = directory.appendingPathComponent("\(language).yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LoadError(description: "cannot read the translation file \(url.path)")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch { throw LoadError(description: "\(url.path) is not valid YAML: \(error)") }
        guard let doc = root as? [String: Any], let s = doc["strings"] as? [String: Any] else {
            throw LoadError(description: "\(url.path) has no `strings:` map")
        }
        var flat: [String: String] = [:]
        func walk(_ prefix: String, _ value: Any) throws {
            if let m = value as? [String: Any] { for (k, v) in m { try walk(prefix.isEmpty ? k : "\(prefix).\(k)", v) } }
            else if let str = value as? String { flat[prefix] = str.trimmingCharacters(in: .whitespacesAndNewlines) }
            else { throw LoadError(description: "\(url.path): \(prefix) must be text") }
        }
        try walk("", s)
        var checks: [String: String] = [:]
        if let c = doc["checks"] as? [String: Any] {
            for (k, v) in c {
                guard let str = v as? String else { throw LoadError(description: "\(url.path): checks.\(k) must be text") }
                checks[k] = str.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return Phrasebook(language: language, strings: flat, checks: checks)
    }

    /// Where the translation files are: `CONFIDE_TRANSLATIONS`, else `Translations/` beside the rulebooks.
    public static func locate(rulebooks: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let e = environment["CONFIDE_TRANSLATIONS"], !e.isEmpty { return URL(fileURLWithPath: e) }
        return rulebooks.deletingLastPathComponent().appendingPathComponent("Translations")
    }
}
