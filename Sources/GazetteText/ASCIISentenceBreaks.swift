import CICU

/// UAX #29 sentence boundaries for runs of ASCII lines, with the break suppressions of
/// ICU's `@ss=standard` iterator: the tokenizer's fast path for ASCII text, giving the
/// boundaries ICU's sentence iterator gives without its rule tables.
/// `ASCIISentenceBreaksTests` checks it against ICU on random and real text.
///
/// In ASCII the rules come down to: a break after a line feed, or a carriage return not
/// followed by one (SB3-4); otherwise breaks only after a terminator (`.`, `!`, `?`)
/// followed by closing punctuation (`"` `'` `(` `)` `[` `]` `{` `}`), spaces or tabs, and
/// at most one line break (SB9-11), unless
/// - a `.` is followed right away by a digit (SB6), or sits between a letter and a
///   capital (SB7);
/// - after the closing punctuation and spaces comes `,`, `-`, `:` or another terminator
///   (SB8a);
/// - after a `.`, the first letter, terminator or line break that follows is a
///   lower-case letter (SB8).
///
/// A break that survives is dropped when the text before it (less one space) ends with
/// one of the locale's exceptions ("Mr."), read from ICU's data
/// (`gz_sentence_exceptions`), with the quirks of ICU's `SimpleFilteredSentenceBreakIterator`
/// reproduced here. An exception with an inner period ("U.S.") puts only its first part
/// ("U.") in the backward table, as does any exception sharing that part ("U.S.A.", and
/// "U." itself); all of them go to the forward table. So the break after "U.S. " stays
/// (the text before it ends with "S.", a first part of "S.A." only): when the backward
/// match is a first part, the text from there must match the forward table, and that
/// match goes on while some exception continues it, so it succeeds only at the end of
/// an exception no other one extends (or at the end of the text). "Lt. Dan" keeps its
/// break because "Lt.Cdr." goes on after "Lt.".
struct ASCIISentenceBreaks {
    /// The classes from `aTerm` on are the ones a break can follow.
    private enum Class: UInt8 {
        case other, lower, upper, numeric, close, space, sContinue, aTerm, sTerm, cr, lf
    }

    private static let classes: [Class] = (0 ..< 128).map { (b: Int) -> Class in
        switch b {
        case 0x61 ... 0x7A: return .lower
        case 0x41 ... 0x5A: return .upper
        case 0x30 ... 0x39: return .numeric
        case 0x2E: return .aTerm
        case 0x21, 0x3F: return .sTerm
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return .close
        case 0x09, 0x0B, 0x0C, 0x20: return .space
        case 0x2C, 0x2D, 0x3A: return .sContinue
        case 0x0D: return .cr
        case 0x0A: return .lf
        default: return .other
        }
    }

    /// A trie over UTF-16 units; a node's value is `match`, `partial` or nil.
    private struct Trie {
        private var edges: [[(unit: UInt16, node: Int32)]] = [[]]
        private var values: [Int8] = [0]

        var isEmpty: Bool { edges[0].isEmpty }

        mutating func insert(_ key: [UInt16], value: Int8) {
            var node = 0
            for unit in key {
                if let next = step(node, unit) {
                    node = next
                } else {
                    edges.append([])
                    values.append(0)
                    edges[node].append((unit, Int32(edges.count - 1)))
                    node = edges.count - 1
                }
            }
            values[node] = value
        }

        @inline(__always)
        func step(_ node: Int, _ unit: UInt16) -> Int? {
            for edge in edges[node] where edge.unit == unit { return Int(edge.node) }
            return nil
        }

        @inline(__always)
        func value(_ node: Int) -> Int8 { values[node] }

        @inline(__always)
        func hasNext(_ node: Int) -> Bool { !edges[node].isEmpty }
    }

    private static let match: Int8 = 2, partial: Int8 = 1

    /// Reversed exceptions (".rM"), and the first parts of dotted ones (".hP" for "Ph.D.").
    private var backward = Trie()
    /// The exceptions whose first part is in `backward` as partial.
    private var forward = Trie()

