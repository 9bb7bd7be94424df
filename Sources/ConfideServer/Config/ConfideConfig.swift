import Foundation
import Vapor

/// Everything a centre can configure. Defaults suit a small centre on one machine; every value can come
/// from the environment (see README "Configuration").
public struct ConfideConfig: Sendable {
    public var dataDirectory: String
    /// PostgreSQL when set; the embedded SQLite file in `dataDirectory` otherwise.
    public var databaseURL: String?
    /// Tests give each case its own PostgreSQL schema.
    public var postgresSchema: String?
    public var masterKeyFile: String
    public var idleTimeout: TimeInterval
    public var recordLockAfter: TimeInterval
    public var maxUploadBytes: Int
    public var bcryptCost: Int
    public var lockoutThreshold: Int
    public var lockoutDuration: TimeInterval
    public var breakGlassDuration: TimeInterval
    /// Sign the audit head every this many entries.
    public var checkpointEvery: Int64
    /// Force the Secure cookie attribute (it is also set whenever the request came over TLS).
    public var secureCookies: Bool
    public var logLevel: Logger.Level
    /// A centre's own reviewed rulebooks; nil means $CONFIDE_RULEBOOKS or the shipped `Rulebooks/`.
    public var rulebooksDirectory: String?
    /// Where the quick-exit button sends a survivor: an ordinary, neutral site.
    public var exitURL: String = "https://www.bbc.co.uk/weather"
    /// How long a survivor's one-time code stays valid.
    public var survivorCodeLifetime: TimeInterval = 7 * 86400
    /// A survivor's page session ends after this much inactivity.
    public var survivorIdleTimeout: TimeInterval = 10 * 60
    /// Roles that must use two-factor sign-in (others may choose to).
    public var twoFactorRoles: Set<StaffRole> = [.disclosureLead, .manager]
    /// Exports and shredding need the person to have proved who they are within this long.
    public var reauthWindow: TimeInterval = 10 * 60
    /// Addresses of reverse proxies in front of Confide. When a request comes from one of them, the client's
    /// address is taken from `X-Forwarded-For` (the nearest entry that is not itself a trusted proxy), so the
    /// per-address limits count each client, not the proxy. From any other peer the header is ignored: it is
    /// whatever the sender chose to write.
    public var trustedProxies: Set<String> = []
    /// Sign-in attempts allowed per client address per minute.
    public var signInAttemptsPerMinute: Int = 30
    /// Requests per minute to `/api/v1` for one session (or, before sign-in, one address); 0 turns the limit off.
    public var apiRequestsPerMinute: Int = 600
    /// A connection with nothing sent either way for this long is closed (a stalled or trickling client).
    public var connectionIdleTimeout: TimeInterval = 30
    /// Where backups' client keys are kept (and removed from when a client is shredded); nil: `<data>/key-escrow`.
    public var keyEscrowDirectory: String?
    /// How long a scheduled deletion waits, so it can be cancelled.
    public var shredCancellationWindow: TimeInterval = 14 * 86400
    /// The retention schedule file; nil means $CONFIDE_RETENTION_SCHEDULE or `retention/schedule.yaml` beside the rulebooks.
    public var retentionSchedule: String?
    /// This centre's id in statistical returns sent to the national hub.
    public var centreID: String = "centre"
    /// The service's name, for letters.
    public var serviceName: String

