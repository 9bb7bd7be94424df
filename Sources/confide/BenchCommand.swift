import ArgumentParser
import ConfideCore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks, each beside a baseline measured in the same run.",
                                                    subcommands: [Assess.self as any ParsableCommand.Type] + BenchSuite.subcommands)

    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assessments per second on one core, beside parsing the same request files alone. Build with -c release for real figures.")
        @Argument(help: "Request files or folders of *.request.yaml (default: the shared scenarios and the test fixtures).") var paths: [String] = []
        @Option(help: "Rounds over the files.") var iterations = 50
        @Option(help: "Rulebook directory.") var rulebooks: String?
        @Option(help: "Jurisdiction whose requests are timed.") var jurisdiction = "GB-ENG-WLS"

        func run() throws {
            let dir = RulebookLibrary.locate(explicit: rulebooks)
            let library: RulebookLibrary
            do { library = try RulebookLibrary.load(directory: dir) } catch { throw fail(error.problems.map(\.description).joined(separator: "; ")) }
            let roots = paths.isEmpty ? [dir.deletingLastPathComponent().appendingPathComponent("../shared/domain/scenarios").standardizedFileURL.path,
                                         dir.deletingLastPathComponent().appendingPathComponent("Tests/ConfideCoreTests/Assessment/Fixtures").path] : paths
            var files: [URL] = []
            for p in roots {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { continue }
                if isDir.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
                    files += names.filter { $0.hasSuffix(".request.yaml") }.sorted().map { URL(fileURLWithPath: p).appendingPathComponent($0) }
                } else { files.append(URL(fileURLWithPath: p)) }
            }
            guard !files.isEmpty else { throw fail("no request files found", code: 2) }
            print(AssessmentBenchmark.run(files: files, iterations: iterations, library: library, jurisdiction: jurisdiction))
        }
    }
}
