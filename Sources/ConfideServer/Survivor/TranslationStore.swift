import ConfideCore
import Foundation
import Vapor

struct PhrasebooksKey: StorageKey { typealias Value = [String: Phrasebook] }

extension Application {
    /// English and Welsh words for the survivor's pages, loaded at start-up from `Translations/`.
    var phrasebooks: [String: Phrasebook] { storage[PhrasebooksKey.self] ?? [:] }
    func phrasebook(_ language: String) -> Phrasebook {
        phrasebooks[language] ?? phrasebooks["en"] ?? Phrasebook(language: "en", strings: [:])
    }
}

enum TranslationStore {
    static let languages = ["en", "cy"]

    static func load(_ app: Application) throws {
        let dir = Phrasebook.locate(rulebooks: RulebookLibrary.locate(explicit: app.confide.rulebooksDirectory))
        var books: [String: Phrasebook] = [:]
        for l in languages {
            do { books[l] = try Phrasebook.load(directory: dir, language: l) } catch { throw StartupError("\(error)") }
        }
        app.storage[PhrasebooksKey.self] = books
    }
}