    /// The scanner for ICU's sentence iterator for `locale` with `@ss=standard`, or nil
    /// when that locale has sentence rules of its own (not the root rules this scanner implements).
    init?(locale: String) throws(ICUError) {
        var status: gz_status = 0
        var name = [CChar](repeating: 0, count: 64)
        _ = gz_sentence_rules_name(locale, &name, Int32(name.count), &status)
        try ICUError.check(status, "sentence rules of \(locale)")
        guard String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) == "sent.brk" else {
            return nil
        }
        let needed = gz_sentence_exceptions(locale, nil, 0, &status)
        var units = [UInt16](repeating: 0, count: Int(needed))
        status = 0
        _ = gz_sentence_exceptions(locale, &units, needed, &status)
        try ICUError.check(status, "sentence break exceptions of \(locale)")
        self.init(exceptions: units.split(separator: 0, omittingEmptySubsequences: true).map(Array.init))
    }

    /// The scanner with `exceptions` as break suppressions, built as ICU's
    /// `SimpleFilteredBreakIteratorBuilder::build` builds its two tries.
    init(exceptions: [[UInt16]]) {
        // ICU keeps the strings in a sorted set (code unit order); the order decides
        // which member of a group sharing a first part stands for it.
        let strings = Array(Set(exceptions)).sorted { $0.lexicographicallyPrecedes($1) }
        let suppressInReverse = 1, addToForward = 2
        var partials = [Int](repeating: 0, count: strings.count)
        // ICU compares each dotted string with every other; two share a first part
        // (up to and including the first period) exactly when their first parts are
        // equal, so the strings are grouped by first part.
        let firstParts = strings.map { s in s.firstIndex(of: 0x2E).map { Array(s[...$0]) } }
        var groups: [[UInt16]: [Int]] = [:]
        for (i, part) in firstParts.enumerated() {
            if let part { groups[part, default: []].append(i) }
        }
        for i in strings.indices {
            guard let prefix = firstParts[i], prefix.count != strings[i].count else { continue }
            var sameAs = -1
            for j in groups[prefix, default: []] where j != i {
                if partials[j] == 0 {
                    partials[j] = suppressInReverse | addToForward
                } else if partials[j] & suppressInReverse != 0 {
                    sameAs = j
                }
            }
            if sameAs == -1 && partials[i] == 0 {
                backward.insert(Self.reversed(prefix), value: Self.partial)
                partials[i] = suppressInReverse | addToForward
            }
        }
        for i in strings.indices {
            if partials[i] == 0 {
                backward.insert(Self.reversed(strings[i]), value: Self.match)
            } else {
                forward.insert(strings[i], value: Self.match)
            }
        }
    }

    /// Reverses by code points, as `UnicodeString::reverse` does.
    private static func reversed(_ units: [UInt16]) -> [UInt16] {
        var result = Array(units.reversed())
        var k = 0
        while k + 1 < result.count {
            // A surrogate pair, now trail then lead, is put back in order.
            if result[k] & 0xFC00 == 0xDC00, result[k + 1] & 0xFC00 == 0xD800 {
                result.swapAt(k, k + 1)
                k += 2
            } else {
                k += 1
            }
        }
        return result
    }

    /// Calls `body(end)` for the end of each sentence in `units[range]`, in order, the
    /// last at `range.upperBound`. `range` must hold whole lines of ASCII: it starts at
    /// the start of `units` or after a line feed, and ends after a line feed or at the
    /// end of `units`.
    func forEachBreak(in units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ body: (Int) -> Void) {
        Self.classes.withUnsafeBufferPointer { classes in
            let end = range.upperBound
            @inline(__always) func cls(_ k: Int) -> Class { classes[Int(units[k])] }
            var last = range.lowerBound
            @inline(__always) func candidate(_ k: Int) {
                // ICU never suppresses the break at the end of the text.
                if k == units.count || !isException(at: k, in: units) {
                    body(k)
                    last = k
                }
            }
            var i = range.lowerBound
            while i < end {
                switch cls(i) {
                case .cr:
                    i += i + 1 < end && units[i + 1] == 0x0A ? 2 : 1
                    candidate(i)
                case .lf:
                    i += 1
                    candidate(i)
                case .aTerm, .sTerm:
                    let isATerm = units[i] == 0x2E
                    let term = i
                    i += 1
                    if isATerm, i < end {
                        let next = cls(i)
                        if next == .numeric { continue } // SB6
                        if next == .upper, term > 0, units[term - 1] < 0x80 {
                            let before = classes[Int(units[term - 1])]
                            if before == .upper || before == .lower { continue } // SB7
                        }
                    }
                    while i < end, cls(i) == .close { i += 1 }
                    while i < end, cls(i) == .space { i += 1 }
                    guard i < end else { break }
                    switch cls(i) {
                    case .cr, .lf:
                        continue // SB9-11: the break comes after the line break
                    case .sContinue, .aTerm, .sTerm:
                        continue // SB8a
                    default:
                        if isATerm {
                            // SB8: no break if the next letter, terminator or line break is lower case.
                            var j = i
                            while j < end, !Self.endsLookahead(cls(j)) { j += 1 }
                            if j < end, cls(j) == .lower { continue }
                        }
                        candidate(i)
                    }
                default:
                    i += 1
                    while i < end, classes[Int(units[i])].rawValue < Class.aTerm.rawValue { i += 1 }
                }
            }
            if last < end { body(end) }
        }
    }

    /// The classes SB8's look-ahead stops at.
    private static func endsLookahead(_ c: Class) -> Bool {
        switch c {
        case .upper, .lower, .aTerm, .sTerm, .cr, .lf: return true
        default: return false
        }
    }

    /// Whether ICU's filtered iterator drops the break at `n`
    /// (`SimpleFilteredSentenceBreakIterator::breakExceptionAt`).
    ///
    /// The scans go over the whole of `units`, but neither crosses a line feed, which no
    /// exception holds, so for a break in an ASCII line they only see ASCII units and the
    /// line feeds around the line (the trie steps by UTF-16 unit, not by code point).
    private func isException(at n: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !backward.isEmpty else { return false }
        var k = n
        // One space before the break is skipped ("Mr. |Brown").
        if k > 0, units[k - 1] == 0x20 { k -= 1 }
        var node = 0
        var best = -1
        var bestValue: Int8 = 0
        while k > 0 {
            k -= 1
            guard let next = backward.step(node, units[k]) else { break }
            node = next
            if backward.value(node) != 0 {
                best = k
                bestValue = backward.value(node)
            }
            if !backward.hasNext(node) { break }
        }
        guard best >= 0 else { return false }
        if bestValue == Self.match { return true }
        // A first part ("Ph."): the text from there must run to the end of an exception
        // of the forward table, or to the end of the text while still inside one.
        node = 0
        k = best
        while k < units.count {
            guard let next = forward.step(node, units[k]) else { return false }
            node = next
            k += 1
            if !forward.hasNext(node) { break }
        }
        return true
    }
}
