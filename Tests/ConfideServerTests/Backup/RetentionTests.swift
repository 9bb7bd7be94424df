import ConfideCore
import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Retention: closing a case, the review queue per kind of record, deleting what is past its period")
struct RetentionTests {
    /// A client whose case closed on 31 January 2016: her session note (7 years) is past its period, her
    /// safeguarding record (25 years) is not.
    func oldCase(_ centre: TestCentre, canary: String) async throws -> (client: UUID, note: UUID, safeguarding: UUID, alex: Browser) {
        let alex = try await centre.signedIn("alex")
        let client = try await centre.openClient(as: alex, name: "Retained Person")
        let note = try await centre.addRecord(as: alex, client: client, body: "Session note \(canary).", date: "2015-03-01")
        let safeguarding = try await centre.addRecord(as: alex, client: client, body: "Safeguarding check, kept longer.", date: "2015-04-01", kind: "safeguarding")
        try await alex.get("/clients/\(client)")
        let closed = try await alex.post("/clients/\(client)/close", ["closed_on": "2016-01-31"])
        #expect(closed.status == .seeOther, "closing answered \(closed.status)")
        return (client, note, safeguarding, alex)
    }

    @Test func closingACaseIsCheckedAndAudited() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Closing Person")
            try await alex.get("/clients/\(client)")
            for (day, message) in [("2999-01-01", "cannot be in the future"), ("31/01/2016", "as a date"), ("2016-02-30", "as a date")] {
                let res = try await alex.post("/clients/\(client)/close", ["closed_on": day])
                #expect(res.status == .unprocessableEntity && res.text.contains(message), "\(day) answered \(res.status)")
            }
            #expect(try await Client.find(client, on: centre.app.db)?.status == "open", "bad input changed nothing")
            // The disclosure lead and the manager do not close cases.
            let eli = try await centre.signedIn("eli")
            #expect(try await eli.post("/clients/\(client)/close", [:]).status == .forbidden)
            #expect(try await alex.post("/clients/\(client)/close", [:]).status == .seeOther)
            let c = try #require(try await Client.find(client, on: centre.app.db))
            #expect(c.status == "closed" && c.closedOn == BundleService.day(Date()))
            #expect(try await alex.post("/clients/\(client)/close", [:]).status == .conflict)
            let page = try await alex.get("/clients/\(client)")
            #expect(page.text.contains("Closed on \(c.closedOn!)") && page.text.contains("Reopen the case"))
            #expect(try await alex.post("/clients/\(client)/reopen", [:]).status == .seeOther)
            #expect(try await Client.find(client, on: centre.app.db)?.closedOn == nil)
            let actions = try await centre.auditRows().map(\.action)
            #expect(actions.contains("client.close") && actions.contains("client.reopen"))
        }
    }

    @Test func onlyRecordsPastTheirPeriodGoAfterReviewAndTheWindow() async throws {
        let canary = "ZQXCANARY-RETAIN-" + UUID().uuidString.prefix(8)
        try await TestCentre.with({ $0.shredCancellationWindow = 0 }) { centre in
            let old = try await oldCase(centre, canary: String(canary))
            let fran = try await centre.signedIn("fran")
            let queue = try await fran.get("/retention")
            #expect(queue.status == .ok)
            #expect(queue.text.contains("Session note: 1 of 1") && queue.text.contains("next review 2041-01-31"))
            #expect(queue.text.contains("Schedule deletion of the 1 records past their period"))
            #expect(queue.text.contains("Limitation Act 1980"), "the schedule and its basis are on the page")
            #expect(try await ShredOrder.query(on: centre.app.db).count() == 0, "nothing is scheduled without the manager")

            let scheduled = try await fran.post("/clients/\(old.client)/shred", ["reason": "Retention period ended", "scope": "due"])
            #expect(scheduled.status == .seeOther)
            let order = try #require(try await ShredOrder.query(on: centre.app.db).first())
            #expect(order.kinds == "session_note")
            let result = try await Shredding.runDue(centre.app)
            #expect(result.done == 1)
            #expect(try await ClientRecord.find(old.note, on: centre.app.db) == nil, "the session note past its period is gone")
            #expect(try await ClientRecord.find(old.safeguarding, on: centre.app.db) != nil, "the safeguarding record is kept")
            let page = try await old.alex.get("/clients/\(old.client)")
            #expect(page.status == .ok && page.text.contains("Safeguarding check") && !page.text.contains(canary))
            let rows = try await centre.auditRows()
            #expect(rows.contains { $0.action == "records.retention-delete" && $0.reason == "session_note 1" })
            #expect(rows.contains { $0.action == "records.delete-scheduled" })
            if case .broken(let b) = try await AuditLog.verify(on: centre.app.db) { Issue.record("audit chain: \(b)") }
            if !TestCentre.usingPostgres {
                for path in [centre.config.sqlitePath, centre.config.sqlitePath + "-wal"] where FileManager.default.fileExists(atPath: path) {
                    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).range(of: Data(canary.utf8)) == nil)
                }
            }
            // Nothing else is due now: a second order is refused.
            try await fran.get("/retention")
            let again = try await fran.post("/clients/\(old.client)/shred", ["reason": "Retention period ended", "scope": "due"])
            #expect(again.status == .conflict)
        }
    }

    @Test func aNoteLoggedAfterClosureIsNotDeletedWithTheOldOnes() async throws {
        try await TestCentre.with({ $0.shredCancellationWindow = 0 }) { centre in
            let old = try await oldCase(centre, canary: "ZQXCANARY-AFTER")
            // She rang after the case closed; her worker logged the call today, without reopening the case.
            let call = try await centre.addRecord(as: old.alex, client: old.client, body: "Phoned after closure; signposted.",
                                                  date: BundleService.day(Date()))
            let fran = try await centre.signedIn("fran")
            let queue = try await fran.get("/retention")
            #expect(queue.text.contains("Session note: 1 of 2"), "only the old note is past its period")
            #expect(try await fran.post("/clients/\(old.client)/shred", ["reason": "Retention period ended", "scope": "due"]).status == .seeOther)
            #expect(try await Shredding.runDue(centre.app).done == 1)
            #expect(try await ClientRecord.find(old.note, on: centre.app.db) == nil)
            #expect(try await ClientRecord.find(call, on: centre.app.db) != nil, "the call logged after closure is kept")
        }
    }

    @Test func reopeningCancelsAPendingDeletionAndLegalHoldStopsOne() async throws {
        try await TestCentre.with({ $0.shredCancellationWindow = 0 }) { centre in
            let old = try await oldCase(centre, canary: "ZQXCANARY-REOPEN")
            let fran = try await centre.signedIn("fran")
            try await fran.get("/retention")
            #expect(try await fran.post("/clients/\(old.client)/shred", ["reason": "Retention period ended", "scope": "due"]).status == .seeOther)
            try await old.alex.get("/clients/\(old.client)")
            #expect(try await old.alex.post("/clients/\(old.client)/reopen", [:]).status == .seeOther)
            #expect(try await Shredding.runDue(centre.app).done == 0)
            #expect(try await ClientRecord.find(old.note, on: centre.app.db) != nil, "she is a client again: nothing went")
            #expect(try await centre.auditRows().contains { $0.action == "client.shred-cancelled" && $0.reason == "case reopened" })

            // Closed again, with a request open: the review shows the hold and nothing can be scheduled.
            try await old.alex.get("/clients/\(old.client)")
            #expect(try await old.alex.post("/clients/\(old.client)/close", ["closed_on": "2016-01-31"]).status == .seeOther)
            let eli = try await centre.signedIn("eli")
            _ = try await centre.logRequest(as: eli, client: old.client, RequestFixtures.credibility)
            let queue = try await fran.get("/retention")
            #expect(queue.text.contains("On legal hold"))
            #expect(try await fran.post("/clients/\(old.client)/shred", ["reason": "Retention period ended", "scope": "due"]).status == .conflict)
        }
    }

    @Test func aCaseClosedRecentlyHasNothingDue() async throws {
        try await TestCentre.with { centre in
            let alex = try await centre.signedIn("alex")
            let client = try await centre.openClient(as: alex, name: "Recent Person")
            _ = try await centre.addRecord(as: alex, client: client, body: "A note.", date: "2026-01-05")
            try await alex.get("/clients/\(client)")
            #expect(try await alex.post("/clients/\(client)/close", [:]).status == .seeOther)
            let fran = try await centre.signedIn("fran")
            let queue = try await fran.get("/retention")
            #expect(queue.text.contains("Due for review (0)") && queue.text.contains("Coming up"))
            #expect(try await fran.post("/clients/\(client)/shred", ["reason": "Retention period ended", "scope": "due"]).status == .conflict)
            #expect(try await ShredOrder.query(on: centre.app.db).count() == 0)
        }
    }

    @Test func aBadScheduleStopsTheServerWithTheFileAndLine() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confide-retention-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("schedule.yaml")
        try "schema: confide.retention/v1\nversion: \"x\"\nkinds:\n  session_note: { keep_years: seven, from: case_closed, basis: \"ten characters\" }\n"
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            let centre = try await TestCentre({ $0.retentionSchedule = file.path })
            try await centre.shutdown()
            Issue.record("a bad schedule was accepted")
        } catch let e as StartupError {
            #expect(e.description.contains("schedule.yaml:4") && e.description.contains("keep_years"), "\(e)")
        }
    }
}
