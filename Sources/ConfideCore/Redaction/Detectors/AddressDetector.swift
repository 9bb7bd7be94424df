import Foundation

/// Postal addresses: a flat or house number, a named block, a street, then the locality and town, over commas or
/// line breaks; and a bare street or block name where the note says someone lives, stays or goes there.
/// The postcode after it is left to `PostcodeDetector`, as the annotation rules keep it a separate span.
enum AddressDetector {
    static let word = #"\p{Lu}[\p{L}'’\-]*\p{Ll}"#
    static let suffixAlternation = RedactionLexicon.streetSuffixes.sorted { $0.count > $1.count }
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "|")
    static let blockAlternation = RedactionLexicon.blockSuffixes.sorted { $0.count > $1.count }
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "|")

    /// "86 Weaver Street", "Ridgeway Drive", "St John's Road", "14a-16 Mill Lane".
    static let street = RedactionPattern(
        #"(?<![\w'’])(?:([0-9]{1,4}[A-Za-z]?(?:[ ]?[-–/][ ]?[0-9]{1,4}[A-Za-z]?)?),?[ ]+)?((?:(?:St\.?|Saint)[ ])?(?:"# + word
        + #"[ ]){1,3})("# + suffixAlternation + #")\.?(?![\w'’])"#)
    /// Envelope capitals: "40 QUEEN STREET".
    static let upperStreet = RedactionPattern(
        #"(?<![\w'’])[0-9]{1,4}[A-Z]?,?[ ]+(?:[A-Z][A-Z'’\-]+[ ]){1,3}(?:"# + suffixAlternation.uppercased() + #")(?![\w'’])"#)
    static let upperBareStreet = RedactionPattern(
        #"(?<![\w'’])(?:[A-Z][A-Z'’\-]+[ ]){1,3}(?:"# + RedactionLexicon.bareStreetSuffixes.sorted { $0.count > $1.count }.map { $0.uppercased() }
            .joined(separator: "|") + #")(?![\w'’])"#)
    /// Typed in lower case, abbreviations too: "14 thornfield ave", "72 quarry hill", "3 main st".
    static let lowercaseStreet = RedactionPattern(
        #"(?<![\w'’])[0-9]{1,4}[a-z]?,?[ ]+((?:[a-z][a-z'’\-]+[ ]){1,2})(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|crescent|cres|terrace|tce|grove|gardens|gdns|close|way|place|pl|mews|row|square|sq|hill|rise|walk|parade|wynd|brae|court|ct)\.?(?![\w'’])"#)
    /// A capitalised name with the street type in lower case: "31 Vicarage road", "6 Elm close".
    static let mixedStreet = RedactionPattern(
        #"(?<![\w'’])[0-9]{1,4}[A-Za-z]?,?[ ]+(?:"# + word + #"[ ]){1,3}(?:street|road|lane|avenue|drive|close|crescent|terrace|grove|gardens|way|place|mews|row|square|hill|rise|walk|parade|court)(?![\w'’])"#)
    /// Distances and durations, not streets: "5 mins walk", "10 minute drive".
    static let measureWords: Set<String> = ["min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
                                            "mile", "miles", "yards", "metres", "meters", "km", "second", "seconds", "sec", "secs"]
    /// Welsh streets and places name their type first: "7 Heol y Nant", "Cwrt y Parc", "fferm y graig".
    static let welshStreet = RedactionPattern(
        #"(?<![\w'’])(?:([0-9]{1,4}[A-Za-z]?),?[ ]+)?((?:Heol|Ffordd|Stryd|Lôn|Lon|Cwrt|Rhodfa|Maes|Plas|Teras|Stad|Fferm|Clos|Llys|Parc|Tŷ|Bryn|Pant|Cae)(?:[ ](?:y|yr|'r|y'r))?(?:[ ]\p{Lu}[\p{L}'’\-]*){1,2})(?![\w'’])"#)
    static let welshStreetLower = RedactionPattern(
        #"(?<![\w'’])(?:([0-9]{1,4}[a-z]?),?[ ]+)?((?:heol|ffordd|stryd|lôn|cwrt|rhodfa|maes|teras|stad|fferm|clos|llys)(?:[ ](?:y|yr|'r|y'r))?(?:[ ]\p{Ll}[\p{Ll}'’\-]*){1,2})(?![\w'’])"#)
    /// Welsh words that lead a street name only with a house number before them ("Bryn" and "Parc" are also names and words).
    static let numberedOnlyWelsh: Set<String> = ["bryn", "pant", "cae", "parc", "tŷ", "llys", "clos"]
    static let welshTypeWords: Set<String> = ["heol", "ffordd", "stryd", "lôn", "lon", "cwrt", "rhodfa", "maes", "plas", "teras", "stad",
                                              "fferm", "clos", "llys", "parc", "tŷ", "bryn", "pant", "cae"]
    static let unit = RedactionPattern(
        #"(?<![\w'’])(?:Flat|Apartment|Apt|Unit|Room|Studio|Suite|flat|apartment|FLAT|APARTMENT|UNIT)\.?[ ]*(?:[Nn]o\.?[ ]*)?(?:[A-Z]?[0-9]{1,4}(?:\.[0-9]{1,3})?[A-Za-z]?(?:/[0-9]{1,3})?(?![\w'’])|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?(?=[ ]+\p{Lu}))"#)
    /// A block of a building by letter or number: "Block C, Wesley Halls". Weak alone: it needs a cue or the rest of an address.
    static let blockOfBuilding = RedactionPattern(#"(?<![\w'’])(?:Block|BLOCK|block)[ ]+(?:[A-Z]|[0-9]{1,3}[A-Za-z]?)(?![\w'’])"#)
    /// A Scottish tenement flat's position before the house number: "0/2, 113 Dalmarnock Street", "2/1 47 Hillpark Drive".
    static let tenementFlat = RedactionPattern(#"(?<![\w/.])[0-9]{1,2}/[0-9]{1,2}(?=,?[ ]+[0-9]{1,4}[A-Za-z]?[ ]+\p{Lu})"#)
    /// Typed in lower case, a flat in a named block: "flat 12 cedar point".
    static let lowercaseFlatInBlock = RedactionPattern(
        #"(?<![\w'’])(?:flat|apartment|room)[ ]+[0-9]{1,4}[a-z]?[ ]+(?:[a-z][a-z'’\-]+[ ]){1,2}(?:"# + RedactionLexicon.blockSuffixes.sorted { $0.count > $1.count }.joined(separator: "|") + #")(?![\w'’])"#)
    /// A bare street typed in lower case after a word of place: "on market st", "lives on hope street"; the name may be
    /// capitalised with the street word still in lower case ("outside ur mums on Denby rd").
    static let lowercaseBareStreet = RedactionPattern(
        #"(?<![\w'’])(?:on|off|in|at|lives|along|outside|near)[ ]+((?:(?:[a-z][a-z'’\-]+|\p{Lu}\p{Ll}[\p{Ll}'’\-]+)[ ]){1,2})(street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|crescent|cres|grove|terrace|tce|way)(?![\w'’])"#)
    static let lowerBareStreetWords: Set<String> = ["street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
        "crescent", "cres", "grove", "terrace", "tce", "way"]
    /// A house number and a one- or two-word street name without a street word, then a locality, after "lives at" or
    /// "living at": "is now living at 12 Greenway, Hollins Park".
    static let numberedNameAfterCue = RedactionPattern(
        #"(?<![\w'’])(?:living|lives|live|staying|stays|moved|address|flat|house|home)(?:[ ](?:is|now|to|at|in)){0,2}[ ]+([0-9]{1,4}[A-Za-z]?[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?),[ ]\p{Lu}"#)
    static let block = RedactionPattern(#"(?<![\w'’])(?:([0-9]{1,4}[A-Za-z]?)[ ]+)?(?:"# + word + #"[ ]){1,3}(?:"# + blockAlternation + #")(?![\w'’])"#)
    static let livingCues = ["at", "in", "lives", "living", "live", "stays", "staying", "stay", "moved", "address", "to", "on",
                             "near", "outside", "from", "enter", "entering", "enters", "entered", "off", "visit", "visited", "visiting", "along", "round", "work", "works", "job", "shop", "street",
                             "avoid", "avoids", "avoiding", "avoided"]
    /// "Brook Street (where he lived)", "Mill Lane, where her mum lives": a clause after a bare street saying someone lives there.
    static let homeWords: Set<String> = ["flat", "house", "home", "place", "address", "room", "bedsit", "caravan", "digs"]
    static let whereVerbs: Set<String> = ["lives", "lived", "live", "living", "stays", "stayed", "staying", "works", "worked", "grew", "moved"]
    static func livedThereAfter(_ note: NoteText, _ end: Int) -> Bool {
        let tokens = note.tokens
        let k = note.tokenIndex(atOrAfter: end)
        // "Dyer Street (Mikey's flat)", "Moor Lane (her mum's house)": a bracket naming whose home is there.
        if k + 1 < tokens.count, tokens[k].gapBefore == " (", tokens[k].hasPossessive || ["his", "her", "their", "my"].contains(tokens[k].lower) {
            let home = tokens[(k + 1)..<min(tokens.count, k + 3)].first { !$0.gapBefore.contains(")") && homeWords.contains($0.lower) }
            if home != nil { return true }
        }
        guard k < tokens.count, tokens[k].lower == "where", [" ", " (", ", ", " - "].contains(tokens[k].gapBefore) else { return false }
        return tokens[(k + 1)..<min(tokens.count, k + 4)].contains { whereVerbs.contains($0.lower) }
    }
    static let courtWords: Set<String> = ["crown", "magistrates", "county", "family", "youth", "high", "supreme", "appeal", "coroner's",
                                          "coroners", "sheriff", "combined", "district", "tennis", "food", "royal", "justice"]

    struct Component { var range: Range<Int>; var strong: Bool }

    static let numberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    /// The house number said after the street: " number 41", " number forty one", ", no. 7".
    static let spokenHouseNumber = RedactionPattern(
        #",?[ ](?:number|no\.?)[ ](?:[0-9]{1,4}[A-Za-z]?\b|(?:"# + numberWords + #")(?:[ \-](?:"# + numberWords + #"|and))*\b)"#, caseInsensitive: true)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var components: [Component] = []
        var chainOnly: [Range<Int>] = []
        for m in note.matches(street) {
            guard let nameRange = m.rangeOf(group: 2), let suffixRange = m.rangeOf(group: 3) else { continue }
            let suffix = note.text(suffixRange).lowercased()
            let numbered = m.rangeOf(group: 1) != nil
            let nameWords = note.text(nameRange).split(separator: " ").map { $0.lowercased() }
            // "St Anne's" and "Dr Patel" are a saint and a doctor, not a street type.
            // But "on Bridge St. Hollie's car...": a full stop after the abbreviation, mid-sentence, ends the sentence.
            let firstName = note.tokenIndex(atOrAfter: nameRange.lowerBound)
            let abbreviationEndsSentence = note.units[m.range.location + m.range.length - 1] == 46
                && firstName < note.tokens.count && !note.tokens[firstName].sentenceInitial
            if suffix == "st" || suffix == "dr", !abbreviationEndsSentence, let next = note.unit(m.range.location + m.range.length + 1),
               note.unit(m.range.location + m.range.length) == 32, next >= 65 && next <= 90 { continue }
            if suffix == "court", nameWords.contains(where: { courtWords.contains($0) || RedactionLexicon.institutionWords.contains($0) }) { continue }
            if nameWords.allSatisfy({ RedactionLexicon.titles.contains($0) || RedactionLexicon.relationWords.contains($0) }) { continue }
            var range = m.whole
            // A full stop after "Drive" ends the sentence; after "Rd" or "St" it is the abbreviation's.
            if note.units[range.upperBound - 1] == 46, suffix.count > 3 { range = range.lowerBound..<(range.upperBound - 1) }
            if !numbered {
                // "on Bridge St." / "on Bridge St,": a bare "St" ends the sentence or clause (before a capital it is a saint).
                let after = note.unit(m.range.location + m.range.length)
                // "on Mafeking St last sat": before a lower-case word "St" is the street's too (a saint's name is capitalised).
                let lowerAfter = after == 32 && note.unit(m.range.location + m.range.length + 1).map { $0 >= 97 && $0 <= 122 } == true
                let stEnds = suffix == "st" && (after == nil || after == 46 || after == 44 || after == 10 || after == 41 || after == 59
                    || note.units[m.range.location + m.range.length - 1] == 46 || lowerAfter)
                guard RedactionLexicon.bareStreetSuffixes.contains(suffix) || stEnds else { continue }
                // Drop a sentence-initial word that is not part of the name ("Saw Canal Side" is rare; "Mentioned" is not).
                let first = note.tokenIndex(atOrAfter: nameRange.lowerBound)
                if first < note.tokens.count, note.tokens[first].sentenceInitial, RedactionLexicon.isCommon(note.tokens[first].lower),
                   nameWords.count > 1, first + 1 < note.tokens.count {
                    range = note.tokens[first + 1].range.lowerBound..<range.upperBound
                }
            }
            // Dictated: "on Poplar Street number forty one".
            if !numbered, let n = spokenHouseNumber.regex.firstMatch(in: note.string, options: [.anchored],
                                                                     range: NSRange(location: range.upperBound, length: note.length - range.upperBound)) {
                range = range.lowerBound..<(n.range.location + n.range.length)
                components.append(Component(range: range, strong: true))
                continue
            }
            components.append(Component(range: range, strong: numbered))
        }
        for m in note.matches(upperStreet) { components.append(Component(range: m.whole, strong: true)) }
        // Capitals without a number: "NOT TO ENTER ELDON STREET" (a cue word is still needed, as for a bare street).
        if note.tokens.contains(where: { $0.shape == .upper && RedactionLexicon.bareStreetSuffixes.contains($0.lower) }) {
            for m in note.matches(upperBareStreet) {
                var k = note.tokenIndex(atOrAfter: m.range.location)
                let last = note.tokenIndex(atOrAfter: m.range.location + m.range.length) - 1
                // The pattern reaches back over capital words of the sentence ("ENTER ELDON STREET"): keep the name.
                while k < last - 1, RedactionLexicon.isCommon(note.tokens[k].lower) || RedactionLexicon.titles.contains(note.tokens[k].lower) { k += 1 }
                guard k < last, !RedactionLexicon.isCommon(note.tokens[k].lower) || RedactionLexicon.isSurname(note.tokens[k].lower),
                      !RedactionLexicon.acronyms.contains(note.tokens[k].lower) else { continue }
                components.append(Component(range: note.tokens[k].range.lowerBound..<(m.range.location + m.range.length), strong: false))
            }
        }
        for m in note.matches(mixedStreet) { components.append(Component(range: m.whole, strong: true)) }
        components += namedEstates(note) + lowercaseNamedPlaces(note)
        for m in note.matches(lowercaseStreet) {
            let words = m.rangeOf(group: 1).map { note.text($0).split(separator: " ").map { $0.lowercased() } } ?? []
            if words.contains(where: { measureWords.contains($0) }) { continue }
            components.append(Component(range: m.whole, strong: true))
        }
        // Only notes with a Welsh street word pay for the two patterns (a token lookup, not a string search).
        let hasWelshType = note.tokens.contains { welshTypeWords.contains($0.lower) }
        for pattern in [welshStreet, welshStreetLower] where hasWelshType {
            for m in note.matches(pattern) {
                guard let nameRange = m.rangeOf(group: 2) else { continue }
                let numbered = m.rangeOf(group: 1) != nil
                let lead = note.text(nameRange).split(separator: " ").first.map { $0.lowercased() } ?? ""
                // "Tŷ Gwyn" or "Bryn Awel" without a number is an address only as part of one ("Tŷ Gwyn, Ffordd yr Orsaf").
                if !numbered && numberedOnlyWelsh.contains(lead) { chainOnly.append(m.whole) }
                components.append(Component(range: m.whole, strong: numbered))
            }
        }
        for m in note.matches(unit) { components.append(Component(range: m.whole, strong: true)) }
        if note.tokens.contains(where: { $0.lower == "block" }) {
            for m in note.matches(blockOfBuilding) { components.append(Component(range: m.whole, strong: false)) }
        }
        for m in note.matches(block) {
            let words = note.text(m.whole).split(separator: " ").map { $0.lowercased() }
            if words.contains(where: { courtWords.contains($0) || RedactionLexicon.institutionWords.contains($0) }) { continue }
            // "3 Pear Tree Cottages": a house number makes a block a full address.
            components.append(Component(range: m.whole, strong: m.rangeOf(group: 1) != nil))
        }
        for m in note.matches(tenementFlat) { components.append(Component(range: m.whole, strong: true)) }
        for m in note.matches(lowercaseFlatInBlock) {
            // "room 4 of the house": small words are not a block's name.
            let words = note.text(m.whole).split(separator: " ").map(String.init)
            if words.contains(where: { ["the", "a", "an", "of", "in", "at", "on", "and", "to", "her", "his", "their", "my"].contains($0) }) { continue }
            components.append(Component(range: m.whole, strong: true))
        }
        // Only a note with a street word in lower case can hold one (a token lookup instead of a scan of every "on", "in", "at").
        let hasLowerStreetWord = note.tokens.contains { $0.shape == .lower && lowerBareStreetWords.contains($0.lower) }
        for m in (hasLowerStreetWord ? note.matches(lowercaseBareStreet) : []) {
            guard let nameRange = m.rangeOf(group: 1), let suffixRange = m.rangeOf(group: 2) else { continue }
            let words = note.text(nameRange).split(separator: " ").map { $0.lowercased() }
            let abbreviated = ["st", "rd", "ln", "ave", "dr", "cres", "tce"].contains(note.text(suffixRange))
            // "on the main road", "a busy road": a name word is needed, or the abbreviation a name takes.
            guard !words.contains(where: { ["the", "a", "an", "her", "his", "their", "my", "our", "this", "that", "same", "main", "busy"].contains($0) }),
                  abbreviated || words.contains(where: { !RedactionLexicon.isCommon($0) || RedactionLexicon.isFirstName($0) || RedactionLexicon.isSurname($0) }),
                  !words.contains(where: { measureWords.contains($0) })
            else { continue }
            components.append(Component(range: nameRange.lowerBound..<suffixRange.upperBound, strong: true))
        }
        for m in note.matches(numberedNameAfterCue) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let words = note.text(r).split(separator: " ").dropFirst().map { $0.lowercased() }
            guard !words.contains(where: { RedactionLexicon.isCommon($0) && !RedactionLexicon.isSurname($0) }) else { continue }
            components.append(Component(range: r, strong: true))
        }
        components.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }

        // Chain components separated only by a comma and/or one line break.
        var chains: [(range: Range<Int>, strong: Bool, parts: Int)] = []
        for c in components {
            if var last = chains.last {
                if c.range.lowerBound < last.range.upperBound {
                    last.range = last.range.lowerBound..<max(last.range.upperBound, c.range.upperBound)
                    last.strong = last.strong || c.strong
                    chains[chains.count - 1] = last
                    continue
                }
                if isJoiner(note, last.range.upperBound..<c.range.lowerBound) {
                    last.range = last.range.lowerBound..<c.range.upperBound
                    last.strong = last.strong || c.strong
                    last.parts += 1
                    chains[chains.count - 1] = last
                    continue
                }
            }
            chains.append((c.range, c.strong, 1))
        }

        // The first words of the streets the note gives with a cue or a number: "Tynedale Terrace" makes a later
        // "Tynedale Tce" the same street.
        let cued = chains.map { !$0.strong && $0.parts == 1 && note.hasCue(before: $0.range.lowerBound, livingCues, maxChars: 25) }
        var streetNames: Set<String> = []
        if chains.indices.contains(where: { !chains[$0].strong && chains[$0].parts == 1 && !cued[$0] }) {
            for (c, chain) in chains.enumerated() where chain.strong || chain.parts > 1 || cued[c] {
                var k = note.tokenIndex(atOrAfter: chain.range.lowerBound)
                while k < note.tokens.count, note.tokens[k].range.lowerBound < chain.range.upperBound {
                    let t = note.tokens[k]
                    if t.shape == .title && !RedactionLexicon.isCommon(t.lower) { streetNames.insert(t.lower) }
                    k += 1
                }
            }
        }
        var out: [RedactionCandidate] = []
        for (c, chain) in chains.enumerated() {
            if chain.parts == 1 && chainOnly.contains(chain.range) { continue }
            if !chain.strong && chain.parts == 1 {
                // A bare street or block says where someone is only after a word of place or movement, right after a named
                // place ("at her work (Bright Smiles Nursery, Tenter Road)") or a bracket, or when the note gave that street already.
                let k = note.tokenIndex(atOrAfter: chain.range.lowerBound)
                let first = k < note.tokens.count ? note.tokens[k] : nil
                let afterPlace = first.map { f in
                    f.gapBefore.hasSuffix("(") || (f.gapBefore == ", " && k > 0 && note.tokens[k - 1].shape == .title && !note.tokens[k - 1].hasPossessive
                        && !RedactionLexicon.isFirstName(note.tokens[k - 1].lower) && !RedactionLexicon.titles.contains(note.tokens[k - 1].lower))
                } ?? false
                // (A chain without a cue adds nothing to streetNames, so the name came from another mention.)
                let namedBefore = first.map { $0.shape == .title && !RedactionLexicon.isCommon($0.lower) && streetNames.contains($0.lower) } ?? false
                guard cued[c] || afterPlace || namedBefore || livedThereAfter(note, chain.range.upperBound) else { continue }
            }
            var end = extendWithLocalities(note, from: chain.range.upperBound, strong: chain.strong || chain.parts > 1)
            var start = chain.range.lowerBound
            if !chain.strong && chain.parts == 1 {
                end = townAfterBareStreet(note, from: chain.range.upperBound)
                start = houseNameBefore(note, chain.range.lowerBound)
            }
            let score = chain.strong ? 0.9 : (chain.parts > 1 ? 0.85 : 0.75)
            // A numbered address of several parts outranks a venue word inside it ("41 Quarry Bank, Helmsworth"); so does a
            // house name before the street ("lives at The Old Forge, Church Street") or a district and a town after a
            // building ("Cavendish Hall, Wellgate, Kestermoor").
            let houseOrTown = !chain.strong && chain.parts == 1
                && (start < chain.range.lowerBound || note.text(chain.range.upperBound..<end).filter { $0 == "," }.count >= 2)
            out.append(RedactionCandidate(start..<end, .address, score: score,
                                          priority: chain.strong && (chain.parts > 1 || end > chain.range.upperBound) || houseOrTown ? 61 : nil))
        }
        return out
    }

    /// "a flat on the Wellfield estate", "lives on the Brookside Estate": a named housing estate after a word of place.
    static func namedEstates(_ note: NoteText) -> [Component] {
        let tokens = note.tokens
        var out: [Component] = []
        for (i, t) in tokens.enumerated() where t.lower == "estate" && i >= 3 && t.gapBefore == " " {
            let name = tokens[i - 1], the = tokens[i - 2], cue = tokens[i - 3]
            guard name.shape == .title, !RedactionLexicon.isCommon(name.lower), !RedactionLexicon.institutionWords.contains(name.lower),
                  name.gapBefore == " ", the.lower == "the", the.gapBefore == " ", ["on", "in", "from", "at", "to", "near", "off", "round", "around"].contains(cue.lower)
            else { continue }
            out.append(Component(range: name.range.lowerBound..<t.range.upperBound, strong: true))
        }
        return out
    }

    /// Typed in lower case without "the": "sofa surfing in kilnworth estate", "her sister's place in pendle court". The name
    /// word must not be everyday English, a given name or a court's ("crown court", "family court").
    static func lowercaseNamedPlaces(_ note: NoteText) -> [Component] {
        let tokens = note.tokens
        var out: [Component] = []
        for (i, t) in tokens.enumerated() where t.shape == .lower && lowercasePlaceWords.contains(t.lower) && i >= 2 && t.gapBefore == " " {
            let name = tokens[i - 1]
            var c = i - 2
            if tokens[c].lower == "the", c > 0, tokens[c].gapBefore == " " { c -= 1 }
            let cue = tokens[c]
            guard name.shape == .lower, name.gapBefore == " ", name.range.count >= 4, !RedactionLexicon.isCommon(name.lower),
                  !RedactionLexicon.isFirstName(name.lower), !courtWords.contains(name.lower),
                  !RedactionLexicon.institutionWords.contains(name.lower), !kindsOfEstate.contains(name.lower),
                  ["on", "in", "from", "at", "to", "into", "near", "off", "round", "around"].contains(cue.lower) else { continue }
            out.append(Component(range: name.range.lowerBound..<t.range.upperBound, strong: true))
        }
        return out
    }
    static let lowercasePlaceWords: Set<String> = ["estate", "court", "towers", "heights", "flats", "mews"]
    /// Kinds of estate or court, not names: "an industrial estate", "the residential flats".
    static let kindsOfEstate: Set<String> = ["industrial", "retail", "trading", "business", "housing", "council", "private", "social",
        "residential", "caravan", "holiday", "student", "shopping", "science", "technology", "sports", "tennis", "squash", "food",
        "magistrates", "county", "crown", "appeal", "family", "youth", "criminal", "civil", "juvenile", "local", "nearby"]

    static func isJoiner(_ note: NoteText, _ gap: Range<Int>) -> Bool {
        guard gap.count <= 6 else { return false }
        var commas = 0, newlines = 0
        for i in gap {
            switch note.units[i] {
            case 44: commas += 1
            case 10: newlines += 1
            case 32, 9, 13: break
            default: return false
            }
        }
        return commas <= 1 && newlines <= 1
    }

    /// "picked her up from Lark Rise, Cotterby.": one place name after a comma closes a bare street said with a cue, when
    /// the clause ends there; not a person addressed ("on Mill Lane, Sarah") nor an everyday word ("on Mill Lane, Monday").
    static let clauseGoesOn: Set<String> = ["for", "until", "till", "since", "now", "at", "with", "while", "during", "most", "every"]
    static func townAfterBareStreet(_ note: NoteText, from start: Int) -> Int {
        let tokens = note.tokens
        let k = note.tokenIndex(atOrAfter: start)
        guard k < tokens.count, tokens[k].gapBefore == ", " else { return start }
        var j = k
        while j < tokens.count, j - k < 2, tokens[j].shape == .title, j == k || tokens[j].gapBefore == " ",
              !RedactionLexicon.isCommon(tokens[j].lower) || j > k, !RedactionLexicon.isFirstName(tokens[j].lower),
              !tokens[j].hasPossessive { j += 1 }
        guard j > k else { return start }
        var end = tokens[j - 1].range.upperBound
        // "Cavendish Hall, Wellgate, Kestermoor.": a district, then the town, one name each, closing the clause together.
        if j < tokens.count, tokens[j].gapBefore == ", ", j - k == 1, tokens[j].shape == .title, !RedactionLexicon.isCommon(tokens[j].lower),
           !RedactionLexicon.isFirstName(tokens[j].lower), !tokens[j].hasPossessive {
            let townEnd = tokens[j].range.upperBound
            let afterTown = townEnd < note.length ? note.units[townEnd] : 10
            if [46, 10, 13, 41, 59].contains(afterTown) || townEnd == note.length { end = townEnd }
        }
        // "Church Street, Ashgrove Bridge AB8 4NF": a postcode after the town closes the address as well as a full stop.
        if end < note.length, note.units[end] == 32, PostcodeDetector.pattern.regex.firstMatch(in: note.string, options: [.anchored],
            range: NSRange(location: end + 1, length: min(9, note.length - end - 1))) != nil { return end }
        let after = end < note.length ? note.units[end] : 10
        // Ends the clause: a full stop, a line break, a bracket, a semicolon, or the end of the note; or the clause goes on
        // with a word of time ("Llanfaes Road, Dunmarsh for now", "..., Cotterby until Friday").
        let goesOn = after == 32 && j < tokens.count && tokens[j].gapBefore == " " && tokens[j].shape == .lower && clauseGoesOn.contains(tokens[j].lower)
        guard [46, 10, 13, 41, 59].contains(after) || end == note.length || goesOn else { return start }
        return end
    }

    /// "staying in Pen-y-Bryn, Llanfaes Road", "at Rosedene, Mill Lane": a house name between a word of place and the bare
    /// street, one or two capitalised words that are neither everyday words nor given names.
    static func houseNameBefore(_ note: NoteText, _ start: Int) -> Int {
        let tokens = note.tokens
        let k = note.tokenIndex(atOrAfter: start)
        guard k >= 2, k < tokens.count, tokens[k].gapBefore == ", " else { return start }
        // "lives at The Old Forge, Church Street": after a word of living, "The" and up to three capitalised words of any
        // kind name the house ("at The Old Forge" after "drinks" is a pub, left to the organisation rules).
        var t = k - 1
        while t > 0, k - t <= 3, tokens[t].shape == .title, tokens[t].gapBefore == " ", !tokens[t].hasPossessive, tokens[t].text != "The" { t -= 1 }
        if t >= 2, t < k - 1, tokens[t].text == "The", tokens[t].gapBefore == " ", ["at", "in"].contains(tokens[t - 1].lower),
           ["lives", "living", "live", "lived", "staying", "stays", "stay", "address", "home"].contains(tokens[t - 2].lower) {
            return tokens[t].range.lowerBound
        }
        var j = k - 1
        while j > 0, k - j <= 2, tokens[j].shape == .title, !RedactionLexicon.isCommon(tokens[j].lower), !RedactionLexicon.isFirstName(tokens[j].lower),
              !tokens[j].hasPossessive, !RedactionLexicon.titles.contains(tokens[j].lower) {
            if tokens[j].gapBefore == " ", ["in", "at"].contains(tokens[j - 1].lower) { return tokens[j].range.lowerBound }
            guard tokens[j].gapBefore == " " else { return start }
            j -= 1
        }
        return start
    }

    /// ", Old Town, Millbeck" or further lines of an envelope address ("\nNorthmoor Fields\nNorthmoor"), stopping at the
    /// postcode, a blank line, or anything that is not a run of capitalised words.
    static func extendWithLocalities(_ note: NoteText, from start: Int, strong: Bool) -> Int {
        guard strong else { return start }
        var end = start
        for _ in 0..<3 {
            var i = end
            var sawComma = false, sawNewline = false
            while i < note.length, [32, 9, 13, 44, 10].contains(note.units[i]) {
                if note.units[i] == 44 { if sawComma { return end }; sawComma = true }
                if note.units[i] == 10 { if sawNewline { return end }; sawNewline = true }
                i += 1
            }
            guard sawComma || sawNewline else { return end }
            var k = note.tokenIndex(atOrAfter: i)
            guard k < note.tokens.count, note.tokens[k].range.lowerBound == i else { return end }
            var groupEnd = -1
            var count = 0
            let upperMode = note.text(max(0, start - 40)..<start).allSatisfy { !$0.isLowercase }
            while k < note.tokens.count, count < 5 {
                let t = note.tokens[k]
                // "14 Heol y Bryn", "Newcastle upon Tyne": a house number may lead, small words may join.
                if count == 0, t.shape == .number, t.text.count <= 4, k + 1 < note.tokens.count, note.tokens[k + 1].gapBefore == " ",
                   note.tokens[k + 1].shape == .title {
                    count += 1; k += 1; continue
                }
                if count > 0, t.shape == .lower, ["y", "yr", "upon", "on", "under", "de", "la", "le", "in", "by", "the"].contains(t.lower),
                   k + 1 < note.tokens.count, note.tokens[k + 1].shape == .title, note.tokens[k + 1].gapBefore == " " {
                    count += 1; k += 1; continue
                }
                guard t.shape == .title || (upperMode && t.shape == .upper && t.text.count > 1), !t.hasPosessiveLike,
                      !["dear", "re", "tel", "phone", "email", "mob", "dob", "nhs", "date", "the", "to", "from", "yours"].contains(t.lower)
                else { break }
                if count > 0 && note.text(note.tokens[k - 1].range.upperBound..<t.range.lowerBound) != " " { break }
                groupEnd = t.range.upperBound
                count += 1
                k += 1
            }
            guard groupEnd > 0 else { return end }
            // After the group: end of line, a comma, a full stop, a postcode, or (on the same line) lower-case prose.
            let rest = note.text(groupEnd..<min(note.length, groupEnd + 12))
            if sawNewline && !sawComma {
                let line = rest.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty && PostcodeDetector.pattern.regex.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length)) == nil {
                    return end
                }
            }
            // A lone given name after the street is a person being addressed, not a town.
            if count == 1, RedactionLexicon.isFirstName(note.tokens[k - 1].lower),
               !(rest.hasPrefix(",") || rest.hasPrefix("\n") || rest.hasPrefix(".") || rest.isEmpty) { return end }
            end = groupEnd
        }
        return end
    }
}

extension NoteToken {
    var hasPosessiveLike: Bool { hasPossessive }
}
