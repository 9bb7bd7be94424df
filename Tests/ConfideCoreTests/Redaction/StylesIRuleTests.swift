import Testing
@testable import ConfideCore

/// General rules added after the blind styles-i run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-i notes")
struct StylesIRuleTests {
    @Test func venueNamedAgainOnItsOwn() {
        #expect(redactedTexts("Suspect is door staff at Pulse nightclub. Witness works behind the bar at Pulse.", .organisation)
            == ["Pulse nightclub", "Pulse"])
        // A town before its school is not the school when the note names the town again.
        #expect(redactedTexts("She goes to Northmoor College and moved to Northmoor in May.", .organisation) == ["Northmoor College"])
        // A one-word name that is a street's first word elsewhere stays out.
        #expect(redactedTexts("He drinks at Flanagans Bar. She lives on Flanagans Road.", .organisation) == ["Flanagans Bar"])
    }

    @Test func moreKindsOfVenueEnding() {
        #expect(redactedTexts("Her caseworker at Parva Family Hub called.", .organisation) == ["Parva Family Hub"])
        #expect(redactedTexts("Her son is at Stanmore Park Secondary now.", .organisation) == ["Stanmore Park Secondary"])
        #expect(redactedTexts("She sees Bev at Safe Harbour Counselling weekly.", .organisation) == ["Safe Harbour Counselling"])
        #expect(redactedTexts("Locksmith booked: Keyworth Locks, invoice to follow.", .organisation) == ["Keyworth Locks"])
        // What a service does is not its name.
        #expect(redactedTexts("She was referred to Sexual Violence Counselling last year.", .organisation).isEmpty)
        #expect(redactedTexts("Info on the Family Hub given.", .organisation).isEmpty)
    }

    @Test func surgeryNamedWithUpperCaseGP() {
        #expect(redactedTexts("it's Marcia from Sunnybank GP ringing", .organisation) == ["Sunnybank GP"])
        // A letter to the GP, her GP, a person's GP: not a surgery's name.
        #expect(redactedTexts("Letter for GP sent today.", .organisation).isEmpty)
        #expect(redactedTexts("Client said Her GP is supportive.", .organisation).isEmpty)
        #expect(redactedTexts("Asked Sol's GP to call.", .organisation).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: venues after a place word")
struct StylesIVenueTests {
    @Test func unfamiliarNameAfterAPlaceWordIsAVenue() {
        #expect(redactedTexts("She met the man at Bojangles after her work do.", .organisation) == ["Bojangles"])
        #expect(redactedTexts("He was waiting outside Tobar Dubh again.", .organisation) == ["Tobar Dubh"])
        #expect(redactedTexts("incident near Flanagans (bar) on the Friday", .organisation) == ["Flanagans"])
    }

    @Test func placeWordLookAlikesStayOut() {
        // Festivals, months and days, everyday words, courts and streets are not venues.
        #expect(redactedTexts("She stayed with her mum at Christmas.", .organisation).isEmpty)
        #expect(redactedTexts("We meet again at Tuesday's session.", .organisation).isEmpty)
        #expect(redactedTexts("He will appear at Kelsbridge Crown Court next month.", .organisation).isEmpty)
        #expect(redactedTexts("He waited at Reception for an hour.", .organisation).isEmpty)
        #expect(redactedTexts("She was seen outside Kestrel Court.", .organisation).isEmpty)
        // A given name after "at" is someone's home, found as a person.
        #expect(redactedTexts("She is staying at Sarah's tonight.", .organisation).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: initials and birth dates")
struct StylesIInitialsTests {
    @Test func ownInitialsInBracketsEvenWhenAnAbbreviation() {
        #expect(redactedTexts("Victim: Danielle Kirkbride (DK), 03/03/1994", .person) == ["Danielle Kirkbride", "DK"])
        // "dk" for "don't know" with no name before it stays out; so do letters that are not the name's.
        #expect(redactedTexts("Address: DK at present.", .person).isEmpty)
        #expect(redactedTexts("Seen by Danielle Kirkbride (DV) team lead.", .person) == ["Danielle Kirkbride"])
    }

    @Test func birthDateAfterTheNameAndItsInitials() {
        #expect(redactedTexts("Victim: Danielle Kirkbride (DK), 03/03/1994", .dateOfBirth) == ["03/03/1994"])
        // A recent date there is a session or an incident, not a birth date.
        #expect(redactedTexts("Victim: Danielle Kirkbride (DK), 03/03/2026", .dateOfBirth).isEmpty)
    }

    @Test func initialsAfterTheSessionNumber() {
        #expect(redactedTexts("S11 JW 20/03\n- work: still at the bakery", .person) == ["JW"])
        #expect(redactedTexts("S2 AK 18/3/26 – disc. childhood", .person) == ["AK"])
        // Not an abbreviation after the session number, and not letters later in the note.
        #expect(redactedTexts("S3 ABE 20/03 booked\n", .person).isEmpty)
        #expect(redactedTexts("Room S11 JW block\n", .person).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: places")
struct StylesIPlaceTests {
    @Test func lowerCaseNamedEstateOrBlock() {
        #expect(redactedTexts("currently at tash's in kilnworth estate. housing app in", .address) == ["kilnworth estate"])
        #expect(redactedTexts("moved into her sister's place in pendle court. works", .address) == ["pendle court"])
        // Courts of law, kinds of estate and everyday words are not places someone lives.
        #expect(redactedTexts("hearing at crown court next week", .address).isEmpty)
        #expect(redactedTexts("he works on an industrial estate in town", .address).isEmpty)
        #expect(redactedTexts("seen in family court", .address).isEmpty)
    }

    @Test func townAfterABareStreet() {
        #expect(redactedTexts("She picked her up from Lark Rise, Cotterby.", .address) == ["Lark Rise, Cotterby"])
        // A person addressed or a day after the comma is not a town; nor is a clause that runs on.
        #expect(redactedTexts("He parked on Mill Lane, Sarah.", .address) == ["Mill Lane"])
        #expect(redactedTexts("He parked on Mill Lane, Monday.", .address) == ["Mill Lane"])
        #expect(redactedTexts("He parked on Mill Lane, Cotterby said nothing.", .address) == ["Mill Lane"])
    }
}

@Suite("Rules from the styles-i notes: lower-case venue names")
struct StylesILowercaseVenueTests {
    @Test func tradingNameTypedInLowerCase() {
        #expect(redactedTexts("c's job at bloom and wild florists ended", .organisation) == ["bloom and wild florists"])
        #expect(redactedTexts("works at crumbs and co bakery on the high st", .organisation) == ["crumbs and co bakery"])
        #expect(redactedTexts("im at nails by nadia lol", .organisation) == ["nails by nadia"])
    }

    @Test func genericPlacesTypedInLowerCaseStayOut() {
        #expect(redactedTexts("works at the local bakery", .organisation).isEmpty)
        // (An older rule still suggests "chip shop" here; the set phrase itself is not taken for a trading name.)
        #expect(!redactedTexts("she works at fish and chip shop on weds", .organisation).contains("fish and chip shop"))
        #expect(redactedTexts("staying in bed and breakfast hotel", .organisation).isEmpty)
        #expect(redactedTexts("she was at her mums shop", .organisation).isEmpty)
        #expect(redactedTexts("nails by friday", .organisation).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: organisations in capitals")
struct StylesICapitalsTests {
    @Test func organisationInCapitalsInsideOrdinaryText() {
        #expect(redactedTexts("Parveen shared about NOOR WOMEN'S GROUP at the mosque.", .organisation) == ["NOOR WOMEN'S GROUP"])
        #expect(redactedTexts("she works at KWIK KLEEN LTD now", .organisation) == ["KWIK KLEEN LTD"])
        // Everyday words before a weak ending, public bodies, and one-word headings stay out.
        #expect(redactedTexts("referred to THE SUPPORT GROUP today", .organisation).isEmpty)
        #expect(redactedTexts("letter from NHS TRUST today", .organisation).isEmpty)
        #expect(redactedTexts("SCHOOL: see notes below", .organisation).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: people")
struct StylesIPeopleTests {
    @Test func nameAfterARelationAndOf() {
        #expect(redactedTexts("Mr Nowicki (father of Kinga) called.", .person) == ["Nowicki", "Kinga"])
        // An everyday word or a number after "of" is not a name.
        #expect(redactedTexts("She is a mother of Two children.", .person).isEmpty)
        #expect(redactedTexts("He is a friend of Labour councillors.", .person).isEmpty)
    }

    @Test func aWordForAnAbuserBeforeAName() {
        #expect(redactedTexts("client whose abuser Warren is manager there", .person) == ["Warren"])
        #expect(redactedTexts("her abuser has moved away", .person).isEmpty)
    }

    @Test func oneWordNameAsAnAside() {
        #expect(redactedTexts("ISVA update — the client, Tiegan, has been offered a place", .person) == ["Tiegan"])
        // An everyday word as the aside is not a name.
        #expect(redactedTexts("the client, Tuesday, was seen", .person).isEmpty)
        #expect(redactedTexts("the client, Again, was seen", .person).isEmpty)
    }

    @Test func everydayWordBetweenNamesInAList() {
        #expect(redactedTexts("Present: Mandy, Sal, Joy, Parveen, Ros", .person) == ["Mandy", "Sal", "Joy", "Parveen", "Ros"])
        // Not with a name on one side only.
        #expect(redactedTexts("Present: Mandy, Notes, to follow", .person) == ["Mandy"])
    }
}

@Suite("Rules from the styles-i notes: halls")
struct StylesIHallsTests {
    @Test func studentHallsFieldIsAnAddress() {
        #expect(redactedTexts("Student: Priya\nHalls: Block C, Tenter Court, room 14\nReports", .address) == ["Block C, Tenter Court, room 14"])
        // No value, or a word for none, is not an address; nor is "halls" in prose.
        #expect(redactedTexts("Halls: n/a\nReports", .address).isEmpty)
        #expect(redactedTexts("she moved out of halls: too noisy", .address).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: more venue and street forms")
struct StylesIMoreFormsTests {
    @Test func organisationInALineOfCapitals() {
        #expect(redactedTexts("HUSBAND HAS FOUND OUT ABOUT NOOR WOMEN'S GROUP. SHE IS SAFE", .organisation) == ["NOOR WOMEN'S GROUP"])
        // Everyday capitals before the ending are the sentence, not a name.
        #expect(redactedTexts("SHE WENT TO THE SUPPORT GROUP AGAIN", .organisation).isEmpty)
        #expect(redactedTexts("CALL ME AFTER THE GROUP", .organisation).isEmpty)
    }

    @Test func lowerCaseTradingNameInBrackets() {
        #expect(redactedTexts("gaz turned up at her work (boots and bits) again", .organisation) == ["boots and bits"])
        #expect(!redactedTexts("her work (fish and chips) is busy", .organisation).contains("fish and chips"))
    }

    @Test func lowerCaseHub() {
        #expect(redactedTexts("referred to kilnworth wellbeing hub for support", .organisation) == ["kilnworth wellbeing hub"])
        #expect(redactedTexts("referred to the wellbeing hub for support", .organisation).isEmpty)
    }

    @Test func namedCarPark() {
        #expect(redactedTexts("Mags upset - saw Eddie in Morrisby's car park.", .organisation) == ["Morrisby's"])
        #expect(redactedTexts("She waited in the Station car park.", .organisation).isEmpty)
    }

    @Test func lowerCaseBankAsAStreet() {
        #expect(redactedTexts("staying w/ friend marama on quarry bank for now", .address) == ["quarry bank"])
        #expect(redactedTexts("she is on call bank shifts", .address).isEmpty)
        #expect(redactedTexts("she goes to food bank on weds", .address).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: more initials")
struct StylesIMoreInitialsTests {
    @Test func lettersInBracketsAfterAOneWordName() {
        #expect(redactedTexts("s4 wed 11/2 - dami (DA)\nc v tearful.", .person) == ["dami", "DA"])
        // Letters not starting with the name's letter, after a non-name, stay out.
        #expect(redactedTexts("She was seen under the Domestic Abuse (DA) policy.", .person).isEmpty)
    }

    @Test func lettersClosingASessionHeader() {
        #expect(redactedTexts("S7 05/03/26 - DK\nC calmer.", .person) == ["DK"])
        #expect(redactedTexts("Note 05/03/26 - DK\nC calmer.", .person).isEmpty)
    }

    @Test func lettersAMatterIsPassedTo() {
        #expect(redactedTexts("her partner Ike replied instead - flagged to RW.", .person) == ["Ike", "RW"])
        #expect(redactedTexts("concern flagged to GP and CAMHS.", .person).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: plots and children")
struct StylesIPlotsAndChildrenTests {
    @Test func siteWithItsPlot() {
        #expect(redactedTexts("C asked us not to post anything to the Rosehill Traveller Site, plot 6.", .address)
            == ["Rosehill Traveller Site, plot 6"])
        #expect(redactedTexts("Lives at Meadowsweet Park, Plot 14 with her nan", .address) == ["Meadowsweet Park, Plot 14"])
        // A plot of a story, or an everyday word before the comma, is no address.
        #expect(redactedTexts("We discussed the story, plot 2 of the film", .address).isEmpty)
        #expect(redactedTexts("Council said, plot 4 is vacant", .address).isEmpty)
    }

    @Test func childrenFieldNamesThem() {
        #expect(redactedTexts("Children: Rio (2017), Skye (2020), both at school.", .person) == ["Rio", "Skye"])
        #expect(redactedTexts("Children: Rio (2017), Skye (2020), both at school.", .dateOfBirth) == ["2017", "2020"])
        #expect(redactedTexts("Children: None\nKids: Yes", .person).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: pub names in lower case")
struct StylesIPubTests {
    @Test func pubNamesTypedInLowerCase() {
        #expect(redactedTexts("Mo: saw ur car outside the anchor last nite", .organisation) == ["the anchor"])
        #expect(redactedTexts("im at the dog and partridge with kels", .organisation) == ["the dog and partridge"])
        #expect(redactedTexts("they went to the crown and anchor after", .organisation) == ["the crown and anchor"])
    }

    @Test func pubWordsThatMeanSomethingElse() {
        #expect(redactedTexts("took the kids to see the swan enclosure", .organisation).isEmpty)
        #expect(redactedTexts("hearing at the crown court", .organisation).isEmpty)
        #expect(redactedTexts("she rang the bell at the door", .organisation).isEmpty)
        #expect(redactedTexts("he was at the dog and cat shelter", .organisation) != ["the dog and cat"])
    }
}

@Suite("Rules from the styles-i notes: shorthand")
struct StylesIShorthandTests {
    @Test func employerAfterWorksWithoutAt() {
        #expect(redactedTexts("c works Bannatyne's reception.", .organisation) == ["Bannatyne's"])
        // Days, festivals and everyday words after "works" are not employers.
        #expect(redactedTexts("she works Fridays at the shop", .organisation).isEmpty)
        #expect(redactedTexts("he works Christmas and Boxing Day", .organisation).isEmpty)
        #expect(redactedTexts("Sarah works Nights mostly", .organisation).isEmpty)
    }

    @Test func oneCapitalInBracketsAfterAFamilyWord() {
        #expect(redactedTexts("ex (D) turned up at the pub, c left", .person) == ["D"])
        #expect(redactedTexts("her mum (I think) rang", .person).isEmpty)
        #expect(redactedTexts("see appendix (B) for the plan", .person).isEmpty)
    }

    @Test func loneCapitalWorriedInSupervision() {
        #expect(redactedTexts("Supervision Rachel/Sunita 17/3\n- R worried about client", .person) == ["Rachel", "Sunita", "R"])
        // A letter that stands for no name in the note stays out.
        #expect(redactedTexts("Supervision Rachel/Sunita 17/3\n- Q worried about client", .person) == ["Rachel", "Sunita"])
    }
}

@Suite("Rules from the styles-i notes: names in apposition")
struct StylesIAppositionTests {
    @Test func nameThenTheManOrTheStudent() {
        #expect(redactedTexts("She mentioned that Costin, the man from the flat upstairs, had", .person) == ["Costin"])
        #expect(redactedTexts("We went to Leeds, the city I grew up in", .person).isEmpty)
        #expect(redactedTexts("She moved to Tollerby, a town near her mum.", .person).isEmpty)
    }

    @Test func roleWithAPossessiveInBrackets() {
        #expect(redactedTexts("my shift changed and josé (my manager) wouldn't let me swap", .person) == ["josé"])
        #expect(redactedTexts("Alternative (his sister Abena is holding it)", .person) == ["Abena"])
    }

    @Test func oneWordAsideAfterAnother() {
        #expect(redactedTexts("assault by another student, Haruto, after a social", .person) == ["Haruto"])
        #expect(redactedTexts("assault by another student, Tuesday, after a social", .person).isEmpty)
    }

    @Test func apologiesAndPresentFields() {
        #expect(redactedTexts("Present: Philippa, Zainab. Apologies: Tiwa.", .person) == ["Philippa", "Zainab", "Tiwa"])
        #expect(redactedTexts("Apologies: none\nPresent: all", .person).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: lower-case word-names after a friend or sister")
struct StylesIWordNameTests {
    @Test func givenNameThatIsAWordAfterFriendOrSister() {
        #expect(redactedTexts("Her friend amber off campus has been staying with her.", .person) == ["amber"])
        #expect(redactedTexts("c's sister grace came too", .person) == ["grace"])
    }

    @Test func verbsAndAuxiliariesAfterFriendOrSister() {
        #expect(redactedTexts("her friend will call later", .person).isEmpty)
        #expect(redactedTexts("my sister may come", .person).isEmpty)
        #expect(redactedTexts("a friend said no", .person).isEmpty)
    }
}

@Suite("Rules from the styles-i notes: one capital for a name")
struct StylesIOneCapitalTests {
    @Test func capitalAfterATitleOrQuotedAfterARole() {
        #expect(redactedTexts("flashbacks in seminars taught by Dr M. because he looks like the man", .person) == ["M"])
        #expect(redactedTexts("Allegation against care worker \"B\" (name withheld)", .person) == ["B"])
    }

    @Test func lettersThatAreNotNames() {
        #expect(redactedTexts("She said 'A' was fine", .person).isEmpty)
        #expect(redactedTexts("Plan A or plan B", .person).isEmpty)
        #expect(redactedTexts("Meet at St A block", .person).isEmpty)
    }
}
