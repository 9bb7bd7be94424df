import Testing
@testable import ConfideCore

/// General rules added after the blind styles-h run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-h notes")
struct StylesHRuleTests {
    @Test func policeSystemNameGoesWithTheReference() {
        #expect(redactedTexts("The police log is CAD 3318 09/02/26.", .crimeReference) == ["CAD 3318 09/02/26"])
        #expect(redactedTexts("older ref CRIS 4521983/22 closed", .crimeReference) == ["CRIS 4521983/22"])
        #expect(redactedTexts("involvement; ref CRN 44/2291/26", .crimeReference) == ["CRN 44/2291/26"])
        // A capitalised word that is not a police system stays out; so does a word that merely ends in the letters.
        #expect(redactedTexts("Crime ref: 37/68673/24", .crimeReference) == ["37/68673/24"])
        #expect(redactedTexts("ABCAD 37/68673/24", .crimeReference) == ["37/68673/24"])
    }

    @Test func spacedReferenceAfterACue() {
        #expect(redactedTexts("dc khan said ref is HB 26 004481. ok", .crimeReference) == ["HB 26 004481"])
        #expect(redactedTexts("crime no NM 26 011834 given", .crimeReference) == ["NM 26 011834"])
        // A phone number or a date after "ref" is not a crime reference; nor is a short count.
        #expect(redactedTexts("ref 0113 496 0558 is her work line", .crimeReference).isEmpty)
        #expect(redactedTexts("ref 12 03 2026 meeting", .crimeReference).isEmpty)
        #expect(redactedTexts("see ref 2 of 3 in the pack", .crimeReference).isEmpty)
    }

    @Test func currentPlateWithTwoSpaces() {
        #expect(redactedTexts("grey Qashqai reg YH 68 PLX seen on ANPR", .vehicleRegistration) == ["YH 68 PLX"])
        #expect(redactedTexts("Saw EV 63 JHK outside again.", .vehicleRegistration) == ["EV 63 JHK"])
        // Capitals text with a date or a time is not a plate.
        #expect(redactedTexts("HE CAME ROUND ON 12 MAR AND AGAIN AT 10 PM", .vehicleRegistration).isEmpty)
        #expect(redactedTexts("SEEN HIM IN 20 MIN", .vehicleRegistration).isEmpty)
    }

    @Test func birthYearWithItsAbbreviation() {
        #expect(redactedTexts("her son Kai (b. 2016) is at home", .dateOfBirth) == ["b. 2016"])
        #expect(redactedTexts("Client born in 1990 in Leeds", .dateOfBirth) == ["1990"])
    }

    @Test func organisationTakesInTheAndItsPossessive() {
        #expect(redactedTexts("Assault happened near the Anchor Inn on Friday.", .organisation) == ["the Anchor Inn"])
        #expect(redactedTexts("She is off sick from Sainsbury's this week.", .organisation) == ["Sainsbury's"])
        // "the" inside another word is not taken ("bathe Anchor Inn" is no sentence, but "lathe" must not count).
        #expect(redactedTexts("a lathe Anchor Inn", .organisation).allSatisfy { !$0.hasPrefix("the") && !$0.hasPrefix("lathe") })
        // A person's possessive stays outside, as the annotation rules say.
        #expect(redactedTexts("Hope's mum rang.", .person) == ["Hope"])
    }

    @Test func moreOrganisationEndings() {
        #expect(redactedTexts("an assault by a co-worker at Brackley Timber Supplies.", .organisation) == ["Brackley Timber Supplies"])
        #expect(redactedTexts("her manager at Eastgate Packing is following her", .organisation) == ["Eastgate Packing"])
        #expect(redactedTexts("images shared with men from Sallowfield Sunday League.", .organisation) == ["Sallowfield Sunday League"])
        #expect(redactedTexts("New ref from Drayfield Uni wellbeing.", .organisation) == ["Drayfield Uni"])
        // Everyday words before a generic ending are no name: "Social Housing", "Public Library".
        #expect(redactedTexts("She is on the list for Social Housing and reads at the Public Library.", .organisation).isEmpty)
    }

    @Test func firmOfTwoNamesAndLowerCaseAmpersand() {
        #expect(redactedTexts("He works at Harper & Finch in town.", .organisation) == ["Harper & Finch"])
        #expect(redactedTexts("my shift at petal & stem florists changed", .organisation) == ["petal & stem florists"])
        // Two friends' home is not a firm; a lone given name after "works at" is still no organisation.
        #expect(redactedTexts("She stays at Tom & Jess's.", .organisation).isEmpty)
        #expect(redactedTexts("She works with Harper on Fridays.", .organisation).isEmpty)
    }

    @Test func contractionsAndFestivalsAreNotVenues() {
        #expect(redactedTexts("not now hes home. text only", .organisation).isEmpty)
        #expect(redactedTexts("what happened at the Christmas party at Lochrie Accountants", .organisation) == ["Lochrie Accountants"])
        #expect(redactedTexts("she works at oakfield nursery", .organisation) == ["oakfield nursery"])
    }

    @Test func fullNameAsideAfterARole() {
        #expect(redactedTexts("the coach, Des Rafferty, still volunteers there.", .person) == ["Des Rafferty"])
        #expect(redactedTexts("harassed by a neighbour, Gökhan Arslan, who lives upstairs", .person) == ["Gökhan Arslan"])
        // An aside of a firm or of everyday words is no name.
        #expect(redactedTexts("the landlord, Pemberton Lettings, has been told.", .person).isEmpty)
        #expect(redactedTexts("her manager, Social Services, and the school", .person).isEmpty)
        // A department after a role is no name either.
        #expect(redactedTexts("Spoke to her manager, Human Resources, about the rota.", .person).isEmpty)
        #expect(redactedTexts("rang the supervisor, Customer Operations, twice", .person).isEmpty)
    }

    @Test func inLawIsARelation() {
        #expect(redactedTexts("C said mother in law Gurmeet knows everything.", .person) == ["Gurmeet"])
        // "in law" elsewhere is not a relation.
        #expect(redactedTexts("She has a degree in law Monday to Friday.", .person).isEmpty)
    }

    @Test func clientNameInBrackets() {
        #expect(redactedTexts("C (Ravinder) v quiet today.", .person) == ["Ravinder"])
        // A language, a weekday or an everyday word in brackets is not her name.
        #expect(redactedTexts("C (Polish) needs an interpreter. C (Thursday) again. Client (new) seen.", .person).isEmpty)
    }
}
