import Foundation

/// A letter's own letterhead: the sender's address, helpline and mailbox at the top ("Unit 2, The Exchange, Mill Street,
/// Oakfield OK1 2AB | Helpline 0808 … | info@…", "Tenancy Services, PO Box 412, Grindleton GR1 1AA"). The annotation rules
/// leave the service's own contact details alone, and a PO box locates nobody. Only lines above the salutation ("Dear …"),
/// or in the first four lines when there is none, are considered.
enum LetterheadFilter {
    static let contactWords = ["helpline", "tel", "telephone", "phone", "www.", "web", "email", "e-mail", "info@", "enquiries", "freephone"]

    /// UTF-16 ranges of letterhead lines.
    static func headerLines(_ note: NoteText, postcodes: [Range<Int>] = []) -> [Range<Int>] {
        let ns = note.string as NSString
        var lines: [(Range<Int>, String)] = []
        ns.enumerateSubstrings(in: NSRange(location: 0, length: ns.length), options: [.byLines, .substringNotRequired]) { _, r, _, stop in
            lines.append((r.location..<(r.location + r.length), ns.substring(with: r)))
            if lines.count > 40 { stop.pointee = true }
        }
        let salutation = lines.firstIndex { $0.1.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("dear ") }
        let region = lines.prefix(salutation ?? min(4, lines.count))
        var out: [Range<Int>] = []
        for (range, text) in region {
            let lower = text.lowercased()
            let poBox = lower.contains("po box") || lower.contains("p.o. box")
            // "Unit 4, Canal Wharf, Oakfield OK1 2AA | 0808 157 0000": a bar between the sender's address and a number is a
            // letterhead even without a "tel" or "helpline" before the number.
            let digits = text.unicodeScalars.filter { $0.properties.numericType != nil }.count
            // The line must hold the sender's postcode too, and not be a row of a table ("| Aisha | client | 07700 900318 |").
            let addressBar = digits >= 10 && !text.trimmingCharacters(in: .whitespaces).hasPrefix("|") && postcodes.contains { range.overlaps($0) }
            let contactBar = lower.contains(" | ") && (contactWords.contains { lower.contains($0) } || addressBar)
            if poBox || contactBar { out.append(range) }
        }
        return out
    }

    static let contactLabels: Set<RedactionLabel> = [.address, .postcode, .phone, .email, .organisation]

    static func filter(_ candidates: [RedactionCandidate], note: NoteText) -> [RedactionCandidate] {
        let header = headerLines(note, postcodes: candidates.filter { $0.label == .postcode }.map(\.range))
        guard !header.isEmpty else { return candidates }
        return candidates.filter { c in !(contactLabels.contains(c.label) && header.contains { $0.overlaps(c.range) }) }
    }
}
