import GazetteCore
import GazetteJSON

/// Writes annotated documents and error records as FORMAT.md JSONL lines.
///
/// A document line is `{"id", "text", "meta", "spans"}` (`text` left out with
/// `includeText: false`); a span is `{"start", "end", "label", "text", "rule",
/// "source", "value", "mod", "role", "entity"}` with the optional fields only when
/// set. An error record is `{"error", "source", "line"}`. Each line ends with `\n`.
public enum OutputWriter {
    public static func document(_ doc: Document, spans: [Span], includeText: Bool, into w: inout JSONWriter) {
        w.raw("{\"id\":")
        w.string(doc.id)
        if includeText {
            w.raw(",\"text\":")
            w.string(doc.text)
        }
        w.raw(",\"meta\":")
        w.value(.object(doc.meta))
        w.raw(",\"spans\":[")
        // Through pointers: each span's fields are read in place, the span not copied
        // (its strings retained and released) on the way.
        spans.withUnsafeBufferPointer { spans in
            guard let base = spans.baseAddress else { return }
            for k in 0 ..< spans.count {
                if k > 0 { w.raw(",") }
                span(at: base + k, into: &w)
            }
        }
        w.raw("]}\n")
    }

    public static func span(_ s: Span, into w: inout JSONWriter) {
        withUnsafePointer(to: s) { span(at: $0, into: &w) }
    }

    private static func span(at s: UnsafePointer<Span>, into w: inout JSONWriter) {
        w.member("{\"start\":", s.pointee.start)
        w.member(",\"end\":", s.pointee.end)
        w.member(",\"label\":", s.pointee.label.rawValue)
        w.member(",\"text\":", s.pointee.text)
        if let v = s.pointee.value { w.member(",\"value\":", v) }
        if let v = s.pointee.mod { w.member(",\"mod\":", v) }
        if let v = s.pointee.role { w.member(",\"role\":", v) }
        if let v = s.pointee.entity { w.member(",\"entity\":", v) }
        if let v = s.pointee.rule { w.member(",\"rule\":", v) }
        if let v = s.pointee.source { w.member(",\"source\":", v) }
        w.raw("}")
    }

    public static func error(_ e: InputError, into w: inout JSONWriter) {
        w.raw("{\"error\":")
        w.string(e.message)
        w.raw(",\"source\":")
        w.string(e.source)
        if let line = e.line {
            w.raw(",\"line\":")
            w.int(line)
        }
        w.raw("}\n")
    }
}
