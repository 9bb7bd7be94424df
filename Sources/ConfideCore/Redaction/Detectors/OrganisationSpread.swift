/// A venue named once with its telling word ("Pulse nightclub", "Flanagans Bar") is the same venue when the note names it
/// again on its own ("the staff toilets, Pulse."). The name is what is left of a found organisation after a leading "the"
/// and one trailing kind-of-venue word; each later capitalised occurrence of exactly those words is suggested too.
enum OrganisationSpread {
    static func spread(_ chosen: [RedactionCandidate], note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        // The words and the gaps between them: "Garside & Webb" (from "Garside & Webb Solicitors") keeps its ampersand.
        var names: [[String]] = []
        var gaps: [[String]] = []
        for c in chosen where c.label == .organisation {
            var words = tokens.filter { c.range.contains($0.range.lowerBound) }
            while let first = words.first, first.lower == "the" { words.removeFirst() }
            guard words.count >= 2, let last = words.last,
                  RedactionLexicon.organisationEndings.contains(last.lower) || RedactionLexicon.lowercaseVenueWords.contains(last.lower)
            else { continue }
            words.removeLast()
            // A name of its own, not a town before its school ("Northmoor" in "Northmoor College" may be the town elsewhere):
            // a one-word name must not be the first word of a place (capitalised and followed by more capitalised words
            // elsewhere) and must not be a person's given name or surname.
            guard words.allSatisfy({ $0.isCapitalised }), words.count <= 3 else { continue }
            if words.count == 1 {
                let w = words[0]
                guard w.range.count >= 3, !RedactionLexicon.isFirstName(w.lower), !RedactionLexicon.isSurname(w.lower),
                      !RedactionLexicon.titles.contains(w.lower), !OrganisationDetector.isInstitution([w]) else { continue }
            }
            let texts = words.map(\.text)
            let joins = words.map(\.gapBefore)
            guard joins.dropFirst().allSatisfy({ $0 == " " || $0 == " & " }) else { continue }
            if !names.contains(texts) { names.append(texts); gaps.append(Array(joins)) }
        }
        guard !names.isEmpty else { return chosen }
        var out = chosen
        for (name, joins) in zip(names, gaps) {
            var i = 0
            while i + name.count <= tokens.count {
                defer { i += 1 }
                guard (0..<name.count).allSatisfy({ tokens[i + $0].text == name[$0] && ($0 == 0 || tokens[i + $0].gapBefore == joins[$0]) })
                else { continue }
                let range = tokens[i].range.lowerBound..<tokens[i + name.count - 1].range.upperBound
                // A name of two or more words outranks the persons read into its words ("Webb" in "Garside & Webb").
                if name.count >= 2, out.contains(where: { $0.range.overlaps(range) }),
                   out.allSatisfy({ !$0.range.overlaps(range) || $0.label == .person && range.contains($0.range.lowerBound)
                       && $0.range.upperBound <= range.upperBound }) {
                    out.removeAll { $0.range.overlaps(range) }
                }
                guard !out.contains(where: { $0.range.overlaps(range) }) else { continue }
                // "Pulse" as the venue, not "Pulse Road" or a place in an address.
                let next = i + name.count < tokens.count ? tokens[i + name.count] : nil
                if let next, next.gapBefore == " ", next.isCapitalised { continue }
                if name.count == 1, i > 0, ["in", "to", "from", "near"].contains(tokens[i - 1].lower) { continue }
                if name.count == 1, tokens[i].sentenceInitial, RedactionLexicon.isCommon(tokens[i].lower) { continue }
                out.append(RedactionCandidate(range, .organisation, score: 0.6))
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
