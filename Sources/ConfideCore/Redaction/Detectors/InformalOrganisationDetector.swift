import Foundation

/// Organisations written the way people type them rather than the way they sign letters: in lower case
/// ("parkside medical centre", "bellfield fc"), as a national chain ("the co-op", "Greggs"), with a leading type word
/// ("HMP Eastvale", "Ysgol Gyfun Cwm Rhondda"), as "the Red Lion" after a word of place, as a church school
/// ("St Luke's C of E"), as "the primary on Elm Rd", or as the value of a form line ("Employer: Dawson's Scaffolding").
enum InformalOrganisationDetector {
    /// Places "the X" is a venue after: "at the Red Lion", "outside the Co-op" (not "in the", which is as often a region).
    static let placePrepositions: Set<String> = ["at", "to", "past", "outside", "from", "near", "behind", "inside", "into", "opposite", "by"]
    /// Capitalised words after "the" that name a kind of place, not a venue ("at the Town Hall", "at the Hub").
    static let genericPlaceWords: Set<String> = RedactionLexicon.words("""
    hall station centre center park estate market square library museum hub office offices shops precinct clinic hospital
    court courts moment time end beginning weekend house flat home bus train station's north south east west city town village
    christmas easter eid diwali halloween bonfire
    """)
    /// "hes", "shes", "im": contractions typed without their apostrophe.
    static let contractions: Set<String> = ["hes", "shes", "im", "ive", "theyre", "dont", "cant", "wont", "isnt", "thats", "whats",
                                            "youre", "ill", "didnt", "wasnt", "doesnt", "theres", "hows", "its"]
    /// Form labels whose value is an employer, school or venue.
    static let organisationLabels = ["employer", "workplace", "place of work", "school", "college", "university", "nursery",
                                     "work", "club", "church", "mosque", "gym"]

