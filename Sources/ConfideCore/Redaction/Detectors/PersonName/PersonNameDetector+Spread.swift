import Foundation

/// Rules 9 and 9b: once a name is established, its other occurrences, and the short forms of a given name ("Gav").
extension PersonNameDetector {
    // 9. Spread: every other occurrence of an established name (and of known names and email-address names).
    func spread(_ marks: inout Marks) {
        var established: [String: Double] = [:]
        for (i, m) in marks.mark.enumerated() where m >= 0.65 { established[tokens[i].lower] = max(established[tokens[i].lower] ?? 0, m) }
        // Known names: the whole name and each part of it.
        for name in knownNames {
            for part in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) where part.count >= 2 {
                established[String(part)] = max(established[String(part)] ?? 0, 0.9)
            }
        }
        // "okafor.tanisha@inbox.example": the parts of an email's local part are names when they are in the note elsewhere.
        for m in note.matches(EmailDetector.pattern) {
            let local = note.text(m.whole).split(separator: "@").first.map(String.init) ?? ""
            let parts = local.lowercased().split(whereSeparator: { !$0.isLetter })
            guard parts.count >= 2 else { continue }
            for p in parts where p.count >= 3 && !RedactionLexicon.isCommon(String(p)) { established[String(p)] = max(established[String(p)] ?? 0, 0.7) }
        }
        guard !established.isEmpty else { return }
        let lowerNames = Set(tokens.indices.filter { marks.mark[$0] >= 0.65 && tokens[$0].shape == .lower }.map { tokens[$0].lower })
        for (i, t) in tokens.enumerated() where marks.mark[i] == 0 && marks.eligible(i) {
            var found = established[t.lower]
            // "shannons ex": a possessive typed without its apostrophe.
            if found == nil, t.lower.hasSuffix("s"), t.text.count >= 5, let base = established[String(t.lower.dropLast())],
               !RedactionLexicon.isCommon(String(t.lower.dropLast())), !RedactionLexicon.isCommon(t.lower) { found = base * 0.9 }
            guard let score = found else { continue }
            let common = RedactionLexicon.isCommon(t.lower)
            if !common {
                if t.shape == .lower && t.text.count < 3 { continue }
                marks.mark[i] = score * 0.95
                continue
            }
            // An ordinary word: only capitalised mid-sentence, or starting a sentence as the subject ("Rose does not know").
            // In a lower-case note, once "called rose" has made it her name, "rose rang again" is her.
            if t.shape == .lower {
                // "robin is the one she trusts", "summer will be told": "is" and "will" after an established lower-case name too.
                if lowerNames.contains(t.lower), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ",
                   Self.subjectVerbs.contains(tokens[i + 1].lower) || ["is", "will", "won't", "can't", "isn't"].contains(tokens[i + 1].lower) {
                    marks.mark[i] = score * 0.9
                }
                continue
            }
            guard t.shape == .title || t.shape == .upper else { continue }
            let next = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " ? tokens[i + 1] : nil
            let nearDigits = next?.shape == .number || (i > 0 && tokens[i - 1].shape == .number && t.gapBefore == " ")
            if nearDigits { continue }
            if t.shape == .upper {
                let neighbourNamed = (i > 0 && marks.mark[i - 1] > 0 && t.gapBefore == " ") || (next.map { established[$0.lower] != nil } ?? false)
                if neighbourNamed { marks.mark[i] = score * 0.9 }
                continue
            }
            // "Amber then came on the line", "Rose also said": an adverb between the established name and its verb.
            let adverbThenVerb = next.map { Self.linkingAdverbs.contains($0.lower) } == true && i + 2 < tokens.count
                && tokens[i + 2].gapBefore == " " && (Self.subjectVerbs.contains(tokens[i + 2].lower) || Self.pastTenseVerbs.contains(tokens[i + 2].lower)
                    || tokens[i + 2].shape == .lower && tokens[i + 2].lower.hasSuffix("ed") && tokens[i + 2].text.count > 4)
            if !t.sentenceInitial || t.hasPossessive || adverbThenVerb || next.map({ Self.subjectVerbs.contains($0.lower) || Self.pastTenseVerbs.contains($0.lower)
                || $0.lower == "is" || established[$0.lower] != nil || $0.shape == .lower && $0.lower.hasSuffix("ed") && $0.text.count > 4 }) == true {
                // Once the note has shown the word is her name, "Faith is clear that..." is about her.
                marks.mark[i] = score * 0.9
            }
        }
        // "?Lenny Marsh": a surname after a name the note has already established.
        for i in tokens.indices.dropLast() where marks.mark[i] >= 0.6 && marks.mark[i + 1] == 0 && !tokens[i].hasPossessive && marks.eligible(i + 1) {
            let n = tokens[i + 1]
            guard n.gapBefore == " ", n.shape == .title, established[tokens[i].lower] != nil,
                  !RedactionLexicon.isCommon(n.lower) || RedactionLexicon.isSurname(n.lower),
                  !RedactionLexicon.institutionWords.contains(n.lower), !RedactionLexicon.relationWords.contains(n.lower),
                  !RedactionLexicon.speechVerbs.contains(n.lower) else { continue }
            marks.mark[i + 1] = marks.mark[i] * 0.9
        }
        // Whole known names that span several words in any case ("aisha clarke").
        for name in knownNames where name.contains(" ") {
            let pattern = "(?<![\\w])" + NSRegularExpression.escapedPattern(for: name.trimmingCharacters(in: .whitespaces)) + "(?![\\w])"
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            for m in re.matches(in: note.string, range: NSRange(location: 0, length: note.length)) {
                for (i, t) in tokens.enumerated() where m.range.location <= t.range.lowerBound && t.range.upperBound <= m.range.location + m.range.length && marks.eligible(i) {
                    marks.mark[i] = max(marks.mark[i], 0.9)
                }
            }
        }
    }

    // 9b. The short form of a given name already in the note: "Gavin Lyle" ... "'Gav' touches him", "Callum" ... "Cal 2".
    //     Not a month or a day ("Jan" beside "Janine"), nor everyday English, nor the start of a surname ("Pat", "Patel").
    func markShortForms(_ marks: inout Marks) {
        let givenNames = Set(tokens.indices.filter { k in
            marks.mark[k] >= 0.65 && tokens[k].shape == .title && (RedactionLexicon.isFirstName(tokens[k].lower)
                || (k + 1 < tokens.count && marks.mark[k + 1] > 0 && tokens[k + 1].gapBefore == " " && !(k > 0 && marks.mark[k - 1] > 0 && tokens[k].gapBefore == " ")))
        }.map { tokens[$0].lower })
        if !givenNames.isEmpty {
            for (i, t) in tokens.enumerated() where marks.mark[i] == 0 && marks.eligible(i) && t.shape == .title && (3...5).contains(t.text.count)
                && !RedactionLexicon.isCommon(t.lower) && !VenueAfterPlaceWord.monthsAndDays.contains(t.lower)
                && !RedactionLexicon.institutionWords.contains(t.lower) {
                if givenNames.contains(where: { $0.count >= t.text.count + 2 && $0.hasPrefix(t.lower) }) { marks.set(i, 0.7) }
            }
        }
    }
}
