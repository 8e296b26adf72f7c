import Foundation
import GazetteTestSupport
import Testing
@testable import GazetteText

/// Segments `units` with the tokenizer's line-by-line path and with ICU alone.
/// The first segment where they differ, as (start, end, status) of each and the text around it.
private func bothWays(_ units: [UInt16], _ tokenizer: Tokenizer) throws -> (fast: [Int], icu: [Int], context: String)? {
    try units.withUnsafeBufferPointer { buffer throws -> (fast: [Int], icu: [Int], context: String)? in
        var fast: [[Int]] = [], icu: [[Int]] = []
        try tokenizer.forEachWordSegment(in: buffer) { fast.append([$0, $1, Int($2)]) }
        try tokenizer.words.forEachSegment(in: buffer) { icu.append([$0, $1, Int($2)]) }
        guard fast != icu else { return nil }
        let k = (0 ..< min(fast.count, icu.count)).first { fast[$0] != icu[$0] } ?? min(fast.count, icu.count)
        let a = fast[k, default: []], b = icu[k, default: []]
        let at = (a.first ?? b.first ?? 0)
        let context = String(decoding: buffer[max(0, at - 10) ..< min(buffer.count, at + 20)], as: UTF16.self)
        return (a, b, context)
    }
}

private extension Array {
    subscript(_ i: Int, default value: Element) -> Element { i < count ? self[i] : value }
}

/// The ASCII fast path gives ICU's word segments and rule statuses exactly.
@Suite struct ASCIIWordBreaksTests {
    @Test(arguments: [
        "can't stop", "U.S. troops", "e.g. this", "1,992.50 and 3;4", "10:30 a:b", "a_b _ __ 1_2 _x x_",
        "A4 4A 2021abc", "a.1 1.a 1'2 a'b a'.b", "\"quoted\" (paren) [x] {y}", "one\r\ntwo\n\nthree\r",
        "tabs\there", "  spaces   ", "trailing.", "...", "a..b", "1,,2", "x-y", "@user #tag $5 50%",
        "Erdoğan met Aliyev.\nNATO's plan", "naïve café\nplain line", "",
    ])
    func matchesICUOn(text: String) throws {
        let difference = try bothWays(Array(text.utf16), Tokenizer())
        #expect(difference == nil)
    }

    @Test func matchesICUOnRandomASCII() throws {
        let alphabet = Array("aZ9_.',;: \n\r-\"()@x1b2".utf16) + (0 ..< 128).map(UInt16.init)
        var random = SplitMix(seed: 29)
        let tokenizer = try Tokenizer()
        for _ in 0 ..< 20000 {
            let length = Int(random.next() % 32)
            let units = (0 ..< length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let difference = try bothWays(units, tokenizer)
            #expect(difference == nil, "\(units)")
            if difference != nil { return }
        }
    }

    /// Every text of the project's corpus and, when present, of ../shared.
    @Test func matchesICUOnTheCorpora() throws {
        let tokenizer = try Tokenizer()
        var texts: [String] = []
        let articles = SharedFolder.repository.appendingPathComponent("corpus/articles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [] {
            if let text = try? String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8) { texts.append(text) }
        }
        if let shared = SharedFolder.url {
            for corpus in ["tempeval3/train.jsonl", "meantime/dev.jsonl", "conll2003/testa.jsonl"] {
                let lines = (try? String(contentsOf: shared.appendingPathComponent("corpora/" + corpus), encoding: .utf8)) ?? ""
                for line in lines.split(separator: "\n") {
                    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                    if let text = object?["text"] as? String { texts.append(text) }
                }
            }
        }
        #expect(!texts.isEmpty)
        for text in texts {
            let view = try Normalizer().normalize(text)
            let difference = try bothWays(view.units, tokenizer)
            #expect(difference == nil)
            if difference != nil { return }
        }
    }
}
