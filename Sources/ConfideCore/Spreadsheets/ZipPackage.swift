import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A workbook's zip container, read from memory with a cap on what any one entry may expand to.
struct ZipPackage {
    let data: Data
    let limits: SpreadsheetLimits
    /// Entry paths in the archive.
    let paths: Set<String>

    static func open(_ data: Data, limits: SpreadsheetLimits = .standard) throws(SpreadsheetError) -> ZipPackage {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw SpreadsheetError("is not a zip archive, so it is not an XLSX or ODS workbook")
        }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw SpreadsheetError("is a damaged zip archive (\(error)), not a readable workbook")
        }
        var paths = Set<String>()
        for entry in archive where entry.type == .file { paths.insert(entry.path) }
        return ZipPackage(data: data, limits: limits, paths: paths)
    }

    func kind() throws(SpreadsheetError) -> SpreadsheetFormat {
        if paths.contains("xl/workbook.xml") { return .xlsx }
        if paths.contains("mimetype") {
            let mime = String(decoding: try bytes(of: "mimetype", cap: 4096), as: UTF8.self)
            if mime.trimmingCharacters(in: .whitespacesAndNewlines) == "application/vnd.oasis.opendocument.spreadsheet" { return .ods }
            throw SpreadsheetError("is an OpenDocument file of type \(mime.prefix(80)), not a spreadsheet (.ods)")
        }
        throw SpreadsheetError("is a zip archive but neither an XLSX workbook (no xl/workbook.xml) nor an ODS spreadsheet (no mimetype)")
    }

    /// A small entry, whole (the mimetype).
    func bytes(of path: String, cap: Int64) throws(SpreadsheetError) -> Data {
        var out = Data()
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive[path] else { throw SpreadsheetError("has no \(path) in it") }
            _ = try archive.extract(entry) { chunk in
                guard Int64(out.count + chunk.count) <= cap else { throw SpreadsheetError("\(path) is larger than \(cap) bytes") }
                out.append(chunk)
            }
        } catch let e as SpreadsheetError { throw e } catch {
            throw SpreadsheetError("\(path) cannot be unpacked (\(error))")
        }
        return out
    }

    /// Streams one entry through `XMLParser` into `handler`, without ever holding the whole entry: a second
    /// thread inflates into a small bounded buffer that the parser reads from.
    func parseXML(_ path: String, sheet: String? = nil, into handler: XMLEventHandler) throws(SpreadsheetError) {
        guard paths.contains(path) else { throw SpreadsheetError(sheet: sheet, "the workbook has no part \(path)") }
        let channel = ChunkChannel()
        let (data, cap, part) = (data, limits.maxEntryBytes, path)
        let producer = Thread {
            do {
                let archive = try Archive(data: data, accessMode: .read)
                guard let entry = archive[part] else { throw SpreadsheetError("the workbook has no part \(part)") }
                // The declared size can lie; the bytes actually inflated are what is counted.
                if entry.uncompressedSize > UInt64(cap) { throw ChunkChannel.TooLarge() }
                var total: Int64 = 0
                var prolog: Data? = Data()
                _ = try archive.extract(entry, bufferSize: 64 << 10) { chunk in
                    total += Int64(chunk.count)
                    if total > cap { throw ChunkChannel.TooLarge() }
                    // Held back until the prolog is known to carry no DTD (so no entity can be expanded).
                    if var head = prolog {
                        head.append(chunk)
                        switch XMLProlog.check(head) {
                        case .needMore: prolog = head; return
                        case .refused(let why): throw SpreadsheetError("\(part) \(why): refused")
                        case .fine: prolog = nil; try channel.put(head)
                        }
                    } else {
                        try channel.put(chunk)
                    }
                }
                if let head = prolog {
                    if case .refused(let why) = XMLProlog.check(head, complete: true) { throw SpreadsheetError("\(part) \(why): refused") }
                    try channel.put(head)
                }
                channel.finish(nil)
            } catch {
                channel.finish(error)
            }
        }
        producer.start()
        defer {
            channel.cancel()
            channel.waitUntilFinished()
        }
        let stream = XMLEventStream(handler: handler, part: path, sheet: sheet)
        let parser = XMLParser(stream: ChannelInputStream(channel))
        try stream.run(parser) { () throws(SpreadsheetError) in
            switch channel.failure {
            case nil, is ChunkChannel.Cancelled: return
            case is ChunkChannel.TooLarge:
                throw SpreadsheetError(sheet: sheet, "\(path) expands to more than \(cap >> 20) MB, which no real table does: refused as a possible zip bomb")
            case let e as SpreadsheetError: throw e
            case let e?: throw SpreadsheetError(sheet: sheet, "\(path) cannot be unpacked: \(e)")
            }
        }
    }
}

