/// NHS numbers: ten digits, often 3-3-4, whose last digit is a modulus-11 check on the other nine.
enum NHSNumberDetector {
    static let pattern = RedactionPattern(#"(?<![\w/.\-])([0-9]{3})[ \-]?([0-9]{3})[ \-]?([0-9]{4})(?![\w/\-]|\.[0-9])"#)
    static let cues = ["nhs", "nhs no", "nhs number", "chi", "health number", "hospital number"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for m in note.matches(pattern) {
            let digits = note.text(m.whole).compactMap(\.wholeNumberValue)
            guard digits.count == 10 else { continue }
            let cued = note.hasCue(before: m.range.location, cues, maxChars: 40)
            if isValid(digits) {
                out.append(RedactionCandidate(m.whole, .nhsNumber, score: cued ? 0.98 : 0.9))
            } else if cued {
                // A mistyped NHS number still identifies her to anyone who can correct one digit.
                out.append(RedactionCandidate(m.whole, .nhsNumber, score: 0.6))
            }
        }
        return out
    }

    /// Weights 10…2 on the first nine digits; 11 − (sum mod 11) is the check digit, 11 means 0 and 10 means invalid.
    static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for i in 0..<9 { sum += digits[i] * (10 - i) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }
}
