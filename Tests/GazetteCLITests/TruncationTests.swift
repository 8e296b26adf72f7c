import Foundation
import GazetteTestSupport
import Testing

/// The recognizers look a few tokens ahead and behind, and the fuzzer has found several
/// that looked past the end of the text ("… they asked", "… the river"). This suite makes
/// that class of error deterministic: every sentence of the corpus articles is cut after each
/// of its words and before each of them, and every piece, alone and after a weekday that asks
/// for the sentence's tense, must be annotated with the span contract intact.
@Suite struct TruncationTests {
    /// The sentences of the corpus articles: lines cut after ". ", "! " and "? ".
    static func sentences() throws -> [String] {
        let folder = SharedFolder.repository.appendingPathComponent("corpus/articles")
        var out: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                var current = ""
                for word in line.split(separator: " ") {
                    current += current.isEmpty ? String(word) : " " + word
                    if let last = word.last, ".!?".contains(last) { out.append(current); current = "" }
                }
                if !current.isEmpty { out.append(current) }
            }
        }
        return out
    }

    /// Every prefix that ends after a word and every suffix that starts at one.
    static func pieces(of sentence: String) -> [String] {
        let words = sentence.split(separator: " ")
        var out: [String] = []
        for k in 1 ... words.count {
            out.append(words[..<k].joined(separator: " "))
            out.append("On Friday " + words[..<k].joined(separator: " "))
            if k < words.count { out.append(words[k...].joined(separator: " ")) }
        }
        return out
    }

    @Test func everyPrefixAndSuffixOfTheCorpusSentences() throws {
        var texts: [String: String] = [:]
        var lines: [String] = []
        for sentence in try Self.sentences() {
            for piece in Self.pieces(of: sentence) {
                let id = "p\(texts.count)"
                texts[id] = piece
                let json = try JSONSerialization.data(withJSONObject: ["id": id, "text": piece, "meta": ["dct": "2021-10-25"]])
                lines.append(String(decoding: json, as: UTF8.self))
            }
        }
        #expect(texts.count > 50_000)
        let dir = try TemporaryDirectory()
        let file = try dir.write("pieces.jsonl", lines.joined(separator: "\n") + "\n")
        let run = try GazetteBinary.run(["annotate", "--no-text", "--input-format", "jsonl", file.path])
        #expect(run.status == 0, "exit \(run.status): \(run.stderr.suffix(2000))")
        #expect(run.records.count == texts.count)
        let spans = checkSpanContract(run, texts: texts)
        #expect(spans > 10_000)
    }
}
