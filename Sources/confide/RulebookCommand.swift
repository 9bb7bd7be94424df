import ArgumentParser
import ConfideCore
import Foundation

/// `confide rulebook lint [DIR]` and `confide rulebook show JURISDICTION`: review the rulebooks.
struct RulebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rulebook",
        abstract: "Check and list the rulebooks.",
        subcommands: [Lint.self, Show.self])

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load and validate every rulebook; print problems as file:line (exit 1 if any).")

        @Argument(help: "Rulebook directory (default: --rulebooks, $CONFIDE_RULEBOOKS, or Rulebooks/ beside the executable).")
        var directory: String?

        @Option(help: "Directory of rulebooks.")
        var rulebooks: String?

        func run() throws {
            let dir = RulebookLibrary.locate(explicit: directory ?? rulebooks)
            CommandOutputWriter.emit(AssessmentCommandLine.lint(rulebooks: dir))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a jurisdiction's checks with severity, citations and verification flags.")

        @Argument(help: "GB-ENG-WLS, GB-SCT, CA, AU-NSW or IE.")
        var jurisdiction: String

        @Option(help: "Directory of rulebooks.")
        var rulebooks: String?

        func run() throws {
            let dir = RulebookLibrary.locate(explicit: rulebooks)
            CommandOutputWriter.emit(AssessmentCommandLine.show(jurisdiction: jurisdiction, rulebooks: dir))
        }
    }
}
