import ConfideCore
import Fluent
import Foundation
import Plot
import Vapor

/// The centre's statistics page (manager, disclosure lead), the national dashboard and the charge-rate monitor
/// (published figures: no sign-in), and their CSV/JSON.
struct EvidencePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let staff = routes.grouped(RequireStaffMiddleware())
        staff.get("statistics", use: centre)
        staff.get("statistics", "return", use: download)
        staff.get("statistics", "tables.csv", use: centreCSV)
        routes.get("national", use: national)
        routes.get("national", "tables.csv", use: nationalCSV)
        routes.get("national", "tables.json", use: nationalJSON)
        routes.get("charge-rates", use: chargeRates)
        routes.get("charge-rates", "rates.csv", use: ratesCSV)
        routes.get("charge-rates", "rates.json", use: ratesJSON)
        routes.get("charge-rates", "per-recorded.csv", use: perRecordedCSV)
        routes.get("charge-rates", "per-recorded.json", use: perRecordedJSON)
    }

    func requireEvidenceReader(_ req: Request) throws -> StaffContext {
        let s = try req.requireStaff()
        guard s.role == .manager || s.role == .disclosureLead else { throw Abort(.forbidden, reason: "The centre's statistics are for the centre manager and the disclosure lead.") }
        return s
    }

    static func periods(now: Date = Date()) -> [Period] {
        let cal = Calendar(identifier: .gregorian)
        let y = cal.component(.year, from: now)
        var out: [Period] = []
        for year in [y, y - 1] {
            out.append(Period.year(year)!)
            for q in (1...4).reversed() { out.append(Period.quarter(year, q)!) }
        }
        return out
    }

    func selected(_ req: Request) throws -> Period {
        guard let text = try? req.query.get(String.self, at: "period") else { return Self.periods()[0] }
        do { return try Period.parse(text) } catch { throw ValidationFailure(problems: [("period", error.description)]) }
    }

    func tableNode(_ t: ProtectedStatistics.Table) -> Node<HTML.BodyContext> {
        .section(.h2(.text(t.id.title)),
            .unwrap(t.withheld) { .p(.class("hint"), .text($0)) },
            .unwrap(t.cells) { cells in
                .group(Charts.bars(cells.map { ($0.category, $0.count) }, title: t.id.title),
                       .table(.caption(.text(t.id.title)),.thead(.tr(.th(.text("Category")), .th(.text("Requests")))),
                              .tbody(.forEach(cells) { c in .tr(.td(.text(c.category)), .td(.text(String(c.count)))) })))
            })
    }

    /// The page's tables as CSV: only the protected figures, exactly as the page shows them.
    func centreCSV(_ req: Request) async throws -> Response {
        let s = try requireEvidenceReader(req)
        let period = try selected(req)
        let stats = try await CentreStatistics.protected(req.application, period: period)
        try await req.writeTransaction { [app = req.application] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "stats.export", object: "stats:\(period)", reason: "csv")
        }
        var csv = "period,table,category,count\n"
        csv += "\(period),counts,total_requests,\(stats.totalRequests)\n"
        for t in stats.tables {
            if let cells = t.cells { for c in cells { csv += "\(period),\(t.id.rawValue),\(CSVField.escape(c.category)),\(c.count)\n" } }
            else { csv += "\(period),\(t.id.rawValue),withheld,\n" }
        }
        let res = Response(status: .ok, body: .init(string: csv))
        res.headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"statistics-\(period).csv\"")
        return res
    }

    func centre(_ req: Request) async throws -> Response {
        let s = try requireEvidenceReader(req)
        let period = try selected(req)
        let stats = try await CentreStatistics.protected(req.application, period: period)
        try await req.writeTransaction { [app = req.application] db in
            try await AuditLog.append(on: db, app: app, actor: s.actor, action: "stats.view", object: "stats:\(period)")
        }
        return Layout.render(Layout.page("Statistics", staff: s,
            .p(.text("Counted from requests and decisions only, never from what the records say. Every count is rounded to a multiple of 5 (the direction fixed by a keyed hash of the requests in the cell), a breakdown is shown only for groups of 15 or more, and the median only for 15 or more decided requests, so no small number can be worked out — not even together with the national tables.")),
            .form(.action("/statistics"), .method(.get),
                  .label(.for("period"), .text("Period")),
                  .select(.attribute(named: "name", value: "period"), .attribute(named: "id", value: "period"),
                          .forEach(Self.periods()) { Layout.option($0.description, $0.description, selected: $0 == period) }),
                  .button(.type(.submit), .class("secondary"), .text("Show"))),
            .dl(.dt(.text("Requests")), .dd(.text(String(stats.totalRequests))),
                .dt(.text("Decided")), .dd(.text(stats.decidedRequests.map(String.init) ?? "withheld")),
                .dt(.text("Narrowed after our reply")), .dd(.text(stats.narrowedAfterReply.map(String.init) ?? "withheld")),
                .dt(.text("Withdrawn after our reply")), .dd(.text(stats.withdrawnAfterReply.map(String.init) ?? "withheld")),
                .dt(.text("Median days to decision")), .dd(.text(stats.medianDaysToDecision.map(String.init) ?? "withheld"))),
            .p(.a(.href("/statistics/tables.csv?period=\(period)"), .text("Download these tables (CSV, after disclosure control)"))),
            .if(s.role == .manager, .p(.a(.class("button"), .href("/statistics/return?period=\(period)"), .text("Download the signed return for the national hub")))),
            .forEach(stats.tables) { tableNode($0) }))
    }

    func download(_ req: Request) async throws -> Response {
        let s = try req.requireStaff()
        guard s.role == .manager else { throw Abort(.forbidden, reason: "Only the centre manager sends the centre's statistical return.") }
        if let confirm = try req.recentAuthRedirect() { return confirm }
        let period = try selected(req)
        let data = try await CentreStatistics.signedReturn(req.application, period: period, actor: s.actor)
        let res = Response(status: .ok, body: .init(data: data))
        res.headers.contentType = .json
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(req.application.confide.centreID)-\(period).json\"")
        return res
    }

    func national(_ req: Request) async throws -> Response {
        let all = try await Hub.national(req.db).sorted { $0.period < $1.period }
        let latest = all.last
        let quarters = all.filter { $0.period.description.contains("-Q") }
        let trend = NationalTables.trend(quarters, table: nil, category: "total_requests")
        return Layout.render(Layout.page("National picture", staff: req.staff,
            .p(.text("Requests for survivors' records across the centres that send returns, from their signed, disclosure-controlled statistics. Download: "),
               .a(.href("/national/tables.csv"), .text("CSV")), .text(" · "), .a(.href("/national/tables.json"), .text("JSON")), .text(".")),
            .if(all.isEmpty, .p(.text("No returns have been imported yet."))),
            .if(!quarters.isEmpty, .group(.h2(.text("Requests by quarter")),
                                          Charts.line(trend.map { ($0.period.description, $0.count.map(Double.init)) }, title: "Requests by quarter, all centres",
                                                      yLabel: "Requests (rounded to 5)"),
                                          Charts.dataTable("Requests by quarter, all centres", columns: ("Quarter", "Requests"),
                                                           rows: trend.map { ($0.period.description, $0.count.map(String.init) ?? "—") }))),
            .unwrap(latest) { n in
                .group(.h2(.text("\(n.period.description): \(n.centres.count) centre\(n.centres.count == 1 ? "" : "s")")),
                       .forEach(n.tables) { t in
                           .section(.h3(.text(t.id.title)),
                                    .unwrap(t.cells) { cells in .group(Charts.bars(cells.map { ($0.category, $0.count) }, title: t.id.title),
                                                                       Charts.dataTable(t.id.title, columns: ("Category", "Requests"),
                                                                                        rows: cells.map { ($0.category, String($0.count)) })) })
                       })
            },
            .p(.a(.href("/charge-rates"), .text("Charge rates for rape, beside these figures")))))
    }

    func nationalCSV(_ req: Request) async throws -> Response {
        let all = try await Hub.national(req.db)
        let res = Response(status: .ok, body: .init(string: NationalTables.csvHeader + all.flatMap(\.csvRows).joined()))
        res.headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        return res
    }

    func nationalJSON(_ req: Request) async throws -> Response {
        let all = try await Hub.national(req.db)
        let res = Response(status: .ok, body: .init(string: "[" + all.map(\.jsonText).joined(separator: ",\n") + "]\n"))
        res.headers.contentType = .json
        return res
    }

    /// A financial-year quarter (April–June is Q1) as the calendar quarter the request statistics use.
    static func calendarQuarter(_ financialYear: String?, _ quarter: String?) -> String? {
        guard let fy = financialYear, let start = Int(fy.prefix(4)), let q = quarter.flatMap({ Int($0.dropFirst()) }), (1...4).contains(q) else { return nil }
        return q == 4 ? "\(start + 1)-Q1" : "\(start)-Q\(q + 1)"
    }

    func chargeRates(_ req: Request) async throws -> Response {
        let rows = try await ChargeRateData.rows(req.db)
        let byForceQuarter = ChargeRates.compute(rows, by: [.force, .year, .quarter], basis: .closed)
        let byQuarter = ChargeRates.compute(rows, by: [.year, .quarter], basis: .closed)
        let perRecorded = RecordedRapeRates.compute(byQuarter, outcomes: rows, recorded: try await ChargeRateData.recorded(req.db))
        let national = NationalTables.trend(try await Hub.national(req.db).filter { $0.period.description.contains("-Q") }, table: nil, category: "total_requests")
        let requests = Dictionary(national.map { ($0.period.description, $0.count) }, uniquingKeysWith: { a, _ in a })
        let perRecordedByQuarter = Dictionary(perRecorded.rows.map { (($0.financialYear ?? "") + " " + ($0.quarter ?? ""), $0) }, uniquingKeysWith: { a, _ in a })
        let beside: [(String, String, String, String, String)] = byQuarter.rows.map { r in
            let key = (r.financialYear ?? "") + " " + (r.quarter ?? "")
            let cal = Self.calendarQuarter(r.financialYear, r.quarter) ?? ""
            let rate = r.chargeRate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
            let pr = perRecordedByQuarter[key]
            let per = pr?.chargesPerRecordedRape.map { String(format: "%.1f", $0 * 100) } ?? "—"
            let req = requests[cal].flatMap { $0 }.map(String.init) ?? "—"
            return (key, cal, rate, per + (pr?.recorded.map { " (of \($0) recorded)" } ?? ""), req)
        }
        return Layout.render(Layout.page("Charge rates for rape", staff: req.staff,
            .p(.text(ChargeRates.definition(basis: .closed))),
            .p(.text("Source: Home Office crime outcomes open data, offence codes 19C–19H. Download: "),
               .a(.href("/charge-rates/rates.csv"), .text("CSV")), .text(" · "), .a(.href("/charge-rates/rates.json"), .text("JSON")), .text(".")),
            .if(rows.isEmpty, .p(.text("No outcomes data has been imported yet (`confide outcomes import FILE`)."))),
            .if(!rows.isEmpty, .group(
                .h2(.text("England and Wales, by quarter")),
                Charts.line(quarterPoints(byQuarter), title: "Charge rate for rape by quarter, per cent", xLabel: "Financial year and quarter",
                            yLabel: "Charged, % of outcomes", format: { String(format: "%.1f%%", $0) }),
                Charts.dataTable("Charge rate for rape by quarter", columns: ("Quarter", "Charge rate"),
                                 rows: quarterPoints(byQuarter).map { ($0.0, $0.1.map { String(format: "%.1f%%", $0) } ?? "—") }),
                .h2(.text("Beside the requests for survivors' records")),
                .p(.text("Each quarter's charge rate and charges per 100 recorded rapes (England and Wales), beside the requests for survivors' records that centres reported to the national hub for the same three months (financial-year quarters run April–June = Q1; the requests column uses calendar quarters). A dash means no figure: no recorded-crime table or no returns for that quarter.")),
                .p(.class("hint"), .text(RecordedRapeRates.definition(basis: .closed))),
                .table(.caption(.text("Charge rates and requests for records, by quarter")),
                       .thead(.tr(.th(.text("Financial quarter")), .th(.text("Calendar quarter")), .th(.text("Charge rate")),
                                  .th(.text("Charges per 100 recorded rapes")), .th(.text("Requests for records (all centres)")))),
                       .tbody(.forEach(beside) { b in .tr(.td(.text(b.0)), .td(.text(b.1)), .td(.text(b.2)), .td(.text(b.3)), .td(.text(b.4))) })),
                .p(.text("Download charges per recorded rape: "), .a(.href("/charge-rates/per-recorded.csv"), .text("CSV")), .text(" · "),
                   .a(.href("/charge-rates/per-recorded.json"), .text("JSON")), .text(".")),
                .h2(.text("By force and quarter")),
                .table(.thead(.tr(.th(.text("Force")), .th(.text("Year")), .th(.text("Quarter")), .th(.text("Outcomes assigned")), .th(.text("Charged")),
                                  .th(.text("Charge rate")), .th(.text("Victim does not support (14, 16)")), .th(.text("No suspect identified (18)")))),
                       .tbody(.forEach(byForceQuarter.rows) { rateRow($0) })))),
            .p(.a(.href("/national"), .text("Requests for survivors' records, national picture")))))
    }

    func quarterPoints(_ r: ChargeRates) -> [(String, Double?)] {
        r.rows.map { row in
            let label: String = (row.financialYear ?? "") + " " + (row.quarter ?? "")
            let value: Double? = row.chargeRate.map { $0 * 100 }
            return (label, value)
        }
    }

    func rateRow(_ r: ChargeRates.Row) -> Node<HTML.TableContext> {
        func n(_ v: Int?) -> String { v.map(String.init) ?? "—" }
        let rate: String = r.chargeRate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
        let cells: [Node<HTML.TableRowContext>] = [.td(.text(r.force ?? "")), .td(.text(r.financialYear ?? "")), .td(.text(r.quarter ?? "")),
                                                    .td(.text(n(r.assigned))), .td(.text(n(r.charged))), .td(.text(rate)),
                                                    .td(.text(n(r.victimDoesNotSupport))), .td(.text(n(r.noSuspectIdentified)))]
        return .tr(.group(cells))
    }

    func rates(_ req: Request) async throws -> ChargeRates {
        let by = (try? req.query.get(String.self, at: "by")) ?? "force,quarter"
        let basis = OutcomesBasis(rawValue: (try? req.query.get(String.self, at: "basis")) ?? "closed") ?? .closed
        let grouping: [OutcomesGrouping]
        do { grouping = try OutcomesGrouping.parseList(by) } catch { throw ValidationFailure(problems: [("by", error.description)]) }
        return ChargeRates.compute(try await ChargeRateData.rows(req.db), by: grouping, basis: basis)
    }

    func ratesCSV(_ req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: try await rates(req).csv))
        res.headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        return res
    }

    func perRecorded(_ req: Request) async throws -> RecordedRapeRates {
        let by = (try? req.query.get(String.self, at: "by")) ?? "force,quarter"
        let basis = OutcomesBasis(rawValue: (try? req.query.get(String.self, at: "basis")) ?? "closed") ?? .closed
        let grouping: [OutcomesGrouping]
        do { grouping = try OutcomesGrouping.parseList(by) } catch { throw ValidationFailure(problems: [("by", error.description)]) }
        return try await ChargeRateData.perRecorded(req.db, by: grouping, basis: basis)
    }

    func perRecordedCSV(_ req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: try await perRecorded(req).csv))
        res.headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        return res
    }

    func perRecordedJSON(_ req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: try await perRecorded(req).json))
        res.headers.contentType = .json
        return res
    }

    func ratesJSON(_ req: Request) async throws -> Response {
        let res = Response(status: .ok, body: .init(string: try await rates(req).json))
        res.headers.contentType = .json
        return res
    }
}
