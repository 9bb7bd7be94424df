import ArgumentParser
import ConfideCore
import ConfideServer
import Foundation

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Verify and export the audit trail.",
                                                    subcommands: [Verify.self, Checkpoints.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Walk the whole hash chain; print the count and head hash, or where it breaks.")
        @OptionGroup var data: DataOptions
        @Option(help: "Checkpoints kept outside the centre (from `confide audit checkpoints`), to detect a cut tail.") var checkpoints: String?
        @Option(help: "The centre's public key (base64) to check checkpoint signatures against.") var publicKey: String?

        func run() async throws {
            let verdict: AuditVerdict
            do {
                verdict = try await ConfideRuntime.withApp(data.config, openKeys: false) { app in
                    try await ConfideRuntime.verifyAudit(app, checkpointsFile: checkpoints, trustedKey: publicKey)
                }
            } catch { throw fail("\(error)") }
            switch verdict {
            case .intact(let count, let head):
                print("audit chain intact: \(count) entries, head \(head)")
            case .broken(let b):
                throw fail(b.description)
            }
        }
    }

    struct Checkpoints: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sign the current head and write every checkpoint as JSON, for someone outside the centre to keep.")
        @OptionGroup var data: DataOptions
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            do {
                let json = try await ConfideRuntime.withApp(data.config) { app in try await ConfideRuntime.exportCheckpoints(app) }
                if let output { try json.write(to: URL(fileURLWithPath: output)) } else { print(String(decoding: json, as: UTF8.self)) }
            } catch { throw fail("\(error)") }
        }
    }
}

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Manage the master key.", subcommands: [Rotate.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-wrap every client's data key under a new master key. Stop the server first.")
        @OptionGroup var data: DataOptions
        @Flag(help: "Finish a rotation that was interrupted.") var resume = false

        func run() async throws {
            do {
                let report = try await ConfideRuntime.withApp(data.config, openKeys: false) { app in
                    try await KeyRotation.rotate(app, resume: resume)
                }
                print("Rotated: \(report.rewrapped) data keys re-wrapped under the new master key (id \(report.newKeyID)).")
                print("The old key is kept at \(report.retiredKeyFile): older backups need it. Back up the new key file now.")
            } catch { throw fail("\(error)") }
        }
    }
}
