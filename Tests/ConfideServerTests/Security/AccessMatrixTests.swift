import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

/// Every route in the app's own route table × every role and the anonymous visitor → the expected result.
/// A route added without a rule here fails `everyRouteHasARule`, so no route ships without an access decision.
@Suite("Access matrix")
struct AccessMatrixTests {
    enum Actor: String, CaseIterable { case anonymous, own, other, supervisor, lead, manager }
    enum Expect { case allow, deny, signIn }

    /// Rules by "METHOD /path/:param". Roles: own = the client's allocated counsellor; other = another team's
    /// counsellor; supervisor = the own counsellor's team supervisor; lead = disclosure lead (the client has an open
    /// request); manager = centre manager.
    static func rule(_ a: Expect, own: Expect, other: Expect, sup: Expect, lead: Expect, mgr: Expect) -> [Actor: Expect] {
        [.anonymous: a, .own: own, .other: other, .supervisor: sup, .lead: lead, .manager: mgr]
    }
    static let everyone = rule(.allow, own: .allow, other: .allow, sup: .allow, lead: .allow, mgr: .allow)
    static let staff = rule(.signIn, own: .allow, other: .allow, sup: .allow, lead: .allow, mgr: .allow)
    static let caseworkers = rule(.signIn, own: .allow, other: .allow, sup: .allow, lead: .deny, mgr: .allow)
    static let clientRead = rule(.signIn, own: .allow, other: .deny, sup: .allow, lead: .allow, mgr: .deny)
    static let clientWrite = rule(.signIn, own: .allow, other: .deny, sup: .allow, lead: .deny, mgr: .deny)
    static let authorWrite = rule(.signIn, own: .allow, other: .deny, sup: .deny, lead: .deny, mgr: .deny)
    static let oversight = rule(.signIn, own: .deny, other: .deny, sup: .allow, lead: .allow, mgr: .allow)
    static let leadAndManager = rule(.signIn, own: .deny, other: .deny, sup: .deny, lead: .allow, mgr: .allow)
    static let leadOnly = rule(.signIn, own: .deny, other: .deny, sup: .deny, lead: .allow, mgr: .deny)
    static let managerOnly = rule(.signIn, own: .deny, other: .deny, sup: .deny, lead: .deny, mgr: .allow)

