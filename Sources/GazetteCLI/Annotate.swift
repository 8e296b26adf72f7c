import ArgumentParser
import Gazette
import GazetteCore
import GazetteDates
import GazetteDocuments
#if canImport(Glibc)
import Glibc
#endif

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate text files, directories or JSONL documents; write annotated JSONL or an HTML page.",
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
          gazette annotate --format html articles/ --output page.html
        """
    )

    @Argument(help: "Files or directories to read; - for standard input.")
    var paths: [String] = []

    @Option(help: "Input format: auto, text or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Write one JSONL file per input file under this directory, mirroring the input tree.")
    var outputDir: String?

    @Flag(help: "With --output-dir: skip inputs whose output is already complete.")
    var resume = false

    @Flag(help: "Leave the document text out of the output.")
    var noText = false

    @Option(help: "Creation date (YYYY-MM-DD) for documents that have none.")
    var dct: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of reporting an error.")
    var lossy = false

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    @Flag(help: "Print the recognizers' load time and the run's time to standard error.")
    var timing = false
    @Option(help: "Output format: jsonl, or html for one self-contained page with every document.")
    var format: OutputFormat = .jsonl
    @Option(help: "Comma-separated locales whose month and weekday names dates may use (CLDR), e.g. en,de,ru.")
    var locale: String = "en"
    @Option(help: "How numeric dates like 03/04/2021 are read when both numbers could be a month: mdy (US, the default) or dmy.")
    var dateOrder: DateOrder = .monthFirst

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil {
            throw ValidationError("--dct must be a date written YYYY-MM-DD, not '\(dct)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if output != nil && outputDir != nil { throw ValidationError("--output and --output-dir exclude each other") }
        if resume && outputDir == nil { throw ValidationError("--resume needs --output-dir") }
        if noText, format == .html { throw ValidationError("--no-text cannot be used with --format html: the page shows the text") }
        if outputDir != nil, format == .html { throw ValidationError("--output-dir writes JSONL; use --output for --format html") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        Interruption.install()
        let started = ProgressLine.now()
        let locales = locale.split(separator: ",").map { String($0.filter { $0 != " " }) }
        let annotator = try Annotator(recognizers: Annotator.standardRecognizers(locales: locales, dateOrder: dateOrder))
        let loaded = ProgressLine.now()
        var options = InputOptions(format: inputFormat, lossy: lossy)
        let sink: any OutputTarget
        do {
            if let outputDir {
                let directory = try DirectoryOutput(root: outputDir)
                sink = directory
                if resume { options.skip = { directory.isComplete($0) } }
            } else if let output {
                sink = try OutputSink.file(output)
            } else {
                sink = OutputSink.standardOutput()
            }
        } catch {
            throw CLIError.output("\(error)")
        }
        let reader = InputReader(paths: paths, options: options)
        let title = "gazette annotate " + (paths.isEmpty ? "-" : paths.joined(separator: " "))
        let pipeline = Pipeline(annotator: annotator, jobs: jobs, includeText: !noText, defaultDCT: dct, format: format,
                                pageTitle: title)
        let progress = ProgressLine.isTerminal ? ProgressLine(totalBytes: InputReader.totalBytes(of: paths)) : nil
        var onProgress: (@Sendable (Pipeline.Summary) -> Void)?
        if let progress { onProgress = { progress.update($0) } }
        let summary = try pipeline.run(reader, to: sink, onProgress: onProgress)
        progress?.update(summary, final: true)
        if timing {
            let ms = { (t: Double) in String(Int((t * 1000).rounded())) }
            printError("load \(ms(loaded - started)) ms, run \(ms(ProgressLine.now() - loaded)) ms, "
                + "\(summary.documents) documents, \(summary.spans) spans")
        }
        if Interruption.requested { throw ExitCode(128 + Interruption.signal) }
        if summary.outputClosed { return }
        if let message = summary.outputError { throw CLIError.output(message) }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}

extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}
