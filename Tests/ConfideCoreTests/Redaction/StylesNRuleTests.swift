import Testing
@testable import ConfideCore

/// General rules added after the blind styles-n run, each with a fresh example and the look-alike it must leave alone.
@Suite("Rules from the styles-n notes: names")
struct StylesNNameTests {
    @Test func subjectLineTopicIsNoName() {
        #expect(redactedTexts("Subject: Review meeting - Orsolya Farkas\n\nHi all,", .person) == ["Orsolya Farkas"])
        #expect(redactedTexts("Subject: Safeguarding update", .person).isEmpty)
        // A name straight after the field is still one, alone or before a dash.
        #expect(redactedTexts("Subject: Okonkwo - housing letter", .person) == ["Okonkwo"])
    }

    @Test func preferredNameAfterAPronoun() {
        #expect(redactedTexts("Intake with Oluwaseun (he prefers Seun) today. Seun was calm.", .person) == ["Oluwaseun", "Seun", "Seun"])
        // What is preferred is not always a name: a day, or an everyday word.
        #expect(redactedTexts("She prefers Tuesdays, after college.", .person).isEmpty)
        #expect(redactedTexts("He prefers Chinese food.", .person).isEmpty)
    }

    @Test func nameInBracketsAfterANamingCue() {
        #expect(redactedTexts("She only knew the driver's first name (Zoltan) and the car colour.", .person) == ["Zoltan"])
        // A bracket after a cue that holds no name.
        #expect(redactedTexts("Gave her first name (only) and hung up.", .person).isEmpty)
    }

    @Test func lowerCaseGivenNameAsSessionHeaderField() {
        #expect(redactedTexts("s3 - rosheen - 14/2\nc calmer today.", .person) == ["rosheen"])
        // Other fields of a header are what happened, not who.
        #expect(redactedTexts("s3 - cancelled - 14/2", .person).isEmpty)
        #expect(redactedTexts("s5 - telephone - 21/2", .person).isEmpty)
    }

    @Test func possessiveInitialsOfANamedPersonEvenWhenTheySpellATime() {
        #expect(redactedTexts("Client Paulina Mazur attended. Referral made with PM's agreement.", .person) == ["Paulina Mazur", "PM"])
        // Without a matching name, or without the possessive, the letters are the afternoon.
        #expect(redactedTexts("Client Kasia Nowak attended. Next call at 3 PM.", .person) == ["Kasia Nowak"])
        #expect(redactedTexts("Session moved to the PM's slot on Friday.", .person).isEmpty)
    }

    @Test func establishedWordNameWithAnAdverbBeforeItsVerb() {
        #expect(redactedTexts("Her sister Summer drove her in. Summer then waited outside.", .person) == ["Summer", "Summer"])
        // Without the established name the word stays a season.
        #expect(redactedTexts("Summer then came round again and the hay fever returned.", .person).isEmpty)
    }
}

@Suite("Rules from the styles-n notes: places and organisations")
struct StylesNPlaceTests {
    @Test func streetWithWhoseHomeInBrackets() {
        #expect(redactedTexts("She avoids the pub and the whole of Tenter Street (Kofi's flat).", .address) == ["Tenter Street"])
        // A street with no one's home after it, and no cue, stays unmarked.
        #expect(redactedTexts("The whole of Tenter Street (since May) is closed.", .address).isEmpty)
    }

    @Test func houseNameBeforeAStreetIsNoVenue() {
        #expect(redactedTexts("She is staying at Hollybank, Moor Lane, for now.", .organisation).isEmpty)
        #expect(redactedTexts("She is staying at Hollybank, Moor Lane, for now.", .address).first?.hasPrefix("Hollybank, Moor Lane") == true)
        // A venue without a street after it is still a venue.
        #expect(redactedTexts("They met at Flamingos, the bar by the station.", .organisation) == ["Flamingos"])
    }

    @Test func retailParkAndVetsAreOrganisations() {
        #expect(redactedTexts("She will not go to Parkgate Retail Park now.", .organisation) == ["Parkgate Retail Park"])
        #expect(redactedTexts("He works at Moorside Vets on Saturdays.", .organisation) == ["Moorside Vets"])
        // A park that is no business, and the word on its own.
        #expect(redactedTexts("They walked round Beacon Park after school.", .organisation).isEmpty)
        #expect(redactedTexts("Took the cat to the vets on Monday.", .organisation).isEmpty)
    }
}
