import Fluent
import Vapor

extension Application {
    /// Runs `body` in one database transaction. Every change to protected data and its audit entry go through
    /// here together, so either both are committed or neither is.
    @discardableResult
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let gated = confide.databaseURL == nil
        if gated { await writeGate.acquire() }
        do {
            let result = try await db.transaction { try await body($0) }
            if gated { await writeGate.release() }
            return result
        } catch {
            if gated { await writeGate.release() }
            throw error
        }
    }
}

extension Request {
    @discardableResult
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await application.writeTransaction(body)
    }
}
