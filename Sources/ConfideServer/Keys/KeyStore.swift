import ConfideCore
import Crypto
import Fluent
import Foundation
import Vapor

/// Holds the master key for the running process and opens clients' data keys with it.
final class KeyStore: Sendable {
    let master: MasterKey
    let signingKey: Curve25519.Signing.PrivateKey
    /// Seals staff authenticator secrets; stored wrapped by the master key like the signing key.
    let staffSecrets: DataKey

    init(master: MasterKey, signingKey: Curve25519.Signing.PrivateKey, staffSecrets: DataKey) {
        self.master = master
        self.signingKey = signingKey
        self.staffSecrets = staffSecrets
    }

    func sealStaffSecret(_ secret: Data, staffID: UUID) throws -> Data {
        try staffSecrets.seal(secret, CipherContext(table: "staff", row: staffID.uuidString, field: "totp_secret"))
    }

    func openStaffSecret(_ sealed: Data, staffID: UUID) throws -> Data {
        try staffSecrets.open(sealed, CipherContext(table: "staff", row: staffID.uuidString, field: "totp_secret"))
    }

    func dataKey(for client: Client) throws -> DataKey {
        guard client.masterKeyID == master.id else {
            throw ConfideCryptoError.wrongMasterKey(expected: client.masterKeyID, got: master.id)
        }
        return try KeyWrap.unwrap(client.wrappedKey, owner: "client:\(client.id!.uuidString)", with: master)
    }

    func newDataKey(for clientID: UUID) throws -> (DataKey, Data) {
        let dk = DataKey.generate()
        return (dk, try KeyWrap.wrap(dk, owner: "client:\(clientID.uuidString)", with: master))
    }
}

struct KeyStoreKey: StorageKey { typealias Value = KeyStore }

extension Application {
    var keys: KeyStore {
        guard let k = storage[KeyStoreKey.self] else { fatalError("key store used before start-up opened it") }
        return k
    }
}

/// A start-up failure that must stop the server with one clear line.
public struct StartupError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}

enum SettingKeys {
    static let keyCheck = "master_key_check"
    static let signingKey = "audit_signing_key"
    static let rotation = "key_rotation"
    static let staffSecrets = "staff_secrets_key"
    static let statsDisclosure = "stats_disclosure_key"
    static let statsSigning = "stats_signing_key"
    /// Every secret kept wrapped by the master key, with the owner bound into its wrapping (rotation re-wraps all).
    static let wrapped: [(setting: String, owner: String)] = [
        (signingKey, "audit-signing-key"), (staffSecrets, "staff-secrets"),
        (statsDisclosure, "stats-disclosure-key"), (statsSigning, "stats-signing-key"),
    ]
}

struct KeyCheckValue: Codable { var keyID: String; var sealed: Data }
struct RotationState: Codable { var from: String; var to: String }

enum KeySetup {
    static func setting(_ key: String, on db: any Database) async throws -> Data? {
        try await Setting.find(key, on: db)?.value
    }

    static func put(_ key: String, _ value: Data, on db: any Database) async throws {
        if let s = try await Setting.find(key, on: db) { s.value = value; try await s.update(on: db) }
        else { try await Setting(key: key, value: value).create(on: db) }
    }

    /// Opens the master key, or creates one for a new, empty database. Never writes anything under a key that
    /// does not match the database: a wrong or missing key throws `StartupError`.
    static func open(_ app: Application, allowCreate: Bool = true) async throws -> KeyStore {
        let cfg = app.confide
        let db = app.db
        if try await setting(SettingKeys.rotation, on: db) != nil {
            throw StartupError("a master key rotation was interrupted; finish it with `confide keys rotate --resume` before starting")
        }
        let check = try await setting(SettingKeys.keyCheck, on: db).map { try JSONDecoder().decode(KeyCheckValue.self, from: $0) }
        let master: MasterKey
        if FileManager.default.fileExists(atPath: cfg.masterKeyFile) {
            do { master = try MasterKey.load(from: cfg.masterKeyFile) }
            catch { throw StartupError("\(error)") }
            if let check, !(check.keyID == master.id && master.verifyKeyCheck(check.sealed)) {
                throw StartupError("the master key in \(cfg.masterKeyFile) (id \(master.id)) does not open this database (written with key id \(check.keyID)); restore the right key file or set CONFIDE_MASTER_KEY_FILE")
            }
        } else {
            if let check {
                throw StartupError("no master key at \(cfg.masterKeyFile), but this database was written with key id \(check.keyID); restore the key file from your backup or set CONFIDE_MASTER_KEY_FILE")
            }
            guard allowCreate else { throw StartupError("no master key at \(cfg.masterKeyFile)") }
            master = MasterKey.generate()
            do { try master.write(to: cfg.masterKeyFile) } catch { throw StartupError("\(error)") }
            app.logger.notice("""
                Created a new master key at \(cfg.masterKeyFile) (id \(master.id)). BACK IT UP NOW, somewhere other than \
                this machine's data folder (for example printed and locked away, or in a password manager): without it \
                every client's records are unreadable, including in backups.
                """)
        }
        if check == nil {
            try await put(SettingKeys.keyCheck, JSONEncoder().encode(KeyCheckValue(keyID: master.id, sealed: master.makeKeyCheck())), on: db)
        }
        let signing = try await openSigningKey(master: master, on: db)
        return KeyStore(master: master, signingKey: signing, staffSecrets: try await openStaffSecretsKey(master: master, on: db))
    }

    /// A 256-bit secret kept wrapped by the master key under `setting`, made on first use.
    static func wrappedSecret(_ setting: String, owner: String, master: MasterKey, on db: any Database) async throws -> DataKey {
        if let wrapped = try await self.setting(setting, on: db) { return try KeyWrap.unwrap(wrapped, owner: owner, with: master) }
        let key = DataKey.generate()
        try await put(setting, KeyWrap.wrap(key, owner: owner, with: master), on: db)
        return key
    }

    static func openStaffSecretsKey(master: MasterKey, on db: any Database) async throws -> DataKey {
        if let wrapped = try await setting(SettingKeys.staffSecrets, on: db) {
            return try KeyWrap.unwrap(wrapped, owner: "staff-secrets", with: master)
        }
        let key = DataKey.generate()
        try await put(SettingKeys.staffSecrets, KeyWrap.wrap(key, owner: "staff-secrets", with: master), on: db)
        return key
    }

    /// The centre's Ed25519 key for audit checkpoints, stored wrapped by the master key.
    static func openSigningKey(master: MasterKey, on db: any Database) async throws -> Curve25519.Signing.PrivateKey {
        if let wrapped = try await setting(SettingKeys.signingKey, on: db) {
            let dk = try KeyWrap.unwrap(wrapped, owner: "audit-signing-key", with: master)
            return try Curve25519.Signing.PrivateKey(rawRepresentation: dk.key.withUnsafeBytes { Data($0) })
        }
        let key = Curve25519.Signing.PrivateKey()
        let asData = DataKey(key: SymmetricKey(data: key.rawRepresentation))
        try await put(SettingKeys.signingKey, KeyWrap.wrap(asData, owner: "audit-signing-key", with: master), on: db)
        return key
    }
}
