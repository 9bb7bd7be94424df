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

@Suite("Rules from the styles-j notes: bare streets")
struct StylesJStreetTests {
    @Test func bareStAbbreviationBeforeALowerCaseWord() {
        #expect(redactedTexts("incident at a house party on Mafeking St last sat", .address) == ["Mafeking St"])
        // No word of place before it: not said to be where anyone is.
        #expect(redactedTexts("Mafeking St was in the paper", .address).isEmpty)
        // Before a capital, "St" starts a saint's name.
        #expect(redactedTexts("She goes to church on Sundays at St Anne's.", .address).isEmpty)
    }

    @Test func capitalisedNameWithALowerCaseStreetWord() {
        #expect(redactedTexts("ill be outside ur mums on Denby rd later", .address) == ["Denby rd"])
        #expect(redactedTexts("she is staying at her nans on Kelso lane for now", .address) == ["Kelso lane"])
        // A day, or an everyday word, before "road" is not a street's name.
        #expect(redactedTexts("on Friday road works began outside", .address).isEmpty)
        #expect(redactedTexts("she was on the Main rd when he called", .address).isEmpty)
    }

    @Test func bareStreetRightAfterANamedPlaceOrBracket() {
        #expect(redactedTexts("He has turned up at her work (Bright Smiles Nursery, Tenter Road) three times.", .address) == ["Tenter Road"])
        #expect(redactedTexts("The car was parked by the shops (Hollin Road) overnight.", .address) == ["Hollin Road"])
        // A given name before the comma is a person addressed.
        #expect(redactedTexts("Thanks Sarah, Hollin Road is closed for works so I came late.", .address).isEmpty)
    }

    @Test func streetGivenAgainInShortForm() {
        #expect(redactedTexts("Suspect bailed to an address on Tynedale Terrace. The exclusion zone now includes Tynedale Tce and her work.", .address)
            == ["Tynedale Terrace", "Tynedale Tce"])
        // Said once, with no word of place, it stays out.
        #expect(redactedTexts("The exclusion zone now includes Tynedale Tce and her work.", .address).isEmpty)
    }

    @Test func blockOfAHallOfResidence() {
        #expect(redactedTexts("She is in halls (Block C, Wesley Halls, Clarendon Road) this year.", .address) == ["Block C, Wesley Halls, Clarendon Road"])
        #expect(redactedTexts("Block A timetable starts Monday.", .address).isEmpty)
    }
}

@Suite("Rules from the styles-j notes: handles and venues")
struct StylesJHandleTests {
    @Test func accountNamedInABracketAfterThePlatform() {
        #expect(redactedTexts("a man he met on grindr (user ManchesterBear85) at his flat", .onlineHandle) == ["ManchesterBear85"])
        #expect(redactedTexts("she blocked him on snapchat (username: kazzam) last week", .onlineHandle) == ["kazzam"])
        // An everyday word in the bracket is not an account.
        #expect(redactedTexts("he messaged on grindr (user unknown) that night", .onlineHandle).isEmpty)
        #expect(redactedTexts("she reported it to instagram (name withheld) in May", .onlineHandle).isEmpty)
    }
}

@Suite("Rules from the styles-j notes: organisations")
struct StylesJOrganisationTests {
    @Test func venueNamedInABracketThatGoesOnToSayWhere() {
        #expect(redactedTexts("Counsel named her employer (Fenwick's on the high st) in court.", .organisation) == ["Fenwick's"])
        #expect(redactedTexts("his work (Patel's) gave him time off", .organisation) == ["Patel's"])
        // A surname without the possessive is a person; a given name in the bracket is a person too.
        #expect(redactedTexts("his work (Patel) gave him time off", .organisation).isEmpty)
        #expect(redactedTexts("her employer (Lloyd on the phone) said no", .organisation).isEmpty)
    }

    @Test func talkingTherapiesServiceWithAPlaceName() {
        #expect(redactedTexts("Previous service: Edgebury Talking Therapies (2022)", .organisation) == ["Edgebury Talking Therapies"])
        // What the service does, or the national service, is not a local one's name.
        #expect(redactedTexts("She was referred to Talking Therapies by her GP.", .organisation).isEmpty)
        #expect(redactedTexts("GP referred her to NHS Talking Therapies.", .organisation).isEmpty)
        #expect(redactedTexts("She tried Sexual Violence Therapies before.", .organisation).isEmpty)
    }
}

@Suite("Rules from the styles-j notes: short forms of names")
struct StylesJShortNameTests {
    @Test func shortFormOfAGivenNameInTheNote() {
        #expect(redactedTexts("Staff rota shows Gavin Lyle on nights. She says 'Gav' touches her.", .person) == ["Gavin Lyle", "Gav"])
        // A month is not Janine; the start of a surname alone is not a short form.
        #expect(redactedTexts("Janine Ross agreed the plan; review end of Jan.", .person) == ["Janine Ross"])
        #expect(redactedTexts("Dr Hollister wrote. Holl Lane roadworks delayed her.", .person) == ["Hollister"])
    }
}

@Suite("Rules from the styles-j notes: months written short")
struct StylesJMonthTests {
    @Test func shortMonthAfterAWordOfTimeIsTheMonth() {
        #expect(redactedTexts("Reduced hours agreed til Jan.", .person).isEmpty)
        #expect(redactedTexts("CIN plan open since Jan 2025.", .person).isEmpty)
        // A person called Jan: as the subject of a verb, or with someone.
        #expect(redactedTexts("Jan rang today, upset.", .person) == ["Jan"])
        #expect(redactedTexts("Meeting with Jan and Priya on Monday.", .person) == ["Jan", "Priya"])
    }
}

@Suite("Rules from the styles-j notes: initials in headers")
struct StylesJInitialsTests {
    @Test func initialsBeforeTheirNameInBrackets() {
        #expect(redactedTexts("s2 thurs 4pm AK (Aleksandra)\nc. v low", .person) == ["AK", "Aleksandra"])
        // An abbreviation before a bracket about someone is not their initials.
        #expect(redactedTexts("ABE (Alice's second one) went well.", .person) == ["Alice"])
        #expect(redactedTexts("s2 thurs CBT (Callum wants to try it)", .person) == ["Callum"])
    }

    @Test func initialsClosingASessionHeaderAfterADate() {
        #expect(redactedTexts("14/6 s9 - MB\ndisc: sleep better", .person) == ["MB"])
        // Without a session number the letters after a dash are left to the other rules.
        #expect(redactedTexts("14/6 review - NB\ndisc: sleep better", .person).isEmpty)
    }

    @Test func aContractionBeforeASpeechVerbIsNoName() {
        #expect(redactedTexts("She said she hasn't told either of them about Niall.", .person) == ["Niall"])
        #expect(redactedTexts("we'd asked for this to be redacted, confirmed by Mr Okafor.", .person) == ["Okafor"])
        #expect(redactedTexts("they’ll said nothing", .person).isEmpty)
        // A lower-case name before the same verb is still one.
        #expect(redactedTexts("dani said she would ring", .person) == ["dani"])
    }
}
