import Testing
@testable import ConfideCore

/// The rules added for note styles the first corpora lacked: lower-case logs, forms, chats, Welsh and Scottish notes.
@Suite("Note styles")
struct NoteStyleRuleTests {
    @Test func lowerCaseOrganisationsAndChains() {
        #expect(redactedTexts("gp is parkside medical centre (dr lim).", .organisation) == ["parkside medical centre"])
        #expect(redactedTexts("last seen at northgate high gates", .organisation) == ["northgate high"])
        #expect(redactedTexts("im on shift at the co-op till 6", .organisation) == ["the co-op"])  // a lower-case "the" goes with the name (round 7)
        // Ordinary words that are also shop names need a capital, and not at a sentence start.
        #expect(redactedTexts("Next session is on Friday. She bought boots.", .organisation).isEmpty)
        // A generic ending in lower case is not a name.
        #expect(redactedTexts("Zainab has asked to move tutor group away from him.", .organisation).isEmpty)
    }

    @Test func leadingTypeWordsAndPubs() {
        #expect(redactedTexts("He is remanded at HMP Eastvale.", .organisation) == ["HMP Eastvale"])
        #expect(redactedTexts("Met her at Ysgol Gyfun Cwm Rhondda where she teaches.", .organisation) == ["Ysgol Gyfun Cwm Rhondda"])
        #expect(redactedTexts("It happened after the match at the Red Lion.", .organisation) == ["the Red Lion"])
        #expect(redactedTexts("She avoids the route past The Crown and Anchor now.", .organisation) == ["The Crown and Anchor"])
        #expect(redactedTexts("Hearing at the Crown Court on Monday.", .organisation).isEmpty)
        #expect(redactedTexts("Her daughter goes to St Luke's C of E now.", .organisation) == ["St Luke's C of E"])
        #expect(redactedTexts("Brother goes to the primary on Elm Rd.", .organisation) == ["the primary on Elm Rd"])
    }

    @Test func formValues() {
        #expect(redactedTexts("Perp workplace: Dawson's Scaffolding\nChildren: none", .organisation) == ["Dawson's Scaffolding"])
        #expect(redactedTexts("Client details\nSurname: Ní Bhriain\nFirst name: Aoife", .person) == ["Ní Bhriain", "Aoife"])
        #expect(redactedTexts("Applicant ........ Mr Pieter van der Berg\nDOB 14 Feb 1979", .person) == ["Pieter van der Berg"])
        // Web-form keys are not usernames.
        #expect(redactedTexts("first_name: Tanisha\nlast_name: Okoro-Blake", .onlineHandle).isEmpty)
    }

    @Test func addressBeforePostcode() {
        #expect(redactedTexts("letters go to her gran's - Birchview, Main St, Crossford ML8 5QT - not her flat", .address)
            == ["Birchview, Main St, Crossford"])
        #expect(redactedTexts("lives fferm y graig, llanbedr ll45 2nd. school next", .address) == ["fferm y graig, llanbedr"])
        #expect(redactedTexts("Discharged to her home:\nThe Old Bakery\nChurch Lane\nLittle Harwood\nLH2 8PB", .address)
            == ["The Old Bakery\nChurch Lane\nLittle Harwood"])
        // A label before the postcode is not an address.
        #expect(redactedTexts("Postcode: HB3 9LT", .address).isEmpty)
    }

    @Test func lowerCaseAndWelshStreets() {
        #expect(redactedTexts("moved back to 14 thornfield ave last week", .address) == ["14 thornfield ave"])
        #expect(redactedTexts("it is a 5 mins walk from the bus", .address).isEmpty)
        #expect(redactedTexts("She lives at 7 Heol y Nant now.", .address) == ["7 Heol y Nant"])
    }

    @Test func namesInContext() {
        #expect(redactedTexts("Court prep - R v Haldane, listed at Magistrates.", .person) == ["Haldane"])
        #expect(redactedTexts("VM 09:40 - \"yeah it's Kel, ring me back\"", .person) == ["Kel"])
        #expect(redactedTexts("His friend Sunny (Sundeep) has been texting.", .person) == ["Sunny", "Sundeep"])
        #expect(redactedTexts("Her boyfriend Mark - they call him Marky - is supportive.", .person) == ["Mark", "Marky"])
        #expect(redactedTexts("Precognition fixed for Kirsteen. K works at the butcher's.", .person) == ["Kirsteen", "K"])
        // "C" is the client in shorthand, not an initial to redact.
        #expect(redactedTexts("Session with Chloe.\nC arrived on time.", .person) == ["Chloe"])
        #expect(redactedTexts("rang nurse adeyinka - results back next wk", .person) == ["adeyinka"])
        #expect(redactedTexts("isva mtg w/ cl, next isva apt wed", .person).isEmpty)
    }

    @Test func initialsOnceEstablished() {
        #expect(redactedTexts("tc RP 10:30. RP says he was seen. RP ok.", .person) == ["RP", "RP", "RP"])
    }

    @Test func structuredForms() {
        #expect(redactedTexts("Police refs held:\nStorm 0567 16/07/24 (first call)", .crimeReference) == ["0567 16/07/24"])
        #expect(redactedTexts("police attending, log 1289 of 16/07. worker stayed", .crimeReference) == ["1289 of 16/07"])
        #expect(redactedTexts("Discord username: shadowfox#2231.", .onlineHandle) == ["shadowfox#2231"])
        #expect(redactedTexts("his brother's Astra Y412 KLP was outside", .vehicleRegistration) == ["Y412 KLP"])
        #expect(redactedTexts("call me on oh one one three four nine six oh seven seven two please", .phone)
            == ["oh one one three four nine six oh seven seven two"])
        #expect(redactedTexts("id,name,dob\n1042,Leanne Fisher,1988-02-14", .dateOfBirth) == ["1988-02-14"])
    }
}
