import GazetteJSON

/// An annotated span as the evaluator sees it: code-point offsets (end exclusive),
/// a label and, for temporal expressions, the TIMEX3 value and mod.
public struct EvalSpan: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public var label: String
    public var value: String?
    public var mod: String?

    public init(start: Int, end: Int, label: String, value: String? = nil, mod: String? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.value = value
        self.mod = mod
    }

    /// Whether the span is one of the four TIMEX3 types.
    public var isTemporal: Bool { EvalSpan.temporalLabels.contains(label) }

    /// The TIMEX3 types, scored together by the TempEval-3 measures.
    public static let temporalLabels: Set<String> = ["DATE", "TIME", "DURATION", "SET"]

    public var description: String {
        var s = "\(label)[\(start),\(end))"
        if let value { s += " value=\(value)" }
        if let mod { s += " mod=\(mod)" }
        return s
    }
}

/// A gold or predicted document: id, text, metadata and spans.
public struct EvalDocument: Sendable {
    public var id: String
    /// The text; empty when a prediction file left it out.
    public var text: String
    public var meta: [(String, JSONValue)]
    public var spans: [EvalSpan]

    public init(id: String, text: String, meta: [(String, JSONValue)] = [], spans: [EvalSpan] = []) {
        self.id = id
        self.text = text
        self.meta = meta
        self.spans = spans
    }

    /// `meta.dct`, when it is a string.
    public var dct: String? { meta.first { $0.0 == "dct" }?.1.stringValue }

    /// Sets a metadata field, replacing an existing one in place.
    public mutating func setMeta(_ key: String, _ value: JSONValue) {
        if let i = meta.firstIndex(where: { $0.0 == key }) { meta[i].1 = value } else { meta.append((key, value)) }
    }

    /// The text as an array of code points, the unit of span offsets.
    public var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }
}

/// Slices of a code-point array (`EvalDocument.scalars`) as strings.
extension Array where Element == Unicode.Scalar {
    /// The code points in `range` (clamped to the array) as a string.
    public func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self[range.clamped(to: 0 ..< count)])
        return String(s)
    }
}

import GazetteCore

extension EvalSpan {
    /// The evaluator's view of an annotator output span.
    public init(_ span: Span) {
        self.init(start: span.start, end: span.end, label: span.label.rawValue, value: span.value, mod: span.mod)
    }
}
