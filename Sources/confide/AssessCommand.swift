import ArgumentParser
import ConfideCore
import Foundation

/// `confide assess FILE [--format json|text] [--rulebooks DIR]`: assess a request file against its rulebook.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a request for a survivor's records against the jurisdiction's rulebook.",
        discussion: "Exit status: 0 assessed (whatever the outcome); 2 not a valid request file; 1 rulebook problem.")

    @Argument(help: "The request file (confide.request/v1, YAML or JSON).")
    var file: String

    @Option(help: "Output format: json or text.")
    var format: String = "json"

    @Option(help: "Directory of reviewed rulebooks (default: $CONFIDE_RULEBOOKS, else Rulebooks/ beside the executable).")
    var rulebooks: String?

    func run() throws {
        guard let outputFormat = AssessOutputFormat(rawValue: format) else {
            throw ValidationError("--format must be json or text")
        }
        let directory = RulebookLibrary.locate(explicit: rulebooks)
        let output = AssessmentCommandLine.assess(file: file, format: outputFormat, rulebooks: directory)
        CommandOutputWriter.emit(output)
    }
}

/// Writes a core `CommandOutput` and exits with its status.
enum CommandOutputWriter {
    static func emit(_ output: CommandOutput) {
        if !output.stdout.isEmpty { FileHandle.standardOutput.write(Data(output.stdout.utf8)) }
        if !output.stderr.isEmpty { FileHandle.standardError.write(Data(output.stderr.utf8)) }
        if output.exitCode != 0 { Foundation.exit(output.exitCode) }
    }
}
