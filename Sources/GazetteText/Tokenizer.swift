/// Splits a normalized view into tokens and sentences (UAX #29 word and sentence
/// boundaries: ICU's, or for ASCII lines `ASCIIWordBreaks` and `ASCIISentenceBreaks`,
/// which give the same),
/// then adjusts the tokens for news text:
/// - white space is not a token; it sets `spaceBefore`, `lineStart` and `paragraphStart`;
/// - a possessive `'s` after a word is a token of its own (`NATO's` -> `NATO`, `'s`);
/// - a period right after a single capital (`J.`) or a dotted abbreviation (`U.S.`,
///   `a.m.`) joins it, giving the shapes `initial` and `abbreviation`;
/// - tokens of a line whose letters are all capitals are marked `capsLine`.
///
/// Holds ICU break iterators, so it is not thread-safe: use one per thread.
public final class Tokenizer {
    /// ICU's word iterator, for lines that are not ASCII (internal so that tests can
    /// compare the ASCII path with it).
    let words: BreakIterator
    /// ICU's sentence iterator (with the locale's `@ss=standard` exceptions), for lines
    /// that are not ASCII.
    let sentences: BreakIterator
    /// The sentence scanner for ASCII lines; nil to run ICU over every text (tests set
    /// it to nil to compare), or when the locale has sentence rules of its own.
    var asciiSentences: ASCIISentenceBreaks?
    private let normalizer: Normalizer
    /// Tokens of ASCII chunks already seen; nil to run ICU over every text.
    private var chunkCache: ChunkTokenCache?

    /// The tables `AnalyzedText.tokenIDs` gives each token's id in.
    public let vocabularies: [TokenTable]
    /// The sentences' unit ranges in `analyze`, kept empty between texts for the capacity.
    private var sentenceScratch: [Range<Int>] = []

    /// `cacheWords: false` segments every text anew, not only the chunks of ASCII text
    /// it has not seen (the results are the same). `vocabularies`: the tables to look
    /// every token up in (see `AnalyzedText.tokenIDs`).
    public init(locale: String = "en_US", cacheWords: Bool = true, vocabularies: [TokenTable] = []) throws(ICUError) {
        self.vocabularies = vocabularies
        chunkCache = cacheWords ? ChunkTokenCache(vocabularies: vocabularies) : nil
        words = try BreakIterator(.word, locale: locale)
        sentences = try BreakIterator(.sentence, locale: locale + "@ss=standard")
        asciiSentences = try ASCIISentenceBreaks(locale: locale + "@ss=standard")
        normalizer = try Normalizer()
    }

    /// Normalizes and tokenizes `text`.
    public func analyze(_ text: String) throws(ICUError) -> AnalyzedText {
        try analyze(normalizer.normalize(text))
    }

