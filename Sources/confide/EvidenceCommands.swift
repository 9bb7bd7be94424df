import ArgumentParser
import ConfideCore
import ConfideServer
import Foundation

/// `confide stats export --period P [-o FILE]`: this centre's signed return for the national hub.
struct StatsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export",
        abstract: "Write this centre's signed statistical return (confide.stats-return/v1) for a period: protected tables only.")
    @OptionGroup var data: DataOptions
    @Option(help: "The period: 2026, 2026-Q1 or 2026-03.") var period: String
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        let p: Period
        do { p = try Period.parse(period) } catch { throw fail(error.description, code: 2) }
        do {
            let json = try await ConfideRuntime.withApp(data.config) { app in try await EvidenceRuntime.export(app, period: p) }
            if let output { try json.write(to: URL(fileURLWithPath: output)) } else { print(String(decoding: json, as: UTF8.self)) }
        } catch { throw fail("\(error)") }
    }
}

/// `confide stats centre-key`: the public key to register at the hub.
struct StatsCentreKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "centre-key", abstract: "Print this centre's id and public key, to register at the national hub.")
    @OptionGroup var data: DataOptions
    func run() async throws {
        do {
            let (id, key) = try await ConfideRuntime.withApp(data.config) { app in (app.confideCentreID, try await EvidenceRuntime.publicKey(app)) }
            print("centre \(id)\npublic key \(key)")
        } catch { throw fail("\(error)") }
    }
}

struct HubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hub", abstract: "The national hub: register centres, import their signed returns, publish national tables.",
                                                    subcommands: [Register.self, Import.self, Publish.self])

    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a centre's public key.")
        @OptionGroup var data: DataOptions
        @Option(help: "The centre's id.") var centre: String
        @Option(name: .customLong("public-key"), help: "The centre's hex Ed25519 public key (from `confide stats centre-key`).") var publicKey: String
        func run() async throws {
            do {
                try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in try await EvidenceRuntime.register(app, centre: centre, key: publicKey) }
                print("Registered centre \(centre).")
            } catch { throw fail("\(error)", code: 2) }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept signed returns. A bad signature, unknown centre, duplicate or changed return refuses the whole batch; nothing is merged.")
        @OptionGroup var data: DataOptions
        @Argument(help: "Return files.") var files: [String]
        func run() async throws {
            let loaded = try readFiles(files)
            do {
                let n = try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in try await EvidenceRuntime.importReturns(app, loaded) }
                print("Accepted \(n) return\(n == 1 ? "" : "s").")
            } catch { throw fail("\(error)", code: 2) }
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the national tables (all periods, or one).")
        @OptionGroup var data: DataOptions
        @Option(help: "One period only.") var period: String?
        @Option(help: "json or csv.") var format = "json"
        func run() async throws {
            guard format == "json" || format == "csv" else { throw fail("--format must be json or csv", code: 2) }
            do {
                let text = try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in
                    try await EvidenceRuntime.national(app, period: period, format: format)
                }
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            } catch { throw fail("\(error)", code: 2) }
        }
    }
}

struct OutcomesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outcomes", abstract: "Home Office crime outcomes: import the open data; charge rates for rape.",
                                                    subcommands: [Import.self, Rates.self, PerRecorded.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import Home Office crime outcomes and police recorded crime (PFA) tables: CSV, XLSX or ODS, told apart by their columns. A malformed file is refused whole, naming the sheet, row and column, and nothing is imported; the same table twice changes nothing.")
        @OptionGroup var data: DataOptions
        @Argument(help: "CSV, XLSX or ODS files.") var files: [String]
        func run() async throws {
            let loaded = try readFiles(files)
            do {
                let r = try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in try await EvidenceRuntime.importOutcomes(app, loaded) }
                print("Imported \(r.files) new file\(r.files == 1 ? "" : "s") (\(r.outcomes) outcome rows and \(r.recorded) recorded-crime rows for rape); \(r.skipped) already imported.")
            } catch { throw fail("\(error)", code: 2) }
        }
    }

    struct Rates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Charge/summons rates (spec/outcomes.md).")
        @OptionGroup var data: DataOptions
        @Option(help: "Offence group (rape).") var offence = "rape"
        @Option(help: "Any of force, year, quarter, comma-separated.") var by = "force,quarter"
        @Option(help: "closed or recorded.") var basis = "closed"
        @Option(help: "json or csv.") var format = "json"
        func run() async throws {
            guard offence == "rape" else { throw fail("--offence: only rape (codes 19C–19H) is supported", code: 2) }
            let (b, grouping) = try OutcomesCommand.checked(basis: basis, format: format, by: by)
            do {
                let r = try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in try await EvidenceRuntime.rates(app, by: grouping, basis: b) }
                print(format == "json" ? r.json : r.csv, terminator: "")
            } catch { throw fail("\(error)") }
        }
    }

    /// The arguments `rates` and `per-recorded` share, checked the same way (exit 2 on a bad one).
    static func checked(basis: String, format: String, by: String) throws -> (OutcomesBasis, [OutcomesGrouping]) {
        guard let b = OutcomesBasis(rawValue: basis) else { throw fail("--basis must be closed or recorded", code: 2) }
        guard format == "json" || format == "csv" else { throw fail("--format must be json or csv", code: 2) }
        do { return (b, try OutcomesGrouping.parseList(by)) } catch { throw fail(error.description, code: 2) }
    }

    struct PerRecorded: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "per-recorded",
            abstract: "Charges per recorded rape: charged (outcome type 1) beside the police recorded crime count for the same force and quarter (schema confide.outcomes-recorded/v1). Not the charge rate: the charges are not for the same offences.")
        @OptionGroup var data: DataOptions
        @Option(help: "Any of force, year, quarter, comma-separated.") var by = "force,quarter"
        @Option(help: "closed or recorded (which outcomes count as charged).") var basis = "closed"
        @Option(help: "json or csv.") var format = "json"
        func run() async throws {
            let (b, grouping) = try OutcomesCommand.checked(basis: basis, format: format, by: by)
            do {
                let r = try await ConfideRuntime.withApp(data.config, requireExistingDatabase: false) { app in try await EvidenceRuntime.perRecorded(app, by: grouping, basis: b) }
                print(format == "json" ? r.json : r.csv, terminator: "")
            } catch { throw fail("\(error)") }
        }
    }
}
