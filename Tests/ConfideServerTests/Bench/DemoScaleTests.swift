import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import SQLKit
import Testing
import Vapor

@Suite("Scaled demo data for the growth benchmarks")
struct DemoScaleTests {
    @Test func twiceTheDemoHasTwiceTheClientsAnIntactChainAndSmallCaseloads() async throws {
        _ = LogCapture.bootstrapped
        let dir = FileManager.default.temporaryDirectory.path + "/confide-test-" + UUID().uuidString
        let app = try await Application.make(.testing)
        do {
            try await configure(app, TestCentre.makeConfig(dir: dir))
            _ = try await DemoData.seed(app, scale: 2)
            #expect(try await Client.query(on: app.db).count() == 80)
            #expect(try await ClientRecord.query(on: app.db).count() == 80 * 15)
            // The batched seeding extends the same chain `AuditLog.append` writes, and it verifies.
            guard case .intact(let n, _) = try await AuditLog.verify(on: app.db) else { Issue.record("chain should verify"); throw Abort(.internalServerError) }
            #expect(n == Int64(try await AuditRow.query(on: app.db).count()))
            #expect(try await CheckpointRow.query(on: app.db).count() >= 1)
            // Extra clients go to extra counsellors, so nobody's own caseload grows with the database.
            let extra = try await Staff.query(on: app.db).filter(\.$email =~ "bench-counsellor-").all()
            #expect(!extra.isEmpty)
            for s in extra { #expect(try await Client.query(on: app.db).filter(\.$allocatedWorkerID == s.id!).count() <= 13) }
            // Seeding again changes nothing.
            _ = try await DemoData.seed(app, scale: 2)
            #expect(try await Client.query(on: app.db).count() == 80)
            // The lookup indexes exist (the growth fix).
            let sql = app.db as! any SQLDatabase
            if app.confide.databaseURL == nil {
                let rows = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'idx_records_client'").all()
                #expect(rows.count == 1)
            }
        } catch { try? await app.asyncShutdown(); try? FileManager.default.removeItem(atPath: dir); throw error }
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: dir)
    }
}
