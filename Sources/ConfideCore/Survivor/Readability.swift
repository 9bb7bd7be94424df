import Foundation

/// Reading level of English text, so plain-language pages can be held to a reading age in tests.
/// Flesch reading ease and the Flesch–Kincaid grade; a UK reading age is the US grade plus five.
public struct Readability: Sendable, Equatable {
    public let sentences: Int
    public let words: Int
    public let syllables: Int

    public init(_ text: String) {
        // A sentence ends at . ! ? or a line break (list items and headings count as sentences, as a reader sees them).
        let parts = text.split(whereSeparator: { ".!?\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains(where: \.isLetter) }
        var w = 0, s = 0
        for part in parts {
            for token in part.split(whereSeparator: { $0.isWhitespace || $0 == "—" || $0 == "/" }) {
                let word = token.filter { $0.isLetter || $0 == "'" || $0 == "’" }.lowercased()
                guard word.contains(where: \.isLetter) else { continue }
                w += 1
                s += Readability.syllables(in: word)
            }
        }
        sentences = max(parts.count, 1)
        words = max(w, 1)
        syllables = max(s, 1)
    }

    public var fleschReadingEase: Double {
        206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    public var fleschKincaidGrade: Double {
        0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Approximate UK reading age (years).
    public var readingAge: Double { fleschKincaidGrade + 5 }

    /// Syllables by vowel groups, with the usual English corrections (silent final e, -le, -ed, -es).
    static func syllables(in word: String) -> Int {
        let w = word.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
        guard w.count > 2 else { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for c in w {
            let v = vowels.contains(c)
            if v && !previousWasVowel { count += 1 }
            previousWasVowel = v
        }
        if w.hasSuffix("e") && !w.hasSuffix("le") && !w.hasSuffix("ee") && count > 1 { count -= 1 }
        if (w.hasSuffix("ed") || w.hasSuffix("es")) && !w.hasSuffix("ted") && !w.hasSuffix("ded") && !w.hasSuffix("ses") && !w.hasSuffix("ces") && !w.hasSuffix("ges") && count > 1 { count -= 1 }
        return max(count, 1)
    }
}
