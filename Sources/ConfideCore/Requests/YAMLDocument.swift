import Foundation
import Yams

/// A YAML (or JSON) document reduced to plain values with line numbers.
///
/// Yams' `Node` is not `Sendable` and resolves scalars with YAML 1.1 rules we do not want to trust blindly
/// (a bare `no` becomes a boolean). Both the request parser and the rulebook loader read this neutral tree
/// instead, keep the raw scalar text and its quoting style, and decide types themselves, so that every error can
/// name the line it came from.
struct YAMLNode: Sendable {
    enum ScalarStyle: Sendable { case plain, quoted, block }

    enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([(key: String, keyLine: Int, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    let kind: Kind
    let line: Int

    /// A plain `~`, `null` or empty scalar: YAML's way of saying nothing.
    var isNull: Bool {
        guard case let .scalar(text, style) = kind, style == .plain else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// An unquoted YAML 1.1 boolean word (`yes`, `No`, `off`, `true` ...).
    var yamlBoolean: Bool? {
        guard case let .scalar(text, style) = kind, style == .plain else { return nil }
        switch text {
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return true
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    var scalarText: String? {
        if case let .scalar(text, _) = kind { return text }
        return nil
    }

    var mappingPairs: [(key: String, keyLine: Int, value: YAMLNode)]? {
        if case let .mapping(pairs) = kind { return pairs }
        return nil
    }

    var sequenceItems: [YAMLNode]? {
        if case let .sequence(items) = kind { return items }
        return nil
    }

    func value(for key: String) -> YAMLNode? {
        mappingPairs?.first(where: { $0.key == key })?.value
    }

    var kindDescription: String {
        switch kind {
        case .scalar: return yamlBoolean != nil ? "a YAML boolean" : "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A document that could not be read as YAML at all.
struct YAMLSyntaxError: Error, Sendable {
    let line: Int
    let message: String
}

enum YAMLDocument {
    /// Parses text into a neutral tree. Returns nil for an empty document.
    static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        let root: Node?
        do {
            // The basic resolver leaves every scalar a string: types are decided by the readers.
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw YAMLSyntaxError(line: 0, message: "not valid YAML")
        }
        guard let root else { return nil }
        return try convert(root)
    }

    private static func convert(_ node: Node) throws(YAMLSyntaxError) -> YAMLNode {
        let line = node.mark?.line ?? 0
        switch node {
        case let .scalar(scalar):
            let style: YAMLNode.ScalarStyle
            switch scalar.style {
            case .singleQuoted, .doubleQuoted: style = .quoted
            case .literal, .folded: style = .block
            default: style = .plain
            }
            return YAMLNode(kind: .scalar(scalar.string, style), line: line)
        case let .mapping(mapping):
            var pairs: [(key: String, keyLine: Int, value: YAMLNode)] = []
            for (key, value) in mapping {
                guard case let .scalar(keyScalar) = key else {
                    throw YAMLSyntaxError(line: key.mark?.line ?? line, message: "a mapping key must be a plain word")
                }
                let keyLine = key.mark?.line ?? line
                if pairs.contains(where: { $0.key == keyScalar.string }) {
                    throw YAMLSyntaxError(line: keyLine, message: "duplicate key '\(keyScalar.string)'")
                }
                pairs.append((keyScalar.string, keyLine, try convert(value)))
            }
            return YAMLNode(kind: .mapping(pairs), line: line)
        case let .sequence(sequence):
            var items: [YAMLNode] = []
            for item in sequence { items.append(try convert(item)) }
            return YAMLNode(kind: .sequence(items), line: line)
        case .alias:
            throw YAMLSyntaxError(line: line, message: "YAML aliases are not supported")
        }
    }

    private static func describe(_ error: YamlError) -> YAMLSyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return YAMLSyntaxError(line: mark.line, message: "not valid YAML: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return YAMLSyntaxError(line: context.mark.line,
                                   message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return YAMLSyntaxError(line: 0, message: "not valid YAML")
        }
    }
}
