import Foundation

/// Dates of birth: a date in any common format, after a birth cue on the same line ("DOB", "date of birth", "born",
/// "b."), or in brackets straight after a name ("Will Pearson (22.09.1989)"); "born in 2015" gives a birth year.
enum DateOfBirthDetector {
    static let month = #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|[o0]ct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"#
    static let date = RedactionPattern(
        #"(?<![\w/])(?<![0-9][.\-])(?:[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+"#
        + month + #",?[\s\-]+[0-9]{2,4}|"# + month + #"\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"#
        + month + #"|"# + month + #"\s+[0-9]{4})(?![\w/]|[.\-][0-9])"#,
        caseInsensitive: true)
    static let birthYear = RedactionPattern(
        #"\b(?:born|b\.|year of birth|birth year|yob|y\.o\.b\.?|dob|d\.o\.b\.?)\s*(?:in\s+|:\s*|-\s*)?((?:19|20)[0-9]{2})\b(?![/.\-][0-9])"#, caseInsensitive: true)
    /// Forms only a birth cue makes a date: "DOB 03 04 2001" (spaces), "DOB 03042001" / "20010403" (no separators).
    static let cuedOnlyDate = RedactionPattern(
        #"(?<![\w/.\-])(?:[0-9]{1,2} [0-9]{1,2} (?:19|20)[0-9]{2}|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)?[0-9]{2}|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))(?![\w/]|[.\-][0-9])"#)
    /// A child's birth year in brackets after the relation: "son (2016)", "her daughter (b. 2019)".
    static let relationYear = RedactionPattern(
        #"\b(?:son|daughter|child|baby|brother|sister|half-brother|half-sister|stepson|stepdaughter|nephew|niece|grandson|granddaughter|grandchild|kid)s?\s*\((?:b\.?\s*|born\s+)?((?:19|20)[0-9]{2})\)"#,
        caseInsensitive: true)
    /// An age just before the date: "24 (03.04.2001)", "(24, 03/04/2001)", "aged 24 - 03/04/2001".
    static let ageBefore = RedactionPattern(
        #"(?:\baged?\s*[0-9]{1,2}\s*(?:yo|y/o|yrs?|years?(?: old)?)?|\b[0-9]{1,2}\s*(?:yo|y/o|yrs?|years?(?: old)?)|\(\s*[0-9]{1,2}|\b[0-9]{1,2}(?=\s*\())\s*[,(\-/]\s*$"#,
        caseInsensitive: true)
    static let ordinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[ \\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[ \\-]first"
    static let yearWords = "(?:nineteen|twenty|two thousand(?: and)?)(?:[ \\-](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh))*"
    /// Dictated: "born twenty second of March twenty fifteen", "date of birth the first of June two thousand and nine".
    static let spokenBirthDate = RedactionPattern(
        #"\b(?:born|dob|date of birth|birthday)(?:[ ]+(?:on|is|was))?[ ]+((?:the[ ]+)?(?:"# + ordinals + #")[ ]+(?:of[ ]+)?"# + month + #"(?:[ ]+"# + yearWords + #")?)"#,
        caseInsensitive: true)
    /// " (2016)" straight after a name: a child's birth year.
    static let bracketYear = RedactionPattern(#"[ ]?\(((?:19|20)[0-9]{2})\)"#)
    static let cues = ["dob", "d o b", "date of birth", "born", "b", "birthday", "birth date", "birthdate", "dob on file", "age dob",
                       // Welsh "dyddiad geni", Polish "data urodzenia", French "né(e) le".
                       "geni", "urodzenia", "urodzony", "urodzona", "né le", "née le"]
    /// "birthday party on 12/06" is the date of a party.
    static let notBirth = ["birthday party", "birthday meal", "birthday celebration", "birthday card", "birthday present", "birthday drinks"]

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
            let rawBefore = note.text(windowStart..<r.lowerBound).lowercased()
            let cued = (cues.contains { window.contains(" \($0) ") } || rawBefore.contains("d.o.b") || rawBefore.contains("d/o/b"))
                && !notBirth.contains { window.contains(" \($0) ") }
            if cued {
                out.append(RedactionCandidate(r, .dateOfBirth, score: hasYear ? 0.95 : 0.75))
                continue
            }
            // "(22.09.1989)" right after a name.
            if hasYear, r.lowerBound >= 2, note.units[r.lowerBound - 1] == 40,
               people.contains(where: { $0.upperBound <= r.lowerBound - 1 && r.lowerBound - 1 - $0.upperBound <= 1 }) {
                out.append(RedactionCandidate(r, .dateOfBirth, score: 0.8))
                continue
            }
            // "Jodie Kerr, 03/04/2001", "24 (03.04.2001)": a full date straight after a name or an age.
            // Only a date years back: "Session 3 (12/05/2025)" is not a birth date.
            if hasYear, isLongAgo(text) {
                let before = note.text(windowStart..<r.lowerBound)
                // Also after the name's initials in brackets: "Danielle Kirkbride (DK), 03/03/1994".
                let afterName = before.hasSuffix(", ") && people.contains(where: { $0.upperBound == r.lowerBound - 2 })
                    || before.hasSuffix("), ") && people.contains(where: { $0.upperBound == r.lowerBound - 3 })
                if afterName || !note.matches(ageBefore, in: windowStart..<r.lowerBound).isEmpty {
                    out.append(RedactionCandidate(r, .dateOfBirth, score: 0.75))
                }
            }
        }
        let birthWords: Set<String> = ["dob", "born", "birth", "b", "d", "birthday", "birthdate", "geni", "urodzenia", "urodzony", "urodzona", "né", "née"]
        let anyBirthWord = note.tokens.contains { birthWords.contains($0.lower) }
        for m in (anyBirthWord ? note.matches(cuedOnlyDate) : []) {
            let lineStart = note.lineBefore(m.range.location).lowerBound
            let window = note.wordsBefore(m.range.location, maxChars: min(30, m.range.location - lineStart))
            if cues.contains(where: { window.contains(" \($0) ") }) || note.text(lineStart..<m.range.location).lowercased().contains("d.o.b") {
                out.append(RedactionCandidate(m.whole, .dateOfBirth, score: 0.85))
            }
        }
        for m in (note.string.contains("(") ? note.matches(relationYear) : []) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .dateOfBirth, score: 0.75)) }
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
        let yearCue = anyBirthWord || note.tokens.contains { $0.lower == "yob" || $0.lower == "y" }
        for m in (yearCue ? note.matches(birthYear) : []) {
            guard var r = m.rangeOf(group: 1) else { continue }
            // "b. 2016": the abbreviation is written as part of the birth year, so it goes with it.
            if note.text(m.whole).lowercased().hasPrefix("b.") { r = m.range.location..<r.upperBound }
            out.append(RedactionCandidate(r, .dateOfBirth, score: 0.8))
        }
        return out
    }

    /// A four-digit year before 2019, or a two-digit one (ambiguous, but written after an age it is a birth year).
    static func isLongAgo(_ date: String) -> Bool {
        guard let m = date.range(of: #"[0-9]{4}"#, options: .regularExpression) else { return true }
        let year = Int(date[m]) ?? 0
        return year >= 1900 && year < 2019
    }
}
