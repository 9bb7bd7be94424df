import Crypto
import Foundation

/// One link of the hash-chained audit trail. It names who did what to which object, never what the
/// object contains: no note content and no names ever go into an entry.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var seq: Int64
    public var at: String          // ISO 8601 UTC with milliseconds, as stored
    public var actor: String       // staff id, or "anonymous" / "system"
    public var role: String
    public var action: String
    public var object: String      // e.g. "client:UUID", "record:UUID"
    public var reason: String      // recorded reason (break-glass, decisions); empty when none
    public var flagged: Bool       // break-glass and other accesses the disclosure lead must review
    public var prevHash: String
    public var hash: String

    public init(seq: Int64, at: String, actor: String, role: String, action: String, object: String,
                reason: String = "", flagged: Bool = false, prevHash: String, hash: String = "") {
        self.seq = seq; self.at = at; self.actor = actor; self.role = role; self.action = action
        self.object = object; self.reason = reason; self.flagged = flagged; self.prevHash = prevHash; self.hash = hash
    }

    public static let genesisHash = String(repeating: "0", count: 64)

    /// Canonical encoding: every field length-prefixed, so no two different entries encode the same.
    public func canonicalBytes() -> Data {
        var out = Data("confide.audit/v1".utf8)
        func put(_ s: String) {
            let b = Data(s.utf8)
            var n = UInt32(b.count).bigEndian
            withUnsafeBytes(of: &n) { out.append(contentsOf: $0) }
            out.append(b)
        }
        put(String(seq)); put(at); put(actor); put(role); put(action); put(object); put(reason)
        put(flagged ? "1" : "0"); put(prevHash)
        return out
    }

    public func computeHash() -> String {
        SHA256.hash(data: canonicalBytes()).map { String(format: "%02x", $0) }.joined()
    }

    /// The entry that follows `previous` (nil for the first), with its hash filled in.
    public static func next(after previous: (seq: Int64, hash: String)?, at: String, actor: String, role: String,
                            action: String, object: String, reason: String = "", flagged: Bool = false) -> AuditEntry {
        var e = AuditEntry(seq: (previous?.seq ?? 0) + 1, at: at, actor: actor, role: role, action: action,
                           object: object, reason: reason, flagged: flagged, prevHash: previous?.hash ?? genesisHash)
        e.hash = e.computeHash()
        return e
    }

    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
