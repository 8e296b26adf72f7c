import Foundation
import GazetteCore
import GazetteDocuments
import GazetteTestSupport
import GazetteText
import Testing
@testable import Gazette

/// Keeps what the pipeline writes, and how often it was asked to flush.
private final class Collector: OutputTarget, @unchecked Sendable {
    var bytes: [UInt8] = []
    var finished = false

    func write(_ bytes: [UInt8], origin: String) -> OutputFailure? {
        self.bytes += bytes
        return nil
    }

    func flush() -> OutputFailure? { nil }

    func finish(complete: Bool) -> OutputFailure? {
        finished = complete
        return nil
    }
}

/// Marks every `NATO` as ORG, so that documents have spans to write.
private struct NATOMarker: Recognizer {
    let name = "test-nato"
    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        text.tokens.indices.filter { text.is($0, "nato") }.map {
            Candidate(start: Int(text.tokens[$0].start), end: Int(text.tokens[$0].end), label: .org, rule: "test")
        }
    }
}

@Suite struct PipelineTests {
    /// Any window (even one item in flight) and any number of workers give the same
    /// bytes, in input order, with every document and error written.
    @Test func everyWindowAndJobCountGivesTheSameBytes() throws {
        let directory = try TemporaryDirectory()
        var lines: [String] = []
        for k in 0 ..< 300 {
            lines.append(k % 37 == 5 ? "{broken \(k)" : #"{"id": "d\#(k)", "text": "NATO met \#(k) times. NATO."}"#)
        }
        let path = try directory.write("in.jsonl", lines.joined(separator: "\n") + "\n").path
        let annotator = try Annotator(recognizers: [NATOMarker()])
        var outputs: [[UInt8]] = []
        for (jobs, window) in [(1, 1), (1, 32), (2, 1), (2, 3), (3, 2), (4, 64)] {
            let collector = Collector()
            let summary = try Pipeline(annotator: annotator, jobs: jobs, window: window).run(InputReader(paths: [path]), to: collector)
            #expect(summary.documents + summary.errors == 300 && summary.errors == 8, "jobs \(jobs), window \(window)")
            #expect(collector.finished)
            outputs.append(collector.bytes)
        }
        #expect(Set(outputs).count == 1)
        let records = String(decoding: outputs[0], as: UTF8.self).split(separator: "\n")
        #expect(records.count == 300)
        #expect(records[1].hasPrefix(#"{"id":"d1""#) && records[5].hasPrefix(#"{"error":"#))
    }
}
