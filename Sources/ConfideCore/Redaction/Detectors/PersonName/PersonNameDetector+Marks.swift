import Foundation

/// The marks the rules of `PersonNameDetector` share, and the tests and moves they all make: is a token free to be a
/// name, does it look like one, and the surname or given names that join a name found.
extension PersonNameDetector {
    /// What the rules share while they read one note: each token's score as part of a name (`mark`), the tokens no
    /// rule may take (`blocked`), and the tests and moves every rule makes with them.
    struct Marks {
        let tokens: [NoteToken]
        let blocked: [Bool]
        var mark: [Double]

        func eligible(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count, !blocked[i] else { return false }
            let t = tokens[i]
            guard t.shape != .number, t.shape != .alphanumeric, t.text.count >= 2 else { return false }
            if t.shape == .upper && RedactionLexicon.acronyms.contains(t.lower) { return false }
            if RedactionLexicon.titles.contains(t.lower) && t.lower != "sister" { return false }
            return true
        }
        func nameLike(_ i: Int, allowCommonNames: Bool = true) -> Bool {
            guard eligible(i) else { return false }
            let t = tokens[i]
            switch t.shape {
            case .title, .mixed:
                if PersonNameDetector.languages.contains(t.lower) && !(i > 0 && RedactionLexicon.titles.contains(tokens[i - 1].lower)) { return false }
                if RedactionLexicon.institutionWords.contains(t.lower) || RedactionLexicon.relationWords.contains(t.lower) && !RedactionLexicon.isFirstName(t.lower) { return false }
                if !RedactionLexicon.isCommon(t.lower) { return true }
                return allowCommonNames && (RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower))
            case .upper:
                return t.text.count >= 3 && (RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower))
            case .lower:
                return RedactionLexicon.isFirstName(t.lower) && !RedactionLexicon.isAmbiguousName(t.lower)
            default:
                return false
            }
        }
        mutating func set(_ i: Int, _ score: Double) { if i >= 0 && i < mark.count { mark[i] = max(mark[i], score) } }

        /// Takes the surname (or more given names) that follow a marked word in the same style.
        mutating func extend(from i: Int, score: Double) {
            var k = i + 1
            while k < tokens.count, k - i < 5, tokens[k].gapBefore == " " || tokens[k].gapBefore == "-", !tokens[k - 1].hasPossessive {
                // "Pieter van der Berg", "Iestyn ap Rhys", "Cian Ó Murchú": particles join when a capitalised surname follows.
                if tokens[i].isCapitalised, !blocked[k], PersonNameDetector.isParticle(tokens[k]) {
                    var p = k
                    while p + 1 < tokens.count, tokens[p + 1].gapBefore == " ", PersonNameDetector.isParticle(tokens[p + 1]) { p += 1 }
                    if p + 1 < tokens.count, tokens[p + 1].gapBefore == " " || tokens[p + 1].gapBefore.isEmpty, tokens[p + 1].shape == .title, eligible(p + 1),
                       !RedactionLexicon.institutionWords.contains(tokens[p + 1].lower) {
                        for n in k...(p + 1) { set(n, score) }
                        k = p + 2
                        continue
                    }
                    break
                }
                guard eligible(k), k - i < 3 else { break }
                let t = tokens[k], first = tokens[i]
                let fits: Bool
                switch (first.shape, t.shape) {
                case (.title, .title) where !t.sentenceInitial && RedactionLexicon.speechVerbs.contains(t.lower) && !["will", "can", "made"].contains(t.lower):
                    // "suspect Karim Said charged": a capitalised "Said" or "Told" mid-sentence is no verb.
                    fits = true
                case (.title, .title), (.mixed, .title), (.title, .mixed):
                    // A street word ends the name ("Kyle Road"), except after a strong cue, where it is the surname
                    // ("his real name may be Elliot Grange", "DC Ann Hill"), unless a number or postcode follows.
                    let streetWord = RedactionLexicon.streetSuffixes.contains(t.lower)
                        && !(score >= 0.85 && k == i + 1 && !(k + 1 < tokens.count && tokens[k + 1].shape != .lower && tokens[k + 1].gapBefore.hasPrefix(",")))
                    // "Kieran Bright", "Jason Fell": an everyday word capitalised mid-sentence straight after a given name that is no
                    // word itself is the surname (not a weekday, month, title or role: "Jason Monday", "Kieran Manager").
                    let commonSurname = k == i + 1 && !t.sentenceInitial && RedactionLexicon.isFirstName(first.lower)
                        && !RedactionLexicon.isCommon(first.lower) && !PersonNameDetector.neverNicknames.contains(t.lower)
                        && !RedactionLexicon.relationWords.contains(t.lower) && !RedactionLexicon.titles.contains(t.lower)
                        && !PersonNameDetector.languages.contains(t.lower) && !RedactionLexicon.blockSuffixes.contains(t.lower)
                    fits = (!RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                            || commonSurname)
                        && !RedactionLexicon.institutionWords.contains(t.lower) && !RedactionLexicon.organisationEndings.contains(t.lower)
                        && !streetWord
                case (.lower, .lower):
                    fits = RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                        || (!RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.speechVerbs.contains(t.lower) && t.text.count >= 3)
                case (.upper, .upper):
                    fits = !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                default:
                    fits = false
                }
                guard fits else { break }
                set(k, score)
                k += 1
            }
        }
        /// Given names before a surname found on its own ("Chidinma" before "Ferguson").
        mutating func extendLeft(from i: Int, score: Double) {
            var k = i - 1
            while k >= 0, i - k < 3, tokens[k + 1].gapBefore == " ", eligible(k), tokens[k].shape == tokens[i].shape, !tokens[k].hasPossessive {
                let t = tokens[k]
                guard !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower) && !t.sentenceInitial else { break }
                guard !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower) else { break }
                set(k, score)
                k -= 1
            }
        }
    }
}
