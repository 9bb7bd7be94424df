import Foundation

/// Form lines and name particles: "Surname: Ní Bhriain", "Alleged perpetrator: Shane Whitlock", "Applicant ........ Mr
/// Pieter van der Berg", "Tenant | Ms Zainab Hussain".
extension PersonNameDetector {
    /// The last word of a field label whose value is a person.
    static let personFieldWords: Set<String> = RedactionLexicon.words("""
    from to cc re subject fao attn client name caller child suspect survivor victim worker counsellor isva volunteer manager surname
    forename forenames applicant tenant witness perpetrator perp referrer contact patient pupil student complainant defendant officer
    oic interpreter advocate mother father parent carer partner kin person ex husband wife boyfriend girlfriend son daughter brother
    sister keyworker gp teacher dsl social signed author
    """)

    /// True when token `i` ends a short label at the start of a line (or sentence), followed by ":", "|" or a dotted leader.
    static func isFieldLabel(_ note: NoteText, _ i: Int) -> Bool {
        let tokens = note.tokens
        guard i + 1 < tokens.count, personFieldWords.contains(tokens[i].lower) else { return false }
        let gap = tokens[i + 1].gapBefore.trimmingCharacters(in: .whitespaces)
        let leader = gap.count >= 2 && gap.allSatisfy { $0 == "." || $0 == "…" }
        guard gap.hasPrefix(":") || gap == "|" || leader else { return false }
        if tokens[i].sentenceInitial && gap.hasPrefix(":") { return true }
        // "Alleged perpetrator:", "Emergency contact:", "Name of child:": up to four words from the line's start.
        var k = i
        while k > 0, i - k < 4, !tokens[k].gapBefore.contains("\n") {
            guard tokens[k].gapBefore == " " else { return false }
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
}
