import ConfideCore
import Foundation
import Vapor

/// The evidence commands' entry points for the command line.
public enum EvidenceRuntime {
    public static func export(_ app: Application, period: Period) async throws -> Data {
        try await CentreStatistics.signedReturn(app, period: period, actor: .system)
    }
    public static func publicKey(_ app: Application) async throws -> String { try await CentreStatistics.publicKey(app) }
    public static func register(_ app: Application, centre: String, key: String) async throws { try await Hub.register(app, centre: centre, publicKey: key) }
    public static func importReturns(_ app: Application, _ files: [(name: String, data: Data)]) async throws -> Int {
        try await Hub.importReturns(app, files: files).count
    }
    public static func national(_ app: Application, period: String?, format: String) async throws -> String {
        var all = try await Hub.national(app.db)
        if let period { all = all.filter { $0.period.description == period } }
        if format == "csv" { return NationalTables.csvHeader + all.flatMap(\.csvRows).joined() }
        return "[" + all.map(\.jsonText).joined(separator: ",\n") + "]\n"
    }
    /// (files imported, outcome rows for rape, recorded-crime rows for rape, files already imported)
    public static func importOutcomes(_ app: Application, _ files: [(name: String, data: Data)]) async throws -> (files: Int, outcomes: Int, recorded: Int, skipped: Int) {
        let r = try await ChargeRateData.importFiles(app, files: files)
        return (r.files, r.outcomeRows, r.recordedRows, r.skipped)
    }
    public static func perRecorded(_ app: Application, by: [OutcomesGrouping], basis: OutcomesBasis) async throws -> RecordedRapeRates {
        try await ChargeRateData.perRecorded(app.db, by: by, basis: basis)
    }
    public static func rates(_ app: Application, by: [OutcomesGrouping], basis: OutcomesBasis) async throws -> ChargeRates {
        ChargeRates.compute(try await ChargeRateData.rows(app.db), by: by, basis: basis)
    }
}

extension Application {
    public var confideCentreID: String { confide.centreID }
}

/// `confide retention run`: carries out deletions whose cancellation window has passed.
public enum RetentionRuntime {
    public static func run(_ app: Application) async throws -> (done: Int, held: Int) { try await Shredding.runDue(app) }
}
