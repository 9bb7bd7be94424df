import ConfideCore
import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor

/// `confide backup` / `confide restore`: a consistent, encrypted, logical snapshot that works the same on SQLite
/// and PostgreSQL while the server runs.
///
/// Why logical rather than a copy of the database file: the same format restores into either database, the
/// snapshot is read in one transaction (consistent), and clients' wrapped data keys can be kept OUT of the backup
/// file. They go to the key escrow (`<data>/key-escrow/`, or `CONFIDE_KEY_ESCROW_DIR`), which Confide rewrites
/// when a client is shredded — so shredding makes every earlier backup unable to decrypt her.
public enum Backup {
    public struct Failure: Error, CustomStringConvertible { public let description: String }

    struct Header: Codable {
        var schema = "confide.backup/v1"
        var backupID: String
        var created: String
        var masterKeyID: String
        var database: String
        var tables: [String: Int]
    }

    struct Line: Codable { var t: String; var row: Data }

    /// An audit row as a backup holds it (the model's coding keys), from before or after migration 0007.
    struct BackedUpAuditRow: Decodable {
        var id: Int64, body: String?, hash: String
        var at: String?, actor: String?, role: String?, action: String?, object: String?, reason: String?, flagged: Bool?, prevHash: String?

        func entry() throws -> AuditEntry {
            if let body {
                // Stored as written; `audit verify` after the restore checks it like any other row.
                guard var e = AuditBody.decode(body) else { throw Failure(description: "audit entry \(id) in the backup cannot be read") }
                e.hash = hash
                return e
            }
            guard let at, let actor, let role, let action, let object, let reason, let flagged, let prevHash else {
                throw Failure(description: "audit entry \(id) in the backup is incomplete")
            }
            return AuditEntry(seq: id, at: at, actor: actor, role: role, action: action, object: object, reason: reason,
                              flagged: flagged, prevHash: prevHash, hash: hash, format: .v1)
        }
    }

    /// The tables a backup holds, in an order that respects references. Sessions are left out on purpose:
    /// after a restore everyone signs in again.
    static func dumpers() -> [(String, @Sendable (any Database) async throws -> [Data], @Sendable (Data, any Database) async throws -> Void)] {
        func entry<M: Model>(_ m: M.Type, scrub: (@Sendable (M) -> Void)? = nil) -> (String, @Sendable (any Database) async throws -> [Data], @Sendable (Data, any Database) async throws -> Void) {
            (M.schema,
             { db in try await M.query(on: db).all().map { row in scrub?(row); return try JSONEncoder().encode(row) } },
             { data, db in try await JSONDecoder().decode(M.self, from: data).create(on: db) })
        }
        // Audit rows go back as written: body and hash (the database derives the rest). A backup made before
        // migration 0007 has columns and no body: those rows are format-1 entries, and get their format-1 body.
        let auditEntries: (String, @Sendable (any Database) async throws -> [Data], @Sendable (Data, any Database) async throws -> Void) = (
            AuditRow.schema,
            { db in try await AuditRow.query(on: db).sort(\.$id).all().map { try JSONEncoder().encode($0) } },
            { data, db in
                let r = try JSONDecoder().decode(BackedUpAuditRow.self, from: data)
                try await AuditTable.insert([try r.entry()], on: try AuditLog.sqlDatabase(db))
            })
        return [
            entry(Staff.self), entry(Client.self, scrub: { $0.wrappedKey = Data() }), entry(ClientRecord.self), entry(Amendment.self),
            entry(Attachment.self), entry(AccessGrant.self), entry(RecordsRequest.self), entry(RequestLetter.self), entry(Disclosure.self),
            entry(SurvivorCode.self), entry(SurvivorWish.self), entry(Setting.self), auditEntries, entry(CheckpointRow.self),
            entry(HubCentre.self), entry(HubReturn.self), entry(OutcomesImport.self), entry(OutcomesRecord.self), entry(RecordedCrimeRecord.self), entry(ShredOrder.self),
            entry(DisclosureBundle.self), entry(BundleItem.self), entry(BundleDecisionRow.self), entry(BundleCopy.self),
        ]
    }

