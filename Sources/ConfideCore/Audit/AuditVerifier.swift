import Foundation

/// What `confide audit verify` found.
public enum AuditVerdict: Sendable, Equatable {
    case intact(count: Int64, head: String)
    case broken(AuditBreak)
}

public struct AuditBreak: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case changed, removed, reordered, tailCut = "tail cut off", checkpointMismatch = "checkpoint mismatch" }
    public let kind: Kind
    /// The sequence number where the chain first breaks.
    public let seq: Int64
    public let detail: String
    public var description: String { "audit chain broken at entry \(seq): \(kind.rawValue) — \(detail)" }
    public init(kind: Kind, seq: Int64, detail: String) { self.kind = kind; self.seq = seq; self.detail = detail }
}

/// Walks a chain in stored order and reports the first place it breaks. Streaming, so a million entries
/// need no more memory than one: feed entries with `add`, then call `finish`.
public struct AuditVerifier: Sendable {
    /// The last verified entry, its hash kept as 32 raw bytes (comparing and keeping it costs no string work).
    private var last: (seq: Int64, hash: HashBytes)?
    private var pending: AuditEntry?
    private var broken: AuditBreak?
    private var count: Int64 = 0
    private let checkpoints: [Int64: AuditCheckpoint]
    private let lastCheckpoint: AuditCheckpoint?

    public init(checkpoints: [AuditCheckpoint] = []) {
        var byseq: [Int64: AuditCheckpoint] = [:]
        for c in checkpoints { byseq[c.seq] = c }
        self.checkpoints = byseq
        lastCheckpoint = checkpoints.max(by: { $0.seq < $1.seq })
    }

    public var isBroken: Bool { broken != nil }

    public mutating func add(_ entry: AuditEntry) {
        guard broken == nil else { return }
        // An entry out of sequence is held back one step: the entry after it tells two swapped entries apart
        // from a removal. An entry in sequence needs no look-ahead and is checked at once (no copy is kept).
        if let p = pending {
            pending = nil
            check(p, next: entry)
            if broken != nil { return }   // always, in fact: only an out-of-sequence entry is held back
        }
        if entry.seq != (last?.seq ?? 0) + 1 {
            pending = entry
            return
        }
        check(entry, next: nil)
    }

    public mutating func finish() -> AuditVerdict {
        if broken == nil, let p = pending { pending = nil; check(p, next: nil) }
        if let b = broken { return .broken(b) }
        let head = last.map { AuditHex.encode($0.hash) } ?? AuditEntry.genesisHash
        let seq = last?.seq ?? 0
        if let cp = lastCheckpoint, cp.seq > seq {
            return .broken(AuditBreak(kind: .tailCut, seq: seq + 1,
                detail: "the chain ends at entry \(seq) but a signed checkpoint of \(cp.at) records entry \(cp.seq) with head \(cp.headHash.prefix(16))…"))
        }
        return .intact(count: count, head: head)
    }

    private mutating func fail(_ kind: AuditBreak.Kind, _ seq: Int64, _ detail: String) {
        broken = AuditBreak(kind: kind, seq: seq, detail: detail)
    }

    private mutating func check(_ e: AuditEntry, next: AuditEntry?) {
        let expected = (last?.seq ?? 0) + 1
        let prevHash = last?.hash ?? HashBytes.zero   // the genesis hash is 64 zeros
        if e.seq != expected {
            if e.seq > expected, let n = next, n.seq == expected {
                fail(.reordered, expected, "entry \(e.seq) is stored before entry \(expected)"); return
            }
            if e.seq > expected {
                let gap = e.seq - expected == 1 ? "entry \(expected) is missing" : "entries \(expected)–\(e.seq - 1) are missing"
                fail(.removed, expected, gap); return
            }
            fail(.reordered, e.seq, "entry \(e.seq) appears after entry \(expected - 1)"); return
        }
        let digest = HashBytes(e.digest())
        if !AuditHex.bytes(digest, equal: e.hash) {
            // An entry whose content hashes correctly under another sequence number was moved, not edited.
            var moved = e
            for candidate in [e.seq + 1, e.seq - 1] where candidate > 0 {
                moved.seq = candidate
                if moved.computeHash() == e.hash {
                    fail(.reordered, e.seq, "entry \(e.seq) holds the content of entry \(candidate)"); return
                }
            }
            fail(.changed, e.seq, "its content no longer matches its hash"); return
        }
        if !AuditHex.bytes(prevHash, equal: e.prevHash) {
            fail(.removed, e.seq, "it does not link to the entry before it (an entry before it was removed or replaced)"); return
        }
        if !checkpoints.isEmpty, let cp = checkpoints[e.seq], cp.headHash != e.hash {
            fail(.checkpointMismatch, e.seq, "the signed checkpoint of \(cp.at) recorded a different hash for this entry"); return
        }
        last = (e.seq, digest)
        count += 1
    }
}
