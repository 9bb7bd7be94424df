import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Health, headers and the JSON API")
struct APITests {
    @Test func healthRevealsNothingSensitive() async throws {
        try await TestCentre.with { centre in
            let res = try await centre.app.testing().sendRequest(.GET, "/health")
            #expect(res.status == .ok)
            struct H: Decodable { var status: String; var version: String; var database: String; var migrationsApplied: Int }
            let h = try JSONDecoder().decode(H.self, from: Data(buffer: res.body))
            #expect(h.status == "ok" && h.migrationsApplied == 2)
            #expect(h.database == (TestCentre.usingPostgres ? "postgresql" : "sqlite"))
            #expect(!res.text.contains(centre.dir))
        }
    }

    @Test(arguments: ["/sign-in", "/health", "/caseload", "/nowhere", "/openapi.json"])
    func securityHeadersOnEveryResponse(_ path: String) async throws {
        try await TestCentre.with { centre in
            let res = try await centre.app.testing().sendRequest(.GET, path)
            let csp = try #require(res.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(res.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test func apiRoundTripWithBearerToken() async throws {
        try await TestCentre.with { centre in
            let token = try await centre.apiToken("alex")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let t = try centre.app.testing()
            let created = try await t.sendRequest(.POST, "/api/v1/clients", headers: auth,
                body: ByteBuffer(string: #"{"name":"Api Person","dateOfBirth":"1988-02-29","contact":"","safeContact":""}"#))
            #expect(created.status == .created)
            struct C: Decodable { var id: UUID; var reference: String? }
            let c = try JSONDecoder().decode(C.self, from: Data(buffer: created.body))
            #expect(c.reference?.hasPrefix("C-") == true)
            let rec = try await t.sendRequest(.POST, "/api/v1/clients/\(c.id)/records", headers: auth,
                body: ByteBuffer(string: #"{"kind":"session_note","occurredOn":"2026-01-05","body":"Via the API."}"#))
            #expect(rec.status == .created)
            let detail = try await t.sendRequest(.GET, "/api/v1/clients/\(c.id)", headers: auth)
            #expect(detail.status == .ok && detail.text.contains("Via the API.") && detail.text.contains("Api Person"))
            let bad = try await t.sendRequest(.POST, "/api/v1/clients/\(c.id)/records", headers: auth,
                body: ByteBuffer(string: #"{"kind":"session_note","occurredOn":"2026-02-31","body":"x"}"#))
            #expect(bad.status == .unprocessableEntity && bad.text.contains("occurredOn"))
            let malformed = try await t.sendRequest(.POST, "/api/v1/clients/\(c.id)/records", headers: auth, body: ByteBuffer(string: "{not json"))
            #expect(malformed.status == .badRequest)
            #expect(try await ClientRecord.query(on: centre.app.db).count() == 1)
            let cookieOnly = try await t.sendRequest(.GET, "/api/v1/clients", headers: ["Cookie": "confide_session=\(token)"])
            #expect(cookieOnly.status == .unauthorized, "the API accepts bearer tokens only")
        }
    }

    @Test func oversizedBodyIsRefused() async throws {
        try await TestCentre.with { centre in
            let token = try await centre.apiToken("alex")
            let huge = String(repeating: "a", count: 2 * 1024 * 1024)
            // Over a real socket, so the server's own body limit is what answers.
            let res = try await centre.app.testing(method: .running(hostname: "127.0.0.1", port: Int.random(in: 20000...40000))).sendRequest(.POST, "/api/v1/clients", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"name":"\#(huge)"}"#))
            #expect(res.status == .payloadTooLarge)
            #expect(try await Client.query(on: centre.app.db).count() == 0)
        }
    }

    @Test func openAPIDocumentDescribesEveryAPIRoute() async throws {
        try await TestCentre.with { centre in
            let res = try await centre.app.testing().sendRequest(.GET, "/openapi.json")
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [String: Any])
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            for route in centre.app.routes.all where route.path.first?.description == "api" {
                let path = "/" + route.path.map { c -> String in
                    if case .parameter(let p) = c { return "{\(p)}" }
                    return c.description
                }.joined(separator: "/")
                let op = paths[path]?[route.method.rawValue.lowercased()]
                #expect(op != nil, "\(route.method) \(path) is missing from openapi.json")
            }
        }
    }
}
