import Crypto
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

/// A fictional client and notes. The names, number and canaries are invented for these tests.
enum BundleFixtures {
    static let clientName = "Marnie Quillfeather"
    static let phone = "07700 900417"
    static let canaryTyped = "ZQXCANARY-TYPED-5d1e"
    static let canaryPassage = "ZQXCANARY-PASSAGE-8a2f"
    static let canaryOutside = "ZQXCANARY-OUTSIDE-3b7c"
    static let canaries = [canaryTyped, canaryPassage, canaryOutside]

    static let note = """
        Session with Marnie Quillfeather. She practised the grounding exercise and said it helped.
        She asked us to call her on 07700 900417 rather than email. Keyword for the file: ZQXCANARY-TYPED-5d1e.
        Later she talked about her cousin's wedding and ZQXCANARY-PASSAGE-8a2f at length, which has nothing to do with the incident.
        Agreed to meet again next week.
        """
    static let outsideNote = "Safeguarding check. No current risk. Note reference ZQXCANARY-OUTSIDE-3b7c."
    static let oldNote = "First meeting. Talked about what counselling can offer."

    /// A police request for counselling notes in March 2026 only.
    static let request = """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        received_at: 2026-03-20T10:00:00Z
        channel: email
        requester:
          type: police
          organisation: Westfold Constabulary
          name: DC Robin Marsh
          role: detective constable
          reply_address: robin.marsh@westfold.police.example
          identity_verified: true
        legal_basis: victim-information-request
        crime_reference: "WF/26/0123"
        case_stage: investigation
        incident: { from: 2026-02-27, to: 2026-02-27 }
        records_sought:
          kinds: [counselling-notes]
          from: 2026-03-01
          to: 2026-03-31
          whole_file: false
        reason: |
          She told police she spoke to her counsellor about the incident in early March; we ask only for that note.
        deadline: 2026-12-20T17:00:00Z
        records_held: true
        service:
          kind: counselling
        """
}

struct BundleWorld {
    let centre: TestCentre
    let eli: Browser
    let client: UUID
    let request: UUID
    let inScope: UUID
    let outsideKind: UUID
    let outsideDate: UUID

    var base: String { "/requests/\(request)/bundle" }

