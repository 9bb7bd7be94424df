import ConfideCore
import ConfidePDF
import Crypto
import Foundation

/// One redaction decision as it is stored (encrypted) and replayed. Offsets count Unicode code points, as the
/// suggester's do; `end` is exclusive.
struct BundleDecision: Codable, Sendable, Equatable {
    enum Action: String, Codable, Sendable {
        /// A suggestion accepted (removed) or rejected (kept).
        case accept, reject
        /// Text the person chose to remove.
        case redact
        /// A whole passage not disclosed, with a reason code.
        case passage
        /// Takes back an earlier manual redaction or passage (`target` is its seq).
        case withdraw
    }
    var action: Action
    var start: Int
    var end: Int
    /// The suggestion's label (PERSON, PHONE, …); "MANUAL" for a person's own redaction.
    var label: String?
    var reason: PassageReason?
    var target: Int?

    /// Suggestions are identified by where they are and what they are: the same text gives the same suggestions.
    static func key(start: Int, end: Int, label: String) -> String { "\(start)-\(end)-\(label)" }
}

/// A record's text with everything decided about it: what the suggester proposed and what the people decided.
struct RecordRedactions: Sendable {
    enum SuggestionState: String, Sendable { case pending, accepted, rejected }
    struct Suggestion: Sendable { var span: RedactionSpan; var state: SuggestionState; var key: String }
    struct Manual: Sendable { var seq: Int; var start: Int; var end: Int }
    struct Passage: Sendable { var seq: Int; var start: Int; var end: Int; var reason: PassageReason }

    let text: String
    let scalars: [Unicode.Scalar]
    var suggestions: [Suggestion]
    var manual: [Manual]
    var passages: [Passage]

    /// Replays the decisions (in order) over the suggestions for `text`.
    init(text: String, suggestions spans: [RedactionSpan], decisions: [(seq: Int, decision: BundleDecision)]) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        var state: [String: SuggestionState] = [:]
        var manual: [Int: Manual] = [:], passages: [Int: Passage] = [:]
        for (seq, d) in decisions.sorted(by: { $0.seq < $1.seq }) {
            switch d.action {
            case .accept, .reject:
                state[BundleDecision.key(start: d.start, end: d.end, label: d.label ?? "")] = d.action == .accept ? .accepted : .rejected
            case .redact: manual[seq] = Manual(seq: seq, start: d.start, end: d.end)
            case .passage: passages[seq] = Passage(seq: seq, start: d.start, end: d.end, reason: d.reason ?? .notNecessary)
            case .withdraw:
                if let t = d.target { manual[t] = nil; passages[t] = nil }
            }
        }
        suggestions = spans.map { s in
            let k = BundleDecision.key(start: s.start, end: s.end, label: s.label.rawValue)
            return Suggestion(span: s, state: state[k] ?? .pending, key: k)
        }
        self.manual = manual.values.sorted { $0.start < $1.start }
        self.passages = passages.values.sorted { $0.start < $1.start }
    }

    var pending: Int { suggestions.filter { $0.state == .pending }.count }
    var removedCount: Int { suggestions.filter { $0.state == .accepted }.count + manual.count }

    func substring(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
        var u = String.UnicodeScalarView()
        u.append(contentsOf: scalars[s..<e])
        return String(u)
    }

    /// What happens to each code point: kept, removed, or withheld as part of a passage (passages win).
    enum Mark: Equatable, Sendable { case kept, removed, withheld(PassageReason) }

    var marks: [Mark] {
        var m = [Mark](repeating: .kept, count: scalars.count)
        func set(_ a: Int, _ b: Int, _ v: Mark) {
            let lo = max(0, a), hi = min(b, scalars.count)
            guard lo < hi else { return }
            for i in lo..<hi { if case .withheld = m[i] { continue }; m[i] = v }
        }
        for p in passages { set(p.start, p.end, .withheld(p.reason)) }
        for s in suggestions where s.state == .accepted { set(s.span.start, s.span.end, .removed) }
        for r in manual { set(r.start, r.end, .removed) }
        return m
    }

    /// Runs of equal marks, in order: the page draws them and the PDF is built from them.
    var runs: [(mark: Mark, start: Int, end: Int)] {
        let m = marks
        var out: [(mark: Mark, start: Int, end: Int)] = []
        var i = 0
        while i < m.count {
            var j = i + 1
            while j < m.count && m[j] == m[i] { j += 1 }
            out.append((m[i], i, j))
            i = j
        }
        return out
    }

    /// The document as the PDF shows it. Removed text becomes only a count of characters.
    var segments: [BundlePDF.Segment] {
        runs.map { r in
            switch r.mark {
            case .kept: return .kept(substring(r.start, r.end))
            case .removed: return .removed(characters: r.end - r.start)
            case let .withheld(reason): return .withheld("Passage not disclosed: \(reason.label)")
            }
        }
    }

    /// The text as disclosed, which the manifest hashes: kept text, each removed run as "[removed]", each
    /// withheld passage as its note in square brackets. It holds nothing that the PDF does not show.
    var disclosedText: String {
        segments.map { s in
            switch s {
            case let .kept(t): return t
            case .removed: return "[removed]"
            case let .withheld(n): return "[\(n)]"
            }
        }.joined()
    }

    /// Every occurrence of `words` (exactly as typed) in the text, as code-point ranges. Whole words only: typing
    /// "he" does not remove the middle of "the".
    func occurrences(of words: String) -> [(Int, Int)] {
        let needle = Array(words.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        func wordy(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        var out: [(Int, Int)] = []
        var i = 0
        while i + needle.count <= scalars.count {
            let j = i + needle.count
            let startsClean = !wordy(needle.first!) || i == 0 || !wordy(scalars[i - 1])
            let endsClean = !wordy(needle.last!) || j == scalars.count || !wordy(scalars[j])
            if startsClean && endsClean && scalars[i..<j].elementsEqual(needle) { out.append((i, j)); i = j } else { i += 1 }
        }
        return out
    }
}

enum BundleHash {
    static func sha256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }
    static func sha256(_ s: String) -> String { sha256(Data(s.utf8)) }
}
