/// UK postcodes, with or without the space, any case. The inward letters never use C, I, K, M, O or V, which keeps
/// "2pm" and "3am" out.
enum PostcodeDetector {
    static let pattern = RedactionPattern(
        #"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9])"#)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        note.matches(pattern).compactMap { m in
            let text = note.text(m.whole)
            // Mixed case ("Ab1 2Cd") is prose or a code, not an address line.
            let letters = text.filter(\.isLetter)
            // "Ls1 4ab" (a capital only at the start, as a sentence or a typed address line begins) is still one.
            let sentenceCase = letters.first?.isUppercase == true && letters.dropFirst() == letters.dropFirst().lowercased()
            guard letters == letters.uppercased() || letters == letters.lowercased() || sentenceCase else { return nil }
            return RedactionCandidate(m.whole, .postcode, score: letters == letters.uppercased() ? 0.95 : 0.8)
        }
    }
}
