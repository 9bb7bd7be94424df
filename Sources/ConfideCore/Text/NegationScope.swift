/// Decides whether a phrase found in a text is denied ("this is not about her credibility") or only reported
/// from someone else ("the suspect says they carried on seeing each other").
///
/// The rules are about English, not law, so they live here rather than in the rulebooks:
/// - a negation word ("not", "no", "never", "without", "rather than" ...) up to eight words before the match, in
///   the same clause, denies it;
/// - so does a negation straight after it through a linking verb ("her credibility is not in issue");
/// - a clause ends at a sentence break, at "but"/"however"/"although"..., at "and"/"or"/"so" followed by a new
///   subject ("... and we need ..."), and at the comma after an opening "although/because/if ..." clause.
enum NegationScope {
    static let negators: Set<String> = [
        "not", "no", "never", "nothing", "none", "neither", "nor", "without", "cannot", "nobody", "excluding",
        "except",
    ]
    /// Two-word negators ("rather than", "instead of", "other than", "far from", "no longer").
    static let negatorPairs: Set<String> = ["rather than", "instead of", "other than", "far from", "apart from"]

    static let clauseBreakers: Set<String> = [
        "but", "however", "although", "though", "whereas", "yet", "nevertheless", "nonetheless", "whilst",
        "while", "because", "since", "unless", "so",
    ]
    static let subjects: Set<String> = ["we", "i", "you", "they", "she", "he", "it", "the", "our", "this", "there"]
    static let openers: Set<String> = [
        "although", "though", "while", "whilst", "because", "since", "if", "when", "after", "before", "as",
        "given", "despite", "unless", "whether",
    ]
    static let conditionals: Set<String> = ["if", "unless", "until", "when", "whether"]
    static let pronouns: Set<String> = ["we", "i", "they", "you", "he", "she"]
    static let linkingVerbs: Set<String> = [
        "is", "are", "was", "were", "will", "would", "be", "has", "have", "had", "does", "do", "did", "play",
        "form", "should", "need", "can", "could", "may", "might",
    ]

    /// The first token of the clause that contains token `position`.
    static func clauseStart(_ tokens: [TextToken], _ position: Int) -> Int {
        var i = position
        while i > 0 {
            let t = tokens[i]
            if t.breakBefore == .sentence { return i }
            if clauseBreakers.contains(t.word) && i < position { return i + 1 }
            if (t.word == "and" || t.word == "or"), i + 1 < tokens.count, i + 1 < position,
               subjects.contains(tokens[i + 1].word) { return i + 1 }
            if t.breakBefore == .comma {
                // "Although she did not report it, we need ..." : the opening clause ends at the comma.
                var j = i - 1
                while j > 0, tokens[j].breakBefore != .sentence, tokens[j].breakBefore != .comma { j -= 1 }
                if openers.contains(tokens[j].word) { return i }
            }
            i -= 1
        }
        return 0
    }

    /// True when the match from `start` to `end` is negated.
    static func isNegated(_ tokens: [TextToken], start: Int, end: Int) -> Bool {
        let clause = clauseStart(tokens, start)
        let from = max(clause, start - 8)
        var i = from
        while i < start {
            let w = tokens[i].word
            if negators.contains(w) || (i + 1 < tokens.count && negatorPairs.contains(w + " " + tokens[i + 1].word)) {
                // "If these are not provided we will apply for a warrant": the negation belongs to the condition,
                // and a new subject after it starts the main clause.
                let conditional = tokens[clause..<i].contains { conditionals.contains($0.word) }
                let newSubject = tokens[(i + 1)..<start].contains { pronouns.contains($0.word) }
                if !(conditional && newSubject) { return true }
            }
            i += 1
        }
        // "... credibility is not in issue", "... plays no part".
        var j = end + 1
        var sawLink = false
        while j < tokens.count, j <= end + 4, tokens[j].breakBefore == .none {
            let w = tokens[j].word
            if !sawLink {
                guard linkingVerbs.contains(w) else { break }
                sawLink = true
            } else if negators.contains(w) || w == "irrelevant" {
                return true
            }
            j += 1
        }
        return false
    }

    static let reportingVerbs: Set<String> = [
        "say", "says", "said", "claim", "claims", "claimed", "allege", "alleges", "alleged", "assert", "asserts",
        "asserted", "maintain", "maintains", "maintained", "contend", "contends", "contended", "insist", "insists",
        "insisted", "suggest", "suggests", "suggested", "state", "states", "stated", "accept", "accepts",
        "accepted", "told", "according", "account", "case", "version", "position", "denies", "denied",
    ]
    static let otherSides: Set<String> = [
        "suspect", "suspects", "defendant", "defendants", "accused", "defence", "he", "his", "man", "male",
        "interviewee", "respondent",
    ]

    /// True when the sentence presents the words as what the suspect or defence says, before the match.
    static func isReported(_ tokens: [TextToken], start: Int, sentenceStart: Int) -> Bool {
        var sawParty = false
        var i = sentenceStart
        while i < start {
            let w = tokens[i].word
            if otherSides.contains(w) { sawParty = true }
            if sawParty, reportingVerbs.contains(w) { return true }
            i += 1
        }
        return false
    }
}
