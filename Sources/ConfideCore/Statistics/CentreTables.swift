/// The true (unprotected) statistics of one centre for one period, computed from request records only.
///
/// These are for the centre's own eyes and for ``DisclosureControl``; they are never exported. Each cell keeps
/// the ids of the records in it, because the protected value of a cell is decided by a keyed hash of exactly
/// that set (the same set gets the same value in every table).
///
/// Population: the requests RECEIVED in the period (after contribution bounding, see ``DisclosurePolicy``).
/// Tables:
/// - partitions of all requests: `requester_type`, `requester_organisation`, `route`, `recommended_outcome`,
///   `survivor_wishes`, `notice`;
/// - a partition of the decided requests: `decided_outcome`;
/// - `check_triggered`: one cell per check id; a request is in every cell of a check it triggered, so the
///   cells do not add up to anything;
/// - single counts: total, decided, narrowed after reply, withdrawn after reply; median days from receipt to
///   decision over the decided requests.
public struct CentreTables: Sendable, Equatable {
    /// One cell: a category and the (sorted, unique) ids of the requests in it.
    public struct Cell: Sendable, Equatable {
        public let category: String
        public let recordIDs: [String]
        public var count: Int { recordIDs.count }
    }

    /// One table. `population` is ``Population/requests`` or ``Population/decidedRequests``.
    public struct Table: Sendable, Equatable {
        public let id: TableID
        public let cells: [Cell]
        public func count(_ category: String) -> Int? { cells.first { $0.category == category }?.count }
    }

    public let period: Period
    /// Every request in the period (the population of the request tables).
    public let all: [String]
    /// The decided requests (population of `decided_outcome` and of the median).
    public let decided: [String]
    public let narrowedAfterReply: [String]
    public let withdrawnAfterReply: [String]
    public let tables: [Table]
    /// Days from receipt to decision for each decided request, ascending.
    public let daysToDecision: [Int]
    /// The number of requests left out by contribution bounding (for the centre's own page; never published).
    public let excludedByContributionBound: Int

    public var total: Int { all.count }

    public func table(_ id: TableID) -> Table? { tables.first { $0.id == id } }

    /// The median of ``daysToDecision`` (the mean of the middle two, rounded half up, when even); nil when none.
    public var medianDaysToDecision: Int? {
        guard !daysToDecision.isEmpty else { return nil }
        let n = daysToDecision.count
        if n % 2 == 1 { return daysToDecision[n / 2] }
        return (daysToDecision[n / 2 - 1] + daysToDecision[n / 2] + 1) / 2
    }

