import GazetteCore
import GazetteJSON

/// A highlighted stretch of a text: what `HTMLText` renders as one `<mark>`.
///
/// Offsets are Unicode code points into the text, end exclusive (FORMAT.md). The
/// label picks the colour and is shown as a badge; `details` are the tooltip's
/// rows; marks with the same `entity` in one document are outlined together on
/// hover; `classes` let an overlay (an evaluation's "missed", "spurious") style a
/// mark on top of its label colour.
public struct HTMLMark: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var label: String
    /// Tooltip rows, in order, after the label: `("value", "2021-10-25")`.
    public var details: [Detail]
    public var entity: String?
    /// Extra CSS classes; only `[A-Za-z0-9_-]` characters are kept.
    public var classes: [String]

    /// One tooltip row.
    public struct Detail: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(start: Int, end: Int, label: String, details: [Detail] = [], entity: String? = nil, classes: [String] = []) {
        self.start = start
        self.end = end
        self.label = label
        self.details = details
        self.entity = entity
        self.classes = classes
    }

    /// A span of Gazette's output, with its value, mod, role, entity, rule and source.
    public init(_ span: Span) {
        var details: [Detail] = []
        let fields: [(String, String?)] = [("value", span.value), ("mod", span.mod), ("role", span.role),
                                           ("entity", span.entity), ("rule", span.rule), ("source", span.source)]
        for case let (name, value?) in fields { details.append(Detail(name, value)) }
        self.init(start: span.start, end: span.end, label: span.label.rawValue, details: details, entity: span.entity)
    }

    /// A span object of annotated JSONL: `start`, `end` (integers) and `label` (a
    /// string) are required; every other field except `text` becomes a tooltip row.
    public init(json: JSONValue) throws(HTMLMarkError) {
        guard let fields = json.objectValue else { throw HTMLMarkError("a span must be an object, found \(json.typeName)") }
        guard let start = json["start"]?.intValue, let end = json["end"]?.intValue else {
            throw HTMLMarkError("a span needs integer \"start\" and \"end\"")
        }
        guard let label = json["label"]?.stringValue else { throw HTMLMarkError("a span needs a string \"label\"") }
        var details: [Detail] = []
        var entity: String?
        for (name, value) in fields {
            switch name {
            case "start", "end", "label", "text": continue
            default:
                let text = Self.display(value)
                if name == "entity" { entity = text }
                details.append(Detail(name, text))
            }
        }
        self.init(start: start, end: end, label: label, details: details, entity: entity)
    }

    /// A JSON value as a person reads it: strings bare, anything else as compact JSON.
    static func display(_ value: JSONValue) -> String {
        if let s = value.stringValue { return s }
        var w = JSONWriter(capacity: 64)
        w.value(value)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

/// Why a span object of annotated JSONL cannot be shown.
public struct HTMLMarkError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
