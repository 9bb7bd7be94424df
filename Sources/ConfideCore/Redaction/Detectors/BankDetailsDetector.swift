import Foundation

/// Sort codes and account numbers (two spans) and IBANs (one span); card numbers that pass the Luhn check too.
enum BankDetailsDetector {
    static let sortCode = RedactionPattern(#"(?<![0-9\-/.])([0-9]{2})([\-– ])([0-9]{2})\2([0-9]{2})(?![0-9\-/.])"#)
    static let sortCodeCued = RedactionPattern(
        #"\b(?:sort[\s\-]?code|s/c)\s*(?:is|:|-)?\s*([0-9]{2}[\-–. ]?[0-9]{2}[\-–. ]?[0-9]{2})(?![0-9])"#, caseInsensitive: true)
    static let accountCued = RedactionPattern(
        #"\b(?:account|acc|acct|a/c)(?:\s*(?:no\.?|number|num|#))?\s*(?:is|:|-)?\s*([0-9](?:[0-9 ]{4,10})[0-9])(?![0-9])"#, caseInsensitive: true)
    static let accountPlain = RedactionPattern(#"(?<![\w\-/.])[0-9]{8}(?![\w\-/]|\.[0-9])"#)
    static let iban = RedactionPattern(#"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"#)
    static let card = RedactionPattern(#"(?<![0-9])[0-9]{4}(?:[ \-]?[0-9]{4}){3}(?![0-9])"#)
    static let cues = ["sort code", "sort", "sortcode", "s c", "bank", "account", "acc", "paid", "payment", "transfer", "iban", "bacs"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        var sortCodeEnds: [Int] = []
        for m in note.matches(sortCodeCued) {
            guard let r = m.rangeOf(group: 1) else { continue }
            out.append(RedactionCandidate(r, .bankDetails, score: 0.97, priority: 85))
            sortCodeEnds.append(r.upperBound)
        }
        for m in note.matches(sortCode) {
            let parts = [1, 3, 4].compactMap { m.rangeOf(group: $0).flatMap { Int(note.text($0)) } }
            let cued = note.hasCue(before: m.range.location, cues, maxChars: 40)
            // "12-03-24" is a date unless the note speaks of a bank; "30-96-41" cannot be one.
            let couldBeDate = parts.count == 3 && (1...31).contains(parts[0]) && (1...12).contains(parts[1])
            let hyphenated = note.text(m.whole).contains("-")
            guard cued || (hyphenated && !couldBeDate) else { continue }
            out.append(RedactionCandidate(m.whole, .bankDetails, score: cued ? 0.95 : 0.7, priority: 85))
            sortCodeEnds.append(m.whole.upperBound)
        }
        for m in note.matches(accountCued) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let digits = note.text(r).filter(\.isNumber).count
            guard (6...10).contains(digits) else { continue }
            out.append(RedactionCandidate(r, .bankDetails, score: 0.93, priority: 85))
        }
        // An eight-digit number shortly after a sort code is its account number.
        for m in note.matches(accountPlain) where sortCodeEnds.contains(where: { m.range.location > $0 && m.range.location - $0 < 60 }) {
            out.append(RedactionCandidate(m.whole, .bankDetails, score: 0.9, priority: 85))
        }
        for m in note.matches(iban) {
            let compact = note.text(m.whole).filter { !$0.isWhitespace }
            let cued = note.hasCue(before: m.range.location, ["iban", "bank", "account"], maxChars: 30)
            guard ibanChecks(compact) || cued else { continue }
            out.append(RedactionCandidate(m.whole, .bankDetails, score: 0.95, priority: 88))
        }
        for m in note.matches(card) {
            let digits = note.text(m.whole).compactMap(\.wholeNumberValue)
            if luhn(digits) { out.append(RedactionCandidate(m.whole, .bankDetails, score: 0.85, priority: 85)) }
        }
        return out
    }

    /// ISO 13616: move the first four characters to the end, letters to 10…35, remainder mod 97 must be 1.
    static func ibanChecks(_ s: String) -> Bool {
        guard s.count >= 15, s.count <= 34 else { return false }
        let rearranged = s.dropFirst(4) + s.prefix(4)
        var remainder = 0
        for c in rearranged {
            guard let v = c.isNumber ? c.wholeNumberValue : (c.isLetter && c.isASCII ? Int(c.asciiValue! - 55) : nil) else { return false }
            for d in String(v) { remainder = (remainder * 10 + d.wholeNumberValue!) % 97 }
        }
        return remainder == 1
    }

    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            if i % 2 == 1 { let x = d * 2; sum += x > 9 ? x - 9 : x } else { sum += d }
        }
        return digits.count >= 13 && sum % 10 == 0
    }
}
