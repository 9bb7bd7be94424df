import Foundation

/// A note as the detectors read it: UTF-16 units (what NSRegularExpression reports), word tokens, and a map from
/// UTF-16 offsets back to code points, because the output counts code points (Python `str` indices).
struct NoteText {
    let string: String
    let ns: NSString
    let units: [UInt16]
    let tokens: [NoteToken]
    /// scalarOffset[i] = number of code points before UTF-16 offset i (count = units.count + 1).
    private let scalarOffsets: [Int]

    init(_ string: String) {
        self.string = string
        self.ns = string as NSString
        let units = Array(string.utf16)
        self.units = units
        var offsets = [Int](repeating: 0, count: units.count + 1)
        var scalars = 0
        for i in 0..<units.count {
            offsets[i] = scalars
            // A low surrogate completes the code point its high surrogate started.
            if !UTF16.isTrailSurrogate(units[i]) { scalars += 1 }
        }
        offsets[units.count] = scalars
        self.scalarOffsets = offsets
        self.tokens = NoteTokenizer.tokenize(units)
    }

    var length: Int { units.count }

    func scalarOffset(_ utf16: Int) -> Int { scalarOffsets[max(0, min(utf16, units.count))] }

    func text(_ range: Range<Int>) -> String { ns.substring(with: NSRange(location: range.lowerBound, length: range.count)) }

    func matches(_ pattern: RedactionPattern, in range: Range<Int>? = nil) -> [NSTextCheckingResult] {
        let r = range ?? 0..<length
        return pattern.regex.matches(in: string, options: [], range: NSRange(location: r.lowerBound, length: r.count))
    }

    func unit(_ i: Int) -> UInt16? { i >= 0 && i < units.count ? units[i] : nil }

    /// Index of the first token whose start is at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The text of the line holding `offset`, up to it.
    func lineBefore(_ offset: Int) -> Range<Int> {
        var s = offset
        while s > 0, units[s - 1] != 10 { s -= 1 }
        return s..<offset
    }
}

/// A compiled regular expression shared across calls; NSRegularExpression is immutable once built.
struct RedactionPattern: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are literals in this module: a typo is a programming error caught by the tests.
        self.regex = try! NSRegularExpression(pattern: pattern, options: options)
    }
}

extension NSTextCheckingResult {
    func rangeOf(group: Int) -> Range<Int>? {
        let r = range(at: group)
        guard r.location != NSNotFound else { return nil }
        return r.location..<(r.location + r.length)
    }
    var whole: Range<Int> { range.location..<(range.location + range.length) }
}

extension NoteText {
    /// Lower-case words in the `maxChars` before `offset` (on the same line unless told otherwise), joined with single
    /// spaces and padded, so that a cue is found with `contains(" date of birth ")`.
    func wordsBefore(_ offset: Int, maxChars: Int, sameLine: Bool = true) -> String {
        var lowest = max(0, offset - maxChars)
        if sameLine { lowest = max(lowest, lineBefore(offset).lowerBound) }
        var i = tokenIndex(atOrAfter: offset) - 1
        var words: [String] = []
        while i >= 0, tokens[i].range.lowerBound >= lowest {
            words.append(tokens[i].lower)
            i -= 1
        }
        return " " + words.reversed().joined(separator: " ") + " "
    }

    /// True when one of `cues` (single words or phrases, lower case) occurs in the words before `offset`.
    func hasCue(before offset: Int, _ cues: [String], maxChars: Int = 30, sameLine: Bool = true) -> Bool {
        let window = wordsBefore(offset, maxChars: maxChars, sameLine: sameLine)
        return cues.contains { window.contains(" \($0) ") }
    }
}
