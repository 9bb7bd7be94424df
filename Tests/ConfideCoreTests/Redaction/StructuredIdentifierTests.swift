import Testing
@testable import ConfideCore

@Suite("Structured identifiers: numbers, codes and addresses with a fixed shape")
struct StructuredIdentifierTests {
    @Test("UK phone numbers in their written forms, without labels such as tel or ext",
          arguments: ["07700 900422", "07700900829", "+44 7700 900583", "+44 (0)113 496 0245", "0044 7700 900 876",
                      "(0115) 4960536", "0161 496 0321", "07700-900-123", "+447700900455", "020 7946 0437"])
    func phones(_ number: String) {
        #expect(redactedTexts("Call back on \(number) after 6pm (tel ext 22).", .phone) == [number])
    }

    @Test func phoneInBracketsKeepsTheBracketsOut() {
        #expect(redactedTexts("Grandmother Kerry Brown (07700 900202) helps.", .phone) == ["07700 900202"])
    }

    @Test("Postcodes with or without the space, in either case", arguments: ["NM4 2DH", "MB79RP", "sf16 1ne", "SF161NE", "HC7 7NA"])
    func postcodes(_ code: String) {
        #expect(redactedTexts("Her address is 8 Spinners Way, Millbeck \(code).", .postcode) == [code])
    }

    @Test func timesAreNotPostcodes() {
        #expect(redactedTexts("Session at 2pm, then S1 3am follow-up.", .postcode).isEmpty)
    }

    @Test func nhsNumberCheckDigit() {
        #expect(NHSNumberDetector.isValid([9, 4, 3, 4, 7, 6, 5, 9, 1, 9]))
        #expect(!NHSNumberDetector.isValid([9, 4, 3, 4, 7, 6, 5, 9, 1, 8]))
        // 10 as a check digit is never valid.
        #expect(!NHSNumberDetector.isValid([9, 9, 9, 1, 2, 3, 4, 5, 6, 0]))
    }

    @Test("Valid NHS numbers in any grouping", arguments: ["943 476 5919", "943-476-5919", "9434765919"])
    func nhsValid(_ n: String) {
        #expect(suggestedSpans("Letter for GP done, number \(n) checked.").contains { $0.text == n && $0.label == .nhsNumber })
    }

    @Test func nhsInvalidCheckDigitOnlyWithACue() {
        #expect(suggestedSpans("NHS number 450 557 7105 looks mistyped.").contains { $0.text == "450 557 7105" && $0.label == .nhsNumber })
        #expect(!suggestedSpans("Counted 450 557 7105 leaflets.").contains { $0.label == .nhsNumber })
    }

    @Test("National Insurance numbers", arguments: ["EZ 38 39 93 A", "BR799959B", "pk 92 11 04 c"])
    func niNumbers(_ n: String) {
        #expect(redactedTexts("Her NI number is \(n) for the form.", .niNumber) == [n])
    }

    @Test("Crime references in forces' formats",
          arguments: ["37/68673/24", "CR/786865/24", "MB-20251001-0192", "13-2025-00471", "NM2402118877", "0345 of 12/03/2025"])
    func crimeReferences(_ ref: String) {
        #expect(redactedTexts("Police reference \(ref) noted.").contains(ref))
    }

    @Test func datesAreNotCrimeReferences() {
        #expect(redactedTexts("Seen on 12/03/2025 and 2025-03-12 and 5-4-3-2-1 grounding.").isEmpty)
    }

    @Test("Vehicle registrations", arguments: ["MO24 BGM", "AS11ETU", "ab12 cde"])
    func vehicles(_ reg: String) {
        #expect(redactedTexts("He drives a silver car, reg \(reg), most days.", .vehicleRegistration) == [reg])
    }

    @Test func olderPlatesNeedACue() {
        #expect(redactedTexts("His reg is P123 ABC.", .vehicleRegistration) == ["P123 ABC"])
        #expect(redactedTexts("Form P123 ABC attached.", .vehicleRegistration).isEmpty)
    }

    @Test func bankDetailsAreSeparateSpans() {
        let t = "Paid to sort code 30-96-41, account 20846137. IBAN GB27 KELS 4022 1187 6543 21."
        #expect(redactedTexts(t, .bankDetails) == ["30-96-41", "20846137", "GB27 KELS 4022 1187 6543 21"])
        #expect(BankDetailsDetector.ibanChecks("GB27KELS40221187654321"))
        #expect(!BankDetailsDetector.ibanChecks("GB28KELS40221187654321"))
    }

    @Test func hyphenatedDateIsNotASortCode() {
        #expect(redactedTexts("Seen 12-03-24 at the centre.", .bankDetails).isEmpty)
    }

    @Test func emailsAndHandles() {
        let t = "Email kbell@postmail.example; messages from @kelsbridge_lad_96 and snapchat: jess.b99, also tiktok.com/@jaydenxox."
        #expect(redactedTexts(t, .email) == ["kbell@postmail.example"])
        #expect(redactedTexts(t, .onlineHandle) == ["@kelsbridge_lad_96", "jess.b99", "tiktok.com/@jaydenxox"])
    }

    @Test("Dates of birth in many formats", arguments: [
        ("DOB 25/05/1960", "25/05/1960"), ("date of birth 05/07/2009", "05/07/2009"), ("DOB: 21.10.71", "21.10.71"),
        ("DOB 2005-06-13", "2005-06-13"), ("(DOB 9 May 1995)", "9 May 1995"), ("D.O.B.: 3rd March 2011", "3rd March 2011"),
        ("born 21 Jan 2017", "21 Jan 2017"), ("baby (born in 2023)", "2023"), ("dob on file was wrong - corrected to 14/02/1998", "14/02/1998"),
    ])
    func datesOfBirth(_ pair: (String, String)) {
        #expect(redactedTexts("Client \(pair.0) noted.", .dateOfBirth) == [pair.1])
    }

    @Test func otherDatesAreNotDatesOfBirth() {
        #expect(redactedTexts("Re-bailed until 21 August 2024. Next appt 10 January.", .dateOfBirth).isEmpty)
        // A birth cue does not reach past an earlier date on the line.
        #expect(redactedTexts("Suspect (DOB 25/05/1960) was re-bailed until 21/08/2024.", .dateOfBirth) == ["25/05/1960"])
    }

    @Test func dateInBracketsAfterANameIsABirthDate() {
        #expect(redactedTexts("The suspect, Will Pearson (22.09.1989), has been charged.", .dateOfBirth) == ["22.09.1989"])
    }
}
