import ConfideCore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Sets up an application: database, migrations, keys, middleware and routes. Fails with a `StartupError`
/// (one clear line) rather than ever running with a wrong key or a half-migrated database.
public func configure(_ app: Application, _ config: ConfideConfig, openKeys: Bool = true) async throws {
    app.confide = config
    app.logger.logLevel = config.logLevel
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    try FileManager.default.createDirectory(atPath: config.dataDirectory, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])

    if let url = config.databaseURL {
        var pg: SQLPostgresConfiguration
        do { pg = try SQLPostgresConfiguration(url: url) } catch { throw StartupError("DATABASE_URL is not a valid PostgreSQL URL") }
        if let schema = config.postgresSchema { pg.searchPath = [schema] }
        app.databases.use(.postgres(configuration: pg, sqlLogLevel: .debug), as: .psql)
        if let schema = config.postgresSchema {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
    } else {
        app.databases.use(.sqlite(.file(config.sqlitePath), sqlLogLevel: .debug), as: .sqlite)
        // WAL with full sync: a committed (acknowledged) write survives a crash or power cut.
        let sql = app.db as! any SQLDatabase
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA synchronous=FULL").run()
        try await sql.raw("PRAGMA secure_delete=ON").run()
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.sqlitePath)
    }
    for m in Migrations.all { app.migrations.add(m) }
    try await app.autoMigrate()
    if openKeys { app.storage[KeyStoreKey.self] = try await KeySetup.open(app) }
    try RulebookStore.load(app, directory: config.rulebooksDirectory)
    try RetentionStore.load(app)
    try TranslationStore.load(app)

    app.routes.defaultMaxBodySize = "1mb"
    app.storage[APIRateLimitKey.self] = TokenBuckets(perMinute: config.apiRequestsPerMinute)
    // A stalled client (or one holding connections open to exhaust them) is cut off; a reverse proxy in front
    // should also limit how slowly headers and bodies may arrive (README, "Running it for real").
    app.http.server.configuration.idleTimeout = .milliseconds(Int64(config.connectionIdleTimeout * 1000))
    app.middleware = Middlewares()
    // The request log names method and path only: paths carry ids, never names or content.
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(StaffSessionMiddleware())
    try routes(app)
}

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: SignInController())
    try app.register(collection: TwoFactorPages())
    try app.register(collection: RecordPages())
    try app.register(collection: StaffAdminPages())
    try app.register(collection: APIController())
    try app.register(collection: RequestPages())
    try app.register(collection: SurvivorPages())
    try app.register(collection: SurvivorStaffPages())
    try app.register(collection: EvidencePages())
    try app.register(collection: RetentionPages())
    try app.register(collection: CaseClosurePages())
    try app.register(collection: BundlePages())
    // Benchmark baseline, only under CONFIDE_BENCH=1 (see Bench/BenchRoutes.swift).
    if BenchRoutes.enabled { try app.register(collection: BenchRoutes()) }
}
