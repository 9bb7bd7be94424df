import Fluent
import Vapor

/// `/api/v1`: the same operations as the pages, as JSON, for centres that integrate other systems. Bearer
/// tokens only (no cookies), so cross-site requests cannot use a browser's session.
struct APIController: RouteCollection {
    struct SignInBody: Content { var email: String?; var password: String?; var code: String? }
    struct TokenResponse: Content { var token: String; var idleTimeoutSeconds: Int; var staffID: UUID; var role: String }
    struct Created: Content { var id: UUID; var reference: String? }

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1").grouped(APIRateLimitMiddleware())
        api.post("sessions") { req async throws -> Response in
            let body = try req.content.decode(SignInBody.self)
            let out = try await SignInService(req: req).signIn(email: body.email ?? "", password: body.password ?? "", kind: "api", code: body.code)
            let res = Response(status: .created)
            try res.content.encode(TokenResponse(token: out.token, idleTimeoutSeconds: Int(req.application.confide.idleTimeout),
                                                 staffID: out.staff.id!, role: out.staff.role))
            return res
        }
        let auth = api.grouped(RequireStaffMiddleware())
        auth.delete("sessions", "current") { req async throws -> HTTPStatus in
            try await SignInService(req: req).signOut(everywhere: false); return .noContent
        }
        auth.get("clients") { req async throws -> [ClientSummary] in try await RecordsService(req).caseload() }
        auth.post("clients") { req async throws -> Response in
            let c = try await RecordsService(req).createClient(try req.content.decode(ClientInput.self))
            let res = Response(status: .created); try res.content.encode(Created(id: c.id!, reference: c.reference)); return res
        }
        auth.get("clients", ":client") { req async throws -> ClientDetail in
            try await RecordsService(req).detail(try RecordPages.id(req, "client"))
        }
        auth.post("clients", ":client", "break-glass") { req async throws -> HTTPStatus in
            try await RecordsService(req).breakGlass(try RecordPages.id(req, "client"), try req.content.decode(BreakGlassInput.self))
            return .noContent
        }
        auth.get("clients", ":client", "access-history") { req async throws -> [AccessHistoryEntry] in
            try await RecordsService(req).accessHistory(try RecordPages.id(req, "client"))
        }
        auth.post("clients", ":client", "records") { req async throws -> Response in
            let svc = RecordsService(req)
            let r = try await svc.addRecord(try RecordPages.id(req, "client"), try req.content.decode(RecordInput.self))
            let res = Response(status: .created); try res.content.encode(Created(id: r.id!, reference: nil)); return res
        }
        auth.get("records", ":record") { req async throws -> RecordView in
            try await RecordsService(req).readRecord(try RecordPages.id(req, "record"))
        }
        auth.put("records", ":record") { req async throws -> HTTPStatus in
            try await RecordsService(req).editRecord(try RecordPages.id(req, "record"), try req.content.decode(RecordInput.self))
            return .noContent
        }
        auth.post("records", ":record", "amendments") { req async throws -> Response in
            let a = try await RecordsService(req).amend(try RecordPages.id(req, "record"), try req.content.decode(AmendmentInput.self))
            let res = Response(status: .created); try res.content.encode(Created(id: a.id!, reference: nil)); return res
        }
        auth.get("staff") { req async throws -> [StaffView] in try await StaffService(req: req).list() }
        auth.post("staff") { req async throws -> Response in
            let s = try await StaffService(req: req).create(try req.content.decode(NewStaffInput.self))
            let res = Response(status: .created); try res.content.encode(StaffService(req: req).view(s)); return res
        }
    }
}