    static func backupKey(_ master: MasterKey, id: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: master.key, salt: Data(id.utf8), info: Data("confide.backup/v1".utf8), outputByteCount: 32)
    }

    public static func escrowDirectory(_ config: ConfideConfig) -> String {
        config.keyEscrowDirectory ?? (config.dataDirectory as NSString).appendingPathComponent("key-escrow")
    }

    /// Writes `path` (the encrypted snapshot) and `<escrow>/<backup id>.json` (clients' wrapped keys).
    public static func write(_ app: Application, to path: String) async throws -> (id: String, counts: [String: Int]) {
        let id = AuditEntry.timestamp().replacingOccurrences(of: ":", with: "").replacingOccurrences(of: ".", with: "-")
        // One read transaction: every table as of the same moment.
        let (lines, counts, keys) = try await app.db.transaction { db -> ([Data], [String: Int], [String: String]) in
            if app.confide.databaseURL != nil { try await (db as! any SQLDatabase).raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").run() }
            var lines: [Data] = [], counts: [String: Int] = [:]
            for (table, dump, _) in dumpers() {
                let rows = try await dump(db)
                counts[table] = rows.count
                for r in rows { lines.append(try JSONEncoder().encode(Line(t: table, row: r))) }
            }
            var keys: [String: String] = [:]
            for c in try await Client.query(on: db).all() { keys[c.id!.uuidString] = c.masterKeyID + ":" + c.wrappedKey.base64EncodedString() }
            return (lines, counts, keys)
        }
        let master = app.keys.master
        let header = Header(backupID: id, created: AuditEntry.timestamp(), masterKeyID: master.id, database: app.confide.databaseKind, tables: counts)
        var body = Data()
        for l in lines { body.append(l); body.append(0x0A) }
        let headerBytes = try JSONEncoder().encode(header)
        let sealed = try AES.GCM.seal(body, using: backupKey(master, id: id), authenticating: headerBytes).combined!
        var file = headerBytes
        file.append(0x0A)
        file.append(sealed)
        let escrow = escrowDirectory(app.confide)
        try FileManager.default.createDirectory(atPath: escrow, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let escrowFile = (escrow as NSString).appendingPathComponent("\(id).json")
        guard FileManager.default.createFile(atPath: escrowFile, contents: try JSONEncoder().encode(keys), attributes: [.posixPermissions: 0o600]),
              FileManager.default.createFile(atPath: path, contents: file, attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "could not write the backup to \(path)")
        }
        try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: .system, action: "backup.create", object: "backup:\(id)",
                                      reason: "\(lines.count) rows")
        }
        return (id, counts)
    }

    /// Restores into a new, empty database, then checks the master key and the audit chain.
    public static func restore(_ app: Application, from path: String, masterKeyFiles: [String]) async throws -> (rows: Int, verdict: AuditVerdict) {
        guard let file = FileManager.default.contents(atPath: path), let nl = file.firstIndex(of: 0x0A) else {
            throw Failure(description: "cannot read \(path) as a Confide backup")
        }
        let headerData = Data(file[file.startIndex..<nl])
        guard let header = try? JSONDecoder().decode(Header.self, from: headerData), header.schema == "confide.backup/v1" else {
            throw Failure(description: "\(path) is not a Confide backup (confide.backup/v1)")
        }
        guard let master = masterKeyFiles.compactMap({ try? MasterKey.load(from: $0) }).first(where: { $0.id == header.masterKeyID }) else {
            throw Failure(description: "this backup was made with master key \(header.masterKeyID); none of the key files given has that id (retired keys are kept as master.key.retired-<id>)")
        }
        let body: Data
        do { body = try AES.GCM.open(try AES.GCM.SealedBox(combined: Data(file[(nl + 1)...])), using: backupKey(master, id: header.backupID), authenticating: headerData) }
        catch { throw Failure(description: "the backup failed its integrity check: it was altered or damaged") }
        let existingStaff = try await Staff.query(on: app.db).count()
        let existingAudit = try await AuditRow.query(on: app.db).count()
        if existingStaff > 0 || existingAudit > 0 {
            throw Failure(description: "the target database is not empty; restore into a new data folder or database")
        }
        let escrowFile = (escrowDirectory(app.confide) as NSString).appendingPathComponent("\(header.backupID).json")
        let keys = FileManager.default.contents(atPath: escrowFile).flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
        let loaders = Dictionary(uniqueKeysWithValues: dumpers().map { ($0.0, $0.2) })
        let rows = try await app.db.transaction { db -> Int in
            var rows = 0
            for line in body.split(separator: 0x0A) where !line.isEmpty {
                let l = try JSONDecoder().decode(Line.self, from: Data(line))
                guard let load = loaders[l.t] else { throw Failure(description: "unknown table \(l.t) in the backup") }
                try await load(l.row, db)
                rows += 1
            }
            // Clients' keys come back from the escrow; a shredded client's key is gone from there too.
            for c in try await Client.query(on: db).all() {
                guard let entry = keys[c.id!.uuidString], let colon = entry.firstIndex(of: ":"),
                      let wrapped = Data(base64Encoded: String(entry[entry.index(after: colon)...])) else { continue }
                c.masterKeyID = String(entry[..<colon]); c.wrappedKey = wrapped
                try await c.update(on: db)
            }
            return rows
        }
        guard let check = try await KeySetup.setting(SettingKeys.keyCheck, on: app.db).flatMap({ try? JSONDecoder().decode(KeyCheckValue.self, from: $0) }),
              check.keyID == master.id || FileManager.default.fileExists(atPath: app.confide.masterKeyFile) else {
            throw Failure(description: "restored, but the database's key check does not match the key used; check CONFIDE_MASTER_KEY_FILE")
        }
        return (rows, try await AuditLog.verify(on: app.db))
    }

    /// Removes a shredded client's key from every escrow file, so no earlier backup can decrypt her.
    static func forget(clientID: UUID, config: ConfideConfig) throws {
        let dir = escrowDirectory(config)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where name.hasSuffix(".json") {
            let path = (dir as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), var keys = try? JSONDecoder().decode([String: String].self, from: data),
                  keys.removeValue(forKey: clientID.uuidString) != nil else { continue }
            let tmp = path + ".tmp"
            guard FileManager.default.createFile(atPath: tmp, contents: try JSONEncoder().encode(keys), attributes: [.posixPermissions: 0o600]),
                  rename(tmp, path) == 0 else { throw Failure(description: "could not rewrite \(path)") }
        }
    }
}
