import Testing
@testable import ConfideCore

/// The rules added after the blind styles-c run: group notes with initials, dictated notes, referral forms, bracketed
/// aliases and venues, the service's own mailboxes and file references. Each with a case it must leave alone.
@Suite("Styles-c rules")
struct StylesCRuleTests {
    @Test func initialsInGroupLists() {
        let note = "6 attended: AB, KL, MN, R.T., SJ, Yas. KL shared about her ex. Yas left early."
        let people = redactedTexts(note, .person)
        for name in ["AB", "SJ", "R.T.", "Yas"] { #expect(people.contains(name), "\(name) in \(people)") }
        #expect(people.filter { $0 == "Yas" }.count == 2)
        #expect(redactedTexts("Present: T, H.M., Jess W\nT celebrated her new job.", .person).filter { $0 == "T" }.count == 2)
        #expect(redactedTexts("After group CP and AA walked home together.", .person) == ["CP", "AA"])
        // Not abbreviations in a list, a dotted "D.O.B." after a name, or a heading in capitals.
        #expect(redactedTexts("Agencies present: CPS, DWP, NHS and CAMHS.", .person).isEmpty)
        #expect(!redactedTexts("Perp Emeka Nwosu, D.O.B. 03-08-1990", .person).contains("D"))
        #expect(redactedTexts("CALL LOG\n09:02 in withheld", .person).isEmpty)
    }

    @Test func aliasesAndNamesAfterPersonWords() {
        #expect(redactedTexts("The man is known to staff as Big Al.", .person) == ["Big Al"])
        #expect(redactedTexts("a resident he know only as Abu Sami.", .person) == ["Abu Sami"])
        #expect(redactedTexts("His real name may be Elliot Grange - she found him online.", .person) == ["Elliot Grange"])
        #expect(redactedTexts("Concern: older male (\"Tiny\") picking him up.", .person) == ["Tiny"])
        #expect(redactedTexts("an older male, 'Sketch', has been asking for photos", .person) == ["Sketch"])
        #expect(redactedTexts("She says the man Viktor who is her landlord comes in.", .person) == ["Viktor"])
        #expect(redactedTexts("* Client C (Gus) - DNA twice", .person) == ["Gus"])
        // Pets, languages and plain words are no one.
        #expect(redactedTexts("They have a dog called Biscuit.", .person).isEmpty)
        #expect(!redactedTexts("Interpreter Mr Haroon (Urdu) attended.", .person).contains("Urdu"))
        #expect(redactedTexts("The man Was seen leaving.", .person).isEmpty)
    }

    @Test func titlesInitialsAndKinship() {
        #expect(redactedTexts("Letter sent to Mr T Okwu today.", .person) == ["T Okwu"])
        #expect(redactedTexts("She talks about her grandmother, Nanna Pearl, who raised her.", .person) == ["Pearl"])
        #expect(redactedTexts("Preferred name: JJ\nDate of birth: 5th Feb 2004", .person) == ["JJ"])
        #expect(redactedTexts("Met the suspect Karim Said at court.", .person) == ["Karim Said"])
        // "Preferred name: TBC" is no name.
        #expect(redactedTexts("Preferred name: TBC\nNotes: none", .person).isEmpty)
    }

    @Test func lowerCaseWordNames() {
        let note = "caller (asked to be called rose) rang twice. said her ex mark is outside. 23:45 - rose rang again."
        #expect(redactedTexts(note, .person) == ["rose", "mark", "rose"])
        // Ordinary lower-case words stay: "the rose garden", "mark the form".
        #expect(redactedTexts("she sat in the rose garden and will mark the form.", .person).isEmpty)
        #expect(redactedTexts("Rose\nRose spent the first half in silence.", .person).count == 2)
    }

    @Test func handoverAndBracketedVenues() {
        #expect(redactedTexts("Handover:\n• Marguerite (rm 5) - settled.", .person) == ["Marguerite"])
        #expect(redactedTexts("She spoke about her church (New Life Pentecostal) and her pastor.", .organisation) == ["New Life Pentecostal"])
        #expect(redactedTexts("From: Rachel Amos, Hillcrest CAMHS", .organisation) == ["Hillcrest CAMHS"])
        #expect(redactedTexts("taxi (A1 Cars) to her house", .organisation) == ["A1 Cars"])
        #expect(redactedTexts("Her partner drives for Speedline Couriers at night.", .organisation) == ["Speedline Couriers"])
        #expect(redactedTexts("Defence solicitor Mr Faraday of Faraday Lomax LLP.", .organisation) == ["Faraday Lomax LLP"])
        #expect(redactedTexts("she cancelled, at Kettleby Royal with her son.", .organisation) == ["Kettleby Royal"])
        // Not a kind word before its ending, a body in brackets, or a verb cue reaching into the next sentence.
        #expect(redactedTexts("he has the barber shop in town", .organisation).isEmpty)
        #expect(redactedTexts("her work (Northmoor Police) phoned", .organisation).isEmpty)
        #expect(redactedTexts("Nicola to attend. Defence solicitor present.", .organisation).isEmpty)
    }

    @Test func datesOfBirthSpokenAndBracketed() {
        #expect(redactedTexts("her daughter Zuzia born twenty second of March twenty fifteen has nightmares", .dateOfBirth)
            == ["twenty second of March twenty fifteen"])
        #expect(redactedTexts("Children: Mia (2016), Jack (2019)", .dateOfBirth) == ["2016", "2019"])
        // A year in brackets after something that is not a person is not a birth year.
        #expect(redactedTexts("Housing Act (1996) applies.", .dateOfBirth).isEmpty)
        #expect(redactedTexts("We met on the twenty second of March.", .dateOfBirth).isEmpty)
    }

