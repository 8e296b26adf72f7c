import Foundation
import GazetteCore
import GazetteText
import Testing
@testable import Gazette

/// Marks every token spelled `nato` (any case) as ORG: a recognizer for testing the
/// plumbing around recognizers, not one that ships.
private struct WordMarker: Recognizer {
    let name = "test-marker"
    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        text.tokens.indices.filter { text.is($0, "nato") }.map {
            Candidate(start: text.tokens[$0].start.int, end: text.tokens[$0].end.int, label: .org, rule: "test")
        }
    }
}

private extension Int32 { var int: Int { Int(self) } }

@Suite struct AnnotatorTests {
    @Test func spansAreOnTheOriginalText() throws {
        let annotator = try Annotator(recognizers: [WordMarker()])
        let text = "ﬁ\r\nNATO’s e\u{301} ＮＡＴＯ 👩🏽‍💻nato."
        let spans = try annotator.annotate(text)
        let scalars = Array(text.unicodeScalars)
        #expect(spans.count == 3)
        for s in spans {
            #expect(String(String.UnicodeScalarView(scalars[s.start ..< s.end])) == s.text)
        }
        #expect(spans.map(\.text) == ["NATO", "ＮＡＴＯ", "nato"])
    }

    @Test func longTextsAreAnnotatedInSegmentsWithExactOffsets() throws {
        let annotator = try Annotator(recognizers: [WordMarker()])
        let line = "Ünïcödé text before NATO and after.\n"
        let count = Annotator.segmentBytes * 3 / line.utf8.count
        let text = String(repeating: line, count: count) + "last NATO"
        let spans = try annotator.annotate(text)
        #expect(spans.count == count + 1)
        let scalars = Array(text.unicodeScalars)
        #expect(spans.allSatisfy { String(String.UnicodeScalarView(scalars[$0.start ..< $0.end])) == "NATO" })
        #expect(spans.last?.end == scalars.count)
    }

    @Test func segmentsEndAtLineBreaksThenSpacesThenCodePoints() {
        let n = Annotator.segmentBytes
        var bytes = [UInt8](repeating: 0x61, count: n * 2)
        bytes[n - 10] = 0x20
        bytes[n - 100] = 0x0A
        #expect(bytes.withUnsafeBufferPointer { Annotator.Session.segmentEnd($0, from: 0) } == n - 99)
        bytes[n - 100] = 0x61
        #expect(bytes.withUnsafeBufferPointer { Annotator.Session.segmentEnd($0, from: 0) } == n - 9)
        bytes[n - 10] = 0x61
        bytes[n] = 0x80 // a continuation byte: back up to the code point's start
        bytes[n - 1] = 0xC3
        #expect(bytes.withUnsafeBufferPointer { Annotator.Session.segmentEnd($0, from: 0) } == n - 1)
    }

    @Test func anAnnotatorIsReleasedAfterUse() throws {
        weak var released: Annotator?
        do {
            let annotator = try Annotator(recognizers: [WordMarker()])
            #expect(try annotator.annotate("NATO").count == 1) // puts a session in its pool
            released = annotator
        }
        #expect(released == nil, "a session in the pool keeps its annotator alive")
    }

    @Test func explainNamesTheWinner() throws {
        let annotator = try Annotator(recognizers: [WordMarker(), WordMarker()])
        let explanations = try annotator.session().explain("NATO", context: DocumentContext(id: "x"))
        #expect(explanations.map(\.kept) == [true, false])
        #expect(explanations[1].lostTo?.text == "NATO")
        #expect(explanations[1].reason == "proposed first")
    }
}

/// Emits every token found in its vocabulary, and checks the ids the session passed.
private struct VocabularyProbe: Recognizer {
    let name = "test-vocabulary"
    let table: TokenTable
    var vocabulary: TokenTable? { table }
    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        guard let ids = context.tokenIDs else { return [] }
        #expect(ids == text.tokens.map { table.lookup($0, in: text) ?? -1 })
        return text.tokens.indices.filter { ids[$0] >= 0 }.map {
            Candidate(start: text.tokens[$0].start.int, end: text.tokens[$0].end.int, label: .org, rule: "test")
        }
    }
}

/// A recognizer without a vocabulary gets no token ids.
private struct NoVocabularyProbe: Recognizer {
    let name = "test-no-vocabulary"
    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        #expect(context.tokenIDs == nil)
        return []
    }
}

@Suite struct TokenIDTests {
    @Test func eachRecognizerGetsTheIDsOfItsOwnVocabulary() throws {
        let keys = try Tokenizer(cacheWords: false)
        var first = TokenTable(), second = TokenTable()
        for key in try keys.keys(of: "padding NATO") { first.insert(key) }
        for key in try keys.keys(of: "Baku") { second.insert(key) }
        let annotator = try Annotator(recognizers: [VocabularyProbe(table: first), NoVocabularyProbe(),
                                                    VocabularyProbe(table: second)])
        for _ in 0 ..< 2 { // the second time from the chunk cache
            let spans = try annotator.annotate("NATO met in Baku; nato and BAKU.")
            #expect(spans.map(\.text) == ["NATO", "Baku", "nato", "BAKU"])
        }
    }

    /// The standard recognizers find the same with the tokenizer's ids as with their own lookups.
    @Test func standardRecognizersGiveTheSameWithAndWithoutIDs() throws {
        let recognizers = try Annotator.standardRecognizers()
        let tokenizer = try Tokenizer(vocabularies: recognizers.compactMap(\.vocabulary))
        #expect(tokenizer.vocabularies.count == recognizers.count)
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 30)
        for file in files {
            let text = try String(contentsOf: articles.appendingPathComponent(file), encoding: .utf8)
            let analyzed = try tokenizer.analyze(text)
            let context = DocumentContext(id: file, dct: CalendarDate(iso: "2021-10-25"))
            for (k, recognizer) in recognizers.enumerated() {
                var given = context
                given.tokenIDs = analyzed.tokenIDs[k]
                #expect(recognizer.recognize(analyzed, context: given) == recognizer.recognize(analyzed, context: context),
                        "\(recognizer.name) on \(file)")
            }
        }
    }
}
