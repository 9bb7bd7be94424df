import Crypto
import Foundation
import Testing
@testable import ConfideCore

/// Chain format 2: the stored body is what is hashed, and the verifier's fast path reads it in place.
@Suite("Audit entry bodies (chain format 2)")
struct AuditBodyTests {
    static let awkward = ["", "plain", "quote \" backslash \\ slash /", "\\u0041 is not an escape here", "line\nbreak\ttab\r",
                          "\u{1}\u{1f}\u{7f}", "café – ✓ 👩🏽‍⚕️", "{\"v\":2,\"prev\":\"", String(repeating: "x", count: 5000)]

    func chain(_ n: Int, format: AuditFormat = .v2, from start: (seq: Int64, hash: String)? = nil) -> [AuditEntry] {
        var out: [AuditEntry] = []
        var prev = start
        for i in 1...n {
            let e = AuditEntry.next(after: prev, at: "2026-02-0\(i % 9 + 1)T08:00:00.000Z", actor: "staff:\(i % 4)", role: "counsellor",
                                    action: "record.view", object: "client:\(i)", reason: Self.awkward[i % Self.awkward.count],
                                    flagged: i % 5 == 0, format: format)
            out.append(e); prev = (e.seq, e.hash)
        }
        return out
    }

    func verify(_ stored: [StoredAuditEntry], _ checkpoints: [AuditCheckpoint] = []) -> AuditVerdict {
        var v = AuditVerifier(checkpoints: checkpoints)
        v.add(contentsOf: stored)
        return v.finish()
    }

    @Test func everyFieldRoundTripsThroughTheBody() {
        for format in [AuditFormat.v1, .v2] {
            for e in chain(Self.awkward.count * 2, format: format) {
                var back = AuditBody.decode(e.body)
                back?.hash = e.hash
                #expect(back == e)
            }
        }
    }