    @Test func addressesSaidAndTyped() {
        #expect(redactedTexts("my mates house on Poplar Street number forty one unquote", .address) == ["Poplar Street number forty one"])
        #expect(redactedTexts("The flat is flat 6, 31 Vicarage road, Stonebury. She works.", .address) == ["flat 6, 31 Vicarage road, Stonebury"])
        #expect(redactedTexts("visit to flat nine Kingfisher House Dovecote Lane Ashby Moor AM4 7JX today", .address)
            == ["flat nine Kingfisher House Dovecote Lane Ashby Moor"])
        #expect(redactedTexts("took her to a flat on the Wellfield estate last year", .address) == ["Wellfield estate"])
        #expect(redactedTexts("coffee at Café Nero on Bridge St. Hollie's car was outside.", .address) == ["Bridge St."])
        // "her flat two weeks ago" has no address; "the estate" alone is generic.
        #expect(redactedTexts("she left her flat two weeks ago and walked round the estate.", .address).isEmpty)
    }

    @Test func identifiersAndTheServiceOwnDetails() {
        #expect(redactedTexts("Her NI number QQ 12 34 56 C for the housing form.", .niNumber) == ["QQ 12 34 56 C"])
        #expect(redactedTexts("Order QQ 12 34 56 C arrived.", .niNumber).isEmpty)
        #expect(redactedTexts("Police log ref given: 2107-0559. I'll ring DC Marsh.", .crimeReference) == ["2107-0559"])
        #expect(redactedTexts("Client ID: 2024-0341", .crimeReference).isEmpty)
        #expect(redactedTexts("Our ref: HG/0711\nPolice ref: CR/556712/24", .crimeReference) == ["CR/556712/24"])
        #expect(redactedTexts("Public Protection Unit\nOur ref: PPU/2291/25", .crimeReference) == ["PPU/2291/25"])
        #expect(redactedTexts("To: referrals@kelsbridgerc.example\nCc: jo.price@kelsbridgerc.example", .email) == ["jo.price@kelsbridgerc.example"])
        #expect(redactedTexts("Facebook message from profile \"Dazza Mac\" yesterday", .onlineHandle) == ["Dazza Mac"])
    }
}
