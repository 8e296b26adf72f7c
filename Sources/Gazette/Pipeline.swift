import GazetteCore
import GazetteDocuments
import GazetteJSON
import GazetteText
#if canImport(Glibc)
import Glibc
#endif

/// The streaming pipeline: read documents, annotate them on `jobs` threads, write
/// JSONL in input order.
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

    public init(annotator: Annotator, jobs: Int, includeText: Bool = true, defaultDCT: String? = nil, window: Int? = nil) {
        self.annotator = annotator
        self.jobs = max(1, jobs)
        self.includeText = includeText
        self.defaultDCT = defaultDCT
        self.window = window ?? max(16, 32 * self.jobs)
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
    }

    /// Runs the pipeline over `input`, writing to `output`. `onProgress` is called on
    /// the writer thread after each item.
    public func run(_ input: InputReader, to output: any OutputTarget,
                    onProgress: (@Sendable (Summary) -> Void)? = nil) throws(ICUError) -> Summary {
        let sessions = try (0 ..< jobs).map { _ throws(ICUError) in try annotator.session() }
        let state = PipelineState(window: window)
        let defaultDCT = defaultDCT
        let includeText = includeText

        var threads: [pthread_t] = []
        for w in 0 ..< jobs {
            let session = UncheckedBox(sessions[w])
            threads.append(startThread {
                while let (seq, item) = state.takeWork() {
                    let result = Self.process(item, session: session.value, includeText: includeText, defaultDCT: defaultDCT)
                    state.finish(seq, result)
                }
            })
        }
        let writer = startThread {
            state.writeInOrder(to: output, onProgress: onProgress)
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

    /// One item's output bytes and counts.
    struct Result {
        var bytes: [UInt8]
        var spans: Int
        var error: InputError?
        var inputBytes: Int
        var origin: String
    }

    static func process(_ item: InputItem, session: Annotator.Session, includeText: Bool, defaultDCT: String?) -> Result {
        var w = JSONWriter(capacity: 256)
        switch item {
        case let .error(e):
            OutputWriter.error(e, into: &w)
            return Result(bytes: w.bytes, spans: 0, error: e, inputBytes: 0, origin: e.origin)
        case var .document(doc):
            if doc.dct == nil, let dct = defaultDCT { doc.setMeta("dct", .string(dct)) }
            let context = DocumentContext(id: doc.id, dct: doc.dct.flatMap(CalendarDate.init(iso:)))
            do {
                let spans = try session.annotate(doc.text, context: context)
                w = JSONWriter(capacity: doc.text.utf8.count + 64 * spans.count + 128)
                OutputWriter.document(doc, spans: spans, includeText: includeText, into: &w)
                return Result(bytes: w.bytes, spans: spans.count, error: nil, inputBytes: doc.text.utf8.count,
                              origin: doc.origin)
            } catch {
                let e = InputError("ICU error: \(error)", source: doc.source, line: doc.line, origin: doc.origin)
                OutputWriter.error(e, into: &w)
                return Result(bytes: w.bytes, spans: 0, error: e, inputBytes: doc.text.utf8.count, origin: doc.origin)
            }
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
final class PipelineState: @unchecked Sendable {
    private let lock = Lock()
    private let window: Int
    private var queue: [(Int, InputItem)] = []
    private var queueHead = 0
    private var done: [Int: Pipeline.Result] = [:]
    private var submitted = 0
    private var written = 0
    private var total: Int?
    private var stopped = false
    private(set) var summary = Pipeline.Summary()

    init(window: Int) { self.window = window }

    /// Queues an item; blocks while the window is full. False once the run has stopped.
    func submit(_ seq: Int, _ item: InputItem) -> Bool {
        lock.withLock {
            lock.wait { stopped || submitted - written < window }
            if stopped { return false }
            queue.append((seq, item))
            submitted += 1
            lock.broadcast()
            return true
        }
    }

    func closeInput(count: Int) {
        lock.withLock {
            total = count
            lock.broadcast()
        }
    }

    func takeWork() -> (Int, InputItem)? {
        lock.withLock {
            lock.wait { stopped || queueHead < queue.count || total != nil }
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

    func finish(_ seq: Int, _ result: Pipeline.Result) {
        lock.withLock {
            done[seq] = result
            lock.broadcast()
        }
    }

    func writeInOrder(to output: any OutputTarget, onProgress: (@Sendable (Pipeline.Summary) -> Void)?) {
        while true {
            let next: Pipeline.Result? = lock.withLock {
                lock.wait { stopped || done[written] != nil || (total != nil && written >= total!) }
                if stopped { return nil }
                return done.removeValue(forKey: written) // nil once all are written
            }
            guard let result = next else {
                let complete = lock.withLock { !stopped } && !Interruption.requested
                let failure = output.finish(complete: complete)
                if let failure { lock.withLock { record(failure) } }
                return
            }
            let failure = output.write(result.bytes, origin: result.origin)
            if let e = result.error { reportInputError(e) }
            let snapshot: Pipeline.Summary = lock.withLock {
                written += 1
                if result.error != nil { summary.errors += 1 } else { summary.documents += 1 }
                summary.spans += result.spans
                summary.bytes += result.inputBytes
                if let failure { record(failure) }
                lock.broadcast()
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
        lock.broadcast()
    }
}
