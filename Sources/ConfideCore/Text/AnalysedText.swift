import Foundation

/// How strongly a token is separated from the one before it.
enum TokenBreak: Sendable, Equatable {
    case none
    /// A comma, bracket or dash: may end a clause.
    case comma
    /// A full stop, question mark, semicolon, colon or blank line.
    case sentence
}

/// One word of a text, normalised for matching, with where it came from.
struct TextToken: Sendable {
    /// Lowercased, accents removed, spelling folded to British ("behaviour").
    let word: String
    /// `word` with plural and possessive endings removed, used for phrase matching ("records" → "record").
    let stem: String
    /// The characters of the original text the token came from.
    let range: Range<String.Index>
    let breakBefore: TokenBreak
}

/// A text split into tokens for signal matching.
///
/// Punctuation and line breaks are not matched; they only mark sentence and clause boundaries, which limit how
/// far a phrase, a negation ("not") or a report ("the suspect says") reaches.
struct AnalysedText: Sendable {
    let original: String
    let tokens: [TextToken]
    /// The normalised words joined by single spaces: what a rulebook `patterns:` regular expression sees.
    let joined: String
    /// UTF-16 offset of each token in `joined`.
    let joinedOffsets: [Int]
    /// Token positions by stem, for quick lookup of a phrase's first word.
    let positionsByStem: [String: [Int]]
    /// Index of the first token of each token's sentence.
    let sentenceStart: [Int]

    init(_ text: String) {
        original = text
        var tokens: [TextToken] = []
        var pendingBreak = TokenBreak.none
        var separator = ""
        var index = text.startIndex
        var lastWord = ""

        func classify(_ sep: String, previous: String, nextChar: Character?) -> TokenBreak {
            if sep.isEmpty { return .none }
            var result = TokenBreak.none
            let newlines = sep.filter { $0 == "\n" }.count
            if newlines >= 2 { return .sentence }
            for (offset, ch) in sep.enumerated() {
                switch ch {
                case "!", "?", ";":
                    return .sentence
                case ".":
                    // "s.44A", "e.g.", "Mr." and "2.5" do not end a sentence.
                    let isLast = offset == sep.count - 1
                    if isLast, nextChar.map({ !$0.isWhitespace }) ?? false { continue }
                    if AnalysedText.abbreviations.contains(previous) { continue }
                    return .sentence
                case ":":
                    let isLast = offset == sep.count - 1
                    if isLast, nextChar.map({ $0.isNumber }) ?? false { continue }
                    return .sentence
                case ",", "(", ")", "–", "—", "[", "]":
                    result = .comma
                case "-":
                    if sep.count > 1 { result = .comma }  // a spaced dash, not a hyphen
                default:
                    continue
                }
            }
            return result
        }

        while index < text.endIndex {
            let ch = text[index]
            if ch.isLetter || ch.isNumber {
                // Read a word, allowing apostrophes inside it ("didn't", "complainant's").
                let start = index
                var end = text.index(after: index)
                while end < text.endIndex {
                    let c = text[end]
                    if c.isLetter || c.isNumber {
                        end = text.index(after: end)
                    } else if AnalysedText.apostrophes.contains(c) {
                        let after = text.index(after: end)
                        if after < text.endIndex, text[after].isLetter { end = text.index(after: after) } else { break }
                    } else {
                        break
                    }
                }
                let raw = text[start..<end]
                let brk = classify(separator, previous: lastWord, nextChar: ch)
                pendingBreak = tokens.isEmpty ? .none : brk
                for (i, w) in AnalysedText.normalisedWords(raw).enumerated() {
                    tokens.append(TextToken(word: w, stem: AnalysedText.stem(w), range: start..<end,
                                            breakBefore: i == 0 ? pendingBreak : .none))
                }
                lastWord = tokens.last?.word ?? ""
                separator = ""
                index = end
            } else {
                separator.append(ch)
                index = text.index(after: index)
            }
        }
        self.tokens = tokens

        var joined = ""
        var offsets: [Int] = []
        offsets.reserveCapacity(tokens.count)
        var utf16Count = 0
        var positions: [String: [Int]] = [:]
        var starts: [Int] = []
        starts.reserveCapacity(tokens.count)
        var currentStart = 0
        for (i, token) in tokens.enumerated() {
            if i > 0 { joined.append(" "); utf16Count += 1 }
            offsets.append(utf16Count)
            joined.append(token.word)
            utf16Count += token.word.utf16.count
            positions[token.stem, default: []].append(i)
            if token.breakBefore == .sentence { currentStart = i }
            starts.append(currentStart)
        }
        self.joined = joined
        self.joinedOffsets = offsets
        self.positionsByStem = positions
        self.sentenceStart = starts
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "s", "ss", "r", "v", "vs", "no", "e", "g", "i", "cf", "para",
        "paras", "reg", "regs", "art", "sch", "pt", "ch", "etc", "inc", "ltd", "co", "jr", "sr", "p", "pp",
    ]

    /// Lowercases, removes accents, splits contractions ("didn't" → did not) and drops possessives.
    static func normalisedWords(_ raw: Substring) -> [String] {
        var w: String
        if raw.utf8.allSatisfy({ $0 < 128 }) {
            w = raw.lowercased()
        } else {
            w = String(raw).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            w = String(w.map { apostrophes.contains($0) ? "'" : $0 })
        }
        if let apostrophe = w.firstIndex(of: "'") {
            let base = String(w[..<apostrophe])
            let suffix = String(w[w.index(after: apostrophe)...])
            if suffix == "t", base.hasSuffix("n") {
                let stemBase: String
                switch base {
                case "can": stemBase = "can"
                case "won": stemBase = "will"
                case "shan": stemBase = "shall"
                default: stemBase = String(base.dropLast())
                }
                return [SpellingVariants.fold(stemBase), "not"]
            }
            // 's 're 've 'm 'll 'd: keep the word itself.
            return [SpellingVariants.fold(base)]
        }
        return [SpellingVariants.fold(w)]
    }

    /// Removes plural endings so that "record" matches "records" and "allegation" matches "allegations".
    static func stem(_ w: String) -> String {
        let n = w.utf8.count
        guard n > 3, w.utf8.last == UInt8(ascii: "s") else { return w }
        if w.hasSuffix("ies"), n > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes") { return String(w.dropLast(2)) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        return String(w.dropLast())
    }

    /// The original words from token `start` to `end` with a few words of context on each side, on one line.
    func quote(from start: Int, to end: Int, context: Int = 5) -> String {
        let sentence = sentenceStart[start]
        var from = max(sentence, start - context)
        // Do not run into the next sentence either.
        var to = end
        var i = end + 1
        while i < tokens.count, i <= end + context, tokens[i].breakBefore != .sentence {
            to = i
            i += 1
        }
        if from > start { from = start }
        let lower = tokens[from].range.lowerBound
        let upper = tokens[to].range.upperBound
        var text = String(original[lower..<upper]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if from > sentence { text = "…" + text }
        if i < tokens.count, tokens[i].breakBefore != .sentence { text += "…" }
        return text
    }
}
