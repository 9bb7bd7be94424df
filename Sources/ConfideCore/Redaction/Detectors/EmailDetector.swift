/// Email addresses. No validation of the domain: `.example` and other reserved names are still someone's address.
enum EmailDetector {
    static let pattern = RedactionPattern(
        #"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"#)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        note.matches(pattern).map { RedactionCandidate($0.whole, .email, score: 0.97) }
    }
}
