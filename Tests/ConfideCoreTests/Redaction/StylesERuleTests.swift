import Testing
@testable import ConfideCore

/// General rules added after the blind styles-e run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-e notes")
struct StylesERuleTests {
    @Test func tradingNamesEndingInServices() {
        #expect(redactedTexts("Agency staff come from Pennine Staffing Services.", .organisation) == ["Pennine Staffing Services"])
        #expect(redactedTexts("I handed my notice in at Brightwater Care Services today.", .organisation) == ["Brightwater Care Services"])
        #expect(redactedTexts("Referred to Student Support Services and Children's Social Care Services.", .organisation).isEmpty)
        #expect(redactedTexts("The Probation Services officer called.", .organisation).isEmpty)
    }

    @Test func churchesCalledFellowshipOrMinistries() {
        #expect(redactedTexts("He is an elder at Mount Zion Fellowship and preaches.", .organisation) == ["Mount Zion Fellowship"])
        #expect(redactedTexts("She valued the fellowship of the group.", .organisation).isEmpty)
    }

    @Test func initialsWithARoleInBracketsAndTheirLaterUses() {
        let t = "Present: SM (SW), PR (police), AL (health visitor)\n1. SM summarised the referral.\n2. PR: no previous involvement."
        #expect(redactedTexts(t, .person) == ["SM", "PR", "AL", "SM", "PR"])
        #expect(redactedTexts("Referred to CAMHS (health) and the ABE (police) interview.", .person).isEmpty)
    }

    @Test func lowerCaseGivenNamesThatAreWordsInAFamilyList() {
        let t = "family: brother robin, sister summer (15). robin is the one she trusts. summer will be told later."
        #expect(redactedTexts(t, .person) == ["robin", "summer", "robin", "summer"])
        #expect(redactedTexts("her sister will, she thinks, help with the move.", .person).isEmpty)
        #expect(redactedTexts("it was a hard summer for her brother, she said.", .person).isEmpty)
    }

    @Test func nicknameBeforeRealName() {
        #expect(redactedTexts("perp is dave's mate ginger (real name Neil Haworth).", .person).contains("ginger"))
        #expect(!redactedTexts("the real problem (real name unknown) is money", .person).contains("problem"))
    }

    @Test func birthYearStraightAfterDOB() {
        #expect(redactedTexts("Harley's DOB 2016 recorded for the referral.", .dateOfBirth) == ["2016"])
        #expect(redactedTexts("DOB 2016-03-04 is wrong; in 2016 she moved.", .dateOfBirth) == ["2016-03-04"])
    }

    @Test func letterheadContactDetailsAreTheSendersOwn() {
        let t = "Oakfield Rape Crisis\nUnit 2, The Exchange, Mill Street, Oakfield OK1 2AB | Helpline 0808 802 9999 | info@oakfield.example\n\nDear Ms Begum,\nWe can see you at 14 Hill Road, Oakfield HB9 2XW."
        #expect(redactedTexts(t, .phone).isEmpty)
        #expect(redactedTexts(t, .postcode) == ["HB9 2XW"])
        let po = "Tenancy Services, PO Box 412, Grindleton GR1 1AA\n\nDear Ms Rourke,\nRe: 12 Foxglove Walk, Saltmarsh SM7 4TE"
        #expect(redactedTexts(po, .postcode) == ["SM7 4TE"])
        // Without a salutation, a contact bar further down the note is not a letterhead.
        let note = "Line one\nLine two\nLine three\nLine four\nClient lives at 3 Elm Road, Oakfield OK1 2AB | tel 07700 900123"
        #expect(redactedTexts(note, .phone) == ["07700 900123"])
    }

    @Test func oddTextDoesNotTrap() {
        for t in ["", "(", "DOB", "real name", "x (real", "SM (", "| helpline |", "Dear \n", "\u{1F600} (aka", "PO Box\n\n\nDear"] {
            _ = RedactionSuggester.suggest(text: t)
        }
    }
}
