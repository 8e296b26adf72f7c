import GazetteCore
import GazetteDocuments
import GazetteText

/// Annotates texts with a fixed set of recognizers: configure once, then call from
/// any thread. Each thread that annotates gets its own ICU tokenizer (a
/// `Session`); `annotate(_:dct:)` keeps a small pool of them.
///
/// ```swift
/// let annotator = try Annotator(recognizers: Annotator.standardRecognizers())
/// let spans = try annotator.annotate("NATO met on October 25.", dct: "2021-10-25")
/// ```
public final class Annotator: Sendable {
    /// Texts longer than this (in UTF-8 bytes) are annotated a segment at a time.
    public static let segmentBytes = 1 << 20

    public let recognizers: [any Recognizer]
    private let pool: SessionPool

    public init(recognizers: [any Recognizer]) throws(ICUError) {
        self.recognizers = recognizers
        pool = SessionPool()
        _ = try Tokenizer(cacheWords: false) // fail here, not later, if ICU cannot open its iterators
    }

    /// Annotates `text`, resolving relative dates against `dct` (`YYYY-MM-DD`) when given.
    public func annotate(_ text: String, dct: String? = nil, id: String = "") throws(ICUError) -> [Span] {
        let session = try pool.take(self)
        defer { pool.give(session) }
        return try session.annotate(text, context: DocumentContext(id: id, dct: dct.flatMap(CalendarDate.init(iso:))))
    }

    /// A tokenizer and this annotator's recognizers, for use on one thread at a time.
    public func session() throws(ICUError) -> Session { try Session(recognizers: recognizers) }

    /// Per-thread annotation state.
    public final class Session {
        /// The annotator's recognizers (not the annotator itself: its pool of idle
        /// sessions would then keep it alive in a cycle).
        public let recognizers: [any Recognizer]
        private let tokenizer: Tokenizer
        /// By recognizer: its vocabulary's index in the tokenizer's, if it has one.
        private let vocabularyIndex: [Int?]
        /// The candidates of the document being annotated, kept empty between documents
        /// for its capacity.
        private var candidates: [Candidate] = []

        init(recognizers: [any Recognizer]) throws(ICUError) {
            self.recognizers = recognizers
            var vocabularies: [TokenTable] = []
            vocabularyIndex = recognizers.map { recognizer in
                guard let table = recognizer.vocabulary else { return nil }
                vocabularies.append(table)
                return vocabularies.count - 1
            }
            tokenizer = try Tokenizer(vocabularies: vocabularies)
        }

        /// `context` with the token ids of recognizer `r`'s vocabulary.
        private func context(_ context: DocumentContext, for r: Int, _ analyzed: AnalyzedText) -> DocumentContext {
            guard let k = vocabularyIndex[r] else { return context }
            var context = context
            context.tokenIDs = analyzed.tokenIDs[k]
            return context
        }

        /// The spans of `text`, non-overlapping, in text order.
        ///
        /// A text longer than `Annotator.segmentBytes` is annotated in segments cut
        /// after a line break (or a space, failing that), so that memory stays
        /// proportional to the segment; what recognizers learn from the document
        /// (a name seen in full) then holds within a segment.
        public func annotate(_ text: String, context: DocumentContext) throws(ICUError) -> [Span] {
            if text.utf8.count <= Annotator.segmentBytes { return try annotateSegment(text, context: context) }
            var text = text
            let result: Result<[Span], ICUError> = text.withUTF8 { all in
                var spans: [Span] = []
                var start = 0
                var scalarOffset = 0
                while start < all.count {
                    let end = Self.segmentEnd(all, from: start)
                    let piece = UnsafeBufferPointer(rebasing: all[start ..< end])
                    do throws(ICUError) {
                        for var span in try annotateSegment(String(decoding: piece, as: UTF8.self), context: context) {
                            span.start += scalarOffset
                            span.end += scalarOffset
                            spans.append(span)
                        }
                    } catch {
                        return .failure(error)
                    }
                    scalarOffset += piece.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    start = end
                }
                return .success(spans)
            }
            return try result.get()
        }

