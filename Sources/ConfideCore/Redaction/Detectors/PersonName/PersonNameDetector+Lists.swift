import Foundation

/// Rules 2g, 7, 7f, 7b, 7c, 7d and 7e: numbered case lists, registers and lists of people, and the asides a name sits
/// beside: "mark (ex)", "Tamsin Roe (19)", "Anouska (no surname given)", "Sunny (Sundeep)", "it's Kel, ring me".
extension PersonNameDetector {
    // 2g. Numbered case lists in supervision notes: "2. Summer - attendance poor", "3. J - ending approaching".
    func markNumberedCaseLists(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i > 0 && i + 1 < tokens.count && marks.eligible(i) || (i > 0 && i + 1 < tokens.count && t.shape == .upper && t.text.count == 1 && !marks.blocked[i]) {
            let num = tokens[i - 1]
            guard num.shape == .number, num.text.count <= 2, num.gapBefore.contains("\n") || i - 1 == 0,
                  t.gapBefore == ". " || t.gapBefore == ") ", tokens[i + 1].gapBefore == " - " || tokens[i + 1].gapBefore == " – " else { continue }
            switch t.shape {
            case .upper:
                guard t.text.count <= 3, !["A", "B", "I"].contains(t.text) || t.text.count > 1, !RedactionLexicon.acronyms.contains(t.lower),
                      !RedactionLexicon.isCommon(t.lower) || t.text.count == 1 else { continue }
                marks.set(i, 0.7)
            case .title:
                guard RedactionLexicon.isFirstName(t.lower) || !RedactionLexicon.isCommon(t.lower),
                      !RedactionLexicon.institutionWords.contains(t.lower), !RedactionLexicon.relationWords.contains(t.lower) else { continue }
                marks.set(i, 0.7)
            default: continue
            }
        }
    }

    // 7. "mark (ex)", "Leanne (counsellor)": a word with a relation or role in brackets after it; also "mark (olu's brother)",
    //    where the one in brackets is named too.
    func markBracketedRelations(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where (marks.eligible(i) || t.shape == .upper && t.text.count == 1 && !marks.blocked[i]) && i + 1 < tokens.count
            && tokens[i + 1].gapBefore == " (" {
            let owner = tokens[i + 1]
            let ownersRelation = owner.hasPossessive && i + 2 < tokens.count && tokens[i + 2].gapBefore == " "
                && RedactionLexicon.relationWords.contains(tokens[i + 2].lower) && owner.shape != .upper
                && !RedactionLexicon.isCommon(owner.lower) && !RedactionLexicon.relationWords.contains(owner.lower)
            if ownersRelation, marks.eligible(i + 1), owner.text.count >= 2 { marks.set(i + 1, 0.75) }
            // "M (ex)", "J (mum)": a single capital before a family word in brackets is that person's initial.
            let initialOfRelative = t.shape == .upper && t.text.count == 1 && !["I", "A", "C"].contains(t.text)
                && Self.familyWords.contains(tokens[i + 1].lower) && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(")")
            if initialOfRelative { marks.set(i, 0.7); continue }
            guard marks.eligible(i) else { continue }
            // "josé (my manager)", "Dee (her sister)": a possessive word may come first in the brackets.
            let possessed = ["my", "her", "his", "their", "our", "c's"].contains(tokens[i + 1].lower) && i + 2 < tokens.count
                && tokens[i + 2].gapBefore == " " && RedactionLexicon.relationWords.contains(tokens[i + 2].lower)
            guard RedactionLexicon.relationWords.contains(tokens[i + 1].lower) || ownersRelation || possessed,
                  t.shape != .upper || t.text.count >= 3 else { continue }
            // "Alternative (his sister Abena ...)": at a line's start the word is a heading unless it is a given name.
            if possessed && !RedactionLexicon.relationWords.contains(tokens[i + 1].lower) && !ownersRelation && t.sentenceInitial
                && !RedactionLexicon.isFirstName(t.lower) { continue }
            if t.shape == .lower && RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.isFirstName(t.lower) { continue }
            if (t.shape == .title || t.shape == .lower) && !t.sentenceInitial || !RedactionLexicon.isCommon(t.lower) { marks.set(i, 0.8) }
        }
    }

