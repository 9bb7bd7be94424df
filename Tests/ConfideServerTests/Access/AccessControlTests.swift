import Fluent
import Foundation
@testable import ConfideServer
import Testing
import VaporTesting

@Suite("Roles and access")
struct AccessControlTests {
    @Test func counsellorCannotOpenAnotherCounsellorsClientAndTheRefusalIsAudited() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Private Person")
            let bea = try await centre.signedIn("bea")
            let res = try await bea.get("/clients/\(client)")
            #expect(res.status == .forbidden)
            #expect(!res.text.contains("Private Person"))
            #expect(res.text.contains("not in your caseload"))
            #expect(!(try await bea.get("/caseload")).text.contains("Private Person"))
            let denied = try await centre.auditRows().filter { $0.action == "access.denied" }
            #expect(denied.count == 1)
            #expect(denied.first?.actor == "staff:\(centre.staff["bea"]!)")
            #expect(denied.first?.object == "client:\(client)")
            // The API says the same.
            let token = try await centre.apiToken("bea")
            let api = try await centre.app.testing().sendRequest(.GET, "/api/v1/clients/\(client)", headers: ["Authorization": "Bearer \(token)"])
            #expect(api.status == .forbidden)
        }
    }

    @Test func breakGlassNeedsAReasonThenWorksAndIsFlaggedForTheDisclosureLead() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Urgent Person")
            let bea = try await centre.signedIn("bea")
            try await bea.get("/clients/\(client)")
            let short = try await bea.post("/clients/\(client)/break-glass", ["reason": "need"])
            #expect(short.status == .unprocessableEntity && short.text.contains("at least 10 characters"))
            let ok = try await bea.post("/clients/\(client)/break-glass", ["reason": "Duty worker: safeguarding call while the allocated worker is on leave"])
            #expect(ok.status == .seeOther)
            let page = try await bea.get("/clients/\(client)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Urgent Person"))
            #expect(page.text.contains("break-glass"))
            let flagged = try await centre.auditRows().filter { $0.flagged }
            #expect(flagged.contains { $0.action == "access.break-glass" && $0.reason.contains("safeguarding call") })
            #expect(flagged.contains { $0.action == "client.view" })
            let eli = try await centre.signedIn("eli")
            let review = try await eli.get("/break-glass")
            #expect(review.status == .ok)
            #expect(review.text.contains("safeguarding call"))
            #expect(review.text.contains("Bea"))
        }
    }

    @Test func managerCannotReadNoteContentByDefault() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Managed Person")
            _ = try await centre.addRecord(as: alex, client: client, body: "Sensitive session content.")
            let fran = try await centre.signedIn("fran")
            let caseload = try await fran.get("/caseload")
            #expect(caseload.status == .ok)
            #expect(!caseload.text.contains("Managed Person"), "managers see references, not names")
            let page = try await fran.get("/clients/\(client)")
            #expect(page.status == .forbidden)
            #expect(!page.text.contains("Sensitive session content."))
            let token = try await centre.apiToken("fran")
            let api = try await centre.app.testing().sendRequest(.GET, "/api/v1/clients/\(client)", headers: ["Authorization": "Bearer \(token)"])
            #expect(api.status == .forbidden)
            #expect(!api.text.contains("Sensitive"))
            #expect(try await fran.get("/admin/staff").status == .ok)
        }
    }

    @Test func supervisorSeesTeamAndDisclosureLeadOnlyClientsWithAnOpenRequest() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")      // North
            let north = try await centre.openClient(as: alex, name: "North Client")
            let bea = try await centre.signedIn("bea")        // South
            let south = try await centre.openClient(as: bea, name: "South Client")
            let dee = try await centre.signedIn("dee")        // supervisor, North
            #expect(try await dee.get("/clients/\(north)").status == .ok)
            #expect(try await dee.get("/clients/\(south)").status == .forbidden)
            let eli = try await centre.signedIn("eli")
            #expect(try await eli.get("/clients/\(north)").status == .forbidden)
            _ = try await centre.logRequest(as: eli, client: north, RequestFixtures.credibility)
            let page = try await eli.get("/clients/\(north)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Legal hold"))
            #expect(try await eli.get("/clients/\(north)/access-history").text.contains("access.denied"))
            #expect(try await alex.get("/admin/staff").status == .forbidden)
        }
    }

    @Test func signedOutVisitorsAreSentToSignIn() async throws {
        try await TestCentre.with { centre in
            let b = centre.browser()
            let res = try await b.get("/caseload")
            #expect(res.status == .seeOther && res.location == "/sign-in")
            let api = try await centre.app.testing().sendRequest(.GET, "/api/v1/clients")
            #expect(api.status == .unauthorized)
        }
    }
}
