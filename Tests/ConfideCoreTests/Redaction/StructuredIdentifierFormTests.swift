import Testing
@testable import ConfideCore

/// A systematic pass over the written forms of identifiers whose shape is knowable: every spacing, case, separator and
/// cue a note-writer uses, and the look-alikes that must stay unredacted. Fictional values only (never-issued NI
/// prefixes, Ofcom drama-range phones, 999-range NHS numbers, `.example` domains).
@Suite("Structured identifiers: every written form")
struct StructuredIdentifierFormTests {
    /// `expected` is suggested with `label`, exactly.
    static func finds(_ text: String, _ expected: String, _ label: RedactionLabel) -> Bool {
        redactedTexts(text, label).contains(expected)
    }

    @Test("NI numbers: spacing, case, hyphens, dots, grouping, suffix or none, every cue", arguments: [
        ("NI number BG 12 34 56 C on file", "BG 12 34 56 C"), ("NINO: bg123456c.", "bg123456c"), ("N.I. no. BG123456C", "BG123456C"),
        ("N.I. No: BG 123456 C", "BG 123456 C"), ("national insurance BG-12-34-56-C", "BG-12-34-56-C"),
        ("National Insurance number: BG.12.34.56.C", "BG.12.34.56.C"), ("NI: BG 12 34 56 (no suffix)", "BG 12 34 56"),
        ("NI no BG123456", "BG123456"), ("ni number bg 12 34 56 c", "bg 12 34 56 c"), ("| NI | BG 12 34 56 C |", "BG 12 34 56 C"),
        ("NINo BG 123 456 C", "BG 123 456 C"), ("her NI is BG 12 34 56C", "BG 12 34 56C"), ("Nat Ins No BG123456C", "BG123456C"),
        ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"), ("NI No.BG123456C", "BG123456C"), ("national insurance no is bg 12 34 56", "bg 12 34 56"),
        ("NI:BG123456C", "BG123456C"), ("Rhif Yswiriant Gwladol BG 12 34 56 C", "BG 12 34 56 C"), ("Her NI number (BG 12 34 56 C) is", "BG 12 34 56 C"),
        ("Form signed, BG 12 34 56 D attached", "BG 12 34 56 D"),
    ])
    func niNumbers(_ c: (String, String)) { #expect(Self.finds(c.0, c.1, .niNumber), "\(c.0)") }

    @Test("Without a suffix or a cue, six digits after two letters are not an NI number", arguments: [
        "Form AB 12 34 56 filled in.", "Order BG123456 dispatched.", "Case CR123456 opened.",
    ])
    func notNINumbers(_ text: String) { #expect(redactedTexts(text, .niNumber).isEmpty, "\(text)") }

    @Test("Dates of birth: every order, separator, year length, month word, ordinal and cue", arguments: [
        ("DOB 03/04/2001", "03/04/2001"), ("D.O.B 3.4.01", "3.4.01"), ("D.O.B.: 03-04-2001", "03-04-2001"), ("DoB: 2001-04-03", "2001-04-03"),
        ("dob 3 April 2001", "3 April 2001"), ("DOB 3rd April 2001", "3rd April 2001"), ("DOB April 3rd, 2001", "April 3rd, 2001"),
        ("DOB April 3, 2001", "April 3, 2001"), ("DOB 3-Apr-2001", "3-Apr-2001"), ("DOB 03-APR-01", "03-APR-01"), ("DOB 3 Apr. 2001", "3 Apr. 2001"),
        ("DOB 03 04 2001", "03 04 2001"), ("DOB 03042001", "03042001"), ("DOB 20010403", "20010403"), ("born on 3 April 2001", "3 April 2001"),
        ("born 3/4/2001", "3/4/2001"), ("b. 03/04/2001", "03/04/2001"), ("(b.03/04/2001)", "03/04/2001"), ("b.1989 in Leeds", "b.1989"),
        ("(b. 1989)", "b. 1989"), ("date of birth: 3rd of April 2001", "3rd of April 2001"), ("(DOB 03/04/2001, 24)", "03/04/2001"),
        ("aged 24 (DOB 03/04/2001)", "03/04/2001"), ("DOB:03/04/2001", "03/04/2001"), ("Date of Birth (DD/MM/YYYY): 03/04/2001", "03/04/2001"),
        ("year of birth 2001", "2001"), ("YOB 2001", "2001"), ("birth year: 2001", "2001"), ("born in April 2001", "April 2001"),
        ("DOB Sept 3 2001", "Sept 3 2001"), ("| DOB | 03/04/2001 |", "03/04/2001"), ("DOB - 03/04/2001", "03/04/2001"),
        ("D/O/B 03/04/2001", "03/04/2001"), ("date of birth 3 April, 2001", "3 April, 2001"), ("born on the 3rd of April 2001", "3rd of April 2001"),
        ("dob 3/4/01 age 24", "3/4/01"), ("DOB 2001/04/03", "2001/04/03"), ("dyddiad geni 03/04/2001", "03/04/2001"),
        ("data urodzenia 03.04.2001", "03.04.2001"), ("Client, 24 (03.04.2001)", "03.04.2001"), ("her son (2016) is at home", "2016"),
        ("daughter (b. 2019)", "b. 2019"), ("birth date 3 Apr 2001", "3 Apr 2001"), ("DOB:- 3/4/2001", "3/4/2001"), ("Age 24, born 2001", "2001"),
    ])
    func datesOfBirth(_ c: (String, String)) { #expect(Self.finds("Client \(c.0) noted.", c.1, .dateOfBirth), "\(c.0)") }

    @Test("Dates that are not births are not DATE_OF_BIRTH", arguments: [
        "Seen 03/04/2024, next appointment 3 April 2025.", "Baby due 03/04/2025. Hearing 5 May 2025.",
        "Court date 12 June 2025; sentenced 2024.", "Birthday party on 12/06/2025 went badly.", "Session 3 (12/05/2025) went well.",
        "Session 3 - 12/05/2024 and call 2, 14/05/2024.", "Incident on 03 04 2024 reported.", "Ref 20240403 logged.",
    ])
    func notDatesOfBirth(_ text: String) { #expect(redactedTexts(text, .dateOfBirth).isEmpty, "\(text)") }

    @Test func aDateGluedToItsCueIsStillCovered() {
        // "dob-3/4/2001" reads as one code (a reference) to the detectors; it is covered whole, under another label.
        #expect(redactedTexts("Client dob-3/4/2001 noted.").contains { $0.contains("3/4/2001") })
    }

    @Test func aBirthCueReachesOnlyTheFirstDate() {
        #expect(redactedTexts("DOB 03/04/2001. Seen 05/06/2024 at clinic.", .dateOfBirth) == ["03/04/2001"])
    }

    @Test("UK phones: spaces, hyphens, dots, brackets, +44, 0044, regional and slash-joined numbers", arguments: [
        "07700 900 123", "07700-900123", "(07700) 900123", "+44 (0) 7700 900123", "+44-7700-900123", "0113 496 0000", "0113-496-0000",
        "(0113) 496 0000", "02079460000", "+44 20 7946 0000", "01632 960 001", "028 9649 6000", "029 2018 0000", "0131 496 0000",
        "07700.900.123", "0770 0900 123", "00447700900123", "+44 (0)28 9649 6000",
    ])
    func phones(_ number: String) { #expect(Self.finds("Call \(number) after 6pm.", number, .phone), "\(number)") }

    @Test func phonesAfterALabelWithADotOrJoinedByASlash() {
        #expect(redactedTexts("tel.07700 900123 or mob:07700900124", .phone) == ["07700 900123", "07700900124"])
        #expect(redactedTexts("Tel 01632 960123/07700 900123", .phone) == ["01632 960123", "07700 900123"])
    }

    @Test func notPhones() {
        #expect(redactedTexts("Crime ref 47/229108/24, cost £1,200, 10:30-11:30, seen 01.02.2024.", .phone).isEmpty)
    }

    @Test("Postcodes in every UK shape and case", arguments: [
        "LS1 4AB", "ls14ab", "EC1A 1BB", "W1A 0AX", "M1 1AE", "DN55 1PT", "BT7 1NN", "CF10 1AA", "EH1 1YZ", "G2 3AB", "ls1 4ab", "Ls1 4ab",
    ])
    func postcodes(_ code: String) { #expect(Self.finds("She lives at 4 Kiln Row, \(code).", code, .postcode), "\(code)") }

    @Test func notPostcodes() {
        #expect(redactedTexts("Meet at 2pm on the A1 road, then M62, Year 10, form Ab1 2Cd.", .postcode).isEmpty)
    }

    @Test("NHS, CHI and H&C numbers: spaced, plain, hyphenated, in tables", arguments: [
        "NHS 999 000 0018", "NHS no. 9990000018", "NHS: 999-000-0018", "| NHS | 9990000018 |", "H&C number 999 000 0018", "CHI 9990000018",
    ])
    func nhsNumbers(_ text: String) {
        let digits = text.drop { !$0.isNumber }.prefix { !"|".contains($0) }.trimmingCharacters(in: .whitespaces)
        #expect(Self.finds(text, digits, .nhsNumber), "\(text)")
    }

    @Test("Sort codes and account numbers in either order, with any separator and label", arguments: [
        ("sort code 20-00-00 account 12345678", ["20-00-00", "12345678"]), ("s/c 200000 a/c 12345678", ["200000", "12345678"]),
        ("sort code: 20 00 00, acc no 12345678", ["20 00 00", "12345678"]), ("Account number: 12345678, sort code 20-00-00", ["12345678", "20-00-00"]),
        ("bank details 20-00-00 12345678", ["20-00-00", "12345678"]), ("Acct #12345678", ["12345678"]), ("a/c 1234 5678", ["1234 5678"]),
        ("sortcode 20-00-00 acc 12345678", ["20-00-00", "12345678"]), ("sort code 20.00.00", ["20.00.00"]),
        ("acc: 12345678 s/c: 20-00-00", ["12345678", "20-00-00"]), ("IBAN GB29 NWBK 6016 1331 9268 19", ["GB29 NWBK 6016 1331 9268 19"]),
    ])
    func bankDetails(_ c: (String, [String])) { #expect(redactedTexts(c.0, .bankDetails) == c.1, "\(c.0)") }

    @Test("Six and eight digits are not bank details without a bank cue", arguments: [
        "Case 123456 78 closed; reading 12 34 56 then 12345678 items.", "Seen 12-03-24 then 03-04-25.", "Ref 20240403 and 12345678.",
    ])
    func notBankDetails(_ text: String) { #expect(redactedTexts(text, .bankDetails).isEmpty, "\(text)") }

    @Test("Vehicle registrations, current and older formats", arguments: [
        ("reg AB12 CDE", "AB12 CDE"), ("a car ab12cde", "ab12cde"), ("reg: P123 ABC", "P123 ABC"), ("reg ABC 123D", "ABC 123D"),
        ("reg AXZ 1234", "AXZ 1234"), ("reg no. ab12 cde", "ab12 cde"), ("white van BD51 SMR", "BD51 SMR"),
    ])
    func vehicles(_ c: (String, String)) { #expect(Self.finds(c.0, c.1, .vehicleRegistration), "\(c.0)") }

    @Test("Emails, also written to dodge spam filters", arguments: [
        "jo.bloggs@mail.example", "JO@MAIL.EXAMPLE", "jo+tag@sub.mail.example", "jo [at] mail [dot] example", "jo(at)mail(dot)example",
        "jo at mail dot example",
    ])
    func emails(_ address: String) { #expect(Self.finds("Email \(address) today.", address, .email), "\(address)") }

    @Test func atAndDotInProseAreNotEmails() {
        #expect(redactedTexts("We met at the station at 3pm; the dot on the map.", .email).isEmpty)
    }

    @Test("Handles on common platforms: cue before or after, abbreviations, links on any domain", arguments: [
        ("insta: kayla.x", "kayla.x"), ("insta - kayla.x", "kayla.x"), ("ig: kayla.x", "kayla.x"), ("sc - jaydenxo", "jaydenxo"),
        ("SC: jaydenxo", "jaydenxo"), ("snap: jayden", "jayden"), ("@kayla on tiktok", "@kayla"), ("kayla_x on tiktok", "kayla_x"),
        ("kaylax on tiktok", "kaylax"), ("kayla.x on insta", "kayla.x"), ("messages from jay.dn99 on snapchat", "jay.dn99"),
        ("link https://instagram.example/kayla.x", "https://instagram.example/kayla.x"),
        ("https://www.facebook.example/profile.php?id=1000123", "https://www.facebook.example/profile.php?id=1000123"),
        ("tiktok.example/@kaylax", "tiktok.example/@kaylax"), ("discord: shadowfox", "shadowfox"), ("discord shadowfox#2231", "shadowfox#2231"),
        ("telegram @kay", "@kay"), ("t.me/kaylax", "t.me/kaylax"), ("on X as kaylax99", "kaylax99"), ("snapchat username kayla.x", "kayla.x"),
        ("snapchat kayla.x", "kayla.x"), ("insta kaylax99", "kaylax99"), ("https://x.com/kaylax", "https://x.com/kaylax"),
        ("wa.me/447700900123", "wa.me/447700900123"), ("her insta is kayla.x", "kayla.x"), ("(snap: kayla.x)", "kayla.x"),
        ("youtube channel KaylaVlogs99", "KaylaVlogs99"), ("reddit u/kaylax", "u/kaylax"), ("www.reddit.example/u/kaylax", "www.reddit.example/u/kaylax"),
        ("twitch kaylax99", "kaylax99"), ("kaylax99 (snapchat)", "kaylax99"), ("Instagram account @kayla.x", "@kayla.x"),
    ])
    func handles(_ c: (String, String)) { #expect(Self.finds(c.0, c.1, .onlineHandle), "\(c.0)") }

    @Test func platformsInProseAreNotHandles() {
        #expect(redactedTexts("She messaged him on snapchat and on instagram; snapchat 3 times.", .onlineHandle).isEmpty)
    }
}