    /// Tabulates the records received in `period`.
    ///
    /// - Parameters:
    ///   - records: the centre's records (any periods; those outside `period` are ignored). Validate them first
    ///     (``RequestStatRecord/decodeList(_:)`` does).
    ///   - vocabulary: the organisation names and check ids to list, chosen independently of the period.
    ///   - policy: only its contribution bound is used here.
    ///   - key: orders a survivor's requests deterministically when more than the bound fall on one day.
    public static func compute(records: [RequestStatRecord], period: Period, vocabulary: CategoryVocabulary,
                               policy: DisclosurePolicy = .v1, key: DisclosureKey) -> CentreTables {
        let inPeriod = records.filter { period.contains($0.received) }
        let (kept, excluded) = bound(inPeriod, max: policy.maxRequestsPerSurvivor, key: key)
        func ids(_ rs: [RequestStatRecord]) -> [String] { Array(Set(rs.map(\.requestID))).sorted() }
        func partition(_ id: TableID, _ rs: [RequestStatRecord], categories: [String],
                       _ category: (RequestStatRecord) -> String) -> Table {
            var groups: [String: [RequestStatRecord]] = [:]
            for r in rs { groups[category(r), default: []].append(r) }
            return Table(id: id, cells: categories.map { Cell(category: $0, recordIDs: ids(groups[$0] ?? [])) })
        }
        let decidedRecords = kept.filter { $0.decided != nil && $0.decidedOutcome != nil }
        let orgCategories = vocabulary.organisations + [StatisticsVocabulary.otherOrganisation, StatisticsVocabulary.organisationNotStated]
        let checkCategories = Array(Set(vocabulary.checks + kept.flatMap(\.checksTriggered))).sorted()
        let tables: [Table] = [
            partition(.requesterType, kept, categories: StatisticsVocabulary.requesterTypes) { $0.requesterType },
            partition(.requesterOrganisation, kept, categories: orgCategories) { vocabulary.organisationCategory(of: $0) },
            partition(.route, kept, categories: StatisticsVocabulary.routes) { $0.route },
            Table(id: .checkTriggered, cells: checkCategories.map { check in
                Cell(category: check, recordIDs: ids(kept.filter { $0.checksTriggered.contains(check) }))
            }),
            partition(.recommendedOutcome, kept, categories: StatisticsVocabulary.outcomes + [StatisticsVocabulary.notAssessed]) {
                $0.recommendedOutcome ?? StatisticsVocabulary.notAssessed
            },
            partition(.decidedOutcome, decidedRecords, categories: StatisticsVocabulary.outcomes) { $0.decidedOutcome! },
            partition(.survivorWishes, kept, categories: StatisticsVocabulary.survivorWishes) { $0.survivorWishes },
            partition(.notice, kept, categories: StatisticsVocabulary.notice) { $0.notice },
        ]
        return CentreTables(
            period: period, all: ids(kept), decided: ids(decidedRecords),
            narrowedAfterReply: ids(kept.filter(\.narrowedAfterReply)),
            withdrawnAfterReply: ids(kept.filter(\.withdrawnAfterReply)),
            tables: tables,
            daysToDecision: decidedRecords.map { $0.received.days(to: $0.decided!) }.sorted(),
            excludedByContributionBound: excluded)
    }

    /// Keeps at most `max` requests per survivor: the earliest received, ties broken by a keyed hash of the
    /// request id (so the choice is deterministic but not guessable from the ids).
    static func bound(_ records: [RequestStatRecord], max: Int?, key: DisclosureKey) -> ([RequestStatRecord], Int) {
        guard let max else { return (records, 0) }
        var bySurvivor: [String: [RequestStatRecord]] = [:]
        for r in records { bySurvivor[r.survivorID, default: []].append(r) }
        var kept: [RequestStatRecord] = []
        var excluded = 0
        for (_, rs) in bySurvivor {
            let ordered = rs.sorted {
                if $0.received != $1.received { return $0.received < $1.received }
                return key.orderingTag($0.requestID) < key.orderingTag($1.requestID)
            }
            kept += ordered.prefix(max)
            excluded += Swift.max(0, ordered.count - max)
        }
        return (kept, excluded)
    }
}

/// The tables of a centre's statistics, with their stable ids (used in returns and national tables).
public enum TableID: String, Sendable, Hashable, CaseIterable, Codable {
    case requesterType = "requester_type"
    case requesterOrganisation = "requester_organisation"
    case route
    case checkTriggered = "check_triggered"
    case recommendedOutcome = "recommended_outcome"
    case decidedOutcome = "decided_outcome"
    case survivorWishes = "survivor_wishes"
    case notice

    /// Whose counts the table breaks down.
    public var population: Population { self == .decidedOutcome ? .decidedRequests : .requests }

    /// A partition's cells add up to its population; `check_triggered` cells overlap.
    public var isPartition: Bool { self != .checkTriggered }

    /// A plain-English title for pages and CSV files.
    public var title: String {
        switch self {
        case .requesterType: return "Requests by who asked"
        case .requesterOrganisation: return "Requests by police force or organisation"
        case .route: return "Requests by route (legal basis)"
        case .checkTriggered: return "Requests by check the request fell short of (a request can fall short of several)"
        case .recommendedOutcome: return "Requests by recommended outcome"
        case .decidedOutcome: return "Decided requests by decided outcome"
        case .survivorWishes: return "Requests by the survivor's wishes"
        case .notice: return "Requests by whether the survivor was given notice"
        }
    }
}

/// What a table's cells are counts of.
public enum Population: String, Sendable, Hashable, Codable {
    case requests
    case decidedRequests = "decided_requests"
}
