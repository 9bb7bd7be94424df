import Testing
@testable import ConfideCore

/// General rules added after the blind styles-k run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-k notes: names")
struct StylesKNameTests {
    @Test func contractionIsNeverAName() {
        #expect(redactedTexts("Went to the SARC on Monday.\nHasn't told her family yet. Wasn't sure about police.", .person).isEmpty)
        // A capitalised word that is a name before the same verb is still found.
        #expect(redactedTexts("Went to the SARC on Monday.\nOlwen told her family yet.", .person) == ["Olwen"])
    }

    @Test func platformIsNeverAName() {
        #expect(redactedTexts("Her cousin's Instagram is private now. The lad's Snapchat has gone.", .person).isEmpty)
        #expect(redactedTexts("Her cousin Marisol's account is private now.", .person) == ["Marisol"])
    }

    @Test func operationNameIsNotAPerson() {
        #expect(redactedTexts("Update from the OIC (Op Kestrel Vale): DC Amy Rudd retiring.", .person) == ["Amy Rudd"])
        #expect(redactedTexts("Operation Larchwood has a new SIO.", .person).isEmpty)
        // A surname after a rank is still a name, with "the op" in the same sentence.
        #expect(redactedTexts("DC Hartley rang about the op today.", .person) == ["Hartley"])
    }

    @Test func cafcassIsABodyNotAPerson() {
        #expect(redactedTexts("Request from: Cafcass officer Brendan Doyle (private law).", .person) == ["Brendan Doyle"])
    }

    @Test func initialsAsAFieldOfASessionHeader() {
        #expect(redactedTexts("sesh 4 - TQ - 2 Apr\nanxious re court.", .person) == ["TQ"])
        #expect(redactedTexts("wk 11 - hj - 30/1\nsleep better.", .person) == ["hj"])
        #expect(redactedTexts("RW - session 2 - 14.3.25\nC settled.", .person) == ["RW"])
        // A field that says what kind of session it was is not a person, nor are letters in a line that is no session header.
        #expect(redactedTexts("sesh 4 - DNA - 2 Apr\nletter sent.", .person).isEmpty)
        #expect(redactedTexts("Plan - TQ - to be agreed", .person).isEmpty)
        #expect(redactedTexts("wk 11 - tel - 30/1\nsleep better.", .person).isEmpty)
    }

    @Test func initialsInBracketsAfterANameInASessionHeader() {
        #expect(redactedTexts("03/2 - s5 - Jodie (NB)\nC calmer.", .person) == ["Jodie", "NB"])
        // Outside a session header "(NB)" stays a note to the reader.
        #expect(redactedTexts("Spoke to Jodie (NB) about it.", .person) == ["Jodie"])
    }

    @Test func nameWithSurnameInitialGivesInitials() {
        #expect(redactedTexts("Client: Mirela K.\nMK disc. the night at the club.", .person) == ["Mirela", "MK"])
        // Letters that do not match the name stay out.
        #expect(redactedTexts("Client: Mirela K.\nPB disc. the night at the club.", .person) == ["Mirela"])
    }

    @Test func quotedLowerCaseNameAfterANamingCue() {
        #expect(redactedTexts("Webchat: user gave the name 'pixie'. Said she is 15.", .person) == ["pixie"])
        // An insult he called her is not a name, nor is a refusal to give one.
        #expect(redactedTexts("He would call her 'useless' in front of the kids.", .person).isEmpty)
        #expect(redactedTexts("Caller gave the name 'unknown' and hung up.", .person).isEmpty)
    }

    @Test func slashedReferenceCodeIsNotInitials() {
        #expect(redactedTexts("Letter from the defence, their ref HL/CRIM/4471.", .person).isEmpty)
        #expect(redactedTexts("Discussed in supervision.\nAW / LP", .person) == ["AW", "LP"])
    }
}

@Suite("Rules from the styles-k notes: places, organisations, references")
struct StylesKPlaceTests {
    @Test func townAfterABareStreetWhenTheClauseGoesOn() {
        #expect(redactedTexts("She is staying at Corrie Road, Eastwold for now.", .address) == ["Corrie Road, Eastwold"])
        // A given name after the comma is a person addressed, whatever follows.
        #expect(redactedTexts("She is staying at Corrie Road, Sarah for now.", .address) == ["Corrie Road"])
    }

    @Test func houseNameBeforeABareStreet() {
        #expect(redactedTexts("He is lodging in Tregarn, Quarry Lane, Eastwold now.", .address) == ["Tregarn, Quarry Lane, Eastwold"])
        // A given name before the comma is not a house.
        #expect(redactedTexts("He met Nadia at Quarry Lane today.", .address) == ["Quarry Lane"])
    }

    @Test func bareStreetAvoidedOrSaidToBeWhereSomeoneLived() {
        #expect(redactedTexts("She is still avoiding Cowper Street on the way to work.", .address) == ["Cowper Street"])
        #expect(redactedTexts("Flashbacks about Cowper Street (where he lived) most nights.", .address) == ["Cowper Street"])
        // Named with no word of place and no clause about living there, it stays out.
        #expect(redactedTexts("Cowper Street was on the news.", .address).isEmpty)
    }

    @Test func letterheadOrganisationIsNotPartOfItsAddress() {
        let letter = "Wexford Park Academy\nGale Lane, Eastwold EW4 2PL\n\nDear Mr Kane,"
        #expect(redactedTexts(letter, .address) == ["Gale Lane, Eastwold"])
        #expect(redactedTexts(letter, .organisation) == ["Wexford Park Academy"])
        // A house name above an envelope address is still part of it.
        #expect(redactedTexts("Ms Ada Kane\nBrook Cottage\nGale Lane\nEastwold\nEW4 2PL", .address) == ["Brook Cottage\nGale Lane\nEastwold"])
    }

    @Test func holidayParkIsAVenue() {
        #expect(redactedTexts("It happened in a static caravan at Gullrock Holiday Park in 2019.", .organisation) == ["Gullrock Holiday Park"])
        // A park of any other kind is a place, not a business.
        #expect(redactedTexts("They walked through Gullrock Park after school.", .organisation).isEmpty)
    }

    @Test func anotherAgencysReferenceIsNotACrimeReference() {
        #expect(redactedTexts("Referred to children's services; MASH ref: 26/4417.", .crimeReference).isEmpty)
        #expect(redactedTexts("Disclosure log, request ref TPR-26-0041, received today.", .crimeReference).isEmpty)
        // The police reference beside them is still found.
        #expect(redactedTexts("MASH ref: 26/4417. Crime ref: 26/4417/26.", .crimeReference) == ["26/4417/26"])
    }

    @Test func teamMailboxIsTheServices() {
        #expect(redactedTexts("To: counselling@fernlea-rc.example\nSubject: appt", .email).isEmpty)
        #expect(redactedTexts("To: ruth.counsell@fernlea-rc.example\nSubject: appt", .email) == ["ruth.counsell@fernlea-rc.example"])
    }
}
