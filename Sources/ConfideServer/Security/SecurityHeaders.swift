import ConfideCore
import Vapor

/// Security headers on every response, errors included. No inline script or style is ever allowed, and no
/// page may be framed. Protected data is never cached.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res: Response
        do { res = try await next.respond(to: req) }
        catch { res = try await ErrorPages.response(for: error, req: req) }
        let h = res.headers
        var headers = h
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        headers.replaceOrAdd(name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()")
        headers.replaceOrAdd(name: "Cross-Origin-Opener-Policy", value: "same-origin")
        headers.replaceOrAdd(name: "Cross-Origin-Resource-Policy", value: "same-origin")
        if req.url.path.hasPrefix("/assets/") {
            headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        } else {
            headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            headers.replaceOrAdd(name: "Pragma", value: "no-cache")
        }
        if req.application.confide.secureCookies {
            headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        res.headers = headers
        return res
    }
}

/// Errors as a readable page for people and as JSON for the API. Messages never carry record content.
enum ErrorPages {
    struct APIError: Content { var error: Bool; var status: Int; var reason: String; var problems: [String: String]? }

    static func response(for error: any Error, req: Request) async throws -> Response {
        let status: HTTPResponseStatus
        let reason: String
        var problems: [String: String]? = nil
        // Headers an error asks for (Retry-After on 429) are kept on whatever page or JSON answers it.
        var extra = HTTPHeaders()
        switch error {
        case let v as ValidationFailure:
            status = v.status; reason = v.reason
            problems = Dictionary(v.problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        case let a as any AbortError:
            status = a.status; reason = a.reason
            if let after = a.headers.first(name: "Retry-After") { extra.replaceOrAdd(name: "Retry-After", value: after) }
        case let c as ConfideCryptoError:
            // Authentication failed: the ciphertext was altered or moved. Show nothing, say so, log only where.
            status = .internalServerError
            reason = "A stored record failed its integrity check, so it may have been tampered with. Nothing from it has been shown. Tell your centre manager."
            req.logger.critical("integrity failure: \(c)")
        case let d as DecodingError:
            status = .badRequest; reason = "The request could not be read: \(Self.describe(d))"
        default:
            status = .internalServerError
            reason = "Something went wrong on our side. Nothing was changed. If it happens again, tell your centre manager."
            req.logger.error("unhandled error: \(String(describing: type(of: error)))")
        }
        let wantsJSON = req.url.path.hasPrefix("/api/") || req.url.path == "/health"
            || (req.headers.accept.first?.mediaType == .json)
        if wantsJSON {
            let res = Response(status: status)
            try res.content.encode(APIError(error: true, status: Int(status.code), reason: reason, problems: problems))
            for (name, value) in extra { res.headers.replaceOrAdd(name: name, value: value) }
            return res
        }
        if status == .unauthorized && !req.url.path.hasPrefix("/api/") && req.method == .GET {
            return req.redirect(to: "/sign-in")
        }
        let title: String
        switch status {
        case .notFound: title = "Page not found"
        case .forbidden: title = "You cannot do that"
        case .payloadTooLarge: title = "The file is too big"
        case .internalServerError: title = "Sorry, there is a problem"
        default: title = status.code < 500 ? "There is a problem" : "Sorry, there is a problem"
        }
        let html = Layout.page(title, staff: req.staff,
            .p(.text(reason)),
            .p(.a(.href(req.staff == nil ? "/sign-in" : "/caseload"), .text("Go back to the start"))))
        let res = Layout.render(html, status: status)
        for (name, value) in extra { res.headers.replaceOrAdd(name: name, value: value) }
        return res
    }

    static func describe(_ e: DecodingError) -> String {
        switch e {
        case .keyNotFound(let k, _): return "\(k.stringValue) is missing"
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "it is not valid JSON or form data" : "\(path) has the wrong type or format"
        @unknown default: return "it is malformed"
        }
    }
}
