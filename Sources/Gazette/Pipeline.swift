import GazetteCore
import GazetteDocuments
import GazetteFormats
import GazetteHTML
import GazetteJSON
import GazetteText
#if canImport(Glibc)
import Glibc
#endif

/// The streaming pipeline: read documents, annotate them on `jobs` threads, write
/// JSONL (or an HTML page, CoNLL, TimeML, brat) in input order.
///
/// The reader (the calling thread) hands items to worker threads and a writer
/// thread writes finished items strictly in input order, so the output is
/// byte-identical for any number of jobs. At most `window` items are in flight:
/// memory is bounded by the window, not by the input.
public struct Pipeline {
    public var annotator: Annotator
    public var jobs: Int
    public var includeText: Bool
    /// The creation date for documents without `meta.dct`; recorded in their meta.
    public var defaultDCT: String?
    /// Items read ahead of the writer, at most.
    public var window: Int
    /// JSONL, one HTML page for all documents, or a corpus format.
    public var format: OutputFormat
    /// The title of an HTML page.
    public var pageTitle: String
    /// With `format` html: a whole page per document, named `<id>.html`, instead of one
    /// page for all (for `--output-dir`).
    public var pagePerDocument: Bool

    public init(annotator: Annotator, jobs: Int, includeText: Bool = true, defaultDCT: String? = nil, window: Int? = nil,
                format: OutputFormat = .jsonl, pageTitle: String = "Gazette", pagePerDocument: Bool = false) {
        self.annotator = annotator
        self.jobs = max(1, jobs)
        self.includeText = includeText
        self.defaultDCT = defaultDCT
        self.window = window ?? max(16, 32 * self.jobs)
        self.format = format
        self.pageTitle = pageTitle
        self.pagePerDocument = pagePerDocument
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var documents = 0
        public var errors = 0
        public var spans = 0
        public var bytes = 0
        /// The output could not be written any more (a closed pipe, a full disk).
        public var outputError: String?
        /// True when the reader of standard output went away (`| head`).
        public var outputClosed = false
        /// Spans CoNLL or TimeML could not hold (a span overlapping an earlier one), left out.
        public var skippedSpans = 0
    }

    /// Runs the pipeline over `input`, writing to `output`. `onProgress` is called on
    /// the writer thread after each item.
    public func run(_ input: InputReader, to output: any OutputTarget,
                    onProgress: (@Sendable (Summary) -> Void)? = nil) throws(ICUError) -> Summary {
        let sessions = try (0 ..< jobs).map { _ throws(ICUError) in try annotator.session() }
        let tokenizers = format == .conll ? try (0 ..< jobs).map { _ throws(ICUError) in try Tokenizer() } : []
        let state = PipelineState(window: window)
        let defaultDCT = defaultDCT
        let includeText = includeText
        let format = format
        let pagePerDocument = pagePerDocument

        var threads: [pthread_t] = []
        for w in 0 ..< jobs {
            let session = UncheckedBox(sessions[w])
            let tokenizer = UncheckedBox(tokenizers.isEmpty ? nil : tokenizers[w])
            threads.append(startThread {
                while let (seq, record) = state.takeWork() {
                    // A JSONL line is parsed here, on a worker, not on the reading thread.
                    let result = Self.process(record.parsed(), number: seq + 1, session: session.value, includeText: includeText,
                                              defaultDCT: defaultDCT, format: format, pagePerDocument: pagePerDocument,
                                              tokenizer: tokenizer.value)
                    state.finish(seq, result)
                }
            })
        }
        let page = format == .html && !pagePerDocument ? HTMLPageWriter(title: pageTitle) : nil
        let writer = startThread {
            state.writeInOrder(to: output, page: page, onProgress: onProgress)
        }
        var seq = 0
        while !Interruption.requested, let item = input.next() {
            if !state.submit(seq, item) { break }
            seq += 1
        }
        state.closeInput(count: seq)
        for t in threads { pthread_join(t, nil) }
        pthread_join(writer, nil)
        return state.summary
    }

    /// One item's output and counts.
    struct Result {
        /// The bytes to write, each with the `origin` the output target files it by:
        /// the input the item came from (see `Document.origin`), or for formats that
        /// name files by document, the file's name.
        var output: [(origin: String, bytes: [UInt8])]
        var spans: Int
        var error: InputError?
        var inputBytes: Int
        /// The item's line in an HTML page's table of contents.
        var entry: HTMLPageWriter.Entry?
        /// Spans the format could not hold.
        var skipped = 0
    }