    @Test func everyControlCharacterAndEveryEscapeRoundTrips() throws {
        let all = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init))) + "\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}"
        var e = AuditEntry(seq: 7, at: all, actor: all, role: "r", action: "a", object: all, reason: all, prevHash: all, format: .v2)
        e.hash = e.computeHash()
        var back = try #require(AuditBody.decode(e.body))
        back.hash = e.hash
        #expect(back == e)
        #expect(back.body == e.body)
    }

    @Test func theBodyIsValidJSONWithTheSameValues() throws {
        for e in chain(Self.awkward.count) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(e.body.utf8)) as? [String: Any])
            #expect(object["reason"] as? String == e.reason && object["actor"] as? String == e.actor)
            #expect(object["prev"] as? String == e.prevHash && (object["seq"] as? NSNumber)?.int64Value == e.seq)
            #expect(object["flagged"] as? Bool == e.flagged && object["v"] as? Int == 2)
        }
    }

    @Test func aFormatTwoHashIsTheSHA256OfTheStoredBody() {
        for e in chain(5) {
            let expected = SHA256.hash(data: Data(e.body.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(e.hash == expected)
        }
        // Format 1 is unchanged: the hash of the length-prefixed canonical bytes.
        for e in chain(5, format: .v1) { #expect(e.hash == AuditEncodingTests.referenceHash(e)) }
    }

    @Test func otherSpellingsOfTheSameJSONDoNotDecode() {
        let e = chain(1)[0]
        let body = e.body
        #expect(AuditBody.decode(body) != nil)
        #expect(AuditBody.decode(body.replacingOccurrences(of: "{\"v\":2,", with: "{ \"v\":2,")) == nil)
        #expect(AuditBody.decode(body.replacingOccurrences(of: "\"flagged\":false", with: "\"flagged\":0")) == nil)
        #expect(AuditBody.decode(body.replacingOccurrences(of: "\"seq\":1,", with: "\"seq\":01,")) == nil)
        #expect(AuditBody.decode(body.replacingOccurrences(of: "}", with: ",\"actor\":\"staff:9\"}")) == nil, "a repeated key")
        #expect(AuditBody.decode(body.replacingOccurrences(of: "\"v\":2", with: "\"v\":3")) == nil)
        #expect(AuditBody.decode(String(body.dropLast())) == nil)
        #expect(AuditBody.decode("") == nil && AuditBody.decode("{}") == nil)
        let withEscape = chain(3)[1]   // its reason has a quote and a backslash, escaped one way only
        #expect(withEscape.body.contains("\\\""))
        #expect(AuditBody.decode(withEscape.body.replacingOccurrences(of: "\\\"", with: "\\u0022")) == nil)
        let control = chain(6)[4]   // its reason has \u{1} and \u{1f}, written as \u0001 and \u001f
        #expect(control.body.contains("\\u001f") && AuditBody.decode(control.body) != nil)
        #expect(AuditBody.decode(control.body.replacingOccurrences(of: "\\u001f", with: "\\u001F")) == nil)
        #expect(AuditBody.decode(control.body.replacingOccurrences(of: "\\u0001", with: "\u{1}")) == nil, "a raw control character")
        #expect(AuditBody.decode(body.replacingOccurrences(of: "\"seq\":1,", with: "\"seq\":-0,")) == nil)
        #expect(AuditBody.decode(body.replacingOccurrences(of: "\"seq\":1,", with: "\"seq\":99999999999999999999,")) == nil)
    }

    @Test func anIntactStoredChainVerifiesThroughTheFastPath() {
        let c = chain(40)
        #expect(verify(c.map(StoredAuditEntry.init)) == .intact(count: 40, head: c[39].hash))
        let seq = Array(c[17].body.utf8).withUnsafeBufferPointer { AuditBody.v2Seq($0) }
        #expect(seq == 18)
    }

    @Test func aChainThatChangesFormatAtAMigrationVerifies() {
        let old = chain(12, format: .v1)
        let new = chain(12, from: (old[11].seq, old[11].hash))
        let all = (old + new).map(StoredAuditEntry.init)
        #expect(verify(all) == .intact(count: 24, head: new[11].hash))
    }

    @Test func editsOfTheStoredBodyAreReportedWhereTheyAre() {
        var s = chain(30).map(StoredAuditEntry.init)
        s[9].body = s[9].body.replacingOccurrences(of: "\"actor\":\"staff:2\"", with: "\"actor\":\"staff:9\"")
        #expect(verify(s) == .broken(AuditBreak(kind: .changed, seq: 10, detail: "its content no longer matches its hash")))

        var unreadable = chain(30).map(StoredAuditEntry.init)
        unreadable[4].body = "{\"v\":2,\"prev\":\"zz"
        guard case .broken(let b) = verify(unreadable) else { Issue.record("unreadable body accepted"); return }
        #expect(b.kind == .changed && b.seq == 5)
    }

    @Test func anEntryWithItsHashRecomputedBreaksTheNextLink() {
        var c = chain(10)
        c[3].object = "client:elsewhere"
        c[3].hash = c[3].computeHash()
        guard case .broken(let b) = verify(c.map(StoredAuditEntry.init)) else { Issue.record("relinked edit accepted"); return }
        #expect(b.kind == .removed && b.seq == 5)
    }

    @Test func removedAndSwappedRowsAreToldApart() {
        var removed = chain(20).map(StoredAuditEntry.init)
        removed.remove(at: 6)
        guard case .broken(let r) = verify(removed) else { Issue.record("removal accepted"); return }
        #expect(r.kind == .removed && r.seq == 7)

        // Bodies and hashes exchanged under fixed row numbers: the bodies' own numbers give it away.
        var swapped = chain(20).map(StoredAuditEntry.init)
        (swapped[5].body, swapped[6].body) = (swapped[6].body, swapped[5].body)
        (swapped[5].hash, swapped[6].hash) = (swapped[6].hash, swapped[5].hash)
        guard case .broken(let w) = verify(swapped) else { Issue.record("swap accepted"); return }
        #expect(w.kind == .reordered && w.seq == 6)
    }

    @Test func aRowNumberThatDisagreesWithItsBodyIsReported() {
        var s = chain(10).map(StoredAuditEntry.init)
        s[9].seq = 99   // still last in order, so only the disagreement shows it
        guard case .broken(let b) = verify(s) else { Issue.record("renumbered row accepted"); return }
        #expect(b.kind == .changed && b.seq == 99)
    }

    @Test func checkpointsAreCheckedOnTheFastPath() throws {
        let c = chain(10)
        let key = Curve25519.Signing.PrivateKey()
        let good = try AuditCheckpoint.sign(seq: 5, headHash: c[4].hash, at: "2026-02-02T00:00:00.000Z", key: key)
        #expect(verify(c.map(StoredAuditEntry.init), [good]) == .intact(count: 10, head: c[9].hash))
        let other = try AuditCheckpoint.sign(seq: 5, headHash: c[5].hash, at: "2026-02-02T00:00:00.000Z", key: key)
        guard case .broken(let b) = verify(c.map(StoredAuditEntry.init), [other]) else { Issue.record("checkpoint mismatch accepted"); return }
        #expect(b.kind == .checkpointMismatch && b.seq == 5)
    }
}
