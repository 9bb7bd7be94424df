import Foundation

/// Reads one rulebook file and validates it completely before it is used.
///
/// Every reference is checked at load: check ids in the decision order, field names and values against the
/// request contract, fact and signal names, ranks, outcomes, severities, citation statuses, phrase syntax and
/// regular expressions (which are compiled here, once). Problems are collected with their line numbers.
public enum RulebookLoader {
    public static func load(file url: URL) throws(RulebookLoadFailure) -> (Rulebook, [RulebookProblem]) {
        let name = url.path
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw RulebookLoadFailure(problems: [RulebookProblem(file: name, line: 0, message: "cannot read the file as UTF-8 text")])
        }
        return try load(text: text, file: name)
    }

    public static func load(text: String, file: String) throws(RulebookLoadFailure) -> (Rulebook, [RulebookProblem]) {
        var reader = Reader(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLDocument.parse(text)
        } catch {
            throw RulebookLoadFailure(problems: [RulebookProblem(file: file, line: error.line, message: error.message)])
        }
        guard let root, root.mappingPairs != nil else {
            throw RulebookLoadFailure(problems: [RulebookProblem(file: file, line: root?.line ?? 1,
                                                                 message: "a rulebook must be a mapping of fields")])
        }
        let rulebook = reader.rulebook(root)
        let errors = reader.problems.filter { $0.level == .error }
        if !errors.isEmpty || rulebook == nil {
            throw RulebookLoadFailure(problems: reader.problems.filter { $0.level == .error })
        }
        return (rulebook!, reader.problems.filter { $0.level == .warning })
    }

    private struct Reader {
        let file: String
        var problems: [RulebookProblem] = []
        var ranks = RankLadder(ranks: [])
        var signals: [String: TextSignal] = [:]
        var signalLines: [String: Int] = [:]
        var signalReferences: [(String, Int)] = []
        var checkReferences: [(String, Int)] = []

        init(file: String) {
            self.file = file
        }

        mutating func error(_ line: Int, _ message: String) {
            problems.append(RulebookProblem(file: file, line: line, message: message))
        }

        mutating func warning(_ line: Int, _ message: String) {
            problems.append(RulebookProblem(file: file, line: line, message: message, level: .warning))
        }

        mutating func keys(_ node: YAMLNode, allowed: Set<String>, context: String) {
            for pair in node.mappingPairs ?? [] where !allowed.contains(pair.key) {
                error(pair.keyLine, "unknown key '\(pair.key)' in \(context) (expected one of \(allowed.sorted().joined(separator: ", ")))")
            }
        }

        mutating func text(_ node: YAMLNode, _ key: String, context: String, required: Bool = true) -> String? {
            guard let value = node.value(for: key), !value.isNull else {
                if required { error(node.line, "\(context) has no \(key)") }
                return nil
            }
            guard let s = value.scalarText else {
                error(value.line, "\(key) in \(context) must be text, found \(value.kindDescription)")
                return nil
            }
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty, required { error(value.line, "\(key) in \(context) is empty") }
            return trimmed
        }

        mutating func stringList(_ node: YAMLNode?, context: String) -> [String] {
            guard let node, !node.isNull else { return [] }
            guard let items = node.sequenceItems else {
                error(node.line, "\(context) must be a list")
                return []
            }
            var out: [String] = []
            for item in items {
                guard let s = item.scalarText, item.yamlBoolean == nil else {
                    error(item.line, "\(context): each item must be a word or text, found \(item.kindDescription)")
                    continue
                }
                out.append(s)
            }
            return out
        }

        // MARK: Rulebook

        mutating func rulebook(_ root: YAMLNode) -> Rulebook? {
            keys(root, allowed: ["jurisdiction", "name", "version", "law_as_at", "sources", "open_items", "working_days",
                                 "ranks", "signals", "checks", "decision_order", "also"], context: "the rulebook")
            let jurisdiction = text(root, "jurisdiction", context: "the rulebook") ?? ""
            if !jurisdiction.isEmpty, !RequestSchema.jurisdictions.contains(jurisdiction) {
                error(root.value(for: "jurisdiction")?.line ?? 1,
                      "unknown jurisdiction '\(jurisdiction)' (expected one of \(RequestSchema.jurisdictions.joined(separator: ", ")))")
            }
            let name = text(root, "name", context: "the rulebook") ?? ""
            let version = text(root, "version", context: "the rulebook") ?? ""
            let lawAsAt = text(root, "law_as_at", context: "the rulebook") ?? ""
            let sources = citations(root.value(for: "sources"), context: "the rulebook", line: root.line)
            let openItems = stringList(root.value(for: "open_items"), context: "open_items")
            let calendar = workingDays(root.value(for: "working_days"))
            ranks = rankLadder(root.value(for: "ranks"))

            // Signals first (rulebook-wide and per check), so conditions anywhere can name them.
            if let node = root.value(for: "signals") { defineSignals(node, context: "signals") }
            let checkNodes = root.value(for: "checks")?.sequenceItems ?? []
            if root.value(for: "checks")?.sequenceItems == nil {
                error(root.line, "the rulebook has no list of checks")
            }
            for node in checkNodes {
                if let s = node.value(for: "signals") { defineSignals(s, context: "signals of a check") }
            }

            var checks: [Check] = []
            var seen: [String: Int] = [:]
            for node in checkNodes {
                guard node.mappingPairs != nil else {
                    error(node.line, "each check must be a mapping")
                    continue
                }
                guard let check = check(node) else { continue }
                if let earlier = seen[check.id] {
                    error(check.line, "duplicate check id \(check.id) (first defined at line \(earlier))")
                }
                seen[check.id] = check.line
                checks.append(check)
            }

            let steps = decisionOrder(root.value(for: "decision_order"), rootLine: root.line)
            let also = alsoRules(root.value(for: "also"))

            // Resolve references now that everything is defined.
            let ids = Set(checks.map(\.id))
            for (id, line) in checkReferences where !ids.contains(id) {
                error(line, "unknown check id '\(id)'")
            }
            for (name, line) in signalReferences where signals[name] == nil {
                error(line, "unknown signal '\(name)'")
            }
            let afterDecision = Set(checks.filter(\.afterDecision).map(\.id))
            for step in steps {
                let used = step.when?.referencedChecks.intersection(afterDecision) ?? []
                if !used.isEmpty {
                    error(step.line, "decision step '\(step.name)' uses \(used.sorted().joined(separator: ", ")), which is only tested after the decision")
                }
            }
            for check in checks where !check.afterDecision && check.conditions.usesFindings {
                let later = check.conditions.referencedChecks.intersection(afterDecision)
                if !later.isEmpty { error(check.line, "\(check.id) refers to after-decision checks \(later.sorted().joined(separator: ", "))") }
            }

            return Rulebook(jurisdiction: jurisdiction, name: name, version: version, lawAsAt: lawAsAt, sources: sources,
                            checks: checks, signals: signals, ranks: ranks, calendar: calendar,
                            decisionOrder: steps, also: also, openItems: openItems, file: file)
        }

        mutating func citations(_ node: YAMLNode?, context: String, line: Int) -> [Citation] {
            guard let node, let items = node.sequenceItems, !items.isEmpty else {
                error(node?.line ?? line, "\(context) has no sources: every rule needs a citation")
                return []
            }
            var out: [Citation] = []
            for item in items {
                guard item.mappingPairs != nil else {
                    error(item.line, "a source must be a mapping with cite and status")
                    continue
                }
                keys(item, allowed: ["cite", "status", "verification_needed"], context: "a source")
                guard let cite = text(item, "cite", context: "a source of \(context)") else { continue }
                let statusText = text(item, "status", context: "the source '\(cite)'") ?? ""
                guard let status = CitationStatus(rawValue: statusText) else {
                    if !statusText.isEmpty {
                        error(item.value(for: "status")?.line ?? item.line,
                              "unknown citation status '\(statusText)' (expected found, secondary or recalled)")
                    }
                    continue
                }
                let note = text(item, "verification_needed", context: "a source", required: false)
                out.append(Citation(cite: cite, status: status, verificationNeeded: note))
            }
            return out
        }

        mutating func workingDays(_ node: YAMLNode?) -> WorkingDayCalendar {
            guard let node, !node.isNull else { return .weekendsOnly }
            keys(node, allowed: ["holidays", "extra_closed_days"], context: "working_days")
            let word = text(node, "holidays", context: "working_days", required: false) ?? "none"
            guard let holidays = WorkingDayCalendar.Holidays(rawValue: word) else {
                error(node.value(for: "holidays")?.line ?? node.line,
                      "unknown holidays '\(word)' (expected \(WorkingDayCalendar.Holidays.allCases.map(\.rawValue).joined(separator: " or ")))")
                return .weekendsOnly
            }
            var extra = Set<CalendarDay>()
            for item in node.value(for: "extra_closed_days")?.sequenceItems ?? [] {
                if let s = item.scalarText, let day = CalendarDay.parse(s) { extra.insert(day) } else {
                    error(item.line, "extra_closed_days: '\(item.scalarText ?? "")' is not a date (YYYY-MM-DD)")
                }
            }
            return WorkingDayCalendar(holidays: holidays, extraClosedDays: extra)
        }

        mutating func rankLadder(_ node: YAMLNode?) -> RankLadder {
            guard let node, !node.isNull else { return RankLadder(ranks: []) }
            guard let items = node.sequenceItems else {
                error(node.line, "ranks must be a list")
                return RankLadder(ranks: [])
            }
            var out: [RankLadder.Rank] = []
            for item in items {
                keys(item, allowed: ["rank", "level", "aliases"], context: "a rank")
                guard let name = text(item, "rank", context: "a rank") else { continue }
                guard let levelText = item.value(for: "level")?.scalarText, let level = Int(levelText) else {
                    error(item.line, "rank '\(name)' needs a whole-number level")
                    continue
                }
                var aliases = [RankLadder.words(name)]
                for alias in stringList(item.value(for: "aliases"), context: "aliases of \(name)") {
                    aliases.append(RankLadder.words(alias))
                }
                out.append(RankLadder.Rank(name: name, level: level, aliases: aliases))
            }
            return RankLadder(ranks: out)
        }

        // MARK: Signals

        mutating func defineSignals(_ node: YAMLNode, context: String) {
            guard let pairs = node.mappingPairs else {
                error(node.line, "\(context) must be a mapping of signal names to definitions")
                return
            }
            for pair in pairs {
                if let earlier = signalLines[pair.key] {
                    error(pair.keyLine, "duplicate signal '\(pair.key)' (first defined at line \(earlier))")
                    continue
                }
                signalLines[pair.key] = pair.keyLine
                if let signal = signal(named: pair.key, pair.value) { signals[pair.key] = signal }
            }
        }

        mutating func signal(named name: String, _ node: YAMLNode) -> TextSignal? {
            guard node.mappingPairs != nil else {
                error(node.line, "signal '\(name)' must be a mapping")
                return nil
            }
            keys(node, allowed: ["description", "in", "phrases", "patterns", "negation", "ignore_reported_speech"],
                 context: "signal '\(name)'")
            let description = text(node, "description", context: "signal '\(name)'") ?? name
            var fields = stringList(node.value(for: "in"), context: "in: of signal '\(name)'")
            if fields.isEmpty { fields = ["reason", "letter_text"] }
            for field in fields where RequestSchema.fields[field] != .text {
                error(node.value(for: "in")?.line ?? node.line,
                      "signal '\(name)': '\(field)' is not a text field of a request")
            }
            var phrases: [PhrasePattern] = []
            for item in node.value(for: "phrases")?.sequenceItems ?? [] {
                guard let s = item.scalarText, item.yamlBoolean == nil else {
                    error(item.line, "signal '\(name)': a phrase must be text")
                    continue
                }
                do { phrases.append(try PhrasePattern(s)) } catch { self.error(item.line, "signal '\(name)': bad phrase: \(error.message)") }
            }
            var patterns: [NSRegularExpressionBox] = []
            for item in node.value(for: "patterns")?.sequenceItems ?? [] {
                guard let s = item.scalarText else {
                    error(item.line, "signal '\(name)': a pattern must be text")
                    continue
                }
                do {
                    patterns.append(NSRegularExpressionBox(regex: try NSRegularExpression(pattern: s, options: [.caseInsensitive])))
                } catch {
                    self.error(item.line, "signal '\(name)': bad pattern '\(s)': not a valid regular expression")
                }
            }
            if phrases.isEmpty, patterns.isEmpty,
               node.value(for: "phrases")?.sequenceItems == nil, node.value(for: "patterns")?.sequenceItems == nil {
                error(node.line, "signal '\(name)' has no phrases or patterns")
            }
            let negation = flag(node, "negation", default: true)
            let reported = flag(node, "ignore_reported_speech", default: false)
            return TextSignal(name: name, description: description, fields: fields, respectsNegation: negation,
                              ignoresReportedSpeech: reported, phrases: phrases, patterns: patterns)
        }

        mutating func flag(_ node: YAMLNode, _ key: String, default value: Bool) -> Bool {
            guard let v = node.value(for: key) else { return value }
            guard let b = v.yamlBoolean else {
                error(v.line, "\(key) must be true or false")
                return value
            }
            return b
        }

        // MARK: Checks

        mutating func check(_ node: YAMLNode) -> Check? {
            keys(node, allowed: ["id", "key", "title", "severity", "applies_to", "applies_when", "conditions", "signals",
                                 "sources", "verification_needed", "reply", "for_survivor", "suggested_outcome"],
                 context: "a check")
            guard let id = text(node, "id", context: "a check") else { return nil }
            let context = "check \(id)"
            let key = text(node, "key", context: context, required: false)
            let title = text(node, "title", context: context) ?? ""
            let severityText = text(node, "severity", context: context) ?? ""
            let severity = Severity(rawValue: severityText)
            if severity == nil, !severityText.isEmpty {
                error(node.value(for: "severity")?.line ?? node.line,
                      "\(context): unknown severity '\(severityText)' (expected \(Severity.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var appliesTo: Set<String>? = nil
            if let a = node.value(for: "applies_to") {
                let types = stringList(a, context: "applies_to of \(id)")
                for t in types where !RequestSchema.requesterTypes.contains(t) {
                    error(a.line, "\(context): unknown requester type '\(t)' in applies_to")
                }
                appliesTo = Set(types)
            }
            let appliesWhen = node.value(for: "applies_when").flatMap { condition($0, allowFindings: false) }
            var conditions: Condition? = nil
            if let c = node.value(for: "conditions") {
                conditions = condition(c, allowFindings: true)
            } else {
                error(node.line, "\(context) has no conditions")
            }
            let sources = citations(node.value(for: "sources"), context: context, line: node.line)
            let verification = text(node, "verification_needed", context: context, required: false)
            let reply = text(node, "reply", context: context) ?? ""
            let forSurvivor = text(node, "for_survivor", context: context) ?? ""
            var suggested: Outcome? = nil
            if let s = text(node, "suggested_outcome", context: context, required: false) {
                suggested = Outcome(rawValue: s)
                if suggested == nil {
                    error(node.value(for: "suggested_outcome")!.line, "\(context): unknown outcome '\(s)'")
                }
            }
            let unverified = sources.filter { ($0.status == .recalled) && $0.verificationNeeded == nil }
            if !unverified.isEmpty, verification == nil {
                warning(node.line, "\(context) relies on a recalled source without saying what must be verified (verification_needed)")
            }
            guard let severity, let conditions else { return nil }
            let after = conditions.usesOutcome || (appliesWhen?.usesOutcome ?? false)
            let signalNames = node.value(for: "signals")?.mappingPairs?.map(\.key) ?? []
            return Check(id: id, key: key, title: title, severity: severity, appliesTo: appliesTo, appliesWhen: appliesWhen,
                         conditions: conditions, sources: sources, reply: reply, forSurvivor: forSurvivor,
                         verificationNeeded: verification, suggestedOutcome: suggested, signalNames: signalNames,
                         line: node.line, afterDecision: after)
        }

        // MARK: Decision order

        mutating func decisionOrder(_ node: YAMLNode?, rootLine: Int) -> [DecisionStep] {
            guard let node, let items = node.sequenceItems, !items.isEmpty else {
                error(node?.line ?? rootLine, "the rulebook has no decision_order")
                return []
            }
            var steps: [DecisionStep] = []
            for (index, item) in items.enumerated() {
                keys(item, allowed: ["step", "when", "outcome", "otherwise"], context: "a decision step")
                let name = text(item, "step", context: "a decision step", required: false) ?? "step \(index + 1)"
                if let otherwise = text(item, "otherwise", context: "a decision step", required: false) {
                    guard let outcome = Outcome(rawValue: otherwise) else {
                        error(item.value(for: "otherwise")!.line, "unknown outcome '\(otherwise)' (expected \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
                        continue
                    }
                    if index != items.count - 1 { error(item.line, "the otherwise step must be the last step of decision_order") }
                    steps.append(DecisionStep(name: name, when: nil, outcome: outcome, line: item.line, summary: "otherwise"))
                    continue
                }
                guard let whenNode = item.value(for: "when") else {
                    error(item.line, "decision step '\(name)' needs when: and outcome:, or otherwise:")
                    continue
                }
                let when = condition(whenNode, allowFindings: true, allowOutcome: false)
                let outcomeText = text(item, "outcome", context: "decision step '\(name)'") ?? ""
                guard let outcome = Outcome(rawValue: outcomeText) else {
                    if !outcomeText.isEmpty {
                        error(item.value(for: "outcome")!.line, "unknown outcome '\(outcomeText)' (expected \(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    continue
                }
                if let when { steps.append(DecisionStep(name: name, when: when, outcome: outcome, line: item.line, summary: when.summary)) }
            }
            if let last = items.last, last.value(for: "otherwise") == nil {
                error(last.line, "decision_order must end with an otherwise: step, so that every request gets an outcome")
            }
            return steps
        }

        mutating func alsoRules(_ node: YAMLNode?) -> [AlsoRule] {
            guard let node, !node.isNull else { return [] }
            guard let items = node.sequenceItems else {
                error(node.line, "also must be a list")
                return []
            }
            var out: [AlsoRule] = []
            for item in items {
                keys(item, allowed: ["when", "add"], context: "an also rule")
                let addText = text(item, "add", context: "an also rule") ?? ""
                let outcome = Outcome(rawValue: addText)
                if outcome == nil, !addText.isEmpty { error(item.value(for: "add")!.line, "unknown outcome '\(addText)'") }
                guard let whenNode = item.value(for: "when") else {
                    error(item.line, "an also rule needs when:")
                    continue
                }
                if let when = condition(whenNode, allowFindings: true, allowOutcome: true), let outcome {
                    out.append(AlsoRule(when: when, add: outcome, line: item.line, summary: when.summary))
                }
            }
            return out
        }

        // MARK: Conditions

        static let combinators: Set<String> = ["all", "any", "not", "always", "field", "fact", "signal", "finding",
                                               "finding_any", "finding_severity", "outcome_in"]
        static let operators: Set<String> = ["is", "in", "missing", "contains", "contains_any", "only", "before", "after",
                                             "before_date", "after_date", "less_than", "at_most", "greater_than",
                                             "at_least", "matches", "rank_below", "rank_unrecognised"]

        mutating func condition(_ node: YAMLNode, allowFindings: Bool, allowOutcome: Bool = true) -> Condition? {
            guard let pairs = node.mappingPairs, !pairs.isEmpty else {
                error(node.line, "a condition must be a mapping such as {field: reason, missing: true}")
                return nil
            }
            let heads = pairs.filter { Reader.combinators.contains($0.key) }
            guard heads.count == 1, let head = heads.first else {
                error(node.line, heads.isEmpty
                      ? "a condition needs one of \(Reader.combinators.sorted().joined(separator: ", ")); found \(pairs.map(\.key).joined(separator: ", "))"
                      : "a condition can have only one of \(heads.map(\.key).joined(separator: ", "))")
                return nil
            }
            let value = head.value
            switch head.key {
            case "all", "any":
                if pairs.count > 1 { error(node.line, "\(head.key): takes a list and nothing else") }
                guard let items = value.sequenceItems, !items.isEmpty else {
                    error(value.line, "\(head.key): must be a non-empty list of conditions")
                    return nil
                }
                let parts = items.compactMap { condition($0, allowFindings: allowFindings, allowOutcome: allowOutcome) }
                guard parts.count == items.count else { return nil }
                return head.key == "all" ? .all(parts) : .any(parts)
            case "not":
                if pairs.count > 1 { error(node.line, "not: takes one condition and nothing else") }
                return condition(value, allowFindings: allowFindings, allowOutcome: allowOutcome).map { .not($0) }
            case "always":
                guard value.yamlBoolean == true else {
                    error(value.line, "always: must be true")
                    return nil
                }
                return .always
            case "signal":
                guard let name = value.scalarText else {
                    error(value.line, "signal: must name a signal")
                    return nil
                }
                signalReferences.append((name, value.line))
                var fields: [String]? = nil
                for pair in pairs where pair.key != "signal" {
                    if pair.key == "in" {
                        let list = stringList(pair.value, context: "in:")
                        for f in list where RequestSchema.fields[f] != .text {
                            error(pair.keyLine, "'\(f)' is not a text field of a request")
                        }
                        fields = list
                    } else {
                        error(pair.keyLine, "unknown key '\(pair.key)' with signal: (only in: is allowed)")
                    }
                }
                return .signal(name, fields: fields)
            case "finding", "finding_any":
                if !allowFindings { error(head.keyLine, "\(head.key): cannot be used here") }
                let ids = head.key == "finding" ? (value.scalarText.map { [$0] } ?? []) : stringList(value, context: "finding_any")
                if ids.isEmpty { error(value.line, "\(head.key): must name check ids") }
                for id in ids { checkReferences.append((id, value.line)) }
                return .finding(Set(ids))
            case "finding_severity":
                if !allowFindings { error(head.keyLine, "finding_severity: cannot be used here") }
                let words = value.sequenceItems != nil ? stringList(value, context: "finding_severity") : [value.scalarText ?? ""]
                var levels = Set<Severity>()
                for w in words {
                    if let s = Severity(rawValue: w) { levels.insert(s) } else {
                        error(value.line, "unknown severity '\(w)' (expected \(Severity.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                }
                return .findingSeverity(levels)
            case "outcome_in":
                if !allowOutcome { error(head.keyLine, "outcome_in: cannot be used in the decision order") }
                var outcomes = Set<Outcome>()
                for w in stringList(value, context: "outcome_in") {
                    if let o = Outcome(rawValue: w) { outcomes.insert(o) } else { error(value.line, "unknown outcome '\(w)'") }
                }
                return .outcomeIn(outcomes)
            default:
                return valueCondition(node, pairs: pairs, head: head)
            }
        }

        mutating func valueCondition(_ node: YAMLNode, pairs: [(key: String, keyLine: Int, value: YAMLNode)],
                                     head: (key: String, keyLine: Int, value: YAMLNode)) -> Condition? {
            guard let name = head.value.scalarText else {
                error(head.value.line, "\(head.key): must name a \(head.key)")
                return nil
            }
            let source: ValueSource
            var type: RequestFieldType
            if head.key == "field" {
                guard let t = RequestSchema.fields[name] else {
                    error(head.value.line, "unknown field '\(name)' (not in the request contract, spec/request-file.md)")
                    return nil
                }
                source = .field(name)
                type = t
            } else {
                guard let kind = RequestFacts.kinds[name] else {
                    error(head.value.line, "unknown fact '\(name)' (known facts: \(RequestFacts.catalogue.map(\.name).joined(separator: ", ")))")
                    return nil
                }
                source = .fact(name)
                type = kind == .boolean ? .boolean : .integer
            }
            let ops = pairs.filter { $0.key != head.key }
            for op in ops where !Reader.operators.contains(op.key) {
                error(op.keyLine, "unknown test '\(op.key)' (expected one of \(Reader.operators.sorted().joined(separator: ", ")))")
                return nil
            }
            guard ops.count == 1, let op = ops.first else {
                error(node.line, "\(head.key) \(name) needs exactly one test such as is:, in: or missing:")
                return nil
            }
            let written = "\(name) \(op.key) \(render(op.value))"
            guard let test = valueTest(op, type: type, name: name) else { return nil }
            return .value(source, test, written: written)
        }

        func render(_ node: YAMLNode) -> String {
            if let items = node.sequenceItems { return "[" + items.compactMap(\.scalarText).joined(separator: ", ") + "]" }
            return node.scalarText ?? ""
        }

        mutating func literal(_ node: YAMLNode, type: RequestFieldType, name: String) -> Literal? {
            switch type {
            case .boolean:
                guard let b = node.yamlBoolean else { error(node.line, "\(name) is true or false; '\(node.scalarText ?? "")' is neither"); return nil }
                return .boolean(b)
            case .integer:
                guard let s = node.scalarText, let n = Int(s) else { error(node.line, "\(name) is a whole number"); return nil }
                return .integer(n)
            case let .word(allowed), let .words(allowed):
                guard node.yamlBoolean == nil, let s = node.scalarText else {
                    error(node.line, "\(name): '\(node.scalarText ?? "")' is a YAML boolean; expected one of \(allowed.joined(separator: ", "))")
                    return nil
                }
                guard allowed.contains(s) else {
                    error(node.line, "\(name) has no value '\(s)' (expected one of \(allowed.joined(separator: ", ")))")
                    return nil
                }
                return .text(s)
            case .text:
                guard let s = node.scalarText else { error(node.line, "\(name): expected text"); return nil }
                return .text(s)
            case .date, .group, .records:
                error(node.line, "\(name) cannot be compared with is:/in: (use missing:, before:, after:)")
                return nil
            }
        }

        mutating func valueTest(_ op: (key: String, keyLine: Int, value: YAMLNode), type: RequestFieldType, name: String) -> ValueTest? {
            let v = op.value
            switch op.key {
            case "is":
                if case .words = type { error(v.line, "\(name) is a list: use contains: or only:"); return nil }
                return literal(v, type: type, name: name).map { .equals($0) }
            case "in":
                if case .words = type { error(v.line, "\(name) is a list: use contains: or only:"); return nil }
                guard let items = v.sequenceItems else { error(v.line, "in: takes a list"); return nil }
                let values = items.compactMap { literal($0, type: type, name: name) }
                return values.count == items.count ? .oneOf(values) : nil
            case "missing":
                guard let b = v.yamlBoolean else { error(v.line, "missing: must be true or false"); return nil }
                return .missing(b)
            case "contains", "contains_any", "only":
                guard case let .words(allowed) = type else { error(v.line, "\(op.key): works on list fields only; \(name) is not a list"); return nil }
                let words = v.sequenceItems != nil ? stringList(v, context: op.key) : [v.scalarText ?? ""]
                for w in words where !allowed.contains(w) {
                    error(v.line, "\(name) has no value '\(w)' (expected one of \(allowed.joined(separator: ", ")))")
                    return nil
                }
                return op.key == "only" ? .only(words) : .containsAny(words)
            case "before", "after":
                guard type == .date else { error(v.line, "\(op.key): works on date fields only; \(name) is not a date"); return nil }
                guard let other = v.scalarText, RequestSchema.fields[other] == .date else {
                    error(v.line, "\(op.key): must name another date field of the request")
                    return nil
                }
                return op.key == "before" ? .before(other) : .after(other)
            case "before_date", "after_date":
                guard type == .date else { error(v.line, "\(op.key): works on date fields only"); return nil }
                guard let s = v.scalarText, let day = CalendarDay.parse(s) else { error(v.line, "\(op.key): expected a date YYYY-MM-DD"); return nil }
                return op.key == "before_date" ? .beforeDate(day) : .afterDate(day)
            case "less_than", "at_most", "greater_than", "at_least":
                guard type == .integer else { error(v.line, "\(op.key): works on numbers only; \(name) is not a number"); return nil }
                guard let s = v.scalarText, let n = Int(s) else { error(v.line, "\(op.key): expected a whole number"); return nil }
                switch op.key {
                case "less_than": return .lessThan(n)
                case "at_most": return .atMost(n)
                case "greater_than": return .greaterThan(n)
                default: return .atLeast(n)
                }
            case "matches":
                guard type == .text else { error(v.line, "matches: works on text fields only; \(name) is not text"); return nil }
                guard let s = v.scalarText else { error(v.line, "matches: expected a regular expression"); return nil }
                do {
                    return .matches(NSRegularExpressionBox(regex: try NSRegularExpression(pattern: s, options: [.caseInsensitive])))
                } catch {
                    self.error(v.line, "bad pattern '\(s)': not a valid regular expression")
                    return nil
                }
            case "rank_below":
                guard type == .text else { error(v.line, "rank_below: works on text fields only"); return nil }
                guard let s = v.scalarText, let rank = ranks.rank(named: s) else {
                    error(v.line, "rank_below: '\(v.scalarText ?? "")' is not a rank of this rulebook's ranks: list")
                    return nil
                }
                return .rankBelow(level: rank.level, name: rank.name)
            case "rank_unrecognised":
                guard type == .text, v.yamlBoolean == true else { error(v.line, "rank_unrecognised: must be true, on a text field"); return nil }
                if ranks.ranks.isEmpty { error(v.line, "rank_unrecognised: the rulebook has no ranks: list") }
                return .rankUnrecognised
            default:
                return nil
            }
        }
    }
}
