import Foundation

/// The stored form of an audit entry: compact JSON with a fixed key order, written only by `encode`.
///
/// Chain format 2 hashes exactly these bytes, and the database derives the columns it searches on (actor,
/// action, object, …) from them as generated columns. So verifying an entry is hashing what is stored, and no
/// column can say something its hashed body does not: the columns are computed from it.
/// Entries written before format 2 keep their format-1 hash (over `AuditEntry.canonicalBytes()`); their body
/// carries `"v":1` and is decoded to recompute that hash.
///
/// The key order puts `prev` and `seq` at fixed offsets, so the verifier reads the link without parsing:
/// `{"v":2,"prev":"<64 hex>","seq":<n>,"at":…,"actor":…,"role":…,"action":…,"object":…,"reason":…,"flagged":…}`
public enum AuditBody {
    // Written out as plain literals: `{"v":2,"prev":"` is 15 bytes, ending with the quote that opens `prev`.
    static let v1Prefix: [UInt8] = Array("{\"v\":1,\"prev\":\"".utf8)
    static let v2Prefix: [UInt8] = Array("{\"v\":2,\"prev\":\"".utf8)
    /// Offset of the 64 hex characters of `prev` in a body whose `prev` is a hash.
    static let prevOffset = 15
    /// What follows those 64 characters: the quote closing `prev`, then the `seq` key.
    static let afterPrev: [UInt8] = Array("\",\"seq\":".utf8)

    /// The body for `entry` in its own format. Strings are escaped as JSON requires (`"`, `\` and control
    /// characters); everything else is written as its UTF-8, so equal entries always give equal bytes.
    public static func encode(_ e: AuditEntry) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(240 + e.object.utf8.count + e.reason.utf8.count)
        out.append(contentsOf: e.format == .v2 ? v2Prefix : v1Prefix)
        appendString(e.prevHash, to: &out)   // its opening quote is the prefix's last byte
        out.append(contentsOf: Keys.seq); out.append(contentsOf: String(e.seq).utf8)
        for (key, value) in [(Keys.at, e.at), (Keys.actor, e.actor), (Keys.role, e.role), (Keys.action, e.action),
                             (Keys.object, e.object), (Keys.reason, e.reason)] {
            out.append(contentsOf: key); out.append(UInt8(ascii: "\"")); appendString(value, to: &out)
        }
        out.append(contentsOf: Keys.flagged); out.append(contentsOf: e.flagged ? Keys.true : Keys.false)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// The keys as written, each with its leading comma and colon.
    enum Keys {
        static let at = Array(",\"at\":".utf8), actor = Array(",\"actor\":".utf8), role = Array(",\"role\":".utf8)
        static let action = Array(",\"action\":".utf8), object = Array(",\"object\":".utf8), reason = Array(",\"reason\":".utf8)
        static let flagged = Array(",\"flagged\":".utf8), `true` = Array("true".utf8), `false` = Array("false".utf8)
        static let version = Array("{\"v\":".utf8), prev = Array(",\"prev\":".utf8), seq = Array(",\"seq\":".utf8)
        static let close: [UInt8] = [UInt8(ascii: "}")]
    }

    /// A string's content and closing quote. Escaping byte by byte is exact: every byte of a multi-byte UTF-8
    /// sequence is 0x80 or more, so it is never a quote, a backslash or a control character.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0..<0x20: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 48, 48, AuditHex.nibble(b >> 4), AuditHex.nibble(b & 0x0f)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// Reads a stored body back into its entry (without `hash`, which is stored beside it). The reader is strict:
    /// it accepts exactly what `encode` writes (the keys in order, numbers without leading zeros, only the
    /// escapes `encode` uses), so a body edited into another spelling of the same JSON — reordered keys, a
    /// repeated key, other escapes — does not decode, and every decoded body re-encodes to the same bytes.
    public static func decode(_ body: String) -> AuditEntry? {
        if let e = body.utf8.withContiguousStorageIfAvailable({ decode(bytes: $0) }) { return e }
        return Array(body.utf8).withUnsafeBufferPointer { decode(bytes: $0) }
    }

    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> AuditEntry? {
        var r = Reader(bytes: bytes)
        guard r.literal(Keys.version), let v = r.integer(), v == 1 || v == 2,
              r.literal(Keys.prev), let prev = r.string(),
              r.literal(Keys.seq), let seq = r.integer(),
              r.literal(Keys.at), let at = r.string(),
              r.literal(Keys.actor), let actor = r.string(),
              r.literal(Keys.role), let role = r.string(),
              r.literal(Keys.action), let action = r.string(),
              r.literal(Keys.object), let object = r.string(),
              r.literal(Keys.reason), let reason = r.string(),
              r.literal(Keys.flagged), let flagged = r.boolean(), r.literal(Keys.close), r.atEnd else { return nil }
        return AuditEntry(seq: seq, at: at, actor: actor, role: role, action: action, object: object, reason: reason,
                          flagged: flagged, prevHash: prev, format: v == 2 ? .v2 : .v1)
    }

