import Foundation

/// Dates of birth in a pasted table or CSV export: the column headed "dob", "d.o.b" or "date of birth" holds one on
/// every row below ("1042,Leanne Fisher,1988-02-14,...").
enum DateOfBirthColumn {
    static let headers: Set<String> = ["dob", "d.o.b", "d.o.b.", "date of birth", "date_of_birth", "dateofbirth", "birth date", "birthdate", "born"]

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        // Most notes have no such column: look for the heading word before splitting lines.
        guard note.tokens.contains(where: { $0.lower == "dob" || $0.lower == "birth" || $0.lower == "d" || $0.lower == "born" || $0.lower == "birthdate" }) else { return [] }
        var out: [RedactionCandidate] = []
        var column: (index: Int, separator: Character)? = nil
        var offset = 0
        for line in note.string.split(separator: "\n", omittingEmptySubsequences: false) {
            let lineStart = offset
            offset += line.utf16.count + 1
            if let c = column {
                let cells = line.split(separator: c.separator, omittingEmptySubsequences: false)
                guard cells.count > c.index else { column = nil; continue }
                // The cell's UTF-16 range, trimmed of spaces.
                var start = lineStart
                for cell in cells.prefix(c.index) { start += cell.utf16.count + 1 }
                let raw = cells[c.index]
                let lead = raw.prefix { $0 == " " }.utf16.count
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                let r = (start + lead)..<(start + lead + trimmed.utf16.count)
                if !trimmed.isEmpty, note.matches(DateOfBirthDetector.date, in: r).contains(where: { $0.whole == r }) {
                    out.append(RedactionCandidate(r, .dateOfBirth, score: 0.85))
                }
                continue
            }
            for separator in [",", "\t", "|", ";"] as [Character] where line.contains(separator) {
                let cells = line.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if let index = cells.firstIndex(where: { headers.contains($0) }), cells.count >= 2 { column = (index, separator); break }
            }
        }
        return out
    }
}
