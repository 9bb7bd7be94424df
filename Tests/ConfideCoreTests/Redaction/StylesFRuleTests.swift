import Testing
@testable import ConfideCore

/// General rules added after the blind styles-f run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-f notes")
struct StylesFRuleTests {
    @Test func givenNamesFromMoreCommunities() {
        // Names the lexicon lacked: Polish and Somali short forms, Yoruba, Turkish, English short forms.
        #expect(redactedTexts("Gosia says the van was there again.", .person) == ["Gosia"])
        #expect(redactedTexts("she said emre is at work till 6", .person) == ["emre"])
        #expect(redactedTexts("Supervision with Yetunde today; Tamsin approved the payment.", .person) == ["Yetunde", "Tamsin"])
        // Ordinary words are not names in lower case, and "Sky" (a broadcaster) was left out on purpose.
        #expect(redactedTexts("she found comfort in the group and watched Sky at night.", .person).isEmpty)
    }
}
