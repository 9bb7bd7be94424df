import ArgumentParser
import ConfideCore
import Foundation

/// `confide stats …`: centre statistics under disclosure control, signed returns, national merge.
/// All logic is in `StatsCommandLine` (ConfideCore); this file only parses arguments.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistics under disclosure control: protect, sign and merge statistical returns.",
        subcommands: [StatsExportCommand.self, StatsCentreKeyCommand.self, StatsProtectCommand.self, StatsPublicKeyCommand.self, StatsMergeCommand.self])
}

/// `confide stats protect --records FILE.json --period P --centre ID --key-hex HEX [--signing-key FILE]`
struct StatsProtectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protect",
        abstract: "Print the protected statistical return (confide.stats-return/v1) for a period from a file of request records.",
        discussion: "Exit status: 0 printed; 1 bad input.")

    @Option(help: "JSON list of request records (request_id, survivor_id, received, requester_type, …).")
    var records: String

    @Option(help: "The period: 2026, 2026-Q1 or 2026-03.")
    var period: String

    @Option(help: "The centre id (a–z, 0–9, - _ .).")
    var centre: String

    @Option(name: .customLong("key-hex"), help: "The centre's disclosure-control secret (64+ hex digits).")
    var keyHex: String

    @Option(name: .customLong("signing-key"), help: "File holding the centre's Ed25519 private key (64 hex digits); signs the return.")
    var signingKey: String?

    @Option(help: "The creation date to write (default: today, UTC).")
    var created: String?

    @Flag(help: "Print TRUE counts in the same layout (for the disclosure-attack test only; never publish).")
    var unprotected = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: records) else { throw StatsExit.fail("cannot read \(records)") }
        var keyData: Data?
        if let signingKey {
            guard let d = FileManager.default.contents(atPath: signingKey) else { throw StatsExit.fail("cannot read \(signingKey)") }
            keyData = d
        }
        var createdDay: StatDate?
        if let created {
            guard let d = StatDate(created) else { throw StatsExit.fail("--created \(created) is not a date (YYYY-MM-DD)") }
            createdDay = d
        }
        StatsExit.emit(StatsCommandLine.protect(records: data, period: period, centre: centre, keyHex: keyHex,
                                                signingKey: keyData, created: createdDay, unprotected: unprotected))
    }
}

/// `confide stats public-key --signing-key FILE`
struct StatsPublicKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public-key", abstract: "Print the hex Ed25519 public key for a signing key file (to register at the hub).")

    @Option(name: .customLong("signing-key"), help: "File holding the Ed25519 private key (64 hex digits).")
    var signingKey: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: signingKey) else { throw StatsExit.fail("cannot read \(signingKey)") }
        StatsExit.emit(StatsCommandLine.publicKey(signingKey: data))
    }
}

/// `confide stats merge --keys FILE --period P [--format json|csv] RETURN…`
struct StatsMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Verify signed returns (all or nothing) and print the national tables for one period.",
        discussion: "Exit status: 0 printed; 1 bad input; 2 a return was refused (nothing merged).")

    @Option(help: "JSON file of registered centre public keys: {\"centre-id\": \"hex\"}.")
    var keys: String

    @Option(help: "The period to merge.")
    var period: String

    @Option(help: "json or csv.")
    var format = "json"

    @Argument(help: "Signed return files.")
    var returns: [String]

    func run() throws {
        guard let keyData = FileManager.default.contents(atPath: keys) else { throw StatsExit.fail("cannot read \(keys)") }
        var files: [(name: String, data: Data)] = []
        for path in returns {
            guard let d = FileManager.default.contents(atPath: path) else { throw StatsExit.fail("cannot read \(path)") }
            files.append((path, d))
        }
        StatsExit.emit(StatsCommandLine.merge(returns: files, keys: keyData, period: period, format: format))
    }
}

/// Writes a core `StatsCommandOutput` and exits with its status.
enum StatsExit {
    static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("confide: \(message)\n".utf8))
        return ExitCode(1)
    }

    static func emit(_ output: StatsCommandOutput) {
        if !output.stdout.isEmpty { FileHandle.standardOutput.write(Data(output.stdout.utf8)) }
        if !output.stderr.isEmpty { FileHandle.standardError.write(Data(output.stderr.utf8)) }
        if output.exitCode != 0 { Foundation.exit(output.exitCode) }
    }
}
