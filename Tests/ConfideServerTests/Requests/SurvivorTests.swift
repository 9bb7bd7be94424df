import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("The survivor's page, her wishes and safe contact")
struct SurvivorTests {
    func setUp(_ centre: TestCentre) async throws -> (alex: Browser, eli: Browser, client: UUID, request: UUID) {
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: "Page Person")
        let eli = try await centre.signedIn("eli")
        let request = try await centre.logRequest(as: eli, client: client, RequestFixtures.credibility)
        return (alex, eli, client, request)
    }

    func code(_ alex: Browser, _ client: UUID) async throws -> String {
        try await alex.get("/clients/\(client)")
        let res = try await alex.post("/clients/\(client)/survivor-code", [:])
        #expect(res.status == .ok)
        let m = try #require(res.text.firstMatch(of: /[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}/))
        return String(m.output)
    }

    @Test func withHerCodeSheSeesHerRequestInPlainWordsAndAnswers() async throws {
        try await TestCentre.with { centre in
            let (alex, eli, client, request) = try await setUp(centre)
            let code = try await code(alex, client)
            let her = centre.browser()
            let start = try await her.get("/s")
            #expect(start.status == .ok)
            #expect(start.text.contains("<title>Your page</title>"))
            #expect(start.text.contains("quick-exit"))
            let signedIn = try await her.post("/s", ["code": code.lowercased().replacingOccurrences(of: "-", with: " ")])
            #expect(signedIn.status == .seeOther)
            let page = try await her.get("/s")
            #expect(page.text.contains("The police asked us for your counselling notes"))
            #expect(page.text.contains("We will write back and ask them to explain more"))
            #expect(!page.text.contains("Page Person"), "her page does not print her name")
            #expect(!page.text.contains(centre.app.confide.serviceName), "nor the service")
            #expect(!page.text.contains("<title>") || page.text.contains("<title>Your page</title>"), "a neutral tab title")
            let sent = try await her.post("/s/answer", ["request": request.uuidString, "view": "objects", "message": "I do not want them to read my notes."])
            #expect(sent.status == .seeOther)
            // Her wish is beside the decision for the disclosure lead, and in the audit trail.
            let lead = try await eli.get("/requests/\(request)")
            #expect(lead.text.contains("No, I do not want it shared"))
            #expect(lead.text.contains("her-page"))
            #expect(lead.text.contains("I do not want them to read my notes."))
            #expect(try await centre.auditRows().contains { $0.action == "survivor.wish" && $0.reason == "objects via her-page" })
            // A decision to disclose against her wishes needs reasons.
            try await eli.get("/requests/\(request)")
            let bare = try await eli.post("/requests/\(request)/decision", ["outcome": "seek_clarification", "reasons": ""])
            #expect(bare.status == .seeOther, "asking for clarification is not against her wishes")
            let against = try await eli.post("/requests/\(request)/decision", ["outcome": "comply_in_part_redacted", "reasons": "short"])
            #expect(against.status == .unprocessableEntity)
            let reasoned = try await eli.post("/requests/\(request)/decision", ["outcome": "comply_in_part_redacted", "reasons": "Attendance dates only, which she agreed to when we spoke on 4 March."])
            #expect(reasoned.status == .seeOther)
            #expect(try await centre.auditRows().contains { $0.action == "request.decide" && $0.reason.contains("against her stated wishes") && $0.flagged })
        }
    }

    @Test func theCodeWorksOnceAndWrongExpiredOrRevokedCodesRevealNothingButAreAudited() async throws {
        try await TestCentre.with { centre in
            let (alex, _, client, _) = try await setUp(centre)
            let code = try await code(alex, client)
            let her = centre.browser()
            try await her.get("/s")
            #expect(try await her.post("/s", ["code": code]).status == .seeOther)
            let again = centre.browser()
            try await again.get("/s")
            let reused = try await again.post("/s", ["code": code])
            #expect(reused.status == .unauthorized)
            #expect(reused.text.contains("That code did not work"))
            let wrong = try await again.post("/s", ["code": "AAA-BBB-CCC"])
            #expect(wrong.text.contains("That code did not work"))
            // Revoked.
            let second = try await self.code(alex, client)
            let codeRow = try #require(try await SurvivorCode.query(on: centre.app.db).filter(\.$usedAt == nil).first())
            try await alex.get("/clients/\(client)")
            #expect(try await alex.post("/survivor-codes/\(codeRow.id!)/revoke", [:]).status == .seeOther)
            let revoked = try await again.post("/s", ["code": second])
            #expect(revoked.status == .unauthorized)
            // Expired.
            let third = try await self.code(alex, client)
            try await SurvivorCode.query(on: centre.app.db).filter(\.$usedAt == nil).filter(\.$revokedAt == nil).set(\.$expiresAt, to: Date().addingTimeInterval(-1)).update()
            let expired = try await again.post("/s", ["code": third])
            #expect(expired.status == .unauthorized)
            for res in [reused, wrong, revoked, expired] {
                #expect(!res.text.contains("Page Person") && !res.text.contains("expired") && !res.text.contains("revoked"), "the answer is the same, whatever went wrong")
            }
            let failures = try await centre.auditRows().filter { $0.action == "survivor.code-failed" }.map(\.reason)
            #expect(failures == ["used", "unknown", "revoked", "expired"])
        }
    }

    @Test func guessingIsRateLimited() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            try await b.get("/s")
            var statuses: [HTTPStatus] = []
            for i in 0..<12 { statuses.append(try await b.post("/s", ["code": "ZZZ-ZZZ-ZZ\(i % 10)"]).status) }
            #expect(statuses.prefix(10).allSatisfy { $0 == .unauthorized })
            #expect(statuses.last == .tooManyRequests)
        }
    }

    @Test func exitEndsHerSessionAndLeavesForANeutralSite() async throws {
        try await TestCentre.with { centre in
            let (alex, _, client, _) = try await setUp(centre)
            let code = try await code(alex, client)
            let her = centre.browser()
            try await her.get("/s")
            try await her.post("/s", ["code": code])
            let exit = try await her.get("/s/exit")
            #expect(exit.status == .seeOther)
            #expect(exit.location == centre.app.confide.exitURL)
            let after = try await her.get("/s")
            #expect(after.text.contains("Enter your code"), "back on the page, nothing of hers is shown")
        }
    }

    @Test func welshPageIsInWelsh() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            let switched = try await b.get("/s/language/cy")
            #expect(switched.status == .seeOther)
            let page = try await b.get("/s")
            #expect(page.text.contains("lang=\"cy\""))
            let book = centre.app.phrasebook("cy")
            #expect(page.text.contains(book.text("code.heading")))
            #expect(book.text("code.heading") != centre.app.phrasebook("en").text("code.heading"))
        }
    }

    @Test func noticeToHerFollowsHerContactPreferences() async throws {
        try await TestCentre.with { centre in
            let (alex, eli, client, request) = try await setUp(centre)
            let none = try await eli.get("/requests/\(request)")
            #expect(none.text.contains("Tell her about this request in person"))
            try await alex.get("/clients/\(client)")
            let saved = try await alex.post("/clients/\(client)/contact-preferences", ["channels[]": "text", "times": "weekdays 10-3", "mayNameService": "no", "safeWord": "lighthouse"])
            #expect(saved.status == .seeOther)
            let page = try await eli.get("/requests/\(request)")
            #expect(page.text.contains("Safe by text (weekdays 10-3)"))
            #expect(page.text.contains("Could you get in touch when it suits you?"))
            #expect(!page.text.contains("from \(centre.app.confide.serviceName)"))
        }
    }
}
