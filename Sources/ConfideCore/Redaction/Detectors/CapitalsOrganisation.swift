/// An organisation's name written in capitals inside ordinary text ("shared about NOOR WOMEN'S GROUP at the mosque",
/// "works at KWIK KLEEN LTD"): capital words ending in an organisation's telling word. Lines written wholly in capitals
/// are left alone (there every word is in capitals), and so are public bodies and abbreviations ("NHS TRUST").
enum CapitalsOrganisation {
    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where t.shape == .upper && t.text.count >= 3 && RedactionLexicon.organisationEndings.contains(t.lower) {
            var j = i
            while j > 0, i - j < 4, tokens[j - 1].shape == .upper, tokens[j - 1].text.count >= 2,
                  tokens[j].gapBefore == " " || tokens[j].gapBefore == " & " { j -= 1 }
            guard j < i else { continue }
            let run = tokens[j...i]
            if OrganisationDetector.isInstitution(run) { continue }
            // A weak ending needs a word that is not everyday English ("NOOR", not "THE SUPPORT GROUP").
            if RedactionLexicon.weakOrganisationEndings.contains(t.lower),
               tokens[j..<i].allSatisfy({ RedactionLexicon.isCommon($0.lower) || OrganisationDetector.serviceWords.contains($0.lower) }) { continue }
            // Ordinary text around it: the line has lower-case letters outside the run.
            let line = note.lineBefore(t.range.lowerBound)
            let lineEnd = note.length
            var k = run.last!.range.upperBound
            var lowerOutside = note.units[line.lowerBound..<run.first!.range.lowerBound].contains { $0 >= 97 && $0 <= 122 }
            while !lowerOutside, k < lineEnd, note.units[k] != 10 {
                if note.units[k] >= 97 && note.units[k] <= 122 { lowerOutside = true }
                k += 1
            }
            guard lowerOutside else { continue }
            out.append(RedactionCandidate(run.first!.range.lowerBound..<t.range.upperBound, .organisation, score: 0.6))
        }
        return out
    }
}
