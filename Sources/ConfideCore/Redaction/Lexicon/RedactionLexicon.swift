import Foundation

/// Word lists the detectors consult. Source data, not resources: the core target has no bundle.
enum RedactionLexicon {
    /// Splits a whitespace-separated literal into a set once, at first use of the table that calls it.
    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) })
    }

    /// "self-harm" is as common as its parts.
    static func isCommon(_ lower: String) -> Bool {
        if commonWords.contains(lower) { return true }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { commonWords.contains(String($0)) }
    }
    /// "Wiśniewski" is looked up as "wisniewski" too.
    static func folded(_ lower: String) -> String { lower.folding(options: .diacriticInsensitive, locale: nil) }
    static func isFirstName(_ lower: String) -> Bool {
        if firstNames.contains(lower) || firstNames.contains(folded(lower)) { return true }
        // "kerry-ann", "Mary-Jo": every part a given name.
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { firstNames.contains(String($0)) }
    }
    static func isSurname(_ lower: String) -> Bool {
        if surnames.contains(lower) || surnames.contains(folded(lower)) { return true }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { surnames.contains(String($0)) }
    }
    /// A given name that is also an everyday word ("Hope", "Will", "Rose"): needs capitalisation mid-sentence or context.
    static func isAmbiguousName(_ lower: String) -> Bool { isCommon(lower) }
}
