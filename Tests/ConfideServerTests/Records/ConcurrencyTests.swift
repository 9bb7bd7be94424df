import Fluent
import Foundation
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

@Suite("Concurrent writers")
struct ConcurrencyTests {
    @Test func eightConcurrentClientCreationsAllSucceedWithDistinctReferences() async throws {
        try await TestCentre.with { centre in
            let token = try await centre.apiToken("alex")
            let app = centre.app
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        try await app.testing().sendRequest(.POST, "/api/v1/clients", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                                            body: ByteBuffer(string: #"{"name":"Parallel \#(i)","dateOfBirth":"1990-01-01"}"#)).status
                    }
                }
                var out: [HTTPStatus] = []
                for try await s in group { out.append(s) }
                return out
            }
            #expect(statuses.allSatisfy { $0 == .created }, "\(statuses)")
            let refs = try await Client.query(on: centre.app.db).all().map(\.reference)
            #expect(Set(refs).count == 8)
            if case .broken(let b) = try await AuditLog.verify(on: centre.app.db) { Issue.record("\(b)") }
        }
    }
}