    /// Annotates and encodes the `number`th item (from 1); `tokenizer` is the worker's, for CoNLL.
    static func process(_ item: InputItem, number: Int, session: Annotator.Session, includeText: Bool, defaultDCT: String?,
                        format: OutputFormat, pagePerDocument: Bool, tokenizer: Tokenizer?) -> Result {
        let namesFilesByDocument = format.namesFilesByDocument || (format == .html && pagePerDocument)
        switch item {
        case let .error(e):
            if namesFilesByDocument { return Result(output: [], spans: 0, error: e, inputBytes: 0) }
            return encode(e, number: number, format: format, inputBytes: 0)
        case var .document(doc):
            if doc.dct == nil, let dct = defaultDCT { doc.setMeta("dct", .string(dct)) }
            let context = DocumentContext(id: doc.id, dct: doc.dct.flatMap(CalendarDate.init(iso:)))
            let spans: [Span]
            do {
                spans = try session.annotate(doc.text, context: context)
            } catch {
                let e = InputError("ICU error: \(error)", source: doc.source, line: doc.line, origin: doc.origin)
                return encode(e, number: number, format: format, inputBytes: doc.text.utf8.count)
            }
            var result = Result(output: [], spans: spans.count, error: nil, inputBytes: doc.text.utf8.count)
            let corpusDocument = {
                EvalDocument(id: doc.id, text: doc.text, meta: doc.meta, spans: spans.map(EvalSpan.init))
            }
            let name = namesFilesByDocument ? CorpusWriter.fileName(for: doc.id) : nil
            if namesFilesByDocument, name == nil {
                let e = InputError("document id '\(doc.id)' cannot be used as a file name", source: doc.source,
                                   line: doc.line, origin: doc.origin)
                return encode(e, number: number, format: format, inputBytes: doc.text.utf8.count)
            }
            switch format {
            case .jsonl:
                var w = JSONWriter(capacity: (includeText ? doc.text.utf8.count : 0) + 96 * spans.count + 256)
                OutputWriter.document(doc, spans: spans, includeText: includeText, into: &w)
                result.output = [(doc.origin, w.bytes)]
            case .html where pagePerDocument:
                var page = HTMLPageWriter(title: doc.id)
                var bytes: [UInt8] = []
                page.begin(into: &bytes)
                _ = page.document(doc, spans: spans, into: &bytes)
                page.end(into: &bytes)
                result.output = [(name! + ".html", bytes)]
            case .html:
                var bytes: [UInt8] = []
                result.entry = HTMLPageWriter.section(doc, marks: spans.map(HTMLMark.init), number: number, into: &bytes)
                result.output = [(doc.origin, bytes)]
            case .conll:
                do {
                    let (text, skipped) = try CorpusWriter.conll(corpusDocument(), tokenizer: tokenizer!)
                    result.output = [(doc.origin, Array(text.utf8))]
                    result.skipped = skipped
                } catch {
                    let e = InputError("\(error)", source: doc.source, line: doc.line, origin: doc.origin)
                    return encode(e, number: number, format: format, inputBytes: doc.text.utf8.count)
                }
            case .timeml:
                let (file, skipped) = CorpusWriter.timeml(corpusDocument())
                result.output = [(name! + ".tml", Array(file.utf8))]
                result.skipped = skipped
            case .brat:
                result.output = [(name! + ".txt", Array(doc.text.utf8)),
                                 (name! + ".ann", Array(CorpusWriter.bratAnnotations(corpusDocument()).utf8))]
            }
            return result
        }
    }

    /// An input error as an error record or an error section; the corpus formats have
    /// no place for it (it is reported on standard error).
    static func encode(_ e: InputError, number: Int, format: OutputFormat, inputBytes: Int) -> Result {
        switch format {
        case .jsonl:
            var w = JSONWriter(capacity: 256)
            OutputWriter.error(e, into: &w)
            return Result(output: [(e.origin, w.bytes)], spans: 0, error: e, inputBytes: inputBytes)
        case .html:
            var bytes: [UInt8] = []
            let entry = HTMLPageWriter.section(error: e, number: number, into: &bytes)
            return Result(output: [(e.origin, bytes)], spans: 0, error: e, inputBytes: inputBytes, entry: entry)
        case .conll, .timeml, .brat:
            return Result(output: [], spans: 0, error: e, inputBytes: inputBytes)
        }
    }
}

/// Wraps a non-Sendable value handed to exactly one thread.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Starts a joinable POSIX thread running `body`.
func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t {
    final class Context { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
    let context = Unmanaged.passRetained(Context(body)).toOpaque()
    var thread = pthread_t()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 8 << 20)
    let rc = pthread_create(&thread, &attributes, { raw in
        let context = Unmanaged<Context>.fromOpaque(raw!).takeRetainedValue()
        context.body()
        return nil
    }, context)
    pthread_attr_destroy(&attributes)
    precondition(rc == 0, "pthread_create failed: \(rc)")
    return thread
}

/// The hand-offs between reader, workers and writer, under one lock.
///
/// Each side sleeps on its own condition and is woken only when it can go on: a
/// worker when an item is queued and it is idle, the writer when the item it is
/// waiting for is done (and, while work is queued, a batch of items is), the reader
/// when the window is half free again. So in a steady run a worker never sleeps and
/// the reader and the writer rarely do.
final class PipelineState: @unchecked Sendable {
    private let lock = Lock()
    private let workQueued: Condition
    private let resultDone: Condition
    private let spaceFree: Condition
    private let window: Int
    private var queue: [(Int, InputRecord)] = []
    private var queueHead = 0
    private var done: [Int: Pipeline.Result] = [:]
    private var submitted = 0
    private var written = 0
    private var total: Int?
    private var stopped = false
    private var idleWorkers = 0
    private var writerWaiting = false
    private var readerWaiting = false
    private(set) var summary = Pipeline.Summary()

