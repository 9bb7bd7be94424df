import ConfideCore
import Foundation
import Vapor

/// Runs a command-line task against the centre's database with the same configuration as the server.
public enum ConfideRuntime {
    @discardableResult
    public static func withApp<T>(_ config: ConfideConfig, openKeys: Bool = true, requireExistingDatabase: Bool = true,
                                  _ body: (Application) async throws -> T) async throws -> T {
        if requireExistingDatabase, config.databaseURL == nil, !FileManager.default.fileExists(atPath: config.sqlitePath) {
            throw StartupError("there is no Confide database at \(config.sqlitePath); start the server once, or set CONFIDE_DATA_DIR / DATABASE_URL")
        }
        let app = try await Application.make(.production)
        do {
            try await configure(app, config, openKeys: openKeys)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    public static func verifyAudit(_ app: Application, checkpointsFile: String?, trustedKey: String?) async throws -> AuditVerdict {
        var extra: [AuditCheckpoint] = []
        if let f = checkpointsFile {
            guard let data = FileManager.default.contents(atPath: f) else { throw StartupError("cannot read \(f)") }
            do { extra = try JSONDecoder().decode([AuditCheckpoint].self, from: data) }
            catch { throw StartupError("\(f) is not a checkpoint export (a JSON list from `confide audit checkpoints`)") }
        }
        return try await AuditLog.verify(on: app.db, extraCheckpoints: extra, trustedKey: trustedKey)
    }

    /// Signs the current head, then returns every checkpoint for safe keeping outside the centre.
    public static func exportCheckpoints(_ app: Application) async throws -> Data {
        _ = try await AuditLog.checkpointNow(app: app)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try enc.encode(try await AuditLog.checkpoints(on: app.db))
    }
}

extension ConfideRuntime {
    /// `confide serve`: configure, optionally seed the demo centre, then serve until stopped.
    public static func serve(_ config: ConfideConfig, hostname: String, port: Int, demo: Bool, demoScale: Int = 1) async throws {
        var env = Environment(name: "production", arguments: ["confide", "serve", "--hostname", hostname, "--port", String(port)])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, config)
            if demo {
                let signIns = try await DemoData.seed(app, scale: demoScale)
                print("Demo centre ready. Sign in at http://\(hostname):\(port)/ with any of these (password \(DemoData.password)):")
                for s in signIns {
                    print("  \(s.role.padding(toLength: 18, withPad: " ", startingAt: 0)) \(s.email)" + (s.totpKey.map { "   (authenticator key \($0))" } ?? ""))
                }
            }
        } catch {
            try? await app.asyncShutdown()
            throw (error as? StartupError) ?? StartupError("\(error)")
        }
        print("Confide \(config.databaseKind == "sqlite" ? "on SQLite at \(config.sqlitePath)" : "on PostgreSQL"), listening on http://\(hostname):\(port)")
        fflush(nil)  // flush every stream: scripts wait for this line
        do { try await app.execute() } catch { try? await app.asyncShutdown(); throw error }
        try await app.asyncShutdown()
    }
}
