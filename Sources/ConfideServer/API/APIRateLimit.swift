import NIOConcurrencyHelpers
import Vapor

/// A token bucket per key: up to `perMinute` requests at once, refilled at `perMinute` a minute. Fixed memory per
/// key (unlike a list of recent hits), and a lock rather than an actor so it adds no hop to every API request.
final class TokenBuckets: Sendable {
    struct Bucket { var tokens: Double; var last: Date }
    private let state = NIOLockedValueBox<[String: Bucket]>([:])
    let perMinute: Int
    init(perMinute: Int) { self.perMinute = perMinute }

    /// nil when the request may go ahead; otherwise how many seconds until it could.
    func take(_ key: String, now: Date = Date()) -> Int? {
        guard perMinute > 0 else { return nil }
        let capacity = Double(perMinute), rate = capacity / 60
        return state.withLockedValue { buckets in
            var b = buckets[key] ?? Bucket(tokens: capacity, last: now)
            b.tokens = min(capacity, b.tokens + max(0, now.timeIntervalSince(b.last)) * rate)
            b.last = now
            defer {
                buckets[key] = b
                // Forget full buckets now and then, so that many one-off addresses cannot grow the table for ever.
                if buckets.count > 50_000 { buckets = buckets.filter { $0.value.tokens < capacity - 1 } }
            }
            guard b.tokens >= 1 else { return Int(((1 - b.tokens) / rate).rounded(.up)) }
            b.tokens -= 1
            return nil
        }
    }
}

struct APIRateLimitKey: StorageKey { typealias Value = TokenBuckets }

extension Application {
    /// Made once in `configure`, before any request can race to create it.
    var apiRateLimit: TokenBuckets { storage[APIRateLimitKey.self]! }
}

/// Limits `/api/v1` per signed-in session (its token), or per address before sign-in, with 429 and Retry-After.
/// Keyed by session rather than address where it can be: behind a proxy every user shares one address.
struct APIRateLimitMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let key = req.staff.map { "session:\($0.sessionID)" } ?? "address:\(req.clientAddress)"
        if let wait = req.application.apiRateLimit.take(key) {
            throw Abort(.tooManyRequests, headers: ["Retry-After": "\(wait)"],
                        reason: "Too many requests: at most \(req.application.confide.apiRequestsPerMinute) a minute. Try again in \(wait) seconds.")
        }
        return try await next.respond(to: req)
    }
}