    /// The sequence number of a format-2 body whose `prev` is a 64-character hash, read at its fixed offset; nil
    /// for anything else (a format-1 body, or one that is not as `encode` writes it — the general path decides).
    static func v2Seq(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        let seqStart = prevOffset + 64 + afterPrev.count
        guard b.count > seqStart + 1, v2Prefix.count == prevOffset else { return nil }
        for k in 0..<prevOffset where b[k] != v2Prefix[k] { return nil }
        for k in 0..<afterPrev.count where b[prevOffset + 64 + k] != afterPrev[k] { return nil }
        var i = seqStart, seq: Int64 = 0
        // At most 18 digits: no overflow, and a leading zero is not how `encode` writes a number.
        while i < b.count, i - seqStart < 18, b[i] >= 48, b[i] <= 57 {
            seq = seq * 10 + Int64(b[i] - 48); i += 1
        }
        guard i > seqStart, i < b.count, b[i] == UInt8(ascii: ","), !(b[seqStart] == 48 && i - seqStart > 1) else { return nil }
        return seq
    }

    /// A cursor over a body's bytes for `decode`.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var atEnd: Bool { i == bytes.count }

        mutating func literal(_ u: [UInt8]) -> Bool {
            guard bytes.count - i >= u.count else { return false }
            for k in 0..<u.count where bytes[i + k] != u[k] { return false }
            i += u.count
            return true
        }

        /// A decimal integer as `String(Int64)` writes it: no "+", no leading zero, no "-0".
        mutating func integer() -> Int64? {
            let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            let start = i
            var v: Int64 = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.subtractingReportingOverflow(Int64(bytes[i] - 48))   // counted negative, so Int64.min fits
                guard !o1, !o2 else { return nil }
                v = a; i += 1
            }
            guard i > start, !(bytes[start] == 48 && (i - start > 1 || negative)) else { return nil }
            if negative { return v }
            return v == Int64.min ? nil : -v
        }

        mutating func boolean() -> Bool? {
            if literal(Keys.true) { return true }
            if literal(Keys.false) { return false }
            return nil
        }

        /// A JSON string with exactly `encode`'s escapes (`\"`, `\\`, and `\u00xx` in lower case for control
        /// characters only); its content must be valid UTF-8.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            i += 1
            let start = i
            var escaped = false
            while i < bytes.count, bytes[i] != 0x22 {
                if bytes[i] < 0x20 { return nil }
                if bytes[i] == 0x5C { escaped = true; i += 2 } else { i += 1 }
            }
            guard i < bytes.count else { return nil }
            let end = i
            i += 1
            if !escaped { return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var k = start
            while k < end {
                let c = bytes[k]
                guard c == 0x5C else { out.append(c); k += 1; continue }
                guard k + 1 < end else { return nil }
                let n = bytes[k + 1]
                if n == 0x22 || n == 0x5C { out.append(n); k += 2; continue }
                // \u00xx: k+2 and k+3 are "00", k+4 the high nibble (0 or 1), k+5 the low one in lower case.
                guard n == UInt8(ascii: "u"), k + 5 < end, bytes[k + 2] == 48, bytes[k + 3] == 48,
                      bytes[k + 4] == 48 || bytes[k + 4] == 49, let low = Self.lowerHex(bytes[k + 5]) else { return nil }
                out.append((bytes[k + 4] - 48) << 4 | low); k += 6
            }
            return String(validating: out, as: UTF8.self)
        }

        static func lowerHex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            default: return nil
            }
        }
    }
}
