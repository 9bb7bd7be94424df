import Foundation

/// How a client can be contacted safely: which channels, when, whether the service may be named, a safe word.
/// Stored encrypted on the client record.
public struct ContactPreferences: Codable, Sendable, Equatable {
    public enum Channel: String, Codable, Sendable, CaseIterable { case text, phone, email, letter }
    public var safeChannels: [Channel]
    public var times: String
    public var mayNameService: Bool
    public var safeWord: String
    public var notes: String

    public init(safeChannels: [Channel] = [], times: String = "", mayNameService: Bool = false, safeWord: String = "", notes: String = "") {
        self.safeChannels = safeChannels; self.times = times; self.mayNameService = mayNameService; self.safeWord = safeWord; self.notes = notes
    }
}

/// What to send when something happens on a request. A notification never says what happened: it only asks her
/// to get in touch, names the service only if she said that is safe, and goes only by a channel she called safe.
public enum SurvivorNotice: Sendable, Equatable {
    case message(channel: ContactPreferences.Channel, text: String, when: String)
    /// No channel is safe: her worker tells her in person.
    case inPerson

    public static func compose(_ prefs: ContactPreferences, serviceName: String, workerFirstName: String) -> SurvivorNotice {
        // Prefer the least visible channel she allowed.
        let order: [ContactPreferences.Channel] = [.text, .phone, .email, .letter]
        guard let channel = order.first(where: prefs.safeChannels.contains) else { return .inPerson }
        let from = prefs.mayNameService ? "\(workerFirstName) from \(serviceName)" : workerFirstName
        let text = channel == .phone
            ? "Ask for her by name. If she can talk, say it is \(from) and ask her to get in touch when it suits her. Say nothing else."
            : "Hi, it's \(from). Could you get in touch when it suits you? Thanks."
        return .message(channel: channel, text: text, when: prefs.times)
    }
}
