/// The life of a request. This is the service's process, not law: which outcome the law points to comes from
/// the rulebook; these are the steps a disclosure lead moves a request through.
enum RequestStatus: String, CaseIterable, Sendable {
    case received, assessing
    case awaitingSurvivor = "awaiting_survivor"
    case awaitingRequester = "awaiting_requester"
    case decided, disclosed, refused, withdrawn, closed

    var label: String {
        switch self {
        case .received: return "Received"
        case .assessing: return "Assessing"
        case .awaitingSurvivor: return "Waiting for the survivor"
        case .awaitingRequester: return "Waiting for the requester"
        case .decided: return "Decided"
        case .disclosed: return "Disclosed"
        case .refused: return "Refused"
        case .withdrawn: return "Withdrawn"
        case .closed: return "Closed"
        }
    }

    /// Where a request may go next.
    var next: [RequestStatus] {
        switch self {
        case .received: return [.assessing, .withdrawn]
        case .assessing: return [.awaitingSurvivor, .awaitingRequester, .withdrawn]
        case .awaitingSurvivor: return [.assessing, .awaitingRequester, .withdrawn]
        case .awaitingRequester: return [.assessing, .awaitingSurvivor, .withdrawn]
        case .decided: return [.refused, .awaitingRequester, .withdrawn]   // disclosed: by recording a disclosure
        case .disclosed, .refused, .withdrawn: return [.closed]
        case .closed: return []
        }
    }

    /// Still open: the client's records stay on legal hold and the deadline counts.
    var isOpen: Bool { self != .closed }
    var awaitsAction: Bool { ![.disclosed, .refused, .withdrawn, .closed].contains(self) }
}
