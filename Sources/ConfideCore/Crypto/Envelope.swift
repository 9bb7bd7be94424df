import Crypto
import Foundation

/// Where a ciphertext belongs. It is authenticated as associated data, so a ciphertext copied to another
/// row or field does not open and is reported as tampering.
public struct CipherContext: Sendable, Hashable, CustomStringConvertible {
    public let table: String
    public let row: String
    public let field: String
    public init(table: String, row: String, field: String) { self.table = table; self.row = row; self.field = field }
    var associatedData: Data { Data("confide.field/v1|\(table)|\(row)|\(field)".utf8) }
    public var description: String { "\(table)/\(field)" }   // no row id: messages may reach logs
}

/// A client's own data key (AES-256-GCM). Destroying its wrapped form crypto-shreds the client's data.
public struct DataKey: Sendable {
    public let key: SymmetricKey
    public init(key: SymmetricKey) { self.key = key }
    public static func generate() -> DataKey { DataKey(key: SymmetricKey(size: .bits256)) }

    public func seal(_ plaintext: Data, _ context: CipherContext) throws -> Data {
        try AES.GCM.seal(plaintext, using: key, authenticating: context.associatedData).combined!
    }
    public func seal(_ text: String, _ context: CipherContext) throws -> Data { try seal(Data(text.utf8), context) }

    public func open(_ sealed: Data, _ context: CipherContext) throws -> Data {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return try AES.GCM.open(box, using: key, authenticating: context.associatedData)
        } catch {
            throw ConfideCryptoError.tampered(context.description)
        }
    }
    public func openString(_ sealed: Data, _ context: CipherContext) throws -> String {
        guard let s = String(data: try open(sealed, context), encoding: .utf8) else { throw ConfideCryptoError.tampered(context.description) }
        return s
    }
}

/// Envelope encryption: data keys are stored only wrapped by the master key, bound to their owner.
public enum KeyWrap {
    static func aad(owner: String, masterKeyID: String) -> Data { Data("confide.dek/v1|\(owner)|\(masterKeyID)".utf8) }

    public static func wrap(_ dataKey: DataKey, owner: String, with master: MasterKey) throws -> Data {
        let raw = dataKey.key.withUnsafeBytes { Data($0) }
        return try AES.GCM.seal(raw, using: master.key, authenticating: aad(owner: owner, masterKeyID: master.id)).combined!
    }

    public static func unwrap(_ wrapped: Data, owner: String, with master: MasterKey) throws -> DataKey {
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped)
            let raw = try AES.GCM.open(box, using: master.key, authenticating: aad(owner: owner, masterKeyID: master.id))
            return DataKey(key: SymmetricKey(data: raw))
        } catch {
            throw ConfideCryptoError.tampered("data key")
        }
    }
}
