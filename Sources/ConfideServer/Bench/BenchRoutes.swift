import Vapor

/// The benchmark's baseline route: the same server, the same middleware (request log, security headers,
/// session lookup), and no work of its own. Registered only when the environment has `CONFIDE_BENCH=1`
/// (`confide bench http` sets it), so a normal server, and the tests' access matrix, never see it.
struct BenchRoutes: RouteCollection {
    static var enabled: Bool { Environment.get("CONFIDE_BENCH") == "1" }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("bench", "bare") { _ in "ok" }
    }
}