    static func make(_ centre: TestCentre) async throws -> BundleWorld {
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: BundleFixtures.clientName, contact: "Mobile \(BundleFixtures.phone)")
        let inScope = try await centre.addRecord(as: alex, client: client, body: BundleFixtures.note, date: "2026-03-02")
        let outsideKind = try await centre.addRecord(as: alex, client: client, body: BundleFixtures.outsideNote, date: "2026-03-05", kind: "safeguarding")
        let outsideDate = try await centre.addRecord(as: alex, client: client, body: BundleFixtures.oldNote, date: "2026-01-10")
        let eli = try await centre.signedIn("eli")
        let request = try await centre.logRequest(as: eli, client: client, BundleFixtures.request)
        try await eli.get("/requests/\(request)")
        let decided = try await eli.post("/requests/\(request)/decision", [
            "outcome": "comply_in_part_redacted", "reasons": "The March note is relevant to the line of enquiry; names and numbers are removed."])
        #expect(decided.status == .seeOther, "deciding answered \(decided.status): \(decided.text.prefix(300))")
        return BundleWorld(centre: centre, eli: eli, client: client, request: request, inScope: inScope, outsideKind: outsideKind, outsideDate: outsideDate)
    }

    /// The same, with a second disclosure lead ("gil") to check the bundle before release.
    static func withChecker(_ centre: TestCentre) async throws -> BundleWorld {
        _ = try await centre.addStaff("gil", .disclosureLead, "Office")
        return try await make(centre)
    }

    /// Prepared (`prepare`), checked by the second lead and released: copy 1 is ready to download.
    static func released(_ centre: TestCentre) async throws -> BundleWorld {
        let w = try await withChecker(centre)
        try await w.prepare()
        _ = try await w.checkAndRelease()
        return w
    }

    /// The service as a signed-in member of staff would call it (for reading back what the pages show).
    func service(_ key: String = "eli") -> BundleService {
        let req = Request(application: centre.app, method: .GET, url: "/", on: centre.app.eventLoopGroup.any())
        req.staff = StaffContext(staffID: centre.staff[key]!, role: .disclosureLead, team: "Office", displayName: key.capitalized,
                                 sessionID: UUID(), csrfToken: "t", stage: "full", authenticatedAt: Date())
        return BundleService(req)
    }

    @discardableResult
    func add(_ record: UUID, reason: String? = nil, as b: Browser? = nil) async throws -> TestingHTTPResponse {
        let b = b ?? eli
        try await b.get(base)
        var f = ["records[]": record.uuidString]
        if let reason { f["reason"] = reason }
        return try await b.post("\(base)/records", f)
    }

    @discardableResult
    func decide(_ record: UUID, _ fields: [String: String], as b: Browser? = nil) async throws -> TestingHTTPResponse {
        let b = b ?? eli
        try await b.get("\(base)/records/\(record)")
        return try await b.post("\(base)/records/\(record)/decisions", fields)
    }

    /// Chooses the March note, decides every suggestion (removing them), removes the typed canary, withholds the
    /// passage with the other canary; then another lead checks and the bundle is released.
    func prepare(as b: Browser? = nil) async throws {
        let b = b ?? eli
        #expect(try await add(inScope, as: b).status == .seeOther)
        let bench = try await service().bench(request, record: inScope, audit: false)
        #expect(bench.redactions.suggestions.count >= 2, "the name and the number are suggested")
        for s in bench.redactions.suggestions {
            let res = try await decide(inScope, ["action": "accept", "start": "\(s.span.start)", "end": "\(s.span.end)", "label": s.span.label.rawValue], as: b)
            #expect(res.status == .seeOther, "accepting answered \(res.status): \(res.text.prefix(200))")
        }
        // No JavaScript: the exact words, typed.
        #expect(try await decide(inScope, ["action": "redact", "words": BundleFixtures.canaryTyped, "start": "", "end": ""], as: b).status == .seeOther)
        // With JavaScript: offsets from a selection, and the words they cover.
        let sentence = "Later she talked about her cousin's wedding and \(BundleFixtures.canaryPassage) at length, which has nothing to do with the incident."
        let text = bench.redactions.text
        let r = try #require(text.range(of: sentence))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        let end = start + sentence.unicodeScalars.count
        #expect(try await decide(inScope, ["action": "passage", "reason": "outside-subject", "start": "\(start)", "end": "\(end)", "words": sentence], as: b).status == .seeOther)
    }

    /// Where one copy of the released bundle is downloaded.
    func copyPath(_ number: Int = 1, manifest: Bool = false) async throws -> String {
        let c = try #require(try await BundleCopy.query(on: centre.app.db).filter(\.$number == number).first())
        return "\(base)/copies/\(c.id!)/" + (manifest ? "manifest.json" : "pdf")
    }

    func checkAndRelease(checker: String = "gil") async throws -> Browser {
        let other = try await centre.signedIn(checker)
        try await other.get(base)
        #expect(try await other.post("\(base)/check", [:]).location == "\(base)?done=checked")
        try await eli.get(base)
        let released = try await eli.post("\(base)/release", [:])
        #expect(released.location == "\(base)?done=released", "release answered \(released.status): \(released.text.prefix(300))")
        return other
    }
}

/// Searches bytes for a string in the encodings a PDF could hide it in: UTF-8, UTF-16 (both orders, with and
/// without a byte-order mark) and hex (either case).
func bytesContain(_ data: Data, _ s: String) -> [String] {
    var found: [String] = []
    let forms: [(String, Data)] = [
        ("utf8", Data(s.utf8)),
        ("utf16be", s.data(using: .utf16BigEndian)!),
        ("utf16le", s.data(using: .utf16LittleEndian)!),
        ("hex", Data(Data(s.utf8).map { String(format: "%02x", $0) }.joined().utf8)),
        ("HEX", Data(Data(s.utf8).map { String(format: "%02X", $0) }.joined().utf8)),
        ("hex16", Data(s.data(using: .utf16BigEndian)!.map { String(format: "%02x", $0) }.joined().utf8)),
        ("HEX16", Data(s.data(using: .utf16BigEndian)!.map { String(format: "%02X", $0) }.joined().utf8)),
    ]
    for (name, needle) in forms where data.range(of: needle) != nil { found.append(name) }
    return found
}

