import ConfideCore
import Fluent
import Foundation
import Vapor

/// `confide keys rotate`: re-wraps every client's data key (and the audit signing key) under a new master
/// key without touching any record body. Each client's key row records which master key wraps it, so a
/// rotation stopped at any moment resumes where it stopped and loses nothing.
public enum KeyRotation {
    public struct Report: Sendable { public var rewrapped: Int; public var newKeyID: String; public var retiredKeyFile: String }

    /// `stopAfter` simulates a crash after that many clients (tests only).
    public static func rotate(_ app: Application, resume: Bool, batchSize: Int = 100, stopAfter: Int? = nil) async throws -> Report {
        let cfg = app.confide
        let db = app.db
        let newPath = cfg.masterKeyFile + ".new"
        var state = try await KeySetup.setting(SettingKeys.rotation, on: db).map { try JSONDecoder().decode(RotationState.self, from: $0) }
        if state != nil && !resume { throw StartupError("a rotation is already under way; run `confide keys rotate --resume`") }
        if state == nil && resume { throw StartupError("there is no interrupted rotation to resume") }

        let old: MasterKey
        let new: MasterKey
        if let s = state {
            let candidates = keyFiles(cfg.masterKeyFile).compactMap { try? MasterKey.load(from: $0) }
            guard let o = candidates.first(where: { $0.id == s.from }), let n = candidates.first(where: { $0.id == s.to }) else {
                throw StartupError("cannot find both key files for the interrupted rotation (\(s.from) → \(s.to)) beside \(cfg.masterKeyFile)")
            }
            old = o; new = n
        } else {
            let store = try await KeySetup.open(app, allowCreate: false)
            old = store.master
            if FileManager.default.fileExists(atPath: newPath) {
                throw StartupError("\(newPath) already exists; move it away or run with --resume")
            }
            new = MasterKey.generate()
            try new.write(to: newPath)   // the new key is on disk before any row depends on it
            state = RotationState(from: old.id, to: new.id)
            try await KeySetup.put(SettingKeys.rotation, JSONEncoder().encode(state!), on: db)
        }

        var done = 0
        while true {
            let batch = try await Client.query(on: db).filter(\.$masterKeyID == old.id).limit(batchSize).all()
            if batch.isEmpty { break }
            for client in batch {
                if let stop = stopAfter, done >= stop { throw StartupError("rotation stopped (simulated crash) after \(done) clients") }
                let owner = "client:\(client.id!.uuidString)"
                let dk = try KeyWrap.unwrap(client.wrappedKey, owner: owner, with: old)
                client.wrappedKey = try KeyWrap.wrap(dk, owner: owner, with: new)
                client.masterKeyID = new.id
                try await client.update(on: db)   // one row at a time: each is complete on its own
                done += 1
            }
        }
        // The wrapped secrets and key check move last; until then the old key still opens them.
        for (setting, owner) in SettingKeys.wrapped {
            if let wrapped = try await KeySetup.setting(setting, on: db), let dk = try? KeyWrap.unwrap(wrapped, owner: owner, with: old) {
                try await KeySetup.put(setting, KeyWrap.wrap(dk, owner: owner, with: new), on: db)
            }
        }
        try await KeySetup.put(SettingKeys.keyCheck, JSONEncoder().encode(KeyCheckValue(keyID: new.id, sealed: new.makeKeyCheck())), on: db)

        // Swap the files: keep the old key as a retired file (older backups need it), then put the new one in place.
        let retired = cfg.masterKeyFile + ".retired-" + old.id
        let fm = FileManager.default
        if !fm.fileExists(atPath: retired), fm.fileExists(atPath: cfg.masterKeyFile),
           (try? MasterKey.load(from: cfg.masterKeyFile))?.id == old.id {
            try fm.copyItem(atPath: cfg.masterKeyFile, toPath: retired)
            try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: retired)
        }
        if fm.fileExists(atPath: newPath) {
            if rename(newPath, cfg.masterKeyFile) != 0 { throw StartupError("could not move \(newPath) to \(cfg.masterKeyFile)") }
        }
        try await Setting.find(SettingKeys.rotation, on: db)?.delete(on: db)
        let store = KeyStore(master: new, signingKey: try await KeySetup.openSigningKey(master: new, on: db),
                             staffSecrets: try await KeySetup.openStaffSecretsKey(master: new, on: db))
        app.storage[KeyStoreKey.self] = store
        let count = done
        _ = try await app.writeTransaction { db in
            try await AuditLog.append(on: db, app: app, actor: .system, action: "keys.rotate", object: "master-key:\(new.id)",
                                      reason: "re-wrapped \(count) data keys; retired key \(old.id)")
        }
        return Report(rewrapped: done, newKeyID: new.id, retiredKeyFile: retired)
    }

    static func keyFiles(_ path: String) -> [String] {
        let dir = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let others = ((try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? [])
            .filter { $0.hasPrefix(base + ".") }
            .map { (dir as NSString).appendingPathComponent($0) }
        return [path] + others
    }
}
