import Foundation

/// Form lines and name particles: "Surname: Ní Bhriain", "Alleged perpetrator: Shane Whitlock", "Applicant ........ Mr
/// Pieter van der Berg", "Tenant | Ms Zainab Hussain".
/// Rules 2n, 2c, 4, 8 and 11: a session note's header, a birth cue, salutations and header fields ("Dear Kyle", "From:
/// Joanne Ahmed"), sign-offs, and the speakers of a pasted chat.
extension PersonNameDetector {
    /// The last word of a field label whose value is a person.
    static let personFieldWords: Set<String> = RedactionLexicon.words("""
    from to cc re subject fao attn client name caller child suspect survivor victim worker counsellor isva volunteer manager surname
    forename forenames applicant tenant witness perpetrator perp referrer contact patient pupil student complainant defendant officer
    oic interpreter advocate mother father parent carer partner kin person ex husband wife boyfriend girlfriend son daughter brother
    sister keyworker gp teacher dsl social signed author children kids siblings
    apologies present attendees absent
    """)

    /// True when token `i` ends a short label at the start of a line (or sentence), followed by ":", "|" or a dotted leader.
    static func isFieldLabel(_ note: NoteText, _ i: Int) -> Bool {
        let tokens = note.tokens
        guard i + 1 < tokens.count, personFieldWords.contains(tokens[i].lower) else { return false }
        let gap = tokens[i + 1].gapBefore.trimmingCharacters(in: .whitespaces)
        let leader = gap.count >= 2 && gap.allSatisfy { $0 == "." || $0 == "…" }
        // "Surname - Van der Merwe" is a label only at the start of a line.
        let dash = gap == "-" || gap == "–" || gap == ":-"
        guard gap.hasPrefix(":") || gap == "|" || leader || dash else { return false }
        if tokens[i].sentenceInitial && gap.hasPrefix(":") && !dash { return true }
        // "Alleged perpetrator:", "Emergency contact:", "Name of child:": up to four words from the line's start.
        var k = i
        while k > 0, i - k < 4, !tokens[k].gapBefore.contains("\n") {
            // "last_name:" and "Name of child:" join with an underscore or a space.
            guard tokens[k].gapBefore == " " || tokens[k].gapBefore == "_" else { return false }
            k -= 1
        }
        let lead = tokens[k].gapBefore.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return (k == 0 || tokens[k].gapBefore.contains("\n")) && lead.allSatisfy { " \t-•*>".contains($0) }
    }

    /// Surname particles: lower-case "van", "der", "ap", "de la"; capitalised Irish "Ní", "Ó", "Nic", "Mac".
    static func isParticle(_ t: NoteToken) -> Bool {
        if t.shape == .lower { return particles.contains(t.lower) }
        return t.shape == .title && RedactionLexicon.capitalisedParticles.contains(t.lower) && t.text.count <= 3
            || t.shape == .upper && t.text.count == 1 && ["Ó", "O"].contains(t.text)
    }

    /// Words that open a session note's header with a number: "wk 7", "sesh 10", "Session 5", "appt 3".
    static let sessionWords: Set<String> = ["session", "sess", "sesh", "wk", "week", "appt", "s"]
    /// What a header field of two or three letters may say about the session instead of whose it is: "S5 - DNA - 3/4".
    static let headerTopics: Set<String> = ["dna", "dv", "da", "sh", "vm", "tc", "tel", "ftf", "abe", "ok", "na", "am", "pm", "cbt",
        "emdr", "gp", "cse", "csa", "hr", "cps", "oic", "sms", "nfa", "tbc", "tba", "isva", "idva", "sarc", "ptsd", "ref", "re", "cc", "fu"]

