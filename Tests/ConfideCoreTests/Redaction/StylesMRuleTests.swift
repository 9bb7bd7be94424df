import Testing
@testable import ConfideCore

/// General rules added after the blind styles-m run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-m notes: names")
struct StylesMNameTests {
    @Test func departmentAfterACapitalisedRoleWordIsATeam() {
        #expect(redactedTexts("Tomos Griffith (Student Finance) rang back.", .person) == ["Tomos Griffith"])
        #expect(redactedTexts("Emailed Student Conduct about the hearing.", .person).isEmpty)
        // A name after the same role word is still found.
        #expect(redactedTexts("Her student Kayode Bello attended.", .person) == ["Kayode Bello"])
    }

    @Test func everydayWordsAreNeitherNamesNorVenues() {
        #expect(redactedTexts("Mr Okafor no longer works for the firm.", .organisation).isEmpty)
        #expect(redactedTexts("Her carer Bev took her straight home.", .organisation).isEmpty)
        #expect(redactedTexts("SARC crisis worker handover - night to day", .person).isEmpty)
        #expect(redactedTexts("To: Older Survivors Project", .person).isEmpty)
        // A lower-case role word still marks an unfamiliar name after it.
        #expect(redactedTexts("worker sunita stayed late", .person) == ["sunita"])
    }

    @Test func clinicalTitleUnderASignatureIsNoName() {
        #expect(redactedTexts("Yours sincerely\n\nDr Adaeze Obi\nConsultant Paediatrician", .person) == ["Adaeze Obi"])
        #expect(redactedTexts("Kind regards\n\nRhodri Parry\nForensic Physician", .person) == ["Rhodri Parry"])
    }

    @Test func unquotedNameAfterACrowdCalls() {
        #expect(redactedTexts("A lad everybody calls Moose has been texting her.", .person) == ["Moose"])
        // A body people call is no nickname: the capitals run on.
        #expect(redactedTexts("That is when people call Social Services.", .person).isEmpty)
    }

    @Test func givenNameBeforeAMissingSurname() {
        #expect(redactedTexts("Self-referral from Oriane (no surname given) at 10.", .person) == ["Oriane"])
        #expect(redactedTexts("Text from Zubair (surname unknown) to the duty phone.", .person) == ["Zubair"])
        // A role before the same bracket is not a name.
        #expect(redactedTexts("The caller (first name only) rang off.", .person).isEmpty)
    }

    @Test func preferredNameInBrackets() {
        #expect(redactedTexts("Client: Wilhelmina Stroud (prefers Billie)\nBillie arrived early.", .person)
                == ["Wilhelmina Stroud", "Billie", "Billie"])
        // A preferred day or language is no name.
        #expect(redactedTexts("Contact by text only (prefers Tuesdays) and letters in Welsh (prefers Welsh).", .person).isEmpty)
    }

    @Test func twoUnfamiliarWordsAfterAVerbOfTalking() {
        #expect(redactedTexts("I have spoken to Teodor Vasquez in accommodation.", .person) == ["Teodor Vasquez"])
        // A body, a firm or a street after the same words is not a person.
        #expect(redactedTexts("She has spoken to Hobsley Council and to Ashby Tyres.", .person).isEmpty)
    }

    @Test func capitalisedWordAsideAfterAWordForAPerson() {
        #expect(redactedTexts("Another driver, Dusty, saw him walk off.", .person) == ["Dusty"])
        // Set off by commas after something that is not a person, the word is no name.
        #expect(redactedTexts("The weather, Sunny, was a relief.", .person).isEmpty)
        #expect(redactedTexts("Her manager, Finance, has agreed.", .person).isEmpty)
    }

    @Test func degreeBeforeItsSubjectIsNoInitials() {
        #expect(redactedTexts("Student: Ffion Rowlands, BA History, year 2", .person) == ["Ffion Rowlands"])
        #expect(redactedTexts("Student: Ifan Lewis, MSc Data Science", .person) == ["Ifan Lewis"])
        // Initials in a list are still found.
        #expect(redactedTexts("Present: Ifan Lewis, KT, RB", .person) == ["Ifan Lewis", "KT", "RB"])
    }

    @Test func signOffLettersThatSpellAnAbbreviation() {
        #expect(redactedTexts("Safeguarding concern raised with the council.\n- BC", .person) == ["BC"])
        // The same letters inside a sentence are the abbreviation.
        #expect(redactedTexts("The church was built around 300 BC.", .person).isEmpty)
    }

    @Test func connectivesAreNoGivenNames() {
        // "and" had become a given name from a comment left inside the name list's string literal.
        #expect(redactedTexts("REFERRAL - CHILDREN AND YOUNG PEOPLE'S SERVICE", .person).isEmpty)
        #expect(redactedTexts("CLIENT: ANNA YOUNG", .person) == ["ANNA YOUNG"])
    }

    @Test func initialsAsAFieldOfAFollowUpHeader() {
        #expect(redactedTexts("SARC f/u - TR - wk 3 post FME\nspoke to her on the phone", .person) == ["TR"])
        // A topic in the same place is no one's initials.
        #expect(redactedTexts("SARC f/u - DNA - wk 3 post FME\nno answer", .person).isEmpty)
    }
}

