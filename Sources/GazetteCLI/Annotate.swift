import ArgumentParser
import Gazette
import GazetteCore
import GazetteDates
import GazetteDocuments
import GazetteNames
#if canImport(Glibc)
import Glibc
#endif

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate text files, directories or JSONL documents; write JSONL, an HTML page, CoNLL, TimeML or brat.",
        discussion: """
        With no PATH, or with -, reads standard input: JSONL when its first non-blank
        byte is '{', otherwise one text document.

        --format conll, timeml and brat write what `gazette convert --to` writes from
        the JSONL output. conll (IOB2) streams to standard output or --output, or
        writes one .conll file per input with --output-dir. timeml writes one <id>.tml
        file per document into --output-dir, or the documents' files one after the
        other to standard output or --output. brat writes <id>.txt and <id>.ann per
        document and needs --output-dir. Input errors are reported on stderr only.

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
          gazette annotate --format html articles/ --output-dir pages/
          gazette annotate --format conll articles/ > articles.conll
          gazette annotate --format brat articles/ --output-dir brat/
          gazette annotate --recognizers names articles/   # names only, no dates
        """
    )

    @Argument(help: "Files or directories to read; - for standard input.")
    var paths: [String] = []

    @Option(help: "Input format: auto, text or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Write one file per input file (jsonl, conll) or per document (html, timeml, brat) under this directory.")
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
    @Option(help: "Output format: jsonl; html for one self-contained page with every document; conll, timeml, brat.")
    var format: OutputFormat = .jsonl
    @Option(help: "Comma-separated locales whose month and weekday names dates may use (CLDR), e.g. en,de,ru.")
    var locale: String = "en"
    @Option(help: "Folder of the gazetteer lists (default: $GAZETTE_GAZETTEERS, else found next to the program); compiled, they are cached in $GAZETTE_CACHE (off: no cache), else ~/.cache/gazette.")
    var gazetteers: String?
    @Option(help: "How numeric dates like 03/04/2021 are read when both numbers could be a month: mdy (US, the default) or dmy.")
    var dateOrder: DateOrder = .monthFirst
    @Option(help: "Comma-separated recognizers to run: dates, names (default: all), e.g. --recognizers names to leave dates out.")
    var recognizers: String?

    /// The recognizers `--recognizers` names; nil when not given (all of them).
    var chosenRecognizers: Set<String>? {
        recognizers.map { Set($0.split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }) }
    }

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil {
            throw ValidationError("--dct must be a date written YYYY-MM-DD, not '\(dct)'")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if output != nil && outputDir != nil { throw ValidationError("--output and --output-dir exclude each other") }
        if resume && outputDir == nil { throw ValidationError("--resume needs --output-dir") }
        if noText, format != .jsonl {
            throw ValidationError("--no-text cannot be used with --format \(format.rawValue): it writes the text")
        }
        if outputDir == nil, format == .brat {
            throw ValidationError("--format brat writes a .txt and an .ann file per document: give the directory with "
                + "--output-dir")
        }
        if resume, format.namesFilesByDocument || format == .html {
            throw ValidationError("--resume works by input file; --format \(format.rawValue) names its files by document")
        }
        if let gazetteers, !GazetteerLocation.isGazetteerFolder(gazetteers) {
            throw ValidationError("--gazetteers: no manifest.tsv in '\(gazetteers)'")
        }
        if let chosen = chosenRecognizers {
            let known = Annotator.standardRecognizerNames
            if let unknown = chosen.first(where: { !known.contains($0) }) {
                throw ValidationError("--recognizers: unknown recognizer '\(unknown)'; known: \(known.joined(separator: ", "))")
            }
            if chosen.isEmpty { throw ValidationError("--recognizers needs at least one of \(known.joined(separator: ", "))") }
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        Interruption.install()
        let started = ProgressLine.now()
        let locales = locale.split(separator: ",").map { String($0.filter { $0 != " " }) }
        let annotator = try Annotator(
            recognizers: Annotator.standardRecognizers(locales: locales, dateOrder: dateOrder, gazetteers: gazetteers,
                                          only: chosenRecognizers))
        // The annotator lives as long as the process: freeing its tables (tens of thousands
        // of gazetteer entries and their strings) would only hold up the exit.
        _ = Unmanaged.passRetained(annotator)
        let loaded = ProgressLine.now()
        var options = InputOptions(format: inputFormat, lossy: lossy)
        let sink: any OutputTarget
        do {
            if let outputDir {
                let suffix: String? = switch format {
                case .conll: ".conll"
                case .timeml, .brat, .html: nil
                case .jsonl: ".jsonl"
                }
                let directory = try DirectoryOutput(root: outputDir, suffix: suffix)
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
                                pageTitle: title, pagePerDocument: outputDir != nil)
        let progress = ProgressLine.isTerminal ? ProgressLine(totalBytes: InputReader.totalBytes(of: paths)) : nil
        var onProgress: (@Sendable (Pipeline.Summary) -> Void)?
        if let progress { onProgress = { progress.update($0) } }
        let summary = try pipeline.run(reader, to: sink, onProgress: onProgress)
        progress?.update(summary, final: true)
        if summary.skippedSpans > 0 {
            printError("warning: \(summary.skippedSpans) spans overlapping an earlier one cannot be written as "
                + "\(format.rawValue); left out")
        }
        if timing {
            let ms = { (t: Double) in String(Int((t * 1000).rounded())) }
            let names = annotator.recognizers.lazy.compactMap { $0 as? NameRecognizer }.first
            let cached = names.map { $0.gazetteers.fromCache ? " (gazetteers from the cache)" : " (gazetteers compiled)" } ?? ""
            printError("load \(ms(loaded - started)) ms\(cached), run \(ms(ProgressLine.now() - loaded)) ms, "
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
