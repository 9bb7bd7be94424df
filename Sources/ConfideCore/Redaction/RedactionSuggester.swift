import Foundation

/// Proposes spans of personal data to remove from a record before disclosure (spec/redaction.md). Pure: no I/O, no
/// state between calls, safe to call from any thread.
public enum RedactionSuggester {
    /// Suggestions for one text, sorted, not overlapping, offsets in Unicode code points (end exclusive).
    /// - Parameter knownNames: names of people in the case (client, family, staff), found wherever they appear.
    public static func suggest(text: String, knownNames: [String] = []) -> [RedactionSpan] {
        let note = NoteText(text)
        let names = knownNames.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }

        // Structured identifiers first; then places and organisations; names last, around what is already claimed.
        var candidates = EmailDetector.detect(note) + OnlineHandleDetector.detect(note) + PhoneDetector.detect(note)
            + NHSNumberDetector.detect(note) + NINumberDetector.detect(note) + BankDetailsDetector.detect(note)
            + PostcodeDetector.detect(note) + VehicleRegistrationDetector.detect(note) + CrimeReferenceDetector.detect(note)
        var chosen = resolve(candidates)
        candidates = chosen + mergeOverlapping(AddressDetector.detect(note) + AddressBeforePostcode.detect(note) + LabelledAddressDetector.detect(note)) + OrganisationDetector.detect(note)
            + InformalOrganisationDetector.detect(note) + VenueAfterPlaceWord.detect(note)
            + LowercaseVenueNames.detect(note) + CapitalsOrganisation.detect(note)
        chosen = resolve(candidates)
        let people = PersonNameDetector(note: note, claimed: chosen.map(\.range), knownNames: names).detect()
        chosen = resolve(chosen + people)
        let births = DateOfBirthDetector.detect(note, people: chosen.filter { $0.label == .person }.map(\.range)) + DateOfBirthColumn.detect(note)
        chosen = widenOrganisations(OrganisationSpread.spread(LetterheadFilter.filter(resolve(chosen + births), note: note), note: note), note: note)

        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }.map {
            RedactionSpan(start: note.scalarOffset($0.range.lowerBound), end: note.scalarOffset($0.range.upperBound),
                          label: $0.label, score: ($0.score * 100).rounded() / 100)
        }
    }

    /// An organisation's name takes in a lower-case "the" just before it ("the Anchor Inn") and a possessive just after it
    /// ("Sainsbury's", "Papa Rico's"): annotators write both as part of the name, and neither can be anything else there.
    static func widenOrganisations(_ chosen: [RedactionCandidate], note: NoteText) -> [RedactionCandidate] {
        let the: [UInt16] = Array("the ".utf16)
        return chosen.enumerated().map { index, c in
            guard c.label == .organisation else { return c }
            var widened = c
            let lower = c.range.lowerBound, upper = c.range.upperBound
            let previousEnd = index > 0 ? chosen[index - 1].range.upperBound : 0
            if lower >= 4, lower - 4 >= previousEnd, Array(note.units[(lower - 4)..<lower]) == the,
               lower == 4 || !isLetter(note.unit(lower - 5)) {
                widened.range = (lower - 4)..<widened.range.upperBound
            }
            let nextStart = index + 1 < chosen.count ? chosen[index + 1].range.lowerBound : note.length
            if upper + 2 <= nextStart, let apostrophe = note.unit(upper), apostrophe == 39 || apostrophe == 0x2019,
               note.unit(upper + 1) == 115, !isLetter(note.unit(upper + 2)) {
                widened.range = widened.range.lowerBound..<(upper + 2)
            }
            return widened
        }
    }

    static func isLetter(_ u: UInt16?) -> Bool {
        guard let u else { return false }
        return (65...90).contains(u) || (97...122).contains(u) || u >= 0xC0
    }

    /// Address candidates that overlap are parts of one address ("flat nine" + "Kingfisher House ... Ashby Moor"): their union.
    static func mergeOverlapping(_ candidates: [RedactionCandidate]) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for c in candidates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if var last = out.last, c.range.lowerBound < last.range.upperBound, c.label == last.label {
                last.range = last.range.lowerBound..<max(last.range.upperBound, c.range.upperBound)
                last.score = max(last.score, c.score)
                last.priority = max(last.priority, c.priority)
                out[out.count - 1] = last
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Keeps the strongest of overlapping candidates: higher priority, then longer, then higher score.
    static func resolve(_ candidates: [RedactionCandidate]) -> [RedactionCandidate] {
        let ordered = candidates.filter { !$0.range.isEmpty }.sorted {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if $0.score != $1.score { return $0.score > $1.score }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var kept: [RedactionCandidate] = []
        for c in ordered where !kept.contains(where: { $0.range.overlaps(c.range) }) { kept.append(c) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
