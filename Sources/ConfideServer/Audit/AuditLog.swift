import ConfideCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Who did it, as the audit trail records it: an id and a role, never a name.
struct AuditActor: Sendable {
    let id: String
    let role: String
    static let system = AuditActor(id: "system", role: "system")
    static let anonymous = AuditActor(id: "anonymous", role: "anonymous")
}

/// Appends to the hash-chained audit trail, always on the caller's transaction so the entry and the action
/// commit together.
enum AuditLog {
    /// On PostgreSQL, one writer at a time for the rest of this transaction (several server processes may share
    /// the database). Taken before anything is read that the write depends on: the chain head, "highest + 1"
    /// references. SQLite needs nothing: the write gate already serialises whole transactions.
    static func serialise(_ db: any Database) async throws {
        if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(727001)").run()
        }
    }

    @discardableResult
    static func append(on db: any Database, app: Application, actor: AuditActor, action: String, object: String,
                       reason: String = "", flagged: Bool = false) async throws -> AuditEntry {
        // Several server processes may share one PostgreSQL: one appender at a time, released at commit.
        try await serialise(db)
        let last = try await AuditRow.query(on: db).sort(\.$id, .descending).first()
        let entry = AuditEntry.next(after: last.map { (seq: $0.id!, hash: $0.hash) }, at: AuditEntry.timestamp(),
                                    actor: actor.id, role: actor.role, action: action, object: object,
                                    reason: reason, flagged: flagged)
        // The row is the entry's body and hash; the database derives every other column from the body.
        try await AuditTable.insert([entry], on: try sqlDatabase(db))
        if entry.seq % app.confide.checkpointEvery == 0 {
            try await checkpoint(seq: entry.seq, hash: entry.hash, on: db, app: app)
        }
        return entry
    }

    /// Signs the head (`seq`, `hash`) unless a checkpoint for it exists.
    static func checkpoint(seq: Int64, hash: String, on db: any Database, app: Application) async throws {
        let cp = try AuditCheckpoint.sign(seq: seq, headHash: hash, at: AuditEntry.timestamp(), key: app.keys.signingKey)
        if try await CheckpointRow.find(cp.seq, on: db) != nil { return }
        let row = CheckpointRow()
        row.id = cp.seq; row.headHash = cp.headHash; row.at = cp.at; row.publicKey = cp.publicKey; row.signature = cp.signature
        try await row.create(on: db)
    }

    /// Signs the current head now (used by `confide audit checkpoint` and before exporting checkpoints).
    static func checkpointNow(app: Application) async throws -> AuditCheckpoint? {
        try await app.writeTransaction { db in
            guard let last = try await AuditRow.query(on: db).sort(\.$id, .descending).first() else { return nil }
            try await checkpoint(seq: last.id!, hash: last.hash, on: db, app: app)
            return try await CheckpointRow.find(last.id!, on: db).map(checkpoint)
        }
    }

    static func sqlDatabase(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "The audit chain needs an SQL database.") }
        return sql
    }

    /// A row of the table as it was before migration 0007 (columns, no body): a format-1 entry.
    static func formatOneEntry(_ r: any SQLRow) throws -> AuditEntry {
        AuditEntry(seq: try r.decode(column: "seq", as: Int64.self), at: try r.decode(column: "at", as: String.self),
                   actor: try r.decode(column: "actor", as: String.self), role: try r.decode(column: "role", as: String.self),
                   action: try r.decode(column: "action", as: String.self), object: try r.decode(column: "object", as: String.self),
                   reason: try r.decode(column: "reason", as: String.self), flagged: try r.decode(column: "flagged", as: Bool.self),
                   prevHash: try r.decode(column: "prev_hash", as: String.self), hash: try r.decode(column: "hash", as: String.self))
    }

    static func checkpoint(_ r: CheckpointRow) -> AuditCheckpoint {
        AuditCheckpoint(seq: r.id!, headHash: r.headHash, at: r.at, publicKey: r.publicKey, signature: r.signature)
    }

    static func checkpoints(on db: any Database) async throws -> [AuditCheckpoint] {
        try await CheckpointRow.query(on: db).sort(\.$id).all().map(checkpoint)
    }

    /// Walks the whole chain in pages, so memory stays flat however long it is. Checkpoints whose signature
    /// does not verify (against `trustedKey` when given) are themselves reported.
    static func verify(on db: any Database, extraCheckpoints: [AuditCheckpoint] = [], trustedKey: String? = nil,
                       pageSize: Int = 5000) async throws -> AuditVerdict {
        let cps = try await checkpoints(on: db) + extraCheckpoints
        if let bad = cps.first(where: { !$0.isValid(trustedKey: trustedKey) }) {
            return .broken(AuditBreak(kind: .checkpointMismatch, seq: bad.seq, detail: "the checkpoint's signature does not verify"))
        }
        let sql = try sqlDatabase(db)
        if let changed = try await AuditTable.check(on: db) {
            return .broken(AuditBreak(kind: .changed, seq: 0, detail: changed))
        }
        var verifier = AuditVerifier(checkpoints: cps)
        // Plain SQL rather than Fluent models: reading a row through Fluent's reflection cost ~30 times verifying
        // it (perf: two thirds of the time in the Swift runtime's metadata and demangling). Only what is hashed.
        var after: Int64 = 0
        while !verifier.isBroken {
            let rows = try await sql.raw("""
                SELECT seq, body, hash FROM audit_entries
                WHERE seq > \(bind: after) ORDER BY seq LIMIT \(unsafeRaw: String(pageSize))
                """).all()
            guard let lastRow = rows.last else { break }
            let page = try rows.map {
                StoredAuditEntry(seq: try $0.decode(column: "seq", as: Int64.self), body: try $0.decode(column: "body", as: String.self),
                                 hash: try $0.decode(column: "hash", as: String.self))
            }
            verifier.add(contentsOf: page)
            after = try lastRow.decode(column: "seq", as: Int64.self)
        }
        return verifier.finish()
    }
}
