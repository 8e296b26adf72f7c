import Gazette
import GazetteCore
import GazetteDocuments
import GazetteJSON

/// The invariants every document must keep, whatever its bytes: checked by the
/// libFuzzer entry point and by the replay mode.
enum DocumentCheck {
    /// Built once: the recognizers load their lists at start.
    nonisolated(unsafe) static var session: Annotator.Session = {
        do {
            return try Annotator(recognizers: Annotator.standardRecognizers()).session()
        } catch {
            fatalError("cannot load the recognizers: \(error)")
        }
    }()

    /// Decodes `bytes` as the annotate command would (lossy), annotates them, writes
    /// the JSONL line, and traps when an invariant fails.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text: String
        switch TextDecoding.decode(bytes, lossy: true) {
        case let .success(s): text = s
        case .failure: return // binary input is reported, not annotated
        }
        let spans: [Span]
        do {
            spans = try session.annotate(text, context: DocumentContext(id: "fuzz", dct: CalendarDate(year: 2021, month: 10, day: 25)))
        } catch {
            fatalError("ICU failed: \(error)")
        }
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for span in spans {
            precondition(0 <= span.start && span.start < span.end && span.end <= scalars.count,
                         "span \(span.start)..<\(span.end) outside a text of \(scalars.count) code points")
            precondition(span.start >= previousEnd, "spans overlap or are out of order at \(span.start)")
            let slice = String(String.UnicodeScalarView(scalars[span.start ..< span.end]))
            precondition(slice == span.text, "span text \(span.text.debugDescription) != original \(slice.debugDescription)")
            previousEnd = span.end
        }
        var writer = JSONWriter()
        OutputWriter.document(Document(id: "fuzz", text: text), spans: spans, includeText: true, into: &writer)
        precondition(writer.bytes.last == 0x0A && !writer.bytes.dropLast().contains(0x0A), "the output is not one line")
        do {
            let parsed = try writer.bytes.dropLast().withUnsafeBufferPointer { try JSONParser.parse($0) }
            precondition(parsed["text"]?.stringValue == text, "the output's text differs from the input")
            precondition(parsed["spans"]?.arrayValue?.count == spans.count, "the output lost spans")
        } catch {
            fatalError("the output is not valid JSON: \(error)")
        }
    }
}
