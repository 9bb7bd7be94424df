import ConfideCore
import Foundation
import Vapor

/// The centre's retention schedule, read and checked once at start: a schedule with a problem stops the server
/// with the file and line, rather than deleting on a wrong period.
enum RetentionStore {
    struct Key: StorageKey { typealias Value = RetentionSchedule }

    static func location(_ config: ConfideConfig) -> URL {
        if let explicit = config.retentionSchedule { return URL(fileURLWithPath: explicit) }
        if let env = ProcessInfo.processInfo.environment["CONFIDE_RETENTION_SCHEDULE"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return RulebookLibrary.locate(explicit: config.rulebooksDirectory).appendingPathComponent("retention/schedule.yaml")
    }

    static func load(_ app: Application) throws {
        let url = location(app.confide)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw StartupError("the retention schedule \(url.path) cannot be read (set CONFIDE_RETENTION_SCHEDULE to the centre's schedule)")
        }
        do {
            app.storage[Key.self] = try RetentionSchedule.parse(text, file: url.path, kinds: RecordKind.allCases.map(\.rawValue))
        } catch {
            throw StartupError("the retention schedule is not valid: \(error.description)")
        }
    }
}

extension Application {
    var retentionSchedule: RetentionSchedule { storage[RetentionStore.Key.self]! }
}
