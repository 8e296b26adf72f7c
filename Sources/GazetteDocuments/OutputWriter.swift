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
        for (k, s) in spans.enumerated() {
            if k > 0 { w.raw(",") }
            span(s, into: &w)
        }
        w.raw("]}\n")
    }

    public static func span(_ s: Span, into w: inout JSONWriter) {
        w.raw("{\"start\":")
        w.int(s.start)
        w.raw(",\"end\":")
        w.int(s.end)
        w.raw(",\"label\":")
        w.string(s.label.rawValue)
        w.raw(",\"text\":")
        w.string(s.text)
        if let v = s.value { w.raw(",\"value\":"); w.string(v) }
        if let v = s.mod { w.raw(",\"mod\":"); w.string(v) }
        if let v = s.role { w.raw(",\"role\":"); w.string(v) }
        if let v = s.entity { w.raw(",\"entity\":"); w.string(v) }
        if let v = s.rule { w.raw(",\"rule\":"); w.string(v) }
        if let v = s.source { w.raw(",\"source\":"); w.string(v) }
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
