import Foundation

/// Form lines and name particles: "Surname: Ní Bhriain", "Alleged perpetrator: Shane Whitlock", "Applicant ........ Mr
/// Pieter van der Berg", "Tenant | Ms Zainab Hussain".
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

    /// "R v Haldane", "it's Kel, ring me", "this is Mandy from the surgery", "Sunny (Sundeep)", "Keisha, 15, disclosed".
    func markNameContexts(_ mark: inout [Double], eligible: (Int) -> Bool) {
        let tokens = note.tokens
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && (t.shape == .title || t.shape == .upper && t.text.count > 2) {
            let prev = i > 0 ? tokens[i - 1] : nil
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            // A criminal case title: "R v Haldane".
            if let p = prev, p.text == "v" || p.text == "v.", i >= 2, tokens[i - 2].text == "R" {
                mark[i] = max(mark[i], 0.85)
                continue
            }
            let unfamiliar = !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.acronyms.contains(t.lower)
                && !RedactionLexicon.institutionWords.contains(t.lower)
            // Callers say who they are: "it's Kel, ring me", "this is Mandy from".
            if let p = prev, t.gapBefore == " ", unfamiliar || RedactionLexicon.isFirstName(t.lower),
               (p.lower == "it" && p.hasPossessive) || p.lower == "its" || (p.lower == "is" && i >= 2 && tokens[i - 2].lower == "this"),
               next.map({ $0.gapBefore.hasPrefix(",") || $0.lower == "from" || $0.gapBefore.contains("\n") }) ?? true,
               !Self.neverNicknames.contains(t.lower) {
                mark[i] = max(mark[i], 0.75)
                continue
            }
            // A second name in brackets straight after a name: "Sunny (Sundeep)", "Catrin Jones (Cat)".
            // Also after a role, or a role and a letter: "Client C (Gus)", "the caller (Bernie)". Not "Mr Haroon (Urdu)".
            let closesBracket = next.map({ $0.gapBefore.hasPrefix(")") }) ?? false
            let afterRole = i >= 1 && (RedactionLexicon.relationWords.contains(tokens[i - 1].lower)
                || i >= 2 && tokens[i - 1].shape == .upper && tokens[i - 1].text.count == 1 && tokens[i - 1].gapBefore == " "
                    && RedactionLexicon.relationWords.contains(tokens[i - 2].lower))
                && (unfamiliar || RedactionLexicon.isFirstName(t.lower))
            if i >= 1, t.gapBefore == " (", mark[i - 1] >= 0.65 || afterRole, closesBracket,
               t.shape == .title, !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
               !Self.neverNicknames.contains(t.lower), !Self.languages.contains(t.lower) {
                mark[i] = max(mark[i], 0.75)
                continue
            }
            // A handover list: "• Marguerite (rm 5)", "- Bex (room 3)", "* Tia (14)".
            if unfamiliar, t.shape == .title, let n = next, n.gapBefore == " (", t.gapBefore.contains("\n") || i == 0,
               ["•", "-", "*", "–", "·", "o"].contains(t.gapBefore.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""),
               n.shape == .number || ["rm", "room", "bed", "yp", "age", "aged"].contains(n.lower) || RedactionLexicon.relationWords.contains(n.lower) {
                mark[i] = max(mark[i], 0.7)
                continue
            }
            // "Keisha, 15, disclosed": a capitalised word with an age after it between commas.
            if unfamiliar, t.shape == .title, let n = next, n.gapBefore == ", ", n.shape == .number, n.text.count <= 2,
               i + 2 < tokens.count, tokens[i + 2].gapBefore.hasPrefix(","), prev.map({ !["in", "at", "to", "from", "near"].contains($0.lower) }) ?? true {
                mark[i] = max(mark[i], 0.7)
            }
        }
        // Lower-case notes: a role word then an unfamiliar lower-case word is the worker's name ("worker sunita stayed").
        let roles: Set<String> = ["worker", "volunteer", "vol", "isva", "idva", "counsellor", "officer", "oic", "advocate", "keyworker", "sw", "interp", "interpreter"]
        for (i, t) in tokens.enumerated() where i > 0 && eligible(i) && mark[i] == 0 && t.shape == .lower && t.text.count >= 3 {
            // Short words after a role are shorthand ("isva mtg", "isva apt"), and only a lower-case role marks a lower-case note.
            guard roles.contains(tokens[i - 1].lower), tokens[i - 1].shape == .lower, t.text.count >= 4 || RedactionLexicon.isFirstName(t.lower), t.gapBefore == " ", !RedactionLexicon.isCommon(t.lower), !RedactionLexicon.speechVerbs.contains(t.lower),
                  !RedactionLexicon.acronyms.contains(t.lower), !RedactionLexicon.titles.contains(t.lower) else { continue }
            mark[i] = max(mark[i], 0.7)
        }
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
}
