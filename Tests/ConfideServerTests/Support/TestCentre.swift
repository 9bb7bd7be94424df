import ConfideCore
import Fluent
import Foundation
import Logging
@testable import ConfideServer
import Testing
import Vapor
import VaporTesting

/// Everything the server logs during the tests, so tests can prove that no protected text reaches a log.
final class LogCapture: @unchecked Sendable {
    static let shared = LogCapture()
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return lines.joined(separator: "\n") }

    static let bootstrapped: Bool = {
        LoggingSystem.bootstrap { label in CapturingLogHandler(label: label) }
        return true
    }()
}

struct CapturingLogHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] } set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        let all = self.metadata.merging(event.metadata ?? [:]) { $1 }
        LogCapture.shared.append("\(event.level) \(label) \(event.message) \(all) \(event.error.map { String(describing: $0) } ?? "")")
    }
}

/// A centre on a fresh database (a temporary SQLite file, or its own schema in the PostgreSQL named by
/// CONFIDE_TEST_DATABASE_URL) with one member of staff in each role.
final class TestCentre: @unchecked Sendable {
    let app: Application
    let config: ConfideConfig
    let dir: String
    var staff: [String: UUID] = [:]
    static let password = "correct-horse-battery-staple-9"

    static var usingPostgres: Bool { ProcessInfo.processInfo.environment["CONFIDE_TEST_DATABASE_URL"] != nil }

    static func makeConfig(dir: String, _ tweak: (inout ConfideConfig) -> Void = { _ in }) -> ConfideConfig {
        var c = ConfideConfig(dataDirectory: dir, bcryptCost: 4, logLevel: .debug)
        if let url = ProcessInfo.processInfo.environment["CONFIDE_TEST_DATABASE_URL"] {
            c.databaseURL = url
            c.postgresSchema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        }
        c.checkpointEvery = 10
        tweak(&c)
        return c
    }

    init(_ tweak: (inout ConfideConfig) -> Void = { _ in }, config: ConfideConfig? = nil) async throws {
        _ = LogCapture.bootstrapped
        let dir = config?.dataDirectory ?? (FileManager.default.temporaryDirectory.path + "/confide-test-" + UUID().uuidString)
        self.dir = dir
        self.config = config ?? Self.makeConfig(dir: dir, tweak)
        app = try await Application.make(.testing)
        do { try await configure(app, self.config) } catch { try? await app.asyncShutdown(); throw error }
        let existing = try await Staff.query(on: app.db).all()
        for s in existing { staff[String(s.email.split(separator: "@")[0])] = s.id! }
        if existing.isEmpty { for (key, role, team) in [("alex", StaffRole.counsellor, "North"), ("bea", .counsellor, "South"), ("dee", .supervisor, "North"),
                                  ("eli", .disclosureLead, "Office"), ("fran", .manager, "Office")] {
            staff[key] = try await addStaff(key, role, team)
        } }
    }

    /// The authenticator secret of every member of staff enrolled in two-factor sign-in (by key).
    var totpSecrets: [String: Data] = [:]

    func addStaff(_ key: String, _ role: StaffRole, _ team: String) async throws -> UUID {
        let s = Staff(id: UUID(), email: "\(key)@centre.example", displayName: key.capitalized, passwordHash: try Bcrypt.hash(Self.password, cost: 4), role: role, team: team)
        if config.twoFactorRoles.contains(role) {
            let secret = TOTP.generateSecret()
            s.totpSecretCT = try app.keys.sealStaffSecret(secret, staffID: s.id!)
            s.totpEnabled = true
            totpSecrets[key] = secret
        }
        try await s.create(on: app.db)
        return s.id!
    }

    /// A current code for `key`. Tests sign the same person in many times within one 30-second step, so the
    /// replay guard is reset first (only tests do this).
    func totpCode(_ key: String) async throws -> String? {
        guard let secret = totpSecrets[key] else { return nil }
        try await Staff.query(on: app.db).filter(\.$email == "\(key)@centre.example").set(\.$totpLastCounter, to: 0).update()
        return TOTP(secret: secret).code()
    }

    func shutdown() async throws {
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Runs `body` with a fresh centre and always shuts it down.
    static func with(_ tweak: (inout ConfideConfig) -> Void = { _ in }, _ body: (TestCentre) async throws -> Void) async throws {
        let centre = try await TestCentre(tweak)
        do { try await body(centre) } catch { try? await centre.shutdown(); throw error }
        try await centre.shutdown()
    }

    func browser() -> Browser { Browser(app: app) }

    /// Signs in through the real form and returns a browser holding the session cookie.
    func signedIn(_ key: String) async throws -> Browser {
        let b = browser()
        let res = try await b.signIn(email: "\(key)@centre.example", password: Self.password)
        #expect(res.status == .seeOther, "sign-in for \(key) answered \(res.status)")
        if res.location == "/sign-in/code", let code = try await totpCode(key) {
            try await b.get("/sign-in/code")
            let done = try await b.post("/sign-in/code", ["code": code])
            #expect(done.location == "/caseload", "two-factor step for \(key) answered \(done.status)")
        }
        return b
    }

    func apiToken(_ key: String) async throws -> String {
        let res = try await app.testing().sendRequest(.POST, "/api/v1/sessions", headers: ["Content-Type": "application/json"],
                                                      body: ByteBuffer(string: #"{"email":"\#(key)@centre.example","password":"\#(Self.password)","code":"\#(try await totpCode(key) ?? "")"}"#))
        #expect(res.status == .created)
        struct T: Decodable { var token: String }
        return try JSONDecoder().decode(T.self, from: Data(buffer: res.body)).token
    }

    func auditRows() async throws -> [AuditRow] { try await AuditRow.query(on: app.db).sort(\.$id).all() }
}

/// A minimal browser: keeps cookies, finds the CSRF token in the last page, posts forms.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var lastCSRF: String?
    init(app: Application) { self.app = app }

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookieHeader) }
        let res = try await app.testing().sendRequest(.GET, path, headers: headers)
        absorb(res)
        return res
    }

    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var f = fields
        if csrf, f["_csrf"] == nil, let t = lastCSRF { f["_csrf"] = t }
        let body = f.map { "\(Self.enc($0.key))=\(Self.enc($0.value))" }.joined(separator: "&")
        var headers: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookieHeader) }
        let res = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        absorb(res)
        return res
    }

    @discardableResult
    func upload(_ path: String, filename: String, data: Data, contentType: String = "application/pdf") async throws -> TestingHTTPResponse {
        let boundary = "----confide" + UUID().uuidString
        var body = Data()
        func part(_ s: String) { body.append(Data(s.utf8)) }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(lastCSRF ?? "")\r\n")
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)\r\n\r\n")
        body.append(data)
        part("\r\n--\(boundary)--\r\n")
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookieHeader) }
        let res = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        absorb(res)
        return res
    }

    func signIn(email: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        return try await post("/sign-in", ["email": email, "password": password])
    }

    static func enc(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }

    private func absorb(_ res: TestingHTTPResponse) {
        for c in res.headers[.setCookie] {
            let pair = c.split(separator: ";")[0]
            let kv = pair.split(separator: "=", maxSplits: 1)
            let name = String(kv[0])
            let value = kv.count > 1 ? String(kv[1]) : ""
            if value.isEmpty || c.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let body = res.body.getString(at: res.body.readerIndex, length: res.body.readableBytes) ?? ""
        if let r = body.range(of: #"name="_csrf" value=""#) {
            let rest = body[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") { lastCSRF = String(rest[..<end]) }
        }
    }
}

extension TestingHTTPResponse {
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
    var location: String? { headers.first(name: .location) }
}
