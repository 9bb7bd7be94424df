import Crypto
import Foundation

/// One measured figure beside the baseline measured in the same run. `ratio` is result ÷ baseline for rates
/// (higher is better), so 0.7 means "70 % of the baseline's speed".
public struct BenchFigure: Sendable {
    public var name: String
    public var unit: String
    public var value: Double
    public var baselineName: String
    public var baseline: Double
    /// The smallest acceptable ratio, when the issue sets one.
    public var goal: Double?

    public init(name: String, unit: String, value: Double, baselineName: String, baseline: Double, goal: Double? = nil) {
        self.name = name; self.unit = unit; self.value = value; self.baselineName = baselineName; self.baseline = baseline; self.goal = goal
    }

    public var ratio: Double { baseline > 0 ? value / baseline : 0 }
    public var goalMet: Bool? { goal.map { ratio >= $0 } }

    /// A Markdown table row: figure | result | baseline | ratio | goal.
    public var row: String {
        let g = goal.map { String(format: "≥ %.2f: %@", $0, goalMet == true ? "met" : "MISSED") } ?? "—"
        return "| \(name) | \(BenchFigure.format(value)) \(unit) | \(baselineName): \(BenchFigure.format(baseline)) \(unit) | \(String(format: "%.3f", ratio)) | \(g) |"
    }

    public static let header = "| figure | result | baseline (same run) | ratio | goal |\n| --- | --- | --- | --- | --- |"

    public static func format(_ v: Double) -> String {
        if v >= 100 { return String(format: "%.0f", v).withThousandsSeparators }
        return String(format: "%.2f", v)
    }
}

