import GazetteHTML
import GazetteJSON
import Testing

@Suite struct AnnotatedJSONLTests {
    private func item(_ line: String) -> AnnotatedJSONL.Item? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { AnnotatedJSONL.item(line: UnsafeBufferPointer($0), source: "f.jsonl", lineNumber: 7) }
    }

    @Test func readsTheDocumentAndEverySpanField() throws {
        let line = #"{"id": "a", "text": "Riga on Tuesday", "meta": {"dct": "2026-03-14"}, "spans": ["#
            + #"{"start": 0, "end": 4, "label": "GPE", "text": "Riga", "entity": "e5", "confidence": 0.9},"#
            + #"{"start": 8, "end": 15, "label": "DATE", "value": "2026-03-10", "rule": "date.weekday"}]}"#
        guard case let .document(doc, marks) = item(line) else { Issue.record("not a document"); return }
        #expect(doc.id == "a")
        #expect(doc.dct == "2026-03-14")
        #expect(doc.line == 7)
        #expect(marks == [
            HTMLMark(start: 0, end: 4, label: "GPE", details: [.init("entity", "e5"), .init("confidence", "0.9")], entity: "e5"),
            HTMLMark(start: 8, end: 15, label: "DATE", details: [.init("value", "2026-03-10"), .init("rule", "date.weekday")]),
        ])
    }

    @Test func aDocumentWithoutSpansHasNoMarks() {
        guard case let .document(_, marks) = item(#"{"id": 1, "text": "x"}"#) else { Issue.record("not a document"); return }
        #expect(marks.isEmpty)
    }

    @Test func blankLinesAreSkipped() {
        #expect(item("  \t") == nil)
    }

    @Test(arguments: [
        (#"{"id": "a", "text": "x", "spans": [{"start": 0, "label": "GPE"}]}"#, "span 1: a span needs integer \"start\" and \"end\""),
        (#"{"id": "a", "text": "x", "spans": [{"start": 0, "end": 1, "label": "GPE"}, {"start": 0, "end": 1}]}"#,
         "span 2: a span needs a string \"label\""),
        (#"{"id": "a", "text": "x", "spans": [3]}"#, "span 1: a span must be an object, found a number"),
        (#"{"id": "a", "text": "x", "spans": {}}"#, "\"spans\" must be an array, found an object"),
        (#"{"id": "a"}"#, "the document has no \"text\" field"),
        (#"{"id": "a", "text": "#, "malformed JSON"),
    ])
    func malformedLinesAreErrorsInPlace(line: String, message: String) {
        guard case let .error(e) = item(line) else { Issue.record("not an error"); return }
        #expect(e.message.hasPrefix(message))
        #expect(e.source == "f.jsonl")
        #expect(e.line == 7)
    }
}
