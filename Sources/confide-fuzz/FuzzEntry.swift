import ConfideCore
import Foundation

/// Fuzz target for the parsers that read untrusted files: request files, statistical returns, Home Office
/// tables (CSV, XLSX, ODS), the retention schedule, and the redaction suggester on arbitrary text. Any crash,
/// hang or sanitizer report is a bug.
///
/// Built with `swift build --product confide-fuzz --sanitize=fuzzer -Xswiftc -DFUZZING` (scripts/fuzz.sh), libFuzzer
/// drives `LLVMFuzzerTestOneInput`. Built normally, the same binary replays files given as arguments (a corpus or
/// a crash found earlier), so a found case becomes a test.
enum FuzzTarget {
    static func oneInput(_ data: Data) {
        _ = try? RequestParser.parse(data)
        _ = try? StatsJSON.parse(data)
        _ = try? HomeOfficeFile.parse(data)   // outcomes and recorded-crime tables: CSV, XLSX, ODS
        if data.count < 20_000, let text = String(data: data, encoding: .utf8) {
            _ = try? RetentionSchedule.parse(text, file: "fuzz", kinds: ["session_note", "assessment", "safeguarding", "correspondence"])
            _ = RedactionSuggester.suggest(text: text)
            _ = Readability(text)
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.oneInput(Data(bytes: bytes, count: size))
    return 0
}
#else
@main
struct Replay {
    static func main() {
        var n = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let files = isDir.boolValue ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
            for f in files { if let d = FileManager.default.contents(atPath: f) { FuzzTarget.oneInput(d); n += 1 } }
        }
        print("replayed \(n) inputs without a crash")
    }
}
#endif
