import Foundation

/// Rules 1, 2, 2j, 2l, 2k, 2i, 2h, 2f, 2d, 6f and 6d: a name after a title or rank, a relation or role word ("her partner
/// Connor", "Manager: Tomasz Bell"), or a word for a person, and a name set off as an apposition ("Costin, the man upstairs").
extension PersonNameDetector {
    // 1. Titles and ranks: "DC Priya Nowak", "Mrs Kowalski", "dc okoro".
    func markTitles(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where RedactionLexicon.titles.contains(t.lower) && i + 1 < tokens.count {
            let ranks: Set<String> = ["dc", "ds", "pc", "di", "dci", "tdc", "ps", "sgt", "dr", "mr", "mrs", "ms", "nurse", "judge", "prof", "cllr", "insp"]
            guard t.shape != .lower || ranks.contains(t.lower) else { continue }
            if t.lower == "sister" || t.lower == "father" || t.lower == "nurse" || t.lower == "judge", t.shape == .lower {
                // "her sister came"; but "nurse adeyinka" in a lower-case note is the nurse's name.
                guard t.lower == "nurse" || t.lower == "judge", tokens[i + 1].shape == .lower, tokens[i + 1].gapBefore == " ",
                      !RedactionLexicon.isCommon(tokens[i + 1].lower), !RedactionLexicon.speechVerbs.contains(tokens[i + 1].lower),
                      tokens[i + 1].text.count >= 3 else { continue }
            }
            let gap = tokens[i + 1].gapBefore
            guard gap == " " || gap == ". " || gap == "." else { continue }
            // "Mr van der Berg": surname particles join the name.
            var first = i + 1
            while first + 1 < tokens.count, Self.particles.contains(tokens[first].lower), tokens[first].shape == .lower,
                  tokens[first + 1].gapBefore == " ",
                  tokens[first + 1].shape == .title || Self.particles.contains(tokens[first + 1].lower) { first += 1 }
            if first > i + 1, tokens[first].shape == .title {
                for k in (i + 1)...first { marks.set(k, 0.9) }
                continue
            }
            let n = tokens[i + 1]
            // "Mr T Okwu": a single initial between the title and the surname joins the name.
            if n.shape == .upper, n.text.count == 1, !marks.blocked[i + 1], i + 2 < tokens.count, tokens[i + 2].gapBefore == " ",
               tokens[i + 2].shape == .title, marks.eligible(i + 2), !RedactionLexicon.institutionWords.contains(tokens[i + 2].lower) {
                marks.set(i + 1, 0.9); marks.set(i + 2, 0.9)
                marks.extend(from: i + 2, score: 0.9)
                continue
            }
            guard marks.eligible(i + 1) else { continue }
            let ok = n.shape == .title || n.shape == .mixed || (n.shape == .upper && n.text.count > 1 && t.shape == .upper)
                || (n.shape == .lower && t.shape == .lower && !RedactionLexicon.isCommon(n.lower))
            guard ok, !RedactionLexicon.institutionWords.contains(n.lower) else { continue }
            marks.set(i + 1, 0.92)
            marks.extend(from: i + 1, score: 0.92)
        }
    }

