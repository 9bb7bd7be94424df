import Testing
@testable import ConfideCore

/// General rules added after the blind styles-h run, each with the look-alike it must leave alone.
@Suite("Rules from the styles-h notes")
struct StylesHRuleTests {
    @Test func policeSystemNameGoesWithTheReference() {
        #expect(redactedTexts("The police log is CAD 3318 09/02/26.", .crimeReference) == ["CAD 3318 09/02/26"])
        #expect(redactedTexts("older ref CRIS 4521983/22 closed", .crimeReference) == ["CRIS 4521983/22"])
        #expect(redactedTexts("involvement; ref CRN 44/2291/26", .crimeReference) == ["CRN 44/2291/26"])
        // A capitalised word that is not a police system stays out; so does a word that merely ends in the letters.
        #expect(redactedTexts("Crime ref: 37/68673/24", .crimeReference) == ["37/68673/24"])
        #expect(redactedTexts("ABCAD 37/68673/24", .crimeReference) == ["37/68673/24"])
    }

    @Test func spacedReferenceAfterACue() {
        #expect(redactedTexts("dc khan said ref is HB 26 004481. ok", .crimeReference) == ["HB 26 004481"])
        #expect(redactedTexts("crime no NM 26 011834 given", .crimeReference) == ["NM 26 011834"])
        // A phone number or a date after "ref" is not a crime reference; nor is a short count.
        #expect(redactedTexts("ref 0113 496 0558 is her work line", .crimeReference).isEmpty)
        #expect(redactedTexts("ref 12 03 2026 meeting", .crimeReference).isEmpty)
        #expect(redactedTexts("see ref 2 of 3 in the pack", .crimeReference).isEmpty)
    }

    @Test func currentPlateWithTwoSpaces() {
        #expect(redactedTexts("grey Qashqai reg YH 68 PLX seen on ANPR", .vehicleRegistration) == ["YH 68 PLX"])
        #expect(redactedTexts("Saw EV 63 JHK outside again.", .vehicleRegistration) == ["EV 63 JHK"])
        // Capitals text with a date or a time is not a plate.
        #expect(redactedTexts("HE CAME ROUND ON 12 MAR AND AGAIN AT 10 PM", .vehicleRegistration).isEmpty)
        #expect(redactedTexts("SEEN HIM IN 20 MIN", .vehicleRegistration).isEmpty)
    }

    @Test func birthYearWithItsAbbreviation() {
        #expect(redactedTexts("her son Kai (b. 2016) is at home", .dateOfBirth) == ["b. 2016"])
        #expect(redactedTexts("Client born in 1990 in Leeds", .dateOfBirth) == ["1990"])
    }
}
