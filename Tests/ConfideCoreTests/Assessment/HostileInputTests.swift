import Foundation
import Testing
@testable import ConfideCore

@Suite("Hostile request files")
struct HostileInputTests {
    @Test func oversizedFilesAreRefusedBeforeParsing() {
        let huge = "schema: confide.request/v1\njurisdiction: GB-ENG-WLS\nrequester:\n  type: police\nreason: \"" + String(repeating: "x", count: 2_000_000) + "\"\n"
        let start = ContinuousClock.now
        #expect(throws: RequestFileError.self) { try RequestParser.parse(Data(huge.utf8)) }
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func deeplyNestedFilesAreRefusedNotCrashing() {
        let deep = "schema: confide.request/v1\njurisdiction: GB-ENG-WLS\nrequester:\n  type: police\nreason: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        #expect(throws: RequestFileError.self) { try RequestParser.parse(Data(deep.utf8)) }
        let json = String(repeating: "{\"a\":", count: 20_000) + "1" + String(repeating: "}", count: 20_000)
        #expect(throws: RequestFileError.self) { try RequestParser.parse(Data(json.utf8)) }
    }

    @Test func binaryRubbishIsRefused() {
        var g = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = Data((0..<Int.random(in: 1...4096, using: &g)).map { _ in UInt8.random(in: 0...255, using: &g) })
            #expect(throws: RequestFileError.self) { try RequestParser.parse(bytes) }
        }
    }
}
