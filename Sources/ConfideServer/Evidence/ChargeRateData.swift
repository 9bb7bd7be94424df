import ConfideCore
import Fluent
import Foundation
import Vapor

/// Home Office crime outcomes and police recorded crime (PFA) tables in the database: each file imported whole
/// or not at all, and once. Only the rape rows (19C–19H) are kept: they are all Confide computes from, and a
/// year's workbook holds hundreds of thousands of other rows.
enum ChargeRateData {
    struct Failure: Error, CustomStringConvertible { let description: String }

    struct Imported: Sendable { var files = 0; var outcomeRows = 0; var recordedRows = 0; var skipped = 0 }

    /// Every file is read and checked before anything is written; then all are written in one transaction.
    static func importFiles(_ app: Application, files: [(name: String, data: Data)]) async throws -> Imported {
        var parsed: [(String, HomeOfficeFile)] = []
        for f in files {
            let name = (f.name as NSString).lastPathComponent
            do { parsed.append((name, try HomeOfficeFile.parse(f.data, fileName: name))) }
            catch { throw Failure(description: "\(name): \(error)") }
        }
        let files = parsed
        return try await app.writeTransaction { db in
            var out = Imported()
            for (name, file) in files {
                if try await OutcomesImport.find(file.contentHash, on: db) != nil { out.skipped += 1; continue }
                let record = OutcomesImport(); record.id = file.contentHash; record.name = name; record.importedAt = Date()
                switch file {
                case .outcomes(let o):
                    let rows = o.rapeRows.map { r -> OutcomesRecord in
                        let row = OutcomesRecord()
                        row.id = UUID(); row.fileHash = o.contentHash; row.financialYear = r.financialYear; row.quarter = r.quarter
                        row.force = r.force; row.offenceCode = r.offenceCode; row.offenceCodeExpired = r.offenceCodeExpired
                        row.outcomeType = r.outcomeType; row.recorded = r.recorded; row.closed = r.closed; row.line = r.line
                        return row
                    }
                    record.rows = rows.count
                    try await record.create(on: db)
                    try await insert(rows, on: db)
                    out.outcomeRows += rows.count
                    try await AuditLog.append(on: db, app: app, actor: .system, action: "outcomes.import", object: "outcomes:\(o.contentHash.prefix(16))",
                                              reason: "\(rows.count) rape rows of \(o.rows.count)")
                case .recordedCrime(let rc):
                    let rows = rc.rows.map { r -> RecordedCrimeRecord in
                        let row = RecordedCrimeRecord()
                        row.id = UUID(); row.fileHash = rc.contentHash; row.financialYear = r.financialYear; row.quarter = r.quarter
                        row.force = r.force; row.offence = r.offence; row.measure = r.measure.rawValue; row.offences = r.offences; row.line = r.line
                        return row
                    }
                    record.rows = rows.count
                    try await record.create(on: db)
                    try await insert(rows, on: db)
                    out.recordedRows += rows.count
                    try await AuditLog.append(on: db, app: app, actor: .system, action: "recorded-crime.import", object: "recorded-crime:\(rc.contentHash.prefix(16))",
                                              reason: "\(rows.count) rape rows; \(rc.otherOffenceRows) other offences left out")
                }
                out.files += 1
            }
            return out
        }
    }

    /// Batched inserts: a year's workbook holds thousands of rape rows, and one statement per row is slow.
    static func insert<M: Model>(_ rows: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: rows.count, by: 500) { try await Array(rows[start..<min(rows.count, start + 500)]).create(on: db) }
    }

    static func rows(_ db: any Database) async throws -> [OutcomesRow] {
        try await OutcomesRecord.query(on: db).all().map {
            OutcomesRow(financialYear: $0.financialYear, quarter: $0.quarter, force: $0.force, offenceCode: $0.offenceCode,
                        offenceCodeExpired: $0.offenceCodeExpired, outcomeType: $0.outcomeType, recorded: $0.recorded, closed: $0.closed, line: $0.line)
        }
    }

    static func recorded(_ db: any Database) async throws -> [RecordedCrimeRow] {
        try await RecordedCrimeRecord.query(on: db).all().compactMap { r in
            guard let measure = RecordedCrimeMeasure(rawValue: r.measure) else { return nil }
            return RecordedCrimeRow(financialYear: r.financialYear, quarter: r.quarter, force: r.force, offence: r.offence,
                                    measure: measure, offences: r.offences, line: r.line)
        }
    }

    /// Charges per recorded rape, beside the charge rate.
    static func perRecorded(_ db: any Database, by: [OutcomesGrouping], basis: OutcomesBasis) async throws -> RecordedRapeRates {
        let outcomes = try await rows(db)
        return RecordedRapeRates.compute(ChargeRates.compute(outcomes, by: by, basis: basis), outcomes: outcomes, recorded: try await recorded(db))
    }
}
