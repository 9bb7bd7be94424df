import Foundation

/// The rulebooks of one directory, one per jurisdiction, loaded and validated together.
public struct RulebookLibrary: Sendable {
    public let directory: String
    public let rulebooks: [Rulebook]
    /// Warnings from loading (for example a recalled source with no verification note).
    public let warnings: [RulebookProblem]

    public func rulebook(for jurisdiction: String) -> Rulebook? {
        rulebooks.first { $0.jurisdiction == jurisdiction }
    }

    /// Loads every `*.yaml` file in the directory. Fails with every problem found in every file.
    public static func load(directory: URL) throws(RulebookLoadFailure) -> RulebookLibrary {
        let path = directory.path
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw RulebookLoadFailure(problems: [RulebookProblem(file: path, line: 0, message: "cannot read the rulebook directory")])
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !files.isEmpty else {
            throw RulebookLoadFailure(problems: [RulebookProblem(file: path, line: 0, message: "no rulebook files (*.yaml) in the directory")])
        }
        var rulebooks: [Rulebook] = []
        var problems: [RulebookProblem] = []
        var warnings: [RulebookProblem] = []
        for name in files {
            let url = directory.appendingPathComponent(name)
            do {
                let (rulebook, fileWarnings) = try RulebookLoader.load(file: url)
                warnings.append(contentsOf: fileWarnings)
                if let other = rulebooks.first(where: { $0.jurisdiction == rulebook.jurisdiction }) {
                    problems.append(RulebookProblem(file: url.path, line: 1,
                                                    message: "a second rulebook for \(rulebook.jurisdiction) (also in \(other.file))"))
                }
                rulebooks.append(rulebook)
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        if !problems.isEmpty { throw RulebookLoadFailure(problems: problems) }
        return RulebookLibrary(directory: path, rulebooks: rulebooks, warnings: warnings)
    }

    /// Where to find the rulebooks: an explicit `--rulebooks DIR`, else `CONFIDE_RULEBOOKS`, else a `Rulebooks/`
    /// directory holding GB-ENG-WLS.yaml found by walking up from the real path of the running executable (so a
    /// binary in `.build/debug` finds the repository's rulebooks), else `./Rulebooks`.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String? = CommandLine.arguments.first,
                              currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: currentDirectory)).standardizedFileURL }
        if let env = environment["CONFIDE_RULEBOOKS"], !env.isEmpty {
            return URL(fileURLWithPath: env, relativeTo: URL(fileURLWithPath: currentDirectory)).standardizedFileURL
        }
        let fm = FileManager.default
        if let exe = executablePath ?? Bundle.main.executablePath {
            var url = URL(fileURLWithPath: exe, relativeTo: URL(fileURLWithPath: currentDirectory))
                .standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
            while true {
                let candidate = url.appendingPathComponent("Rulebooks")
                if fm.fileExists(atPath: candidate.appendingPathComponent("GB-ENG-WLS.yaml").path) { return candidate }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent("Rulebooks")
    }
}
