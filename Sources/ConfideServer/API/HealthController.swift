import ConfideCore
import Fluent
import Vapor

/// `GET /health`: enough for a load balancer or monitor, nothing about people or records.
struct HealthController: RouteCollection {
    struct Health: Content {
        var status: String
        var version: String
        var database: String
        var migrationsApplied: Int
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("health") { req async throws -> Health in
            let applied = try await req.db.query(MigrationLog.self).count()
            return Health(status: "ok", version: ConfideCore.version, database: req.application.confide.databaseKind, migrationsApplied: applied)
        }
        routes.get("assets", "confide.css") { _ -> Response in
            let res = Response(status: .ok, body: .init(string: Stylesheet.css))
            res.headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
            return res
        }
        routes.get("openapi.json") { _ -> Response in
            let res = Response(status: .ok, body: .init(string: OpenAPIDocument.json))
            res.headers.contentType = .json
            return res
        }
        routes.get { req -> Response in req.redirect(to: req.staff == nil ? "/sign-in" : "/caseload") }
    }
}