@Suite("Rules from the styles-m notes: places, accounts, references")
struct StylesMPlaceTests {
    @Test func namedRefugeWithTheGroupItServes() {
        #expect(redactedTexts("Call from Marie at Fernhill Women's Refuge to book.", .organisation) == ["Fernhill Women's Refuge"])
        // The national charity's name alone is left.
        #expect(redactedTexts("She has the number for Women's Refuge.", .organisation).isEmpty)
    }

    @Test func societyAndRepairsEndANamedOrganisation() {
        #expect(redactedTexts("Her bank (Kestrelmoor Building Society) froze it.", .organisation) == ["Kestrelmoor Building Society"])
        #expect(redactedTexts("On placement at Doyle's Auto Repairs this term.", .organisation) == ["Doyle's Auto Repairs"])
        // Everyday words before the ending are no name.
        #expect(redactedTexts("She read the Building Society leaflet and booked car repairs.", .organisation).isEmpty)
    }

    @Test func closeWrittenShort() {
        #expect(redactedTexts("Sleeping at her boyfriend's, 7 Tarnside Cl, most nights.", .address) == ["7 Tarnside Cl"])
        #expect(redactedTexts("Dose raised to 7 ml at night.", .address).isEmpty)
    }

    @Test func bareStreetAfterEntering() {
        #expect(redactedTexts("Bail: not entering Pellow Street, where she works.", .address) == ["Pellow Street"])
        #expect(redactedTexts("She is entering Year 11 in September.", .address).isEmpty)
    }

    @Test func schemeNameRunningOnThroughToIsNoVenue() {
        #expect(redactedTexts("She went to the Freedom to Speak Up guardian.", .organisation).isEmpty)
        // A venue after "to the" is still found.
        #expect(redactedTexts("She went to the Golden Fleece after work.", .organisation) == ["the Golden Fleece"])
    }

    @Test func usernameInBracketsAfterThePlatform() {
        #expect(redactedTexts("He keeps adding her on Snap again (kez.rider) after being blocked.", .onlineHandle) == ["kez.rider"])
        // An abbreviation in brackets is no account.
        #expect(redactedTexts("He messaged on Snap again (e.g. late at night).", .onlineHandle).isEmpty)
    }

    @Test func wordForPeopleBeforeAPlatformIsNoAccount() {
        #expect(redactedTexts("She is being messaged by his mates on insta.", .onlineHandle).isEmpty)
        #expect(redactedTexts("She is being messaged by kaylax on insta.", .onlineHandle) == ["kaylax"])
    }

    @Test func chatReferenceIsTheServicesOwn() {
        #expect(redactedTexts("Webchat summary - chat ref WC-2291 - 23:14", .crimeReference).isEmpty)
        #expect(redactedTexts("Reported to police, crime ref WC-2291-25.", .crimeReference) == ["WC-2291-25"])
    }
}

@Suite("Team mailboxes: the service's own, or another body's")
struct TeamMailboxTests {
    @Test func anotherBodysTeamMailboxIsSuggested() {
        // Where she studies or works is identifying: a college's or employer's safeguarding or HR mailbox goes.
        #expect(redactedTexts("Emailed safeguarding@kestrel-college.example and hr@brightwell-foods.example about the meeting.", .email)
                == ["safeguarding@kestrel-college.example", "hr@brightwell-foods.example"])
    }

    @Test func theServicesOwnTeamMailboxIsLeftAlone() {
        for own in ["referrals@northvale-rapecrisis.example", "isva@westmoor-isva.example", "counselling@ourservice.example",
                    "info@kelsbridgerc.example", "helpline@survivors-north.example"] {
            #expect(redactedTexts("Copy to \(own) for the file.", .email).isEmpty, "\(own)")
        }
    }
}
