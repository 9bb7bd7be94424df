import Foundation

/// Either Home Office table, told apart by its header, so one `confide outcomes import FILE…` takes both.
public enum HomeOfficeFile: Sendable, Equatable {
    case outcomes(OutcomesFile)
    case recordedCrime(RecordedCrimeFile)

    public var contentHash: String {
        switch self {
        case .outcomes(let f): f.contentHash
        case .recordedCrime(let f): f.contentHash
        }
    }

    /// A header with `Outcome Type` is the outcomes table; one with a count of offences (`Number of Offences`,
    /// `Rolling year total…`) is the recorded-crime table; anything else is read as the outcomes table, so its
    /// error names the first column that is not one.
    public static func parse(_ data: Data, fileName: String? = nil) throws(OutcomesFileError) -> HomeOfficeFile {
        switch try layout(data, fileName: fileName) {
        case .recordedCrime: .recordedCrime(try RecordedCrimeFile.parse(data, fileName: fileName))
        case .outcomes: .outcomes(try OutcomesFile.parse(data, fileName: fileName))
        }
    }

    public enum Layout: Sendable, Equatable { case outcomes, recordedCrime }

    /// Reads only as far as the first header (row 1 of the first sheet that has one).
    public static func layout(_ data: Data, fileName: String? = nil) throws(OutcomesFileError) -> Layout {
        var found: Layout = .outcomes
        let format: SpreadsheetFormat
        do { format = try SpreadsheetFormat.detect(data, fileName: fileName) } catch { throw OutcomesFileError(error) }
        func classify(_ cells: [String]) -> Layout {
            let names = Set(cells.map(OutcomesFile.normaliseHeader))
            if names.contains("outcome type") { return .outcomes }
            return RecordedCrimeFile.isHeader(names) ? .recordedCrime : .outcomes
        }
        if format == .csv {
            let firstLine = data.prefix(64 << 10).split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? Data()
            if let text = String(data: Data(firstLine), encoding: .utf8), let header = try? CSVReader.records(text).first {
                found = classify(header.fields)
            }
            return found
        }
        do {
            try SpreadsheetFormat.readWorkbook(data) { row throws(SpreadsheetError) -> SpreadsheetRowDecision in
                guard row.number == 1, HomeOfficeTable.looksLikeHeader(row.cells) else { return .skipSheet }
                found = classify(row.cells)
                return .stop
            }
        } catch {
            throw OutcomesFileError(error)
        }
        return found
    }
}
