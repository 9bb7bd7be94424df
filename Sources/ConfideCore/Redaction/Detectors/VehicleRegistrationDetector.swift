/// Vehicle registration marks. The current format (two letters, two digits, three letters) is distinctive enough on its
/// own; older prefix and suffix formats need a cue ("reg", "car", "plate") because they look like other codes.
enum VehicleRegistrationDetector {
    static let current = RedactionPattern(#"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2} ?[A-Za-z]{3}(?![A-Za-z0-9])"#)
    /// The current format with a space after the area letters as well: "YH 68 PLX", "EV 63 JHK".
    static let currentSpaced = RedactionPattern(#"(?<![A-Za-z0-9])[A-Z]{2} [0-9]{2} [A-Z]{3}(?![A-Za-z0-9])"#)
    /// Words and months that make "ON 12 MAR" or "AT 10 PM" read as text in a capitals message, not a plate.
    static let spacedNotPlate: Set<String> = ["ON", "AT", "IN", "TO", "BY", "OF", "IS", "AS", "UP", "NO", "SO", "ME", "HE", "WE", "MY", "OR",
        "IF", "IT", "AN", "AM", "DO", "GO", "US", "BE", "PM", "HR", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC", "MIN", "HRS", "MINS", "AGE", "YRS", "AND", "THE", "FOR", "WAS", "ARE", "NOT", "BUT", "DAY", "AGO", "OLD"]
    static let older = RedactionPattern(
        #"(?<![A-Za-z0-9])(?:[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z]|[A-Z]{1,3} ?[0-9]{1,4}|[0-9]{1,4} ?[A-Z]{1,3})(?![A-Za-z0-9])"#)
    static let cues = ["reg", "registration", "plate", "plates", "number plate", "car", "vehicle", "van", "motorbike", "hatchback",
                       "saloon", "estate", "suv", "vrm", "index", "drives", "driving", "drove", "moped", "taxi",
                       // Makes and models: "his brother's Astra Y412 KLP".
                       "astra", "corsa", "fiesta", "focus", "golf", "polo", "transit", "clio", "juke", "qashqai", "yaris", "micra", "audi",
                       "bmw", "merc", "mercedes", "vauxhall", "ford", "nissan", "toyota", "kia", "hyundai", "peugeot", "renault", "skoda",
                       "seat", "honda", "mini", "range rover", "land rover", "volvo", "fiat", "citroen", "mazda", "jeep", "tesla", "lexus"]

    /// Makes and models among the cues, which are also given names ("Mercedes") or surnames ("Ford").
    static let makes: Set<String> = Set(cues.filter { !["reg", "registration", "plate", "plates", "number plate", "car", "vehicle", "van",
        "motorbike", "hatchback", "saloon", "estate", "suv", "vrm", "index", "drives", "driving", "drove", "moped", "taxi"].contains($0) })

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for m in note.matches(current) {
            let text = note.text(m.whole)
            let letters = text.filter(\.isLetter)
            let cued = note.hasCue(before: m.range.location, cues, maxChars: 40)
            if letters == letters.uppercased() {
                out.append(RedactionCandidate(m.whole, .vehicleRegistration, score: cued ? 0.95 : 0.85))
            } else if cued || !text.contains(" ") {
                // Lower case with a space ("ab12 cde") is only a plate when the note says so.
                if letters == letters.lowercased() { out.append(RedactionCandidate(m.whole, .vehicleRegistration, score: 0.7)) }
            }
        }
        for m in note.matches(currentSpaced) {
            let parts = note.text(m.whole).split(separator: " ").map(String.init)
            let cued = note.hasCue(before: m.range.location, cues, maxChars: 40)
            if !cued && (spacedNotPlate.contains(parts[0]) || spacedNotPlate.contains(parts[2])) { continue }
            out.append(RedactionCandidate(m.whole, .vehicleRegistration, score: cued ? 0.95 : 0.8))
        }
        for m in note.matches(older) where note.hasCue(before: m.range.location, cues, maxChars: 45) {
            let text = note.text(m.whole)
            guard text.count >= 4, text.contains(where: \.isNumber), text.contains(where: \.isLetter) else { continue }
            out.append(RedactionCandidate(m.whole, .vehicleRegistration, score: 0.75))
        }
        return out
    }
}
