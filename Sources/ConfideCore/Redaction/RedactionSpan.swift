/// The kinds of personal data `confide redact suggest` proposes to remove (spec/redaction.md).
public enum RedactionLabel: String, Sendable, CaseIterable, Codable {
    case person = "PERSON"
    case address = "ADDRESS"
    case postcode = "POSTCODE"
    case phone = "PHONE"
    case email = "EMAIL"
    case dateOfBirth = "DATE_OF_BIRTH"
    case nhsNumber = "NHS_NUMBER"
    case niNumber = "NI_NUMBER"
    case crimeReference = "CRIME_REF"
    case vehicleRegistration = "VEHICLE_REG"
    case organisation = "ORGANISATION"
    case onlineHandle = "ONLINE_HANDLE"
    case bankDetails = "BANK_DETAILS"
}

/// One suggested redaction. Offsets count Unicode code points from 0 (Python `str` indices); `end` is exclusive.
public struct RedactionSpan: Sendable, Equatable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var label: RedactionLabel
    /// How sure the detector is, 0...1: a checked NHS number scores higher than a capitalised word.
    public var score: Double

    public init(start: Int, end: Int, label: RedactionLabel, score: Double) {
        self.start = start
        self.end = end
        self.label = label
        self.score = score
    }
}

/// A detector's proposal before overlaps are resolved, in UTF-16 offsets (what NSRegularExpression reports).
struct RedactionCandidate: Sendable, Equatable {
    var range: Range<Int>
    var label: RedactionLabel
    var score: Double
    /// Breaks overlaps: structured identifiers beat addresses and organisations, which beat names.
    var priority: Int

    init(_ range: Range<Int>, _ label: RedactionLabel, score: Double, priority: Int? = nil) {
        self.range = range
        self.label = label
        self.score = score
        self.priority = priority ?? RedactionCandidate.defaultPriority(label)
    }

    static func defaultPriority(_ label: RedactionLabel) -> Int {
        switch label {
        case .email, .onlineHandle: return 90
        case .nhsNumber, .niNumber, .bankDetails, .phone: return 80
        case .postcode, .vehicleRegistration, .crimeReference, .dateOfBirth: return 70
        case .organisation: return 60
        case .address: return 55
        case .person: return 50
        }
    }
}
