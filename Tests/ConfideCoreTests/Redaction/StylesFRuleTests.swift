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

    @Test func venueWithAKindWordBetweenNameAndVenueWord() {
        #expect(redactedTexts("They met at Cellar Door wine bar in January.", .organisation) == ["Cellar Door wine bar"])
        #expect(redactedTexts("He drinks in the Golden Dragon takeaway queue.", .organisation).isEmpty == false)
        #expect(redactedTexts("She had a glass of wine at the bar after work.", .organisation).isEmpty)
    }

    @Test func universityOfAPlace() {
        #expect(redactedTexts("Student Wellbeing - case note - University of Eastwick", .organisation) == ["University of Eastwick"])
        #expect(redactedTexts("She wants to go to university of her own choice.", .organisation).isEmpty)
    }

    @Test func businessNamedAfterItsOwner() {
        #expect(redactedTexts("my car's been towed - I'm at Pennington's on the industrial estate.", .organisation) == ["Pennington's"])
        #expect(redactedTexts("She is staying at Sarah's tonight.", .person) == ["Sarah"])
        #expect(redactedTexts("He was seen at Pennington's house again.", .organisation).isEmpty)
    }

    @Test func venuesNamedTypeFirstAndNewEndings() {
        #expect(redactedTexts("Met Morag at Cafe Brio as she did not want to come in.", .organisation) == ["Cafe Brio"])
        #expect(redactedTexts("She works with C at Crumbs Bakehouse.", .organisation) == ["Crumbs Bakehouse"])
        #expect(redactedTexts("She has started volunteering at Paws for Thought Rescue.", .organisation) == ["Paws for Thought Rescue"])
        #expect(redactedTexts("He said the Club Night was cancelled. Bar staff were told.", .organisation).isEmpty)
        #expect(redactedTexts("She heard the news on the radio.", .organisation).isEmpty)
    }

    @Test func streetsInCapitalsWithoutANumber() {
        #expect(redactedTexts("CONDITIONS: NOT TO ENTER ELDON STREET OR CONTACT HER.", .address) == ["ELDON STREET"])
        #expect(redactedTexts("THE MEETING IS ON THE HIGH STREET.", .address).isEmpty)
    }

    @Test func welshHouseNameChainedToAStreet() {
        #expect(redactedTexts("Staying with Manon at Tŷ Gwyn, Ffordd yr Orsaf, Llanfedw Fach.", .address) == ["Tŷ Gwyn, Ffordd yr Orsaf, Llanfedw Fach"])
        #expect(redactedTexts("Tŷ Gwyn was the name of the old chapel.", .address).isEmpty)
    }

    @Test func streetAfterHerStreet() {
        #expect(redactedTexts("Posts name her church and her street, Harebell Close.", .address) == ["Harebell Close"])
        #expect(redactedTexts("She said Harebell Close is a nice name for a road.", .address).isEmpty)
    }

    @Test func nameAfterARelationWordAndIs() {
        #expect(redactedTexts("works behind the bar, landlord is mick o'hara. incident was after lock-in", .person) == ["mick o'hara"])
        #expect(redactedTexts("Her friend is Polish and the suspect is unknown.", .person).isEmpty)
    }

    @Test func givenNameThatIsAWordAfterSpokeTo() {
        #expect(redactedTexts("spoke to rose - she is staying with a friend for now.", .person) == ["rose"])
        #expect(redactedTexts("we spoke to hope and change in the group today.", .person).isEmpty)
    }

    @Test func nameGivenAs() {
        #expect(redactedTexts("He gave the manager's name as Rich and said he lives nearby.", .person) == ["Rich"])
        #expect(redactedTexts("She saw the name as a burden.", .person).isEmpty)
    }

    @Test func givenNamesAloneInACapitalsNote() {
        #expect(redactedTexts("PLEASE LET CHLOE KNOW ASAP ON HER MOBILE.", .person) == ["CHLOE"])
        #expect(redactedTexts("MAY WE CALL YOU BACK LATER TODAY PLEASE.", .person).isEmpty)
    }

    @Test func quotedInitialsInBracketsAfterAName() {
        #expect(redactedTexts("an older male, Jack (\"JJ\"), aged about 19, picks her up.", .person) == ["Jack", "JJ"])
        #expect(redactedTexts("Victims' Right to Review (\"VRR\") was explained.", .person).isEmpty)
    }

    @Test func nameOfTheOneInBracketsBeforeARelation() {
        #expect(redactedTexts("She said mark (olu's brother) will drive her.", .person) == ["mark", "olu"])
        #expect(redactedTexts("The car (the family's car) was seen again.", .person).isEmpty)
    }

    @Test func everydayWordAsASurnameAfterAGivenName() {
        #expect(redactedTexts("Your housing officer is Kieran Bright (07700 900 377).", .person) == ["Kieran Bright"])
        #expect(redactedTexts("We will see Kieran Monday at ten.", .person) == ["Kieran"])
    }

    @Test func olderPlatesWithTheCueFurtherBack() {
        #expect(redactedTexts("Car seen outside her home again: P417 HKN - reported.", .vehicleRegistration) == ["P417 HKN"])
        #expect(redactedTexts("Room B12 ABC is booked for the group.", .vehicleRegistration).isEmpty)
    }

    @Test func scottishTenementFlatPosition() {
        #expect(redactedTexts("Morag lives at 0/2, 113 Dalmarnock Street, Brigton, G40 3LP.", .address) == ["0/2, 113 Dalmarnock Street, Brigton"])
        #expect(redactedTexts("She scored 3/4 on the scale, 2/10 last week.", .address).isEmpty)
    }

    @Test func numberedBlockWithItsLocality() {
        #expect(redactedTexts("He lives at 3 Pear Tree Cottages, Low Ellerby and wants post there.", .address) == ["3 Pear Tree Cottages, Low Ellerby"])
        #expect(redactedTexts("We met 3 times at the cottages.", .address).isEmpty)
    }

    @Test func lowerCaseFlatInANamedBlock() {
        #expect(redactedTexts("new address is flat 12 cedar point, 90 albion road, lexford lx2 4ta.", .address) == ["flat 12 cedar point, 90 albion road, lexford"])
        #expect(redactedTexts("she stayed in room 4 of the house", .address).isEmpty)
    }

    @Test func roomNumbersWithLettersOrDots() {
        #expect(redactedTexts("assaulted in halls (Room 3.14, Whitworth Hall, Dunmore Campus, Eastwick).", .address) == ["Room 3.14, Whitworth Hall, Dunmore Campus, Eastwick"])
        #expect(redactedTexts("Hearing listed in Room C214, Aldwyn Court.", .address) == ["Room C214, Aldwyn Court"])
        #expect(redactedTexts("Room for improvement, she said.", .address).isEmpty)
    }

    @Test func lowerCaseBareStreetAfterAWordOfPlace() {
        #expect(redactedTexts("she has a second job at the shop on market st. wants to leave", .address) == ["market st"])
        #expect(redactedTexts("she is staying with friends on hope street for now", .address) == ["hope street"])
        #expect(redactedTexts("he was walking on the main road and on a busy road", .address).isEmpty)
    }

    @Test func numberedStreetNameWithoutAStreetWord() {
        #expect(redactedTexts("She is now living at 12 Greenway, Hollins Park, with her children.", .address) == ["12 Greenway, Hollins Park"])
        #expect(redactedTexts("She is now living at 2 Different places, Mondays and Fridays.", .address).isEmpty)
    }

    @Test func lowerCaseNameBeforeAShorthandVerb() {
        #expect(redactedTexts("Sister faith minding kids Tues/Thurs.", .person) == ["faith"])
        #expect(redactedTexts("her brother will doing the school run", .person) == ["will"])
        #expect(redactedTexts("Sister faith in the process was low this morning.", .person).isEmpty)
    }

    @Test func numberedCaseListInSupervision() {
        let t = "Cases discussed:\n1. Summer - attendance poor.\n2. J - ending approaching.\n3. Housing - no update."
        #expect(redactedTexts(t, .person) == ["Summer", "J"])
        #expect(redactedTexts("Steps:\n1. Review - done.\n2. A - yes.", .person).isEmpty)
    }

    @Test func singleInitialBeforeAFamilyWordInBrackets() {
        #expect(redactedTexts("C spoke re M (ex) - still in the group chat.", .person) == ["M"])
        #expect(redactedTexts("Option A (partner) was chosen.", .person).isEmpty)
    }

    @Test func recordedGivenNamesLeaveEnglishWordsAlone() {
        #expect(redactedTexts("Her friend Peggy came with her; Jonah was not there.", .person) == ["Peggy", "Jonah"])
        #expect(redactedTexts("we talked about page numbers, chance and justice.", .person).isEmpty)
    }

    @Test func petsAndCarsAreNotPeople() {
        #expect(redactedTexts("She lives with her kids and the dogs Tyson and Luna.", .person).isEmpty)
        #expect(redactedTexts("Her son Tyson and her daughter Luna are at school.", .person) == ["Tyson", "Luna"])
        #expect(redactedTexts("He picked her up in a grey Mercedes RO70 ASK.", .person).isEmpty)
        #expect(redactedTexts("Mercedes Ruiz rang the office.", .person) == ["Mercedes Ruiz"])
    }

    @Test func addressOutranksAVenueWordInsideIt() {
        #expect(redactedTexts("She is staying with her dad at 41 Quarry Bank, Helmsworth for now.", .address) == ["41 Quarry Bank, Helmsworth"])
        #expect(redactedTexts("Address: Apartment 7, The Maltings, 3 Dock Lane, Fairhaven FH1 3LX", .address) == ["Apartment 7, The Maltings, 3 Dock Lane, Fairhaven"])
        // Without a number the bank is still a bank.
        #expect(redactedTexts("She banks with Quarry Bank in town.", .address).isEmpty)
    }

    @Test func houseNumberAndNameAfterFlatAt() {
        #expect(redactedTexts("His flat at 14c Ropewalk, Tarnby was searched.", .address) == ["14c Ropewalk, Tarnby"])
        #expect(redactedTexts("His flat at 14 was too small, Tarnby council said.", .address).isEmpty)
    }

    @Test func speakersOfAPastedChat() {
        let t = "Messages (sender saved as \"Big T\"):\nBig T: where r u\nBig T: im outside come out\nClient: leave me alone\nClient said Big T is her ex."
        #expect(redactedTexts(t, .person) == ["Big T", "Big T", "Big T", "Big T"])
        #expect(redactedTexts("Action: call back\nOutcome: none\nAction: write\nOutcome: sent", .person).isEmpty)
    }
}