    // 7f. "Anouska (no surname given)", "Dev (surname unknown)": a capitalised word before a bracket saying the surname is
    //     missing is a given name.
    func markNoSurnameGiven(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && i + 2 < tokens.count
            && tokens[i + 1].gapBefore.hasSuffix("(") {
            let a = tokens[i + 1].lower, b = tokens[i + 2].lower
            let noSurname = (a == "no" && ["surname", "last", "family"].contains(b)) || (a == "surname" && ["unknown", "not", "withheld", "n"].contains(b))
                || ((a == "first" || a == "given") && b == "name")
            guard noSurname, !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
                  !Self.neverNicknames.contains(t.lower) else { continue }
            marks.set(i, 0.8)
        }
    }

    // 7b. "Tamsin Roe (19)": capitalised words with an age in brackets after them.
    func markNamesWithAges(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " ", tokens[k + 1].shape == .title, marks.eligible(k + 1),
                  !RedactionLexicon.isCommon(tokens[k + 1].lower) { k += 1 }
            guard k + 1 < tokens.count, tokens[k + 1].gapBefore.hasSuffix("("), tokens[k + 1].shape == .number, tokens[k + 1].text.count <= 2,
                  k + 2 >= tokens.count || tokens[k + 2].gapBefore.hasPrefix(")") || tokens[k + 2].gapBefore.hasPrefix(",") else { continue }
            for n in i...k { marks.set(n, 0.75) }
        }
    }

    // 7c. Registers and lists: "O'Connor, Siobhan", "McAllister, Jo-Anne (ISVA)".
    func markRegisterEntries(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i > 0 && marks.mark[i] > 0 && tokens[i].gapBefore == ", " && (t.shape == .title || t.shape == .mixed)
            && RedactionLexicon.isFirstName(t.lower) {
            let p = i - 1
            guard marks.eligible(p), marks.mark[p] == 0, tokens[p].shape == .title || tokens[p].shape == .mixed, !RedactionLexicon.isCommon(tokens[p].lower) else { continue }
            let listStart = p == 0 || tokens[p].gapBefore.contains("\n") || [":", ";"].contains(tokens[p].gapBefore.trimmingCharacters(in: .whitespaces).last.map(String.init) ?? "")
            if listStart || RedactionLexicon.isSurname(tokens[p].lower) { marks.set(p, marks.mark[i]) }
        }
    }

    // 7d. Lists of people: "attendees Becky, Shona, Ife and Marguerite".
    func markListsOfPeople(_ marks: inout Marks) {
        var changed = true
        while changed {
            changed = false
            // An everyday word too when names stand on both sides of it: "Present: Mandy, Sal, Joy, Parveen".
            for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && t.shape == .title && (!RedactionLexicon.isCommon(t.lower)
                || i > 0 && i + 1 < tokens.count && marks.mark[i - 1] > 0 && marks.mark[i + 1] > 0 && t.gapBefore == ", " && tokens[i + 1].gapBefore == ", "
                    && !RedactionLexicon.institutionWords.contains(t.lower) && !RedactionLexicon.relationWords.contains(t.lower)) {
                let joinedBefore = i > 0 && marks.mark[i - 1] > 0 && [", ", " and ", " & "].contains(t.gapBefore)
                    || (i > 1 && tokens[i - 1].lower == "and" && tokens[i - 1].gapBefore == " " && t.gapBefore == " " && marks.mark[i - 2] > 0
                        && tokens[i - 2].fullEnd == tokens[i - 1].range.lowerBound - 1)
                let joinedAfter = i + 1 < tokens.count && marks.mark[i + 1] > 0 && tokens[i + 1].gapBefore == ", " && tokens[i + 1].shape == .title
                // A list item is one word: "Evans, Northmoor Police" is a name and a force.
                let standsAlone = i + 1 >= tokens.count || !(tokens[i + 1].gapBefore == " " || tokens[i + 1].gapBefore == " & ")
                    || !tokens[i + 1].isCapitalised
                if (joinedBefore || joinedAfter) && standsAlone { marks.set(i, 0.65); changed = true }
            }
        }
    }

    // 7e. Context a name sits in: "R v Haldane"; "it's Kel, ring me"; "Sunny (Sundeep)"; "Keisha, 15, disclosed".
    /// "R v Haldane", "it's Kel, ring me", "this is Mandy from the surgery", "Sunny (Sundeep)", "Keisha, 15, disclosed".
    func markNameContexts(_ marks: inout Marks) {
        let tokens = note.tokens
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && (t.shape == .title || t.shape == .upper && t.text.count > 2) {
            let prev = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            // A criminal case title: "R v Haldane".
            if let p = prev, p.text == "v" || p.text == "v.", i >= 2, tokens[i - 2].text == "R" {
                marks.mark[i] = max(marks.mark[i], 0.85)
                continue
            }
            let unfamiliar = !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.acronyms.contains(t.lower)
                && !RedactionLexicon.institutionWords.contains(t.lower)
            // Callers say who they are: "it's Kel, ring me", "this is Mandy from".
            if let p = prev, t.gapBefore == " ", unfamiliar || RedactionLexicon.isFirstName(t.lower),
               (p.lower == "it" && p.hasPossessive) || p.lower == "its" || (p.lower == "is" && i >= 2 && tokens[i - 2].lower == "this"),
               next.map({ $0.gapBefore.hasPrefix(",") || $0.lower == "from" || $0.gapBefore.contains("\n") }) ?? true,
               !Self.neverNicknames.contains(t.lower) {
                marks.mark[i] = max(marks.mark[i], 0.75)
                continue
            }
            // A second name in brackets straight after a name: "Sunny (Sundeep)", "Catrin Jones (Cat)".
            // Also after a role, or a role and a letter: "Client C (Gus)", "the caller (Bernie)". Not "Mr Haroon (Urdu)".
            let closesBracket = next.map({ $0.gapBefore.hasPrefix(")") }) ?? false
            let afterRole = i >= 1 && (RedactionLexicon.relationWords.contains(tokens[i - 1].lower)
                || i >= 2 && tokens[i - 1].shape == .upper && tokens[i - 1].text.count == 1 && tokens[i - 1].gapBefore == " "
                    && RedactionLexicon.relationWords.contains(tokens[i - 2].lower))
                && (unfamiliar || RedactionLexicon.isFirstName(t.lower))
            if i >= 1, t.gapBefore == " (", marks.mark[i - 1] >= 0.65 || afterRole, closesBracket,
               t.shape == .title, !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
               !Self.neverNicknames.contains(t.lower), !Self.languages.contains(t.lower) {
                marks.mark[i] = max(marks.mark[i], 0.75)
                continue
            }
            // A handover list: "• Marguerite (rm 5)", "- Bex (room 3)", "* Tia (14)".
            if unfamiliar, t.shape == .title, let n = next, n.gapBefore == " (", t.gapBefore.contains("\n") || i == 0,
               ["•", "-", "*", "–", "·", "o"].contains(t.gapBefore.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""),
               n.shape == .number || ["rm", "room", "bed", "yp", "age", "aged"].contains(n.lower) || RedactionLexicon.relationWords.contains(n.lower) {
                marks.mark[i] = max(marks.mark[i], 0.7)
                continue
            }
            // "Keisha, 15, disclosed": a capitalised word with an age after it between commas.
            if unfamiliar, t.shape == .title, let n = next, n.gapBefore == ", ", n.shape == .number, n.text.count <= 2,
               i + 2 < tokens.count, tokens[i + 2].gapBefore.hasPrefix(","), prev.map({ !["in", "at", "to", "from", "near"].contains($0.lower) }) ?? true {
                marks.mark[i] = max(marks.mark[i], 0.7)
            }
        }
        // Lower-case notes: a role word then an unfamiliar lower-case word is the worker's name ("worker sunita stayed").
        let roles: Set<String> = ["worker", "volunteer", "vol", "isva", "idva", "counsellor", "officer", "oic", "advocate", "keyworker", "sw", "interp", "interpreter"]
        for (i, t) in tokens.enumerated() where i > 0 && marks.eligible(i) && marks.mark[i] == 0 && t.shape == .lower && t.text.count >= 3 {
            // Short words after a role are shorthand ("isva mtg", "isva apt"), and only a lower-case role marks a lower-case note.
            guard roles.contains(tokens[i - 1].lower), tokens[i - 1].shape == .lower, t.text.count >= 4 || RedactionLexicon.isFirstName(t.lower), t.gapBefore == " ", !RedactionLexicon.isCommon(t.lower), !RedactionLexicon.speechVerbs.contains(t.lower),
                  !RedactionLexicon.acronyms.contains(t.lower), !RedactionLexicon.titles.contains(t.lower) else { continue }
            marks.mark[i] = max(marks.mark[i], 0.7)
        }
    }
}
