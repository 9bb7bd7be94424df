import Foundation

/// NCSC-style password rules: length over complexity, and no password from the lists attackers try first.
enum PasswordPolicy {
    static let minimumLength = 12

    /// 30,000 common passwords shipped with Confide (Resources/common-passwords.txt).
    static let common: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.lowercased() })
    }()

    /// Nil when acceptable, otherwise a message for the person choosing it.
    static func problem(with password: String, email: String) -> String? {
        if password.count < minimumLength { return "Choose a password of at least \(minimumLength) characters. Three random words work well." }
        if password.count > 256 { return "Choose a password of at most 256 characters." }
        let lower = password.lowercased()
        // "password1234" is as guessable as "password": also test the stem without trailing digits and symbols.
        let stem = String(lower.reversed().drop(while: { $0.isNumber || $0.isPunctuation || $0.isSymbol }).reversed())
        if common.contains(lower) || common.contains(stem) || Set(lower).count <= 2 {
            return "That password is on the list of passwords attackers try first. Choose another, such as three random words."
        }
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if local.count >= 4 && lower.contains(local) { return "Choose a password that does not contain your email address." }
        return nil
    }
}
