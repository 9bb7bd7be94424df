import Foundation

/// Dates of birth: a date in any common format, after a birth cue on the same line ("DOB", "date of birth", "born",
/// "b."), or in brackets straight after a name ("Will Pearson (22.09.1989)"); "born in 2015" gives a birth year.
enum DateOfBirthDetector {
    static let month = #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"#
    static let date = RedactionPattern(
        #"(?<![\w/.\-])(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+"#
        + month + #",?[\s\-]+[0-9]{2,4}|"# + month + #"\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"#
        + month + #"|"# + month + #"\s+[0-9]{4})(?![\w/]|[.\-][0-9])"#,
        caseInsensitive: true)
    static let birthYear = RedactionPattern(#"\b(?:born|b\.)\s+(?:in\s+)?((?:19|20)[0-9]{2})\b"#, caseInsensitive: true)
    static let ordinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[ \\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[ \\-]first"
    static let yearWords = "(?:nineteen|twenty|two thousand(?: and)?)(?:[ \\-](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh))*"
    /// Dictated: "born twenty second of March twenty fifteen", "date of birth the first of June two thousand and nine".
    static let spokenBirthDate = RedactionPattern(
        #"\b(?:born|dob|date of birth|birthday)(?:[ ]+(?:on|is|was))?[ ]+((?:the[ ]+)?(?:"# + ordinals + #")[ ]+(?:of[ ]+)?"# + month + #"(?:[ ]+"# + yearWords + #")?)"#,
        caseInsensitive: true)
    /// " (2016)" straight after a name: a child's birth year.
    static let bracketYear = RedactionPattern(#"[ ]?\(((?:19|20)[0-9]{2})\)"#)
    static let cues = ["dob", "d o b", "date of birth", "born", "b", "birthday", "birth date", "birthdate", "dob on file", "age dob"]

    static func detect(_ note: NoteText, people: [Range<Int>]) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        var previousDateEnd = 0
        for m in note.matches(date) {
            let r = m.whole
            let text = note.text(r)
            // Only a date with a day and a year, or a day and month after an explicit cue, can be a birth date.
            let hasYear = text.range(of: #"[0-9]{2,4}$"#, options: .regularExpression) != nil && text.filter(\.isNumber).count >= 4
            let lineStart = note.lineBefore(r.lowerBound).lowerBound
            let windowStart = max(lineStart, previousDateEnd, r.lowerBound - 45)
            let window = note.wordsBefore(r.lowerBound, maxChars: r.lowerBound - windowStart)
            previousDateEnd = r.upperBound
            let cued = cues.contains { window.contains(" \($0) ") } || note.text(windowStart..<r.lowerBound).lowercased().contains("d.o.b")
            if cued {
                out.append(RedactionCandidate(r, .dateOfBirth, score: hasYear ? 0.95 : 0.75))
                continue
            }
            // "(22.09.1989)" right after a name.
            if hasYear, r.lowerBound >= 2, note.units[r.lowerBound - 1] == 40,
               people.contains(where: { $0.upperBound <= r.lowerBound - 1 && r.lowerBound - 1 - $0.upperBound <= 1 }) {
                out.append(RedactionCandidate(r, .dateOfBirth, score: 0.8))
            }
        }
        if note.tokens.contains(where: { $0.lower == "born" || $0.lower == "birth" || $0.lower == "dob" || $0.lower == "birthday" }) {
            for m in note.matches(spokenBirthDate) {
                if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .dateOfBirth, score: 0.8)) }
            }
        }
        for m in note.matches(bracketYear) {
            guard let r = m.rangeOf(group: 1), people.contains(where: { $0.upperBound <= m.range.location && m.range.location - $0.upperBound <= 1 }) else { continue }
            out.append(RedactionCandidate(r, .dateOfBirth, score: 0.75))
        }
        for m in note.matches(birthYear) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .dateOfBirth, score: 0.8)) }
        }
        return out
    }
}
