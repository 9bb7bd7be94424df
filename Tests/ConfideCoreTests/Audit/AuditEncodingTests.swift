import Crypto
import Foundation
import Testing
@testable import ConfideCore

/// The optimised encoder and hex (no per-byte `String(format:)`, no allocation per entry) must produce exactly
/// the bytes and hashes of the original implementation, or every stored chain would stop verifying.
@Suite("Audit entry encoding")
struct AuditEncodingTests {
    /// The original implementation, kept here as the reference.
    static func referenceBytes(_ e: AuditEntry) -> Data {
        var out = Data("confide.audit/v1".utf8)
        func put(_ s: String) {
            let b = Data(s.utf8)
            var n = UInt32(b.count).bigEndian
            withUnsafeBytes(of: &n) { out.append(contentsOf: $0) }
            out.append(b)
        }
        put(String(e.seq)); put(e.at); put(e.actor); put(e.role); put(e.action); put(e.object); put(e.reason)
        put(e.flagged ? "1" : "0"); put(e.prevHash)
        return out
    }

    static func referenceHash(_ e: AuditEntry) -> String {
        SHA256.hash(data: referenceBytes(e)).map { String(format: "%02x", $0) }.joined()
    }

    static let samples: [AuditEntry] = {
        let seqs: [Int64] = [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, Int64.max, -1, -10, Int64.min]
        let texts = ["", "a", "client:\(UUID().uuidString)/record:\(UUID().uuidString)", "café – naïve ✓", "👩🏽‍⚕️ emoji", String(repeating: "x", count: 3000)]
        var out: [AuditEntry] = []
        for (k, seq) in seqs.enumerated() {
            let t = texts[k % texts.count], u = texts[(k + 2) % texts.count]
            out.append(AuditEntry(seq: seq, at: "2026-01-12T09:30:00.123Z", actor: u, role: "counsellor", action: "record.view",
                                  object: t, reason: u, flagged: k % 2 == 0, prevHash: AuditEntry.genesisHash))
        }
        return out
    }()

    @Test func canonicalBytesAreUnchanged() {
        for e in Self.samples {
            #expect(e.canonicalBytes() == Self.referenceBytes(e), "seq \(e.seq)")
            e.withCanonicalBytes { #expect(Data($0) == Self.referenceBytes(e)) }
        }
    }

    @Test func hashesAreUnchanged() {
        for e in Self.samples {
            let h = e.computeHash()
            #expect(h == Self.referenceHash(e))
            #expect(h.count == 64 && h == h.lowercased())
            #expect(e.hashMatches(h))
        }
    }

    @Test func hashMatchesRejectsAnythingButTheExactHash() {
        let e = Self.samples[3]
        let h = e.computeHash()
        #expect(!e.hashMatches(h.uppercased()))   // stored hashes are lower-case; anything else is a change
        #expect(!e.hashMatches(String(h.dropLast())))
        #expect(!e.hashMatches(h + "0"))
        #expect(!e.hashMatches(""))
        var flipped = Array(h)
        flipped[17] = flipped[17] == "a" ? "b" : "a"
        #expect(!e.hashMatches(String(flipped)))
    }

    @Test func aMillionEntryShapedChainVerifiesThroughTheBenchmark() {
        // A short run of the benchmark's own chain: it must be intact, or its figures would be meaningless.
        let r = CoreBenchmarks.auditChain(entries: 2_000, batch: 700)
        #expect(r.verdict == .intact(count: 2_000, head: r.verdict.headForTest))
        #expect(r.figure.baseline > 0 && r.figure.value > 0)
    }
}

extension AuditVerdict {
    var headForTest: String { if case .intact(_, let h) = self { return h } else { return "" } }
}
