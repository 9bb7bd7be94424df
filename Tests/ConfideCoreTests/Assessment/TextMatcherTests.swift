import Testing
@testable import ConfideCore

@Suite("Text matcher")
struct TextMatcherTests {
    func signal(_ phrases: [String], reported: Bool = false) throws -> TextSignal {
        TextSignal(name: "t", description: "t", fields: ["reason"], respectsNegation: true, ignoresReportedSpeech: reported,
                   phrases: try phrases.map { try PhrasePattern($0) }, patterns: [])
    }

    func hits(_ phrases: [String], _ text: String, reported: Bool = false) throws -> Int {
        try signal(phrases, reported: reported).matches(in: AnalysedText(text)).count
    }

    @Test("case, punctuation, line breaks and plurals", arguments: [
        "To assess her CREDIBILITY.", "to assess her\ncredibility", "Assess (her) credibility!", "to assess her credibilities",
    ])
    func normalisation(_ text: String) throws {
        #expect(try hits(["assess her credibility"], text) == 1)
    }

    @Test("plural and singular meet", arguments: ["all records", "all record", "all the records"])
    func plurals(_ text: String) throws {
        #expect(try hits(["all *? record"], text) == 1)
    }

    @Test("British and American spellings meet", arguments: [
        ("her behaviour afterwards", "her behavior afterwards"),
        ("authorised by", "authorized by"),
        ("counselling notes", "counseling notes"),
        ("the defence case", "the defense case"),
        ("her demeanour", "her demeanor"),
        ("organisation", "organization"),
    ])
    func spelling(_ british: String, _ american: String) throws {
        #expect(try hits([british], american) == 1)
        #expect(try hits([american], british) == 1)
    }

    @Test("negation in the same clause denies a match", arguments: [
        "This is not about her credibility.",
        "We are not asking you to assess her credibility or reliability.",
        "We have no interest in her credibility.",
        "This request is about the date of first complaint rather than her credibility.",
        "Her credibility is not in issue.",
        "We do not suggest that her credibility is affected.",
        "It isn't about credibility.",
    ])
    func negated(_ text: String) throws {
        #expect(try hits(["credibility"], text) == 0)
    }

    @Test("negation does not leak into another clause", arguments: [
        "We do not doubt her account, but we need to assess her credibility.",
        "Although she did not report it at once, we need the notes to assess her credibility.",
        "She has not been interviewed. We need to assess her credibility.",
        "If these are not provided we will assess her credibility ourselves.",
        "We have no other records and we want to check her credibility.",
    ])
    func notNegated(_ text: String) throws {
        #expect(try hits(["credibility"], text) == 1)
    }

    @Test("a phrase containing 'not' still matches itself")
    func innerNegation() throws {
        #expect(try hits(["not report ... until"], "She did not report the assault until March.") == 1)
        #expect(try hits(["not report ... until"], "She didn't report it until March.") == 1)
        #expect(try hits(["do not tell|inform"], "Please do not inform her of this request.") == 1)
    }

    @Test("reported speech from the other side is ignored when the signal says so")
    func reported() throws {
        let text = "The suspect says they carried on seeing each other for weeks."
        #expect(try hits(["carried on seeing"], text, reported: true) == 0)
        #expect(try hits(["carried on seeing"], text, reported: false) == 1)
        #expect(try hits(["carried on seeing"], "She carried on seeing him afterwards, so we need the notes.", reported: true) == 1)
    }

    @Test("wildcards, alternatives, prefixes and gaps")
    func syntax() throws {
        #expect(try hits(["anything ... assist|undermine*"], "whether there is anything in her therapy that undermines her account") == 1)
        #expect(try hits(["credib*|reliab*"], "her reliability") == 1)
        #expect(try hits(["history of *? anxiety"], "a history of anxiety") == 1)
        #expect(try hits(["history of *? anxiety"], "a history of severe anxiety") == 1)
        #expect(try hits(["assess her credibility"], "assess. Her credibility") == 0)   // not across sentences
        #expect(throws: PhrasePattern.SyntaxError.self) { try PhrasePattern("... starts with a gap") }
        #expect(throws: PhrasePattern.SyntaxError.self) { try PhrasePattern("a|two-words") }
    }

    @Test("quotes show the original words in context")
    func quote() throws {
        let text = AnalysedText("CPS have requested material to assess the complainant's credibility and reliability as a witness.")
        let m = try signal(["credibility"]).matches(in: text)
        #expect(m.first?.quote.contains("complainant's credibility and reliability") == true)
    }

    @Test("evidence in an assessment quotes the words that triggered it")
    func evidence() throws {
        let a = try assess("""
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        requester: {type: police}
        reason: to assess her credibility
        """)
        let f = a.findings.first { $0.check == "EW-06" }
        #expect(f?.evidence.contains("reason: \"to assess her credibility\"") == true, "\(String(describing: f?.evidence))")
    }
}