extension String {
    fileprivate var withThousandsSeparators: String {
        var out: [Character] = []
        for (k, ch) in reversed().enumerated() {
            if k > 0, k % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}

/// Micro-benchmarks of the core's hot paths, each beside the primitive it is built on, measured in the same run
/// on the same bytes with `ContinuousClock` on one core. Build with `-c release`; debug figures mean nothing.
public enum CoreBenchmarks {
    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    // MARK: Audit chain

    /// A synthetic chain shaped like Confide's real one: UUID actors and objects, ISO timestamps, 64-hex links.
    /// Entries are generated (with their hashes) batch by batch and streamed to the verifier, so a million
    /// entries never sit in memory at once; generation is not timed.
    struct ChainGenerator {
        var previous: (seq: Int64, hash: String)?
        var rng = SplitMix(seed: 42)
        let actors: [String] = (0..<24).map { _ in UUID().uuidString }
        let roles = ["counsellor", "supervisor", "disclosure-lead", "manager", "system"]
        let actions = ["client.view", "record.view", "record.create", "caseload.view", "record.amend", "access.break-glass"]
        let base = Date(timeIntervalSince1970: 1_767_225_600)   // 2026-01-01T00:00:00Z

        var format = AuditFormat.v2

        mutating func batch(_ n: Int) -> [StoredAuditEntry] {
            var out: [StoredAuditEntry] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                let seq = (previous?.seq ?? 0) + 1
                let r = rng.next()
                let millis = seq * 1_250 + Int64(r % 1000)
                let at = CoreBenchmarks.isoMillis(base.timeIntervalSince1970 + Double(millis) / 1000)
                let a = Int((r >> 8) % 6)
                let object = a == 3 ? "caseload" : "client:\(UUID().uuidString)/record:\(UUID().uuidString)"
                let breakGlass = a == 5
                let e = AuditEntry.next(after: previous, at: at, actor: actors[Int((r >> 16) % 24)], role: roles[Int((r >> 24) % 5)],
                                        action: actions[a], object: object,
                                        reason: breakGlass ? "client phoned in crisis, worker away" : "own caseload",
                                        flagged: breakGlass, format: format)
                previous = (e.seq, e.hash)
                out.append(StoredAuditEntry(e))
            }
            return out
        }
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` without a formatter (generation of a million timestamps must stay cheap).
    static func isoMillis(_ t: Double) -> String {
        let ms = Int64((t * 1000).rounded())
        let days = ms / 86_400_000
        var rem = ms % 86_400_000
        let h = rem / 3_600_000; rem %= 3_600_000
        let m = rem / 60_000; rem %= 60_000
        let s = rem / 1000, milli = rem % 1000
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let mo = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (mo <= 2 ? 1 : 0)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let milliText = milli < 10 ? "00\(milli)" : (milli < 100 ? "0\(milli)" : "\(milli)")
        return "\(y)-\(two(mo))-\(two(d))T\(two(h)):\(two(m)):\(two(s)).\(milliText)Z"
    }

    public struct AuditResult: Sendable {
        public var figure: BenchFigure
        public var verdict: AuditVerdict
        public var hashedBytesPerEntry: Double
    }

    /// Verifies an `entries`-long chain of stored entries with `AuditVerifier` beside SHA-256 alone over the bytes
    /// each entry's hash covers (format 2: the stored body; format 1: the canonical bytes laid out from it). Per
    /// batch both are timed, alternating which goes first; the rates are entries per second. The issue's goal is
    /// for chains as Confide writes them (format 2); format 1 is shown for entries written before migration 0007.
    public static func auditChain(entries: Int = 1_000_000, batch: Int = 10_000, format: AuditFormat = .v2) -> AuditResult {
        let clock = ContinuousClock()
        var gen = ChainGenerator()
        gen.format = format
        var verifier = AuditVerifier()
        var verifyTime = Duration.zero, rawTime = Duration.zero
        var done = 0, totalBytes = 0, sink: UInt8 = 0
        var round = 0
        while done < entries {
            let n = min(batch, entries - done)
            let chunk = gen.batch(n)
            // The baseline's input: the bytes every entry's hash covers, already in one buffer.
            var bytes: [UInt8] = []
            var ends: [Int] = []
            ends.reserveCapacity(n)
            for s in chunk {
                switch format {
                case .v2: bytes.append(contentsOf: s.body.utf8)
                case .v1: AuditBody.decode(s.body)!.withCanonicalBytes { bytes.append(contentsOf: $0) }
                }
                ends.append(bytes.count)
            }
            totalBytes += bytes.count
            func raw() {
                bytes.withUnsafeBytes { all in
                    var start = 0
                    for end in ends {
                        var h = SHA256()
                        h.update(bufferPointer: UnsafeRawBufferPointer(rebasing: all[start..<end]))
                        let d = h.finalize()
                        d.withUnsafeBytes { sink ^= $0[0] }
                        start = end
                    }
                }
            }
            func verify() { verifier.add(contentsOf: chunk) }
            if round % 2 == 0 {
                rawTime += clock.measure(raw); verifyTime += clock.measure(verify)
            } else {
                verifyTime += clock.measure(verify); rawTime += clock.measure(raw)
            }
            round += 1
            done += n
        }
        var verdict: AuditVerdict = .intact(count: 0, head: "")
        verifyTime += clock.measure { verdict = verifier.finish() }
        if sink == 42 { print("", terminator: "") }   // keeps the baseline's digests alive
        let name = format == .v2 ? "audit verify, \(entries.formatted1000) entries"
                                 : "audit verify, \(entries.formatted1000) format-1 entries (written before 0007)"
        let fig = BenchFigure(name: name, unit: "entries/s",
                              value: Double(entries) / seconds(verifyTime), baselineName: "SHA-256 alone, same bytes",
                              baseline: Double(entries) / seconds(rawTime), goal: format == .v2 ? 0.7 : nil)
        return AuditResult(figure: fig, verdict: verdict, hashedBytesPerEntry: Double(totalBytes) / Double(max(entries, 1)))
    }

    // MARK: Envelope encryption

    /// `DataKey.seal`/`open` (a client's record field, bound to its row and field) beside `AES.GCM.seal`/`open`
    /// alone with the same key, the same associated data and the same bytes. Rates are operations per second.
    public static func envelope(size: Int = 4096, iterations: Int = 100_000) -> [BenchFigure] {
        let clock = ContinuousClock()
        let dk = DataKey.generate()
        let master = MasterKey.generate()
        let owner = "client:\(UUID().uuidString)"
        let wrapped = try! KeyWrap.wrap(dk, owner: owner, with: master)
        var rng = SplitMix(seed: 7)
        let plaintext = Data((0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
        let ctx = CipherContext(table: "records", row: UUID().uuidString, field: "body")
        let aad = ctx.associatedData
        let sealed = try! dk.seal(plaintext, ctx)
        let box = try! AES.GCM.SealedBox(combined: sealed)
        var sink = 0

        func rate(_ d: Duration) -> Double { Double(iterations) / seconds(d) }
        // Warm up both paths once.
        for _ in 0..<1000 { sink &+= try! dk.seal(plaintext, ctx).count; sink &+= try! AES.GCM.open(box, using: dk.key, authenticating: aad).count }

        let rawSeal = clock.measure { for _ in 0..<iterations { sink &+= try! AES.GCM.seal(plaintext, using: dk.key, authenticating: aad).ciphertext.count } }
        let envSeal = clock.measure { for _ in 0..<iterations { sink &+= try! dk.seal(plaintext, ctx).count } }
        let rawOpen = clock.measure { for _ in 0..<iterations { sink &+= try! AES.GCM.open(box, using: dk.key, authenticating: aad).count } }
        let envOpen = clock.measure { for _ in 0..<iterations { sink &+= try! dk.open(sealed, ctx).count } }
        // What a request really pays: unwrap the client's data key with the master key, then open the field.
        let envUnwrapOpen = clock.measure {
            for _ in 0..<iterations {
                let k = try! KeyWrap.unwrap(wrapped, owner: owner, with: master)
                sink &+= try! k.open(sealed, ctx).count
            }
        }
        if sink == 42 { print("", terminator: "") }
        let kib = size % 1024 == 0 ? "\(size / 1024) KiB" : "\(size) B"
        return [
            BenchFigure(name: "envelope seal \(kib) (DataKey.seal)", unit: "ops/s", value: rate(envSeal),
                        baselineName: "AES.GCM.seal alone", baseline: rate(rawSeal)),
            BenchFigure(name: "envelope open \(kib) (DataKey.open)", unit: "ops/s", value: rate(envOpen),
                        baselineName: "AES.GCM.open alone", baseline: rate(rawOpen)),
            BenchFigure(name: "unwrap data key + open \(kib)", unit: "ops/s", value: rate(envUnwrapOpen),
                        baselineName: "AES.GCM.open alone", baseline: rate(rawOpen)),
        ]
    }

    // MARK: Redaction

    /// Fictional notes in several styles (every name, place and number invented).
    public static let sampleNotes = [
        "Session 4. Amira Ashdown attended with her sister Beth. She said her partner Tom Calder had texted her 07700 900123 twice. Safety plan reviewed; she will stay at 14 Canal Street, Northmoor NM1 4AB this week.",
        "Call from DC Priya Shah (Northmoor Police, ref 47/12345/25) asking for dates. Told her we need a written request. Client DOB 04/04/1999, NHS 943 476 5919. Email priya.shah@northmoor.police.example.",
        "ISVA note: accompanied client to court. Defendant's car seen outside, reg AB12 CDE. Client works at the Riverside Hotel; her manager Sam is supportive. Handle @amira_a on Instagram blocked.",
        "Assessment. Lives with mum and two children (Isla, 7, at St Mary's Primary). Sort code 12-34-56, account 12345678 for the hardship grant. NI number QQ 12 34 56 C.",
        "she mentioned jodie's brother again and said jodie had told kerry about the night. we talked about how to keep contact with kerry safe. next session thurs.",
    ]

    /// `RedactionSuggester` over notes beside only tokenising the same notes (`NoteText`), in notes per second.
    public static func redaction(notes: [String] = sampleNotes, iterations: Int = 200) -> [BenchFigure]? {
        let clock = ContinuousClock()
        var sink = 0
        for n in notes { sink &+= RedactionSuggester.suggest(text: n).count }   // warm up
        let raw = clock.measure { for _ in 0..<iterations { for n in notes { sink &+= NoteText(n).tokens.count } } }
        let full = clock.measure { for _ in 0..<iterations { for n in notes { sink &+= RedactionSuggester.suggest(text: n).count } } }
        if sink == 42 { print("", terminator: "") }
        let count = Double(iterations * notes.count)
        return [BenchFigure(name: "redaction suggestions, \(notes.count) notes", unit: "notes/s", value: count / seconds(full),
                            baselineName: "tokenising the same notes alone", baseline: count / seconds(raw))]
    }
}

extension Int {
    var formatted1000: String { BenchFigure.format(Double(self)) }
}
