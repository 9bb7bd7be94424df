import Foundation
import Vapor

/// The intake form's fields. It produces exactly the structure of a request file (spec/request-file.md), so a
/// request typed in, uploaded or pasted is assessed the same way.
struct RequestForm: Content {
    var clientReference: String?
    var document: String?
    var file: File?
    var jurisdiction: String?
    var receivedAt: String?
    var channel: String?
    var requesterType: String?
    var organisation: String?
    var requesterName: String?
    var requesterRole: String?
    var replyAddress: String?
    var identityVerified: String?
    var authorisationName: String?
    var authorisationRank: String?
    var legalBasis: String?
    var crimeReference: String?
    var caseStage: String?
    var incidentFrom: String?
    var incidentTo: String?
    var kinds: [String]?
    var recordsFrom: String?
    var recordsTo: String?
    var wholeFile: String?
    var scopeText: String?
    var reason: String?
    var letterText: String?
    var deadline: String?
    var urgentRiskToLife: String?
    var sendTo: String?
    var noticeGiven: String?
    var consent: String?
    var recordsHeld: String?
    var serviceKind: String?

    static let jurisdictions = [("GB-ENG-WLS", "England and Wales"), ("GB-SCT", "Scotland"), ("CA", "Canada"), ("AU-NSW", "New South Wales"), ("IE", "Ireland")]
    static let requesterTypes = ["police", "other_authorised_person", "cps", "prosecutor", "defence", "court", "survivor", "family_or_civil_party",
                                 "local_authority", "insurer", "employer", "parent_or_guardian", "health_or_social_care", "other"]
    static let channels = ["letter", "email", "secure-portal", "phone", "in-person", "court-service"]
    static let legalBases = ["victim-information-request", "consent", "witness-summons", "subpoena", "court-application", "court-order",
                             "production-order", "warrant", "safeguarding", "subject-access", "none-stated", "other"]
    static let kindsOfRecord = ["attendance", "counselling-notes", "isva-notes", "assessment", "safeguarding", "correspondence", "group-register",
                                "helpline-log", "referral", "contact-details", "worker-statement", "other-agency", "physical-item", "all"]
    static let stages = ["investigation", "pre-charge", "post-charge", "pre-trial", "trial", "sentencing", "appeal", "not-criminal"]
    static let notices = ["given", "not-given", "withheld", "not-possible", "unknown"]
    static let consents = ["given-specific", "given-blanket-form", "refused", "not-asked", "unknown"]
    static let sendTos = ["requester", "defence", "court", "other"]
    static let serviceKinds = ["counselling", "isva", "helpline", "sarc", "other"]

    /// The request document to assess: an uploaded file, else pasted text, else the form turned into JSON.
    func requestDocument() -> String {
        if let f = file, f.data.readableBytes > 0 { return String(buffer: f.data) }
        if let d = document, !d.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return d }
        return formJSON()
    }

    func formJSON() -> String {
        func t(_ s: String?) -> String? { let v = s?.trimmingCharacters(in: .whitespacesAndNewlines); return (v?.isEmpty ?? true) ? nil : v }
        func yesNo(_ s: String?) -> Bool? { s == "yes" ? true : s == "no" ? false : nil }
        var doc: [String: Any] = ["schema": "confide.request/v1", "jurisdiction": t(jurisdiction) ?? "GB-ENG-WLS"]
        doc["received_at"] = t(receivedAt)
        doc["channel"] = t(channel)
        var requester: [String: Any] = ["type": t(requesterType) ?? "other"]
        requester["organisation"] = t(organisation); requester["name"] = t(requesterName); requester["role"] = t(requesterRole)
        requester["reply_address"] = t(replyAddress); requester["identity_verified"] = yesNo(identityVerified)
        doc["requester"] = requester
        if t(authorisationName) != nil || t(authorisationRank) != nil {
            var a: [String: Any] = [:]; a["name"] = t(authorisationName); a["rank"] = t(authorisationRank); doc["authorisation"] = a
        }
        doc["legal_basis"] = t(legalBasis); doc["crime_reference"] = t(crimeReference); doc["case_stage"] = t(caseStage)
        if t(incidentFrom) != nil || t(incidentTo) != nil { var i: [String: Any] = [:]; i["from"] = t(incidentFrom); i["to"] = t(incidentTo); doc["incident"] = i }
        var scope: [String: Any] = [:]
        if let k = kinds, !k.isEmpty { scope["kinds"] = k }
        scope["from"] = t(recordsFrom); scope["to"] = t(recordsTo); scope["whole_file"] = yesNo(wholeFile); scope["scope_text"] = t(scopeText)
        if !scope.isEmpty { doc["records_sought"] = scope }
        doc["reason"] = t(reason); doc["letter_text"] = t(letterText)
        if let d = t(deadline) { doc["deadline"] = d.count == 10 ? d + "T17:00:00Z" : d }
        doc["urgent_risk_to_life"] = yesNo(urgentRiskToLife); doc["send_to"] = t(sendTo)
        var survivor: [String: Any] = [:]
        survivor["notice_given"] = t(noticeGiven); survivor["consent"] = t(consent)
        if !survivor.isEmpty { doc["survivor"] = survivor }
        doc["records_held"] = yesNo(recordsHeld)
        if let k = t(serviceKind) { doc["service"] = ["kind": k] }
        let data = (try? JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
