import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps use.
public struct TOTP: Sendable {
    public let secret: Data
    public let digits: Int
    public let step: TimeInterval

    public init(secret: Data, digits: Int = 6, step: TimeInterval = 30) {
        self.secret = secret; self.digits = digits; self.step = step
    }

    public static func generateSecret() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0.prefix(20)) }   // 160 bits, as RFC 4226 recommends
    }

    public func counter(at date: Date) -> UInt64 { UInt64(max(0, date.timeIntervalSince1970) / step) }

    /// RFC 4226 HOTP for a counter (dynamic truncation).
    public func code(counter: UInt64) -> String {
        var c = counter.bigEndian
        let msg = withUnsafeBytes(of: &c) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: msg, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let value = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var mod: UInt32 = 1
        for _ in 0..<digits { mod *= 10 }
        let s = String(value % mod)
        return String(repeating: "0", count: digits - s.count) + s
    }

    public func code(at date: Date = Date()) -> String { code(counter: counter(at: date)) }

    /// The counter the code matches, within one step either side (clock drift), or nil. Callers reject a counter
    /// they have seen before, so a code cannot be replayed.
    public func verify(_ given: String, at date: Date = Date(), window: Int = 1) -> UInt64? {
        let g = given.filter(\.isNumber)
        guard g.count == digits else { return nil }
        let now = counter(at: date)
        for d in -window...window {
            let c = Int64(now) + Int64(d)
            guard c >= 0 else { continue }
            if constantTimeEqual(code(counter: UInt64(c)), g) { return UInt64(c) }
        }
        return nil
    }

    func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in 0..<x.count { d |= x[i] ^ y[i] }
        return d == 0
    }

    /// `otpauth://` URI for authenticator apps.
    public func provisioningURI(account: String, issuer: String) -> String {
        func enc(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
        return "otpauth://totp/\(enc(issuer)):\(enc(account))?secret=\(Base32.encode(secret))&issuer=\(enc(issuer))&digits=\(digits)&period=\(Int(step))"
    }
}

/// RFC 4648 base32 (no padding), the usual text form of an authenticator secret.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    public static func encode(_ data: Data) -> String {
        var out = ""
        var buffer: UInt32 = 0, bits = 0
        for byte in data {
            buffer = (buffer << 8) | UInt32(byte); bits += 8
            while bits >= 5 { bits -= 5; out.append(alphabet[Int((buffer >> UInt32(bits)) & 31)]) }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return out
    }

    public static func decode(_ text: String) -> Data? {
        var out = Data()
        var buffer: UInt32 = 0, bits = 0
        for ch in text.uppercased() where ch != "=" && ch != " " && ch != "-" {
            guard let v = alphabet.firstIndex(of: ch) else { return nil }
            buffer = (buffer << 5) | UInt32(v); bits += 5
            if bits >= 8 { bits -= 8; out.append(UInt8((buffer >> UInt32(bits)) & 0xff)) }
        }
        return out
    }
}
