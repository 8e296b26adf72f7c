import Foundation
import GazetteTestSupport
import Testing

/// Checks FORMAT.md's contract on every output line: offsets inside the text,
/// `text[start..<end] == span.text` on the original text, no overlaps, known labels,
/// and a value on every temporal span. Returns the number of spans checked.
@discardableResult
func checkSpanContract(_ run: GazetteRun, texts: [String: String]? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
    let labels: Set = ["PERSON", "ORG", "PROGRAMME", "GPE", "LOC", "MISC", "DATE", "TIME", "DURATION", "SET"]
    var checked = 0
    for record in run.records {
        guard let id = record["id"] as? String else { continue }
        guard let text = (record["text"] as? String) ?? texts?[id] else {
            Issue.record("document \(id) has no text", sourceLocation: sourceLocation)
            continue
        }
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for span in (record["spans"] as? [[String: Any]]) ?? [] {
            let start = span["start"] as? Int ?? -1, end = span["end"] as? Int ?? -1
            let label = span["label"] as? String ?? ""
            guard 0 <= start, start < end, end <= scalars.count else {
                Issue.record("\(id): span \(start)..<\(end) outside the text", sourceLocation: sourceLocation)
                continue
            }
            let slice = String(String.UnicodeScalarView(scalars[start ..< end]))
            #expect(slice == span["text"] as? String, "\(id) \(start)..<\(end) \(label) rule \(span["rule"] ?? "-")",
                    sourceLocation: sourceLocation)
            #expect(start >= previousEnd, "\(id): span at \(start) overlaps the one before", sourceLocation: sourceLocation)
            #expect(labels.contains(label), "\(id): unknown label \(label)", sourceLocation: sourceLocation)
            if ["DATE", "TIME", "DURATION", "SET"].contains(label) {
                #expect(span["value"] is String, "\(id): \(label) \(slice) has no value", sourceLocation: sourceLocation)
            }
            previousEnd = end
            checked += 1
        }
    }
    return checked
}

@Suite struct SpanContractTests {
    @Test func corpusArticles() throws {
        let run = try GazetteBinary.run(["annotate", "corpus/articles"], directory: SharedFolder.repository)
        let articles = try FileManager.default.contentsOfDirectory(atPath: SharedFolder.repository.appendingPathComponent("corpus/articles").path)
            .filter { $0.hasSuffix(".txt") }
        #expect(run.status == 0)
        #expect(articles.count >= 50)
        #expect(run.records.count == articles.count)
        checkSpanContract(run)
    }

    @Test(arguments: ["examples", "corpora/tempeval3/train.jsonl", "corpora/meantime/dev.jsonl", "corpora/conll2003/testa.jsonl"])
    func sharedCorpora(path: String) throws {
        guard let shared = SharedFolder.url else { return } // a fresh clone has no ../shared
        let run = try GazetteBinary.run(["annotate", "--no-text", shared.appendingPathComponent(path).path])
        #expect(run.status == 0)
        var texts: [String: String] = [:]
        let source = shared.appendingPathComponent(path)
        if path.hasSuffix(".jsonl") {
            for line in try String(contentsOf: source, encoding: .utf8).split(separator: "\n") {
                let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                texts[doc["id"] as! String] = doc["text"] as? String
            }
        } else {
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
                texts[name] = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            }
        }
        #expect(!run.records.isEmpty)
        checkSpanContract(run, texts: texts)
    }
}
