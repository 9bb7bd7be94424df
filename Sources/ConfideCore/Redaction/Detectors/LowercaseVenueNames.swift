/// Venue names typed in lower case, straight after a word that places someone there: "works at crumbs and co bakery",
/// "her job at bloom and wild florists", "im at nails by nadia". A run of lower-case words ending in a kind of venue counts
/// when it is built like a trading name (two words joined by "and", "&" or "co", or a word that is not everyday English);
/// a kind of service followed by "by" and a name ("nails by nadia") is one too. Determiners, possessives and generic
/// places ("at the local bakery", "at her mum's shop") stay out.
enum LowercaseVenueNames {
    static let placeWords: Set<String> = ["at", "from", "outside", "near", "opposite", "in"]
    static let venueEnds: Set<String> = RedactionLexicon.lowercaseVenueWords.union(OrganisationDetector.lowercaseEndings)
        .union(["florists", "florist", "kitchen", "deli", "grill", "diner", "bistro", "barbers", "nails", "cafe", "café", "bakery"])
    static let byTrades: Set<String> = ["nails", "hair", "cakes", "beauty", "lashes", "brows", "tattoos", "tattoo", "designs", "flowers", "bakes"]
    static let stops: Set<String> = OrganisationDetector.lowercaseStops.subtracting(["and"])

    /// Kinds of business named by a set phrase, not a trading name: "a fish and chip shop", "a bed and breakfast hotel".
    static let setPhrases: Set<String> = ["fish and chip", "fish and chips", "bed and breakfast", "bar and grill", "pie and mash",
        "park and ride", "cash and carry", "pick and mix", "health and beauty", "hair and beauty", "food and drink", "tea and coffee",
        "wine and spirits", "arts and crafts", "fruit and veg", "fruit and vegetable", "nail and beauty", "bacon and egg"]

    /// Words English pub names are made of ("the dog and partridge", "the rose and crown", "the lamb and flag").
    static let pubWords: Set<String> = ["crown", "anchor", "dog", "partridge", "fox", "hounds", "hound", "lamb", "flag", "rose",
        "thistle", "horse", "horses", "plough", "bell", "swan", "lion", "unicorn", "mitre", "bull", "bear", "ragged", "staff", "stag",
        "hare", "hind", "hart", "falcon", "feathers", "wheatsheaf", "greyhound", "shovel", "sickle", "sheaf", "cushion", "sceptre",
        "pheasant", "duck", "drake", "goose", "cock", "hen", "pelican", "eagle", "child", "king", "queen", "castle", "ship", "barge",
        "compass", "compasses", "square", "kettle", "pipe", "pot", "jug", "bottle", "glass", "magpie", "stump", "pig", "whistle",
        "coach", "harp", "ram", "grapes", "vine", "oak", "ivy", "tun", "boot", "slipper", "trumpet", "drum", "monkey", "woolpack"]
    /// Pub words that, on their own after "at/outside the", mean the pub ("outside the anchor last nite"); not "the bell",
    /// "the crown", "the lion" or "the rose", which mean other things.
    static let lonePubWords: Set<String> = ["anchor", "wheatsheaf", "feathers", "greyhound", "plough", "swan", "mitre", "woolpack",
        "partridge", "pheasant", "magpie", "unicorn", "pelican", "sceptre"]

    /// "the crown and anchor" (two pub words joined by "and") or "the anchor" (one telling pub word) after a place word.
    static func pubName(_ tokens: [NoteToken], after i: Int) -> Range<Int>? {
        guard i + 2 < tokens.count, tokens[i + 1].lower == "the", tokens[i + 1].shape == .lower, tokens[i + 2].shape == .lower,
              tokens[i + 2].gapBefore == " ", pubWords.contains(tokens[i + 2].lower) else { return nil }
        if i + 4 < tokens.count, tokens[i + 3].lower == "and" || tokens[i + 3].gapBefore == " & ", tokens[i + 4].shape == .lower,
           pubWords.contains(tokens[i + 4].lower) {
            let last = tokens[i + 3].lower == "and" ? i + 4 : i + 3
            if tokens[i + 3].lower == "and" || pubWords.contains(tokens[i + 3].lower) {
                return tokens[i + 1].range.lowerBound..<tokens[last].range.upperBound
            }
        }
        if lonePubWords.contains(tokens[i + 2].lower), !tokens[i + 2].hasPossessive {
            // "the swan" is a pub unless a noun follows it ("the swan enclosure").
            if i + 3 < tokens.count, tokens[i + 3].gapBefore == " ", tokens[i + 3].shape == .lower,
               !OrganisationDetector.linkOrTimeWords.contains(tokens[i + 3].lower) { return nil }
            return tokens[i + 1].range.lowerBound..<tokens[i + 2].range.upperBound
        }
        return nil
    }

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        let tokens = note.tokens
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where t.shape == .lower && (placeWords.contains(t.lower) || t.lower == "to") && i + 2 < tokens.count {
            var k = i + 1
            var words: [NoteToken] = []
            while k < tokens.count, words.count < 5, tokens[k].shape == .lower, tokens[k].gapBefore == " " || tokens[k].gapBefore == " & " {
                let w = tokens[k]
                if words.isEmpty && (stops.contains(w.lower) || w.lower == "and") { break }
                if !words.isEmpty && stops.contains(w.lower) && w.lower != "by" { break }
                words.append(w)
                k += 1
                if venueEnds.contains(w.lower) && words.count >= 3 { break }
            }
            // "at the crown and anchor", "outside the anchor": English pub names built from their own small stock of words.
            if let pub = pubName(tokens, after: i) {
                out.append(RedactionCandidate(pub, .organisation, score: 0.55))
                continue
            }
            guard words.count >= 3, t.lower != "to" else { continue }
            let name = words.dropLast()
            let last = words.last!
            let joined = tokens[(i + 2)..<(i + 1 + words.count)].contains { $0.gapBefore == " & " }
                || name.contains { $0.lower == "and" || $0.lower == "co" }
            let unfamiliar = name.contains { !RedactionLexicon.isCommon($0.lower) && !["and", "co", "by"].contains($0.lower) }
            let clean = !words.contains { RedactionLexicon.relationWords.contains($0.lower) || RedactionLexicon.institutionWords.contains($0.lower) }
            let phrase = name.map(\.lower).joined(separator: " ")
            if venueEnds.contains(last.lower), joined || unfamiliar, clean, name.last!.lower != "and", !setPhrases.contains(phrase) {
                out.append(RedactionCandidate(words.first!.range.lowerBound..<last.range.upperBound, .organisation, score: 0.55))
                continue
            }
            // "nails by nadia": a trade, "by", and one more word that is not everyday English or is a given name.
            if words.count >= 3, byTrades.contains(words[0].lower), words[1].lower == "by",
               !RedactionLexicon.isCommon(words[2].lower) || RedactionLexicon.isFirstName(words[2].lower) {
                out.append(RedactionCandidate(words[0].range.lowerBound..<words[2].range.upperBound, .organisation, score: 0.55))
            }
        }
        return out
    }
}
