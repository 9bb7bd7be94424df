import Foundation

/// One date formatter shared by every caller, used under a lock. Making a formatter builds an ICU formatter,
/// which the profiler showed costing more than the audit append it served (docs/benchmarks.md); sharing one
/// gives the same text.
public final class LockedFormatter<F: Formatter>: @unchecked Sendable {
    private let lock = NSLock()
    private let formatter: F

    public init(_ make: () -> F) { formatter = make() }

    public func string(from date: Date, _ format: (F, Date) -> String) -> String {
        with { format($0, date) }
    }

    /// Any use of the formatter (parsing as well as formatting), under the lock: ICU formatters must not be used
    /// by two threads at once.
    public func with<R>(_ body: (F) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(formatter)
    }
}

extension AuditEntry {
    static let timestampFormatter = LockedFormatter { () -> ISO8601DateFormatter in
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f
    }
}
