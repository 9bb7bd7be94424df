import Testing
@testable import ConfideCore

/// General rules added after the blind styles-j run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-j notes")
struct StylesJRuleTests {
    @Test func loneInitialOfANamedPersonUsedAgainAndAgain() {
        let note = "Supervision - supervisee Tom Garside\nCase 1: T feels stuck. Agreed T to speak w/ ISVA. Case 2: DNA x2, T to send letter.\nT's self-care: leave booked."
        #expect(redactedTexts(note, .person) == ["Tom Garside", "T", "T", "T", "T"])
        // Without a full name behind the letter, a letter used again and again stays a shorthand.
        #expect(redactedTexts("Supervision w/ Tam\nT feels stuck. T to send letter. T feels tired. T asked for leave.", .person) == ["Tam"])
        // "Plan B to follow": a letter after a word, not at a clause start or after "agreed", is not the one who acts.
        #expect(redactedTexts("Bella Hart reviewed. Plan B to follow next week.", .person) == ["Bella Hart"])
    }

    @Test func loneInitialThatOwnsOrIsTold() {
        #expect(redactedTexts("tc w/ Precious today. P relieved + scared. P's employer agreed leave.", .person) == ["Precious", "P", "P"])
        #expect(redactedTexts("Police have Hodan's phone. Told H.\nNext: chase.", .person) == ["Hodan", "H"])
        #expect(redactedTexts("Ayesha's caseload is 38. A. feeling stretched.", .person) == ["Ayesha", "A"])
        // An article or a grade is not a person, even when a name starts with the letter.
        #expect(redactedTexts("Ayesha got A grades. A feeling of dread came back.", .person) == ["Ayesha"])
        #expect(redactedTexts("Helen passed. Vitamin D's effect on mood was discussed; told H about it later.", .person) == ["Helen"])
    }
}