/// Looks at the start of an XML part, before the parser sees it: no DTD (the parser would expand its entities),
/// and UTF-8 only (which every workbook writer uses), so the look is reliable.
enum XMLProlog {
    enum Verdict: Equatable { case needMore, fine, refused(String) }

    static func check(_ data: Data, complete: Bool = false) -> Verdict {
        let limit = 1 << 20
        let b = [UInt8](data.prefix(limit))
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return .refused("is UTF-16 XML, which workbooks are not written in") }
        func find(_ token: String, from start: Int) -> Int? {
            let t = Array(token.utf8)
            var j = start
            while j + t.count <= b.count {
                if b[j..<j + t.count].elementsEqual(t) { return j + t.count }
                j += 1
            }
            return nil
        }
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        scan: while true {
            while i < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[i]) { i += 1 }
            let rest = b[i...]
            guard rest.count >= 4 else { break scan }
            for (open, close) in [("<?", "?>"), ("<!--", "-->")] where rest.starts(with: Array(open.utf8)) {
                guard let end = find(close, from: i + open.utf8.count) else { break scan }
                i = end
                continue scan
            }
            return rest.starts(with: Array("<!".utf8)) ? .refused("declares a DTD, which a workbook never does") : .fine
        }
        if data.count >= limit { return .refused("has an XML prolog longer than 1 MB") }
        return complete ? .fine : .needMore
    }
}

/// Inflated chunks handed from the unzipping thread to the parsing thread, at most `capacity` bytes at a time.
final class ChunkChannel: @unchecked Sendable {
    struct TooLarge: Error {}
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var offset = 0
    private var buffered = 0
    private var finished = false
    private var cancelled = false
    private var error: (any Error)?
    private let capacity = 4 << 20

    /// Producer side: blocks while the buffer is full; throws once the reader has gone.
    func put(_ chunk: Data) throws {
        condition.lock(); defer { condition.unlock() }
        while buffered >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        chunks.append(chunk)
        buffered += chunk.count
        condition.broadcast()
    }

    func finish(_ error: (any Error)?) {
        condition.lock(); defer { condition.unlock() }
        finished = true
        if self.error == nil { self.error = error }
        condition.broadcast()
    }

    /// Reader side: 0 at the end, -1 on failure.
    func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        condition.lock(); defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if chunks.isEmpty { return error == nil ? 0 : -1 }
        let first = chunks[0]
        let n = min(maxLength, first.count - offset)
        first.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            buffer.update(from: base + offset, count: n)
        }
        offset += n
        buffered -= n
        if offset == first.count { chunks.removeFirst(); offset = 0 }
        condition.broadcast()
        return n
    }

    func cancel() {
        condition.lock(); defer { condition.unlock() }
        cancelled = true
        chunks.removeAll()
        buffered = 0
        condition.broadcast()
    }

    func waitUntilFinished() {
        condition.lock(); defer { condition.unlock() }
        while !finished { condition.wait() }
    }

    var failure: (any Error)? {
        condition.lock(); defer { condition.unlock() }
        return error
    }
}

/// The pull side of the channel, as the stream `XMLParser` reads from.
final class ChannelInputStream: InputStream {
    private let channel: ChunkChannel

    init(_ channel: ChunkChannel) {
        self.channel = channel
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { true }
    override var streamStatus: Stream.Status { .open }
    override var streamError: (any Error)? { channel.failure }
    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        channel.read(buffer, maxLength: len)
    }
}
