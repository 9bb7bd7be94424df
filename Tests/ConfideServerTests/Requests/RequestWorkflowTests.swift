import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Requests: intake, assessment, decision, letters, disclosure, legal hold")
struct RequestWorkflowTests {
    func setUp(_ centre: TestCentre) async throws -> (alex: Browser, eli: Browser, client: UUID) {
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: "Held Person")
        return (alex, try await centre.signedIn("eli"), client)
    }

    @Test func pastedRequestIsAssessedAtOnceWithEvidenceAndSources() async throws {
        try await TestCentre.with { centre in
            let (alex, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            let page = try await eli.get("/requests/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Recommended outcome: Seek clarification"))
            #expect(page.text.contains("EW-06"))
            #expect(page.text.contains("credibility and reliability"), "the finding quotes its evidence")
            #expect(page.text.contains("PCSC Act 2022"), "the finding cites its source")
            let register = try await eli.get("/requests")
            #expect(register.text.contains("Westfold Constabulary"))
            #expect(register.text.contains("overdue"), "a past deadline stands out")
            // The client is on legal hold, visibly, for her worker too.
            #expect(try await alex.get("/clients/\(client)").text.contains("Legal hold"))
            let row = try #require(try await RecordsRequest.find(id, on: centre.app.db))
            #expect(row.checks.contains("EW-06") && row.recommendedOutcome == "seek_clarification")
            #expect(!row.documentCT.isEmpty && row.documentCT.range(of: Data("credibility".utf8)) == nil, "the request file is stored encrypted")
            let actions = try await centre.auditRows().map(\.action)
            #expect(actions.contains("request.create") && actions.contains("request.assess") && actions.contains("request.view"))
        }
    }

    @Test func formIntakeProducesTheSameStructure() async throws {
        try await TestCentre.with { centre in
            let (_, eli, client) = try await setUp(centre)
            let c = try #require(try await Client.find(client, on: centre.app.db))
            try await eli.get("/requests/new")
            let res = try await eli.post("/requests", [
                "clientReference": c.reference, "jurisdiction": "GB-ENG-WLS", "requesterType": "defence",
                "organisation": "Example & Co Solicitors", "legalBasis": "none-stated", "kinds[]": "all", "wholeFile": "yes",
                "reason": "We act for the defendant and need everything you hold.", "recordsHeld": "yes", "serviceKind": "counselling"])
            #expect(res.status == .seeOther)
            let location = try #require(res.location)
            let id = try #require(UUID(uuidString: String(location.dropFirst("/requests/".count))))
            let row = try #require(try await RecordsRequest.find(id, on: centre.app.db))
            #expect(row.requesterType == "defence")
            #expect(row.recommendedOutcome == "refuse_invite_court_application")
            #expect(row.checks.contains("EW-02"))
        }
    }

    @Test func invalidRequestFileIsRefusedNamingTheFieldAndWritesNothing() async throws {
        try await TestCentre.with { centre in
            let (_, eli, client) = try await setUp(centre)
            let c = try #require(try await Client.find(client, on: centre.app.db))
            try await eli.get("/requests/new")
            let bad = RequestFixtures.credibility.replacingOccurrences(of: "type: police", with: "type: detective")
            let res = try await eli.post("/requests", ["clientReference": c.reference, "document": bad])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("requester.type"))
            let unknownClient = try await eli.post("/requests", ["clientReference": "C-1999-9999", "document": RequestFixtures.credibility])
            #expect(unknownClient.status == .unprocessableEntity)
            #expect(try await RecordsRequest.query(on: centre.app.db).count() == 0)
        }
    }

    @Test func decisionAgainstTheRecommendationNeedsReasons() async throws {
        try await TestCentre.with { centre in
            let (_, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            try await eli.get("/requests/\(id)")
            let bare = try await eli.post("/requests/\(id)/decision", ["outcome": "comply", "reasons": ""])
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.text.contains("reasons"))
            let ok = try await eli.post("/requests/\(id)/decision", ["outcome": "refuse_invite_court_application",
                                                                     "reasons": "Second request on the same grounds; the survivor objects after advice."])
            #expect(ok.status == .seeOther)
            let row = try #require(try await RecordsRequest.find(id, on: centre.app.db))
            #expect(row.status == "decided" && row.decidedOutcome == "refuse_invite_court_application" && row.decidedBy == centre.staff["eli"])
            #expect(try await centre.auditRows().contains { $0.action == "request.decide" && $0.flagged && $0.reason.contains("recommended seek_clarification") })
        }
    }

    @Test func letterIsDraftedFromTheFindingsSavedAndDownloadableAsPDF() async throws {
        try await TestCentre.with { centre in
            let (_, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            let draft = try await eli.get("/requests/\(id)/letter")
            #expect(draft.status == .ok)
            #expect(draft.text.contains("Dear DC Robin Marsh"))
            #expect(draft.text.contains("WF/26/0099"))
            #expect(draft.text.contains("credibility or mental health in general"), "EW-06's reply wording is in the draft")
            #expect(!draft.text.contains("Held Person"), "the letter never names the client")
            let saved = try await eli.post("/requests/\(id)/letters", ["kind": "reply", "body": "Dear DC Marsh,\nWe cannot agree. Ünïcode ✓.\nYours faithfully"])
            #expect(saved.status == .seeOther)
            let letterPath = try #require(saved.location)
            let pdf = try await eli.get(letterPath + "/pdf")
            #expect(pdf.status == .ok)
            let bytes = Data(buffer: pdf.body)
            #expect(bytes.starts(with: Data("%PDF-".utf8)))
            let again = try await eli.get(letterPath + "/pdf")
            #expect(Data(buffer: again.body) == bytes, "the same letter gives the same bytes")
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
                let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".pdf")
                try bytes.write(to: tmp)
                let p = Process(); p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext"); p.arguments = [tmp.path, "-"]
                let out = Pipe(); p.standardOutput = out
                try p.run(); p.waitUntilExit()
                let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                try? FileManager.default.removeItem(at: tmp)
                #expect(text.contains("We cannot agree"))
                #expect(text.contains("Not for onward disclosure"))
            }
            #expect(try await centre.auditRows().contains { $0.action == "letter.export" })
        }
    }

    @Test func disclosureIsAccountedAndClosingLiftsTheHold() async throws {
        try await TestCentre.with { centre in
            let (alex, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            try await eli.get("/requests/\(id)")
            // Not before a decision.
            #expect(try await eli.post("/requests/\(id)/disclosures", ["recipient": "Westfold Constabulary", "description": "x", "disclosedOn": "2026-03-10"]).status == .conflict)
            #expect(try await eli.post("/requests/\(id)/status", ["status": "closed"]).status == .unprocessableEntity, "cannot skip to closed")
            try await eli.post("/requests/\(id)/decision", ["outcome": "comply_in_part_redacted", "reasons": "Narrowed by agreement to attendance dates only; she agrees."])
            let d = try await eli.post("/requests/\(id)/disclosures", ["recipient": "Westfold Constabulary", "description": "Attendance dates, December 2025 to February 2026", "disclosedOn": "2026-03-10"])
            #expect(d.status == .seeOther)
            let accounting = try await alex.get("/clients/\(client)/disclosures")
            #expect(accounting.status == .ok)
            #expect(accounting.text.contains("Attendance dates, December 2025"))
            #expect(accounting.text.contains("Westfold Constabulary"))
            // Legal hold: an attachment cannot be deleted while the request is open.
            try await alex.get("/clients/\(client)")
            _ = try await alex.upload("/clients/\(client)/attachments", filename: "a.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))
            let a = try #require(try await Attachment.query(on: centre.app.db).first())
            let blocked = try await alex.post("/attachments/\(a.id!)/delete", ["reason": "added by mistake"])
            #expect(blocked.status == .conflict)
            #expect(try await Attachment.query(on: centre.app.db).count() == 1)
            try await eli.get("/requests/\(id)")
            #expect(try await eli.post("/requests/\(id)/status", ["status": "closed"]).status == .seeOther)
            #expect(!(try await alex.get("/clients/\(client)").text.contains("Legal hold")))
            try await alex.get("/clients/\(client)")
            #expect(try await alex.post("/attachments/\(a.id!)/delete", ["reason": "added by mistake"]).status == .seeOther)
            #expect(try await Attachment.query(on: centre.app.db).count() == 0)
            // The accounting keeps the request and the disclosure after closing.
            #expect(try await alex.get("/clients/\(client)/disclosures").text.contains("Attendance dates"))
        }
    }

    @Test func onlyTheDisclosureLeadHandlesRequests() async throws {
        try await TestCentre.with { centre in
            let (alex, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            #expect(try await alex.get("/requests").status == .forbidden)
            #expect(try await alex.get("/requests/\(id)").status == .forbidden)
            let fran = try await centre.signedIn("fran")
            #expect(try await fran.get("/requests").status == .ok, "the manager sees the register")
            #expect(try await fran.get("/requests/\(id)").status == .forbidden, "but not the request's content")
        }
    }

    @Test func changedRequestIsAssessedAgain() async throws {
        try await TestCentre.with { centre in
            let (_, eli, client) = try await setUp(centre)
            let id = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
            try await eli.get("/requests/\(id)/edit")
            let narrowed = RequestFixtures.credibility.replacingOccurrences(of: "type: police", with: "type: insurer")
            #expect(try await eli.post("/requests/\(id)/edit", ["document": narrowed]).status == .seeOther)
            let row = try #require(try await RecordsRequest.find(id, on: centre.app.db))
            #expect(row.requesterType == "insurer")
            #expect(row.recommendedOutcome == "refuse_invite_court_application")
            #expect(try await centre.auditRows().filter { $0.action == "request.assess" }.count == 2)
        }
    }
}
