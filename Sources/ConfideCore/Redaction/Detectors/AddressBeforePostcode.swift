import Foundation

/// What comes just before a postcode is the rest of its address, however it is written: "Birchview, Main St, Crossford
/// ML8 5QT", "lives fferm y graig, llanbedr ll45 2nd", or house-name lines above a postcode on its own line. Walks back
/// from the postcode over address-like words to a cue ("lives at", "Address:"), a house number, or a line that is not
/// part of an address. The postcode itself stays its own span.
enum AddressBeforePostcode {
    /// Words that end the walk: cues and labels before an address, and prose.
    static let stopWords: Set<String> = RedactionLexicon.words("""
    address addr postcode post code pc lives living live lived at in to is was from staying stays stay moved move home with and of for
    by on near her his their my our your its new old current previous now still sent send letters letter write c/o care
    """)
    static let connectors: Set<String> = ["y", "yr", "upon", "on", "under", "de", "la", "le", "by", "the", "of"]
    static let institutionalEndings: Set<String> = ["school", "academy", "college", "university", "nursery", "practice", "surgery",
        "hospital", "clinic", "infirmary", "hospice", "solicitors", "llp", "ltd", "limited", "plc", "centre", "pharmacy", "church", "mosque",
        "temple", "gurdwara", "synagogue", "trust", "services", "primary"]
    static let units: Set<String> = ["flat", "apartment", "apt", "unit", "room", "studio", "suite"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for m in note.matches(PostcodeDetector.pattern) {
            let letters = note.text(m.whole).filter(\.isLetter)
            guard letters == letters.uppercased() || letters == letters.lowercased() else { continue }
            if let start = walkBack(note, from: m.range.location) {
                var end = m.range.location
                while end > start, [32, 44, 10, 13, 9].contains(note.units[end - 1]) { end -= 1 }
                // An envelope block over several lines is the address even where a line names a building ("The Old Bakery").
                let lines = note.text(start..<end).filter { $0 == "\n" }.count
                if end > start { out.append(RedactionCandidate(start..<end, .address, score: 0.7, priority: lines >= 2 ? 61 : nil)) }
            }
        }
        return out
    }

    /// The start of the address before the postcode at `offset`, or nil when nothing address-like precedes it.
    static func walkBack(_ note: NoteText, from offset: Int) -> Int? {
        let tokens = note.tokens
        var k = note.tokenIndex(atOrAfter: offset) - 1
        guard k >= 0 else { return nil }
        // Only spaces, one comma or one line break between the address and its postcode.
        let between = note.text(tokens[k].fullEnd..<offset)
        guard between.allSatisfy({ $0 == " " || $0 == "," || $0 == "\n" }), between.filter({ $0 == "\n" }).count <= 1 else { return nil }
        // In a note typed in lower case, lower-case words can be a street or a town.
        let lowerMode = !note.text(max(0, offset - 80)..<offset).contains(where: \.isUppercase)
        var start: Int? = nil
        if !between.contains("\n") {
            // The postcode's own line, back to a cue ("lives at"), a label, a dash or bracket, or a house number.
            var j = k
            while j >= 0 {
                let t = tokens[j]
                guard isAddressWord(t, lowerMode: lowerMode), !isStop(t) else { return start }
                start = t.range.lowerBound
                if t.shape == .number || t.shape == .alphanumeric { return start }
                if t.gapBefore.contains("\n") || j == 0 { break }
                let gap = t.gapBefore.trimmingCharacters(in: .whitespaces)
                guard gap.isEmpty || gap == "," || t.gapBefore == "-" else { return start }
                j -= 1
            }
            k = j - 1
        }
        // Lines above, each wholly address-like: house names, streets, localities and towns of an envelope block.
        var lines = 0
        while k >= 0, lines < 4, let l = wholeLineStart(note, lastToken: k, lowerMode: lowerMode) {
            start = l.offset
            if l.numbered { break }
            k = l.firstToken - 1
            lines += 1
        }
        return start
    }

    /// Capitalised "The", "Old" and "New" are part of a house name ("The Old Bakery").
    static func isStop(_ t: NoteToken) -> Bool {
        stopWords.contains(t.lower) && !(t.isCapitalised && ["the", "old", "new"].contains(t.lower))
    }

    /// When every word of the line ending with token `lastToken` is address-like, where the line starts and whether it
    /// opens with a house or flat number ("27 Elmfield Road", "Flat 2").
    static func wholeLineStart(_ note: NoteText, lastToken: Int, lowerMode: Bool) -> (offset: Int, firstToken: Int, numbered: Bool)? {
        let tokens = note.tokens
        var k = lastToken
        // The line must end right after its last word (no trailing ":" or prose punctuation).
        let after = note.text(tokens[k].fullEnd..<min(note.length, tokens[k].fullEnd + 3))
        guard after.hasPrefix("\n") || after.hasPrefix(",\n") || after.hasPrefix(" \n") else { return nil }
        var words: [NoteToken] = []
        while k >= 0 {
            let t = tokens[k]
            guard isAddressWord(t, lowerMode: lowerMode) || t.shape == .number || units.contains(t.lower) else { return nil }
            if isStop(t) { return nil }
            words.append(t)
            if t.gapBefore.contains("\n") || k == 0 { break }
            let gap = t.gapBefore.trimmingCharacters(in: .whitespaces)
            guard gap.isEmpty || gap == "," || gap == "/" || t.gapBefore == "-" else { return nil }
            k -= 1
        }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        words.reverse()
        // A line that is a person ("Ms Bronwen Ellis", "Jane Doe") heads the envelope; it is not part of the address.
        if words.contains(where: { RedactionLexicon.titles.contains($0.lower) }) { return nil }
        // A letterhead's name above its address ("Brackmoor Academy", "Linden Practice") is the organisation, not a house name.
        if words.count >= 2, let last = words.last, last.isCapitalised, institutionalEndings.contains(last.lower) { return nil }
        if words.count <= 3, words.allSatisfy({ $0.isCapitalised }), RedactionLexicon.isFirstName(words[0].lower),
           !words.contains(where: { RedactionLexicon.streetSuffixes.contains($0.lower) || RedactionLexicon.blockSuffixes.contains($0.lower) }) { return nil }
        let numbered = words[0].shape == .number || words[0].shape == .alphanumeric || units.contains(words[0].lower)
        return (words[0].range.lowerBound, k, numbered)
    }

    static func isAddressWord(_ t: NoteToken, lowerMode: Bool) -> Bool {
        switch t.shape {
        case .title, .mixed: return !RedactionLexicon.titles.contains(t.lower)
        case .upper: return t.text.count > 1 && !RedactionLexicon.acronyms.contains(t.lower)
        case .number, .alphanumeric: return t.text.count <= 4
        case .lower: return lowerMode || connectors.contains(t.lower)
        }
    }
}
