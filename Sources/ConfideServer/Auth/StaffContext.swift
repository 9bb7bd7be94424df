import ConfideCore
import Crypto
import Fluent
import Foundation
import Vapor

/// The signed-in member of staff for this request.
struct StaffContext: Sendable {
    let staffID: UUID
    let role: StaffRole
    let team: String
    let displayName: String
    let sessionID: UUID
    let csrfToken: String
    /// "full" once sign-in is complete; "code" or "enrol" while two-factor sign-in is unfinished.
    let stage: String
    let authenticatedAt: Date
    var actor: AuditActor { AuditActor(id: "staff:\(staffID.uuidString)", role: role.rawValue) }
}

struct StaffContextKey: StorageKey { typealias Value = StaffContext }

extension Request {
    var staff: StaffContext? {
        get { storage[StaffContextKey.self] }
        set { storage[StaffContextKey.self] = newValue }
    }
    func requireStaff() throws -> StaffContext {
        guard let s = staff else { throw Abort(.unauthorized, reason: "Sign in first.") }
        return s
    }
}

enum Tokens {
    static func random(_ bytes: Int = 32) -> String {
        var g = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &g) })
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
    /// Compares secrets in time independent of where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var d: UInt8 = 0
        for i in 0..<x.count { d |= x[i] ^ y[i] }
        return d == 0
    }
}
