import GazetteJSON

/// An input document: an id, the original text, and metadata kept in input order.
public struct Document: Sendable {
    public var id: String
    public var text: String
    public var meta: [(String, JSONValue)]
    /// Where the document came from (a path, or `-` for standard input).
    public var source: String
    /// The line of `source` it was read from, for JSONL input.
    public var line: Int?
    /// The input file's path relative to the directory given (its name, for a file
    /// given directly): where `--output-dir` writes its output.
    public var origin: String

    public init(id: String, text: String, meta: [(String, JSONValue)] = [], source: String = "", line: Int? = nil,
                origin: String? = nil) {
        self.id = id
        self.text = text
        self.meta = meta
        self.source = source
        self.line = line
        self.origin = origin ?? source
    }

    /// `meta.dct`, when it is a string.
    public var dct: String? { meta.first { $0.0 == "dct" }?.1.stringValue }

    /// Sets a metadata field, replacing an existing one in place.
    public mutating func setMeta(_ key: String, _ value: JSONValue) {
        if let i = meta.firstIndex(where: { $0.0 == key }) { meta[i].1 = value } else { meta.append((key, value)) }
    }
}

/// An input that could not be read as a document: written as an error record.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var source: String
    public var line: Int?
    /// As `Document.origin`.
    public var origin: String

    public init(_ message: String, source: String, line: Int? = nil, origin: String? = nil) {
        self.message = message
        self.source = source
        self.line = line
        self.origin = origin ?? source
    }

    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}

/// One item of an input stream: a document, or the reason one could not be read.
public enum InputItem: Sendable {
    case document(Document)
    case error(InputError)

    /// The input file the item came from, relative to its command-line root.
    public var origin: String {
        switch self {
        case let .document(d): return d.origin
        case let .error(e): return e.origin
        }
    }

    func with(origin: String) -> InputItem {
        switch self {
        case var .document(d): d.origin = origin; return .document(d)
        case var .error(e): e.origin = origin; return .error(e)
        }
    }
}

/// What `InputReader` yields: an item ready to use, or a JSONL line still to be
/// parsed. The reader only splits lines, so that a pipeline parses them on its
/// workers rather than on the one thread that reads.
public enum InputRecord: Sendable {
    case item(InputItem)
    case line(JSONLine)

    /// The input file the record came from, relative to its command-line root.
    public var origin: String {
        switch self {
        case let .item(item): return item.origin
        case let .line(line): return line.origin
        }
    }

    /// The document or error of the record, parsing a line.
    public func parsed() -> InputItem {
        switch self {
        case let .item(item):
            return item
        case let .line(l):
            return l.bytes.withUnsafeBufferPointer {
                JSONLDocument.make(line: $0, source: l.source, lineNumber: l.lineNumber)
            }.with(origin: l.origin)
        }
    }
}

/// One line of a JSONL input, not parsed yet, with where it came from.
public struct JSONLine: Sendable {
    public var bytes: [UInt8]
    public var source: String
    public var lineNumber: Int
    /// As `Document.origin`.
    public var origin: String
}
