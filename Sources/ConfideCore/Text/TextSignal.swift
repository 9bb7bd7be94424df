import Foundation

/// A named set of phrases and patterns that the assessor looks for in the words of a request.
///
/// Compiled once when the rulebook loads: phrase syntax is checked and regular expressions are built then, so
/// that assessing a request never compiles anything.
public struct TextSignal: Sendable {
    public let name: String
    /// What the signal means, used in evidence when it is absent ("no statement of how material will be handled").
    public let description: String
    /// The request fields searched (reason, letter_text, records_sought.scope_text ...).
    public let fields: [String]
    /// Whether a denied match ("not about her credibility") is ignored. True unless the rulebook says otherwise.
    public let respectsNegation: Bool
    /// Whether a match presented as what the suspect or defence says is ignored.
    public let ignoresReportedSpeech: Bool
    let phrases: [PhrasePattern]
    let patterns: [NSRegularExpressionBox]

    init(name: String, description: String, fields: [String], respectsNegation: Bool, ignoresReportedSpeech: Bool,
         phrases: [PhrasePattern], patterns: [NSRegularExpressionBox]) {
        self.name = name
        self.description = description
        self.fields = fields
        self.respectsNegation = respectsNegation
        self.ignoresReportedSpeech = ignoresReportedSpeech
        self.phrases = phrases
        self.patterns = patterns
    }

    public var phraseSources: [String] { phrases.map(\.source) }
    public var patternSources: [String] { patterns.map(\.regex.pattern) }

    /// A place in a text where the signal was found.
    struct Match: Sendable {
        let start: Int
        let end: Int
        let quote: String
    }

    /// Every live (not denied, not merely reported) match in the text, at most one per token span.
    func matches(in text: AnalysedText) -> [Match] {
        var spans: [(Int, Int)] = []
        for phrase in phrases { spans.append(contentsOf: phrase.matches(in: text)) }
        if !patterns.isEmpty, !text.tokens.isEmpty {
            let whole = NSRange(location: 0, length: (text.joined as NSString).length)
            for box in patterns {
                for result in box.regex.matches(in: text.joined, options: [], range: whole) where result.range.length > 0 {
                    let lower = result.range.location
                    let upper = result.range.location + result.range.length
                    guard let first = lastIndex(in: text.joinedOffsets, atOrBefore: lower) else { continue }
                    let last = lastIndex(in: text.joinedOffsets, atOrBefore: upper - 1) ?? first
                    spans.append((first, max(first, last)))
                }
            }
        }
        if spans.isEmpty { return [] }
        spans.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        // Drop denied or merely reported matches, then merge what is left when it is close together in one
        // sentence, so one passage is quoted once.
        var live: [(Int, Int)] = []
        for (start, end) in spans {
            if respectsNegation, NegationScope.isNegated(text.tokens, start: start, end: end) { continue }
            if ignoresReportedSpeech,
               NegationScope.isReported(text.tokens, start: start, sentenceStart: text.sentenceStart[start]) { continue }
            if let last = live.last, start <= last.1 + 3, text.sentenceStart[start] == text.sentenceStart[last.0] {
                live[live.count - 1].1 = max(last.1, end)
            } else {
                live.append((start, end))
            }
        }
        var out: [Match] = []
        for (start, end) in live {
            out.append(Match(start: start, end: end, quote: text.quote(from: start, to: end)))
        }
        return out
    }

    private func lastIndex(in offsets: [Int], atOrBefore value: Int) -> Int? {
        var lo = 0, hi = offsets.count - 1, found: Int? = nil
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offsets[mid] <= value { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }
}

/// `NSRegularExpression` is immutable and thread-safe once built; this box states that to the compiler.
struct NSRegularExpressionBox: @unchecked Sendable {
    let regex: NSRegularExpression
}
