import Crypto
import Foundation

/// The key that wraps every client's data key. It never encrypts record content itself, so rotating it
/// only re-wraps small data keys (see `KeyRotation`).
public struct MasterKey: Sendable {
    public let key: SymmetricKey
    /// A short, non-secret fingerprint used to tell which master key wrapped a data key
    /// and to recognise a wrong key file before anything is written.
    public let id: String

    public init(bytes: Data) throws {
        guard bytes.count == 32 else { throw ConfideCryptoError.badKeyFile("a master key must be 32 bytes (base64 in the key file)") }
        key = SymmetricKey(data: bytes)
        let digest = SHA256.hash(data: Data("confide.master-key-id/v1".utf8) + bytes)
        id = digest.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    public static func generate() -> MasterKey {
        let k = SymmetricKey(size: .bits256)
        return try! MasterKey(bytes: k.withUnsafeBytes { Data($0) })
    }

    /// The key file holds the key as base64 on one line, so it can be printed on paper as a backup.
    public var fileContents: String { key.withUnsafeBytes { Data($0) }.base64EncodedString() + "\n" }

    public static func load(from path: String) throws -> MasterKey {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfideCryptoError.badKeyFile("cannot read the master key file \(path)")
        }
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ConfideCryptoError.badKeyFile("the master key file \(path) is not base64")
        }
        return try MasterKey(bytes: data)
    }

    /// Writes a new key file with mode 0600, refusing to overwrite an existing one: overwriting a key
    /// is how data gets lost.
    public func write(to path: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { throw ConfideCryptoError.badKeyFile("refusing to overwrite existing key file \(path)") }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
        guard fm.createFile(atPath: path, contents: Data(fileContents.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ConfideCryptoError.badKeyFile("cannot write key file \(path)")
        }
    }

    /// A value sealed under this key and stored in the database; opening it proves the key is the right one.
    public func makeKeyCheck() throws -> Data {
        try AES.GCM.seal(Data("confide key check".utf8), using: key, authenticating: Data("confide.keycheck/v1|\(id)".utf8)).combined!
    }

    public func verifyKeyCheck(_ sealed: Data) -> Bool {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
              let opened = try? AES.GCM.open(box, using: key, authenticating: Data("confide.keycheck/v1|\(id)".utf8)) else { return false }
        return opened == Data("confide key check".utf8)
    }
}

public enum ConfideCryptoError: Error, CustomStringConvertible, Equatable {
    case badKeyFile(String)
    case wrongMasterKey(expected: String, got: String)
    /// A ciphertext failed authentication: it was altered, or moved from another row or field.
    case tampered(String)

    public var description: String {
        switch self {
        case .badKeyFile(let m): return m
        case .wrongMasterKey(let e, let g): return "the master key (id \(g)) is not the key this data was written with (id \(e))"
        case .tampered(let ctx): return "ciphertext for \(ctx) failed authentication: it was altered or moved (possible tampering)"
        }
    }
}