    // 2n. "Session 6 - Li Na Zhou - 03/06": capitalised words standing as a field of a session note's header, set off by
    //     dashes, are the client's name even when no lexicon knows them.
    /// The token ranges of the note's lines that are session headers: a session number ("s9") or a session word and its
    /// number ("session 6", "wk 7") among the line's first `numberWithin` words.
    func sessionHeaderLines(numberWithin: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !tokens[lineEnd].gapBefore.contains("\n") { lineEnd += 1 }
            defer { lineStart = lineEnd }
            let head = lineStart..<min(lineEnd, lineStart + numberWithin)
            let numbered = head.contains { k in Self.isSessionNumber(tokens[k].text)
                || Self.sessionWords.contains(tokens[k].lower) && k + 1 < lineEnd && tokens[k + 1].shape == .number && tokens[k + 1].gapBefore == " " }
            if numbered { out.append(lineStart..<lineEnd) }
        }
        return out
    }

    /// Two or three capitalised words between dashes (or a dash and the line's end) on a session header line: "Session 6 -
    /// Li Na Zhou - 03/06", "S4 – Mhairi Dunlop". None may be an everyday word or a public body's ("Session 2 - Court Prep - 5/6").
    func markSessionHeaderNames(_ marks: inout Marks) {
        func dash(_ gap: String) -> Bool { let g = gap.trimmingCharacters(in: .whitespaces); return g == "-" || g == "–" || g == "—" }
        for line in sessionHeaderLines(numberWithin: 3) {
            let (lineStart, lineEnd) = (line.lowerBound, line.upperBound)
            var k = lineStart + 1
            while k < lineEnd {
                guard dash(tokens[k].gapBefore), tokens[k].shape == .title else { k += 1; continue }
                var e = k + 1
                while e < lineEnd, e - k < 3, tokens[e].gapBefore == " ", tokens[e].shape == .title { e += 1 }
                let closed = e == lineEnd || dash(tokens[e].gapBefore)
                let words = tokens[k..<e]
                if closed, e - k >= 2, (k..<e).allSatisfy({ marks.eligible($0) }), words.allSatisfy({ !RedactionLexicon.isCommon($0.lower)
                    && !RedactionLexicon.institutionWords.contains($0.lower) && !RedactionLexicon.organisationEndings.contains($0.lower)
                    && !RedactionLexicon.monthAndDayNames.contains($0.lower) && !Self.languages.contains($0.lower) }) {
                    for n in k..<e { marks.mark[n] = max(marks.mark[n], 0.75) }
                }
                k = e
            }
        }
    }

    // 2c. "Children: Kayden dob 02.02.2016", "Chelsea Ward (DOB ...)": the word before a birth cue is a name.
    func markNamesBeforeBirthCues(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && (t.shape == .title || t.shape == .mixed) && marks.eligible(i) {
            let next = tokens[i + 1]
            guard next.gapBefore == " " || next.gapBefore == " (" || next.gapBefore == ", " || next.gapBefore == " - " else { continue }
            let cue = next.lower == "dob" || (next.lower == "d" && next.range.upperBound < note.length && note.units[next.range.upperBound] == 46)
            guard cue, !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower),
                  !RedactionLexicon.institutionWords.contains(t.lower), !RedactionLexicon.relationWords.contains(t.lower) else { continue }
            marks.set(i, 0.8)
            marks.extendLeft(from: i, score: 0.8)
        }
    }

    // 4. Salutations and headers: "Dear Kyle", "Hi Ryan,", "From: Joanne Ahmed <…>", "To: Kyle McLeod", "Re: Zofia Kowalski".
    func markSalutationsAndHeaders(_ marks: inout Marks) {
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let header = Self.isFieldLabel(note, i)
            guard header || (Self.salutations.contains(t.lower) && t.sentenceInitial) else { continue }
            let aloneOnLine = i + 2 >= tokens.count || tokens[i + 2].gapBefore.contains("\n")
            let initialsValue = header && t.lower == "name" && tokens[i + 1].shape == .upper && tokens[i + 1].text.count == 2 && aloneOnLine
                && !RedactionLexicon.acronyms.contains(tokens[i + 1].lower)
            if initialsValue, !marks.blocked[i + 1], !tokens[i + 1].gapBefore.contains("\n") { marks.set(i + 1, 0.85); continue }
            guard marks.eligible(i + 1), tokens[i + 1].shape == .title || tokens[i + 1].shape == .mixed || tokens[i + 1].shape == .upper && tokens[i + 1].text.count > 2,
                  !tokens[i + 1].gapBefore.contains("\n") else { continue }
            let n = tokens[i + 1]
            var runEnd = i + 1
            while runEnd + 1 < tokens.count, tokens[runEnd + 1].gapBefore == " ", tokens[runEnd + 1].isCapitalised { runEnd += 1 }
            if OrganisationDetector.isInstitution(tokens[(i + 1)...runEnd]) { continue }
            // "Subject: Strategy meeting - ...", "Re: Planning review": one capitalised word running on into lower-case
            // everyday words is the subject's topic, not a name (a given or family name from the lexicon still counts below).
            if ["subject", "re"].contains(t.lower), runEnd == i + 1, runEnd + 1 < tokens.count, tokens[runEnd + 1].gapBefore == " ",
               tokens[runEnd + 1].shape == .lower, RedactionLexicon.isCommon(tokens[runEnd + 1].lower),
               !RedactionLexicon.isFirstName(n.lower), !RedactionLexicon.isSurname(n.lower) { continue }
            let particleLead = Self.isParticle(n) || n.shape == .title && RedactionLexicon.capitalisedParticles.contains(n.lower)
            guard marks.nameLike(i + 1) || (!RedactionLexicon.isCommon(n.lower) && !RedactionLexicon.acronyms.contains(n.lower))
                || particleLead && i + 2 < tokens.count && tokens[i + 2].gapBefore == " " else { continue }
            marks.set(i + 1, 0.88)
            marks.extend(from: i + 1, score: 0.88)
        }
    }

    // 8. Sign-offs: a line that is only a name, perhaps with a role ("Chidinma Ferguson, ISVA", "- Leanne (counsellor)"),
    //    a name after " - " ending a line, and the line after a closing ("Thanks,\nJoanne").
    func markSignOffs(_ marks: inout Marks) {
        var lineStarts: [Int] = []
        for (i, t) in tokens.enumerated() where i == 0 || t.gapBefore.contains("\n") { lineStarts.append(i) }
        for (li, start) in lineStarts.enumerated() {
            let end = li + 1 < lineStarts.count ? lineStarts[li + 1] : tokens.count
            var names: [Int] = []
            var k = start
            while k < end, names.count < 3, marks.eligible(k), tokens[k].shape == .title || tokens[k].shape == .mixed,
                  k == start || tokens[k].gapBefore == " " {
                names.append(k); k += 1
            }
            guard !names.isEmpty else { continue }
            let lead = tokens[start].gapBefore.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            guard lead.trimmingCharacters(in: .whitespaces).isEmpty || ["-", "–", "—"].contains(lead.trimmingCharacters(in: .whitespaces)) else { continue }
            // What follows the name on its line: nothing, or ", role", " (role)", " | ...".
            let restOK: Bool
            if k == end {
                restOK = true
            } else {
                let gap = tokens[k].gapBefore
                restOK = (gap.hasPrefix(",") || gap.hasPrefix(" (") || gap.hasPrefix(" |") || gap.hasPrefix(" -"))
                    && (RedactionLexicon.relationWords.contains(tokens[k].lower) || RedactionLexicon.acronyms.contains(tokens[k].lower)
                        || ["head", "senior", "team", "service", "clinical", "safeguarding", "helpline", "duty", "crisis"].contains(tokens[k].lower))
            }
            guard restOK else { continue }
            let words = names.map { tokens[$0] }
            let plausible = words.allSatisfy { !RedactionLexicon.isCommon($0.lower) || RedactionLexicon.isFirstName($0.lower) || RedactionLexicon.isSurname($0.lower) }
                && words.contains { RedactionLexicon.isFirstName($0.lower) || RedactionLexicon.isSurname($0.lower) || words.count >= 2 }
            let afterClosing = start > 0 && Self.closings.contains { c in
                let prevLine = note.wordsBefore(tokens[start].range.lowerBound, maxChars: 40, sameLine: false)
                return prevLine.hasSuffix(" \(c) ")
            }
            guard plausible || afterClosing, !words.contains(where: { RedactionLexicon.institutionWords.contains($0.lower) }) else { continue }
            // "Intake Coordinator", "Senior Practitioner": the job title on the line under a signature is no name.
            if let last = words.last, Self.jobTitleEndings.contains(last.lower) || RedactionLexicon.relationWords.contains(last.lower),
               !RedactionLexicon.isFirstName(last.lower) { continue }
            for n in names { marks.mark[n] = max(marks.mark[n], 0.75) }
        }
        // "... before next week. - Craig Pearson" at a line's end.
        for (i, t) in tokens.enumerated() where marks.eligible(i) && (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix(" – ")) && t.shape == .title {
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " ", tokens[k + 1].shape == .title { k += 1 }
            let atLineEnd = k + 1 >= tokens.count || tokens[k + 1].gapBefore.contains("\n")
            let words = tokens[i...k]
            if atLineEnd, words.allSatisfy({ !RedactionLexicon.isCommon($0.lower) || RedactionLexicon.isFirstName($0.lower) }) {
                for n in i...k { marks.mark[n] = max(marks.mark[n], 0.75) }
            }
        }
    }

    /// Words that label a line in forms and logs, not a speaker.
    static let lineLabels: Set<String> = ["name", "date", "time", "tel", "phone", "mob", "email", "address", "note", "notes", "action",
        "actions", "outcome", "plan", "re", "subject", "from", "to", "cc", "sent", "q", "a", "mon", "tue", "tues", "wed", "thu", "thurs",
        "fri", "sat", "sun", "update", "risk", "summary", "ref", "dob", "me", "caller", "staff", "worker", "isva", "idva", "client"]

    // 11. Speakers in a pasted chat or transcript: the same label opening two or more lines before a colon ("Big T: where r u").
    func markSpeakerLabels(_ mark: inout [Double]) {
        var runs: [String: [Range<Int>]] = [:]
        var i = 0
        while i < tokens.count {
            guard i == 0 || tokens[i].gapBefore.contains("\n") else { i += 1; continue }
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " " { k += 1 }
            // The run up to the colon: one to three words, the colon straight after.
            var end = i
            while end <= k, !(end + 1 < tokens.count && tokens[end + 1].gapBefore.hasPrefix(":")) && end + 1 < tokens.count && tokens[end + 1].gapBefore == " " { end += 1 }
            if end + 1 < tokens.count, tokens[end + 1].gapBefore.hasPrefix(":"), !tokens[end + 1].gapBefore.contains("\n"), end - i < 3 {
                let words = tokens[i...end]
                let key = words.map(\.lower).joined(separator: " ")
                runs[key, default: []].append(i..<(end + 1))
            }
            i += 1
        }
        for (_, ranges) in runs where ranges.count >= 2 {
            let words = Array(tokens[ranges[0]])
            guard words.allSatisfy({ $0.isCapitalised || $0.shape == .lower && RedactionLexicon.isFirstName($0.lower) }),
                  words.contains(where: { !RedactionLexicon.isCommon($0.lower) && !($0.text.count == 1 && words.count == 1) }),
                  !words.contains(where: { Self.lineLabels.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower)
                    || RedactionLexicon.titles.contains($0.lower) || RedactionLexicon.institutionWords.contains($0.lower)
                    || RedactionLexicon.acronyms.contains($0.lower) && $0.text.count > 1 || $0.shape == .number || $0.shape == .alphanumeric }) else { continue }
            for r in ranges { for k in r where !claimed.contains(where: { $0.overlaps(tokens[k].range) }) { mark[k] = max(mark[k], 0.75) } }
            // The same speaker named in the prose around the transcript ("saved as \"Big T\"", "Big T is Terrell").
            let texts = words.map(\.text)
            guard words.count >= 2 else { continue }
            for start in 0...(tokens.count - texts.count) where tokens[start].text == texts[0] {
                guard (1..<texts.count).allSatisfy({ tokens[start + $0].text == texts[$0] && tokens[start + $0].gapBefore == " " }) else { continue }
                for k in start..<(start + texts.count) where !claimed.contains(where: { $0.overlaps(tokens[k].range) }) { mark[k] = max(mark[k], 0.7) }
            }
        }
    }
}
