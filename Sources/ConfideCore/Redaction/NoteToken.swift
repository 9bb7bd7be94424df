import Foundation

/// How a word is written: the strongest surface clue to a proper name.
enum WordShape: Sendable, Equatable {
    case title      // "Aisha", "McLeod", "O'Brien"
    case upper      // "HOPE", "KAM"
    case lower      // "aisha"
    case mixed      // "iPhone", "kerry-Ann"
    case number     // "07700", "24"
    case alphanumeric // "MO24", "S14"
}

/// A word of the note. `range` excludes a possessive "'s" (kept outside name spans); `fullEnd` includes it.
struct NoteToken: Sendable {
    let range: Range<Int>
    let fullEnd: Int
    let text: String
    let lower: String
    let shape: WordShape
    /// The characters between the previous token and this one ("\n", ", ", " (").
    let gapBefore: String
    /// First word of a line or of a sentence, where capitals say nothing about names.
    let sentenceInitial: Bool
    var hasPossessive: Bool { fullEnd > range.upperBound }
    var isCapitalised: Bool { shape == .title || shape == .upper }
}

enum NoteTokenizer {
    static func isLetter(_ u: UInt16) -> Bool {
        if u < 128 { return (u >= 65 && u <= 90) || (u >= 97 && u <= 122) }
        guard let s = Unicode.Scalar(u) else { return false }
        // Combining accents belong to the word ("Zoe\u{308}" typed with a decomposed ë).
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }
    static func isDigit(_ u: UInt16) -> Bool { u >= 48 && u <= 57 }
    static func isApostrophe(_ u: UInt16) -> Bool { u == 39 || u == 0x2019 }

    static func tokenize(_ u: [UInt16]) -> [NoteToken] {
        var tokens: [NoteToken] = []
        var i = 0
        var lastEnd = 0
        let n = u.count
        while i < n {
            guard isLetter(u[i]) || isDigit(u[i]) else { i += 1; continue }
            let start = i
            var j = i
            while j < n {
                if isLetter(u[j]) || isDigit(u[j]) { j += 1; continue }
                // Inner hyphen or apostrophe joins ("kerry-ann", "O'Brien"), but not a possessive "'s".
                if (u[j] == 45 || isApostrophe(u[j])), j + 1 < n, isLetter(u[j + 1]) || (u[j] == 45 && isDigit(u[j + 1])) {
                    if isApostrophe(u[j]), (u[j + 1] == 115 || u[j + 1] == 83), j + 2 >= n || !isLetter(u[j + 2]) { break }
                    j += 1; continue
                }
                break
            }
            var end = j
            var fullEnd = j
            if j < n, isApostrophe(u[j]) {
                if j + 1 < n, u[j + 1] == 115 || u[j + 1] == 83, j + 2 >= n || !isLetter(u[j + 2]) { fullEnd = j + 2 }
                else if j > start, u[j - 1] == 115 || u[j - 1] == 83 { fullEnd = j + 1 }  // "Jones'"
            }
            end = j
            let text = String(utf16CodeUnits: Array(u[start..<end]), count: end - start)
            let gap = String(utf16CodeUnits: Array(u[lastEnd..<start]), count: start - lastEnd)
            let initial = tokens.isEmpty || isSentenceBoundary(gap)
            tokens.append(NoteToken(range: start..<end, fullEnd: fullEnd, text: text, lower: text.lowercased(),
                                    shape: shape(of: text), gapBefore: gap, sentenceInitial: initial))
            lastEnd = fullEnd
            i = fullEnd
        }
        return tokens
    }

    static func isSentenceBoundary(_ gap: String) -> Bool {
        if gap.contains("\n") { return true }
        let trimmed = gap.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return false }
        // "perp ?Lenny": a question mark glued to the next word marks a guess, not the end of a sentence.
        if gap.last == "?", trimmed == "?", gap.count >= 2 { return false }
        return ".!?:;\"“•*".contains(last)
    }

    static func shape(of text: String) -> WordShape {
        var upper = 0, lower = 0, digits = 0
        for s in text.unicodeScalars {
            if s.properties.isUppercase { upper += 1 }
            else if s.properties.isLowercase { lower += 1 }
            else if s.properties.numericType != nil { digits += 1 }
        }
        if digits > 0 { return upper + lower == 0 ? .number : .alphanumeric }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        let first = text.unicodeScalars.first!
        if first.properties.isUppercase {
            // "McLeod", "O'Brien", "MacDonald" are title case; "iPhone" is not.
            return .title
        }
        return .mixed
    }
}
