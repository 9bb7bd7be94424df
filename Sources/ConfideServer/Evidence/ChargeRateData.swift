import ConfideCore
import Fluent
import Foundation
import Vapor

/// Home Office crime outcomes in the database: each file imported whole or not at all, and once.
enum ChargeRateData {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Returns (files imported, rows) — a file seen before (same content) is skipped, changing nothing.
    static func importFiles(_ app: Application, files: [(name: String, data: Data)]) async throws -> (Int, Int) {
        var parsed: [(String, OutcomesFile)] = []
        for f in files {
            do { parsed.append((f.name, try OutcomesFile.parse(f.data))) }
            catch { throw Failure(description: "\(f.name): \(error)") }
        }
        let files = parsed
        return try await app.writeTransaction { db in
            var imported = 0, rows = 0
            for (name, file) in files {
                if try await OutcomesImport.find(file.contentHash, on: db) != nil { continue }
                let record = OutcomesImport(); record.id = file.contentHash; record.name = (name as NSString).lastPathComponent
                record.rows = file.rows.count; record.importedAt = Date()
                try await record.create(on: db)
                for r in file.rows {
                    let row = OutcomesRecord()
                    row.id = UUID(); row.fileHash = file.contentHash; row.financialYear = r.financialYear; row.quarter = r.quarter
                    row.force = r.force; row.offenceCode = r.offenceCode; row.offenceCodeExpired = r.offenceCodeExpired
                    row.outcomeType = r.outcomeType; row.recorded = r.recorded; row.closed = r.closed; row.line = r.line
                    try await row.create(on: db)
                }
                try await AuditLog.append(on: db, app: app, actor: .system, action: "outcomes.import", object: "outcomes:\(file.contentHash.prefix(16))",
                                          reason: "\(file.rows.count) rows")
                imported += 1; rows += file.rows.count
            }
            return (imported, rows)
        }
    }

    static func rows(_ db: any Database) async throws -> [OutcomesRow] {
        try await OutcomesRecord.query(on: db).all().map {
            OutcomesRow(financialYear: $0.financialYear, quarter: $0.quarter, force: $0.force, offenceCode: $0.offenceCode,
                        offenceCodeExpired: $0.offenceCodeExpired, outcomeType: $0.outcomeType, recorded: $0.recorded, closed: $0.closed, line: $0.line)
        }
    }
}
