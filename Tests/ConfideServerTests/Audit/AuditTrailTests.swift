import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import SQLKit
import Testing
import VaporTesting

@Suite("Audit trail in the database")
struct AuditTrailTests {
    /// A centre with some activity: sign-ins, a client, records, views.
    func busyCentre(_ centre: TestCentre) async throws {
        let alex = try await centre.signedIn("alex")
        let c = try await centre.openClient(as: alex)
        for i in 0..<8 { _ = try await centre.addRecord(as: alex, client: c, body: "Note \(i)") }
        try await alex.get("/clients/\(c)")
    }

    func verify(_ centre: TestCentre) async throws -> AuditVerdict { try await AuditLog.verify(on: centre.app.db, pageSize: 7) }

    @Test func everyActionIsChainedAndVerifies() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            let rows = try await centre.auditRows()
            #expect(rows.count >= 10)
            guard case .intact(let n, let head) = try await verify(centre) else { Issue.record("chain should verify"); return }
            #expect(n == Int64(rows.count))
            #expect(head == rows.last!.hash)
            #expect(try await centre.app.db.query(CheckpointRow.self).count() >= 1, "checkpoints are signed as the chain grows")
            // No names or note text in any entry.
            #expect(!rows.contains { $0.reason.contains("Note") || $0.reason.contains("Test Person") })
        }
    }

    @Test func editedRowIsReportedAtThatEntry() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            try await AuditRow.query(on: centre.app.db).filter(\.$id == 5).set(\.$actor, to: "staff:someone-else").update()
            guard case .broken(let b) = try await verify(centre) else { Issue.record("edit not detected"); return }
            #expect(b.kind == .changed && b.seq == 5)
        }
    }

    @Test func removedRowIsReported() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            try await AuditRow.query(on: centre.app.db).filter(\.$id == 4).delete()
            guard case .broken(let b) = try await verify(centre) else { Issue.record("removal not detected"); return }
            #expect(b.kind == .removed && b.seq == 4)
        }
    }

    @Test func swappedRowsAreReportedAsReordered() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            let db = centre.app.db
            let a = try #require(try await AuditRow.find(6, on: db))
            let b = try #require(try await AuditRow.find(7, on: db))
            // Exchange everything but the sequence numbers.
            let aCopy = (a.at, a.actor, a.role, a.action, a.object, a.reason, a.flagged, a.prevHash, a.hash)
            a.at = b.at; a.actor = b.actor; a.role = b.role; a.action = b.action; a.object = b.object; a.reason = b.reason; a.flagged = b.flagged; a.prevHash = b.prevHash; a.hash = b.hash
            b.at = aCopy.0; b.actor = aCopy.1; b.role = aCopy.2; b.action = aCopy.3; b.object = aCopy.4; b.reason = aCopy.5; b.flagged = aCopy.6; b.prevHash = aCopy.7; b.hash = aCopy.8
            try await a.update(on: db); try await b.update(on: db)
            guard case .broken(let br) = try await verify(centre) else { Issue.record("swap not detected"); return }
            #expect(br.kind == .reordered && br.seq == 6)
        }
    }

    @Test func cutTailIsDetectedAgainstAnExportedCheckpoint() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            let exported = try await ConfideRuntime.exportCheckpoints(centre.app)
            let checkpoints = try JSONDecoder().decode([AuditCheckpoint].self, from: exported)
            let head = try #require(checkpoints.max { $0.seq < $1.seq })
            // An intruder deletes the last entries and the checkpoints table too.
            try await AuditRow.query(on: centre.app.db).filter(\.$id > head.seq - 3).delete()
            try await CheckpointRow.query(on: centre.app.db).delete()
            guard case .intact = try await verify(centre) else { Issue.record("without the export the cut is invisible"); return }
            let verdict = try await AuditLog.verify(on: centre.app.db, extraCheckpoints: checkpoints, trustedKey: head.publicKey)
            guard case .broken(let b) = verdict else { Issue.record("cut tail not detected"); return }
            #expect(b.kind == .tailCut && b.seq == head.seq - 2)
        }
    }

    @Test func forgedCheckpointIsRejected() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            var cps = try JSONDecoder().decode([AuditCheckpoint].self, from: try await ConfideRuntime.exportCheckpoints(centre.app))
            cps[0].seq += 1000
            guard case .broken(let b) = try await AuditLog.verify(on: centre.app.db, extraCheckpoints: cps) else { Issue.record("forgery accepted"); return }
            #expect(b.kind == .checkpointMismatch)
        }
    }
}
