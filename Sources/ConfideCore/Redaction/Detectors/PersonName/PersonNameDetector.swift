import Foundation

import Foundation

/// Names of people: survivors, family, professionals. No single clue is enough in notes written every which way, so
/// the detector gathers several and then spreads what it learnt across the note:
/// - context: a title ("DC Okoro"), a relation or role ("her partner Connor", "Manager: Tomasz Bell", "Mum (Heather)"),
///   "known as", a salutation or sign-off, a speech verb after an unfamiliar capitalised word ("Eilidh described");
/// - the lexicons: a given name, a surname beside a name, a pair of unfamiliar capitalised words;
/// - the known-names list, and names inside email addresses;
/// - spread: once a name is established, its other occurrences count too, in lower case or capitals, except where
///   the word is also ordinary English ("I hope", "he will");
/// - initials: "S.M.", "C.B.'s", and "JD" when a "Joanne Doherty" is in the note or the letters stand alone.
struct PersonNameDetector {
    let note: NoteText
    let claimed: [Range<Int>]
    let knownNames: [String]

    var tokens: [NoteToken] { note.tokens }

    func detect() -> [RedactionCandidate] {
        let blocked = tokens.indices.map { i in claimed.contains { $0.overlaps(tokens[i].range) } || Self.neverAName(tokens, i) }
        var marks = Marks(tokens: tokens, blocked: blocked, mark: [Double](repeating: 0, count: tokens.count))

        // The rules, in the order they run; each is defined, with its comment, in the file of its family:
        // +Relations (titles, relations, roles, apposition), +Fields (fields, headers, sign-offs), +NamesAndVerbs
        // (names the lexicon knows, words acting as a person), +Nicknames (nicknames, quoted names), +Lists (lists,
        // asides), +Spread, +Initials, +Corrections. A later rule may read what an earlier one marked.
        markTitles(&marks)                      // 1.  Relations
        markAfterRelationWords(&marks)          // 2.  Relations
        markCapitalAfterFamilyWord(&marks)      // 2j. Relations
        markCapitalAfterTitle(&marks)           // 2l. Relations
        markAppositiveNames(&marks)             // 2k. Relations
        markRelationOfName(&marks)              // 2i. Relations
        markNamesAfterInitials(&marks)          // 2m. Initials
        markSessionHeaderNames(&marks)          // 2n. Fields
        markClientInBrackets(&marks)            // 2h. Relations
        markShorthandFamilyLines(&marks)        // 2f. Relations
        markNumberedCaseLists(&marks)           // 2g. Lists
        markNameAfterRelationIsWas(&marks)      // 2d. Relations
        markContactedGivenNames(&marks)         // 2e. NamesAndVerbs
        markNamesBeforeBirthCues(&marks)        // 2c. Fields
        markNicknameCues(&marks)                // 3.  Nicknames
        markSalutationsAndHeaders(&marks)       // 4.  Fields
        markLexiconNames(&marks)                // 5.  NamesAndVerbs
        markWordsActingAsPeople(&marks)         // 6.  NamesAndVerbs
        markVariantsAndWith(&marks)             // 6a. NamesAndVerbs
        markLowerCaseNames(&marks)              // 6b. NamesAndVerbs
        markQuotedNicknames(&marks)             // 6c. Nicknames
        markTalkedToNames(&marks)               // 6e. NamesAndVerbs
        markNamesSetOffByCommas(&marks)         // 6f. Relations
        markNamesAfterPersonNouns(&marks)       // 6d. Relations
        markBracketedRelations(&marks)          // 7.  Lists
        markNicknamesBeforeAsides(&marks)       // 7a. Nicknames
        markNoSurnameGiven(&marks)              // 7f. Lists
        markPreferredNames(&marks)              // 7g. Nicknames
        markNamesWithAges(&marks)               // 7b. Lists
        markRegisterEntries(&marks)             // 7c. Lists
        markListsOfPeople(&marks)               // 7d. Lists
        markNameContexts(&marks)                // 7e. Lists
        markSignOffs(&marks)                    // 8.  Fields
        spread(&marks)                          // 9.  Spread
        markShortForms(&marks)                  // 9b. Spread
        markLoneCapitals(&marks)                // 10. Initials
        markSpeakerLabels(&marks.mark)          // 11. Fields
        unmarkPetsAndCars(&marks.mark)          // 12. Corrections
        unmarkShortMonths(&marks)               // 13. Corrections

        var out: [RedactionCandidate] = []
        var i = 0
        while i < tokens.count {
            guard marks.mark[i] > 0 else { i += 1; continue }
            // "Nanna Pearl", "Auntie Pat": the kinship word stays outside, like a title.
            if i + 1 < tokens.count, marks.mark[i + 1] > 0, tokens[i + 1].gapBefore == " ", tokens[i].shape == .title, !tokens[i].hasPossessive,
               Self.familyWords.contains(tokens[i].lower) || tokens[i].lower == "nanna" || tokens[i].lower == "nana" || tokens[i].lower == "grandma"
                || tokens[i].lower == "granny" || tokens[i].lower == "grandad" || tokens[i].lower == "grandpa" {
                i += 1
                continue
            }
            var j = i
            var score = marks.mark[i]
            // One span for "Kyle Harrison"; a possessive or punctuation ends it.
            while j + 1 < tokens.count, marks.mark[j + 1] > 0, tokens[j + 1].gapBefore == " " || tokens[j + 1].gapBefore == "-", !tokens[j].hasPossessive {
                j += 1
                score = max(score, marks.mark[j])
            }
            out.append(RedactionCandidate(tokens[i].range.lowerBound..<tokens[j].range.upperBound, .person, score: score))
            i = j + 1
        }
        let found = initials(marked: marks.mark)
        out += found
        out += Self.otherUsesOfInitials(note, found: found, claimed: claimed, existing: out)
        // "J. Whitfield": a single initial before a surname joins its span.
        out += initialsBeforeSurnames(marks)
        return out
    }
}
