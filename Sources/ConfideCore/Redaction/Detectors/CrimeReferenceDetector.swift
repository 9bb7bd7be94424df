import Foundation

/// Police references in the many shapes forces use: "37/68673/24", "CR/786865/24", "MB-20251001-0192", a crime number
/// after "crime ref", "incident 0345 of 12/03/24", a URN; and any other long number left unclaimed, since a bare
/// seven-plus-digit number in a note is almost always some reference that identifies the case.
enum CrimeReferenceDetector {
    /// Groups of letters and digits joined by "/" or "-".
    static let structured = RedactionPattern(#"(?<![\w/\-.])[A-Za-z0-9]{1,12}(?:[/\-][A-Za-z0-9]{1,12}){1,4}(?![\w/\-]|\.[A-Za-z0-9])"#)
    static let cued = RedactionPattern(
        #"\b(?:crime|crn|occurrence|occ|incident|log|logged as|recorded as|logged under|urn|ref|reference|case|cad|storm|niche|athena)(?:\s+(?:ref|reference|no|number|num|nos?|id))?(?:\s+(?:given|provided|supplied|quoted|allocated|issued))?\.?\s*(?:is|was|:|-|#)?\s*([A-Za-z0-9][A-Za-z0-9/\-*]*[0-9][A-Za-z0-9/\-*]*(?:\s+of\s+[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{2,4})?)"#,
        caseInsensitive: true)
    /// A police log or incident: "0345 of 12/03/2025".
    static let logOfDate = RedactionPattern(#"(?<![\w/])[0-9]{2,5} of [0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?(?![\w/])"#)
    /// A control-room log as number and date without "of": "Storm 0567 16/07/24", "log 1187 02/07".
    static let logThenDate = RedactionPattern(
        #"\b(?:storm|log|cad|incident|inc)(?:\s+(?:no|number|ref))?\.?\s*:?\s*([0-9]{2,5}[ ]+[0-9]{1,2}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?)(?![\w/])"#, caseInsensitive: true)
    static let longNumber = RedactionPattern(#"(?<![\w/.\-+£$,])[0-9]{7,}(?![\w/\-]|[.,][0-9])"#)
    /// Letters and at least five digits in one word ("44AB1234521").
    static let mixedIdentifier = RedactionPattern(#"(?<![\w/\-])(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{8,20}(?![\w/\-])"#)
    /// After a cue, groups split by single spaces: "ref is HB 26 004481", "crime no NM 26 0118".
    static let cuedSpaced = RedactionPattern(
        #"\b(?:crime|crn|occurrence|occ|incident|log|urn|ref|reference)(?:\s+(?:ref|reference|no|number|num))?\.?\s*(?:is|was|:|-|#)?\s*((?:[A-Za-z]{1,4}|[0-9]{2,4})(?: [0-9]{2,8}){2,3})(?![\w/]|[.,][0-9])"#,
        caseInsensitive: true)
    /// A police system's name written as part of the number: "CAD 3321 19/09", "CRIS 4521983/22", "CRN 44/2291/26".
    static let systemPrefixes: Set<String> = ["CAD", "CRIS", "CRN"]
    static let dateLike = RedactionPattern(#"^(?:[0-9]{1,2}[/\-.][0-9]{1,2}(?:[/\-.][0-9]{2,4})?|[0-9]{4}[/\-][0-9]{1,2}[/\-][0-9]{1,2}|[0-9]{4}[/\-][0-9]{2,4})$"#)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for m in note.matches(structured) {
            let text = note.text(m.whole)
            let digits = text.filter(\.isNumber).count
            let groups = text.split(whereSeparator: { $0 == "/" || $0 == "-" })
            guard digits >= 6, groups.contains(where: { $0.filter(\.isNumber).count >= 4 }),
                  !isDate(note, m.whole), !isSortCode(text), !ownReference(note, m.whole), !notPolice(note, m.whole) else { continue }
            out.append(RedactionCandidate(m.whole, .crimeReference, score: 0.85))
        }
        for m in note.matches(cued) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let text = note.text(r)
            let digits = text.filter(\.isNumber).count
            // After a cue, "2107-0559" is a log number: only a first group that could be a year makes "2024-25" a date.
            let fourFour = text.count == 9 && text.split(separator: "-").map(\.count) == [4, 4]
            let yearLead = Int(text.prefix(4)).map { (1900...2099).contains($0) } ?? false
            guard digits >= 4 || (digits >= 3 && text.contains("/")), !isDate(note, r) || fourFour && !yearLead else { continue }
            // "Your ref:" in a letter to the service is the service's own file number.
            // "Internal ref EF-0431", "invoice ref", "payment ref": the service's own bookkeeping, not a police reference.
            if notPolice(note, r) { continue }
            if note.wordsBefore(r.lowerBound, maxChars: 16).hasSuffix(" your ref ") || note.wordsBefore(r.lowerBound, maxChars: 22).hasSuffix(" your reference ") { continue }
            // "Our ref: HG/0711" heads a letter from the service: its own file number.
            if ownReference(note, r) { continue }
            out.append(RedactionCandidate(r, .crimeReference, score: 0.9, priority: 72))
        }
        for m in note.matches(logOfDate) {
            // Only a cued log may leave out the year ("log 1289 of 16/07"); "2 of 3/4" is a count.
            let hasYear = note.text(m.whole).filter { $0 == "/" || $0 == "." }.count >= 2
            if !hasYear && !note.hasCue(before: m.range.location, ["log", "incident", "inc", "storm", "cad", "ref", "reference", "logged"], maxChars: 20) { continue }
            out.append(RedactionCandidate(m.whole, .crimeReference, score: 0.85, priority: 73))
        }
        for m in note.matches(logThenDate) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .crimeReference, score: 0.85, priority: 73)) }
        }
        for m in note.matches(cuedSpaced) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let text = note.text(r)
            let groups = text.split(separator: " ")
            let digits = text.filter(\.isNumber).count
            // "ref 0113 496 0558" is a phone number; "ref 12 03 2026" a date.
            guard digits >= 6, groups.contains(where: { $0.count >= 4 && $0.allSatisfy(\.isNumber) }),
                  !(text.hasPrefix("0") && digits >= 10), !(groups.count == 3 && groups.allSatisfy { $0.allSatisfy(\.isNumber) } && groups[0].count <= 2 && groups[1].count <= 2),
                  !ownReference(note, r) else { continue }
            out.append(RedactionCandidate(r, .crimeReference, score: 0.8, priority: 71))
        }
        for m in note.matches(longNumber) {
            // "student ID 2291047", "staff no. 40118273": an employer's or a college's own number for the person, not a case's.
            if ownIdentifier(note, m.whole) { continue }
            out.append(RedactionCandidate(m.whole, .crimeReference, score: 0.5, priority: 40))
        }
        for m in note.matches(mixedIdentifier) where note.text(m.whole).filter(\.isNumber).count >= 5 {
            out.append(RedactionCandidate(m.whole, .crimeReference, score: 0.5, priority: 40))
        }
        return out.map(withSystemPrefix(note))
    }

    /// Widens a reference to take in the police system's name just before it ("CAD 3321 19/09").
    static func withSystemPrefix(_ note: NoteText) -> (RedactionCandidate) -> RedactionCandidate {
        { c in
            let start = c.range.lowerBound
            guard start >= 4, note.unit(start - 1) == 32 else { return c }
            let lineStart = note.lineBefore(start).lowerBound
            var s = start - 1
            while s > lineStart, let u = note.unit(s - 1), (65...90).contains(u) { s -= 1 }
            let word = note.text(s..<(start - 1))
            guard systemPrefixes.contains(word), s == 0 || !(note.unit(s - 1).map { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) } ?? false) else { return c }
            var widened = c
            widened.range = s..<c.range.upperBound
            return widened
        }
    }

    /// Whose reference it is, when the word before "ref" says it is not the police's: the service's own bookkeeping
    /// ("internal ref", "invoice ref"), another agency's ("MASH ref: 25/0193", "Cafcass ref", "council ref"), a request's or
    /// an application's ("request ref TPR-25-017", "claim ref"), or the other side's in a letter ("their ref CP/DEF/2291").
    static let notPoliceOwners = ["internal", "invoice", "payment", "order", "booking", "file", "grant", "fund", "transaction",
        "mash", "cafcass", "council", "housing", "request", "application", "claim", "complaint", "tribunal", "their", "referral", "cica",
        // "chat ref WC-2291": a webchat or support ticket is the service's own log.
        "chat", "webchat", "ticket"]

    static func notPolice(_ note: NoteText, _ r: Range<Int>) -> Bool {
        let before = note.wordsBefore(r.lowerBound, maxChars: 22)
        return notPoliceOwners.contains { before.hasSuffix(" \($0) ref ") || before.hasSuffix(" \($0) reference ") }
    }

    /// Whose number it is when a college, an employer or a library issued it: "student ID", "staff number", "payroll no".
    static let identifierOwners = ["student", "staff", "employee", "payroll", "library", "membership", "member", "pupil", "candidate"]
    static func ownIdentifier(_ note: NoteText, _ r: Range<Int>) -> Bool {
        let before = note.wordsBefore(r.lowerBound, maxChars: 24)
        return identifierOwners.contains { owner in
            ["id", "number", "no", "no.", "num"].contains { before.hasSuffix(" \(owner) \($0) ") }
        }
    }

    static func ownReference(_ note: NoteText, _ r: Range<Int>) -> Bool {
        let before = note.wordsBefore(r.lowerBound, maxChars: 22)
        guard before.hasSuffix(" our ref ") || before.hasSuffix(" our reference ") || before.hasSuffix(" my ref ") else { return false }
        // In a letter from the police, "Our ref" is the police reference.
        let head = note.text(0..<r.lowerBound).lowercased()
        return !["police", "constabulary", "protection unit", "cid", "investigation", "officer in case", "oic"].contains { head.contains($0) }
    }

    static func isDate(_ note: NoteText, _ r: Range<Int>) -> Bool {
        let text = note.text(r)
        return dateLike.regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    static func isSortCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
    }
}
