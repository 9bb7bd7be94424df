import Vapor

/// Serialises write transactions on SQLite. SQLite allows one writer; two deferred transactions that both
/// read and then write would fail with SQLITE_BUSY, so writers queue here instead. (PostgreSQL needs no
/// gate: the audit append takes a transaction-scoped advisory lock.)
actor WriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

struct WriteGateKey: StorageKey { typealias Value = WriteGate }

extension Application {
    var writeGate: WriteGate {
        if let g = storage[WriteGateKey.self] { return g }
        let g = WriteGate()
        storage[WriteGateKey.self] = g
        return g
    }
}
