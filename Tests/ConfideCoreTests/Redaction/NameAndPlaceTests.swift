import Testing
@testable import ConfideCore

@Suite("Names, addresses and organisations: found by context, not by the sample's words")
struct NameAndPlaceTests {
    @Test func titlesAndRanksStayOutside() {
        #expect(texts("Spoke to DC Priya Nowak and Mrs Kowalski; dc okoro rang.", .person) == ["Priya Nowak", "Kowalski", "okoro"])
    }

    @Test func possessiveStaysOutside() {
        #expect(texts("Saw Jamie's car again. Tomasz Doherty's number saved.", .person) == ["Jamie", "Tomasz Doherty"])
    }

    @Test func relationWordsIntroduceUnfamiliarNames() {
        #expect(texts("Her son Kwabenaa started school. Mum (Zyrah) helps. Manager: Tomasz Bell.", .person) == ["Kwabenaa", "Zyrah", "Tomasz Bell"])
    }

    @Test func lowerCaseNamesInTerseNotes() {
        let t = "isva mtg w/ dani (D.W.)\n- dani says jordan still drives past\n- mum bev to be 2nd contact\n- aisha clarke asked re measures"
        #expect(texts(t, .person) == ["dani", "D.W.", "dani", "jordan", "bev", "aisha clarke"])
    }

    @Test func ordinaryWordsThatAreNamesElsewhere() {
        let t = "Caller Will said his partner Rose was hurt. He will support whatever Rose decides. I hope it helps. Will review next week."
        #expect(texts(t, .person) == ["Will", "Rose", "Rose"])
    }

    @Test func sentenceInitialNameWithAVerb() {
        #expect(texts("Hope asked about court.", .person) == ["Hope"])
        #expect(texts("Hope is hard to hold onto. Will review.", .person).isEmpty)
        // Once the note has shown it is her name, the same words are about her.
        #expect(texts("Client Faith came early. Faith is clear about it.", .person) == ["Faith", "Faith"])
    }

    @Test func initialsOfNamesInTheNoteAndSignOffs() {
        let t = "Client: Joanne Doherty\nJD is worried that C.B.'s ex will call.\nTB / GC\nKC"
        #expect(texts(t, .person) == ["Joanne Doherty", "JD", "C.B.", "TB", "GC", "KC"])
    }

    @Test func acronymsAreNotInitials() {
        #expect(texts("Told the GP and the CPS; ABE booked with DSL.\nNHS", .person).isEmpty)
    }

    @Test func capitalisedNamesSpreadToLowerAndUpperCase() {
        let t = "Subject: Crime 47/10392/25 - HOPE ATKINSON\nPlease let Hope know. priya told Hope Atkinson's mum."
        #expect(texts(t, .person) == ["HOPE ATKINSON", "Hope", "priya", "Hope Atkinson"])
    }

    @Test func knownNamesAreFoundWherever() {
        let t = "Zyxa came in. zyxa qorrin signed. The Qorrin family."
        #expect(texts(t, .person, known: ["Zyxa Qorrin"]) == ["Zyxa", "zyxa qorrin", "Qorrin"])
    }

    @Test func signOffsAndSalutations() {
        let t = "Hi Ryan,\nQuick update.\nThanks,\nOyelaran\nDC Bell\n\nChidinma Ferguson, ISVA"
        #expect(texts(t, .person) == ["Ryan", "Oyelaran", "Bell", "Chidinma Ferguson"])
    }

    @Test func addressAcrossLinesThenPostcode() {
        let t = "Mrs Agnieszka Kowalski\n27 Elmfield Road\nNorthmoor Fields\nNorthmoor\nNM4 2DH\n\nDear Mrs Kowalski,"
        #expect(texts(t, .address) == ["27 Elmfield Road\nNorthmoor Fields\nNorthmoor"])
        #expect(texts(t, .postcode) == ["NM4 2DH"])
    }

    @Test func flatBlockStreetAndTown() {
        let t = "Survivor address: Flat 23, Waterside House, 86 Weaver Street, Northmoor NM12 8GY. Not to be shared."
        #expect(texts(t, .address) == ["Flat 23, Waterside House, 86 Weaver Street, Northmoor"])
    }

    @Test func bareStreetOnlyWhereSomeoneIs() {
        #expect(texts("Tanisha lives nearby on Ridgeway Drive.", .address) == ["Ridgeway Drive"])
        #expect(texts("Station Road Surgery referred her.", .address).isEmpty)
    }

    @Test func capitalsAndWelshAddresses() {
        #expect(texts("MOVED TO FLAT 12, 40 QUEEN STREET, MILLBECK MB1 4HJ.", .address) == ["FLAT 12, 40 QUEEN STREET, MILLBECK"])
        #expect(texts("His address is Flat 2, Tŷ Gwyn, 14 Heol y Bryn, Aberllan SA39 4PL.", .address) == ["Flat 2, Tŷ Gwyn, 14 Heol y Bryn, Aberllan"])
    }

    @Test func organisationsButNotPoliceCourtsOrCharities() {
        let t = "Works at Harcourt & Lyle Solicitors; son at St Anne's C of E Primary School; night out at Vault 54; off sick from Costwise supermarket. Seen at Northmoor Magistrates' Court with Northmoor Police and Victim Support."
        #expect(texts(t, .organisation) == ["Harcourt & Lyle Solicitors", "St Anne's C of E Primary School", "Vault 54", "Costwise supermarket"])
    }

    @Test func streetNamedAfterABuildingIsAnAddress() {
        #expect(texts("Re: joanne bishop, 89 Chapel Street, Stainford, SF161NE", .address) == ["89 Chapel Street, Stainford"])
    }
}
