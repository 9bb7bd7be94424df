/// National Insurance numbers: two prefix letters (D, F, I, Q, U, V never used; O not second), six digits, a suffix A–D.
enum NINumberDetector {
    static let pattern = RedactionPattern(
        #"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z][ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}[ \-]?[A-Da-d](?![A-Za-z0-9])"#)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        note.matches(pattern).map { m in
            let cued = note.hasCue(before: m.range.location, ["ni", "insurance", "nino", "ni no", "ni number"], maxChars: 40)
            return RedactionCandidate(m.whole, .niNumber, score: cued ? 0.97 : 0.85)
        }
    }
}
