import ArgumentParser
import ConfideServer
import Foundation

@main
struct Confide: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confide",
        abstract: "Keeps survivors' counselling records safe and answers requests for them lawfully.",
        subcommands: [ServeCommand.self, AuditCommand.self, KeysCommand.self, ImportCommand.self] + ExtraCommands.all
    )
}

/// Shared options for commands that open the centre's data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The data folder (default: $CONFIDE_DATA_DIR or ./confide-data).")
    var dataDirectory: String?

    var config: ConfideConfig { ConfideConfig.fromEnvironment(dataDirectory: dataDirectory) }
}

/// Prints one line on standard error and exits non-zero: how every command reports bad input.
func fail(_ message: String, code: Int32 = 1) -> ExitCode {
    FileHandle.standardError.write(Data("confide: \(message)\n".utf8))
    return ExitCode(code)
}

/// Reads input files named on the command line, refusing (exit 2) the first that cannot be read.
func readFiles(_ paths: [String]) throws -> [(name: String, data: Data)] {
    try paths.map { path in
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read \(path)", code: 2) }
        return (path, data)
    }
}
