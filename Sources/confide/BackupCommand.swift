import ArgumentParser
import ConfideCore
import ConfideServer
import Foundation

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "Write a consistent, encrypted snapshot while the server runs (clients' keys go to the key escrow).")
    @OptionGroup var data: DataOptions
    @Option(name: .shortAndLong, help: "The backup file to write.") var output: String

    func run() async throws {
        do {
            let (id, counts) = try await ConfideRuntime.withApp(data.config) { app in try await Backup.write(app, to: output) }
            print("Backup \(id) written to \(output): \(counts.values.reduce(0, +)) rows. Clients' keys are in \(Backup.escrowDirectory(data.config)).")
        } catch { throw fail("\(error)") }
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore",
        abstract: "Restore a backup into a new, empty data folder (or database), then verify the audit chain.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The backup file.") var file: String
    @Option(name: .customLong("key"), help: "Master key file(s) to try, current or retired (default: the configured one).") var keys: [String] = []

    func run() async throws {
        let config = data.config
        do {
            let (rows, verdict) = try await ConfideRuntime.withApp(config, openKeys: false, requireExistingDatabase: false) { app in
                try await Backup.restore(app, from: file, masterKeyFiles: keys.isEmpty ? [config.masterKeyFile] : keys)
            }
            switch verdict {
            case .intact(let n, let head): print("Restored \(rows) rows. Audit chain intact: \(n) entries, head \(head).")
            case .broken(let b): throw fail("restored \(rows) rows, but \(b)")
            }
        } catch let e as ExitCode { throw e } catch { throw fail("\(error)") }
    }
}

struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retention", abstract: "Retention and deletion.", subcommands: [Run.self])
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Carry out scheduled deletions whose cancellation window has passed (run daily).")
        @OptionGroup var data: DataOptions
        func run() async throws {
            do {
                let (done, held) = try await ConfideRuntime.withApp(data.config) { app in try await RetentionRuntime.run(app) }
                print("Deleted for good: \(done). Waiting because of a legal hold: \(held).")
            } catch { throw fail("\(error)") }
        }
    }
}
