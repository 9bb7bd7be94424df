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

/// An audit entry as the database stores it: its row number, its body (`AuditBody`) and its hash.
public struct StoredAuditEntry: Sendable, Equatable {
    public var seq: Int64
    public var body: String
    public var hash: String
    public init(seq: Int64, body: String, hash: String) { self.seq = seq; self.body = body; self.hash = hash }
    public init(_ e: AuditEntry) { self.init(seq: e.seq, body: e.body, hash: e.hash) }
}

/// Walks a chain in stored order and reports the first place it breaks. Streaming, so a million entries
/// need no more memory than one: feed entries with `add`, then call `finish`.
public struct AuditVerifier: Sendable {
    /// The last verified entry, its hash kept as 32 raw bytes (comparing and keeping it costs no string work).
    private var last: (seq: Int64, hash: HashBytes)?
    private var pending: AuditEntry?
    private var broken: AuditBreak?
    private var count: Int64 = 0
    /// The first row whose sequence-number column differs from its body's (the body's decides the order checks).
    private var rowMismatch: Int64?
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

    /// Adds an entry as the database stores it. A format-2 entry in sequence — every entry of an intact chain
    /// written since migration 0007 — is checked in place: its body is hashed as stored, and the link and
    /// sequence number are read at their fixed offsets. Anything else (a format-1 entry, one out of sequence,
    /// one that does not read) is decoded and takes the general path, which tells the kinds of break apart.
    public mutating func add(stored s: StoredAuditEntry) {
        guard broken == nil else { return }
        if case .none = pending {
            let expected = (last?.seq ?? 0) + 1, previous = last?.hash ?? HashBytes.zero
            // Decided without touching `self` inside the closure, so nothing is copied or access-checked per entry.
            let fast = s.body.utf8.withContiguousStorageIfAvailable {
                Self.fastCheck($0, expected: expected, row: s.seq, previous: previous, hash: s.hash)
            } ?? .notApplicable
            switch fast {
            case .intact(let digest): passed(seq: expected, digest: digest, hash: s.hash); return
            case .changed: fail(.changed, expected, "its content no longer matches its hash"); return
            case .unlinked: fail(.removed, expected, "it does not link to the entry before it (an entry before it was removed or replaced)"); return
            case .notApplicable: break
            }
        }
        guard var e = AuditBody.decode(s.body) else {
            fail(.changed, s.seq, "its stored content cannot be read (it was altered)"); return
        }
        e.hash = s.hash
        if e.seq != s.seq, rowMismatch == nil { rowMismatch = s.seq }
        add(e)
    }

    enum FastCheck { case intact(HashBytes), changed, unlinked, notApplicable }

    /// A format-2 body in sequence: its hash over the stored bytes and its link, read at the fixed offset.
    @inline(__always)
    static func fastCheck(_ b: UnsafeBufferPointer<UInt8>, expected: Int64, row: Int64, previous: HashBytes, hash: String) -> FastCheck {
        guard let seq = AuditBody.v2Seq(b), seq == expected, seq == row else { return .notApplicable }
        let digest = HashBytes(AuditHex.sha256(UnsafeRawBufferPointer(b)))
        guard AuditHex.bytes(digest, equal: hash) else { return .changed }
        let prev = UnsafeBufferPointer(rebasing: b[AuditBody.prevOffset..<(AuditBody.prevOffset + 64)])
        guard AuditHex.bytes(previous, equalHex: prev) else { return .unlinked }
        return .intact(digest)
    }

    /// Adds a page of stored entries in order (the loop inside the module borrows each entry in place).
    public mutating func add(contentsOf page: [StoredAuditEntry]) {
        for k in page.indices {
            if broken != nil { return }
            add(stored: page[k])
        }
    }

    public mutating func finish() -> AuditVerdict {
        if broken == nil, let p = pending { pending = nil; check(p, next: nil) }
        if let b = broken { return .broken(b) }
        if let seq = rowMismatch {
            return .broken(AuditBreak(kind: .changed, seq: seq, detail: "the row's sequence number differs from the one in its hashed content"))
        }
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
        passed(seq: e.seq, digest: digest, hash: e.hash)
    }

    private mutating func passed(seq: Int64, digest: HashBytes, hash: String) {
        if !checkpoints.isEmpty, let cp = checkpoints[seq], cp.headHash != hash {
            fail(.checkpointMismatch, seq, "the signed checkpoint of \(cp.at) recorded a different hash for this entry"); return
        }
        last = (seq, digest)
        count += 1
    }
}
