import Foundation

/// Rules 2m and 10, and the initials found after the marks: "S.M.", "C.B.'s", "JD" for a "Joanne Doherty", lists of
/// initials in group notes, a lone capital as the subject of a verb ("K works at the butcher's"), and "J. Whitfield".
extension PersonNameDetector {
    static let dottedInitials = RedactionPattern(#"(?<![\w.])(?:[A-Z]\.[ ]?){1,2}[A-Z](?:\.(?![A-Za-z]))?(?![\w])"#)
    static let degreeLetters: Set<String> = ["BA", "MA", "BSC", "MSC", "LLB", "LLM", "MBA", "PHD", "BED", "MED", "MPHIL", "BENG", "MENG"]
    static let notInitials: Set<String> = ["NB", "PS", "AM", "PM", "UK", "EG", "IE", "DOB", "RIP", "US", "ETA", "AKA", "PTO", "NI", "OK", "AD", "BC"]

    // 2m. "client MO (Mariusz Olszewski)", "AK (Anna Kowal)": capitalised words in brackets after initials whose letters
    //     they start with, in order, are the name those initials stand for.
    func markNamesAfterInitials(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where t.shape == .upper && (2...3).contains(t.text.count) && i + 2 < tokens.count
            && tokens[i + 1].gapBefore.hasSuffix("(") && !RedactionLexicon.acronyms.contains(t.lower) {
            let letters = Array(t.text)
            var k = i + 1
            while k < tokens.count, k - i - 1 < letters.count, tokens[k].shape == .title, k == i + 1 || tokens[k].gapBefore == " ",
                  tokens[k].text.first == letters[k - i - 1], marks.eligible(k), !RedactionLexicon.institutionWords.contains(tokens[k].lower) { k += 1 }
            guard k - i - 1 == letters.count, k >= tokens.count || tokens[k].gapBefore.hasPrefix(")") else { continue }
            for n in (i + 1)..<k { marks.set(n, 0.85) }
        }
    }

    // 10. A lone capital standing for a name already in the note, as the subject of a verb: "K works at the butcher's".
    //     Not "C", the usual shorthand for the client, nor a letter used again and again, which is a shorthand too.
    //     A letter used again and again still stands for the person when someone with a full name in the note has that
    //     initial ("Tom Garside" ... "T feels stuck", "T's self-care"). "A." counts only with its full stop ("A. feeling").
    func markLoneCapitals(_ marks: inout Marks) {
        let initialsInNote = Set(tokens.indices.filter { marks.mark[$0] >= 0.65 && tokens[$0].isCapitalised }.compactMap { tokens[$0].text.first })
        let fullNameInitials = Set(tokens.indices.filter { i in
            i + 1 < tokens.count && marks.mark[i] >= 0.65 && marks.mark[i + 1] >= 0.65 && tokens[i].shape == .title
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].isCapitalised && !tokens[i].hasPossessive
        }.compactMap { tokens[$0].text.first })
        var letterUses: [String: Int] = [:]
        for t in tokens where t.shape == .upper && t.text.count == 1 { letterUses[t.text, default: 0] += 1 }
        for (i, t) in tokens.enumerated() where t.shape == .upper && t.text.count == 1 && t.text != "I" && t.text != "C" && !marks.blocked[i] {
            guard let letter = t.text.first, initialsInNote.contains(letter),
                  letterUses[t.text, default: 0] <= 2 || fullNameInitials.contains(letter), i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            let dotted = next.gapBefore == ". " && next.shape == .lower
            if t.text == "A" && !dotted { continue }
            let verbAfter = (next.gapBefore == " " || dotted) && (Self.subjectVerbs.contains(next.lower) || next.lower == "is"
                // Supervision shorthand: "R worried about client", "S concerned re caseload", "P relieved + scared".
                || Self.shorthandStates.contains(next.lower))
            // "P's employer", "T's self-care": the letter owns something.
            let owns = t.hasPossessive && next.gapBefore == " " && next.shape == .lower
            // "Agreed T to speak w/ ISVA", "..., T to send letter": the letter is the one who will act.
            let clauseStart = t.gapBefore.hasSuffix(", ") || t.gapBefore.hasSuffix("- ") || t.gapBefore.contains("\n") || i == 0
            let willAct = next.lower == "to" && next.gapBefore == " " && i + 2 < tokens.count && tokens[i + 2].shape == .lower
                && tokens[i + 2].gapBefore == " " && (clauseStart || (i > 0 && Self.actingCues.contains(tokens[i - 1].lower)))
            // "Told H.", "rang P, ...": the letter as the object of a contact verb, closing the clause.
            let object = i > 0 && Self.contactVerbs.contains(tokens[i - 1].lower) && t.gapBefore == " "
                && [".", ",", ";", "\n", " -"].contains(where: { next.gapBefore.hasPrefix($0) })
            guard verbAfter || owns || willAct || object else { continue }
            marks.set(i, 0.7)
        }
    }

