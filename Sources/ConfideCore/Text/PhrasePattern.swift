/// A phrase from a rulebook, compiled once when the rulebook is loaded.
///
/// Syntax (documented for lawyers in Rulebooks/README.md):
/// - words are matched after normalisation: any case, plural or singular, British or American spelling;
/// - `a|b|c` is one word that may be any of the alternatives;
/// - `word*` matches any word starting with "word" (`credib*` → credibility, credible);
/// - `*` is exactly one word of any kind, `*?` one word or none; `...` is a gap of up to five words;
/// - `word?` is a word that may be left out.
/// A phrase never matches across a sentence boundary.
struct PhrasePattern: Sendable {
    enum Term: Sendable, Equatable {
        case words(Set<String>)
        /// Alternatives where some are prefixes (`credib*|reliab*|believe`).
        case prefix(stems: Set<String>, prefixes: [String])
        case anyWord
        case gap(Int)
        indirect case optional(Term)
    }

    let source: String
    let terms: [Term]

    struct SyntaxError: Error, Sendable {
        let message: String
    }

    init(_ source: String) throws(SyntaxError) {
        self.source = source
        var terms: [Term] = []
        for raw in source.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var piece = String(raw)
            if piece == "..." { terms.append(.gap(5)); continue }
            if piece == "*" { terms.append(.anyWord); continue }
            if piece == "*?" { terms.append(.optional(.anyWord)); continue }
            var optional = false
            if piece.hasSuffix("?"), piece.count > 1 { optional = true; piece.removeLast() }
            let compiled = try PhrasePattern.compile(piece, in: source)
            if optional {
                guard compiled.count == 1 else {
                    throw SyntaxError(message: "'\(raw)': only a single word can be optional")
                }
                terms.append(.optional(compiled[0]))
            } else {
                terms.append(contentsOf: compiled)
            }
        }
        guard let first = terms.first, let last = terms.last else {
            throw SyntaxError(message: "empty phrase")
        }
        func isWord(_ t: Term) -> Bool {
            switch t {
            case .words, .prefix: return true
            default: return false
            }
        }
        guard isWord(first), isWord(last) else {
            throw SyntaxError(message: "'\(source)': a phrase must begin and end with a word (not *, ... or an optional word)")
        }
        self.terms = terms
    }

    private static func compile(_ piece: String, in source: String) throws(SyntaxError) -> [Term] {
        if piece.contains("|") || (piece.hasSuffix("*") && piece.count > 1) {
            var stems = Set<String>()
            var prefixes: [String] = []
            for alternative in piece.split(separator: "|", omittingEmptySubsequences: false) {
                let isPrefix = alternative.hasSuffix("*") && alternative.count > 1
                let body = isPrefix ? alternative.dropLast() : alternative
                let words = AnalysedText.normalisedWords(body)
                guard words.count == 1, !words[0].isEmpty,
                      words[0].allSatisfy({ $0.isLetter || $0.isNumber }) else {
                    throw SyntaxError(message: "'\(piece)' in '\(source)': each alternative must be one word (or one word followed by *)")
                }
                if isPrefix {
                    // An American prefix ("behavior*") folds like the words it should match.
                    prefixes.append(words[0])
                    let folded = SpellingVariants.fold(words[0])
                    if folded != words[0] { prefixes.append(folded) }
                } else {
                    stems.insert(AnalysedText.stem(words[0]))
                }
            }
            return prefixes.isEmpty ? [.words(stems)] : [.prefix(stems: stems, prefixes: prefixes)]
        }
        // An ordinary word may split into several ("didn't" → did not, "self-harm" → self harm).
        let analysed = AnalysedText(piece)
        guard !analysed.tokens.isEmpty else {
            throw SyntaxError(message: "'\(piece)' in '\(source)' has no letters or digits")
        }
        if piece.contains(where: { "()[]{}\\^$+".contains($0) }) {
            throw SyntaxError(message: "'\(piece)' in '\(source)': phrases take plain words; put regular expressions under patterns:")
        }
        return analysed.tokens.map { .words([$0.stem]) }
    }

    /// The stems a match can start with, for index lookup; nil when the first term is a prefix.
    var firstStems: Set<String>? {
        if case let .words(stems) = terms[0] { return stems }
        return nil
    }

    /// Every match as (first token, last token).
    func matches(in text: AnalysedText) -> [(Int, Int)] {
        var results: [(Int, Int)] = []
        let tokens = text.tokens
        func tryStart(_ start: Int) {
            if let end = match(termIndex: 0, at: start, tokens: tokens, sentenceStart: text.sentenceStart[start]) {
                results.append((start, end))
            }
        }
        if let stems = firstStems {
            var starts: [Int] = []
            for stem in stems { if let p = text.positionsByStem[stem] { starts.append(contentsOf: p) } }
            if stems.count > 1 { starts.sort() }
            for s in starts { tryStart(s) }
        } else {
            for s in tokens.indices { tryStart(s) }
        }
        return results
    }

    private func termMatches(_ term: Term, _ token: TextToken) -> Bool {
        switch term {
        case let .words(stems): return stems.contains(token.stem)
        case let .prefix(stems, prefixes):
            return stems.contains(token.stem) || prefixes.contains(where: { token.word.hasPrefix($0) })
        case .anyWord: return true
        case .gap: return true
        case let .optional(inner): return termMatches(inner, token)
        }
    }

    /// Backtracking match from `position`; returns the index of the last token matched.
    private func match(termIndex: Int, at position: Int, tokens: [TextToken], sentenceStart: Int) -> Int? {
        if termIndex == terms.count { return position - 1 }
        // Phrases stay inside one sentence.
        func inSentence(_ p: Int) -> Bool {
            p < tokens.count && (p == sentenceStart || tokens[p].breakBefore != .sentence || termIndex == 0)
        }
        let term = terms[termIndex]
        switch term {
        case let .gap(maximum):
            var p = position
            for _ in 0...maximum {
                if let end = match(termIndex: termIndex + 1, at: p, tokens: tokens, sentenceStart: sentenceStart) { return end }
                guard inSentence(p) else { return nil }
                p += 1
            }
            return nil
        case let .optional(inner):
            if inSentence(position), termMatches(inner, tokens[position]),
               let end = match(termIndex: termIndex + 1, at: position + 1, tokens: tokens, sentenceStart: sentenceStart) {
                return end
            }
            return match(termIndex: termIndex + 1, at: position, tokens: tokens, sentenceStart: sentenceStart)
        default:
            guard inSentence(position), termMatches(term, tokens[position]) else { return nil }
            return match(termIndex: termIndex + 1, at: position + 1, tokens: tokens, sentenceStart: sentenceStart)
        }
    }
}
