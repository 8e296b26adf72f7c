/// A text after normalization and tokenization: the input every recognizer reads.
public struct AnalyzedText: Sendable {
    public let normalized: NormalizedText
    public let tokens: [Token]
    /// Token index ranges, one per sentence, in order.
    public let sentences: [Range<Int>]

    public init(normalized: NormalizedText, tokens: [Token], sentences: [Range<Int>]) {
        self.normalized = normalized
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The normalized text of token `i`.
    public func text(_ i: Int) -> String { normalized.string(tokens[i].range) }

    /// The case-folded text of token `i`.
    public func folded(_ i: Int) -> String { normalized.foldedString(tokens[i].range) }

    /// The normalized text from the start of token `first` to the end of token `last`.
    public func text(tokens range: ClosedRange<Int>) -> String {
        normalized.string(Int(tokens[range.lowerBound].start) ..< Int(tokens[range.upperBound].end))
    }

    /// Whether token `i`'s folded text is exactly `ascii` (which must be lower-case ASCII).
    @inline(__always)
    public func `is`(_ i: Int, _ ascii: StaticString) -> Bool {
        let t = tokens[i]
        guard t.length == ascii.utf8CodeUnitCount else { return false }
        return ascii.withUTF8Buffer { bytes in
            normalized.folded.withUnsafeBufferPointer { f in
                for k in 0 ..< bytes.count where f[Int(t.start) + k] != UInt16(bytes[k]) { return false }
                return true
            }
        }
    }

    /// Whether no white space separates token `i` from the token before it.
    @inline(__always)
    public func isAttachedToPrevious(_ i: Int) -> Bool { i > 0 && !tokens[i].flags.contains(.spaceBefore) }
}