        /// Where the segment that begins at `start` ends: after the last line break in
        /// the second half of the window, else after the last space, else at a code point.
        static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let limit = start + Annotator.segmentBytes
            if limit >= bytes.count { return bytes.count }
            let half = start + Annotator.segmentBytes / 2
            if let newline = bytes[half ..< limit].lastIndex(of: 0x0A) { return newline + 1 }
            if let space = bytes[half ..< limit].lastIndex(of: 0x20) { return space + 1 }
            var end = limit
            while bytes[end] & 0xC0 == 0x80 { end -= 1 }
            return end
        }

        private func annotateSegment(_ text: String, context: DocumentContext) throws(ICUError) -> [Span] {
            let analyzed = try tokenizer.analyze(text)
            var candidates: [Candidate] = []
            swap(&candidates, &self.candidates)
            defer {
                candidates.removeAll(keepingCapacity: true)
                swap(&candidates, &self.candidates)
            }
            for (r, recognizer) in recognizers.enumerated() {
                recognizer.recognize(analyzed, context: self.context(context, for: r, analyzed), into: &candidates)
            }
            return Self.spans(&candidates, OverlapResolver.keptIndices(candidates), of: text, analyzed: analyzed)
        }

        /// Every candidate of every recognizer, with the recognizer's name and the overlap decision.
        public func explain(_ text: String, context: DocumentContext) throws(ICUError) -> [Explanation] {
            let analyzed = try tokenizer.analyze(text)
            var candidates: [Candidate] = []
            var names: [String] = []
            for (r, recognizer) in recognizers.enumerated() {
                let before = candidates.count
                recognizer.recognize(analyzed, context: self.context(context, for: r, analyzed), into: &candidates)
                names.append(contentsOf: repeatElement(recognizer.name, count: candidates.count - before))
            }
            let decisions = OverlapResolver.decide(candidates)
            let spans = Self.spans(&candidates, Array(candidates.indices), of: text, analyzed: analyzed)
            return candidates.indices.map { i in
                guard case let .overlaps(w) = decisions[i] else {
                    return Explanation(recognizer: names[i], span: spans[i], kept: true, lostTo: nil, reason: nil)
                }
                return Explanation(recognizer: names[i], span: spans[i], kept: false, lostTo: spans[w],
                                   reason: OverlapResolver.reason(winner: candidates[w], loser: candidates[i]))
            }
        }

        /// Maps candidates `chosen` (indices into `candidates`, each at most once) from view
        /// units to original code points and text. The strings of the chosen candidates
        /// are moved to the spans, not copied: those candidates are left with empty ones
        /// (their positions and labels stay).
        static func spans(_ candidates: inout [Candidate], _ chosen: [Int], of text: String, analyzed: AnalyzedText) -> [Span] {
            var text = text
            let view = analyzed.normalized
            // Through pointers: each candidate's fields are read in place, the candidate
            // not copied (its strings retained and released) on the way.
            return text.withUTF8 { utf8 in
                candidates.withUnsafeMutableBufferPointer { candidates in
                    chosen.map { k in
                        let c = candidates.baseAddress! + k
                        let (original, bytes) = view.origin(c.pointee.start ..< c.pointee.end)
                        var rule = ""
                        swap(&rule, &c.pointee.rule)
                        return Span(start: original.lowerBound, end: original.upperBound, label: c.pointee.label,
                                    text: String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes]), as: UTF8.self),
                                    rule: rule, source: c.pointee.source.take(), value: c.pointee.value.take(),
                                    mod: c.pointee.mod.take(), role: c.pointee.role.take(), entity: c.pointee.entity.take())
                    }
                }
            }
        }
    }

    /// One candidate as `explain` shows it.
    public struct Explanation: Sendable {
        public let recognizer: String
        public let span: Span
        public let kept: Bool
        /// The candidate that won the overlap, when this one lost.
        public let lostTo: Span?
        /// Why it won (`OverlapResolver.reason`), when this one lost.
        public let reason: String?
    }
}

/// Sessions kept for `Annotator.annotate(_:dct:)` callers on any thread.
private final class SessionPool: @unchecked Sendable {
    private let lock = Lock()
    private var idle: [Annotator.Session] = []

    func take(_ annotator: Annotator) throws(ICUError) -> Annotator.Session {
        if let s = lock.withLock({ idle.popLast() }) { return s }
        return try annotator.session()
    }

    func give(_ session: Annotator.Session) {
        lock.withLock { if idle.count < 16 { idle.append(session) } }
    }
}
