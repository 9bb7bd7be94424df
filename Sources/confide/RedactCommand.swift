import ArgumentParser
import ConfideCore
import Foundation

/// `confide redact suggest FILE|-` and `confide redact bench FILE`: thin wrappers over `RedactionCommandLine`.
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact", abstract: "Suggest redactions of personal data before disclosure.",
        subcommands: [Suggest.self, Bench.self])

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print suggested redaction spans as JSON (confide.redaction/v1).",
            discussion: "Offsets count Unicode code points; end is exclusive. Exit status: 0 success; 2 unreadable input.")

        @Argument(help: "The text of one record, or - for standard input.") var file: String?
        @Option(help: "A JSONL file of {\"id\", \"text\"} objects (or - for standard input); prints one line per input line.") var jsonl: String?
        @Option(help: "Names known to belong to people in the case, one a line.") var knownNames: String?

        func validate() throws {
            if (file == nil) == (jsonl == nil) { throw ValidationError("give either FILE (or -) or --jsonl FILE") }
        }

        func run() throws {
            let output = jsonl.map { RedactionCommandLine.suggestJSONL(path: $0, knownNamesPath: knownNames) }
                ?? RedactionCommandLine.suggest(path: file ?? "-", knownNamesPath: knownNames)
            CommandOutputWriter.emit(output)
        }
    }

    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score suggestions on an annotated JSONL corpus (recall, precision, leak rate, notes/second), beside a baseline.",
            discussion: "Exit status: 0 when recall and precision reach the minimums; 1 when not; 2 unreadable input. Build with -c release for speed figures.")

        @Argument(help: "An annotated corpus in the format of shared/domain/redaction/public-notes.jsonl.") var file: String
        @Option(help: "Baseline figures from another tool on the same file (JSON written by scripts/presidio_redaction_baseline.py).") var baseline: String?
        @Flag(name: .shortAndLong, help: "List every missed gold span and every spurious suggestion.") var verbose = false

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                CommandOutputWriter.emit(CommandOutput(stderr: "error: \(file): cannot be read\n", exitCode: RedactionCommandLine.unreadableExitCode))
                return
            }
            let base = baseline.flatMap { FileManager.default.contents(atPath: $0) }.flatMap(RedactionBenchmark.loadBaseline)
            CommandOutputWriter.emit(RedactionBenchmark.run(data: data, source: file, baseline: base, verbose: verbose))
        }
    }
}
