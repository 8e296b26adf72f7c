import Foundation
import GazetteTestSupport
import Testing
@testable import GazetteText

/// The sentence ends of `units` by the tokenizer's path (ASCII runs by the scanner) and
/// by ICU alone over the whole text; nil when they agree, else both lists and the text
/// around the first difference.
private func bothWays(_ units: [UInt16], _ tokenizer: Tokenizer) throws -> (fast: [Int], icu: [Int], context: String)? {
    try units.withUnsafeBufferPointer { buffer throws -> (fast: [Int], icu: [Int], context: String)? in
        var fast: [Int] = [], icu: [Int] = []
        let isASCII = units.allSatisfy { $0 < 0x80 }
        try tokenizer.forEachSentence(in: buffer, isASCII: isASCII) { _, end in fast.append(end) }
        try tokenizer.sentences.forEachSegment(in: buffer) { _, end, _ in icu.append(end) }
        guard fast != icu else { return nil }
        let k = (0 ..< min(fast.count, icu.count)).first { fast[$0] != icu[$0] } ?? min(fast.count, icu.count)
        let at = k < fast.count ? fast[k] : (k < icu.count ? icu[k] : 0)
        let context = String(decoding: buffer[max(0, at - 20) ..< min(buffer.count, at + 20)], as: UTF16.self)
        return (fast, icu, context)
    }
}

/// Random text from an alphabet biased towards what the sentence rules and the
/// exceptions look at.
private func randomText(_ random: inout SplitMix, pieces: [String], maxPieces: Int) -> [UInt16] {
    let count = Int(random.next() % UInt64(maxPieces + 1))
    var units: [UInt16] = []
    for _ in 0 ..< count { units += pieces[Int(random.next() % UInt64(pieces.count))].utf16 }
    return units
}

private let asciiPieces: [String] = Array("aAbBxXyYzZ019.!?,;:-'\"()[]{} \t\n\r".map(String.init))
    + [".", ".", ".", " ", " ", " ", "a", "B", "Mr.", "U.S.", "Ph.D.", "e.g.", "No.", "Jan.", "St.", "Lt.", "S.",
       "U.", "Dr.", "a.m.", "Mrs", "Nr.", "z.B.", "bzw.", "M.", "av.", "Ste.", "etc.", "vs.", "Lt.Cdr.", "Hon.B.A.",
       "\r\n", "\n\n", "\u{0B}", "\u{0C}", "@", "_", "#"]

/// The ASCII scanner gives ICU's `@ss=standard` sentence breaks exactly.
@Suite struct ASCIISentenceBreaksTests {
    @Test(arguments: [
        "Mr. Smith went to Washington. He arrived.", "He is in the U.S. Army. Go.", "Ph.D. Yes. Lt. Dan. xMr. Y",
        "a.\n) b", "\n  X", "end Mr.", "It cost 3.5 dollars. Then", "U.S.A. and e.g. this. Fine.", "Who? Me! Yes.",
        "\"Quoted.\" Next one. (Paren.) [Brackets.] Done", "a. b. C. d", "x.\r\ny.\rz", "Etc.  Two spaces. x",
        "Lt.Cdr. Smith. Hon.B.A. Jones", "S.p.A. Italy", "No. 5 and no. 6", "a.B c.D", "One.\tTab.\u{0B}VT", "",
        "Erdoğan met Aliyev. Mr. Smith.\nNATO's plan. It works.\nÉtat. Ça va.\n\nDone. Mr.\nX",
    ])
    func matchesICUOn(text: String) throws {
        let difference = try bothWays(Array(text.utf16), Tokenizer())
        #expect(difference == nil)
    }

    @Test(arguments: ["en_US", "de", "fr"])
    func matchesICUOnRandomASCII(locale: String) throws {
        let tokenizer = try Tokenizer(locale: locale)
        #expect(tokenizer.asciiSentences != nil)
        try expectAgreement(tokenizer, seed: 72, cases: 20000, pieces: asciiPieces, maxPieces: 24)
    }

    /// Lines with and without non-ASCII characters, so that runs of both kinds alternate.
    @Test func matchesICUOnMixedLines() throws {
        let tokenizer = try Tokenizer()
        let pieces = asciiPieces + ["é", "Ça", "“", "…", "\u{2029}", "\u{85}", "Ž.", "。"]
        try expectAgreement(tokenizer, seed: 29, cases: 10000, pieces: pieces, maxPieces: 30)
    }

    /// `cases` random texts of `pieces`: the scanner and ICU agree on each (stops at the first that differs).
    private func expectAgreement(_ tokenizer: Tokenizer, seed: UInt64, cases: Int, pieces: [String], maxPieces: Int,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        var random = SplitMix(seed: seed)
        for _ in 0 ..< cases {
            let units = randomText(&random, pieces: pieces, maxPieces: maxPieces)
            let difference = try bothWays(units, tokenizer)
            #expect(difference == nil, "\(String(decoding: units, as: UTF16.self).debugDescription)", sourceLocation: sourceLocation)
            if difference != nil { return }
        }
    }

    /// The exceptions come from ICU's data: English has "Mr." and "U.S.", German "z.B.".
    @Test func readsTheLocalesExceptions() throws {
        let english = try Tokenizer(locale: "en_US")
        #expect(try bothWays(Array("Mr. Smith".utf16), english) == nil)
        let sentences = try english.analyze("Mr. Smith left. Mrs. Jones came.").sentences
        #expect(sentences.count == 2)
        let german = try Tokenizer(locale: "de").analyze("Das ist z.B. gut. Ja.").sentences
        #expect(german.count == 2)
    }

    /// A locale with sentence rules of its own (Greek `;` ends a question) keeps ICU.
    @Test func localesWithTheirOwnRulesUseICU() throws {
        #expect(try Tokenizer(locale: "el").asciiSentences == nil)
    }

    /// Whole documents of the project's corpus and, when present, of ../shared: the
    /// tokens and sentences are the same with the scanner as with ICU alone.
    @Test func analysisMatchesICUOnTheCorpora() throws {
        var texts: [String] = []
        let articles = SharedFolder.repository.appendingPathComponent("corpus/articles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [] {
            if let text = try? String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8) { texts.append(text) }
        }
        #expect(!texts.isEmpty)
        if let shared = SharedFolder.url {
            let corpora = shared.appendingPathComponent("corpora")
            for corpus in (try? FileManager.default.contentsOfDirectory(atPath: corpora.path)) ?? [] {
                let folder = corpora.appendingPathComponent(corpus)
                for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".jsonl") {
                    let lines = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
                    for line in lines.split(separator: "\n") {
                        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                        if let text = object?["text"] as? String { texts.append(text) }
                    }
                }
            }
        }
        let fast = try Tokenizer(), icu = try Tokenizer()
        icu.asciiSentences = nil
        for text in texts {
            let a = try fast.analyze(text), b = try icu.analyze(text)
            #expect(a.sentences == b.sentences && a.tokens == b.tokens)
            if a.sentences != b.sentences || a.tokens != b.tokens { return }
            let difference = try bothWays(a.normalized.units, fast)
            #expect(difference == nil)
            if difference != nil { return }
        }
    }
}
