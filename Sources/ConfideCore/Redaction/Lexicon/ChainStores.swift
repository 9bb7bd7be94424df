import Foundation

/// National chains people work at and meet in, which notes name without any telling word ("on shift at the co-op",
/// "works in Greggs"). Distinctive names match in any case; names that are also everyday words ("Boots", "Next",
/// "Iceland") only when capitalised.
enum ChainStores {
    static let distinctive = """
    caffè nero|caffe nero|café nero|cafe nero|tesco|tesco express|tesco extra|asda|aldi|lidl|morrisons|sainsbury's|sainsburys|waitrose|greggs|primark|superdrug|wilko|poundland|
    poundstretcher|b&m|home bargains|co-op|coop|nisa|londis|costcutter|one stop|costa|costa coffee|starbucks|pret|pret a manger|
    mcdonald's|mcdonalds|maccies|maccy d's|kfc|nando's|nandos|wetherspoons|wetherspoon's|spoons|puregym|pure gym|the gym group|jd sports|
    sports direct|argos|currys|river island|new look|marks and spencer|marks & spencer|m&s|deliveroo|just eat|premier inn|travelodge|
    burger king|domino's|dominos|pizza hut|toby carvery|harvester|dunelm|ikea|matalan|tk maxx|b&q|screwfix|halfords|specsavers|
    boots the chemist|lloyds pharmacy|holland & barrett|card factory|wh smith|whsmith|ryman|subway store|amazon warehouse|
    royal mail|hermes|evri|dpd|uber eats|frankie & benny's|wagamama|pizza express|zizzi|prezzo|bella italia|five guys|taco bell|
    papa john's|greene king|stonegate|mitchells & butlers|admiral casino|ladbrokes|william hill|paddy power|coral|betfred
    """.replacingOccurrences(of: "\n", with: "")
    static let capitalisedOnly: Set<String> = ["boots", "next", "iceland", "subway", "spar", "coral"]
    /// In lower case these are a colour, cutlery, a word or a god; they need a capital.
    static let needCapital: Set<String> = ["coral", "spoons", "coop", "pret", "nisa", "hermes", "costa"]

    /// Each chain as the words the tokenizer makes of it, indexed by its first word: matching walks the note's tokens
    /// once instead of trying a long regular-expression alternation at every character.
    static let phrases: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for name in distinctive.split(separator: "|") {
            let words = NoteTokenizer.tokenize(Array(name.utf16)).map(\.lower)
            guard let first = words.first else { continue }
            index[first, default: []].append(words)
        }
        for w in capitalisedOnly { index[w, default: []].append([w]) }
        for key in index.keys { index[key]?.sort { $0.count > $1.count } }
        return index
    }()

    static func find(_ note: NoteText) -> [Range<Int>] {
        let tokens = note.tokens
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard let candidates = phrases[tokens[i].lower] else { i += 1; continue }
            var matched = 0
            for words in candidates where i + words.count <= tokens.count {
                var ok = true
                for (n, w) in words.enumerated() where tokens[i + n].lower != w || n > 0 && (tokens[i + n].gapBefore.count > 3 || tokens[i + n].gapBefore.contains("\n")) {
                    ok = false; break
                }
                if ok { matched = words.count; break }
            }
            guard matched > 0 else { i += 1; continue }
            let first = tokens[i]
            let single = matched == 1
            if single && capitalisedOnly.contains(first.lower) && !(first.shape == .title && !first.sentenceInitial) { i += 1; continue }
            if single && needCapital.contains(first.lower) && first.shape == .lower { i += 1; continue }
            out.append(first.range.lowerBound..<tokens[i + matched - 1].range.upperBound)
            i += matched
        }
        return out
    }
}
