import ConfideCore
import Fluent
import Foundation
import Vapor

/// A larger fictional centre for growth benchmarks: `serve --demo --demo-scale N` makes N times the demo's
/// clients (and so N times its records and audit entries). The extra clients belong to extra, equally
/// fictional counsellors (about 13 clients each, as in the demo), in their own teams, so every person's own
/// caseload stays the size it would be in a real centre while the database grows.
///
/// Seeding is batched (many rows per INSERT, 50 clients per transaction, the audit chain extended in
/// memory from its head), so 100× (4,000 clients, 60,000 records) takes seconds, not the hours that one
/// transaction and one audit round trip per row would. The chain it writes is the same chain
/// `AuditLog.append` would have written, and `confide audit verify` checks it.
extension DemoData {
    /// The largest scale: service references have four digits per year (C-2026-0001 … C-2026-9999).
    public static let maximumScale = 200

    public static func seed(_ app: Application, scale: Int) async throws -> [SignIn] {
        precondition(scale >= 1 && scale <= maximumScale, "demo scale must be 1…\(maximumScale)")
        let signIns = try await seed(app)
        let target = 40 * scale
        let have = try await Client.query(on: app.db).count()
        if have < target { try await addClients(app, from: have, to: target) }
        return signIns
    }

    static func addClients(_ app: Application, from start: Int, to end: Int, notesPerClient: Int = 15) async throws {
        let perWorker = 13
        let keys = app.keys
        let hash = try await Staff.query(on: app.db).filter(\.$email == staff[0].1).first()!.passwordHash
        var rng = SplitMix(seed: 20260112 &+ UInt64(start))
        let now = Date()
        let twoYears: TimeInterval = 730 * 86400
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let lockAfter = app.confide.recordLockAfter
        // The extra counsellors first, in one transaction (all share the demo password's hash).
        let workerCount = (end - start + perWorker - 1) / perWorker
        let workers: [Staff] = (1...workerCount).map { k in
            Staff(id: UUID(), email: "bench-counsellor-\(start)-\(k)@northmoor-rc.example", displayName: "Demo Worker \(start)-\(k)",
                  passwordHash: hash, role: .counsellor, team: k % 2 == 0 ? "East" : "West")
        }
        try await app.writeTransaction { db in
            for chunk in stride(from: 0, to: workers.count, by: 100) {
                try await Array(workers[chunk..<min(chunk + 100, workers.count)]).create(on: db)
            }
        }
        var index = start
        while index < end {
            let batchEnd = min(end, index + 50)
            var clients: [Client] = []
            var records: [ClientRecord] = []
            // Audit entries to append, in order, with the object each names.
            var events: [(action: String, object: String)] = []
            for i in index..<batchEnd {
                let worker = workers[(i - start) / perWorker]
                let id = UUID()
                let (dk, wrapped) = try keys.newDataKey(for: id)
                let c = Client()
                c.id = id; c.reference = "C-\(year)-" + String(format: "%04d", i + 1); c.allocatedWorkerID = worker.id!
                c.team = worker.team; c.wrappedKey = wrapped; c.masterKeyID = keys.master.id; c.status = i % 9 == 0 ? "closed" : "open"
                c.createdAt = now.addingTimeInterval(-twoYears + Double(i % 600) * (twoYears - 120 * 86400) / 600)
                if c.status == "closed" { c.closedOn = Validate.day(now) }
                func ctx(_ f: String) -> CipherContext { CipherContext(table: "clients", row: id.uuidString, field: f) }
                let name = "\(first[Int(rng.next() % UInt64(first.count))]) \(last[Int(rng.next() % UInt64(last.count))])"
                c.nameCT = try dk.seal(name, ctx("name"))
                c.dobCT = try dk.seal(String(format: "19%02d-%02d-%02d", 70 + Int(rng.next() % 30), 1 + Int(rng.next() % 12), 1 + Int(rng.next() % 28)), ctx("dob"))
                c.contactCT = try dk.seal("Mobile 07700 900\(String(format: "%03d", i % 1000))", ctx("contact"))
                c.safeContactCT = try dk.seal(i % 3 == 0 ? "Text only, weekdays 10–3. Do not say the centre's name." : "Phone or text any time.", ctx("safe_contact"))
                clients.append(c)
                events.append(("client.create", "client:\(id)"))
                for n in 0..<notesPerClient {
                    let r = ClientRecord()
                    r.id = UUID(); r.clientID = id
                    r.kind = n == 0 ? RecordKind.assessment.rawValue : (n % 11 == 5 ? RecordKind.safeguarding.rawValue : RecordKind.sessionNote.rawValue)
                    let when = min(c.createdAt.addingTimeInterval(Double(n) * 7 * 86400 + Double(rng.next() % 86400)), now)
                    r.occurredOn = Validate.day(when)
                    r.authorID = worker.id!; r.createdAt = when; r.updatedAt = when; r.locksAt = when.addingTimeInterval(lockAfter)
                    let text = "Session \(n + 1). " + themes[Int(rng.next() % UInt64(themes.count))]
                    r.bodyCT = try dk.seal(text, CipherContext(table: "records", row: r.id!.uuidString, field: "body"))
                    records.append(r)
                    events.append(("record.create", "client:\(id)/record:\(r.id!)"))
                }
            }
            let clientRows = clients, recordRows = records, auditEvents = events
            try await app.writeTransaction { db in
                for chunk in stride(from: 0, to: clientRows.count, by: 100) {
                    try await Array(clientRows[chunk..<min(chunk + 100, clientRows.count)]).create(on: db)
                }
                for chunk in stride(from: 0, to: recordRows.count, by: 200) {
                    try await Array(recordRows[chunk..<min(chunk + 200, recordRows.count)]).create(on: db)
                }
                try await appendBatch(auditEvents, on: db, app: app)
            }
            index = batchEnd
        }
    }

    /// Extends the chain from its head with one entry per event (actor "system", reason "demo data"), as
    /// `AuditLog.append` would, but with many rows per INSERT. Signs a checkpoint wherever one falls due.
    static func appendBatch(_ events: [(action: String, object: String)], on db: any Database, app: Application) async throws {
        let head = try await AuditRow.query(on: db).sort(\.$id, .descending).first()
        var previous = head.map { (seq: $0.id!, hash: $0.hash) }
        var entries: [AuditEntry] = []
        var due: [AuditEntry] = []
        let at = AuditEntry.timestamp()
        for ev in events {
            let e = AuditEntry.next(after: previous, at: at, actor: AuditActor.system.id, role: AuditActor.system.role,
                                    action: ev.action, object: ev.object, reason: "demo data")
            entries.append(e)
            if e.seq % app.confide.checkpointEvery == 0 { due.append(e) }
            previous = (e.seq, e.hash)
        }
        try await AuditTable.insert(entries, on: try AuditLog.sqlDatabase(db))
        for e in due { try await AuditLog.checkpoint(seq: e.seq, hash: e.hash, on: db, app: app) }
    }
}
