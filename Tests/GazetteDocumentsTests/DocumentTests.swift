import GazetteJSON
import GazetteTestSupport
import Testing
@testable import GazetteDocuments

@Suite struct HeaderTests {
    @Test func exampleLayout() {
        let h = TextDocument.parseHeader(" date 2021-10-25 By Azernews\n\n\n\nBy Vugar Khalilov\n\nBody text.")
        #expect(h.dct == "2021-10-25")
        #expect(h.publisher == "Azernews")
        #expect(h.byline == "Vugar Khalilov")
    }

    @Test func multiWordPublisherAndNoByline() {
        let h = TextDocument.parseHeader("date 2022-03-01 By Caspian News Daily\nNATO said on Monday.")
        #expect(h.dct == "2022-03-01")
        #expect(h.publisher == "Caspian News Daily")
        #expect(h.byline == nil)
    }

    @Test(arguments: ["Hello\ndate 2021-10-25 By X", "date 2021-1-25 By X", "date 2021-10-25 X", "", "\n\n"])
    func noHeader(text: String) {
        let h = TextDocument.parseHeader(text)
        #expect(h.dct == nil && h.publisher == nil && h.byline == nil)
    }

    @Test func headerStaysInTheText() {
        let doc = TextDocument.make(id: "a.txt", text: "date 2021-10-25 By Azernews\nBody", source: "a.txt")
        #expect(doc.text.hasPrefix("date"))
        #expect(doc.dct == "2021-10-25")
    }
}

@Suite struct DecodingTests {
    @Test func utf8WithBOMDropsIt() throws {
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41], lossy: false).get() == "A")
    }

    @Test func utf16WithBOMIsDecoded() throws {
        #expect(try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x19, 0x20], lossy: false).get() == "A’")
        #expect(try TextDecoding.decode([0xFE, 0xFF, 0x00, 0x41], lossy: false).get() == "A")
    }

    @Test func invalidUTF8NamesTheOffset() {
        #expect(TextDecoding.decode([0x41, 0x42, 0xC3, 0x28], lossy: false) == .failure(.invalidUTF8(offset: 2)))
        #expect(TextDecoding.decode([0x41, 0xE2, 0x82], lossy: false) == .failure(.invalidUTF8(offset: 1)))
        #expect(TextDecoding.decode([0xED, 0xA0, 0x80], lossy: false) == .failure(.invalidUTF8(offset: 0)))
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF], lossy: false) == .failure(.invalidUTF8(offset: 4)))
    }

    @Test func lossyReplaces() throws {
        #expect(try TextDecoding.decode([0x41, 0xFF, 0x42], lossy: true).get() == "A\u{FFFD}B")
    }

    @Test func nulMeansBinary() {
        #expect(TextDecoding.decode([0x41, 0x00, 0x42], lossy: true) == .failure(.binary(offset: 1)))
    }
}

@Suite struct JSONLDocumentTests {
    private func item(_ line: String) -> InputItem {
        var line = line
        return line.withUTF8 { JSONLDocument.make(line: $0, source: "in.jsonl", lineNumber: 7) }
    }

    @Test func readsIdTextMetaAndIgnoresSpans() {
        guard case let .document(d) = item(#"{"id": "a", "text": "Hi", "meta": {"dct": "2021-10-25"}, "spans": [1]}"#) else {
            Issue.record("not a document")
            return
        }
        #expect(d.id == "a" && d.text == "Hi" && d.dct == "2021-10-25" && d.line == 7)
    }

    @Test func numericAndMissingIds() {
        if case let .document(d) = item(#"{"id": 12, "text": ""}"#) { #expect(d.id == "12") } else { Issue.record("no doc") }
        if case let .document(d) = item(#"{"text": "x"}"#) { #expect(d.id == "in.jsonl:7") } else { Issue.record("no doc") }
    }

    @Test(arguments: [
        (#"{"id": "a""#, "malformed JSON"),
        ("[1, 2]", "expected a JSON object, found an array"),
        (#"{"id": "a"}"#, "the document has no \"text\" field"),
        (#"{"id": "a", "text": 5}"#, "\"text\" must be a string, found a number"),
        (#"{"id": "a", "text": "x", "meta": []}"#, "\"meta\" must be an object, found an array"),
    ])
    func errorsCarryTheLine(line: String, message: String) {
        guard case let .error(e) = item(line) else {
            Issue.record("expected an error")
            return
        }
        #expect(e.message.hasPrefix(message))
        #expect(e.line == 7 && e.source == "in.jsonl")
    }
}

/// The reader hands JSONL lines over unparsed; `parsed()` gives what parsing on the
/// reading thread gave.
@Suite struct InputRecordTests {
    @Test func linesComeUnparsedAndParseWithTheirOrigin() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("in.jsonl", "{\"id\": \"a\", \"text\": \"Hi\"}\n\n{bad\n").path
        let reader = InputReader(paths: [path])
        var records: [InputRecord] = []
        while let record = reader.next() { records.append(record) }
        #expect(records.count == 2)
        guard case let .line(first) = records[0], case .document(let doc) = records[0].parsed() else {
            Issue.record("expected an unparsed line that parses to a document")
            return
        }
        #expect(first.lineNumber == 1 && doc.id == "a" && doc.line == 1)
        #expect(doc.origin == records[0].origin && doc.origin == "in.jsonl")
        guard case let .error(e) = records[1].parsed() else {
            Issue.record("expected an error")
            return
        }
        #expect(e.line == 3 && e.message.hasPrefix("malformed JSON"))
    }
}
