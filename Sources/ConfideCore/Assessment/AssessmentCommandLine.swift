import Foundation

/// What a command prints and the status it exits with, so the command-line files stay thin and testable.
public struct CommandOutput: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitCode: Int32

    public init(stdout: String = "", stderr: String = "", exitCode: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// 0 assessed / rulebooks fine; 1 rulebook or configuration problem; 2 not a valid request file.
    public static let invalidRequestExitCode: Int32 = 2
    public static let rulebookExitCode: Int32 = 1
}

public enum AssessOutputFormat: String, Sendable, CaseIterable {
    case json, text
}

/// Why a request could not be assessed.
public enum AssessFailure: Error, Sendable, CustomStringConvertible {
    /// The file is not a valid request (exit 2).
    case invalidRequest(RequestFileError)
    /// The rulebooks cannot assess it (no rulebook for the jurisdiction).
    case rulebook(String)

    public var description: String {
        switch self {
        case let .invalidRequest(e): return e.description
        case let .rulebook(m): return m
        }
    }
}

/// The core of `confide assess` and `confide rulebook`, for the CLI and the server.
public enum AssessmentCommandLine {
    /// Parses and assesses a request file's bytes (YAML or JSON): what the server calls for an upload or API body.
    public static func assess(data: Data, library: RulebookLibrary) throws(AssessFailure) -> (Assessment, [RequestWarning]) {
        let parsed: ParsedRequest
        do { parsed = try RequestParser.parse(data) } catch { throw .invalidRequest(error) }
        guard let rulebook = library.rulebook(for: parsed.request.jurisdiction) else {
            throw .rulebook("no rulebook for jurisdiction \(parsed.request.jurisdiction) in \(library.directory)")
        }
        return (Assessor.assess(parsed.request, with: rulebook), parsed.warnings)
    }

    /// `confide assess FILE [--format json|text] [--rulebooks DIR]`.
    public static func assess(file: String, format: AssessOutputFormat, rulebooks: URL) -> CommandOutput {
        let library: RulebookLibrary
        do { library = try RulebookLibrary.load(directory: rulebooks) } catch {
            return CommandOutput(stderr: error.description + "\n", exitCode: CommandOutput.rulebookExitCode)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return CommandOutput(stderr: "error: \(file): (file): cannot be read\n", exitCode: CommandOutput.invalidRequestExitCode)
        }
        return assess(data: data, source: file, format: format, library: library)
    }

    public static func assess(data: Data, source: String, format: AssessOutputFormat, library: RulebookLibrary) -> CommandOutput {
        do {
            let (assessment, warnings) = try assess(data: data, library: library)
            let warningText = warnings.map { "warning: \(source): \($0.description)\n" }.joined()
            let body = format == .json ? assessment.jsonString() : assessment.textReport()
            return CommandOutput(stdout: body, stderr: warningText, exitCode: 0)
        } catch {
            switch error {
            case let .invalidRequest(e):
                // Exactly one line: the field and what is wrong.
                let line = "error: \(source): \(e.description)".replacingOccurrences(of: "\n", with: " ")
                return CommandOutput(stderr: line + "\n", exitCode: CommandOutput.invalidRequestExitCode)
            case let .rulebook(message):
                return CommandOutput(stderr: "error: \(message)\n", exitCode: CommandOutput.rulebookExitCode)
            }
        }
    }

    /// `confide rulebook lint [DIR]`: 0 when every rulebook loads; otherwise every problem as file:line.
    public static func lint(rulebooks: URL) -> CommandOutput {
        do {
            let library = try RulebookLibrary.load(directory: rulebooks)
            let warnings = library.warnings.map { $0.description + "\n" }.joined()
            return CommandOutput(stdout: RulebookListing.lintSummary(library), stderr: warnings, exitCode: 0)
        } catch {
            return CommandOutput(stderr: error.problems.map { $0.description + "\n" }.joined(),
                                 exitCode: CommandOutput.rulebookExitCode)
        }
    }

    /// `confide rulebook show JURISDICTION`.
    public static func show(jurisdiction: String, rulebooks: URL) -> CommandOutput {
        do {
            let library = try RulebookLibrary.load(directory: rulebooks)
            guard let rulebook = library.rulebook(for: jurisdiction) else {
                let known = library.rulebooks.map(\.jurisdiction).sorted().joined(separator: ", ")
                return CommandOutput(stderr: "error: no rulebook for \(jurisdiction) in \(library.directory) (have: \(known))\n",
                                     exitCode: CommandOutput.rulebookExitCode)
            }
            return CommandOutput(stdout: RulebookListing.show(rulebook))
        } catch {
            return CommandOutput(stderr: error.problems.map { $0.description + "\n" }.joined(),
                                 exitCode: CommandOutput.rulebookExitCode)
        }
    }
}
