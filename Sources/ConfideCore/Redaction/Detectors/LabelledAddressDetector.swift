import Foundation

/// Addresses the note's own layout or wording marks, whatever words they use: the value of an "Address:" field in a form
/// or table ("Address:   The Old Rectory, Church Lane, Little Bassing"), a house given only by its number ("lives two
/// doors down at number 45"), and a street typed in lower case after a place word ("outside her work on bridge rd",
/// "5 wharf cottages").
enum LabelledAddressDetector {
    /// The field label ("Address", or "Halls" in a student record), then ":", "|", "-" or a run of dots or spaces; the value
    /// runs to the end of the line or cell.
    static let field = RedactionPattern(
        #"(?im)^[ \t|]*(?:home |current |postal |new |previous |old |last known |perp(?:etrator)?'?s? |client'?s? )?(?:address|addr\.?|halls(?: of residence)?)[ \t]*(?::|\||-|\.{2,}|[ \t]{2,})[ \t|.:]*([^\n|]{4,90})"#)
    static let emptyValues = ["as above", "nfa", "n/a", "none", "withheld", "not ", "unknown", "refuge", "tbc", "tba", "same", "no fixed",
                              "confidential", "see ", "-", "?", "not known", "dk"]
    static let houseNumber = RedactionPattern(#"\b(?:at|to|from|outside|lives at|living at|next door at)[ ]+((?:number|no\.?)[ ]?[0-9]{1,4}[a-z]?)\b"#,
                                              caseInsensitive: true)
    static let lowerSuffixes = "street|road|rd|lane|avenue|ave|drive|crescent|cres|terrace|tce|close|gardens|gdns|grove|wynd|mews|parade|cottages|cottage|flats|house|lodge|heights|wharf|quay|bank"
    static let lowerStreet = RedactionPattern(
        #"(?<![\w'’])(?:(?:[0-9]{1,4}[a-z]?,?[ ]+)|(?<=\b(?:on|off|in|at|along|near|to|from|outside) ))((?:[a-z][a-z'’\-]+[ ]){1,2})(?:"# + lowerSuffixes + #")(?![\w'’])"#)
    static let lowerSuffixWords = Set(lowerSuffixes.split(separator: "|").map(String.init))
    static let unitWords: Set<String> = ["flat", "room", "apartment", "apt", "unit", "studio"]
    static let notStreetWords: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "their", "my", "our", "your", "its", "main",
        "high", "same", "busy", "other", "next", "back", "ring", "slip", "dual", "side", "country", "private", "no", "any", "some", "every",
        "each", "which", "what", "open", "new", "old", "one", "two", "three", "halfway", "whole", "wrong", "right", "long", "short", "end",
        "safe", "care", "foster", "food", "river", "blood", "piggy", "sperm", "data", "call", "memory", "half", "full", "mins", "minutes", "miles", "hours", "days", "weeks", "of", "and", "or", "to", "in", "on"]

    /// A room or flat in a named building: "Room 14, Block D, Tennant Hall", "Flat 3, Wing B, Castle House".
    static let unitInBuilding = RedactionPattern(
        #"(?<![\w'’])(?:Flat|Room|Apartment|Apt|Unit|Studio|flat|room)\.?[ ]?[0-9]{1,4}[A-Za-z]?(?:,?[ ](?:Block|Floor|Wing|Building|Stair|block|floor|wing)[ ][A-Z0-9][A-Za-z0-9]?)?,?[ ](?:\p{Lu}[\p{L}'’\-]*[ ]){1,3}(?:"#
        + AddressDetector.blockAlternation + #")(?![\w'’])"#)
    /// A named estate where someone lives: "on the hawthorn estate, block c", "the Beechwood Estate".
    static let estate = RedactionPattern(
        #"\b(?:on|in|at|from|off|to|near)[ ]the[ ]((?:[A-Za-z][a-z'’\-]+[ ]){1,2}[Ee]state(?:,?[ ](?:block|Block|flat|Flat)[ ][A-Za-z0-9]{1,3}\b)?)"#)

    /// A site of plots or pitches with the plot: "Rosehill Traveller Site, plot 6", "Meadowsweet Park, Plot 14",
    /// "Brook Farm caravan park, pitch 3". One to four words, the first capitalised, before a comma and the plot's number.
    static let plot = RedactionPattern(
        #"(?<![\w'’])(\p{Lu}[\p{L}'’\-]+(?:[ ][\p{L}'’\-]+){0,3}),[ ]?(?:[Pp]lot|[Pp]itch|PLOT|PITCH)[ ]?(?:[Nn]o\.?[ ]?)?[0-9]{1,3}[A-Za-z]?(?![\w'’])"#)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        let hasUnit = note.tokens.contains { unitWords.contains($0.lower) }
        for m in (hasUnit ? note.matches(unitInBuilding) : []) { out.append(RedactionCandidate(m.whole, .address, score: 0.75)) }
        if note.tokens.contains(where: { $0.lower == "estate" }) {
            for m in note.matches(estate) {
                guard let r = m.rangeOf(group: 1) else { continue }
                let words = note.text(r).split(separator: " ").map { $0.lowercased() }
                // "the housing estate", "the same estate" are generic; "the hawthorn estate" is named.
                guard let first = words.first, !RedactionLexicon.isCommon(first) || note.text(r).first?.isUppercase == true,
                      !["housing", "council", "industrial", "trading", "retail", "business", "same", "whole", "local", "new", "old"].contains(first) else { continue }
                out.append(RedactionCandidate(r, .address, score: 0.6))
            }
        }
        let lowerText = note.string.lowercased()
        if lowerText.contains("plot") || lowerText.contains("pitch") {
            for m in note.matches(plot) {
                guard let name = m.rangeOf(group: 1) else { continue }
                // Drop sentence words before the site's name: "She lives at Rosehill Traveller Site" keeps the site.
                let words = note.tokens.filter { name.contains($0.range.lowerBound) }
                guard let first = words.firstIndex(where: { $0.shape == .title && !RedactionLexicon.isCommon($0.lower) }) else { continue }
                let start = words[first].range.lowerBound
                guard !words[first...].contains(where: { RedactionLexicon.institutionWords.contains($0.lower) }) else { continue }
                out.append(RedactionCandidate(start..<m.whole.upperBound, .address, score: 0.7, priority: 62))
            }
        }
        if lowerText.contains("addr") || lowerText.contains("halls") {
            for m in note.matches(field) {
                guard var r = m.rangeOf(group: 1) else { continue }
                // The postcode at the end is its own span.
                if let pc = note.matches(PostcodeDetector.pattern, in: r).first { r = r.lowerBound..<pc.range.location }
                r = trim(note, r)
                let value = note.text(r).lowercased()
                guard r.count >= 4, !emptyValues.contains(where: { value.hasPrefix($0) }),
                      value.contains(where: { $0.isNumber }) || note.text(r).contains(where: { $0.isUppercase }) else { continue }
                // The field says what the whole value is: a block inside it ("Apartment 7, The Maltings, 3 Dock Lane") is no
                // venue to split it by, so the value outranks an organisation found within.
                out.append(RedactionCandidate(r, .address, score: 0.75, priority: 62))
            }
        }
        for m in (note.tokens.contains { $0.lower == "number" || $0.lower == "no" } ? note.matches(houseNumber) : []) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .address, score: 0.6)) }
        }
        let hasLowerSuffix = note.tokens.contains { $0.shape == .lower && lowerSuffixWords.contains($0.lower) }
        for m in (hasLowerSuffix ? note.matches(lowerStreet) : []) {
            guard let words = m.rangeOf(group: 1) else { continue }
            let all = note.text(words).split(separator: " ").map { $0.lowercased() }
            // "reclaim that street", "on the main road": a determiner or an ordinary verb is not part of a street's name.
            guard !all.contains(where: { notStreetWords.contains($0) || RedactionLexicon.speechVerbs.contains($0) }),
                  !(all.count == 2 && RedactionLexicon.isCommon(all[0]) && all[0].count > 3 && all[0].hasPrefix("re")) else { continue }
            out.append(RedactionCandidate(m.whole, .address, score: 0.6))
        }
        return out
    }

    static func trim(_ note: NoteText, _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        func junk(_ u: UInt16) -> Bool { u == 32 || u == 9 || u == 44 || u == 59 || u == 46 || u == 13 }
        while s < e, junk(note.units[s]) { s += 1 }
        while e > s, junk(note.units[e - 1]) { e -= 1 }
        return s..<e
    }
}
