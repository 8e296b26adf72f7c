import ArgumentParser
import Foundation
import Gazette
import GazetteCore
import GazetteDates
import GazetteEval
import GazetteFormats
import GazetteJSON
import GazetteText
#if canImport(Glibc)
import Glibc
#endif

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predictions against gold annotations (nervaluate schemes, TempEval-3 timex scores).",
        discussion: """
        Documents are matched by id. Without PRED, Gazette annotates the gold texts \
        itself (each with its meta.dct) and scores that. A gold document without a \
        prediction counts as all missed; predictions without a gold document are listed.

        Formats (--gold-format, --pred-format): jsonl (FORMAT.md), doccano, brat (a \
        directory of .txt + .ann), conll (IOB1 or IOB2 columns), timeml (.tml files or a \
        directory of them); auto detects by extension and content.

        --min-f1 takes TARGET=F1 where TARGET is a label, micro, macro or timex, \
        optionally with a scheme: PERSON=0.9, micro:type=0.85, timex:relaxed=0.8 \
        (schemes: strict (default), exact, partial, type; timex: strict (default), \
        relaxed, value).

        --map FROM=TO renames predicted labels before scoring (repeatable, or comma-separated): \
        --map GPE=LOC scores against CoNLL-2003 or MEANTIME, whose LOC covers Gazette's GPE \
        and LOC. Gold labels are not renamed.

        --html FILE also writes the report as one self-contained page: the tables, a chart \
        of F1 per label and scheme, and every gold document with gold and predicted spans \
        overlaid (correct, missed, spurious, boundary, label and value errors marked), \
        with a filter for the documents with errors.

        Exit status: 0, or 1 when a --min-f1 threshold is not met, 64 for a usage error, \
        65 when an input cannot be read, 74 when the --html page cannot be written.

        Examples:
          gazette eval --gold corpus/gold.jsonl
          gazette eval --gold gold.conll predictions.jsonl --labels PERSON,ORG
          gazette eval --gold gold.jsonl pred.jsonl --errors
          gazette eval --gold gold.jsonl pred.jsonl --json --min-f1 micro=0.9
          gazette eval --gold gold.jsonl pred.jsonl --html report.html
          gazette eval --gold conll2003/testa.jsonl --map GPE=LOC --labels PERSON,ORG,LOC,MISC
        """
    )

    @Option(help: "The gold annotations (file or directory).")
    var gold: String

    @Argument(help: "The predictions; without it Gazette annotates the gold texts.")
    var predictions: String?

    @Option(help: "Format of the gold file: auto, jsonl, doccano, brat, conll, timeml.")
    var goldFormat: CorpusFormat = .auto

    @Option(help: "Format of the predictions: auto, jsonl, doccano, brat, conll, timeml.")
    var predFormat: CorpusFormat = .auto

    @Option(help: "Score only these labels (comma-separated), e.g. PERSON,ORG.")
    var labels: String?

    @Flag(help: "Write the scores as JSON.")
    var json = false

    @Flag(help: "List every missed, spurious, boundary, label and value error with its sentence.")
    var errors = false

    @Option(name: .customLong("min-f1"), help: "TARGET[:SCHEME]=F1; exit 1 when the score is lower (repeatable).")
    var minF1: [String] = []

    @Option(help: "Also write an HTML page: the scores, a chart, every document with its errors marked.")
    var html: String?
    @Option(help: "When Gazette annotates the gold texts: how numeric dates like 03/04/2021 are read, mdy (default) or dmy.")
    var dateOrder: DateOrder = .monthFirst

    @Option(name: .customLong("map"), help: "FROM=TO: rename a predicted label before scoring, e.g. GPE=LOC (repeatable).")
    var map: [String] = []

    /// The `--map` pairs, or nil when one is malformed.
    var relabel: [String: String]? {
        var result: [String: String] = [:]
        for item in map.flatMap({ $0.split(separator: ",") }) {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, result[parts[0]] == nil else { return nil }
            result[parts[0]] = parts[1]
        }
        return result
    }

    func validate() throws {
        if relabel == nil {
            throw ValidationError("--map must be FROM=TO with each label mapped once, like GPE=LOC, not '\(map.joined(separator: ","))'")
        }
        for t in minF1 where Threshold(t) == nil {
            throw ValidationError("--min-f1 must be TARGET[:SCHEME]=NUMBER, like PERSON=0.9 or micro:type=0.8, not '\(t)'")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let goldDocuments = try readCorpus(gold, format: goldFormat, command: "gazette eval")
        let predicted = try predictions.map { try readCorpus($0, format: predFormat, command: "gazette eval") }
            ?? annotate(goldDocuments)
        let labelList = labels.map { $0.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty } }
        let report = Evaluator.evaluate(gold: goldDocuments, predictions: predicted,
                                        options: EvalOptions(labels: labelList, collectErrors: errors,
                                                             keepDocuments: html != nil, relabel: relabel ?? [:]))
        if let html {
            let title = "gazette eval --gold \(gold)" + (predictions.map { " " + $0 } ?? "")
            let page = ReportPage.render(report, title: title)
            do {
                let sink = try OutputSink.file(html)
                if let failure = sink.write(page, origin: "") ?? sink.finish(complete: true) { throw failure }
            } catch {
                throw CLIError.output("\(error)")
            }
        }
        if json {
            var w = JSONWriter()
            w.value(ReportFormat.json(report, includeErrors: errors))
            print(String(decoding: w.bytes, as: UTF8.self))
        } else {
            print(ReportFormat.table(report), terminator: "")
            if errors { print("\n" + ReportFormat.errors(report), terminator: "") }
        }
        var failed = false
        for t in minF1.compactMap(Threshold.init) {
            guard let score = t.score(in: report) else {
                printError("gazette eval: --min-f1 \(t.text): no such label or scheme in the report")
                failed = true
                continue
            }
            if score < t.minimum {
                printError("gazette eval: \(t.target)\(t.scheme.map { ":" + $0 } ?? "") F1 \(score) is below \(t.minimum)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// Gazette's own annotations of the gold texts, each resolved against its meta.dct,
    /// on every core (each thread takes documents in turn; results keep their order).
    private func annotate(_ docs: [EvalDocument]) throws -> [EvalDocument] {
        let annotator = try Annotator(recognizers: Annotator.standardRecognizers(dateOrder: dateOrder))
        let results = AnnotationResults(count: docs.count)
        DispatchQueue.concurrentPerform(iterations: docs.count) { i in
            let doc = docs[i]
            // A dct with a clock time (1998-02-13T14:26:00) resolves by its date.
            results.set(i, Result { () throws(ICUError) in try annotator.annotate(doc.text, dct: doc.dct.map { String($0.prefix(10)) }, id: doc.id) })
        }
        return try docs.indices.map { i in
            let doc = docs[i]
            return EvalDocument(id: doc.id, text: doc.text, meta: doc.meta, spans: try results.get(i).map(EvalSpan.init))
        }
    }
}

/// Per-document results filled in by concurrent workers, each slot by one of them.
private final class AnnotationResults: @unchecked Sendable {
    private var slots: [Result<[GazetteCore.Span], ICUError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result<[GazetteCore.Span], ICUError>) { lock.withLock { slots[i] = result } }

    func get(_ i: Int) throws -> [GazetteCore.Span] { try lock.withLock { slots[i] }!.get() }
}

/// One `--min-f1` requirement.
struct Threshold {
    let text: String
    let target: String
    let scheme: String?
    let minimum: Double

    init?(_ text: String) {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let minimum = Double(parts[1]) else { return nil }
        let left = parts[0].split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = left.first, !first.isEmpty else { return nil }
        self.text = text
        target = first
        scheme = left.count == 2 ? left[1] : nil
        self.minimum = minimum
    }

    /// The F1 this threshold is about, or nil when the report has no such score.
    func score(in r: EvalReport) -> Double? {
        if target == "timex" {
            switch scheme ?? "strict" {
            case "strict": return r.timex.measure(r.timex.strict).f1
            case "relaxed": return r.timex.measure(r.timex.relaxed).f1
            case "value": return r.timex.measure(r.timex.value).f1
            default: return nil
            }
        }
        guard let s = Scheme(rawValue: scheme ?? "strict") else { return nil }
        if target == "micro" { return r.micro[s].f1 }
        if target == "macro" { return r.macro[s]?.f1 }
        return r.perLabel[target]?[s].f1
    }
}

extension CorpusFormat: ExpressibleByArgument {}


extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
