import Testing
@testable import ConfideCore

/// General rules added after the blind styles-l run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-l notes: names")
struct StylesLNameTests {
    @Test func quotedNameAfterCallsIsANickname() {
        #expect(redactedTexts("The man everyone calls 'Moose' came round. Moose left at ten.", .person) == ["Moose", "Moose"])
        // An everyday word she calls out is not a name.
        #expect(redactedTexts("She calls 'Help' out when she wakes.", .person).isEmpty)
    }

    @Test func surnameCueGivesTheSurname() {
        #expect(redactedTexts("The driver (believed surname Okonedo) was not traced.", .person) == ["Okonedo"])
        #expect(redactedTexts("Surname not known for the other man.", .person).isEmpty)
    }

    @Test func nameAsideAfterAnOwnersRelation() {
        #expect(redactedTexts("Later the suspect's cousin, Florin, was at the party.", .person) == ["Florin"])
        // A department set off by commas after the role is not a person.
        #expect(redactedTexts("The client's manager, Facilities, has been told.", .person).isEmpty)
    }

    @Test func quotedNicknameSetOffByCommasAfterAPerson() {
        #expect(redactedTexts("A lad from the estate, 'Smudge', keeps messaging her.", .person) == ["Smudge"])
        // A quoted title with no word for a person before it is not a nickname.
        #expect(redactedTexts("She said the film, 'Hamnet', upset her.", .person).isEmpty)
    }

    @Test func bracketedNameMatchingInitials() {
        #expect(redactedTexts("client TB (Teodor Bucur) DNA today.", .person) == ["TB", "Teodor Bucur"])
        // Words in brackets that do not start with those letters are not taken for the name.
        #expect(redactedTexts("client TB (Warrington Road) DNA today.", .person) == ["TB"])
    }

    @Test func nameAsAFieldOfASessionHeader() {
        #expect(redactedTexts("Session 3 - Xu Mei Lan - 14/02\nC calmer.", .person) == ["Xu Mei Lan"])
        // A field of everyday words says what the session was about.
        #expect(redactedTexts("Session 2 - Court Prep - 5/6\nC calmer.", .person).isEmpty)
    }

    @Test func jobTitleUnderASignatureIsNoName() {
        #expect(redactedTexts("Kind regards,\n\nMorwenna Price\nSenior Practitioner", .person) == ["Morwenna Price"])
        #expect(redactedTexts("Thanks,\n\nGwen Ashdown", .person) == ["Gwen Ashdown"])
    }

    @Test func verbMadeFromARoleNounAfterAFamilyWord() {
        #expect(redactedTexts("Her mother volunteers at the food bank on Sundays.", .person).isEmpty)
        // A lower-case name after the family word is still found.
        #expect(redactedTexts("her mother teodora came with her", .person) == ["teodora"])
    }
}

@Suite("Rules from the styles-l notes: accounts, organisations, letterheads")
struct StylesLPlaceTests {
    @Test func accountStateAfterPlatformIsNoHandle() {
        #expect(redactedTexts("His old Snapchat was deleted after the arrest.", .onlineHandle).isEmpty)
        #expect(redactedTexts("Her TikTok is suspended now and his insta was deactivated.", .onlineHandle).isEmpty)
        // A username after the same words is still found.
        #expect(redactedTexts("Her insta was jolene_x4 before. His snapchat is marcusbe apparently.", .onlineHandle) == ["jolene_x4", "marcusbe"])
    }

    @Test func shorthandForWhatWasSentIsNoHandle() {
        #expect(redactedTexts("He sent pics on snap. Set up a new acct on insta.", .onlineHandle).isEmpty)
        #expect(redactedTexts("She knows him as brookiexo on snap.", .onlineHandle) == ["brookiexo"])
    }

    @Test func letterheadWithAddressAndNumberBehindABar() {
        let letter = "Oakmere Rape Crisis\n2 Mill Yard, Oakmere OM1 4AA | 0113 496 0000\n\nDear Ms Rudd,\nThank you."
        #expect(redactedTexts(letter) == ["Rudd"])
        // A table row with a bar and a number is not a letterhead.
        let table = "| Aisha Begum | client | 07700 900318 |\n| Tariq Begum | brother | 07700 900319 |"
        #expect(redactedTexts(table, .phone) == ["07700 900318", "07700 900319"])
    }

    @Test func namedRefugeIsAnOrganisation() {
        #expect(redactedTexts("She is at Larchfield Refuge for now.", .organisation) == ["Larchfield Refuge"])
        #expect(redactedTexts("She was referred to Refuge for advice.", .organisation).isEmpty)
    }

    @Test func councilServicesNamedForWhomTheyServe() {
        #expect(redactedTexts("A social worker from Haddon Children's Services rang.", .organisation).isEmpty)
        #expect(redactedTexts("She works at Brightwater Care Services.", .organisation) == ["Brightwater Care Services"])
    }

    @Test func employerInBracketsWithADescription() {
        #expect(redactedTexts("Her employer (Calder Freight, nights) knows.", .organisation) == ["Calder Freight"])
        // A given name in the same place is the person, not a firm.
        #expect(redactedTexts("Her employer (Sunita, manager) knows.", .organisation).isEmpty)
    }

    @Test func kindOfVenueIsNoName() {
        #expect(redactedTexts("Seen at leisure centre Sat.", .organisation).isEmpty)
        #expect(redactedTexts("She swims at glenmoor leisure centre.", .organisation) == ["glenmoor leisure centre"])
    }
}
