import Foundation
@testable import ConfideServer
import Testing
import NIOCore
import Vapor
import VaporTesting
#if canImport(Glibc)
import Glibc
#endif

@Suite("Limits: API rate per session, stalled connections")
struct LimitsTests {
    @Test func theAPIIsLimitedPerSessionWithRetryAfter() async throws {
        try await TestCentre.with({ $0.apiRequestsPerMinute = 5 }) { centre in
            let alex = try await centre.apiToken("alex")
            let t = try centre.app.testing()
            for n in 1...4 {
                #expect(try await t.sendRequest(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer \(alex)"]).status == .ok, "call \(n)")
            }
            // Signing in came before the session existed, so this is the session's fifth call.
            #expect(try await t.sendRequest(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer \(alex)"]).status == .ok)
            let refused = try await t.sendRequest(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer \(alex)"])
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect((1...12).contains(wait), "Retry-After \(wait)")
            #expect(refused.body.string.contains("Too many requests"))
            // Another person's session has its own allowance.
            let gil = try await centre.apiToken("eli")
            #expect(try await t.sendRequest(.GET, "/api/v1/clients", headers: ["Authorization": "Bearer \(gil)"]).status == .ok)
            // The limit refills: a bucket that waited as long as it was told may go again.
            let buckets = TokenBuckets(perMinute: 5)
            for _ in 1...5 { #expect(buckets.take("k", now: Date(timeIntervalSince1970: 0)) == nil) }
            let after = try #require(buckets.take("k", now: Date(timeIntervalSince1970: 0)))
            #expect(buckets.take("k", now: Date(timeIntervalSince1970: Double(after))) == nil)
            #expect(TokenBuckets(perMinute: 0).take("k") == nil, "0 turns the limit off")
        }
    }

    @Test func signInIsLimitedPerAddress() async throws {
        try await TestCentre.with({ $0.signInAttemptsPerMinute = 3 }) { centre in
            let b = centre.browser()
            // Different unknown emails, so that the per-account lockout is not what answers.
            for n in 1...3 {
                let res = try await b.signIn(email: "nobody\(n)@centre.example", password: "not the password at all")
                #expect(res.status != .tooManyRequests, "attempt \(n)")
            }
            let fourth = try await b.signIn(email: "nobody4@centre.example", password: "not the password at all")
            #expect(fourth.status == .tooManyRequests && fourth.text.contains("Too many sign-in attempts"))
            // Even the right password waits: the limit is on the address, before any password is checked.
            let right = try await b.signIn(email: "alex@centre.example", password: TestCentre.password)
            #expect(right.status == .tooManyRequests)
        }
    }

    /// Behind a proxy the limits must count each client, yet a header from anyone else must not move them.
    @Test func theClientAddressIsTheProxysWordOnlyWhenTheProxyIsTrusted() async throws {
        try await TestCentre.with({ $0.trustedProxies = ["10.0.0.2", "10.0.0.3"] }) { centre in
            func address(peer: String, forwardedFor: String?) -> String {
                var headers = HTTPHeaders()
                if let forwardedFor { headers.add(name: .xForwardedFor, value: forwardedFor) }
                let req = Request(application: centre.app, method: .POST, url: "/sign-in", headers: headers,
                                  remoteAddress: try! SocketAddress(ipAddress: peer, port: 40000), on: centre.app.eventLoopGroup.next())
                return req.clientAddress
            }
            #expect(address(peer: "10.0.0.2", forwardedFor: "203.0.113.7") == "203.0.113.7")
            // The client may write anything to the left; the nearest untrusted hop is the one the proxy saw.
            #expect(address(peer: "10.0.0.2", forwardedFor: "1.2.3.4, 203.0.113.7") == "203.0.113.7")
            #expect(address(peer: "10.0.0.2", forwardedFor: "203.0.113.7, 10.0.0.3") == "203.0.113.7", "two proxies in a row")
            #expect(address(peer: "10.0.0.2", forwardedFor: nil) == "10.0.0.2")
            #expect(address(peer: "198.51.100.9", forwardedFor: "203.0.113.7") == "198.51.100.9", "an untrusted peer's header is ignored")
        }
        try await TestCentre.with { centre in
            let req = Request(application: centre.app, method: .GET, url: "/", headers: [HTTPHeaders.Name.xForwardedFor.description: "203.0.113.7"],
                              remoteAddress: try! SocketAddress(ipAddress: "127.0.0.1", port: 40000), on: centre.app.eventLoopGroup.next())
            #expect(req.clientAddress == "127.0.0.1", "no trusted proxies configured: the header means nothing")
        }
    }

    #if canImport(Glibc)
    /// Opens a TCP connection, sends `bytes`, then waits: returns how long until the server closed it (nil if it
    /// did not within `within` seconds).
    func secondsUntilClosed(port: Int, sending bytes: String, within: Double) -> Double? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET); addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard ok == 0 else { return nil }
        _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
        var tv = timeval(tv_sec: Int(within), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buf, buf.count, 0)
            if n == 0 { return Date().timeIntervalSince(start) }   // closed by the server
            if n < 0 { return nil }                                // timed out: still open
        }
    }

    @Test func aStalledConnectionIsClosed() async throws {
        try await TestCentre.with({ $0.connectionIdleTimeout = 1 }) { centre in
            let port = Int.random(in: 20000...40000)
            try await centre.app.server.start(address: .hostname("127.0.0.1", port: port))
            // No timing goals here (those belong in benchmarks): only whether the server closes the connection
            // within a generous window, which it never does without an idle limit.
            let answered = secondsUntilClosed(port: port, sending: "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", within: 8)
            #expect(answered != nil, "the server answers a whole request and closes as asked")
            let silent = secondsUntilClosed(port: port, sending: "", within: 8)
            #expect(silent != nil, "a silent connection is closed (after \(silent.map { "\($0)" } ?? "never"))")
            let halfHeaders = secondsUntilClosed(port: port, sending: "GET /health HTTP/1.1\r\nHost: x\r\n", within: 8)
            #expect(halfHeaders != nil, "a half-sent request is closed (after \(halfHeaders.map { "\($0)" } ?? "never"))")
            await centre.app.server.shutdown()
        }
    }
    #endif
}
