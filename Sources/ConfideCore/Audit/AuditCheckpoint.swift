import Crypto
import Foundation

/// A signed statement "the chain had `seq` entries with head `headHash` at `at`". Kept in the database and
/// exported for someone outside the centre, so a cut-off tail is detected even if the database is rewritten.
public struct AuditCheckpoint: Sendable, Equatable, Codable {
    public var seq: Int64
    public var headHash: String
    public var at: String
    public var publicKey: String   // base64 Ed25519 public key of the centre
    public var signature: String   // base64

    public init(seq: Int64, headHash: String, at: String, publicKey: String, signature: String) {
        self.seq = seq; self.headHash = headHash; self.at = at; self.publicKey = publicKey; self.signature = signature
    }

    static func message(seq: Int64, headHash: String, at: String) -> Data {
        Data("confide.audit-checkpoint/v1|\(seq)|\(headHash)|\(at)".utf8)
    }

    public static func sign(seq: Int64, headHash: String, at: String, key: Curve25519.Signing.PrivateKey) throws -> AuditCheckpoint {
        let sig = try key.signature(for: message(seq: seq, headHash: headHash, at: at))
        return AuditCheckpoint(seq: seq, headHash: headHash, at: at,
                               publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                               signature: sig.base64EncodedString())
    }

    /// True when the signature is valid for `trustedKey` (or for the embedded key when none is given).
    public func isValid(trustedKey: String? = nil) -> Bool {
        guard let keyData = Data(base64Encoded: trustedKey ?? publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyData),
              let sig = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(sig, for: AuditCheckpoint.message(seq: seq, headHash: headHash, at: at))
    }
}