    // 2. Relation or role words, then the name: "partner Connor", "Manager: Tomasz Bell", "Mum (Heather)",
    //    "her named worker, Cerys Reid", "the suspect, Will Pearson".
    func markAfterRelationWords(_ marks: inout Marks) {
        // "mother in law Gurmeet", "sister-in-law Aneela": the relation ends with "law".
        func inLaw(_ i: Int) -> Bool {
            i >= 2 && tokens[i].lower == "law" && tokens[i - 1].lower == "in" && Self.familyWords.contains(tokens[i - 2].lower)
        }
        for (i, t) in tokens.enumerated() where (RedactionLexicon.relationWords.contains(t.lower) || inLaw(i)) && i + 1 < tokens.count {
            let gap = tokens[i + 1].gapBefore
            // "perp ?Lenny": a guessed name keeps its question mark.
            guard [" ", ": ", " (", ", ", " - ", " – ", ":  ", ":", " ?", " (?"].contains(gap) || gap.trimmingCharacters(in: .whitespaces) == ":" else { continue }
            let n = tokens[i + 1]
            guard marks.eligible(i + 1), !t.hasPossessive else { continue }
            // "Student Finance", "Staff Wellbeing": a department after a capitalised role word names a team, not a person.
            if t.isCapitalised, gap == " ", n.isCapitalised, Self.departmentWords.contains(n.lower) { continue }
            var ok = false
            switch n.shape {
            case .title, .mixed:
                ok = marks.nameLike(i + 1) && !RedactionLexicon.speechVerbs.contains(n.lower)
            case .lower:
                // In lower-case notes a word after "husband" or "mum" that is not English is a name ("husband kuba").
                ok = (RedactionLexicon.isFirstName(n.lower) && !RedactionLexicon.isAmbiguousName(n.lower))
                    || (Self.familyWords.contains(t.lower) && n.text.count >= 3 && !RedactionLexicon.isCommon(n.lower)
                        // "her mother volunteers there": a verb made from a role noun, not a name.
                        && !(n.lower.hasSuffix("s") && RedactionLexicon.relationWords.contains(String(n.lower.dropLast())))
                        && !RedactionLexicon.acronyms.contains(n.lower) && !RedactionLexicon.titles.contains(n.lower)
                        && !RedactionLexicon.speechVerbs.contains(n.lower) && (gap == " " || gap == " ("))
                // "her ex mark is outside": a given name that is also a word, as the subject of a verb after a family word;
                // in shorthand the verb is often a bare "-ing" form ("sister faith minding kids", "brother will doing school run").
                if !ok, Self.familyWords.contains(t.lower), gap == " ", RedactionLexicon.isFirstName(n.lower), n.text.count >= 3,
                   i + 2 < tokens.count, tokens[i + 2].gapBefore == " ", Self.subjectVerbs.contains(tokens[i + 2].lower) || tokens[i + 2].lower == "is"
                    || Self.isShorthandVerb(tokens[i + 2]) {
                    ok = true
                }
                // "her friend amber off campus", "c's sister grace": a given name that is also a word straight after "friend",
                // "sister" or "brother" (where the word itself would not stand), unless it is a verb or an auxiliary.
                if !ok, ["friend", "sister", "brother", "cousin", "bestie", "mate"].contains(t.lower), gap == " ",
                   RedactionLexicon.isFirstName(n.lower), n.text.count >= 3, !Self.auxiliaries.contains(n.lower),
                   !Self.verbNames.contains(n.lower), i > 0, ["her", "his", "my", "their", "c's", "our", "your", "a", "friend"].contains(tokens[i - 1].lower)
                    || tokens[i - 1].hasPossessive {
                    ok = true
                }
                // "brother robin, sister summer (15)": a given name that is also a word, closed by a list comma or a bracket.
                if !ok, Self.familyWords.contains(t.lower), gap == " ", RedactionLexicon.isFirstName(n.lower), n.text.count >= 3,
                   !Self.auxiliaries.contains(n.lower), i + 2 >= tokens.count || [",", " (", ")", ";"].contains(where: { tokens[i + 2].gapBefore.hasPrefix($0) }) {
                    ok = true
                }
            case .upper:
                ok = n.text.count >= 3 && !RedactionLexicon.isCommon(n.lower) && !RedactionLexicon.acronyms.contains(n.lower)
            default: ok = false
            }
            // "her son Junior": after a family word, a capitalised everyday word is a nickname.
            if !ok, n.shape == .title, Self.familyWords.contains(t.lower), gap == " ", !Self.neverNicknames.contains(n.lower),
               !RedactionLexicon.institutionWords.contains(n.lower), !RedactionLexicon.speechVerbs.contains(n.lower),
               !RedactionLexicon.relationWords.contains(n.lower) { ok = true }
            // A comma after a role introduces an aside more often than a name: require a name-like word.
            // An aside of two capitalised words closed by a comma is a full name, listed or not: "the coach, Des Rafferty, still".
            let fullNameAside = gap == ", " && n.shape == .title && i + 3 < tokens.count && tokens[i + 2].shape == .title
                && tokens[i + 2].gapBefore == " " && tokens[i + 3].gapBefore.hasPrefix(",") && marks.nameLike(i + 2)
                && !Self.everyday(n.lower) && !Self.everyday(tokens[i + 2].lower)
            // One unfamiliar word as the aside after "the client," or "her friend,": "the client, Tiegan, has been offered".
            let singleNameAside = gap == ", " && n.shape == .title && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(", ")
                && i > 0 && (["the", "her", "his", "my", "our", "their", "another", "a", "an"].contains(tokens[i - 1].lower)
                    // "the defendant's brother, Chukwudi, rang": an owner with a possessive before the relation.
                    || tokens[i - 1].hasPossessive && tokens[i - 1].shape == .lower) && !Self.everyday(n.lower)
                && !RedactionLexicon.isCommon(n.lower) && marks.nameLike(i + 1)
            if gap == ", " && !(RedactionLexicon.isFirstName(n.lower) || RedactionLexicon.isSurname(n.lower) || fullNameAside || singleNameAside) { ok = false }
            guard ok else { continue }
            marks.set(i + 1, 0.88)
            marks.extend(from: i + 1, score: 0.88)
        }
    }

