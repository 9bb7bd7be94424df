import Foundation

/// Rules 2e, 5, 6, 6a, 6b and 6e: given names and surnames the lexicon knows, and unfamiliar capitalised words that act
/// like a person: "Eilidh described", "Shan's", "spoke to rose - she", "spoken to Deb Haines".
extension PersonNameDetector {
    // 2e. "spoke to rose - she is staying...": a given name that is also a word, straight after a contact verb and closed
    //     by a dash, comma or full stop, is the person spoken to (a word there would go on: "spoke to hope of...").
    func markContactedGivenNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i >= 1 && i + 1 <= tokens.count && marks.eligible(i) && t.shape == .lower && t.text.count >= 3 {
            let p = tokens[i - 1].lower
            let contact = (p == "to" && i >= 2 && ["spoke", "spoken", "speak", "talked", "chatted", "texted", "wrote"].contains(tokens[i - 2].lower))
                || ["rang", "phoned", "texted", "emailed", "messaged", "met"].contains(p)
            guard contact, t.gapBefore == " ", RedactionLexicon.isFirstName(t.lower), !Self.auxiliaries.contains(t.lower) else { continue }
            let closes = i + 1 >= tokens.count || [" - ", " – ", ", ", ". ", ".", ","].contains(where: { tokens[i + 1].gapBefore.hasPrefix($0) })
                || tokens[i + 1].gapBefore.hasPrefix(" (")
            if closes { marks.set(i, 0.7) }
        }
    }

    // 5. Given names from the lexicon, and surnames that are not everyday words.
    func markLexiconNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) {
            let isFirst = RedactionLexicon.isFirstName(t.lower)
            let ambiguous = RedactionLexicon.isAmbiguousName(t.lower)
            let nextIsVerb = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && RedactionLexicon.speechVerbs.contains(tokens[i + 1].lower)
            let nearDigits = (i > 0 && tokens[i - 1].shape == .number && tokens[i].gapBefore == " ")
                || (i + 1 < tokens.count && tokens[i + 1].shape == .number && tokens[i + 1].gapBefore == " ")
            switch t.shape {
            case .title, .mixed:
                if isFirst && !ambiguous { marks.set(i, 0.85); marks.extend(from: i, score: 0.85) }
                else if isFirst && ambiguous && !nearDigits {
                    // "Hope" mid-sentence is a name; at a sentence start only with a verb or surname after it.
                    let surnameNext = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title
                        && (RedactionLexicon.isSurname(tokens[i + 1].lower) || !RedactionLexicon.isCommon(tokens[i + 1].lower))
                    let subject = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && Self.subjectVerbs.contains(tokens[i + 1].lower)
                    if !t.sentenceInitial || subject || t.hasPossessive || surnameNext { marks.set(i, 0.7); marks.extend(from: i, score: 0.7) }
                } else if RedactionLexicon.isSurname(t.lower) && !RedactionLexicon.isCommon(t.lower) && (!t.sentenceInitial || nextIsVerb) {
                    marks.set(i, 0.7); marks.extendLeft(from: i, score: 0.7); marks.extend(from: i, score: 0.7)
                }
            case .lower:
                if isFirst && !ambiguous && t.text.count >= 3 { marks.set(i, 0.7); marks.extend(from: i, score: 0.7) }
            case .upper:
                // A note typed in capitals: a given name that is no English word is a name on its own ("CONTACT CHLOE").
                if isFirst && !ambiguous && t.text.count >= 4 && !RedactionLexicon.acronyms.contains(t.lower) && lineInCapitals(t.range.lowerBound) {
                    marks.set(i, 0.7); marks.extend(from: i, score: 0.7)
                }
                // Capitals: a given name with a surname beside it ("HOPE ATKINSON"), not a heading word.
                if isFirst && t.text.count >= 3, i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", tokens[i + 1].shape == .upper,
                   RedactionLexicon.isSurname(tokens[i + 1].lower) || !RedactionLexicon.isCommon(tokens[i + 1].lower),
                   !RedactionLexicon.acronyms.contains(tokens[i + 1].lower) {
                    marks.set(i, 0.75); marks.extend(from: i, score: 0.75)
                }
            default: break
            }
        }
    }

    /// True when the line holding `offset` is typed in capitals: at least twelve letters and no lower-case one.
    private func lineInCapitals(_ offset: Int) -> Bool {
        let u = note.units
        var s = offset, e = offset
        while s > 0, u[s - 1] != 10 { s -= 1 }
        while e < u.count, u[e] != 10 { e += 1 }
        var letters = 0
        for k in s..<e {
            let c = u[k]
            if c >= 97 && c <= 122 { return false }
            if c >= 65 && c <= 90 { letters += 1 }
        }
        return letters >= 12
    }

    // 6. An unfamiliar capitalised word that acts like a person: "Eilidh described", "Tomasz asked", "Shan's".
    func markWordsActingAsPeople(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            // Strong verbs only: "Wales is" and "Northmoor has" are places.
            let nextIsVerb = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && Self.strongSpeechVerbs.contains(tokens[i + 1].lower)
            let possessivePerson = t.hasPossessive && i + 1 < tokens.count && (RedactionLexicon.relationWords.contains(tokens[i + 1].lower)
                || Self.possessions.contains(tokens[i + 1].lower))
            // Two unfamiliar capitalised words are as often a place ("Millbeck United") as a person: one must be a known name.
            let pairNext = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && marks.eligible(i + 1)
                && !RedactionLexicon.isCommon(tokens[i + 1].lower) && !t.sentenceInitial
                && (RedactionLexicon.isSurname(tokens[i + 1].lower) || RedactionLexicon.isFirstName(tokens[i + 1].lower))
            let placeBefore = i > 0 && ["in", "at", "from", "to", "near", "of", "into", "around", "outside"].contains(tokens[i - 1].lower)
            let adverb = t.lower.hasSuffix("ly") && !RedactionLexicon.isFirstName(t.lower)
            if adverb { continue }
            if (nextIsVerb || possessivePerson) && !placeBefore { marks.set(i, 0.65); marks.extendLeft(from: i, score: 0.65) }
            // "Jamal is sofa-surfing": a sentence about an unfamiliar capitalised subject; weaker, and not spread.
            else if t.sentenceInitial, i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", ["is", "was", "has", "had"].contains(tokens[i + 1].lower),
                    i + 2 < tokens.count, tokens[i + 2].shape == .lower { marks.set(i, 0.6) }
            else if pairNext && !placeBefore { marks.set(i, 0.6); marks.extend(from: i, score: 0.6) }
        }
    }

    // 6a. Spelling variants of listed names ("Leanna"), and a capitalised unfamiliar word after "with" ("session with Leanna").
    func markVariantsAndWith(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            let afterWith = i > 0 && ["with", "w/"].contains(tokens[i - 1].lower) && t.gapBefore == " "
                && !(i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].isCapitalised)
            if RedactionLexicon.isFirstNameVariant(t.lower) || afterWith { marks.set(i, 0.65); marks.extend(from: i, score: 0.65) }
        }
    }

    // 6b. Lower-case notes: "dani says", "dani (D.W.)", "kerry-ann (KAM)".
    func markLowerCaseNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .lower && t.text.count >= 3
            && !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.acronyms.contains(t.lower) && !RedactionLexicon.titles.contains(t.lower)
            && !RedactionLexicon.relationWords.contains(t.lower) && !Self.isContraction(t.lower) {
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            let speaks = next.gapBefore == " " && Self.strongSpeechVerbs.contains(next.lower)
            let initialsAfter = next.gapBefore.hasSuffix("(") && (next.shape == .upper || next.text.count == 1)
                && next.text.first.map { String($0).lowercased() == String(t.lower.prefix(1)) } == true
            let possessiveFamily = t.hasPossessive && next.gapBefore == " " && Self.familyWords.contains(next.lower)
            // "-ly" words before a verb are adverbs ("consistently reported").
            if speaks && !t.lower.hasSuffix("ly") { marks.set(i, 0.62) }
            if initialsAfter || possessiveFamily { marks.set(i, 0.7) }
        }
    }

    // 6e. "I have spoken to Deb Haines in residences": two unfamiliar capitalised words, and no more, straight after a verb of
    //     talking and "to", are the person talked to (a town, firm or street would have a word the lexicon knows).
    func markTalkedToNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i >= 2 && i + 1 < tokens.count && marks.mark[i] == 0 && t.shape == .title && t.gapBefore == " "
            && tokens[i - 1].lower == "to" && Self.talkVerbs.contains(tokens[i - 2].lower) && marks.eligible(i) && marks.eligible(i + 1) {
            let n = tokens[i + 1]
            let runEnds = i + 2 >= tokens.count || tokens[i + 2].gapBefore != " " || !tokens[i + 2].isCapitalised
            guard n.gapBefore == " ", n.shape == .title, runEnds, !t.hasPossessive,
                  !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower), !RedactionLexicon.isCommon(n.lower),
                  ![t, n].contains(where: { RedactionLexicon.institutionWords.contains($0.lower) || RedactionLexicon.organisationEndings.contains($0.lower)
                    || RedactionLexicon.streetSuffixes.contains($0.lower) || RedactionLexicon.blockSuffixes.contains($0.lower)
                    || Self.languages.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower) }) else { continue }
            marks.set(i, 0.7); marks.set(i + 1, 0.7)
        }
    }
}
