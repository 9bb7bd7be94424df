import Testing
@testable import ConfideCore

/// General rules added after the blind styles-o run (notes rich in organisations and addresses), each with a fresh example
/// and the look-alike it must leave alone.
@Suite("Rules from the styles-o notes: organisations")
struct StylesOOrganisationTests {
    @Test func camelCaseBrandBeginningLikeASurnamePrefix() {
        #expect(redactedTexts("He still goes to FitLab Dunmere most evenings.", .organisation) == ["FitLab Dunmere"])
        // A Fitz- or Mac- surname has its capital straight after the prefix: a person, not a brand.
        #expect(redactedTexts("Her keyworker, Aoife FitzPatrick, rang.", .organisation).isEmpty)
        #expect(redactedTexts("Her keyworker, Aoife MacKenzie, rang.", .organisation).isEmpty)
    }

    @Test func businessParkIsAVenue() {
        #expect(redactedTexts("She does nights at Thornbury Industrial Park now.", .organisation) == ["Thornbury Industrial Park"])
        // A park with no kind of business before "Park" is a park.
        #expect(redactedTexts("She walks the dog round Thornbury Park now.", .organisation).isEmpty)
    }

    @Test func namedAdviceServiceIsAnOrganisation() {
        #expect(redactedTexts("Her caseworker at Eastmoor Refugee Advice is helping.", .organisation) == ["Eastmoor Refugee Advice"])
        // The national charity and everyday words before "Advice" stay unmarked.
        #expect(redactedTexts("Signposted to Citizens Advice for the debts.", .organisation).isEmpty)
        #expect(redactedTexts("Gave her Housing Advice leaflets.", .organisation).isEmpty)
    }

    @Test func familyFirmWithAnAmpersand() {
        #expect(redactedTexts("Her dad drives for Pargeter & Sons, the removals people.", .organisation) == ["Pargeter & Sons"])
        // The family word in lower case is the family.
        #expect(redactedTexts("Mr Pargeter & sons came to the door.", .organisation).isEmpty)
    }

    @Test func laterShortFormOfAFirmWithAnAmpersand() {
        let note = "Letter from Ashdown & Pryce Solicitors today.\n\nRegards,\nNell Farrow\nParalegal, Ashdown & Pryce"
        #expect(redactedTexts(note, .organisation) == ["Ashdown & Pryce Solicitors", "Ashdown & Pryce"])
        // Only the words of a firm found in the note: two surnames joined the same way are people.
        #expect(redactedTexts("Letter from Ashdown & Pryce Solicitors. Cc: Farrow & Lyle", .organisation) == ["Ashdown & Pryce Solicitors"])
    }

    @Test func churchByItsDedication() {
        #expect(redactedTexts("Her nan's church, All Saints Brackley, runs a lunch club.", .organisation) == ["All Saints Brackley"])
        #expect(redactedTexts("He goes to St Aidan's with his gran on Sundays.", .organisation) == ["St Aidan's"])
        // A street named after the saint, and the saint's feast, are not the church.
        #expect(redactedTexts("She lives on St Aidan's Road now.", .organisation).isEmpty)
        #expect(redactedTexts("They met on St Patrick's Day.", .organisation).isEmpty)
    }

    @Test func kindOfCareBeforeHomeIsNoName() {
        #expect(redactedTexts("She works nights at a residential home.", .organisation).isEmpty)
        // A proper name before the kind still makes one.
        #expect(redactedTexts("She works nights at larchwood residential home.", .organisation) == ["larchwood residential home"])
    }
}

@Suite("Rules from the styles-o notes: addresses and references")
struct StylesOAddressTests {
    @Test func abbreviatedSquareStandsAlone() {
        #expect(redactedTexts("It happened outside the bank on Corn Sq last week.", .address) == ["Corn Sq"])
        // Without a word of place before it there is nothing to say it is where someone was.
        #expect(redactedTexts("Corn Sq was mentioned.", .address).isEmpty)
    }

    @Test func houseNameWithTheBeforeAStreetAfterALivingCue() {
        #expect(redactedTexts("She lives at The Granary, Mill Lane, Fenby with her son.", .address) == ["The Granary, Mill Lane, Fenby"])
        // After a drinking cue it is a pub on the street: the street alone is the address.
        #expect(redactedTexts("They had drinks at The Granary, Mill Lane, on Friday.", .address) == ["Mill Lane"])
    }

    @Test func townAfterABareStreetClosedByAPostcode() {
        #expect(redactedTexts("He lives on Mill Lane, Fenby FB3 2QT with his mum.", .address) == ["Mill Lane, Fenby"])
        // A word after the town that is neither a postcode nor the clause's end leaves the town out.
        #expect(redactedTexts("He lives on Mill Lane, Fenby and his mum nearby.", .address) == ["Mill Lane"])
    }

    @Test func buildingThenDistrictThenTown() {
        #expect(redactedTexts("She has a room at Rutherford Hall, Northgate, Dunmere.", .address) == ["Rutherford Hall, Northgate, Dunmere"])
        // A given name after the district is someone addressed, not a town.
        #expect(redactedTexts("She has a room at Rutherford Hall, Northgate, Sarah.", .address).first?.contains("Sarah") != true)
    }

    @Test func collegeOrEmployerNumberIsNoCrimeReference() {
        #expect(redactedTexts("Re: Jo Baines, staff number 44107293", .crimeReference).isEmpty)
        // A long number with no owner said is still taken as a reference.
        #expect(redactedTexts("Re: Jo Baines, 44107293", .crimeReference) == ["44107293"])
    }
}
