/// Whether a decision goes against what the survivor said she wants. The service's own rule for when a decision
/// needs a recorded reason; the law's tests stay in the rulebooks.
public enum SurvivorView: String, Sendable, CaseIterable, Codable {
    case agrees
    case agreesNarrower = "agrees-narrower"
    case objects
    case wantsToDiscuss = "wants-to-discuss"
    case undecided
}

public enum WishConflict {
    /// Outcomes that send something out of the service.
    public static let disclosing: Set<Outcome> = [.comply, .complyInPartRedacted, .safeguardingMinimumDisclosure, .produceToCourt]

    public static func isAgainst(_ view: SurvivorView, _ outcome: Outcome) -> Bool {
        switch view {
        case .objects: return disclosing.contains(outcome)
        case .agreesNarrower: return outcome == .comply
        case .agrees: return outcome == .refuseInviteCourtApplication
        case .wantsToDiscuss: return disclosing.contains(outcome) && outcome != .safeguardingMinimumDisclosure && outcome != .produceToCourt
        case .undecided: return false
        }
    }
}