func runTool(_ path: String, _ args: [String]) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return data
}

/// The text layer as poppler reads it, or nil when pdftotext is not installed.
func pdftotext(_ pdf: Data) throws -> String? {
    guard FileManager.default.fileExists(atPath: "/usr/bin/pdftotext") else { return nil }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID()).pdf").path
    try pdf.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return String(decoding: try runTool("/usr/bin/pdftotext", ["-enc", "UTF-8", path, "-"]), as: UTF8.self)
}

/// Every stream of the PDF inflated (content streams, fonts, ToUnicode maps), when python3 is available.
func inflatedStreams(_ pdf: Data) throws -> Data? {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.fileExists(atPath: $0) }
    guard let python else { return nil }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID()).pdf").path
    try pdf.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let script = """
        import re, sys, zlib
        d = open(sys.argv[1], 'rb').read()
        out = []
        for m in re.finditer(rb'stream\\r?\\n(.*?)endstream', d, re.S):
            try: out.append(zlib.decompressobj().decompress(m.group(1)))
            except Exception: out.append(m.group(1))
        sys.stdout.buffer.write(b'\\n'.join(out))
        """
    return try runTool(python, ["-c", script, path])
}

@Suite("Disclosure bundles: scope, workbench, check, PDF, manifest")
struct BundleTests {
    @Test func outOfScopeRecordsAreNotOfferedWithoutAReason() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.make(centre)
            let page = try await w.eli.get(w.base)
            #expect(page.status == .ok)
            // Offered: the March note, in the first form. The safeguarding record and the January note are listed
            // apart, each saying why it is outside, and need a reason.
            let html = page.text
            let outsideStart = try #require(html.range(of: "Records outside the request"))
            let inPos = try #require(html.range(of: w.inScope.uuidString))
            #expect(inPos.lowerBound < outsideStart.lowerBound)
            for id in [w.outsideKind, w.outsideDate] {
                let pos = try #require(html.range(of: id.uuidString))
                #expect(pos.lowerBound > outsideStart.lowerBound, "a record outside the request is not offered with those within it")
            }
            #expect(html.contains("not a kind of record asked for") && html.contains("before 2026-03-01"))