    /// Tokenizes an already normalized view.
    public func analyze(_ view: NormalizedText) throws(ICUError) -> AnalyzedText {
        var tokens: [Token] = []
        var sentenceRanges: [Range<Int>] = []
        swap(&sentenceRanges, &sentenceScratch)
        defer {
            sentenceRanges.removeAll(keepingCapacity: true)
            swap(&sentenceRanges, &sentenceScratch)
        }
        let v = vocabularies.count
        // Token by token, the ids in each vocabulary (the chunk cache's layout); room for
        // a token a unit, the most there can be.
        let flatIDs = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, v * view.units.count))
        defer { flatIDs.deallocate() }
        try view.units.withUnsafeBufferPointer { (units) throws(ICUError) in
            try view.folded.withUnsafeBufferPointer { (folded) throws(ICUError) in
                var sink = TokenSink(units: units, folded: folded)
                // Tokens before this one have their ids in `flatIDs`.
                var known = 0
                let isASCII = Self.isASCII(units)
                if chunkCache != nil, isASCII {
                    chunkCache!.forEachChunk(in: units, folded: folded, space: { start, _ in sink.addSpace(newline: units[start] == 0x0A) }) { start, end, cached in
                        if let cached {
                            sink.add(cached, at: start)
                            cached.copyIDs(to: flatIDs + v * known)
                        } else {
                            ASCIIWordBreaks.forEachSegment(in: units, start ..< end) { sink.add($0, $1, $2) }
                            // Chunks do not touch (rules look no further than a chunk), so
                            // this one's tokens are the new ones.
                            Self.lookUpIDs(sink.tokens, known ..< sink.tokens.count, folded, vocabularies, into: flatIDs)
                        }
                        known = sink.tokens.count
                    }
                } else {
                    try forEachWordSegment(in: units) { sink.add($0, $1, $2) }
                }
                tokens = sink.tokens
                Self.lookUpIDs(tokens, known ..< tokens.count, folded, vocabularies, into: flatIDs)
                try forEachSentence(in: units, isASCII: isASCII) { start, end in
                    sentenceRanges.append(start ..< end)
                }
            }
        }
        let sentenceTokens = Self.assignSentences(&tokens, sentenceRanges: sentenceRanges)
        Self.markCapsLines(&tokens, view: view)
        let count = tokens.count
        let ids = (0 ..< v).map { k in
            [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
                var source = flatIDs + k
                for i in 0 ..< count {
                    buffer[i] = source.pointee
                    source += v
                }
                initialized = count
            }
        }
        return AnalyzedText(normalized: view, tokens: tokens, sentences: sentenceTokens, tokenIDs: ids)
    }

    /// Looks up the tokens `range` in each vocabulary: the id of token `i` in vocabulary
    /// `k` goes to `ids[i * vocabularies.count + k]` (-1: absent).
    private static func lookUpIDs(_ tokens: [Token], _ range: Range<Int>, _ folded: UnsafeBufferPointer<UInt16>,
                                  _ vocabularies: [TokenTable], into ids: UnsafeMutablePointer<Int32>) {
        let v = vocabularies.count
        guard v > 0 else { return }
        for i in range {
            let key = UnsafeBufferPointer(rebasing: folded[tokens[i].range])
            for k in 0 ..< v { ids[i * v + k] = vocabularies[k].lookup(folded: key, hash: tokens[i].hash) ?? -1 }
        }
    }

    /// Calls `body(start, end, ruleStatus)` for each UAX #29 word segment of `units`.
    ///
    /// A boundary always falls before and after a line break (WB3a-b), so lines are
    /// segmented one by one: ASCII lines by `ASCIIWordBreaks`, others by ICU.
    func forEachWordSegment(in units: UnsafeBufferPointer<UInt16>,
                            _ body: (Int, Int, Int32) -> Void) throws(ICUError) {
        defer { words.detach() }
        var lineStart = 0
        while lineStart < units.count {
            var k = lineStart
            var ascii = true
            while k < units.count, units[k] != 0x0A {
                if units[k] >= 0x80 { ascii = false }
                k += 1
            }
            // CR LF is one segment.
            let lineEnd = k < units.count && k > lineStart && units[k - 1] == 0x0D ? k - 1 : k
            if ascii {
                ASCIIWordBreaks.forEachSegment(in: units, lineStart ..< lineEnd, body)
            } else if lineStart < lineEnd {
                let offset = lineStart
                try words.forEachSegment(in: UnsafeBufferPointer(rebasing: units[lineStart ..< lineEnd]), detach: false) {
                    body(offset + $0, offset + $1, $2)
                }
            }
            if k < units.count {
                body(lineEnd, k + 1, 0)
                k += 1
            }
            lineStart = k
        }
    }

    /// Calls `body(start, end)` for each UAX #29 sentence of `units` (`isASCII` if all
    /// its units are).
    ///
    /// A boundary always falls after a line feed (SB4), so the text is cut there: runs of
    /// ASCII lines go to `asciiSentences`, runs of other lines to ICU. ICU starts at the
    /// line feed before a run, so that it reaches the run's first line in the state it is
    /// in when it segments the whole text (its rules single out the start of a text, `{bof}`).
    func forEachSentence(in units: UnsafeBufferPointer<UInt16>, isASCII: Bool,
                         _ body: (Int, Int) -> Void) throws(ICUError) {
        guard let ascii = asciiSentences else {
            try sentences.forEachSegment(in: units) { start, end, _ in body(start, end) }
            return
        }
        var previous = 0
        if isASCII {
            ascii.forEachBreak(in: units, 0 ..< units.count) { body(previous, $0); previous = $0 }
            return
        }
        defer { sentences.detach() }
        var runStart = 0
        var runIsASCII = true
        var k = 0
        while k < units.count {
            // The line from k to after its line feed.
            var lineEnd = k
            var lineIsASCII = true
            while lineEnd < units.count {
                let u = units[lineEnd]
                lineEnd += 1
                if u == 0x0A { break }
                if u >= 0x80 { lineIsASCII = false }
            }
            if lineIsASCII != runIsASCII, k > runStart {
                try segmentRun(runStart ..< k, ascii: runIsASCII, in: units) { body(previous, $0); previous = $0 }
                runStart = k
            }
            runIsASCII = lineIsASCII
            k = lineEnd
        }
        if runStart < units.count {
            try segmentRun(runStart ..< units.count, ascii: runIsASCII, in: units) { body(previous, $0); previous = $0 }
        }
    }

    /// Calls `body(end)` for each sentence end in `run`, a run of whole lines.
    private func segmentRun(_ run: Range<Int>, ascii: Bool, in units: UnsafeBufferPointer<UInt16>,
                            _ body: (Int) -> Void) throws(ICUError) {
        if ascii {
            asciiSentences!.forEachBreak(in: units, run, body)
            return
        }
        let from = run.lowerBound > 0 ? run.lowerBound - 1 : 0
        try sentences.forEachSegment(in: UnsafeBufferPointer(rebasing: units[from ..< run.upperBound]), detach: false) { _, end, _ in
            if from + end > run.lowerBound { body(from + end) }
        }
    }

    /// Turns word-break segments into tokens: white space sets the flags of the next token.
    struct TokenSink {
        let units: UnsafeBufferPointer<UInt16>
        let folded: UnsafeBufferPointer<UInt16>
        var tokens: [Token] = []
        var pendingSpace: Bool
        var pendingNewlines: Int
        var line: Int32 = 0

        /// By default the start of the text counts as a paragraph start. `tokens`: an empty
        /// array whose capacity the sink may use.
        init(units: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>, tokens: [Token] = [],
             pendingSpace: Bool = true, pendingNewlines: Int = 2) {
            self.units = units
            self.folded = folded
            self.tokens = tokens
            self.pendingSpace = pendingSpace
            self.pendingNewlines = pendingNewlines
            self.tokens.reserveCapacity(units.count / 5)
        }

        /// Adds the tokens of a chunk (see `ChunkTokenCache`) that starts at `start`.
        @inline(__always)
        mutating func add(_ cached: CachedTokens, at start: Int) {
            let n = cached.count
            guard n > 0 else { return }
            let offset = Int32(start)
            let flags = takePendingFlags()
            tokens.append(cached.token(0, offset: offset, line: line, flags: flags))
            for i in 1 ..< n { tokens.append(cached.token(i, offset: offset, line: line, flags: [])) }
        }

        /// The flags the white space before the next token gives it, which it then clears.
        @inline(__always)
        mutating func takePendingFlags() -> TokenFlags {
            var flags: TokenFlags = []
            if pendingSpace { flags.insert(.spaceBefore) }
            if pendingNewlines > 0 { flags.insert(.lineStart) }
            if pendingNewlines > 1 { flags.insert(.paragraphStart) }
            pendingSpace = false
            pendingNewlines = 0
            return flags
        }

        /// Adds a run of spaces, or a line break.
        @inline(__always)
        mutating func addSpace(newline: Bool) {
            if newline {
                pendingNewlines += 1
                line += 1
            }
            pendingSpace = true
        }

        @inline(__always)
        mutating func add(_ start: Int, _ end: Int, _ status: Int32) {
            let first = units[start]
            if status < 100, Tokenizer.isSpace(first) {
                for k in start ..< end where units[k] == 0x0A {
                    pendingNewlines += 1
                    line += 1
                }
                pendingSpace = true
                return
            }
            let flags = takePendingFlags()
            let kind = Tokenizer.kind(status: status, first: UInt32(first))
            Tokenizer.append(start: start, end: end, kind: kind, flags: flags, line: line,
                             units: units, folded: folded, to: &tokens)
        }
    }

    private static func isASCII(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var all: UInt16 = 0
        for u in units { all |= u }
        return all < 0x80
    }

    @inline(__always)
    fileprivate static func isSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D }

    fileprivate static func kind(status: Int32, first: UInt32) -> TokenKind {
        switch status {
        case 100 ..< 200: return .number
        case 200 ..< 300: return .word
        case 300 ..< 500: return .ideographic
        default:
            let category = UnicodeProperties.category(first)
            // ICU UCharCategory: 19...23, 29, 30 are punctuation; 24...27 symbols.
            switch category {
            case 19 ... 23, 29, 30: return .punctuation
            case 24 ... 27: return .symbol
            default: return UnicodeProperties.isLetter(first) ? .word : .symbol
            }
        }
    }

    /// Appends the segment `start..<end` as one or more tokens, applying the possessive
    /// split and the abbreviation merge.
    fileprivate static func append(start: Int, end: Int, kind: TokenKind, flags: TokenFlags, line: Int32,
                               units: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>,
                               to tokens: inout [Token]) {
        // A period attached to an initial or a dotted abbreviation joins it; one period only,
        // so that a sentence's own period after "a.m." stays apart ("by 11:15 a.m.. Shares").
        if kind == .punctuation, end - start == 1, units[start] == 0x2E, let last = tokens.last,
           Int(last.end) == start, last.kind == .word, units[start - 1] != 0x2E,
           last.shape == .upper && last.length == 1 || last.shape == .abbreviation {
            var merged = last
            merged.end = Int32(end)
            merged.shape = last.length == 1 ? .initial : .abbreviation
            merged.hash = hash(folded, Int(merged.start) ..< end)
            tokens[tokens.count - 1] = merged
            return
        }
        var wordEnd = end
        if kind == .word, end - start > 2, units[end - 2] == 0x27, folded[end - 1] == 0x73 /* 's */ {
            wordEnd = end - 2
        }
        tokens.append(Token(start: Int32(start), end: Int32(wordEnd), kind: kind,
                            shape: shape(units, start ..< wordEnd, kind: kind), flags: flags,
                            sentence: 0, position: 0, line: line, hash: hash(folded, start ..< wordEnd)))
        if wordEnd < end {
            tokens.append(Token(start: Int32(wordEnd), end: Int32(end), kind: .punctuation, shape: .punctuation,
                                flags: [], sentence: 0, position: 0, line: line, hash: hash(folded, wordEnd ..< end)))
        }
    }

    /// FNV-1a over UTF-16 units; `TokenTable` uses the same function, and so must any key
    /// looked up in it (`TokenTable.lookup(folded:hash:)`).
    @inlinable @inline(__always)
    public static func hash(_ folded: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            h = (h ^ UInt64(folded[k])) &* 0x100_0000_01b3
        }
        return h
    }

    private static func shape(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, kind: TokenKind) -> TokenShape {
        switch kind {
        case .punctuation: return .punctuation
        case .symbol: return .symbol
        case .ideographic: return .other
        case .number, .word: break
        }
        var upper = 0, lower = 0, digits = 0, periods = 0, other = 0
        var firstUpper = false
        var k = range.lowerBound
        var index = 0
        while k < range.upperBound {
            var c = UInt32(units[k])
            k += 1
            if c & 0xFC00 == 0xD800, k < range.upperBound {
                c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(units[k]) - 0xDC00)
                k += 1
            }
            // ASCII, the common case, classified without the property lookups.
            let isUpper = c < 0x80 ? c &- 0x41 < 26 : UnicodeProperties.isUpper(c)
            if isUpper {
                upper += 1
                if index == 0 { firstUpper = true }
            } else if c < 0x80 ? c &- 0x61 < 26 : UnicodeProperties.isLower(c) {
                lower += 1
            } else if c < 0x80 ? c &- 0x30 < 10 : UnicodeProperties.isDigit(c) {
                digits += 1
            } else if c == 0x2E {
                periods += 1
            } else {
                other += 1
            }
            index += 1
        }
        let letters = upper + lower
        if periods > 0 && digits == 0 && letters > 0 && other == 0 { return .abbreviation }
        if digits > 0 { return letters > 0 ? .alphanumeric : (periods + other > 0 ? .alphanumeric : .digits) }
        if letters == 0 { return .other }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        return firstUpper ? .capitalized : .mixed
    }

    /// Sets each token's sentence index and position; returns token ranges per sentence.
    private static func assignSentences(_ tokens: inout [Token], sentenceRanges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(sentenceRanges.count)
        var t = 0
        for range in sentenceRanges {
            let first = t
            while t < tokens.count, Int(tokens[t].start) < range.upperBound {
                tokens[t].sentence = Int32(result.count)
                tokens[t].position = Int32(t - first)
                if t == first { tokens[t].flags.insert(.sentenceStart) }
                t += 1
            }
            if t > first { result.append(first ..< t) }
        }
        return result
    }

    /// Marks the tokens of lines that have two or more capitalized words and no lower-case letter.
    private static func markCapsLines(_ tokens: inout [Token], view: NormalizedText) {
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, tokens[lineEnd].line == tokens[lineStart].line { lineEnd += 1 }
            var capitalWords = 0
            var hasLower = false
            for t in lineStart ..< lineEnd where tokens[t].kind == .word {
                switch tokens[t].shape {
                case .lower, .capitalized, .mixed: hasLower = true
                case .upper where tokens[t].length > 1: capitalWords += 1
                default: break
                }
            }
            if !hasLower && capitalWords >= 2 {
                for t in lineStart ..< lineEnd { tokens[t].flags.insert(.capsLine) }
            }
            lineStart = lineEnd
        }
    }
}