    static let rules: [String: [Actor: Expect]] = [
        "GET /health": everyone, "GET /assets/confide.css": everyone, "GET /assets/exit.js": everyone, "GET /openapi.json": everyone,
        "GET /": staff, "GET /sign-in": everyone, "POST /sign-in": everyone,
        "GET /s": everyone, "POST /s": everyone, "POST /s/answer": everyone, "GET /s/exit": everyone, "GET /s/language/:code": everyone,
        "POST /api/v1/sessions": everyone,
        "GET /sign-in/code": rule(.signIn, own: .allow, other: .allow, sup: .allow, lead: .allow, mgr: .allow),
        "POST /sign-in/code": rule(.signIn, own: .allow, other: .allow, sup: .allow, lead: .allow, mgr: .allow),
        "GET /account/two-factor": staff, "POST /account/two-factor": staff, "GET /reauth": staff, "POST /reauth": staff,
        "POST /sign-out": staff, "POST /sign-out-everywhere": staff, "GET /account": staff, "POST /account/password": staff,
        "GET /caseload": staff, "GET /api/v1/clients": staff, "DELETE /api/v1/sessions/current": staff,
        "GET /clients/new": caseworkers, "POST /clients": caseworkers, "POST /api/v1/clients": caseworkers,
        "POST /clients/:client/break-glass": staff, "POST /api/v1/clients/:client/break-glass": staff,
        "GET /clients/:client": clientRead, "GET /api/v1/clients/:client": clientRead, "GET /clients/:client/disclosures": clientRead,
        "GET /attachments/:attachment": clientRead, "GET /records/:record/amend": clientRead, "GET /api/v1/records/:record": clientRead,
        "GET /records/:record": clientRead,
        "POST /clients/:client/survivor-code": clientRead, "POST /survivor-codes/:code/revoke": clientRead,
        "POST /requests/:request/wishes": clientRead, "POST /requests/:request/told": clientRead,
        "GET /clients/:client/records/new": clientRead,
        "POST /clients/:client/records": clientWrite, "POST /api/v1/clients/:client/records": clientWrite,
        "POST /records/:record/amendments": clientWrite, "POST /api/v1/records/:record/amendments": clientWrite,
        "POST /clients/:client/attachments": clientWrite, "POST /attachments/:attachment/delete": clientWrite,
        "POST /clients/:client/contact-preferences": clientWrite,
        "GET /records/:record/edit": clientRead, "POST /records/:record/edit": authorWrite, "PUT /api/v1/records/:record": authorWrite,
        "GET /clients/:client/access-history": oversight, "GET /api/v1/clients/:client/access-history": oversight,
        "GET /break-glass": leadAndManager, "GET /requests": leadAndManager, "GET /api/v1/requests": leadAndManager,
        "GET /requests/new": leadOnly, "POST /requests": leadOnly, "GET /requests/:request": leadOnly, "GET /requests/:request/edit": leadOnly,
        "POST /requests/:request/edit": leadOnly, "POST /requests/:request/decision": leadOnly, "POST /requests/:request/status": leadOnly,
        "POST /requests/:request/disclosures": leadOnly, "GET /requests/:request/letter": leadOnly, "POST /requests/:request/letters": leadOnly,
        "GET /requests/:request/letters/:letter": leadOnly, "GET /requests/:request/letters/:letter/pdf": leadOnly,
        "GET /statistics": leadAndManager, "GET /statistics/return": managerOnly, "GET /statistics/tables.csv": leadAndManager,
        "GET /national": everyone, "GET /national/tables.csv": everyone, "GET /national/tables.json": everyone,
        "GET /charge-rates": everyone, "GET /charge-rates/rates.csv": everyone, "GET /charge-rates/rates.json": everyone,
        "GET /charge-rates/per-recorded.csv": everyone, "GET /charge-rates/per-recorded.json": everyone,
        "GET /retention": leadAndManager, "POST /clients/:client/shred": managerOnly, "POST /shred-orders/:order/cancel": leadAndManager,
        "POST /clients/:client/close": clientWrite, "POST /clients/:client/reopen": clientWrite,
        // Disclosure bundles (Sources/ConfideServer/Disclosure/).
        "GET /assets/workbench.js": everyone, "GET /assets/workbench.css": everyone,
        "GET /requests/:request/bundle": leadOnly, "POST /requests/:request/bundle/records": leadOnly,
        "GET /requests/:request/bundle/records/:record": leadOnly, "POST /requests/:request/bundle/records/:record/decisions": leadOnly,
        "POST /requests/:request/bundle/records/:record/accept-all": leadOnly, "POST /requests/:request/bundle/records/:record/remove": leadOnly,
        "POST /requests/:request/bundle/check": leadOnly, "POST /requests/:request/bundle/release": leadOnly,
        "POST /requests/:request/bundle/copies": leadOnly,
        "GET /requests/:request/bundle/copies/:copy/pdf": leadOnly, "GET /requests/:request/bundle/copies/:copy/manifest.json": leadOnly,
        "GET /admin/staff": managerOnly, "POST /admin/staff": managerOnly, "POST /admin/staff/:staff": managerOnly,
        "GET /api/v1/staff": managerOnly, "POST /api/v1/staff": managerOnly,
    ]

    static func key(_ r: Route) -> String {
        "\(r.method.rawValue) /" + r.path.map { c -> String in
            if case .parameter(let p) = c { return ":\(p)" }
            return c.description
        }.joined(separator: "/")
    }

    @Test func everyRouteHasARule() async throws {
        try await TestCentre.with { centre in
            let keys = Set(centre.app.routes.all.map(Self.key))
            let missing = keys.subtracting(Self.rules.keys)
            #expect(missing.isEmpty, "routes with no access rule: \(missing.sorted())")
            let stale = Set(Self.rules.keys).subtracting(keys)
            #expect(stale.isEmpty, "rules for routes that no longer exist: \(stale.sorted())")
        }
    }

