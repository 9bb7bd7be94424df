import Foundation

/// National chains people work at and meet in, which notes name without any telling word ("on shift at the co-op",
/// "works in Greggs"). Distinctive names match in any case; names that are also everyday words ("Boots", "Next",
/// "Iceland") only when capitalised.
enum ChainStores {
    static let distinctive = """
    tesco|tesco express|tesco extra|asda|aldi|lidl|morrisons|sainsbury's|sainsburys|waitrose|greggs|primark|superdrug|wilko|poundland|
    poundstretcher|b&m|home bargains|co-op|coop|nisa|londis|costcutter|one stop|costa|costa coffee|starbucks|pret|pret a manger|
    mcdonald's|mcdonalds|maccies|maccy d's|kfc|nando's|nandos|wetherspoons|wetherspoon's|spoons|puregym|pure gym|the gym group|jd sports|
    sports direct|argos|currys|river island|new look|marks and spencer|marks & spencer|m&s|deliveroo|just eat|premier inn|travelodge|
    burger king|domino's|dominos|pizza hut|toby carvery|harvester|dunelm|ikea|matalan|tk maxx|b&q|screwfix|halfords|specsavers|
    boots the chemist|lloyds pharmacy|holland & barrett|card factory|wh smith|whsmith|ryman|subway store|amazon warehouse|
    royal mail|hermes|evri|dpd|uber eats|frankie & benny's|wagamama|pizza express|zizzi|prezzo|bella italia|five guys|taco bell|
    papa john's|greene king|stonegate|mitchells & butlers|admiral casino|ladbrokes|william hill|paddy power|coral|betfred
    """.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "\\s+")
    static let capitalisedOnly = "Boots|Next|Iceland|Subway|Spar|Coral"

    static let pattern = RedactionPattern(#"(?<![\w&'’])(?:"# + distinctive + #")(?![\w&'’])"#, caseInsensitive: true)
    static let capitalisedPattern = RedactionPattern(#"(?<![\w&'’])(?:"# + capitalisedOnly + #")(?![\w&'’])"#)

    static func find(_ note: NoteText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for m in note.matches(pattern) {
            let text = note.text(m.whole)
            // "coral" and "spoons" in lower case are a colour and cutlery; they need a capital.
            if ["coral", "spoons", "coop", "pret", "nisa", "hermes", "costa"].contains(text.lowercased()), text == text.lowercased() { continue }
            out.append(m.whole)
        }
        for m in note.matches(capitalisedPattern) {
            // "Next session" and "Boots on" open sentences; mid-sentence the capital says it is the shop.
            let k = note.tokenIndex(atOrAfter: m.range.location)
            if k < note.tokens.count, note.tokens[k].sentenceInitial { continue }
            out.append(m.whole)
        }
        return out
    }
}
