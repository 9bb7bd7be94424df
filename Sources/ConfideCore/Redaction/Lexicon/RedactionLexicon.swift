import Foundation

/// Word lists the detectors consult. Source data, not resources: the core target has no bundle.
enum RedactionLexicon {
    /// Splits a whitespace-separated literal into a set once, at first use of the table that calls it.
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) })
    }

    /// Everyday English, with regular inflections ("documents", "relates", "reading") and compounds ("self-harm").
    static func isCommon(_ lower: String) -> Bool {
        if commonWords.contains(lower) || isInflectionOfCommon(lower) { return true }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { commonWords.contains(String($0)) || isInflectionOfCommon(String($0)) }
    }

    static func isInflectionOfCommon(_ w: String) -> Bool {
        func stem(_ suffix: String, _ replacement: String = "") -> Bool {
            guard w.hasSuffix(suffix), w.count - suffix.count >= 3 else { return false }
            return commonWords.contains(String(w.dropLast(suffix.count)) + replacement)
        }
        return stem("s") || stem("es") || stem("ies", "y") || stem("ed") || stem("d") || stem("ing") || stem("ing", "e") || stem("ly")

    }
    /// "Wiśniewski" is looked up as "wisniewski" too.
    static func folded(_ lower: String) -> String { lower.folding(options: .diacriticInsensitive, locale: nil) }
    static func isFirstName(_ lower: String) -> Bool {
        if firstNames.contains(lower) || moreFirstNames.contains(lower) || recordedFirstNames.contains(lower) { return true }
        // Folding is slow; only words with letters outside ASCII can change under it.
        if !lower.utf8.allSatisfy({ $0 < 128 }) {
            let f = folded(lower)
            if firstNames.contains(f) || moreFirstNames.contains(f) { return true }
        }
        // "kerry-ann", "Mary-Jo": every part a given name.
        // "kerry-ann", "Kirsty-Leigh": a given name joined to another name-like part.
        let parts = lower.split(separator: "-").map(String.init)
        return parts.count > 1 && firstNames.contains(folded(parts[0])) && parts.dropFirst().allSatisfy { firstNames.contains($0) || !isCommon($0) }
    }
    static func isSurname(_ lower: String) -> Bool {
        if surnames.contains(lower) || moreSurnames.contains(lower) { return true }
        if !lower.utf8.allSatisfy({ $0 < 128 }) {
            let f = folded(lower)
            if surnames.contains(f) || moreSurnames.contains(f) { return true }
        }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { surnames.contains(String($0)) }
    }
    /// A spelling variant of a listed given name ("Leanna", "Kirstie", "Jaydon"), for words that are not English.
    static func isFirstNameVariant(_ lower: String) -> Bool {
        // A final "s" is a plural or a place ("Wales"), not a spelling.
        guard lower.count >= 5, !lower.hasSuffix("s"), !isCommon(lower), lower.allSatisfy(\.isLetter) else { return false }
        let stems = [String(lower.dropLast()), String(lower.dropLast(2))]
        for stem in stems where stem.count >= 4 {
            for ending in ["e", "a", "y", "ie", "ey", "i", "n", "on", "en"] where firstNames.contains(stem + ending) && stem + ending != lower {
                return true
            }
        }
        return false
    }
    /// A given name that is also an everyday word ("Hope", "Will", "Rose"): needs capitalisation mid-sentence or context.
    static func isAmbiguousName(_ lower: String) -> Bool { isCommon(lower) }
}
