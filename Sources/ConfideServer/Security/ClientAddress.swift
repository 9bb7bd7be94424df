import Vapor

extension Request {
    /// The address the per-address limits count: the socket peer, or — when the peer is one of
    /// `CONFIDE_TRUSTED_PROXIES` — the nearest `X-Forwarded-For` entry that is not itself a trusted proxy.
    /// Entries further left were written by whoever sent the request and are never believed.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let trusted = application.confide.trustedProxies
        guard trusted.contains(peer) else { return peer }
        let hops = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.reversed().first { !trusted.contains($0) } ?? peer
    }
}
