import ArgumentParser
import Gazette
import GazetteHTML
#if canImport(Glibc)
import Glibc
#endif

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render annotated JSONL (Gazette's output or gold annotations) as one HTML page.",
        discussion: """
        Reads FORMAT.md JSONL with spans and writes a self-contained HTML page: every
        document with its metadata and its spans highlighted by label; hover a span for
        its fields. Nothing is annotated: the spans shown are those in the input.

        Exit status: 0 when every document was shown with all its spans, 1 when a line
        could not be read or a span lies outside its text (both are reported on stderr
        and in the page), 74 when the output cannot be written.

        Examples:
          gazette annotate articles/ > out.jsonl && gazette render out.jsonl -o page.html
          gazette render gold.jsonl --title "Gold" --output gold.html
        """
    )

    @Argument(help: "Annotated JSONL files; - for standard input.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "The page title (default: the paths).")
    var title: String?

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let sink: OutputSink
        if let output {
            do { sink = try OutputSink.file(output) } catch { throw CLIError.output("\(error)") }
        } else {
            sink = .standardOutput()
        }
        var page = HTMLPageWriter(title: title ?? "gazette render " + (paths.isEmpty ? "-" : paths.joined(separator: " ")))
        var bytes: [UInt8] = []
        page.begin(into: &bytes)
        var problems = 0
        var failure: OutputFailure?
        let reader = AnnotatedJSONL(paths: paths)
        while let item = reader.next() {
            switch item {
            case let .document(doc, marks):
                let entry = page.document(doc, marks: marks, into: &bytes)
                if entry.skipped > 0 {
                    problems += 1
                    printError("gazette: \(doc.source):\(doc.line ?? 0): \(doc.id): \(entry.skipped) of \(marks.count) spans lie outside the text")
                }
            case let .error(e):
                problems += 1
                printError("gazette: \(e.description)")
                page.error(e, into: &bytes)
            }
            failure = sink.write(bytes, origin: "")
            bytes.removeAll(keepingCapacity: true)
            if failure != nil { break }
        }
        if failure == nil {
            page.end(into: &bytes)
            failure = sink.write(bytes, origin: "") ?? sink.finish(complete: true)
        }
        switch failure {
        case .closed: return
        case let .failed(message):
            throw CLIError.output(message)
        case nil: if problems > 0 { throw ExitCode(1) }
        }
    }
}
