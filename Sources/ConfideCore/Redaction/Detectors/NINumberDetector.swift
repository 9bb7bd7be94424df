/// National Insurance numbers: two prefix letters (D, F, I, Q, U, V never used; O not second), six digits, a suffix A–D.
/// Written "QQ 12 34 56 C", "qq123456c", "QQ-12-34-56-C", "QQ.12.34.56.C", "QQ 123 456 C"; the suffix is often left off
/// ("NI: QQ 12 34 56"), which is only trusted after an NI cue.
enum NINumberDetector {
    /// Six digits with at most one space, hyphen or dot between any two of them.
    static let digits = #"[0-9](?:[ .\-]?[0-9]){5}"#
    static let pattern = RedactionPattern(
        #"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z][ .\-]?"# + digits + #"[ .\-]?[A-Da-d](?![A-Za-z0-9])"#)

    /// Any two letters, suffix optional: only after an NI cue ("NI number QQ 12 34 56 C", "NINO: AB 12 34 56").
    static let loose = RedactionPattern(#"(?<![A-Za-z0-9])[A-Za-z]{2}[ .\-]?"# + digits + #"(?:[ .\-]?[A-Da-d])?(?![A-Za-z0-9])"#)
    static let cues = ["ni", "insurance", "nino", "ni no", "ni number", "nin", "n i", "nat ins", "ins no", "gwladol"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out = note.matches(pattern).map { m in
            let cued = note.hasCue(before: m.range.location, cues, maxChars: 40)
            return RedactionCandidate(m.whole, .niNumber, score: cued ? 0.97 : 0.85)
        }
        for m in note.matches(loose) where !out.contains(where: { $0.range == m.whole }) && note.hasCue(before: m.range.location, cues, maxChars: 30) {
            out.append(RedactionCandidate(m.whole, .niNumber, score: 0.9))
        }
        return out
    }
}