    // 2j. "ex (D) turned up": one capital in brackets after a family word stands for the person's name.
    func markCapitalAfterFamilyWord(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where Self.familyWords.contains(t.lower) && !t.hasPossessive && i + 1 < tokens.count {
            let n = tokens[i + 1]
            guard n.gapBefore == " (", n.shape == .upper, n.text.count == 1, n.text != "I", !marks.blocked[i + 1],
                  i + 2 >= tokens.count || tokens[i + 2].gapBefore.hasPrefix(")") else { continue }
            marks.set(i + 1, 0.75)
        }
    }

    // 2l. "taught by Dr M. because", "care worker \"B\"": one capital standing for a name after a title, or in quotes
    //     after a word for a person.
    func markCapitalAfterTitle(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let n = tokens[i + 1]
            guard n.shape == .upper, n.text.count == 1, n.text != "I", !marks.blocked[i + 1] else { continue }
            let afterTitle = RedactionLexicon.titles.contains(t.lower) && t.isCapitalised && n.gapBefore == " " && t.lower != "st"
                && (i + 2 >= tokens.count || !tokens[i + 2].isCapitalised || tokens[i + 2].gapBefore != " ")
            let quoted = RedactionLexicon.relationWords.contains(t.lower) && [" \"", " '", " “", " ‘"].contains(n.gapBefore)
                && i + 2 < tokens.count && ["\"", "'", "”", "’"].contains(where: { tokens[i + 2].gapBefore.hasPrefix($0) })
            if afterTitle || quoted { marks.set(i + 1, 0.7) }
        }
    }

    // 2k. "Costin, the man from the flat upstairs": an unfamiliar capitalised word, then a comma and "the" with a word for
    //     a person, is that person's name.
    func markAppositiveNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where t.shape == .title && i + 2 < tokens.count && marks.eligible(i) && marks.mark[i] == 0 {
            guard tokens[i + 1].gapBefore == ", ", tokens[i + 1].lower == "the" || tokens[i + 1].lower == "a" || tokens[i + 1].lower == "her"
                    || tokens[i + 1].lower == "his", tokens[i + 2].gapBefore == " ",
                  Self.appositiveNouns.contains(tokens[i + 2].lower) || RedactionLexicon.relationWords.contains(tokens[i + 2].lower),
                  !RedactionLexicon.isCommon(t.lower), !t.sentenceInitial || !RedactionLexicon.isCommon(t.lower), marks.nameLike(i) else { continue }
            marks.set(i, 0.75)
        }
    }

    // 2i. "(father of Kinga)", "a friend of Marta's": a relation word, "of", then a capitalised name.
    func markRelationOfName(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where t.lower == "of" && i > 0 && i + 1 < tokens.count && t.gapBefore == " " {
            let r = tokens[i - 1], n = tokens[i + 1]
            guard Self.familyWords.contains(r.lower) || ["friend", "partner", "ex", "carer", "colleague", "neighbour"].contains(r.lower),
                  n.gapBefore == " ", n.shape == .title, marks.eligible(i + 1), !RedactionLexicon.isCommon(n.lower), marks.nameLike(i + 1) else { continue }
            // "a friend of Labour councillors": a word that qualifies the noun after it is not a name.
            if i + 2 < tokens.count, tokens[i + 2].gapBefore == " ", tokens[i + 2].shape == .lower,
               !["who", "and", "is", "was", "has", "had", "said", "says", "to", "from", "at", "in", "on"].contains(tokens[i + 2].lower) { continue }
            marks.set(i + 1, 0.8)
            marks.extend(from: i + 1, score: 0.8)
        }
    }

    // 2h. "C (Ravinder) v quiet", "client (Morven)": the client's name in brackets after the note's word for her.
    func markClientInBrackets(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && (t.text == "C" || t.lower == "client" || t.lower == "clt") {
            let n = tokens[i + 1]
            guard n.gapBefore == " (", n.shape == .title, tokens[i + 2].gapBefore.hasPrefix(")"), marks.nameLike(i + 1),
                  !RedactionLexicon.isCommon(n.lower) || RedactionLexicon.isFirstName(n.lower) else { continue }
            marks.set(i + 1, 0.8)
        }
    }

    // 2f. "Sister faith minding kids", "Brother will doing school run": a capitalised family word opening a shorthand line,
    //     a lower-case given name, then a bare "-ing" verb.
    func markShorthandFamilyLines(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && t.shape == .title && Self.familyWords.contains(t.lower) {
            let n = tokens[i + 1], v = tokens[i + 2]
            guard n.gapBefore == " ", v.gapBefore == " ", n.shape == .lower, marks.eligible(i + 1), RedactionLexicon.isFirstName(n.lower),
                  n.text.count >= 3, Self.isShorthandVerb(v) || Self.subjectVerbs.contains(v.lower) else { continue }
            marks.set(i + 1, 0.75)
        }
    }

    // 2d. "the landlord is mick o'hara", "her manager was Sanjay": the name after a relation word and "is" or "was".
    func markNameAfterRelationIsWas(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where RedactionLexicon.relationWords.contains(t.lower) && !t.hasPossessive && i + 2 < tokens.count {
            let verb = tokens[i + 1], n = tokens[i + 2]
            guard ["is", "was"].contains(verb.lower), verb.gapBefore == " ", n.gapBefore == " ", marks.eligible(i + 2), !n.sentenceInitial else { continue }
            let ok: Bool
            switch n.shape {
            case .title, .mixed: ok = marks.nameLike(i + 2, allowCommonNames: false) && !RedactionLexicon.speechVerbs.contains(n.lower)
            case .lower: ok = RedactionLexicon.isFirstName(n.lower) && !RedactionLexicon.isAmbiguousName(n.lower) && n.text.count >= 3
            default: ok = false
            }
            guard ok else { continue }
            marks.set(i + 2, 0.8)
            marks.extend(from: i + 2, score: 0.8)
        }
    }

    // 6f. "Another driver, Sunny, saw him": a capitalised word set off by commas after a word for a person, with a verb
    //     straight after it, is that person's name even when it is also an everyday word.
    func markNamesSetOffByCommas(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && t.shape == .lower
            && (RedactionLexicon.relationWords.contains(t.lower) || Self.personNouns.contains(t.lower)) {
            let n = tokens[i + 1], v = tokens[i + 2]
            // Any capitalised word there but an adverb, a day or month, a language, a role or a public body or department.
            guard n.gapBefore == ", ", n.shape == .title, marks.eligible(i + 1), marks.mark[i + 1] == 0, !n.lower.hasSuffix("ly"),
                  !Self.neverNicknames.contains(n.lower), !Self.languages.contains(n.lower), !Self.departmentWords.contains(n.lower),
                  !RedactionLexicon.relationWords.contains(n.lower), !RedactionLexicon.institutionWords.contains(n.lower),
                  !["however", "meanwhile", "though", "also", "too", "again", "apparently", "instead", "eventually"].contains(n.lower),
                  v.gapBefore == ", ", v.shape == .lower,
                  Self.subjectVerbs.contains(v.lower) || v.lower == "is" else { continue }
            marks.set(i + 1, 0.75)
        }
    }

    // 6d. "the man Viktor who", "a resident Abu Sami": a word for a person, then an unfamiliar capitalised word.
    func markNamesAfterPersonNouns(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i > 0 && marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && t.gapBefore == " "
            && !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.institutionWords.contains(t.lower)
            && Self.personNouns.contains(tokens[i - 1].lower) && tokens[i - 1].shape == .lower {
            marks.set(i, 0.7)
            marks.extend(from: i, score: 0.7)
        }
    }

    /// A bare "-ing" verb of shorthand ("minding", "doing"), not a noun that ends the same way ("morning", "thing").
    static func isShorthandVerb(_ t: NoteToken) -> Bool {
        t.shape == .lower && t.text.count >= 5 && t.lower.hasSuffix("ing") && !ingNouns.contains(t.lower)
    }
    static let ingNouns: Set<String> = ["morning", "evening", "nothing", "something", "anything", "everything", "thing", "things", "king",
        "ring", "spring", "building", "wedding", "ceiling", "darling", "sibling", "during", "meeting", "feeling", "feelings", "evening",
        "morning", "housing", "funding", "training", "counselling", "bring", "sting", "swing", "string", "wing", "sling"]

    /// More words for a person that an appositive name is followed by ("Costin, the man upstairs", "Abe, the bouncer").
    static let appositiveNouns: Set<String> = personNouns.union(["chap", "lady", "gentleman", "older", "younger", "student",
        "tenant", "bouncer", "doorman", "owner", "regular"])

    /// Given names that are also verbs or link words after a person: "her friend will", "my sister may", "his mate rob(bed)".
    static let verbNames: Set<String> = ["will", "may", "mark", "rob", "sue", "pat", "bill", "jack", "chase", "drew", "grant", "pierce",
        "cash", "hunter", "sunny", "art", "bob", "dawn", "frank", "lance", "miles", "rusty", "sky", "storm", "wade", "warren", "said",
        "says", "told", "and", "who", "is", "was", "has", "had", "got", "gets", "does", "did"]
}
