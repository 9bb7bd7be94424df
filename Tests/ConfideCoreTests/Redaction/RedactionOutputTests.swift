import Foundation
import Testing
@testable import ConfideCore

@Suite("Output and command line, exactly as spec/redaction.md says")
struct RedactionOutputTests {
    @Test func offsetsCountCodePointsNotUTF16OrGraphemes() {
        let text = "Sent 😀 by Zoë 👍🏽 to Kyle Harrison"
        let spans = RedactionSuggester.suggest(text: text)
        #expect(spans.map { [$0.start, $0.end] } == [[10, 13], [20, 33]])
    }

    @Test func decomposedAccentStaysInTheName() {
        let text = "Met Zoe\u{0308} Kowalski today."
        #expect(redactedTexts(text, .person) == ["Zoe\u{0308} Kowalski"])
    }

    @Test func documentFormat() {
        let out = RedactionCommandLine.suggest(data: Data("Call Paul on 07700 900422".utf8), source: "x", knownNames: [])
        #expect(out.exitCode == 0)
        #expect(out.stdout == #"{"schema": "confide.redaction/v1", "spans": [{"start": 5, "end": 9, "label": "PERSON", "score": 0.85}, {"start": 13, "end": 25, "label": "PHONE", "score": 0.95}]}"# + "\n")
    }

    @Test func jsonlKeepsOrderAndIdTypes() throws {
        let input = #"{"id": "a-1", "text": "Mum (Heather) rang", "spans": []}"# + "\n\n" + #"{"id": 7, "text": "nothing here"}"# + "\n"
        let out = RedactionCommandLine.suggestJSONL(data: Data(input.utf8), source: "in.jsonl", knownNames: [])
        #expect(out.exitCode == 0)
        #expect(out.stdout == #"{"id": "a-1", "spans": [{"start": 5, "end": 12, "label": "PERSON", "score": 0.88}]}"# + "\n" + #"{"id": 7, "spans": []}"# + "\n")
    }

    @Test func badJSONLLineIsExitTwoWithOneLine() {
        let out = RedactionCommandLine.suggestJSONL(data: Data("{\"id\": 1, \"text\": \"ok\"}\nnot json\n".utf8), source: "in.jsonl", knownNames: [])
        #expect(out.exitCode == 2)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr == "error: in.jsonl:2: not a JSON object\n")
    }

    @Test func unreadableInputIsExitTwo() {
        let missing = RedactionCommandLine.suggest(path: "/nonexistent/confide-note.txt", knownNamesPath: nil)
        #expect(missing.exitCode == 2 && missing.stderr.hasSuffix("cannot be read\n") && missing.stderr.filter { $0 == "\n" }.count == 1)
        let binary = RedactionCommandLine.suggest(data: Data([0xff, 0xfe, 0x00]), source: "bin", knownNames: [])
        #expect(binary.exitCode == 2)
        let names = RedactionCommandLine.suggest(path: "-", knownNamesPath: "/nonexistent/names", standardInput: { Data("x".utf8) })
        #expect(names.exitCode == 2)
    }

    @Test func standardInput() {
        let out = RedactionCommandLine.suggest(path: "-", knownNamesPath: nil, standardInput: { Data("Dear Kyle,".utf8) })
        #expect(out.stdout.contains("\"PERSON\""))
    }

    @Test func spansAreSortedAndDisjoint() throws {
        for record in try RedactionFixtures.records(RedactionFixtures.ownNotes) {
            let spans = RedactionSuggester.suggest(text: record.text)
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end <= b.start) }
            #expect(spans.allSatisfy { $0.start < $0.end && $0.end <= record.text.unicodeScalars.count && (0...1).contains($0.score) })
        }
    }
}