            let refused = try await w.add(w.outsideKind)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("outside what the request asks for"))
            #expect(try await BundleItem.query(on: centre.app.db).count() == 0, "nothing was added")
            #expect(try await w.add(w.outsideDate, reason: "short").status == .unprocessableEntity)

            #expect(try await w.add(w.inScope).status == .seeOther)
            let reason = "The safeguarding check of 5 March is referred to in the March note."
            #expect(try await w.add(w.outsideKind, reason: reason).status == .seeOther)
            let items = try await BundleItem.query(on: centre.app.db).all()
            #expect(items.count == 2)
            let outside = try #require(items.first { $0.recordID == w.outsideKind })
            #expect(!outside.inScope)
            let ct = try #require(outside.reasonCT)
            #expect(ct.range(of: Data("safeguarding check".utf8)) == nil, "the reason is stored encrypted")
            let overview = try await w.eli.get(w.base)
            #expect(overview.text.contains(reason), "the reason is shown with the record")
            let select = try await centre.auditRows().filter { $0.action == "bundle.select" }
            #expect(select.contains { $0.flagged && $0.reason.contains("1 outside the request") })
        }
    }

    @Test func aRequestNotDecidedForDisclosureGetsNoBundle() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex)
            let record = try await centre.addRecord(as: alex, client: client, body: "A note.")
            let eli = try await centre.signedIn("eli")
            let request = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            try await eli.get("/requests/\(request)/bundle")
            #expect(try await eli.post("/requests/\(request)/bundle/records", ["records[]": record.uuidString]).status == .conflict)
            #expect(try await DisclosureBundle.query(on: centre.app.db).count() == 0)
        }
    }

    @Test func redactedNameNumberAndCanariesAreNowhereInThePDF() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.released(centre)
            let res = try await w.eli.get(try await w.copyPath())
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.subType == "pdf")
            let pdf = Data(buffer: res.body)
            #expect(pdf.starts(with: Data("%PDF-".utf8)))

            let secrets = [BundleFixtures.clientName, "Quillfeather", "Marnie", BundleFixtures.phone, "900417"] + BundleFixtures.canaries
            for s in secrets {
                #expect(bytesContain(pdf, s).isEmpty, "\(s) is in the PDF bytes as \(bytesContain(pdf, s))")
            }
            if let inflated = try inflatedStreams(pdf) {
                #expect(!inflated.isEmpty)
                for s in secrets { #expect(bytesContain(inflated, s).isEmpty, "\(s) is in an inflated stream as \(bytesContain(inflated, s))") }
            }
            if let text = try pdftotext(pdf) {
                #expect(text.contains("grounding exercise"), "kept text is in the text layer (the check can see text)")
                #expect(text.contains("Passage not disclosed"), "the withheld passage is marked")
                #expect(text.contains("NOT FOR ONWARD DISCLOSURE") && text.contains("Westfold Constabulary"))
                for s in secrets { #expect(!text.contains(s), "\(s) is in pdftotext's output") }
                #expect(!text.contains("wedding"), "the withheld passage is gone, not only its canary")
                #expect(!text.contains("First meeting") && !text.contains("Safeguarding check"), "records not chosen are not in the bundle")
                // The header is on every page, with the page number.
                let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                #expect(pages.count >= 2)
                for (n, p) in pages.enumerated() {
                    #expect(p.contains("NOT FOR ONWARD DISCLOSURE") && p.contains("Request R-") && p.contains("Page \(n + 1) of \(pages.count)"))
                }
            }
        }
    }

    @Test func sameInputsGiveByteIdenticalBundlesAndTheManifestHashesMatch() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.released(centre)
            let pdf = Data(buffer: try await w.eli.get(try await w.copyPath()).body)
            let again = try await w.service().rebuild(w.request)
            let third = try await w.service().rebuild(w.request)
            #expect(again.pdf == third.pdf, "two renders of the same inputs are byte-identical")
            #expect(again.pdf == pdf, "rebuilding gives the released bytes")
            #expect(again.manifest == third.manifest)

            let m = try await w.eli.get(try await w.copyPath(manifest: true))
            #expect(m.status == .ok)
            let manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(buffer: m.body))
            #expect(manifest.bundle.sha256 == BundleHash.sha256(pdf))
            #expect(manifest.bundle.bytes == pdf.count)
            #expect(manifest.request.hasPrefix("R-") && manifest.recipient == "Westfold Constabulary" && manifest.copy == 1)
            #expect(manifest.documents.count == 1)
            let bench = try await w.service().bench(w.request, record: w.inScope, audit: false)
            #expect(manifest.documents[0].sha256 == BundleHash.sha256(bench.redactions.disclosedText))
            #expect(manifest.documents[0].record == w.inScope.uuidString && manifest.documents[0].withheld == 1)
            let mtext = m.text
            for s in [BundleFixtures.clientName, BundleFixtures.phone] + BundleFixtures.canaries { #expect(!mtext.contains(s)) }
            let row = try #require(try await DisclosureBundle.query(on: centre.app.db).first())
            #expect(row.pdfSHA256 == manifest.bundle.sha256)
            #expect(try await BundleCopy.query(on: centre.app.db).first()?.pdfSHA256 == manifest.bundle.sha256)
            if let text = try pdftotext(pdf) { #expect(text.contains(manifest.documents[0].sha256), "the contents page lists each document's hash") }
        }
    }

    @Test func theBundleIsInTheAuditTrailAndTheAccountingOfDisclosures() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.released(centre)
            let bundle = try #require(try await DisclosureBundle.query(on: centre.app.db).first())
            #expect(bundle.status == "released")
            let rows = try await centre.auditRows()
            let release = try #require(rows.first { $0.action == "bundle.release" })
            #expect(release.object == "client:\(w.client)/request:\(w.request)/bundle:\(bundle.id!)")
            #expect(release.reason.contains(bundle.pdfSHA256!))
            #expect(rows.contains { $0.action == "bundle.check" && $0.reason == "second-person" })
            #expect(rows.filter { $0.action == "bundle.decide" }.count >= 4)
            let disclosure = try #require(try await Disclosure.query(on: centre.app.db).filter(\.$requestID == w.request).first())
            #expect(bundle.disclosureID == disclosure.id && disclosure.recipient == "Westfold Constabulary")
            #expect(rows.contains { $0.action == "disclosure.record" && $0.object.hasSuffix("disclosure:\(disclosure.id!)") })
            #expect(try await RecordsRequest.find(w.request, on: centre.app.db)?.status == "disclosed")
            let accounting = try await w.eli.get("/clients/\(w.client)/disclosures")
            #expect(accounting.text.contains("Disclosure bundle (copy 1): 1 record") && accounting.text.contains(bundle.pdfSHA256!))
            // Audit entries carry no content: no name, number, canary or decided words.
            let all = rows.map { "\($0.action) \($0.object) \($0.reason)" }.joined(separator: "\n")
            for s in [BundleFixtures.clientName, "Quillfeather", BundleFixtures.phone, "wedding"] + BundleFixtures.canaries { #expect(!all.contains(s)) }
            // Decisions are stored encrypted.
            for d in try await BundleDecisionRow.query(on: centre.app.db).all() {
                #expect(d.decisionCT.range(of: Data("action".utf8)) == nil && d.decisionCT.range(of: Data("MANUAL".utf8)) == nil)
            }
            let copy = try #require(try await BundleCopy.query(on: centre.app.db).first())
            #expect(copy.manifestCT.range(of: Data("sha256".utf8)) == nil && copy.pdfCT.range(of: Data("%PDF".utf8)) == nil)
            if case .broken(let b) = try await AuditLog.verify(on: centre.app.db) { Issue.record("audit chain broken: \(b)") }
            // Released: nothing more can change.
            #expect(try await w.decide(w.inScope, ["action": "redact", "words": "grounding"]).status == .conflict)
        }
    }

    @Test func downloadsNeedRecentAuthentication() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.released(centre)
            try await StaffSession.query(on: centre.app.db).filter(\.$staffID == centre.staff["eli"]!)
                .set(\.$authenticatedAt, to: Date().addingTimeInterval(-3600)).update()
            for path in [try await w.copyPath(), try await w.copyPath(manifest: true)] {
                let res = try await w.eli.get(path)
                #expect(res.status == .seeOther && res.location?.hasPrefix("/reauth?next=") == true)
            }
        }
    }

    @Test func theSecondPersonCheckIsEnforced() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.withChecker(centre)
            try await w.prepare()
            // Not checked: cannot be released.
            try await w.eli.get(w.base)
            #expect(try await w.eli.post("\(w.base)/release", [:]).status == .conflict)
            // The person who prepared it cannot check it while another lead exists.
            #expect(try await w.eli.post("\(w.base)/check", [:]).status == .forbidden)
            let gil = try await centre.signedIn("gil")
            try await gil.get(w.base)
            #expect(try await gil.post("\(w.base)/check", [:]).status == .seeOther)
            #expect(try await DisclosureBundle.query(on: centre.app.db).first()?.status == "checked")
            // A change after the check undoes it.
            #expect(try await w.decide(w.inScope, ["action": "redact", "words": "next week"]).status == .seeOther)
            #expect(try await DisclosureBundle.query(on: centre.app.db).first()?.status == "draft")
            try await w.eli.get(w.base)
            #expect(try await w.eli.post("\(w.base)/release", [:]).status == .conflict)
            // A checker who made a decision is a preparer too.
            #expect(try await w.decide(w.inScope, ["action": "redact", "words": "Agreed"], as: gil).status == .seeOther)
            try await gil.get(w.base)
            #expect(try await gil.post("\(w.base)/check", [:]).status == .forbidden)
            let rows = try await centre.auditRows()
            #expect(rows.contains { $0.action == "bundle.decide" && $0.reason.contains("check cleared") })
        }
    }

    @Test func aCentreWithOneLeadConfirmsAfterSigningInAgain() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.make(centre)
            try await w.prepare()
            try await w.eli.get(w.base)
            let first = try await w.eli.post("\(w.base)/check", [:])
            #expect(first.status == .seeOther && first.location?.hasPrefix("/reauth?next=") == true, "the sole lead must sign in again first")
            #expect(try await DisclosureBundle.query(on: centre.app.db).first()?.status == "draft")
            try await w.eli.get("/reauth")
            let code = try await centre.totpCode("eli") ?? ""
            #expect(try await w.eli.post("/reauth", ["password": TestCentre.password, "code": code, "next": w.base]).status == .seeOther)
            try await w.eli.get(w.base)
            #expect(try await w.eli.post("\(w.base)/check", [:]).location == "\(w.base)?done=checked")
            let b = try #require(try await DisclosureBundle.query(on: centre.app.db).first())
            #expect(b.status == "checked" && b.checkMode == "sole-lead-reauth" && b.checkedBy == centre.staff["eli"])
            #expect(try await w.eli.post("\(w.base)/release", [:]).location == "\(w.base)?done=released")
            let d = try #require(try await Disclosure.query(on: centre.app.db).first())
            let text = try await w.eli.get("/clients/\(w.client)/disclosures").text
            #expect(text.contains("only disclosure lead, after signing in again"), "the accounting says how it was checked (\(d.recipient))")
        }
    }

    @Test func progressPersistsAcrossANewSignIn() async throws {
        try await TestCentre.with { centre in
            let w = try await BundleWorld.make(centre)
            try await w.add(w.inScope)
            let bench = try await w.service().bench(w.request, record: w.inScope, audit: false)
            let first = try #require(bench.redactions.suggestions.first)
            #expect(try await w.decide(w.inScope, ["action": "reject", "start": "\(first.span.start)", "end": "\(first.span.end)", "label": first.span.label.rawValue]).status == .seeOther)
            #expect(try await w.decide(w.inScope, ["action": "redact", "words": BundleFixtures.canaryTyped]).status == .seeOther)
            // Typed words that are not in the record are refused, and nothing is saved.
            let wrong = try await w.decide(w.inScope, ["action": "redact", "words": "no such words here"])
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("not in this record"))
            // Offsets that do not match the words sent are refused.
            #expect(try await w.decide(w.inScope, ["action": "redact", "start": "0", "end": "7", "words": "Session with"]).status == .unprocessableEntity)
            #expect(try await BundleDecisionRow.query(on: centre.app.db).count() == 2)

            // The browser closes; she signs in again tomorrow.
            let again = try await centre.signedIn("eli")
            let page = try await again.get("\(w.base)/records/\(w.inScope)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Removed: “\(BundleFixtures.canaryTyped)”"))
            #expect(page.text.contains("<td>Kept</td>"), "the rejected suggestion is still rejected")
            let after = try await w.service().bench(w.request, record: w.inScope, audit: false)
            #expect(after.redactions.suggestions.first { $0.key == first.key }?.state == .rejected)
            #expect(after.redactions.pending == bench.redactions.suggestions.count - 1)
            // And an undo is saved the same way.
            let manual = try #require(after.redactions.manual.first)
            #expect(try await w.decide(w.inScope, ["action": "withdraw", "target": "\(manual.seq)"], as: again).status == .seeOther)
            #expect(try await w.service().bench(w.request, record: w.inScope, audit: false).redactions.manual.isEmpty)
            // The page loads its script from a file and carries the no-JavaScript form.
            #expect(page.text.contains("/assets/workbench.js") && !page.text.contains("<script>"))
            #expect(page.text.contains("Exact words to remove"))
            let js = try await again.get("/assets/workbench.js")
            #expect(js.status == .ok && js.text.contains("codePoints"))
        }
    }
}
