/// UK phone numbers in their written forms (07700 900422, +44 7700 900422, +44 (0)115 496 0855, 0044 …, (0115) 4960536,
/// 07700.900.422, "tel.07700 900422", two numbers joined by a slash "01632 960123/07700 900123"),
/// and other international numbers written with a plus.
enum PhoneDetector {
    static let uk = RedactionPattern(
        #"(?<![\w+])(?<![0-9]\.)(?<![^0-9]/)(?:(?:\+ ?|00 ?)44[ \-]?(?:\(0\)[ \-]?)?\(?[1-9]|\(?0[1-9])(?:[0-9 ()\-]|\.(?=[0-9])){7,16}[0-9](?![0-9]|/(?![0+]))"#)
    static let international = RedactionPattern(#"(?<![\w+])\+ ?(?!44)[1-9][0-9]{0,2}[ \-]?\(?[0-9]{1,4}\)?(?:[ \-]?[0-9]{2,4}){2,4}(?![0-9])"#)

    /// A number read out and transcribed in words: "oh one one three four nine six oh seven seven two".
    static let spokenDigit = "(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)"
    static let spoken = RedactionPattern(#"\b(?:"# + spokenDigit + #"[ ,\-]+){9,15}"# + spokenDigit + #"\b"#, caseInsensitive: true)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        if hasSpokenRun(note) { for m in note.matches(spoken) { out.append(RedactionCandidate(m.whole, .phone, score: 0.8)) } }
        for m in note.matches(uk) {
            var range = m.whole
            // "(07700 900202)": the bracket opened before the number belongs to the sentence, not to it.
            if note.units[range.lowerBound] == 40, !balanced(note.text(range)) { range = (range.lowerBound + 1)..<range.upperBound }
            let text = note.text(range)
            var digits = text.filter(\.isNumber)
            if digits.hasPrefix("0044") { digits.removeFirst(4) } else if text.contains("+") && digits.hasPrefix("44") { digits.removeFirst(2) }
            if digits.hasPrefix("0") { digits.removeFirst() }
            // A national significant number is 9 or 10 digits; a bracket left open at the end is not part of it.
            guard (9...10).contains(digits.count), balanced(text) else { continue }
            out.append(RedactionCandidate(range, .phone, score: 0.95))
        }
        for m in note.matches(international) {
            let digits = note.text(m.whole).filter(\.isNumber)
            guard (8...15).contains(digits.count) else { continue }
            out.append(RedactionCandidate(m.whole, .phone, score: 0.85))
        }
        return out
    }

    static let spokenWords: Set<String> = ["oh", "o", "zero", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                           "double", "triple", "treble"]
    /// Ten number words in a row: only then is the spoken-number pattern worth running.
    static func hasSpokenRun(_ note: NoteText) -> Bool {
        var run = 0
        for t in note.tokens {
            run = spokenWords.contains(t.lower) ? run + 1 : 0
            if run >= 10 { return true }
        }
        return false
    }

    static func balanced(_ s: String) -> Bool {
        s.filter { $0 == "(" }.count == s.filter { $0 == ")" }.count
    }
}
