import ArgumentParser
import ConfideCore
import ConfideServer
import Foundation

/// `confide bench core | http | scale-out | load`: the benchmark suite of docs/benchmarks.md. Every figure is
/// printed beside a baseline measured in the same run. Build with `swift build -c release` first.
enum BenchSuite {
    static let subcommands: [any ParsableCommand.Type] = [Core.self, HTTP.self, ScaleOut.self, Load.self]

    /// The package root, found from the rulebooks directory (as `bench assess` finds its inputs).
    static func packageRoot() -> URL {
        RulebookLibrary.locate(explicit: nil).deletingLastPathComponent()
    }

    /// Runs one of scripts/bench/*.sh with this binary as CONFIDE_BIN and returns its exit status.
    static func runScript(_ name: String, _ arguments: [String]) throws -> Int32 {
        let script = packageRoot().appendingPathComponent("scripts/bench/\(name)")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { throw fail("cannot find \(script.path)", code: 2) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script.path] + arguments
        var env = ProcessInfo.processInfo.environment
        if env["CONFIDE_BIN"] == nil {
            env["CONFIDE_BIN"] = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        }
        p.environment = env
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    struct Core: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Audit-chain verification, envelope encryption and assessment, each beside its primitive (one core).")
        @Option(help: "Audit chain length (entries are generated and streamed, not held in memory).") var entries = 1_000_000
        @Option(help: "Also verify chains this many times shorter, to show the rate does not depend on length (repeat it: --shorter 10 --shorter 100).") var shorter: [Int] = []
        @Option(help: "Envelope operations per figure.") var iterations = 100_000
        @Option(help: "Record size in bytes for the envelope figures.") var size = 4096
        @Option(help: "Rulebook directory.") var rulebooks: String?
        @Option(help: "Synthetic requests for the year's centre tables.") var statsRequests = 100_000
        @Option(help: "Centres' returns to merge.") var centres = 40

        func run() throws {
            print("Confide core benchmarks (one core, ContinuousClock; release build required for meaningful figures)\n")
            print(BenchFigure.header)
            for divisor in shorter where divisor > 1 {
                let r = CoreBenchmarks.auditChain(entries: entries / divisor)
                print(r.figure.row)
            }
            let audit = CoreBenchmarks.auditChain(entries: entries)
            print(audit.figure.row)
            let legacy = CoreBenchmarks.auditChain(entries: entries / 4, format: .v1)
            print(legacy.figure.row)
            for f in CoreBenchmarks.envelope(size: size, iterations: iterations) { print(f.row) }
            let dir = RulebookLibrary.locate(explicit: rulebooks)
            if let library = try? RulebookLibrary.load(directory: dir) {
                let roots = [dir.deletingLastPathComponent().appendingPathComponent("../shared/domain/scenarios").standardizedFileURL.path,
                             dir.deletingLastPathComponent().appendingPathComponent("Tests/ConfideCoreTests/Assessment/Fixtures").path]
                let files = roots.flatMap { root -> [URL] in
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
                    return names.filter { $0.hasSuffix(".request.yaml") }.sorted().map { URL(fileURLWithPath: root).appendingPathComponent($0) }
                }
                for f in CoreBenchmarks.assessment(files: files, library: library) { print(f.row) }
            } else {
                print("| parse + assess | not run: no rulebooks at \(dir.path) | | | |")
            }
            if let redaction = CoreBenchmarks.redaction() {
                for f in redaction { print(f.row) }
            } else {
                print("| redaction suggestions | not measured: HOOK, the redaction suggester is not in this build yet (CoreBenchmarks.redaction) | | | |")
            }
            // Evidence (issue #6): seconds, lower is better; the ratio is the job's time over reading alone.
            do {
                print(try StatisticsBenchmarks.centreYear(requests: statsRequests).row)
                print(try StatisticsBenchmarks.merge(centres: centres).row)
            } catch {
                print("| statistics | not run: \(error) | | | |")
            }
            print("\naudit chain: \(audit.verdict), \(String(format: "%.0f", audit.hashedBytesPerEntry)) hashed bytes per entry")
            print("format-1 chain: \(legacy.verdict), \(String(format: "%.0f", legacy.hashedBytesPerEntry)) hashed bytes per entry")
        }
    }

    struct HTTP: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Opening a record over HTTP beside a bare route of the same server, on SQLite with demo data (runs scripts/bench/http.sh).")
        @Option(help: "Demo data scales to measure, e.g. --scales 1,10,100.") var scales = "1"
        @Option(help: "Seconds per wrk run and per fixed-rate run.") var duration = 15
        @Option(help: "wrk connections (fixed concurrency).") var connections = 16
        @Option(help: "Fixed request rate for the latency figures.") var rate = 200
        @Option(help: "Port for the server under test (127.0.0.1 only).") var port = 18480

        func run() throws {
            let status = try BenchSuite.runScript("http.sh", ["--scales", scales, "--duration", "\(duration)", "--connections", "\(connections)",
                                                              "--rate", "\(rate)", "--port", "\(port)"])
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct ScaleOut: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scale-out",
            abstract: "One vs two server processes behind nginx over one PostgreSQL, under wrk (runs scripts/bench/scale-out.sh).")
        @Option(help: "Seconds per wrk run.") var duration = 15
        @Option(help: "wrk connections.") var connections = 32

        func run() throws {
            let status = try BenchSuite.runScript("scale-out.sh", ["--duration", "\(duration)", "--connections", "\(connections)"])
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fixed-rate (open-loop) GET load on one URL; latency counted from when each request was due. Used by http.sh.")
        @Argument(help: "URL (http://127.0.0.1:… only).") var url: String
        @Option(help: "Requests per second.") var rate = 200.0
        @Option(help: "Measured seconds.") var duration = 15.0
        @Option(help: "Warm-up seconds, not measured.") var warmup = 2.0
        @Option(name: .customLong("header"), help: "A request header, \"Name: value\" (repeatable).") var headers: [String] = []

        func run() async throws {
            guard url.hasPrefix("http://127.0.0.1:") || url.hasPrefix("http://localhost:") else {
                throw fail("bench load only targets this machine (http://127.0.0.1:PORT/…)", code: 2)
            }
            guard rate > 0, rate <= 20_000, duration > 0, duration <= 3600, warmup >= 0, warmup <= 600 else {
                throw fail("rate must be 0…20000, duration 0…3600 s, warm-up 0…600 s", code: 2)
            }
            let pairs: [(String, String)] = try headers.map { h in
                guard let colon = h.firstIndex(of: ":") else { throw fail("a header is \"Name: value\"", code: 2) }
                return (String(h[..<colon]), h[h.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let r = try await OpenLoopLoad.run(url: url, rate: rate, duration: duration, warmup: warmup, headers: pairs)
            print(r.line)
        }
    }
}
