/// A text after normalization and tokenization: the input every recognizer reads.
public struct AnalyzedText: Sendable {
    public let normalized: NormalizedText
    public let tokens: [Token]
    /// Token index ranges, one per sentence, in order.
    public let sentences: [Range<Int>]
    /// By vocabulary of the tokenizer (`Tokenizer.vocabularies`), each token's id in it
    /// (-1: absent); empty when the tokenizer had none.
    public let tokenIDs: [[Int32]]

    public init(normalized: NormalizedText, tokens: [Token], sentences: [Range<Int>], tokenIDs: [[Int32]] = []) {
        self.normalized = normalized
        self.tokens = tokens
        self.sentences = sentences
        self.tokenIDs = tokenIDs
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
    @inlinable @inline(__always)
    public func `is`(_ i: Int, _ ascii: StaticString) -> Bool {
        let t = tokens[i]
        let count = ascii.utf8CodeUnitCount
        guard t.length == count else { return false }
        return normalized.folded.withUnsafeBufferPointer { f in
            let base = f.baseAddress! + Int(t.start)
            // A one-character literal may be stored as a scalar, not as bytes.
            guard ascii.hasPointerRepresentation else { return base[0] == UInt16(truncatingIfNeeded: ascii.unicodeScalar.value) }
            let bytes = ascii.utf8Start
            for k in 0 ..< count where base[k] != UInt16(bytes[k]) { return false }
            return true
        }
    }

    /// Whether no white space separates token `i` from the token before it.
    @inlinable @inline(__always)
    public func isAttachedToPrevious(_ i: Int) -> Bool { i > 0 && !tokens[i].flags.contains(.spaceBefore) }
}
