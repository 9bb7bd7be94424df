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

    var sql: (TestCentre) -> any SQLDatabase { { $0.app.db as! any SQLDatabase } }

    @Test func editedRowIsReportedAtThatEntry() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            let row = try #require(try await AuditRow.find(5, on: centre.app.db))
            let edited = row.body.replacingOccurrences(of: "\"actor\":\"\(row.actor)\"", with: "\"actor\":\"staff:someone-else\"")
            #expect(edited != row.body)
            try await sql(centre).raw("UPDATE audit_entries SET body = \(bind: edited) WHERE seq = 5").run()
            #expect(try await AuditRow.find(5, on: centre.app.db)?.actor == "staff:someone-else", "the column follows the body")
            guard case .broken(let b) = try await verify(centre) else { Issue.record("edit not detected"); return }
            #expect(b.kind == .changed && b.seq == 5)
        }
    }

    @Test func aColumnCannotBeEditedApartFromTheHashedEntry() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            await #expect(throws: (any Error).self) {
                try await sql(centre).raw("UPDATE audit_entries SET actor = 'staff:someone-else' WHERE seq = 5").run()
            }
            guard case .intact = try await verify(centre) else { Issue.record("a refused edit changed the chain"); return }
        }
    }

    @Test func columnsThatNoLongerFollowTheBodyAreReported() async throws {
        try await TestCentre.with { centre in
            try await busyCentre(centre)
            let db = sql(centre)
            if TestCentre.usingPostgres {
                try await db.raw("ALTER TABLE audit_entries ALTER COLUMN object DROP EXPRESSION").run()
            } else {
                // Whoever can write the file can rebuild the table with ordinary columns holding the same values.
                try await db.raw("CREATE TABLE audit_plain AS SELECT * FROM audit_entries").run()
                try await db.raw("DROP TABLE audit_entries").run()
                try await db.raw("ALTER TABLE audit_plain RENAME TO audit_entries").run()
            }
            guard case .broken(let b) = try await verify(centre) else { Issue.record("ordinary columns not noticed"); return }
            #expect(b.kind == .changed && b.detail.contains("no longer generated"))
        }
    }

    @Test func anyReasonTextRoundTripsThroughTheStoredBody() async throws {
        try await TestCentre.with { centre in
            let reasons = ["quote \" and backslash \\ and \\u0041", "line\nbreak\ttab\r\u{1}\u{1f}", "café – ✓ 👩🏽‍⚕️", "", "{\"v\":2}", "'; DROP TABLE audit_entries; --"]
            try await centre.app.writeTransaction { db in
                for r in reasons { try await AuditLog.append(on: db, app: centre.app, actor: .system, action: "test.reason", object: "test", reason: r) }
            }
            let rows = try await centre.auditRows().filter { $0.action == "test.reason" }
            #expect(rows.map(\.reason) == reasons)
            #expect(rows.allSatisfy { $0.body.hasPrefix("{\"v\":2,") })
            guard case .intact = try await verify(centre) else { Issue.record("chain should verify"); return }
        }
    }

    @Test func entriesWrittenBeforeMigration0007StillVerifyAndStillDetectEdits() async throws {
        try await TestCentre.with { centre in
            let db = sql(centre)
            // The table as migrations 0001-0006 left it, holding a format-1 chain.
            try await db.raw("DROP TABLE audit_entries").run()
            try await db.raw("DELETE FROM audit_checkpoints").run()
            try await db.raw("""
                CREATE TABLE audit_entries (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL,
                action TEXT NOT NULL, object TEXT NOT NULL, reason TEXT NOT NULL, flagged BOOLEAN NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
                """).run()
            var previous: (seq: Int64, hash: String)?
            var old: [AuditEntry] = []
            for i in 0..<25 {
                let e = AuditEntry.next(after: previous, at: "2025-03-0\(i % 9 + 1)T10:00:00.000Z", actor: "staff:\(i % 3)", role: "counsellor",
                                        action: "record.view", object: "client:\(i)", reason: i == 7 ? "said \"urgent\"\nby phone" : "",
                                        flagged: i == 7, format: .v1)
                old.append(e); previous = (e.seq, e.hash)
                try await db.insert(into: "audit_entries").columns("seq", "at", "actor", "role", "action", "object", "reason", "flagged", "prev_hash", "hash")
                    .values(SQLBind(e.seq), SQLBind(e.at), SQLBind(e.actor), SQLBind(e.role), SQLBind(e.action), SQLBind(e.object),
                            SQLBind(e.reason), SQLBind(e.flagged), SQLBind(e.prevHash), SQLBind(e.hash)).run()
            }
            try await AuditEntriesStoreTheirBody().prepare(on: centre.app.db)
            // New entries follow on in format 2; the whole chain verifies, the columns read as before.
            try await centre.app.writeTransaction { db in
                try await AuditLog.append(on: db, app: centre.app, actor: .system, action: "after.migration", object: "test")
            }
            guard case .intact(let n, _) = try await verify(centre) else { Issue.record("migrated chain should verify"); return }
            #expect(n == 26)
            let rows = try await centre.auditRows()
            #expect(rows.prefix(25).map(\.reason) == old.map(\.reason) && rows[7].flagged && rows[3].actor == "staff:0")
            #expect(rows[0].body.hasPrefix("{\"v\":1,") && rows[25].body.hasPrefix("{\"v\":2,"))
            #expect(rows[25].prevHash == old[24].hash)
            // An edit of a format-1 entry's body is still an edit.
            let edited = rows[12].body.replacingOccurrences(of: "client:12", with: "client:99")
            try await db.raw("UPDATE audit_entries SET body = \(bind: edited) WHERE seq = 13").run()
            guard case .broken(let b) = try await verify(centre) else { Issue.record("edit of a format-1 entry not detected"); return }
            #expect(b.kind == .changed && b.seq == 13)
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
            let a = try #require(try await AuditRow.find(6, on: centre.app.db))
            let b = try #require(try await AuditRow.find(7, on: centre.app.db))
            // Exchange everything but the sequence numbers.
            try await sql(centre).raw("UPDATE audit_entries SET body = \(bind: b.body), hash = \(bind: b.hash) WHERE seq = 6").run()
            try await sql(centre).raw("UPDATE audit_entries SET body = \(bind: a.body), hash = \(bind: a.hash) WHERE seq = 7").run()
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
