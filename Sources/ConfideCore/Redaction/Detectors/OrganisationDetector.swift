/// Schools, employers, surgeries, venues: a run of capitalised words ending in a telling word ("Stainford Park School",
/// "Harcourt & Lyle Solicitors"), a capitalised name before a lower-case venue word ("Costwise supermarket"), a name after
/// a work or leisure cue ("a night out at Vault 54"), or "The" plus capitalised words mid-sentence ("The Wool Pack").
/// Police forces, courts, the CPS and national bodies are left alone, as the annotation rules say.
enum OrganisationDetector {
    static let prepositions: Set<String> = ["at", "for", "by", "to", "with", "from"]
    static let bracketVenueNouns: Set<String> = ["church", "school", "work", "job", "employer", "workplace", "college", "uni", "university",
        "pub", "club", "gym", "hostel", "nursery", "mosque", "temple", "gurdwara", "chapel", "salon", "shop", "cafe", "café", "hotel",
        "restaurant", "bar", "surgery", "hospital", "placement", "practice", "academy", "primary", "factory", "warehouse", "takeaway"]

    /// "Westgate Retail Park" is a venue with its shops, like a holiday park.
    static let parkKinds: Set<String> = ["holiday", "caravan", "trampoline", "theme", "safari", "adventure", "activity", "leisure", "water",
        "retail", "shopping", "business", "industrial", "science", "technology", "enterprise", "office", "trading"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() {
            // 0. "University of Eastwick", "College of Art and Design" without a name before them.
            if t.shape == .title, ["university", "college"].contains(t.lower), i + 2 < tokens.count, tokens[i + 1].lower == "of",
               tokens[i + 1].gapBefore == " ", tokens[i + 2].gapBefore == " ", tokens[i + 2].shape == .title,
               !(i > 0 && tokens[i - 1].isCapitalised && t.gapBefore == " "), !isInstitution(tokens[(i + 2)...(i + 2)]) {
                out.append(RedactionCandidate(t.range.lowerBound..<tokens[i + 2].range.upperBound, .organisation, score: 0.8))
            }
            // 1. Capitalised run ending in an organisation word.
            // "Sandycove Holiday Park", "Ferndale Caravan Park": a park that is a business, by the kind of park it is.
            let businessPark = t.shape == .title && t.lower == "park" && i > 1 && tokens[i - 1].shape == .title && tokens[i - 1].gapBefore == " "
                && t.gapBefore == " " && parkKinds.contains(tokens[i - 1].lower)
            if (t.shape == .title || (t.shape == .upper && ["fc", "llp", "ltd", "plc", "gp"].contains(t.lower))),
               RedactionLexicon.organisationEndings.contains(t.lower) || businessPark || familyFirm(t) {
                var j = i
                var count = 0
                while j > 0, count < 6 {
                    let prev = tokens[j - 1]
                    let gap = tokens[j].gapBefore
                    let joined = gap == " " || gap == " & " || gap == " and " || (prev.hasPossessive && gap.isEmpty)
                    let connector = (prev.lower == "of" || prev.lower == "for") && prev.shape == .lower && j >= 2 && tokens[j - 2].isCapitalised
                        && !(j >= 3 && RedactionLexicon.titles.contains(tokens[j - 3].lower))
                    // "A1 Cars", "K2 Logistics": a capital letter with digits leads a company name too.
                    let code = prev.shape == .alphanumeric && prev.text.count <= 4 && prev.text.first.map { $0.isUppercase } == true
                    guard joined, prev.isCapitalised || connector || code else { break }
                    if prev.sentenceInitial && RedactionLexicon.isCommon(prev.lower) && prev.lower != "the" && prev.lower != "st",
                       !prev.gapBefore.contains("\n") && j - 1 > 0 || looksLikeVerb(prev.lower) { break }
                    if RedactionLexicon.titles.contains(prev.lower) && prev.lower != "st" { break }
                    j -= 1
                    count += 1
                }
                guard count > 0 else { continue }
                // "Chapel Street", "Church Lane": a street named after the building.
                if i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", RedactionLexicon.streetSuffixes.contains(tokens[i + 1].lower) { continue }
                var end = t.range.upperBound
                // "University of Northmoor", "College of Art".
                if i + 2 < tokens.count, tokens[i + 1].lower == "of", tokens[i + 1].gapBefore == " ", tokens[i + 2].shape == .title,
                   tokens[i + 2].gapBefore == " " { end = tokens[i + 2].range.upperBound }
                // "British Transport Police", "the Home Office": the body comes after the ending.
                let nextIsBody = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].isCapitalised
                    && RedactionLexicon.institutionWords.contains(tokens[i + 1].lower)
                // "Sexual Violence Counselling", "Trauma Recovery Hub": words that say what a service does are not a name.
                let allCommon = tokens[j..<i].allSatisfy { RedactionLexicon.isCommon($0.lower) || $0.lower == "the" || serviceWords.contains($0.lower) }
                // "Town Centre" is a place; "Falls Road Health Centre" is a surgery.
                let weak = allCommon && (RedactionLexicon.weakOrganisationEndings.contains(t.lower)
                    || (["centre", "center"].contains(t.lower) && i - j < 2))
                // "Nowicki Cleaning Services Ltd": a registered company, whatever words its name uses.
                let company = ["ltd", "limited", "llp", "plc"].contains(t.lower)
                // "Pennine Staffing Services", "Brightwater Care Services": a trading name, unless the words before "Services"
                // are all everyday ones ("Student Support Services", "Children's Social Care Services") or name a public body.
                // "Ebbridge Children's Services", "Northfield Adult Social Services": a council department named for whom it serves.
                let councilServices = t.lower == "services" && i > j && Self.servedGroups.contains(tokens[i - 1].lower)
                let tradingServices = t.lower == "services" && i - j >= 2 && !allCommon && !isInstitution(tokens[j..<i]) && !councilServices
                // "Fernlea Refuge": a named refuge is a place a person stays; "Refuge" alone is the national charity.
                // "Riverside Women's Refuge": after the proper name, a group it serves with its possessive may stand too.
                let namedRefuge = t.lower == "refuge" && i > j && tokens[j..<i].enumerated().allSatisfy { n, w in w.shape == .title
                    && (!RedactionLexicon.isCommon(w.lower) || n > 0 && w.hasPossessive) && !RedactionLexicon.institutionWords.contains(w.lower) }
                // "Sunnybank GP": the upper-case "GP" is the surgery's ending here, not the national service.
                // Not "Letter for GP", "Her GP", "Sol's GP": every word before it a name, none owning it.
                let surgery = t.lower == "gp" && !isInstitution(tokens[j..<i])
                if t.lower == "gp", tokens[j..<i].contains(where: { RedactionLexicon.isCommon($0.lower) || $0.hasPossessive || $0.shape != .title
                    || RedactionLexicon.isFirstName($0.lower) }) { continue }
                if (!isInstitution(tokens[j...i]) || company || tradingServices || surgery || namedRefuge) && !nextIsBody && !weak && !councilServices {
                    out.append(RedactionCandidate(tokens[j].range.lowerBound..<end, .organisation, score: 0.85))
                }
            }
            // 2. "Costwise supermarket".
            if t.shape == .lower, RedactionLexicon.lowercaseVenueWords.contains(t.lower), i > 0 {
                // "Cellar Door wine bar", "Golden Dragon takeaway": one lower-case kind word may stand between.
                var nameEnd = i
                if i > 1, tokens[i - 1].shape == .lower, venueModifiers.contains(tokens[i - 1].lower), t.gapBefore == " " { nameEnd = i - 1 }
                var j = nameEnd
                while j > 0, nameEnd - j < 3, tokens[j].gapBefore == " " {
                    let prev = tokens[j - 1]
                    guard prev.shape == .title, !RedactionLexicon.isCommon(prev.lower) || prev.lower == "the" || prev.lower == "st",
                          !prev.sentenceInitial || !RedactionLexicon.isCommon(prev.lower) else { break }
                    j -= 1
                }
                // Two everyday words capitalised mid-sentence before the kind of venue are its name ("at Cellar Door wine bar").
                if j == nameEnd, nameEnd >= 2, tokens[nameEnd].gapBefore == " ", tokens[nameEnd - 1].gapBefore == " " {
                    let a = tokens[nameEnd - 2], b = tokens[nameEnd - 1]
                    if a.shape == .title, b.shape == .title, !a.sentenceInitial, a.lower != "the", !RedactionLexicon.titles.contains(a.lower),
                       !RedactionLexicon.relationWords.contains(a.lower) { j = nameEnd - 2 }
                }
                if j < nameEnd, !isInstitution(tokens[j..<nameEnd]), !(nameEnd - j == 1 && RedactionLexicon.isFirstName(tokens[j].lower)) {
                    out.append(RedactionCandidate(tokens[j].range.lowerBound..<t.range.upperBound, .organisation, score: 0.75))
                }
            }
            // 2c. "I'm at Pennington's", "outside Patel's.": a business called after its owner, with nothing owned after it.
            if t.shape == .title, t.hasPossessive, i > 0, placePrepositions.contains(tokens[i - 1].lower), t.gapBefore == " ",
               !t.sentenceInitial, !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isSurname(t.lower),
               !RedactionLexicon.titles.contains(t.lower), !RedactionLexicon.relationWords.contains(t.lower),
               !RedactionLexicon.institutionWords.contains(t.lower) {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let ownsNothing = next == nil || !(next!.gapBefore == " " && (next!.shape == .lower || next!.isCapitalised) && next!.lower != "on"
                    && next!.lower != "in" && next!.lower != "at" && next!.lower != "near" && next!.lower != "after" && next!.lower != "before"
                    && next!.lower != "and" && next!.lower != "for" && next!.lower != "with")
                if ownsNothing {
                    // A given name there is a person's home ("staying at Sarah's"): the name alone, as a person.
                    if RedactionLexicon.isFirstName(t.lower) {
                        out.append(RedactionCandidate(t.range, .person, score: 0.7))
                    } else {
                        out.append(RedactionCandidate(t.range.lowerBound..<t.fullEnd, .organisation, score: 0.65))
                    }
                }
            }
            // 3. "works at X", "a night out at X", "attends X". (A failed cue ends only this rule: "her work (boots and bits)"
            //    is still read by rule 5b.)
            rule3: if RedactionLexicon.organisationLeadVerbs.contains(t.lower) {
                var k = i + 1
                // Up to two words between the cue and its preposition ("works nights at", "a night out at").
                var steps = 0
                while k < tokens.count, steps < 3, !prepositions.contains(tokens[k].lower), tokens[k].shape == .lower,
                      !tokens[k].gapBefore.contains("\n"), !tokens[k].gapBefore.contains(".") { k += 1; steps += 1 }
                // "at her work (Bargain Barn, Kings Parade)".
                let direct = t.lower.hasPrefix("attend") || ["enrolled", "runs", "owns", "manages"].contains(t.lower) || (k < tokens.count && tokens[k].gapBefore.hasSuffix("(") && steps == 0)
                if k < tokens.count, prepositions.contains(tokens[k].lower) { k += 1 } else if !direct || steps > 0 { break rule3 }
                // "Nicola to attend. Defence solicitor ...": the cue does not reach into the next sentence.
                if k < tokens.count, tokens[k].gapBefore.contains(where: { ".!?".contains($0) }) { break rule3 }
                // "works at Harper & Finch": two names joined by an ampersand are a firm, whatever the first one is.
                let firm = { (r: Range<Int>) in r.count >= 2 && tokens[(r.lowerBound + 1)..<r.upperBound].contains { $0.gapBefore == " & " }
                    && !tokens[r.upperBound - 1].hasPossessive }
                if let r = capitalisedRun(note, from: k, allowNumber: true), !isInstitution(tokens[r]),
                   !RedactionLexicon.isFirstName(tokens[r.lowerBound].lower) || firm(r),
                   !(r.count == 1 && (RedactionLexicon.isFirstName(tokens[r.lowerBound].lower) || RedactionLexicon.isSurname(tokens[r.lowerBound].lower))) {
                    out.append(RedactionCandidate(tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound,
                                                  .organisation, score: 0.7))
                }
            }
            // 5. "her church (New Life Pentecostal)", "his work (Speedline)": a kind of venue, then its name in brackets.
            //    The bracket may go on to say where it is ("her employer (Fenwick's on the high st)"), and a surname with a
            //    possessive is a business called after its owner ("his work (Patel's)").
            if t.shape == .lower, bracketVenueNouns.contains(t.lower), i + 1 < tokens.count, tokens[i + 1].gapBefore == " (",
               let r = capitalisedRun(note, from: i + 1, allowNumber: true), r.upperBound < tokens.count
                ? tokens[r.upperBound].gapBefore.hasPrefix(")") || placeInBracket(note, at: r.upperBound) || descriptionInBracket(note, at: r.upperBound) : false,
               !isInstitution(tokens[r]), !RedactionLexicon.titles.contains(tokens[r.lowerBound].lower),
               !(r.count == 1 && (RedactionLexicon.isFirstName(tokens[r.lowerBound].lower)
                    || RedactionLexicon.isSurname(tokens[r.lowerBound].lower) && !tokens[r.lowerBound].hasPossessive)) {
                out.append(RedactionCandidate(tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound, .organisation, score: 0.7))
            }
            // 5b. Typed in lower case: "school (oakfield girls)", "takeaway (spice hut)".
            if t.shape == .lower, bracketVenueNouns.contains(t.lower), i + 1 < tokens.count, tokens[i + 1].gapBefore == " (" {
                var k = i + 1
                while k < tokens.count, k - i <= 4, tokens[k].shape == .lower, k == i + 1 || tokens[k].gapBefore == " " { k += 1 }
                let closed = k < tokens.count ? tokens[k].gapBefore.hasPrefix(")") : note.string.hasSuffix(")")
                let words = tokens[(i + 1)..<k]
                if k > i + 1, closed, (k < tokens.count || k - i <= 4),
                   words.contains(where: { !RedactionLexicon.isCommon($0.lower) || RedactionLexicon.lowercaseVenueWords.contains($0.lower) })
                    // "her work (boots and bits)": two words joined by "and" are built like a trading name.
                    || words.count == 3 && words[words.startIndex + 1].lower == "and",
                   !LowercaseVenueNames.setPhrases.contains(words.map(\.lower).joined(separator: " ")),
                   !words.contains(where: { RedactionLexicon.relationWords.contains($0.lower) || RedactionLexicon.institutionWords.contains($0.lower) }),
                   // "at work (greggs in town)": a place phrase, not the name.
                   !words.dropFirst().contains(where: { ["in", "at", "on", "near", "off", "opposite", "next", "round"].contains($0.lower) }),
                   !(words.count == 1 && RedactionLexicon.isFirstName(words.first!.lower)) {
                    out.append(RedactionCandidate(tokens[i + 1].range.lowerBound..<tokens[k - 1].range.upperBound, .organisation, score: 0.65))
                }
            }
            // 7. Lower case with its telling ending: "the willows childrens centre", "oakfield girls school".
            if t.shape == .lower, lowercaseEndings.contains(t.lower), i > 0, t.gapBefore == " " {
                var j = i
                while j > 0, i - j < 3, tokens[j].gapBefore == " ", tokens[j - 1].shape == .lower, !lowercaseStops.contains(tokens[j - 1].lower),
                      !RedactionLexicon.relationWords.contains(tokens[j - 1].lower), !RedactionLexicon.speechVerbs.contains(tokens[j - 1].lower),
                      !RedactionLexicon.organisationLeadVerbs.contains(tokens[j - 1].lower) { j -= 1 }
                // "turned up at leisure centre", "the sports centre": a kind of venue is no name.
                let named = tokens[j..<i].contains { !RedactionLexicon.isCommon($0.lower) && !RedactionLexicon.isFirstName($0.lower)
                    && !serviceWords.contains($0.lower) && !venueKinds.contains($0.lower) }
                if j < i, named, !isInstitution(tokens[j...i]) {
                    var start = tokens[j].range.lowerBound
                    if j > 0, tokens[j - 1].lower == "the", tokens[j].gapBefore == " " { start = tokens[j - 1].range.lowerBound }
                    out.append(RedactionCandidate(start..<t.range.upperBound, .organisation, score: 0.65))
                }
            }
            // 8. A brand written in CamelCase: "LinguaLink North", "BrightSteps". (A CamelCase personal name, "KerryAnn", is
            //    still redacted: the label matters less than the cover.)
            if t.shape == .title, t.range.count >= 6, isCamelCase(note.units[t.range]), !platformNames.contains(t.lower), !RedactionLexicon.isFirstName(t.lower),
               !RedactionLexicon.isSurname(t.lower) {
                var end = t.range.upperBound
                var k = i + 1
                while k < tokens.count, k - i <= 2, tokens[k].gapBefore == " ", tokens[k].shape == .title,
                      !RedactionLexicon.speechVerbs.contains(tokens[k].lower) { end = tokens[k].range.upperBound; k += 1 }
                out.append(RedactionCandidate(t.range.lowerBound..<end, .organisation, score: 0.6))
            }
            // 9. A church by its dedication, with the parish after it or alone: "Holy Trinity Penworth", "All Saints Elmbury",
            //    "goes to St Cuthbert's". Not a street named after it ("St Mary's Road") nor a feast ("St Andrew's Day").
            if let r = dedication(note, at: i) {
                out.append(RedactionCandidate(r, .organisation, score: 0.7))
            }
            // 6. "Hillcrest CAMHS", "Eastside CMHT": a named local team of a health service.
            if t.shape == .upper, ["camhs", "cmht", "iapt"].contains(t.lower), i > 0, t.gapBefore == " ", tokens[i - 1].shape == .title,
               !RedactionLexicon.isCommon(tokens[i - 1].lower), !tokens[i - 1].sentenceInitial || tokens[i - 1].gapBefore.contains("\n") || tokens[i - 1].gapBefore.hasPrefix(",") {
                out.append(RedactionCandidate(tokens[i - 1].range.lowerBound..<t.range.upperBound, .organisation, score: 0.7))
            }
            // 4. "The Wool Pack" mid-sentence.
            if t.text == "The", !t.sentenceInitial, let r = capitalisedRun(note, from: i + 1, allowNumber: false),
               !isInstitution(tokens[r]), tokens[r].contains(where: { $0.shape == .title }) {
                out.append(RedactionCandidate(t.range.lowerBound..<tokens[r.upperBound - 1].range.upperBound, .organisation, score: 0.7))
            }
        }
        return out
    }

    /// Two-word dedications of churches and church schools.
    static let dedications: Set<String> = ["holy trinity", "all saints", "christ church", "sacred heart", "holy cross", "holy family",
        "holy spirit", "holy rood", "all souls", "all hallows", "holy redeemer", "st saviour's"]
    /// Words after a saint's name that make it something other than the church: a street, a feast, a time.
    static let notAChurchAfter: Set<String> = ["day", "eve", "night", "feast", "week", "tide"]

    static func dedication(_ note: NoteText, at i: Int) -> Range<Int>? {
        let tokens = note.tokens
        guard i + 1 < tokens.count, tokens[i].shape == .title, tokens[i + 1].gapBefore == " ", tokens[i + 1].shape == .title else { return nil }
        let pair = tokens[i].lower + " " + tokens[i + 1].lower
        let saint = ["st", "saint"].contains(tokens[i].lower) && tokens[i].text != "ST" && tokens[i + 1].hasPossessive
            && !RedactionLexicon.isCommon(tokens[i + 1].lower)
        guard dedications.contains(pair) || saint else { return nil }
        // "12 St Mary's ..." is an address; "Dr St John" is a person.
        if i > 0, tokens[i - 1].shape == .number || RedactionLexicon.titles.contains(tokens[i - 1].lower) { return nil }
        var end = saint ? tokens[i + 1].fullEnd : tokens[i + 1].range.upperBound
        var k = i + 2
        // The parish or town after it: one or two capitalised words, no street type or feast among them. After a saint's
        // possessive a capitalised word is what belongs to the saint ("St Mary's Road"), left to the other rules.
        while k < tokens.count, k - i < 4, tokens[k].gapBefore == " ", tokens[k].shape == .title {
            let w = tokens[k].lower
            if RedactionLexicon.streetSuffixes.contains(w) || notAChurchAfter.contains(w) { return nil }
            if saint { break }
            if RedactionLexicon.monthAndDayNames.contains(w) || RedactionLexicon.monthAndDayNames.contains(String(w.dropLast()))
                || RedactionLexicon.isCommon(w) || RedactionLexicon.speechVerbs.contains(w) || tokens[k].hasPossessive { break }
            end = tokens[k].range.upperBound
            k += 1
        }
        return tokens[i].range.lowerBound..<end
    }

    /// "Castellan & Daughters", "Hobbs & Sons": a family firm, the family word joined to a name by an ampersand.
    static func familyFirm(_ t: NoteToken) -> Bool {
        t.shape == .title && t.gapBefore == " & " && ["sons", "daughters", "son", "daughter", "co"].contains(t.lower)
    }

    /// A line can open with the organisation itself ("Station Road Surgery"), but not with a verb ("Attends Northmoor College").
    static func looksLikeVerb(_ lower: String) -> Bool {
        RedactionLexicon.speechVerbs.contains(lower) || RedactionLexicon.organisationLeadVerbs.contains(lower)
            || (RedactionLexicon.isCommon(lower) && (lower.hasSuffix("ed") || lower.hasSuffix("s")))
    }

    /// Apps and products written in CamelCase: not an organisation connected with a person.
    static let platformNames: Set<String> = ["whatsapp", "tiktok", "youtube", "linkedin", "onlyfans", "facetime", "paypal", "snapchat",
        "wechat", "playstation", "gofundme", "justgiving", "myspace", "soundcloud", "blackberry", "powerpoint", "facebook", "instagram",
        "bereal", "pinterest", "telegram", "signal", "airbnb", "ebay", "vinted", "depop", "gumtree", "onedrive", "dropbox", "googlemeet",
        "microsoftteams", "zoom", "discord", "twitch", "roblox", "minecraft", "fortnite", "xbox", "ringcentral", "livechat", "webchat",
        "smartphone", "homestart", "childline"]

    /// An upper-case letter after three or more letters, between lower-case ones: "LinguaLink", not "McLeod" or "MacDonald".
    static func isCamelCase(_ u: ArraySlice<UInt16>) -> Bool {
        let c = Array(u)
        guard c.count >= 6 else { return false }
        func upper(_ x: UInt16) -> Bool { x >= 65 && x <= 90 }
        func lower(_ x: UInt16) -> Bool { x >= 97 && x <= 122 }
        guard c.allSatisfy({ upper($0) || lower($0) }) else { return false }
        // "MacDonald", "McKenzie", "FitzGerald" are surnames.
        // Only the capital straight after the prefix is the surname's: "FitZone" is a brand ("Fit" + "Zone").
        let head = String(utf16CodeUnits: Array(c.prefix(4)), count: min(4, c.count)).lowercased()
        let surnameCapital = head.hasPrefix("fitz") ? 4 : head.hasPrefix("mac") ? 3 : head.hasPrefix("mc") ? 2 : -1
        for k in 3..<(c.count - 1) where k != surnameCapital && upper(c[k]) && lower(c[k - 1]) && lower(c[k + 1]) { return true }
        return false
    }

    /// Up to four capitalised words (and one trailing number, "Vault 54") joined by single spaces or " & ".
    static func capitalisedRun(_ note: NoteText, from start: Int, allowNumber: Bool) -> Range<Int>? {
        let tokens = note.tokens
        guard start < tokens.count, tokens[start].shape == .title || tokens[start].text == "The",
              !tokens[start].gapBefore.contains("\n") else { return nil }
        var k = start + 1
        while k < tokens.count, k - start < 4 {
            let gap = tokens[k].gapBefore
            guard gap == " " || gap == " & " || (tokens[k - 1].hasPossessive && gap.isEmpty) else { break }
            if tokens[k].isCapitalised { k += 1; continue }
            // "The Fox and Hounds", "Friends of Canal Park".
            if (tokens[k].lower == "and" || tokens[k].lower == "of"), k + 1 < tokens.count, tokens[k + 1].shape == .title,
               tokens[k + 1].gapBefore == " " { k += 2; continue }
            if allowNumber, tokens[k].shape == .number { k += 1; break }
            break
        }
        return start..<k
    }

    /// Kinds of venue written before "centre", "school", "clinic" in lower case: "leisure centre", "sports centre", "walk-in clinic".
    static let venueKinds: Set<String> = ["leisure", "sports", "shopping", "medical", "health", "community", "day", "job", "garden",
        "visitor", "fitness", "youth", "respite", "resource", "contact", "vaccination", "advice", "retail", "walk-in", "dental",
        "boarding", "special", "grammar", "infant", "infants", "junior", "nursery", "sixth", "faith", "catholic", "independent", "private"]

    /// Whom a council department serves: "Children's Services", "Adult Services" are the council as an agency.
    /// ("Compass Housing Services" is a housing association's trading name, so housing is not one of them.)
    static let servedGroups: Set<String> = ["children's", "childrens", "children", "adult", "adults", "adult's", "social"]

    /// "(Northway Parcels, warehouse)", "(Kemble's, part-time)": after a comma, a few lower-case words saying what the place is
    /// or what the job is, closing the bracket on the same line.
    static func descriptionInBracket(_ note: NoteText, at k: Int) -> Bool {
        let tokens = note.tokens
        guard tokens[k].gapBefore == ", ", tokens[k].shape == .lower else { return false }
        var j = k + 1
        while j < tokens.count, j - k < 3, tokens[j].shape == .lower, tokens[j].gapBefore == " " || tokens[j].gapBefore == "-" { j += 1 }
        return j < tokens.count ? tokens[j].gapBefore.hasPrefix(")") && !tokens[j].gapBefore.contains("\n") : note.string.hasSuffix(")")
    }

    /// "(Fenwick's on the high st)": a place phrase that closes the bracket on the same line within a few words.
    static func placeInBracket(_ note: NoteText, at k: Int) -> Bool {
        let tokens = note.tokens
        guard tokens[k].gapBefore == " ", ["on", "in", "at", "near", "off", "opposite", "by"].contains(tokens[k].lower) else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 5 {
            if tokens[j].gapBefore.contains("\n") || tokens[j].gapBefore.contains("(") { return false }
            if tokens[j].gapBefore.hasPrefix(")") { return true }
            j += 1
        }
        return j - k <= 5 && j == tokens.count && note.string.hasSuffix(")")
    }

    /// What a support service does, written before its kind ("Sexual Violence Counselling"): not a proper name.
    static let serviceWords: Set<String> = ["sexual", "violence", "abuse", "rape", "trauma", "survivors", "survivor", "domestic",
        "bereavement", "crisis", "recovery", "wellbeing", "therapy", "therapies", "talking", "therapeutic", "specialist", "independent", "advocacy", "youth",
        "family", "families", "women's", "men's", "children's", "young", "people's"]

    /// Words that may follow a venue's name in a sentence: "outside the anchor last nite", "at the swan with her mates".
    static let linkOrTimeWords: Set<String> = ["last", "this", "tonight", "today", "yesterday", "on", "in", "at", "with", "and", "or",
        "after", "before", "when", "where", "again", "till", "until", "for", "by", "nite", "night", "every", "most", "but", "so", "then"]

    /// Places a business is found at: "at Pennington's", "outside Patel's".
    static let placePrepositions: Set<String> = ["at", "outside", "from", "near", "opposite", "behind", "inside", "to"]
    /// Kinds of venue written between its name and the venue word: "Cellar Door wine bar", "Layali shisha lounge".
    static let venueModifiers: Set<String> = ["wine", "cocktail", "sports", "snooker", "shisha", "kebab", "pizza", "chip", "coffee", "tea",
        "nail", "nails", "tattoo", "hair", "beauty", "juice", "karaoke", "gay", "tapas", "noodle", "curry", "burger", "fish", "vape",
        "sandwich", "phone", "dessert", "steak", "sushi", "cocktails", "night", "social", "working", "men's", "bingo", "comedy", "jazz"]

    static let lowercaseEndings: Set<String> = ["hub", "school", "college", "academy", "centre", "surgery", "practice", "church", "mosque",
        "gym", "nursery", "primary", "hospital", "clinic", "university", "temple", "gurdwara", "mandir", "chapel", "pub", "hotel", "salon"]
    static let lowercaseStops: Set<String> = ["the", "a", "an", "at", "to", "from", "in", "on", "of", "by", "her", "his", "their", "my", "our",
        "your", "its", "and", "or", "with", "for", "local", "new", "old", "same", "this", "that", "primary", "secondary", "high", "community",
        "is", "are", "was", "were", "be", "been", "gp", "go", "goes", "went", "into", "near", "about"]

    /// Upper-case endings of a company's name, not of a public body ("Faraday Lomax LLP", "Bellfield FC").
    static let companySuffixes: Set<String> = ["fc", "llp", "ltd", "plc", "afc", "rfc"]

    static func isInstitution<C: Collection>(_ tokens: C) -> Bool where C.Element == NoteToken {
        // "Crown" is a court or the CPS only beside "Court" or "Prosecution"; "The Crown and Anchor" is a pub.
        let court = tokens.contains { ["court", "prosecution", "office", "service"].contains($0.lower) }
        return tokens.contains {
            ($0.lower != "crown" || court) && RedactionLexicon.institutionWords.contains($0.lower)
                || RedactionLexicon.acronyms.contains($0.lower) && $0.shape == .upper && !companySuffixes.contains($0.lower)
        }
    }
}
