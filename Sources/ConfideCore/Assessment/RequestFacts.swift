/// Named facts computed from a request: date arithmetic and counts that a rulebook condition cannot express
/// as a simple field test. They are deliberately jurisdiction-neutral; which fact matters, and at what
/// threshold, is said in the rulebooks (`{fact: deadline_working_days, at_most: 3}`).
public enum RequestFacts {
    public enum Kind: Sendable { case boolean, integer }

    /// Every fact a rulebook may use, with what it means (shown by `rulebook show` and in Rulebooks/README.md).
    public static let catalogue: [(name: String, kind: Kind, meaning: String)] = [
        ("reason_stated", .boolean, "the request states a reason in words"),
        ("letter_stated", .boolean, "the letter or email text is present"),
        ("deadline_working_days", .integer, "working days from the day received to the deadline (same day = 0)"),
        ("deadline_calendar_days", .integer, "calendar days from the day received to the deadline"),
        ("records_start_before_incident", .boolean, "records_sought.from is before incident.from"),
        ("records_days_before_incident", .integer, "days from records_sought.from to incident.from"),
        ("records_days_after_incident", .integer,
         "days from the end of the incident to the end of the records sought (the day received if open-ended)"),
        ("records_span_days", .integer, "days from records_sought.from to records_sought.to (or the day received)"),
        ("records_open_ended", .boolean, "records_sought.from is given but no end date"),
        ("records_period_stated", .boolean, "records_sought gives a start or an end date"),
        ("records_reach_before_incident", .boolean,
         "the records sought can include records made before the incident: a start date before it, or a whole-file request with no start date where the service's records do not begin after it"),
        ("records_start_before_service_records", .boolean, "records_sought.from is before service.records_from"),
        ("return_date_days_after_receipt", .integer, "calendar days from the day received to court_order.return_date"),
        ("return_date_working_days", .integer, "working days from the day received to court_order.return_date"),
        ("previous_request_count", .integer, "number of earlier requests for the same records"),
        ("repeat_without_new_grounds", .boolean, "an earlier request exists and new grounds are not stated for this one"),
    ]

    static let kinds: [String: Kind] = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.name, $0.kind) })

    /// The value of a fact and a short explanation for evidence; nil when the request does not state enough.
    static func value(_ name: String, of request: RequestFile, calendar: WorkingDayCalendar) -> (RequestValue, String)? {
        func int(_ n: Int, _ why: String) -> (RequestValue, String) { (.integer(n), "\(name): \(n) (\(why))") }
        func bool(_ b: Bool, _ why: String) -> (RequestValue, String) { (.boolean(b), "\(name): \(b) (\(why))") }
        let received = request.date("received_at")
        let incidentFrom = request.date("incident.from")
        let incidentTo = request.date("incident.to") ?? incidentFrom
        let recordsFrom = request.date("records_sought.from")
        let recordsTo = request.date("records_sought.to")
        switch name {
        case "reason_stated":
            let stated = request.text("reason").map { $0.contains(where: { $0.isLetter }) } ?? false
            return bool(stated, stated ? "reason given" : "no reason given")
        case "letter_stated":
            let stated = request.text("letter_text").map { $0.contains(where: { $0.isLetter }) } ?? false
            return bool(stated, stated ? "letter text given" : "no letter text")
        case "deadline_working_days":
            guard let received, let deadline = request.date("deadline") else { return nil }
            return int(calendar.workingDays(after: received, through: deadline), "received \(received), deadline \(deadline)")
        case "deadline_calendar_days":
            guard let received, let deadline = request.date("deadline") else { return nil }
            return int(received.days(until: deadline), "received \(received), deadline \(deadline)")
        case "records_start_before_incident":
            guard let recordsFrom, let incidentFrom else { return nil }
            return bool(recordsFrom < incidentFrom, "records from \(recordsFrom), incident \(incidentFrom)")
        case "records_days_before_incident":
            guard let recordsFrom, let incidentFrom else { return nil }
            return int(recordsFrom.days(until: incidentFrom), "records from \(recordsFrom), incident \(incidentFrom)")
        case "records_days_after_incident":
            guard let incidentTo, let end = recordsTo ?? received else { return nil }
            return int(incidentTo.days(until: end), "incident to \(incidentTo), records to \(recordsTo.map(\.description) ?? "date of request")")
        case "records_span_days":
            guard let recordsFrom, let end = recordsTo ?? received else { return nil }
            return int(recordsFrom.days(until: end), "records \(recordsFrom) to \(recordsTo.map(\.description) ?? "date of request")")
        case "records_open_ended":
            guard let recordsFrom else { return nil }
            return bool(recordsTo == nil, recordsTo == nil ? "records from \(recordsFrom) with no end date" : "end date given")
        case "records_period_stated":
            let stated = recordsFrom != nil || recordsTo != nil
            return bool(stated, stated ? "a period is given" : "no period given")
        case "records_reach_before_incident":
            guard let incidentFrom else { return nil }
            if let recordsFrom {
                return bool(recordsFrom < incidentFrom, "records from \(recordsFrom), incident \(incidentFrom)")
            }
            let whole = request.boolean("records_sought.whole_file") == true
                || (request.words("records_sought.kinds")?.contains("all") ?? false)
            guard whole, recordsTo == nil || recordsTo! >= incidentFrom else {
                return bool(false, "no start date and not a whole-file request")
            }
            if let held = request.date("service.records_from"), held >= incidentFrom {
                return bool(false, "the service's records begin \(held), after the incident")
            }
            return bool(true, "whole file with no start date; incident \(incidentFrom)")
        case "records_start_before_service_records":
            guard let recordsFrom, let held = request.date("service.records_from") else { return nil }
            return bool(recordsFrom < held, "records sought from \(recordsFrom), held from \(held)")
        case "return_date_days_after_receipt":
            guard let received, let due = request.date("court_order.return_date") else { return nil }
            return int(received.days(until: due), "received \(received), return date \(due)")
        case "return_date_working_days":
            guard let received, let due = request.date("court_order.return_date") else { return nil }
            return int(calendar.workingDays(after: received, through: due), "received \(received), return date \(due)")
        case "previous_request_count":
            let n = request.previousRequests.count
            return int(n, n == 1 ? "one earlier request" : "\(n) earlier requests")
        case "repeat_without_new_grounds":
            let earlier = request.previousRequests
            guard !earlier.isEmpty else { return bool(false, "no earlier request") }
            let without = earlier.filter { $0["new_grounds"] != .boolean(true) }
            guard let first = without.first else { return bool(false, "new grounds stated") }
            var when = ""
            if case let .date(_, written)? = first["received_at"] { when = " of \(written)" }
            var outcome = ""
            if case let .word(w)? = first["outcome"] { outcome = ", answered \(w)" }
            return bool(true, "earlier request\(when)\(outcome); no new grounds stated")
        default:
            return nil
        }
    }
}
