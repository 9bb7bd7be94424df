import Foundation
import Testing
@testable import ConfideCore

@Suite("The survivor's plain-language explanation")
struct ExplanationTests {
    static let translations = TestPaths.repoRoot.appendingPathComponent("Translations")
    static let english: Phrasebook = try! Phrasebook.load(directory: translations, language: "en")
    static let welsh: Phrasebook = try! Phrasebook.load(directory: translations, language: "cy")

    static func scenarios() -> [URL] {
        let shared = TestPaths.requestFiles(in: TestPaths.sharedScenarios)
        return shared + TestPaths.requestFiles(in: TestPaths.fixtures)
    }

    static func explain(_ url: URL, _ p: Phrasebook, decided: Bool = false) throws -> SurvivorExplanation {
        let parsed = try RequestParser.parse(try Data(contentsOf: url))
        let a = try Assessor(library: sharedLibrary).assess(parsed.request)
        return SurvivorExplanation.make(request: parsed.request, findings: a.findings, outcome: a.outcome, decided: decided,
                                        phrasebook: p, dateText: { $0.description })
    }

    @Test("Reading age 12 or below for every scenario", arguments: scenarios())
    func readingAgeAtMostTwelve(_ url: URL) throws {
        let e = try Self.explain(url, Self.english)
        let r = Readability(e.plainText)
        #expect(r.readingAge <= 12.0, "\(url.lastPathComponent): reading age \(String(format: "%.1f", r.readingAge)), ease \(String(format: "%.0f", r.fleschReadingEase))")
        #expect(e.sections.count >= 3)
        #expect(!e.plainText.contains("{"), "every placeholder filled")
    }

    @Test func everySurvivorExplanationInTheRulebooksIsPlainOnItsOwn() {
        for rb in sharedLibrary.rulebooks {
            for c in rb.checks where c.severity != .info {
                let r = Readability(c.forSurvivor)
                #expect(r.readingAge <= 12.0, "\(c.id): reading age \(String(format: "%.1f", r.readingAge)) — \(c.forSurvivor)")
            }
        }
    }

    @Test func explanationSaysWhoAskedWhatTheyWantAndWhatSheCanDo() throws {
        let url = TestPaths.sharedScenarios.appendingPathComponent("04-credibility-purpose.request.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let e = try Self.explain(url, Self.english)
        #expect(e.plainText.contains("The police asked us for your counselling notes"))
        #expect(e.plainText.contains("They want your whole file."))
        #expect(e.plainText.contains("We will write back and ask them to explain more"))
        #expect(e.plainText.contains("free legal advice"))
        #expect(e.theirWords?.contains("credibility") == true, "their words are kept apart")
        #expect(!e.plainText.contains("credibility and reliability as a witness"))
    }

    @Test func welshHasEveryEnglishStringAndEveryCheck() {
        let missing = Self.english.keys.subtracting(Self.welsh.keys)
        #expect(missing.isEmpty, "missing in cy.yaml: \(missing.sorted())")
        let checks = Set(sharedLibrary.rulebooks.flatMap { $0.checks.filter { $0.severity != .info }.map(\.id) })
        let missingChecks = checks.subtracting(Self.welsh.checkIDs)
        #expect(missingChecks.isEmpty, "checks without Welsh: \(missingChecks.sorted())")
    }

    @Test func welshExplanationIsInWelsh() throws {
        let url = TestPaths.sharedScenarios.appendingPathComponent("04-credibility-purpose.request.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let e = try Self.explain(url, Self.welsh)
        #expect(e.plainText.contains(Self.welsh.text("requester.police")))
        #expect(!e.plainText.contains("What you can do"))
    }

    @Test func readabilityMeasuresWhatItShould() {
        let easy = Readability("We got your note. We will call you. You can say no.")
        let hard = Readability("The documentation constitutes confidential information, notwithstanding the aforementioned considerations regarding proportionality.")
        #expect(easy.readingAge < 8)
        #expect(hard.readingAge > 18)
        #expect(Readability.syllables(in: "counselling") == 3)
        #expect(Readability.syllables(in: "notes") == 1)
    }
}
