/// An organisation's name written in capitals inside ordinary text ("shared about NOOR WOMEN'S GROUP at the mosque",
/// "works at KWIK KLEEN LTD"): capital words ending in an organisation's telling word. In a line wholly in capitals the
/// name must be led by a word that is not everyday English; public bodies and abbreviations ("NHS TRUST") are left alone.
enum CapitalsOrganisation {
    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where t.shape == .upper && t.text.count >= 3 && RedactionLexicon.organisationEndings.contains(t.lower) {
            var j = i
            while j > 0, i - j < 4, tokens[j - 1].shape == .upper, tokens[j - 1].text.count >= 2,
                  tokens[j].gapBefore == " " || tokens[j].gapBefore == " & " { j -= 1 }
            guard j < i else { continue }
            // Ordinary text around it: the line has lower-case letters outside the run.
            let lineStart = note.lineBefore(t.range.lowerBound).lowerBound
            var lineEnd = t.range.upperBound
            while lineEnd < note.length, note.units[lineEnd] != 10 { lineEnd += 1 }
            let capitalsLine = !note.units[lineStart..<tokens[j].range.lowerBound].contains { $0 >= 97 && $0 <= 122 }
                && !note.units[t.range.upperBound..<lineEnd].contains { $0 >= 97 && $0 <= 122 }
            // In a line wholly in capitals the sentence's own words lead in ("HAS FOUND OUT ABOUT NOOR WOMEN'S GROUP"): drop
            // everyday words from the front, and keep the name only if a word that is not everyday English then leads it.
            if capitalsLine {
                while j < i, RedactionLexicon.isCommon(tokens[j].lower) || RedactionLexicon.relationWords.contains(tokens[j].lower) { j += 1 }
                // "SARAH'S GROUP" is a person's; "NOOR WOMEN'S GROUP" (a name, then more words) is the group's own name.
                guard j < i, !RedactionLexicon.isFirstName(tokens[j].lower) || i - j >= 2,
                      !RedactionLexicon.acronyms.contains(tokens[j].lower) else { continue }
            }
            let run = tokens[j...i]
            if OrganisationDetector.isInstitution(run) { continue }
            // A weak ending needs a word that is not everyday English ("NOOR", not "THE SUPPORT GROUP").
            if RedactionLexicon.weakOrganisationEndings.contains(t.lower),
               tokens[j..<i].allSatisfy({ RedactionLexicon.isCommon($0.lower) || OrganisationDetector.serviceWords.contains($0.lower) }) { continue }
            out.append(RedactionCandidate(run.first!.range.lowerBound..<t.range.upperBound, .organisation, score: 0.6))
        }
        return out
    }
}