    /// How long the writer keeps written output buffered while it waits for the
    /// next item: a slow stream still sees each document soon after it is done.
    static let flushDelayNanoseconds = 50_000_000

    init(window: Int) {
        self.window = window
        workQueued = Condition(lock)
        resultDone = Condition(lock)
        spaceFree = Condition(lock)
    }

    /// Queues an item; blocks while the window is full. False once the run has stopped.
    func submit(_ seq: Int, _ item: InputRecord) -> Bool {
        lock.withLock {
            while !stopped && submitted - written >= window {
                readerWaiting = true
                spaceFree.wait()
                readerWaiting = false
            }
            if stopped { return false }
            queue.append((seq, item))
            submitted += 1
            if idleWorkers > 0 { workQueued.signal() }
            return true
        }
    }

    func closeInput(count: Int) {
        lock.withLock {
            total = count
            workQueued.broadcast()
            resultDone.signal()
        }
    }

    func takeWork() -> (Int, InputRecord)? {
        lock.withLock {
            while !(stopped || queueHead < queue.count || total != nil) {
                idleWorkers += 1
                workQueued.wait()
                idleWorkers -= 1
            }
            if stopped || queueHead >= queue.count { return nil }
            let item = queue[queueHead]
            queueHead += 1
            if queueHead > 1024, queueHead * 2 > queue.count {
                queue.removeSubrange(0 ..< queueHead)
                queueHead = 0
            }
            return item
        }
    }

    /// Finished items the writer lets gather before it is woken, while more work is queued.
    static let writerBatch = 16

    func finish(_ seq: Int, _ result: Pipeline.Result) {
        lock.withLock {
            done[seq] = result
            // Wake the writer once it can write, but while work is still queued only
            // when a batch has gathered: one wake-up writes many items.
            if writerWaiting, done[written] != nil,
               done.count >= Self.writerBatch || queueHead >= queue.count || total != nil {
                resultDone.signal()
            }
        }
    }

    /// What the writer does next.
    private enum Step {
        case write(Pipeline.Result)
        /// Nothing is ready yet and output has waited long enough: flush it.
        case flush
        case finish
        case stop
    }

    /// The writer's next step; with `pending` output it waits at most the flush delay.
    private func nextStep(pending: Bool) -> Step {
        lock.withLock {
            while true {
                if stopped { return .stop }
                if let result = done.removeValue(forKey: written) { return .write(result) }
                if let total, written >= total { return .finish }
                writerWaiting = true
                let woken = pending ? resultDone.wait(nanoseconds: Self.flushDelayNanoseconds) : { resultDone.wait(); return true }()
                writerWaiting = false
                if !woken, !stopped, done[written] == nil { return .flush }
            }
        }
    }

    /// Writes results in input order; with a `page`, its head first and its table of contents last.
    func writeInOrder(to output: any OutputTarget, page: HTMLPageWriter?,
                      onProgress: (@Sendable (Pipeline.Summary) -> Void)?) {
        var page = page
        var pending = false
        if let page {
            var head: [UInt8] = []
            page.begin(into: &head)
            if let failure = output.write(head, origin: "") {
                lock.withLock { record(failure) }
                return
            }
            pending = true
        }
        while true {
            let result: Pipeline.Result
            switch nextStep(pending: pending) {
            case let .write(r):
                result = r
            case .flush:
                pending = false
                if let failure = output.flush() {
                    lock.withLock { record(failure) }
                    return
                }
                continue
            case let step:
                var complete = !Interruption.requested
                if case .stop = step { complete = false }
                var failure: OutputFailure?
                if complete, let page {
                    var tail: [UInt8] = []
                    page.end(into: &tail)
                    failure = output.write(tail, origin: "")
                }
                let finished = output.finish(complete: complete && failure == nil)
                if let failure = failure ?? finished { lock.withLock { record(failure) } }
                return
            }
            if let entry = result.entry { page?.add(entry) }
            var failure: OutputFailure?
            for (origin, bytes) in result.output where failure == nil {
                failure = output.write(bytes, origin: origin)
                pending = true
            }
            if let e = result.error { reportInputError(e) }
            let snapshot: Pipeline.Summary = lock.withLock {
                written += 1
                if result.error != nil { summary.errors += 1 } else { summary.documents += 1 }
                summary.spans += result.spans
                summary.skippedSpans += result.skipped
                summary.bytes += result.inputBytes
                if let failure { record(failure) }
                if readerWaiting && submitted - written <= window / 2 { spaceFree.signal() }
                return summary
            }
            if failure != nil { return }
            onProgress?(snapshot)
        }
    }

    /// Notes why the output failed and stops the run; call with the lock held.
    private func record(_ failure: OutputFailure) {
        switch failure {
        case .closed: summary.outputClosed = true
        case let .failed(message): summary.outputError = message
        }
        stopped = true
        workQueued.broadcast()
        resultDone.broadcast()
        spaceFree.broadcast()
    }
}
