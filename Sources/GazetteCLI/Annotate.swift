import ArgumentParser
import Gazette
import GazetteCore
import GazetteDocuments
import GazetteNames
#if canImport(Glibc)
import Glibc
#endif

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate text files, directories or JSONL documents; write annotated JSONL.",
        discussion: """
        With no PATH, or with -, reads standard input: JSONL when its first non-blank
        byte is '{', otherwise one text document.

        Exit status: 0 when every input was annotated (or the reader of the output
        went away), 1 when some input could not be read (its error record is in the
        output and on stderr), 64 for a usage error, 74 when the output cannot be
        written.

        Examples:
          gazette annotate corpus/articles > out.jsonl
          gazette annotate --jobs 2 --no-text articles/ --output out.jsonl
          cat docs.jsonl | gazette annotate - | jq -c '.spans[]'
          gazette annotate --dct 2021-10-25 article.txt
        """
    )

    @Argument(help: "Files or directories to read; - for standard input.")
    var paths: [String] = []

    @Option(help: "Input format: auto, text or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Leave the document text out of the output.")
    var noText = false

    @Option(help: "Creation date (YYYY-MM-DD) for documents that have none.")
    var dct: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of reporting an error.")
    var lossy = false

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    @Option(help: "Folder of the gazetteer lists (default: $GAZETTE_GAZETTEERS, else found next to the program).")
    var gazetteers: String?

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil {
            throw ValidationError("--dct must be a date written YYYY-MM-DD, not '\(dct)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let gazetteers, !GazetteerLocation.isGazetteerFolder(gazetteers) {
            throw ValidationError("--gazetteers: no manifest.tsv in '\(gazetteers)'")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        if let gazetteers { setenv(GazetteerLocation.environmentVariable, gazetteers, 1) }
        let annotator = try Annotator(recognizers: Annotator.standardRecognizers())
        let sink: OutputSink
        if let output {
            do { sink = try OutputSink.file(output) } catch { throw CLIError.output("\(error)") }
        } else {
            sink = .standardOutput()
        }
        let reader = InputReader(paths: paths, options: InputOptions(format: inputFormat, lossy: lossy))
        let pipeline = Pipeline(annotator: annotator, jobs: jobs, includeText: !noText, defaultDCT: dct)
        let progress = ProgressLine.isTerminal ? ProgressLine(totalBytes: InputReader.totalBytes(of: paths)) : nil
        var onProgress: (@Sendable (Pipeline.Summary) -> Void)?
        if let progress { onProgress = { progress.update($0) } }
        let summary = try pipeline.run(reader, to: sink, onProgress: onProgress)
        progress?.update(summary, final: true)
        if summary.outputClosed { return }
        if let message = summary.outputError { throw CLIError.output(message) }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}

extension InputFormat: ExpressibleByArgument {}

/// Failures the command line reports with their own exit status.
enum CLIError: Error, CustomStringConvertible {
    case output(String)

    var description: String {
        switch self {
        case let .output(message): return message
        }
    }
}
