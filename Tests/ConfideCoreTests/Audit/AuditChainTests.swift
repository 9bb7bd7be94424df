import Crypto
import Foundation
import Testing
@testable import ConfideCore

@Suite("Audit chain verification")
struct AuditChainTests {
    func chain(_ n: Int) -> [AuditEntry] {
        var out: [AuditEntry] = []
        for i in 1...n {
            let prev = out.last.map { (seq: $0.seq, hash: $0.hash) }
            out.append(.next(after: prev, at: "2026-01-01T00:00:\(String(format: "%02d", i % 60)).000Z",
                             actor: "staff:\(i % 3)", role: "counsellor", action: "view", object: "record:\(i)"))
        }
        return out
    }

    func verify(_ entries: [AuditEntry], _ checkpoints: [AuditCheckpoint] = []) -> AuditVerdict {
        var v = AuditVerifier(checkpoints: checkpoints)
        for e in entries { v.add(e) }
        return v.finish()
    }

    @Test func intactChainReportsCountAndHead() {
        let c = chain(10)
        #expect(verify(c) == .intact(count: 10, head: c[9].hash))
        #expect(verify([]) == .intact(count: 0, head: AuditEntry.genesisHash))
    }

    @Test func editedEntryIsReportedWhereItWasEdited() {
        var c = chain(10)
        c[4].object = "record:999"
        guard case .broken(let b) = verify(c) else { Issue.record("not detected"); return }
        #expect(b.kind == .changed && b.seq == 5)
    }

    @Test func editWithRecomputedHashBreaksTheNextLink() {
        var c = chain(10)
        c[4].reason = "forged"; c[4].hash = c[4].computeHash()
        guard case .broken(let b) = verify(c) else { Issue.record("not detected"); return }
        #expect(b.kind == .removed && b.seq == 6)
    }

    @Test func removedEntryIsReported() {
        var c = chain(10)
        c.remove(at: 6)
        guard case .broken(let b) = verify(c) else { Issue.record("not detected"); return }
        #expect(b.kind == .removed && b.seq == 7)
    }

    @Test func twoSwappedEntriesAreReportedAsReordered() {
        var c = chain(10)
        c.swapAt(3, 4)
        guard case .broken(let b) = verify(c) else { Issue.record("not detected"); return }
        #expect(b.kind == .reordered && b.seq == 4)
    }

    @Test func swappedContentUnderFixedSequenceNumbersIsReordered() {
        var c = chain(10)
        // What a row swap in a table keyed by sequence number looks like.
        let a = c[3], b = c[4]
        c[3] = b; c[3].seq = 4
        c[4] = a; c[4].seq = 5
        guard case .broken(let br) = verify(c) else { Issue.record("not detected"); return }
        #expect(br.kind == .reordered && br.seq == 4)
    }

    @Test func cutTailIsDetectedAgainstTheLastCheckpoint() throws {
        let key = Curve25519.Signing.PrivateKey()
        let c = chain(10)
        let cp = try AuditCheckpoint.sign(seq: 8, headHash: c[7].hash, at: "2026-01-01T01:00:00.000Z", key: key)
        #expect(cp.isValid())
        #expect(verify(c, [cp]) == .intact(count: 10, head: c[9].hash))
        guard case .broken(let b) = verify(Array(c.prefix(6)), [cp]) else { Issue.record("not detected"); return }
        #expect(b.kind == .tailCut && b.seq == 7)
    }

    @Test func forgedCheckpointSignatureIsInvalid() throws {
        let key = Curve25519.Signing.PrivateKey()
        var cp = try AuditCheckpoint.sign(seq: 8, headHash: "ab", at: "t", key: key)
        cp.seq = 9
        #expect(!cp.isValid())
        #expect(!(try AuditCheckpoint.sign(seq: 8, headHash: "ab", at: "t", key: key)).isValid(trustedKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString()))
    }
}
