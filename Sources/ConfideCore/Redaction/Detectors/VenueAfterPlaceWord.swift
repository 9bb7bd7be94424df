/// "met him at Bojangles", "outside Flanagans (bar)", "drinks at Tobar Dubh": a capitalised word that is not everyday
/// English, straight after a word that places someone at a venue, is the venue's name. Courts, police and national bodies,
/// people's given names, streets and festivals are left to the rules that know them.
enum VenueAfterPlaceWord {
    static let placeWords: Set<String> = ["at", "outside", "near", "opposite"]
    static let festivals: Set<String> = ["christmas", "xmas", "easter", "eid", "diwali", "ramadan", "hanukkah", "halloween", "vaisakhi",
        "passover", "lent", "advent", "new", "pride", "carnival", "glastonbury"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where t.shape == .lower && placeWords.contains(t.lower) && i + 1 < tokens.count {
            let n = tokens[i + 1]
            guard n.gapBefore == " ", n.shape == .title, n.range.count >= 3, !RedactionLexicon.isCommon(n.lower), !festivals.contains(n.lower), !placesInABuilding.contains(n.lower),
                  !RedactionLexicon.isFirstName(n.lower), !RedactionLexicon.titles.contains(n.lower),
                  !RedactionLexicon.relationWords.contains(n.lower), !monthsAndDays.contains(n.lower),
                  let r = OrganisationDetector.capitalisedRun(note, from: i + 1, allowNumber: true) else { continue }
            let run = tokens[r]
            if OrganisationDetector.isInstitution(run) { continue }
            // "seen at Pennington's house": someone's home, not a business.
            if run.last!.hasPossessive, r.upperBound < tokens.count, tokens[r.upperBound].shape == .lower,
               tokens[r.upperBound].gapBefore == " ", !linkWords.contains(tokens[r.upperBound].lower) { continue }
            // "at Kestrel Court", "outside 14 Mill Lane": a street or block is an address, found by its own rules.
            if run.contains(where: { RedactionLexicon.streetSuffixes.contains($0.lower) }) { continue }
            // "at Rosedene, Low Road": a name set off by a comma before a street is the house's, part of the address.
            if streetFollows(tokens, after: r.upperBound) { continue }
            out.append(RedactionCandidate(run.first!.range.lowerBound..<run.last!.range.upperBound, .organisation, score: 0.55))
        }
        // Shorthand that drops "at": "c works Bannatyne's reception", "works Kwikpak nights". A capitalised word straight
        // after "works" or "working" that is not a day, a month, everyday English or a given name is the employer.
        for (i, t) in tokens.enumerated() where (t.lower == "works" || t.lower == "working") && t.shape == .lower && i + 1 < tokens.count {
            let n = tokens[i + 1]
            let singular = n.lower.hasSuffix("s") ? String(n.lower.dropLast()) : n.lower
            guard n.gapBefore == " ", n.shape == .title, n.range.count >= 3, !RedactionLexicon.isCommon(n.lower),
                  !RedactionLexicon.isFirstName(n.lower), !RedactionLexicon.titles.contains(n.lower), !monthsAndDays.contains(singular),
                  !monthsAndDays.contains(n.lower), !festivals.contains(n.lower), !OrganisationDetector.isInstitution([n]),
                  !placesInABuilding.contains(n.lower), !RedactionLexicon.relationWords.contains(n.lower) else { continue }
            out.append(RedactionCandidate(n.range.lowerBound..<n.fullEnd, .organisation, score: 0.5))
        }
        // "saw Eddie in Morrisby's car park": a name before "car park" is the shop or venue the car park belongs to.
        for (i, t) in tokens.enumerated() where t.lower == "car" && i >= 1 && i + 1 < tokens.count && tokens[i + 1].lower == "park"
            && tokens[i + 1].gapBefore == " " && t.gapBefore == " " {
            let n = tokens[i - 1]
            guard n.shape == .title, !n.sentenceInitial, n.range.count >= 3, !RedactionLexicon.isCommon(n.lower),
                  !RedactionLexicon.isFirstName(n.lower), !RedactionLexicon.titles.contains(n.lower),
                  !OrganisationDetector.isInstitution([n]), !monthsAndDays.contains(n.lower) else { continue }
            out.append(RedactionCandidate(n.range.lowerBound..<n.fullEnd, .organisation, score: 0.55))
        }
        return out
    }

    /// Parts of a building or a service written with a capital ("waited at Reception", "at Crown Court"), and "Mind", a
    /// national charity.
    static let placesInABuilding: Set<String> = ["reception", "arrivals", "departures", "security", "triage", "outpatients", "admissions",
        "home", "work", "school", "college", "uni", "university", "court", "church", "hospital", "custody", "front", "back", "main",
        "gate", "door", "entrance", "exit", "platform", "terminal", "level", "floor", "ward", "room", "block", "unit", "office",
        "magistrates", "crown", "county", "family", "youth", "mind"]

    /// Words that can follow a venue called after its owner ("near Mama Ji's where she works") where a home's noun would.
    static let linkWords: Set<String> = ["where", "when", "on", "in", "at", "near", "after", "before", "and", "or", "but", "for", "with",
        "to", "till", "until", "by", "again", "today", "tonight", "yesterday", "which", "who", "last", "this", "every"]

    /// A comma, then one to three capitalised words ending in a street type: ", Low Road", ", St Mary's Close".
    static func streetFollows(_ tokens: [NoteToken], after k: Int) -> Bool {
        guard k < tokens.count, tokens[k].gapBefore == ", " else { return false }
        var j = k
        while j < tokens.count, j - k < 3, tokens[j].isCapitalised, j == k || tokens[j].gapBefore == " " {
            if j > k, RedactionLexicon.streetSuffixes.contains(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    static let monthsAndDays = RedactionLexicon.monthAndDayNames.union(RedactionLexicon.monthAndDayAbbreviations)
}
