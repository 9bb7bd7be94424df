import Testing
@testable import ConfideCore

/// General rules added after the blind styles-d run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-d notes")
struct StylesDRuleTests {
    @Test func addressFieldOfAFormOrTable() {
        let t = "Name:      Roxanne T\nAddress:   The Old Rectory, Church Lane, Little Bassing\nPostcode:  LB7 3GE"
        #expect(redactedTexts(t, .address) == ["The Old Rectory, Church Lane, Little Bassing"])
        #expect(redactedTexts("Address: as above\nAddress: NFA", .address).isEmpty)
    }

    @Test func aPostcodeInTheAddressFieldStaysItsOwnSpan() {
        let t = "| Address | 24 Glenview Park, Drumcarra BX35 9QT |"
        #expect(redactedTexts(t, .postcode) == ["BX35 9QT"])
        #expect(redactedTexts(t, .address) == ["24 Glenview Park, Drumcarra"])
    }

    @Test func roomInANamedBuildingAndNamedEstates() {
        #expect(redactedTexts("She lives in halls (Room 14, Block D, Tennant Hall).", .address) == ["Room 14, Block D, Tennant Hall"])
        #expect(redactedTexts("he lives on the hawthorn estate, block c.", .address) == ["hawthorn estate, block c"])
        #expect(redactedTexts("he lives on the housing estate near the park.", .address).isEmpty)
    }

    @Test func lowerCaseStreetsAndHouseNumbers() {
        #expect(redactedTexts("staying at my aunties 5 wharf cottages till monday", .address) == ["5 wharf cottages"])
        #expect(redactedTexts("outside her work on bridge rd twice", .address) == ["bridge rd"])
        #expect(redactedTexts("he lives two doors down at number 45, so", .address) == ["number 45"])
        #expect(redactedTexts("we talked about how to reclaim that street and the main road.", .address).isEmpty)
    }

    @Test func companiesEvenWithServiceInTheName() {
        #expect(redactedTexts("He employs her at Nowicki Cleaning Services Ltd on nights.", .organisation) == ["Nowicki Cleaning Services Ltd"])
        #expect(redactedTexts("His brother runs Royal Spice Cash & Carry on Leeds Road.", .organisation) == ["Royal Spice Cash & Carry"])
        #expect(redactedTexts("Interpreter from LinguaLink North present.", .organisation) == ["LinguaLink North"])
        #expect(redactedTexts("She messages him on WhatsApp and TikTok.", .organisation).isEmpty)
    }

    @Test func lowerCaseOrganisations() {
        #expect(redactedTexts("school (oakfield girls) say she has been missing lessons", .organisation) == ["oakfield girls"])
        #expect(redactedTexts("mtg at the willows childrens centre today", .organisation) == ["the willows childrens centre"])
        #expect(redactedTexts("she went to her old primary school and the local community centre", .organisation).isEmpty)
    }

    @Test func namesBeforeABirthCueAndBetweenQuotes() {
        #expect(redactedTexts("Children: Kayden dob 02.02.2016", .person) == ["Kayden"])
        #expect(redactedTexts("| Alleged | Ciaran 'Bap' Quinn |", .person) == ["Ciaran", "Bap", "Quinn"])
        #expect(redactedTexts("she has his number saved as \"DB\" on her phone", .person) == ["DB"])
    }

    @Test func guessedNamesPossessivesWithoutApostropheAndInLaws() {
        #expect(redactedTexts("perp ?Lenny or ?Lenny Marsh - cant read", .person) == ["Lenny", "Lenny Marsh"])
        #expect(redactedTexts("seen shannon at her nans. shannons ex was outside", .person) == ["shannon", "shannons"])
        #expect(redactedTexts("She came with her brother-in-law Fadi today.", .person) == ["Fadi"])
        #expect(redactedTexts("Client asks to be recorded as Rania only.", .person) == ["Rania"])
    }

    @Test func languagesAndFaithTitlesAreNotNames() {
        #expect(redactedTexts("Via interpreter (Arabic, Levantine) and a Hausa interpreter.", .person).isEmpty)
        #expect(redactedTexts("She attends on Fridays and Sheikh Yusuf there is aware.", .person) == ["Yusuf"])
        #expect(redactedTexts("School DSL Mr Bishop informed.", .person) == ["Bishop"])
    }

    @Test func handlesFromTyposAndBracketsAfterAPlatform() {
        #expect(redactedTexts("contacted her from the acount jprice.1965 last week", .onlineHandle) == ["jprice.1965"])
        #expect(redactedTexts("moved him to Snapchat (dwolf.2010).", .onlineHandle) == ["dwolf.2010"])
        #expect(redactedTexts("messages on Snapchat (username liam_shaw_x)", .onlineHandle) == ["liam_shaw_x"])
        #expect(redactedTexts("see para.12 and fig.3 on page 4.5", .onlineHandle).isEmpty)
    }

    @Test func ownBookkeepingReferencesAreNotCrimeReferences() {
        #expect(redactedTexts("Internal ref EF-0431. Crime ref 47/229108/24.", .crimeReference) == ["47/229108/24"])
    }

    @Test func aDateOfBirthWithATypedZeroForO() {
        #expect(redactedTexts("Her dob is 21 0ct 1999.", .dateOfBirth) == ["21 0ct 1999"])
    }
}
