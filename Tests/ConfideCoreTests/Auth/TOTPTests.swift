import Foundation
import Testing
@testable import ConfideCore

@Suite("TOTP (RFC 6238)")
struct TOTPTests {
    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits.
    let rfc = TOTP(secret: Data("12345678901234567890".utf8), digits: 8)

    @Test(arguments: [(59.0, "94287082"), (1111111109.0, "07081804"), (1111111111.0, "14050471"),
                      (1234567890.0, "89005924"), (2000000000.0, "69279037"), (20000000000.0, "65353130")])
    func rfcTestVectors(_ t: Double, _ expected: String) {
        #expect(rfc.code(at: Date(timeIntervalSince1970: t)) == expected)
    }

    @Test func verifyAcceptsOneStepOfDriftAndNoMore() {
        let totp = TOTP(secret: TOTP.generateSecret())
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(totp.verify(totp.code(at: now), at: now) == totp.counter(at: now))
        #expect(totp.verify(totp.code(at: now.addingTimeInterval(-30)), at: now) != nil)
        #expect(totp.verify(totp.code(at: now.addingTimeInterval(-90)), at: now) == nil)
        #expect(totp.verify("12345", at: now) == nil)
        #expect(totp.verify("abcdef", at: now) == nil)
    }

    @Test func base32RoundTripsAndRejectsRubbish() {
        let s = TOTP.generateSecret()
        #expect(Base32.decode(Base32.encode(s)) == s)
        #expect(Base32.encode(Data("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("not base32!") == nil)
    }
}