    public init(dataDirectory: String = "confide-data", databaseURL: String? = nil, postgresSchema: String? = nil,
                masterKeyFile: String? = nil, idleTimeout: TimeInterval = 15 * 60, recordLockAfter: TimeInterval = 24 * 3600,
                maxUploadBytes: Int = 10 * 1024 * 1024, bcryptCost: Int = 12, lockoutThreshold: Int = 5,
                lockoutDuration: TimeInterval = 15 * 60, breakGlassDuration: TimeInterval = 60 * 60,
                checkpointEvery: Int64 = 100, secureCookies: Bool = false, logLevel: Logger.Level = .info) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.postgresSchema = postgresSchema
        self.masterKeyFile = masterKeyFile ?? (dataDirectory as NSString).appendingPathComponent("master.key")
        self.idleTimeout = idleTimeout
        self.recordLockAfter = recordLockAfter
        self.maxUploadBytes = maxUploadBytes
        self.bcryptCost = bcryptCost
        self.lockoutThreshold = lockoutThreshold
        self.lockoutDuration = lockoutDuration
        self.breakGlassDuration = breakGlassDuration
        self.checkpointEvery = checkpointEvery
        self.secureCookies = secureCookies
        self.logLevel = logLevel
        self.rulebooksDirectory = nil
        self.serviceName = "[service name: set CONFIDE_SERVICE_NAME]"
    }

    /// Reads CONFIDE_* variables over the defaults.
    public static func fromEnvironment(dataDirectory: String? = nil) -> ConfideConfig {
        let env = ProcessInfo.processInfo.environment
        var c = ConfideConfig(dataDirectory: dataDirectory ?? env["CONFIDE_DATA_DIR"] ?? "confide-data",
                              databaseURL: env["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 },
                              masterKeyFile: env["CONFIDE_MASTER_KEY_FILE"])
        if let v = env["CONFIDE_IDLE_TIMEOUT_MINUTES"].flatMap(Double.init) { c.idleTimeout = v * 60 }
        if let v = env["CONFIDE_RECORD_LOCK_HOURS"].flatMap(Double.init) { c.recordLockAfter = v * 3600 }
        if let v = env["CONFIDE_MAX_UPLOAD_MB"].flatMap(Double.init) { c.maxUploadBytes = Int(v * 1024 * 1024) }
        if let v = env["CONFIDE_BCRYPT_COST"].flatMap(Int.init) { c.bcryptCost = v }
        if env["CONFIDE_SECURE_COOKIES"] == "1" { c.secureCookies = true }
        if let v = env["CONFIDE_RULEBOOKS"], !v.isEmpty { c.rulebooksDirectory = v }
        if let v = env["CONFIDE_EXIT_URL"], v.hasPrefix("https://") || v.hasPrefix("http://") { c.exitURL = v }
        if let v = env["CONFIDE_SURVIVOR_CODE_DAYS"].flatMap(Double.init) { c.survivorCodeLifetime = v * 86400 }
        if let v = env["CONFIDE_KEY_ESCROW_DIR"], !v.isEmpty { c.keyEscrowDirectory = v }
        if let v = env["CONFIDE_SHRED_WINDOW_DAYS"].flatMap(Double.init) { c.shredCancellationWindow = v * 86400 }
        if let v = env["CONFIDE_RETENTION_SCHEDULE"], !v.isEmpty { c.retentionSchedule = v }
        if let v = env["CONFIDE_API_RATE_PER_MINUTE"].flatMap(Int.init), v >= 0 { c.apiRequestsPerMinute = v }
        if let v = env["CONFIDE_CONNECTION_IDLE_SECONDS"].flatMap(Double.init), v > 0 { c.connectionIdleTimeout = v }
        if let v = env["CONFIDE_TRUSTED_PROXIES"] {
            c.trustedProxies = Set(v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if let v = env["CONFIDE_CENTRE_ID"], !v.isEmpty { c.centreID = v }
        if let v = env["CONFIDE_SERVICE_NAME"], !v.isEmpty { c.serviceName = v }
        if let v = env["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) { c.logLevel = v }
        return c
    }

    public var sqlitePath: String { (dataDirectory as NSString).appendingPathComponent("confide.sqlite") }
    public var databaseKind: String { databaseURL == nil ? "sqlite" : "postgresql" }
}

struct ConfideConfigKey: StorageKey { typealias Value = ConfideConfig }

extension Application {
    public var confide: ConfideConfig {
        get { storage[ConfideConfigKey.self] ?? ConfideConfig() }
        set { storage[ConfideConfigKey.self] = newValue }
    }
}
