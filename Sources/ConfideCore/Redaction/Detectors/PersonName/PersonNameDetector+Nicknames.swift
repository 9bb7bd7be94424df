import Foundation

/// Rules 3, 6c, 7a and 7g: names given by a cue ("known as Shan", "first name Tanisha"), quoted nicknames ('an older
/// lad, "Deano",'), the word before "(real name ...)", and the name someone prefers.
extension PersonNameDetector {
    // 3. "known as Shan", "first name Tanisha", "an account in the name of ..." — even an ordinary word.
    func markNicknameCues(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let window = " " + ([i - 1, i].compactMap { $0 >= 0 ? tokens[$0].lower : nil }.joined(separator: " ")) + " "
            // "gave the manager's name as Rich": "name ... as" too.
            let knownAs = t.lower == "as" && tokens[max(0, i - 3)..<i].contains { Self.knownAsVerbs.contains($0.lower) || $0.lower == "name" && !$0.hasPossessive }
                || ["be", "is", "was"].contains(t.lower) && tokens[max(0, i - 3)..<i].contains { $0.lower == "name" && !$0.hasPossessive }
            // "who everyone calls 'Tank'", "they call him 'Bear'": a capitalised word in quotes after "call(s)" is what he is called.
            // An everyday word in quotes is what is called out ("she calls 'Help'") unless people call him it ("everyone calls").
            let quotedCall = ["calls", "call"].contains(t.lower) && [" '", " \"", " ‘", " “"].contains(tokens[i + 1].gapBefore)
                && tokens[i + 1].shape == .title && (marks.nameLike(i + 1, allowCommonNames: true)
                    || i > 0 && ["everyone", "everybody", "people", "they", "we", "mates", "friends", "lads", "all"].contains(tokens[i - 1].lower))
            // "the lad everyone calls Tiny has been": unquoted after a crowd word, the name then lower-case words.
            let plainCall = ["calls", "call"].contains(t.lower) && i > 0 && i + 2 < tokens.count
                && ["everyone", "everybody", "people", "mates", "friends", "lads"].contains(tokens[i - 1].lower)
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && !Self.neverNicknames.contains(tokens[i + 1].lower)
                && !RedactionLexicon.relationWords.contains(tokens[i + 1].lower) && tokens[i + 2].gapBefore == " " && tokens[i + 2].shape == .lower
            // "(she prefers Tope)", "he prefers Danny.": after a pronoun, "prefers" and one unfamiliar capitalised word closing
            // the clause give the name used (not "she prefers Tuesdays, ...": a day or an everyday word is what is preferred).
            let preferred = ["prefers", "prefer"].contains(t.lower) && i > 0 && ["she", "he", "they", "c", "client"].contains(tokens[i - 1].lower)
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && !RedactionLexicon.isCommon(tokens[i + 1].lower)
                && !RedactionLexicon.monthAndDayNames.contains(tokens[i + 1].lower)
                && (i + 2 >= tokens.count || tokens[i + 2].gapBefore.first.map({ ").,;\n".contains($0) }) == true)
            guard Self.paddedNicknameCues.contains(where: { window.hasSuffix($0) }) || Self.nicknameCueSet.contains(t.lower) || knownAs || quotedCall
                || plainCall || preferred else { continue }
            let n = tokens[i + 1]
            // "(asked to be called rose)": a lower-case given name closing the clause after "called".
            if (t.lower == "called" || t.lower == "named"), n.shape == .lower, n.gapBefore == " ", marks.eligible(i + 1), RedactionLexicon.isFirstName(n.lower),
               n.text.count >= 3, i + 2 >= tokens.count || tokens[i + 2].gapBefore.first.map({ ").,;\n".contains($0) }) == true {
                marks.set(i + 1, 0.75)
                continue
            }
            // "used the name 'sunny'", "calls herself 'bunny'": one lower-case word in quotes after the cue is the name given.
            // Not after "called her": 'he called her "useless"' is an insult, not a name.
            if n.shape == .lower, Self.namingCues.contains(where: { window.hasSuffix($0) }), [" \"", " '", " ‘", " “"].contains(n.gapBefore),
               marks.eligible(i + 1), n.text.count >= 3,
               !Self.neverNicknames.contains(n.lower), !Self.notGivenNames.contains(n.lower), !RedactionLexicon.institutionWords.contains(n.lower),
               n.fullEnd == n.range.upperBound, n.range.upperBound < note.length, [34, 39, 0x2019, 0x201D].contains(note.units[n.range.upperBound]) {
                marks.set(i + 1, 0.75)
                continue
            }
            // "first name (Gav)", "known as (Bex)": the name given in brackets after a naming cue, closed by its bracket.
            let bracketedName = n.gapBefore == " (" && Self.namingCues.contains(where: { window.hasSuffix($0) })
                && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(")")
            guard marks.eligible(i + 1), n.shape == .title || n.shape == .mixed, !n.sentenceInitial,
                  [" ", " \"", " '", " ‘", " “", ": ", ", "].contains(n.gapBefore) || bracketedName,
                  !RedactionLexicon.institutionWords.contains(n.lower), n.lower != "the" else { continue }
            if (t.lower == "called" || t.lower == "named") && i > 0 && Self.animals.contains(tokens[i - 1].lower) { continue }
            if t.lower == "called" || t.lower == "named" || t.lower == "name" {
                // "called the police", "called Police": only a name-like word, unless a person was just named ("a boy called Junior").
                let personBefore = i > 0 && Self.personNouns.contains(tokens[i - 1].lower)
                guard marks.nameLike(i + 1) || personBefore && n.gapBefore == " " && !RedactionLexicon.speechVerbs.contains(n.lower) else { continue }
            }
            marks.set(i + 1, 0.85)
            marks.extend(from: i + 1, score: 0.85)
        }
    }

    // 6c. A quoted nickname after a word for a person: 'an older lad, "Deano",'.
    func markQuotedNicknames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && marks.mark[i] == 0 && i > 0
            && (t.shape == .title || t.shape == .mixed || (t.shape == .upper && t.text.count <= 3 && !RedactionLexicon.acronyms.contains(t.lower))) {
            let gap = t.gapBefore
            guard gap.hasSuffix("\"") || gap.hasSuffix("“") || gap.hasSuffix("'") || gap.hasSuffix("‘") else { continue }
            let closes = i + 1 >= tokens.count || tokens[i + 1].gapBefore.first.map { "\"”'’".contains($0) } == true
                || t.fullEnd < note.length && "\"”'’".contains(Character(Unicode.Scalar(note.units[t.range.upperBound]) ?? " "))
            let knownAs = tokens[i - 1].lower == "as" && tokens[max(0, i - 4)..<(i - 1)].contains { ["known", "knows", "know", "called", "calls",
                "nicknamed", "goes", "go", "refers", "refer"].contains($0.lower) || Self.knownAsVerbs.contains($0.lower) }
            // '("Tiny")': a quoted word alone in brackets is an alias, whatever word came before.
            let afterQuote = t.range.upperBound < note.length ? note.units[t.range.upperBound] : 0
            let closeBracket = t.range.upperBound + 1 < note.length ? note.units[t.range.upperBound + 1] : 0
            let bracketed = (gap.hasSuffix("(\"") || gap.hasSuffix("(“") || gap.hasSuffix("('") || gap.hasSuffix("(‘"))
                && [34, 0x201D, 39, 0x2019].contains(afterQuote) && closeBracket == 41
            // "Ciaran 'Bap' Quinn": a quoted word between a given name and a surname is a nickname.
            let betweenNames = closes && i + 1 < tokens.count && tokens[i - 1].shape == .title && tokens[i + 1].shape == .title
                && gap.count <= 2 && tokens[i + 1].gapBefore.count <= 2
                && (marks.nameLike(i - 1) || marks.mark[i - 1] > 0) && marks.nameLike(i + 1)
            // Initials in quotes count only after "known as" / "saved as": '"DB"'.
            if t.shape == .upper && !(closes && knownAs) { continue }
            // "a man he met gaming, 'Dex', has been": a quoted word set off by commas, with a word for a person earlier in the
            // same clause, is what that person is called.
            let quotedAside = closes && t.shape == .title && [", \"", ", '", ", ‘", ", “"].contains(where: { gap.hasSuffix($0) })
                && i + 1 < tokens.count && tokens[i + 1].gapBefore.dropFirst().hasPrefix(",")
            let personAside = quotedAside && Self.clauseHasPersonNoun(tokens, before: i)
            if (closes && (Self.personNouns.contains(tokens[i - 1].lower) || knownAs) || bracketed || betweenNames || personAside)
                && !RedactionLexicon.institutionWords.contains(t.lower) { marks.set(i, 0.75) }
        }
    }

    // 7a. "ginger (real name Neil Haworth)", "Smudge (aka Darren)": the word before the aside is a nickname.
    func markNicknamesBeforeAsides(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where marks.eligible(i) && i + 2 < tokens.count && tokens[i + 1].gapBefore.hasSuffix("(") {
            let a = tokens[i + 1].lower, b = tokens[i + 2].lower
            // The real name that follows must look like one: "(real name unknown)" says nothing.
            let nameAt = a == "aka" ? i + 2 : i + 3
            guard (a == "real" && b == "name") || a == "aka" || (a == "full" && b == "name"), t.shape != .number,
                  nameAt < tokens.count, tokens[nameAt].shape == .title || tokens[nameAt].shape == .mixed,
                  !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower) else { continue }
            marks.set(i, 0.75)
        }
    }

    // 7g. "(prefers Clo)", "(preferred name Iza)": the name someone asks to be called, alone in brackets.
    func markPreferredNames(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where (t.lower == "prefers" || t.lower == "preferred") && t.gapBefore.hasSuffix("(") && i + 1 < tokens.count {
            var k = i + 1
            if t.lower == "preferred" {
                guard tokens[k].lower == "name", k + 1 < tokens.count else { continue }
                k += 1
            }
            let n = tokens[k]
            guard [" ", ": ", " '", " \"", " ‘", " “"].contains(n.gapBefore), marks.eligible(k), n.shape == .title || n.shape == .mixed,
                  !Self.neverNicknames.contains(n.lower), !Self.languages.contains(n.lower),
                  !RedactionLexicon.monthAndDayNames.contains(String(n.lower.dropLast())), !RedactionLexicon.institutionWords.contains(n.lower),
                  k + 1 >= tokens.count || tokens[k + 1].gapBefore.first.map({ ")'\"’”".contains($0) }) == true else { continue }
            marks.set(k, 0.8)
        }
    }
}
