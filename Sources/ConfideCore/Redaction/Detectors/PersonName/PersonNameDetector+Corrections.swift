import Foundation

/// Rules 12 and 13, which take marks away: pets and cars are not people, and "til Jan" is the month.
extension PersonNameDetector {
    static let colours: Set<String> = ["black", "white", "grey", "gray", "silver", "red", "blue", "green", "dark", "light", "navy",
        "maroon", "gold", "yellow", "orange", "purple", "brown", "beige", "a", "an", "his", "her", "their", "the"]

    // 12. Pets and cars are not people: "the dogs Tyson and Luna", "her cat Biscuit", "a grey Mercedes RO70 ASK".
    func unmarkPetsAndCars(_ mark: inout [Double]) {
        var i = 1
        while i < tokens.count {
            let prev = tokens[i - 1].lower
            let calledAfterAnimal = (prev == "called" || prev == "named") && i >= 2 && Self.animals.contains(tokens[i - 2].lower)
            if mark[i] > 0, tokens[i].gapBefore == " ", Self.animals.contains(prev) || calledAfterAnimal {
                // The pet, and the others listed with it ("Tyson and Luna", "Tyson, Luna").
                var k = i
                while k < tokens.count, mark[k] > 0 {
                    mark[k] = 0
                    if k + 2 < tokens.count, tokens[k + 1].lower == "and" || tokens[k + 1].gapBefore == ", " && tokens[k + 1].isCapitalised {
                        k += tokens[k + 1].lower == "and" ? 2 : 1
                    } else { break }
                }
                i = k + 1
                continue
            }
            // A make of car after a colour or article, or just before the registration: "a grey Mercedes RO70 ASK".
            if mark[i] > 0, tokens[i].isCapitalised, VehicleRegistrationDetector.makes.contains(tokens[i].lower),
               Self.colours.contains(prev) || (i + 1 < tokens.count && claimed.contains { $0.lowerBound == tokens[i + 1].range.lowerBound }) {
                mark[i] = 0
            }
            i += 1
        }
    }

    // 13. A month written short after a word of time is the month: "til Jan", "end of Jan", "by Sept 2025"; not "since Jan
    //     left" (a verb after it makes it the person) nor "with Jan".
    func unmarkShortMonths(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.mark[i] > 0 && t.shape == .title && Self.shortMonths.contains(t.lower) && i > 0 {
            let before = tokens[i - 1].lower
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let verbAfter = next.map { $0.gapBefore == " " && $0.shape == .lower && (Self.subjectVerbs.contains($0.lower) || $0.lower.hasSuffix("ed")) } ?? false
            let yearAfter = next.map { $0.gapBefore == " " && $0.shape == .number } ?? false
            if (Self.timeWords.contains(before) && t.gapBefore == " " && !verbAfter) || yearAfter { marks.mark[i] = 0 }
        }
    }

    /// Months written short that are also given names or read as them.
    static let shortMonths: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// Words of time before a month: "til Jan", "end of Jan", "since Feb".
    static let timeWords: Set<String> = ["of", "in", "til", "till", "until", "since", "from", "by", "before", "after", "mid", "early",
        "late", "end", "start", "beginning", "next", "last", "this", "during", "throughout"]
}
