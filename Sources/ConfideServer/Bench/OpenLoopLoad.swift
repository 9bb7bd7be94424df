import Foundation
import Vapor

/// A fixed-rate ("open loop") HTTP load: request k is due at start + k / rate whether or not earlier ones have
/// answered, and its latency is counted from when it was due, not from when it was sent. So a stall shows up
/// in the percentiles instead of quietly lowering the rate (wrk's closed loop hides it: "coordinated omission").
/// Used by `confide bench load` for "p99 at 200 requests per second"; Debian has no wrk2.
public enum OpenLoopLoad {
    public struct Result: Sendable {
        public var due: Int
        public var ok: Int
        public var failed: Int
        public var seconds: Double
        public var latenciesMs: [Double]   // sorted, measured requests only (after the warm-up)
        public var statuses: [UInt: Int]

        public var achievedRate: Double { Double(ok + failed) / max(seconds, 1e-9) }
        public func percentile(_ p: Double) -> Double {
            guard !latenciesMs.isEmpty else { return .nan }
            let rank = Int((p / 100 * Double(latenciesMs.count)).rounded(.up)) - 1
            return latenciesMs[min(max(rank, 0), latenciesMs.count - 1)]
        }

        /// One line of `key=value` pairs for scripts.
        public var line: String {
            String(format: "rate=%.1f due=%d ok=%d failed=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f",
                   achievedRate, due, ok, failed, percentile(50), percentile(90), percentile(99), latenciesMs.last ?? .nan)
            + " statuses=" + statuses.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
        }
    }

    /// Sends GET `url` at `rate` per second for `warmup` + `duration` seconds; only requests due after the warm-up
    /// are measured. Requests still outstanding 10 s after the last one was due are counted as failed.
    public static func run(url: String, rate: Double, duration: Double, warmup: Double = 2,
                           headers: [(String, String)] = []) async throws -> Result {
        precondition(rate > 0 && rate <= 20_000 && duration > 0 && duration <= 3600, "rate 0…20000/s, duration 0…3600 s")
        let app = try await Application.make(.production)
        app.logger.logLevel = .error
        app.http.client.configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 512)
        app.http.client.configuration.timeout = .init(connect: .seconds(5), read: .seconds(10))
        do {
            let result = try await measure(client: app.client, url: url, rate: rate, duration: duration, warmup: warmup, headers: headers)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func measure(client: any Vapor.Client, url: String, rate: Double, duration: Double, warmup: Double,
                        headers: [(String, String)]) async throws -> Result {
        let uri = URI(string: url)
        var h = HTTPHeaders()
        for (k, v) in headers { h.add(name: k, value: v) }
        let hdrs = h
        let warm = Int(rate * warmup)
        let total = warm + Int(rate * duration)
        let clock = ContinuousClock()
        let start = clock.now + .milliseconds(50)
        let interval = Duration.seconds(1 / rate)

        var latencies: [Double] = []
        latencies.reserveCapacity(total)
        var statuses: [UInt: Int] = [:]
        var ok = 0, failed = 0
        try await withThrowingTaskGroup(of: (Int, Double, UInt).self) { group in
            for k in 0..<total {
                let due = start + interval * k
                try await clock.sleep(until: due, tolerance: .microseconds(200))
                group.addTask {
                    do {
                        let res = try await client.get(uri, headers: hdrs)
                        return (k, Self.ms(clock.now - due), res.status.code)
                    } catch {
                        return (k, Self.ms(clock.now - due), 0)
                    }
                }
            }
            for try await (k, latency, status) in group where k >= warm {
                statuses[status, default: 0] += 1
                if (200..<400).contains(status) { ok += 1; latencies.append(latency) } else { failed += 1 }
            }
        }
        return Result(due: total - warm, ok: ok, failed: failed, seconds: duration, latenciesMs: latencies.sorted(), statuses: statuses)
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}