    @Test func everyRouteTimesEveryActorGivesTheExpectedResult() async throws {
        try await TestCentre.with({ $0.signInAttemptsPerMinute = 10_000 }) { centre in
            let routes = centre.app.routes.all.map { (Self.key($0), $0) }.sorted { $0.0 < $1.0 }
            var checked = 0
            // Those expected to be refused go first, so an allowed request that changes state (a deletion, a
            // sign-out) cannot change their answer; each route gets a fresh world.
            let order: [Actor] = [.anonymous, .other, .manager, .lead, .supervisor, .own]
            for (key, _) in routes {
                guard let rule = Self.rules[key] else { continue }
                let world = try await World.make(centre)
                for actor in order {
                    let res = try await world.send(key, as: actor)
                    let verdict = Self.classify(res, key: key)
                    let expected = rule[actor]!
                    #expect(verdict == Verdict(expected),
                            "\(key) as \(actor.rawValue): expected \(expected), got \(res.status) \(res.location ?? "") \(res.text.prefix(120))")
                    checked += 1
                }
            }
            #expect(checked >= 300)
        }
    }

    enum Verdict: Equatable {
        case allow, deny, signIn
        init(_ e: Expect) { switch e { case .allow: self = .allow; case .deny: self = .deny; case .signIn: self = .signIn } }
    }

    static func classify(_ res: TestingHTTPResponse, key: String) -> Verdict {
        let csrfRefusal = res.status == .forbidden && res.text.contains("did not come from Confide")
        if res.status == .unauthorized && key.contains("/api/") { return .signIn }
        if res.status == .seeOther, let l = res.location, l == "/sign-in" || l.hasPrefix("/sign-in?expired") { return .signIn }
        if csrfRefusal { return .signIn }
        if res.status == .forbidden { return .deny }
        if res.status.code >= 500 { return .deny }   // never acceptable: reported as a mismatch
        return .allow
    }

    /// A fresh small world per request, so a request that changes state (sign-out, break-glass, deletion)
    /// cannot change the next one's answer.
    struct World {
        let centre: TestCentre
        var browsers: [Actor: Browser] = [:]
        var tokens: [Actor: String] = [:]
        var ids: [String: String] = [:]

        static func make(_ centre: TestCentre) async throws -> World {
            var w = World(centre: centre)
            let names: [Actor: String] = [.own: "alex", .other: "bea", .supervisor: "dee", .lead: "eli", .manager: "fran"]
            for (a, n) in names {
                w.browsers[a] = try await centre.signedIn(n)
                w.tokens[a] = try await centre.apiToken(n)
            }
            w.browsers[.anonymous] = centre.browser()
            let alex = w.browsers[.own]!
            let client = try await centre.openClient(as: alex)
            let record = try await centre.addRecord(as: alex, client: client, body: "A note.")
            try await alex.get("/clients/\(client)")
            _ = try await alex.upload("/clients/\(client)/attachments", filename: "a.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))
            let attachment = try await Attachment.query(on: centre.app.db).filter(\.$clientID == client).first()!.id!
            let request = try await centre.logRequest(as: w.browsers[.lead]!, client: client, RequestFixtures.credibility)
            try await w.browsers[.lead]!.get("/requests/\(request)")
            let saved = try await w.browsers[.lead]!.post("/requests/\(request)/letters", ["kind": "reply", "body": "Dear officer"])
            let letter = saved.location!.split(separator: "/").last!
            try await alex.get("/clients/\(client)")
            try await alex.post("/clients/\(client)/survivor-code", [:])
            let code = try await SurvivorCode.query(on: centre.app.db).filter(\.$clientID == client).first()!.id!
            w.ids = [":client": client.uuidString, ":record": record.uuidString, ":attachment": attachment.uuidString,
                     ":request": request.uuidString, ":letter": String(letter), ":code": code.uuidString,
                     ":staff": centre.staff["bea"]!.uuidString, ":order": UUID().uuidString]
            return w
        }

        func path(_ key: String) -> (HTTPMethod, String) {
            let parts = key.split(separator: " ", maxSplits: 1)
            var p = String(parts[1])
            for (k, v) in ids { p = p.replacingOccurrences(of: k, with: v) }
            p = p.replacingOccurrences(of: ":code", with: "cy")
            return (HTTPMethod(rawValue: String(parts[0])), p)
        }

        func send(_ key: String, as actor: Actor) async throws -> TestingHTTPResponse {
            let (method, p) = path(key)
            let b = browsers[actor]!
            if p.hasPrefix("/api/") {
                var headers: HTTPHeaders = ["Content-Type": "application/json"]
                if let t = tokens[actor] { headers.add(name: .authorization, value: "Bearer \(t)") }
                return try await centre.app.testing().sendRequest(method, p, headers: headers, body: ByteBuffer(string: "{}"))
            }
            if method == .GET { return try await b.get(p) }
            try await b.get(actor == .anonymous ? "/sign-in" : "/account")   // a page that carries a CSRF token
            return try await b.post(p, [:])
        }
    }
}
