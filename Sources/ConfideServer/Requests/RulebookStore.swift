import ConfideCore
import Foundation
import Vapor

struct RulebookStoreKey: StorageKey { typealias Value = RulebookLibrary }

extension Application {
    /// The rulebooks, loaded and validated once at start-up (a bad rulebook stops the server, naming file and line).
    var rulebooks: RulebookLibrary {
        guard let r = storage[RulebookStoreKey.self] else { fatalError("rulebooks used before start-up loaded them") }
        return r
    }
}

enum RulebookStore {
    static func load(_ app: Application, directory: String?) throws {
        let url = RulebookLibrary.locate(explicit: directory)
        do {
            app.storage[RulebookStoreKey.self] = try RulebookLibrary.load(directory: url)
        } catch {
            throw StartupError("rulebooks in \(url.path) are not valid: " + error.problems.map(\.description).joined(separator: "; "))
        }
    }
}
