import Testing
@testable import ConfideCore

@Suite("Names, addresses and organisations: found by context, not by the sample's words")
struct NameAndPlaceTests {
    @Test func titlesAndRanksStayOutside() {
        #expect(redactedTexts("Spoke to DC Priya Nowak and Mrs Kowalski; dc okoro rang.", .person) == ["Priya Nowak", "Kowalski", "okoro"])
    }

    @Test func possessiveStaysOutside() {
        #expect(redactedTexts("Saw Jamie's car again. Tomasz Doherty's number saved.", .person) == ["Jamie", "Tomasz Doherty"])
    }

    @Test func relationWordsIntroduceUnfamiliarNames() {
        #expect(redactedTexts("Her son Kwabenaa started school. Mum (Zyrah) helps. Manager: Tomasz Bell.", .person) == ["Kwabenaa", "Zyrah", "Tomasz Bell"])
    }

    @Test func lowerCaseNamesInTerseNotes() {
        let t = "isva mtg w/ dani (D.W.)\n- dani says jordan still drives past\n- mum bev to be 2nd contact\n- aisha clarke asked re measures"
        #expect(redactedTexts(t, .person) == ["dani", "D.W.", "dani", "jordan", "bev", "aisha clarke"])
    }

    @Test func ordinaryWordsThatAreNamesElsewhere() {
        let t = "Caller Will said his partner Rose was hurt. He will support whatever Rose decides. I hope it helps. Will review next week."
        #expect(redactedTexts(t, .person) == ["Will", "Rose", "Rose"])
    }

    @Test func sentenceInitialNameWithAVerb() {
        #expect(redactedTexts("Hope asked about court.", .person) == ["Hope"])
        #expect(redactedTexts("Hope is hard to hold onto. Will review.", .person).isEmpty)
        // Once the note has shown it is her name, the same words are about her.
        #expect(redactedTexts("Client Faith came early. Faith is clear about it.", .person) == ["Faith", "Faith"])
    }

    @Test func initialsOfNamesInTheNoteAndSignOffs() {
        let t = "Client: Joanne Doherty\nJD is worried that C.B.'s ex will call.\nTB / GC\nKC"
        #expect(redactedTexts(t, .person) == ["Joanne Doherty", "JD", "C.B.", "TB", "GC", "KC"])
    }

    @Test func acronymsAreNotInitials() {
        #expect(redactedTexts("Told the GP and the CPS; ABE booked with DSL.\nNHS", .person).isEmpty)
    }

    @Test func capitalisedNamesSpreadToLowerAndUpperCase() {
        let t = "Subject: Crime 47/10392/25 - HOPE ATKINSON\nPlease let Hope know. priya told Hope Atkinson's mum."
        #expect(redactedTexts(t, .person) == ["HOPE ATKINSON", "Hope", "priya", "Hope Atkinson"])
    }

    @Test func knownNamesAreFoundWherever() {
        let t = "Zyxa came in. zyxa qorrin signed. The Qorrin family."
        #expect(redactedTexts(t, .person, known: ["Zyxa Qorrin"]) == ["Zyxa", "zyxa qorrin", "Qorrin"])
    }

    @Test func signOffsAndSalutations() {
        let t = "Hi Ryan,\nQuick update.\nThanks,\nOyelaran\nDC Bell\n\nChidinma Ferguson, ISVA"
        #expect(redactedTexts(t, .person) == ["Ryan", "Oyelaran", "Bell", "Chidinma Ferguson"])
    }

    @Test func addressAcrossLinesThenPostcode() {
        let t = "Mrs Agnieszka Kowalski\n27 Elmfield Road\nNorthmoor Fields\nNorthmoor\nNM4 2DH\n\nDear Mrs Kowalski,"
        #expect(redactedTexts(t, .address) == ["27 Elmfield Road\nNorthmoor Fields\nNorthmoor"])
        #expect(redactedTexts(t, .postcode) == ["NM4 2DH"])
    }

    @Test func flatBlockStreetAndTown() {
        let t = "Survivor address: Flat 23, Waterside House, 86 Weaver Street, Northmoor NM12 8GY. Not to be shared."
        #expect(redactedTexts(t, .address) == ["Flat 23, Waterside House, 86 Weaver Street, Northmoor"])
    }

    @Test func bareStreetOnlyWhereSomeoneIs() {
        #expect(redactedTexts("Tanisha lives nearby on Ridgeway Drive.", .address) == ["Ridgeway Drive"])
        #expect(redactedTexts("Station Road Surgery referred her.", .address).isEmpty)
    }

    @Test func capitalsAndWelshAddresses() {
        #expect(redactedTexts("MOVED TO FLAT 12, 40 QUEEN STREET, MILLBECK MB1 4HJ.", .address) == ["FLAT 12, 40 QUEEN STREET, MILLBECK"])
        #expect(redactedTexts("His address is Flat 2, Tŷ Gwyn, 14 Heol y Bryn, Aberllan SA39 4PL.", .address) == ["Flat 2, Tŷ Gwyn, 14 Heol y Bryn, Aberllan"])
    }

    @Test func organisationsButNotPoliceCourtsOrCharities() {
        let t = "Works at Harcourt & Lyle Solicitors; son at St Anne's C of E Primary School; night out at Vault 54; off sick from Costwise supermarket. Seen at Northmoor Magistrates' Court with Northmoor Police and Victim Support."
        #expect(redactedTexts(t, .organisation) == ["Harcourt & Lyle Solicitors", "St Anne's C of E Primary School", "Vault 54", "Costwise supermarket"])
    }

    @Test func streetNamedAfterABuildingIsAnAddress() {
        #expect(redactedTexts("Re: joanne bishop, 89 Chapel Street, Stainford, SF161NE", .address) == ["89 Chapel Street, Stainford"])
    }

    @Test func registersInitialsParticlesAndAges() {
        let t = "Attendees: O'Connor, Siobhan (client); J. Whitfield (notes)\nMr van der Berg rang about Tamsin Roe (19)."
        #expect(redactedTexts(t, .person) == ["O'Connor", "Siobhan", "J. Whitfield", "van der Berg", "Tamsin Roe"])
    }

    @Test func listsOfPeopleAndQuotedNicknames() {
        let t = "Group: attendees Becky, Shona, Ife and Marguerite. A man she knows only as \"Tank\" was there. AW / LP"
        #expect(redactedTexts(t, .person) == ["Becky", "Shona", "Ife", "Marguerite", "Tank", "AW", "LP"])
    }

    @Test func spellingVariantsButNotPlurals() {
        #expect(redactedTexts("Session completed with Leanna.", .person) == ["Leanna"])
        #expect(redactedTexts("It covers England and Wales.", .person).isEmpty)
    }

    @Test func houseNamesStartAnAddress() {
        #expect(redactedTexts("She lives at Rose Cottage, Mill Lane, Little Haddon and asked for no post.", .address) == ["Rose Cottage, Mill Lane, Little Haddon"])
    }

    @Test func placesAndBodiesInProseAreLeftAlone() {
        let t = "She spent Boxing Day in Leeds, is claiming Universal Credit, went to A&E in March, and asked the Crown Prosecution Service and the Home Office. Consistently reported. England and Wales."
        #expect(suggestedSpans(t).isEmpty)
    }
}