    static let churchSchool = RedactionPattern(
        #"(?<![\w'’])(?:(?:St\.?|Saint)[ ])?\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}[ ](?:C of E|CofE|C\.E\.|CE|RC|R\.C\.)(?:[ ](?:Primary|Junior|Infant|Infants|First|Middle|High|Academy|School|College))*(?![\w'’])"#)
    /// A SARC named after its hospital ("St Mary's SARC") says where she went; "the SARC" alone is the service.
    static let namedSARC = RedactionPattern(#"(?<![\w'’])(?:St\.?|Saint)[ ]\p{Lu}[\p{L}\-]*['’]s[ ]SARC(?![\w])"#)
    /// "Bellhouse Sixth Form", "Castlegate Sixth Form College".
    static let sixthForm = RedactionPattern(#"(?<![\w'’])\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}[ ]Sixth[ ]Form(?:[ ]College|[ ]Centre)?(?![\w'’])"#)
    /// "St Luke's food bank", "Riverside youth club": a named community venue in lower-case words after the name.
    static let namedCommunityVenue = RedactionPattern(
        #"(?<![\w'’])(?:(?:St\.?|Saint)[ ])?\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2}[ ](?:food[ ]?bank|youth club|community centre|community hall|church hall|family centre|women's centre|drop-in|soup kitchen)(?![\w'’])"#)
    /// "the primary on Elm Rd", "the surgery off Kings Road": a kind of venue placed by its street.
    static let venueOnStreet = RedactionPattern(
        #"(?<![\w'’])(?:primary|school|nursery|academy|college|surgery|pub|gym|chippy|shop|cafe|café|church|mosque|garage|salon|takeaway|club)[ ](?:on|off)[ ](?:\p{Lu}[\p{L}'’\-]*[ ]){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Way|Close|Crescent|Parade|Hill|Grove|Terrace)(?![\w'’])"#)
    /// A type word that leads the name: prisons, and Welsh schools, colleges, surgeries and clubs.
    static let leadingTypeWords: Set<String> = ["hmp", "hmyoi", "hmip", "ysgol", "coleg", "prifysgol", "canolfan", "meddygfa", "clwb", "capel", "eglwys",
                                                "caffi", "caffi'r", "tafarn", "siop", "gwesty", "bwyty", "sklep", "polski",
                                                // English venues named type first: "Cafe Brio", "Club Tropicana", "Bar Rossi".
                                                "cafe", "café", "club", "bar", "salon", "studio"]
    /// English type words lead a name only before a word that is not English ("Cafe Brio", not "Club Night").
    static let englishLeadingTypeWords: Set<String> = ["cafe", "café", "club", "bar", "salon", "studio", "polski"]
    /// Words whose presence lets a pattern run at all.
    static let cueWords: Set<String> = ["rc", "ce", "cofe", "e", "sarc", "sixth", "food", "foodbank", "club", "community", "hall", "centre",
                                        "drop", "soup", "on", "off"]
    static let welshConnectors: Set<String> = ["y", "yr", "'r", "a", "de", "of"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        let chains = ChainStores.find(note)
        out += chains.map { RedactionCandidate($0, .organisation, score: 0.75) }

        for (i, t) in tokens.enumerated() {
            // "parkside medical centre", "northgate high", "bellfield fc", "st mary's sarc": lower case throughout.
            // Generic endings ("tutor group", "support services") need a capital to be a name; "high" is a school.
            if t.shape == .lower, RedactionLexicon.organisationEndings.contains(t.lower) || t.lower == "sarc", t.lower != "bank",
               !RedactionLexicon.weakOrganisationEndings.contains(t.lower) || t.lower == "high" {
                if let start = lowercaseNameStart(tokens, ending: i) {
                    out.append(RedactionCandidate(tokens[start].range.lowerBound..<t.range.upperBound, .organisation, score: 0.7))
                }
            }
            // "HMP Eastvale", "Ysgol Gyfun Cwm Rhondda", "ysgol ardudwy".
            if leadingTypeWords.contains(t.lower), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ",
               !englishLeadingTypeWords.contains(t.lower) || (t.shape == .title && tokens[i + 1].shape == .title
                && !RedactionLexicon.isCommon(tokens[i + 1].lower) && !RedactionLexicon.institutionWords.contains(tokens[i + 1].lower)
                && !(i > 0 && tokens[i - 1].isCapitalised && t.gapBefore == " ")) {
                var k = i + 1
                let lower = t.shape == .lower
                while k < tokens.count, k - i <= 4, tokens[k].gapBefore == " " || tokens[k].gapBefore == "-" {
                    let w = tokens[k]
                    let fits = lower ? (w.shape == .lower && !RedactionLexicon.isCommon(w.lower)) : (w.shape == .title || w.shape == .upper)
                    if !fits {
                        if welshConnectors.contains(w.lower), k + 1 < tokens.count, tokens[k + 1].gapBefore == " ", tokens[k + 1].shape == (lower ? .lower : .title) { k += 1; continue }
                        break
                    }
                    k += 1
                }
                if k > i + 1 {
                    out.append(RedactionCandidate(t.range.lowerBound..<tokens[k - 1].range.upperBound, .organisation, score: 0.8))
                }
            }
            // "at the Red Lion", "outside the Crown and Anchor".
            if t.text == "the", i > 0, tokens[i].gapBefore == " ", placePrepositions.contains(tokens[i - 1].lower),
               let r = OrganisationDetector.capitalisedRun(note, from: i + 1, allowNumber: false), tokens[i + 1].gapBefore == " " {
                let words = tokens[r]
                let last = words[words.index(before: words.endIndex)]
                let oneGeneric = words.count == 1 && (genericPlaceWords.contains(last.lower) || RedactionLexicon.isFirstName(last.lower))
                // "to the Freedom to Speak Up guardian": a scheme's name runs on through "to" into more capitals; no venue.
                let runsOnThroughTo = r.upperBound + 1 < tokens.count && tokens[r.upperBound].lower == "to" && tokens[r.upperBound].gapBefore == " "
                    && tokens[r.upperBound + 1].gapBefore == " " && tokens[r.upperBound + 1].isCapitalised
                if runsOnThroughTo { continue }
                if !OrganisationDetector.isInstitution(words), !oneGeneric, !genericPlaceWords.contains(last.lower),
                   !RedactionLexicon.streetSuffixes.contains(last.lower), !RedactionLexicon.blockSuffixes.contains(last.lower),
                   !words.contains(where: { $0.shape == .upper && $0.text.count <= 4 && RedactionLexicon.acronyms.contains($0.lower) }) {
                    out.append(RedactionCandidate(tokens[r.lowerBound].range.lowerBound..<last.range.upperBound, .organisation, score: 0.65))
                }
            }
        }
        // Each pattern runs only when its telling words are in the note: most notes have none, and regular expressions
        // that open with a capitalised word try every word.
        var words: Set<String> = []
        for t in tokens where cueWords.contains(t.lower) { words.insert(t.lower) }
        if !words.isDisjoint(with: ["rc", "ce", "cofe", "e"]) {
            for m in note.matches(churchSchool) { out.append(RedactionCandidate(m.whole, .organisation, score: 0.8)) }
        }
        if words.contains("sarc") { for m in note.matches(namedSARC) { out.append(RedactionCandidate(m.whole, .organisation, score: 0.7)) } }
        if words.contains("sixth") { for m in note.matches(sixthForm) { out.append(RedactionCandidate(m.whole, .organisation, score: 0.75)) } }
        out += capitalsOrganisations(note)
        if !words.isDisjoint(with: ["food", "foodbank", "club", "community", "hall", "centre", "drop", "soup"]) {
            for m in note.matches(namedCommunityVenue) { out.append(RedactionCandidate(m.whole, .organisation, score: 0.75)) }
        }
        if words.contains("on") || words.contains("off") {
            for m in note.matches(venueOnStreet) { out.append(RedactionCandidate(m.whole, .organisation, score: 0.7, priority: 61)) }
        }
        out += labelledValues(note)
        return out
    }

    /// Kinds of care setting written before "home", "housing", "unit": everyday words of the sector, not proper names.
    static let careKinds: Set<String> = ["residential", "nursing", "sheltered", "supported", "assisted", "respite", "semi-independent",
        "dementia", "elderly", "hospice", "convalescent", "rehabilitation", "rehab"]

    /// The first word of a lower-case organisation name ending at `ending`: up to three lower-case words before it, at least
    /// one of which is not ordinary English (the proper name), or "st" before a saint ("st mary's").
    static func lowercaseNameStart(_ tokens: [NoteToken], ending: Int) -> Int? {
        var j = ending
        var proper = false
        while j > 0, ending - j < 3 {
            let prev = tokens[j - 1]
            let gap = tokens[j].gapBefore
            // "petal & stem florists": an ampersand joins two words of one name.
            guard gap == " " || gap == " & " || (prev.hasPossessive && gap.isEmpty), prev.shape == .lower else { break }
            // Contractions typed without the apostrophe ("hes home", "shes at") end a sentence's subject, not a name.
            if contractions.contains(prev.lower) { break }
            if ["at", "to", "is", "the", "a", "an", "from", "in", "of", "and", "her", "his", "their", "my", "our", "your"].contains(prev.lower) { break }
            if RedactionLexicon.relationWords.contains(prev.lower) || RedactionLexicon.acronyms.contains(prev.lower) { break }
            if RedactionLexicon.organisationEndings.contains(prev.lower) && !proper && j == ending {
                // A kind word before the ending ("barber shop", "tattoo studio") is no name by itself.
            } else if careKinds.contains(prev.lower) {
                // "residential home", "supported housing": the kind of care, not a name ("oakdene residential home" still is one).
            } else if !RedactionLexicon.isCommon(prev.lower) && !RedactionLexicon.speechVerbs.contains(prev.lower) && prev.text.count > 2 { proper = true }
            else if prev.lower == "st" { proper = true }
            else if RedactionLexicon.organisationEndings.contains(prev.lower) || ["medical", "health", "family", "community", "sixth", "form",
                      "catholic", "junior", "infant", "infants", "sports", "leisure", "social", "youth", "dental", "boxing", "rugby", "football", "cricket",
                      "golf", "bowling", "working", "men's", "mens"].contains(prev.lower) {
                // Kind words inside the name ("parkside medical centre").
            } else { break }
            j -= 1
        }
        guard j < ending, proper else { return nil }
        // The proper word must lead: "a medical centre" has none, "bellfield fc" and "st mary's sarc" do.
        let lead = tokens[j]
        guard !RedactionLexicon.isCommon(lead.lower) || lead.lower == "st" else { return nil }
        // "sarc" on its own is the service; named after a hospital ("st mary's sarc") it says where she went.
        if tokens[ending].lower == "sarc" && lead.lower != "st" { return nil }
        // A lower-case first name before "college" is as often a person's ("kyle college work").
        if ending - j == 1 && RedactionLexicon.isFirstName(lead.lower) { return nil }
        return j
    }

    /// "Employer: Dawson's Scaffolding", "Perp workplace: Ashby Tyres", "Occupation: barista, Cuckoo's Nest Coffee".
    static func labelledValues(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let gap = tokens[i + 1].gapBefore.trimmingCharacters(in: .whitespaces)
            guard gap == ":" || gap == "|" || (gap.allSatisfy { $0 == "." } && gap.count >= 2) else { continue }
            let label = note.text(note.lineBefore(t.range.upperBound)).lowercased().trimmingCharacters(in: .whitespaces)
            let isOccupation = label.hasSuffix("occupation") || label.hasSuffix("job")
            guard isOccupation || organisationLabels.contains(where: { label == $0 || label.hasSuffix(" " + $0) }) else { continue }
            // The value runs to the end of the line or a bracket.
            var k = i + 1
            if isOccupation {
                // "barista, Cuckoo's Nest Coffee" or "cleaner at Brightwell Foods": the employer follows.
                while k < tokens.count, !tokens[k].gapBefore.contains("\n"), !(tokens[k].gapBefore.contains(",") || tokens[k - 1].lower == "at" && k > i + 1) { k += 1 }
                guard k < tokens.count, !tokens[k].gapBefore.contains("\n") else { continue }
            }
            let start = k
            while k < tokens.count, k == start || !(tokens[k].gapBefore.contains("\n") || tokens[k].gapBefore.contains("(") || tokens[k].gapBefore.contains(",") || tokens[k].gapBefore.contains(" - ")) { k += 1 }
            let words = tokens[start..<k]
            guard !words.isEmpty, words.count <= 6, words.first!.isCapitalised, !OrganisationDetector.isInstitution(words),
                  !words.allSatisfy({ RedactionLexicon.isCommon($0.lower) }),
                  !words.contains(where: { RedactionLexicon.titles.contains($0.lower) }) else { continue }
            out.append(RedactionCandidate(words.first!.range.lowerBound..<words.last!.range.upperBound, .organisation, score: 0.75))
        }
        return out
    }

    /// Upper-case notes: "OR ATTEND WESTBURY COLLEGE", a run of capitals ending in an organisation word.
    static func capitalsOrganisations(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where t.shape == .upper && t.text.count > 2 && RedactionLexicon.organisationEndings.contains(t.lower)
            && !RedactionLexicon.weakOrganisationEndings.contains(t.lower) {
            var j = i
            while j > 0, i - j < 4, tokens[j].gapBefore == " ", tokens[j - 1].shape == .upper, tokens[j - 1].text.count > 1,
                  !RedactionLexicon.isCommon(tokens[j - 1].lower) || RedactionLexicon.organisationEndings.contains(tokens[j - 1].lower),
                  !RedactionLexicon.acronyms.contains(tokens[j - 1].lower), !RedactionLexicon.titles.contains(tokens[j - 1].lower) { j -= 1 }
            guard j < i, !OrganisationDetector.isInstitution(tokens[j...i]) else { continue }
            out.append(RedactionCandidate(tokens[j].range.lowerBound..<t.range.upperBound, .organisation, score: 0.75))
        }
        return out
    }
}