    /// Shorthand for how a person is or what they did, after a lone initial: "R worried", "P relieved + scared".
    static let shorthandStates: Set<String> = ["worried", "concerned", "raised", "discussed", "noted", "unsure", "upset", "struggling",
        "needs", "feeling", "relieved", "scared", "anxious", "tearful", "distressed", "frightened", "angry", "pleased", "tired"]
    /// Words before "X to ..." that make X the one to act: "agreed T to speak", "asked P to call".
    static let actingCues: Set<String> = ["agreed", "asked", "for", "wants", "want", "wanted", "need", "needs", "advised", "encouraged"]
    /// Verbs of contact whose object may be a lone initial: "Told H.", "rang P, no answer".
    static let contactVerbs: Set<String> = ["told", "tell", "informed", "updated", "reminded", "advised", "rang", "called", "phoned",
        "texted", "emailed", "messaged", "visited", "accompanied", "supported", "met", "saw", "asked"]

    /// "S11", "s4": a session number ("S" and one to three digits).
    static func isSessionNumber(_ text: String) -> Bool {
        let u = Array(text.utf8)
        return u.count >= 2 && u.count <= 4 && (u[0] == 83 || u[0] == 115) && u.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// "S.M.", "P.D", "C.B.'s", and bare "JD", "KAM" when they stand alone on a line, follow a name in brackets, act as
    /// the subject of a verb, close a heading after " - ", or match the initials of a name in the note.
    func initials(marked: [Double]) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        var dottedLetters: Set<String> = []
        for m in note.matches(Self.dottedInitials) {
            let r = m.whole
            let letters = note.text(r).filter(\.isLetter)
            guard letters.count >= 2, !Self.notInitials.contains(letters), !claimed.contains(where: { $0.overlaps(r) }) else { continue }
            dottedLetters.insert(letters)
            var end = r.upperBound
            // Keep a trailing full stop only when it is part of the initials ("T.F." vs "P.D.").
            if note.units[end - 1] == 46, letters.count == note.text(r).filter({ $0 == "." }).count { end = r.upperBound } else if note.units[end - 1] == 46 { end -= 1 }
            out.append(RedactionCandidate(r.lowerBound..<end, .person, score: 0.8))
        }
        // Initials of the full names found: "Joanne Doherty" gives "JD".
        var nameInitials: Set<String> = []
        var i = 0
        while i < tokens.count {
            if marked[i] > 0, tokens[i].shape == .title || tokens[i].shape == .lower {
                var j = i
                var letters = String(tokens[i].text.prefix(1)).uppercased()
                while j + 1 < tokens.count, marked[j + 1] > 0, tokens[j + 1].gapBefore == " " {
                    j += 1
                    letters += String(tokens[j].text.prefix(1)).uppercased()
                }
                // "Bartek N.", "Roisin G": a given name with its surname's initial gives "BN", "RG".
                if j + 1 < tokens.count, tokens[j + 1].shape == .upper, tokens[j + 1].text.count == 1, tokens[j + 1].gapBefore == " " {
                    letters += tokens[j + 1].text
                }
                if letters.count >= 2 { nameInitials.insert(letters) }
                // "kerry-ann" gives K and A.
                i = j + 1
            } else { i += 1 }
        }
        let headerFields = sessionHeaderFields(marked: marked)
        var roleInitials: Set<String> = []
        for k in headerFields where tokens[k].shape == .lower && !claimed.contains(where: { $0.overlaps(tokens[k].range) }) {
            out.append(RedactionCandidate(tokens[k].range, .person, score: 0.7))
        }
        for (k, t) in tokens.enumerated() where t.shape == .upper && (2...3).contains(t.text.count) {
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            // "Danielle Kirkbride (DK)": the letters of the name just before them, in brackets, even when they spell an
            // abbreviation elsewhere ("dk" for "don't know").
            // "dami (DA)": letters in brackets after a one-word name that starts with the same letter.
            let ownInitials = k > 0 && marked[k - 1] > 0 && t.gapBefore.hasSuffix("(") && (next?.gapBefore.hasPrefix(")") ?? false)
                && (nameInitials.contains(t.text) || tokens[k - 1].text.prefix(1).uppercased() == t.text.prefix(1))
            // "S7 05/03/26 - DK": letters closing the header line of a session note are the client's, whatever they spell.
            let lineHead = tokens[..<k].lastIndex(where: { $0.gapBefore.contains("\n") }) ?? 0
            // The session number may come after a date: "14/6 s9 - MB".
            let sessionLineEnd = tokens[lineHead..<k].prefix(4).contains(where: { Self.isSessionNumber($0.text) })
                && (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix(" – "))
                && (next == nil || next!.gapBefore.contains("\n"))
            // "AK (Aleksandra)": letters before a name in brackets that starts with the same letter.
            let nameInBrackets = next.map { n in n.gapBefore == " (" && k + 1 < marked.count && marked[k + 1] > 0 && n.isCapitalised
                && !n.hasPossessive && n.text.prefix(1) == t.text.prefix(1)
                && (k + 2 < tokens.count ? tokens[k + 2].gapBefore.hasPrefix(")") || (marked[k + 2] > 0 && k + 3 < tokens.count
                    && tokens[k + 3].gapBefore.hasPrefix(")")) : false) } ?? false
            let headerField = headerFields.contains(k)
            // "BA History", "MSc Data Science": a degree before its subject is no one's initials.
            if Self.degreeLetters.contains(t.text.uppercased()), let n = next, n.gapBefore == " ", n.isCapitalised || n.lower == "hons" { continue }
            // "- BC" closing the note: a sign-off's letters even when they spell an abbreviation elsewhere.
            let closingSignOff = next == nil && (t.gapBefore.hasSuffix("\n- ") || t.gapBefore.hasSuffix("\n– "))
            // "with PM's consent" beside a "Precious Moyo": letters with a possessive that match a name in the note are hers,
            // even when they spell "PM" or "AM" elsewhere (a time of day takes no possessive).
            let possessiveOfName = t.hasPossessive && nameInitials.contains(t.text)
            guard !RedactionLexicon.acronyms.contains(t.lower) || ownInitials || sessionLineEnd || nameInBrackets || headerField || possessiveOfName,
                  !Self.notInitials.contains(t.text) || headerField || closingSignOff || possessiveOfName,
                  !claimed.contains(where: { $0.overlaps(t.range) }) else { continue }
            // "S11 JW 20/03": the client's initials after the session number that opens a counsellor's note.
            let sessionHeader = k > 0 && tokens[k - 1].shape == .alphanumeric && (k - 1 == 0 || tokens[k - 1].gapBefore.contains("\n"))
                && Self.isSessionNumber(tokens[k - 1].text) && t.gapBefore == " "
            let lineAlone = (t.gapBefore.contains("\n") || k == 0) && (next == nil || next!.gapBefore.contains("\n")
                || (next!.shape == .upper && next!.text.count <= 3 && next!.gapBefore.trimmingCharacters(in: .whitespaces) == "/"))
            let afterSlash = t.gapBefore.trimmingCharacters(in: .whitespaces) == "/" && k > 0 && tokens[k - 1].shape == .upper
                && (next == nil || next!.gapBefore.contains("\n") || next!.gapBefore.hasPrefix("."))
            // "AW / LP": two sets of initials joined by a slash.
            // Not the letters of a reference code that runs on over more slashes ("their ref CP/DEF/2291").
            let slashRunsOn = k + 2 < tokens.count && tokens[k + 2].gapBefore.trimmingCharacters(in: .whitespaces) == "/"
            let beforeSlash = next.map { $0.gapBefore.trimmingCharacters(in: .whitespaces) == "/" && $0.shape == .upper && (2...3).contains($0.text.count)
                && !RedactionLexicon.acronyms.contains($0.lower) } ?? false && !slashRunsOn
            // "kerry-ann (KAM)": bracketed letters after a name, not after an organisation ("Victims' Right to Review (VRR)").
            // Also quoted: 'Jack ("JJ")'.
            let quotes = CharacterSet(charactersIn: "\"'‘’“”")
            let bracketed = t.gapBefore.trimmingCharacters(in: quotes).hasSuffix("(") && (next?.gapBefore.trimmingCharacters(in: quotes).hasPrefix(")") ?? false)
                && k > 0 && marked[k - 1] > 0
            let subject = next.map { $0.gapBefore == " " && (Self.subjectVerbs.contains($0.lower) || $0.lower == "is") } ?? false
            let dashEnd = (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix("- ")) && (next == nil || next!.gapBefore.contains("\n"))
            let prev = k > 0 ? tokens[k - 1].lower : ""
            let cue = (["client", "w", "with", "re", "cc", "pt", "tc", "f2f", "vm", "txt", "call", "met"].contains(prev) || (prev == "by" && t.text.count == 2)) && t.gapBefore.count <= 2
            let matchesName = nameInitials.contains(t.text) || dottedLetters.contains(t.text)
            let lastWord = k == tokens.count - 1 && t.gapBefore.contains(where: { "\n.?!-".contains($0) })
            let possessiveFamily = t.hasPossessive && next.map { Self.familyWords.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower) } == true
            // Attendee lists: "SM (SW), PR (police), AL (health visitor)": letters, then a role or agency in brackets.
            let bracketRole = t.text.count >= 2 && next.map { $0.gapBefore == " (" && (RedactionLexicon.relationWords.contains($0.lower)
                || Self.attendeeRoles.contains($0.lower)) } == true
            if bracketRole { roleInitials.insert(t.text) }
            // A word in capitals ("CALL LOG", "SEE NOTE") is a heading, not initials, unless a name in the note has those letters.
            if t.text.count == 3 && RedactionLexicon.isCommon(t.lower) && !matchesName { continue }
            // "flagged to RW.": letters a matter is passed to are a worker's.
            let passedTo = k >= 2 && prev == "to" && ["flagged", "passed", "handed", "escalated", "forwarded", "emailed", "reported", "sent"]
                .contains(tokens[k - 2].lower) && t.text.count >= 2
            if matchesName || lineAlone || sessionHeader || sessionLineEnd || headerField || nameInBrackets || ownInitials || passedTo || afterSlash || beforeSlash || bracketed || dashEnd || lastWord || possessiveFamily || bracketRole
                || (subject || cue) && t.text.count >= 2 {
                out.append(RedactionCandidate(t.range, .person, score: matchesName ? 0.85 : 0.7))
            }
        }
        // The same letters elsewhere in the minutes ("1. SM summarised", "2. PR: no previous involvement").
        if !roleInitials.isEmpty {
            for t in tokens where t.shape == .upper && roleInitials.contains(t.text) && !claimed.contains(where: { $0.overlaps(t.range) })
                && !out.contains(where: { $0.range.overlaps(t.range) }) {
                out.append(RedactionCandidate(t.range, .person, score: 0.7))
            }
        }
        out += initialsInLists(marked: marked, found: out)
        return out
    }

    /// Letters that stand as a field of a session note's header, which are the client's initials whatever they spell:
    /// "wk 7 - dm - 11/9", "sesh 10 - ZF - 5 Mar", "LP - session 5 - 12.12.24", "s9 - Tash (NB)". The line must hold a
    /// session word and its number (or "s9") among its first six words; the field is set off by " - ", " / ", " | ", the
    /// line's start or end, or brackets right after a name found.
    private func sessionHeaderFields(marked: [Double]) -> Set<Int> {
        var out: Set<Int> = []
        for line in sessionHeaderLines(numberWithin: 6) {
            let (lineStart, lineEnd) = (line.lowerBound, line.upperBound)
            func opens(_ gap: String) -> Bool {
                let g = gap.trimmingCharacters(in: .whitespaces)
                return g.hasSuffix("-") || g.hasSuffix("–") || g.hasSuffix("/") || g.hasSuffix("|")
            }
            func closes(_ gap: String) -> Bool {
                let g = gap.trimmingCharacters(in: .whitespaces)
                return g.hasPrefix("-") || g.hasPrefix("–") || g.hasPrefix("/") || g.hasPrefix("|")
            }
            for k in lineStart..<lineEnd {
                let t = tokens[k]
                // "s9 - fenella - 27/3": a whole given name typed in lower case stands as the field too, when it is no English word.
                let lowerName = t.shape == .lower && t.text.count >= 4 && !RedactionLexicon.acronyms.contains(t.lower)
                    && !RedactionLexicon.monthAndDayNames.contains(t.lower)
                guard (2...3).contains(t.text.count) && t.text.unicodeScalars.allSatisfy({ $0.isASCII }) || lowerName,
                      t.shape == .upper || t.shape == .lower,
                      !Self.headerTopics.contains(t.lower), !Self.sessionWords.contains(t.lower), !RedactionLexicon.monthAndDayAbbreviations.contains(t.lower)
                else { continue }
                if t.shape == .lower && (RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower)) { continue }
                let end = k + 1 == lineEnd
                let before = k == lineStart || opens(t.gapBefore)
                let after = end || closes(tokens[k + 1].gapBefore)
                // "Tash (NB)": brackets closing the line, after a name found.
                let bracketed = t.shape == .upper && k > lineStart && marked[k - 1] > 0 && t.gapBefore == " ("
                    && (end ? (t.fullEnd < note.length && note.units[t.fullEnd] == 41) : tokens[k + 1].gapBefore.hasPrefix(")"))
                if before && after || bracketed { out.insert(k) }
            }
        }
        return out
    }

    /// Group notes list people by their initials: "6 attended: AB, KL, MN, R.T., SJ, Yas", "Present: T, H.M., Jess W",
    /// "CP and AA walked home". A short run of capitals (or a lone capital) joined by a comma, "and" or "&" to initials or a
    /// name already found is one too; so are two sets of initials joined by "and" as the subject of a verb.
    private func initialsInLists(marked: [Double], found: [RedactionCandidate]) -> [RedactionCandidate] {
        // Only short runs of capitals can start a list of initials; most notes have few.
        let short = tokens.indices.filter { tokens[$0].shape == .upper && tokens[$0].text.count <= 3 }
        guard !short.isEmpty else { return [] }
        var person = [Bool](repeating: false, count: tokens.count)
        for (i, m) in marked.enumerated() where m > 0 { person[i] = true }
        var k = 0
        for c in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            while k < tokens.count, tokens[k].range.upperBound <= c.range.lowerBound { k += 1 }
            var j = k
            while j < tokens.count, tokens[j].range.lowerBound < c.range.upperBound { person[j] = true; j += 1 }
        }
        func isLetters(_ i: Int) -> Bool {
            let t = tokens[i]
            // Part of a dotted abbreviation not taken for initials ("D.O.B.").
            if i + 1 < tokens.count, tokens[i + 1].gapBefore.hasPrefix("."), tokens[i + 1].gapBefore.count <= 2, tokens[i + 1].shape == .upper,
               tokens[i + 1].text.count == 1, !person[i + 1] { return false }
            if Self.degreeLetters.contains(t.text), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", tokens[i + 1].isCapitalised { return false }
            guard t.shape == .upper, (1...3).contains(t.text.count), !person[i], !["I", "A"].contains(t.text),
                  !RedactionLexicon.acronyms.contains(t.lower), !Self.notInitials.contains(t.text),
                  !claimed.contains(where: { $0.overlaps(t.range) }) else { return false }
            return !(t.text.count == 3 && RedactionLexicon.isCommon(t.lower))
        }
        func joined(_ gap: String) -> Bool {
            // "R.T., SJ": the full stop closing dotted initials comes before the comma.
            let g = gap.hasPrefix(".") ? String(gap.dropFirst()) : gap
            return g == ", " || g == "," || g == " and " || g == " & " || g == "; "
        }
        var out: [RedactionCandidate] = []
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            for i in short where isLetters(i) {
                let t = tokens[i]
                // A neighbour in the list: the item before (the gap before this token), or after.
                var linked = i > 0 && person[i - 1] && joined(t.gapBefore)
                if !linked, i + 1 < tokens.count, person[i + 1], joined(tokens[i + 1].gapBefore) { linked = true }
                // "R.T., SJ": dotted initials are several tokens; the one before the comma counts.
                if !linked, i + 1 < tokens.count, (tokens[i + 1].gapBefore == ". " || tokens[i + 1].gapBefore == "."), tokens[i + 1].shape == .upper,
                   tokens[i + 1].text.count == 1, person[i + 1] { linked = true }
                // Lone capitals only in a list, with initials of two letters or more beside them.
                if linked && t.text.count == 1 {
                    let neighbours = [i - 1, i + 1].filter { $0 >= 0 && $0 < tokens.count && person[$0] }
                    linked = neighbours.contains { tokens[$0].text.count >= 2 || tokens[$0].gapBefore.hasSuffix(".") || tokens[$0].shape == .upper }
                }
                // "CP and AA walked home".
                var pair = false
                if !linked, i + 2 < tokens.count, tokens[i + 1].lower == "and", tokens[i + 1].gapBefore == " ", tokens[i + 2].gapBefore == " ",
                   t.text.count >= 2, isLetters(i + 2), tokens[i + 2].text.count >= 2, i + 3 < tokens.count, tokens[i + 3].gapBefore == " ",
                   tokens[i + 3].shape == .lower, !RedactionLexicon.isCommon(tokens[i + 3].lower) || Self.subjectVerbs.contains(tokens[i + 3].lower)
                    || tokens[i + 3].lower.hasSuffix("ed") {
                    pair = true
                    person[i + 2] = true
                    out.append(RedactionCandidate(tokens[i + 2].range, .person, score: 0.7))
                }
                guard linked || pair else { continue }
                person[i] = true
                changed = true
                out.append(RedactionCandidate(t.range, .person, score: 0.7))
            }
            // "SJ, Yas": an unfamiliar capitalised word in the same list.
            let besideCapitals = Set(short.filter { person[$0] }.flatMap { [$0 - 1, $0 + 1] }.filter { $0 >= 0 && $0 < tokens.count })
            for i in besideCapitals.sorted() where !person[i] && tokens[i].shape == .title && !tokens[i].sentenceInitial {
                let t = tokens[i]
                guard t.text.count >= 2, !RedactionLexicon.isCommon(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
                      !claimed.contains(where: { $0.overlaps(t.range) }) else { continue }
                let before = i > 0 && person[i - 1] && tokens[i - 1].shape == .upper && joined(t.gapBefore)
                let after = i + 1 < tokens.count && person[i + 1] && tokens[i + 1].shape == .upper && joined(tokens[i + 1].gapBefore)
                guard before || after else { continue }
                person[i] = true
                changed = true
                out.append(RedactionCandidate(t.range, .person, score: 0.65))
                // The same word elsewhere in the note ("Yas left early").
                for (k, o) in tokens.enumerated() where !person[k] && o.text == t.text && !claimed.contains(where: { $0.overlaps(o.range) }) {
                    person[k] = true
                    out.append(RedactionCandidate(o.range, .person, score: 0.6))
                }
            }
        }
        // A lone capital found in a list is that person elsewhere too, as the subject of a verb ("T celebrated").
        let letters = Set(out.map { note.text($0.range) }.filter { $0.count == 1 })
        for (i, t) in tokens.enumerated() where !person[i] && t.shape == .upper && letters.contains(t.text) && i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.gapBefore == " ", n.shape == .lower, Self.subjectVerbs.contains(n.lower) || n.lower.hasSuffix("ed") || n.lower == "is" {
                out.append(RedactionCandidate(t.range, .person, score: 0.65))
            }
        }
        return out
    }

    /// Once letters stand for a person ("RP says"), they do wherever they stand alone ("tc RP 10:30", "RP ok").
    static func otherUsesOfInitials(_ note: NoteText, found: [RedactionCandidate], claimed: [Range<Int>], existing: [RedactionCandidate]) -> [RedactionCandidate] {
        let letters = Set(found.map { note.text($0.range) }.filter { $0.count >= 2 && $0.count <= 3 && $0.allSatisfy(\.isUppercase) })
        guard !letters.isEmpty else { return [] }
        var out: [RedactionCandidate] = []
        for t in note.tokens where t.shape == .upper && letters.contains(t.text) {
            guard !existing.contains(where: { $0.range.overlaps(t.range) }), !claimed.contains(where: { $0.overlaps(t.range) }) else { continue }
            out.append(RedactionCandidate(t.range, .person, score: 0.7))
        }
        return out
    }

    // "J. Whitfield": a single initial before a surname joins its span.
    func initialsBeforeSurnames(_ marks: Marks) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && t.shape == .upper && t.text.count == 1 && tokens[i + 1].gapBefore == ". "
            && !marks.blocked[i] && (marks.mark[i + 1] > 0 || (marks.eligible(i + 1) && tokens[i + 1].shape == .title && !RedactionLexicon.isCommon(tokens[i + 1].lower))) {
            var j = i + 1
            while j + 1 < tokens.count, marks.mark[j + 1] > 0, tokens[j + 1].gapBefore == " " { j += 1 }
            out.append(RedactionCandidate(t.range.lowerBound..<tokens[j].range.upperBound, .person, score: max(0.7, marks.mark[i + 1]), priority: 51))
        }
        return out
    }
}
