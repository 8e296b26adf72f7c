/// One token of the normalized view: where it is, what it looks like, where it sits.
///
/// Offsets are view units (`NormalizedText.units`); map them with
/// `NormalizedText.originalRange`. A token holds no String: ask `AnalyzedText`
/// for its text when you need one.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var shape: TokenShape
    public var flags: TokenFlags
    /// Index of the sentence the token belongs to.
    public var sentence: Int32
    /// Position of the token in its sentence, from 0.
    public var position: Int32
    /// Index of the line (counted by `\n` in the view) the token is on.
    public var line: Int32
    /// FNV-1a hash of the case-folded units, the key for `TokenTable` lookups.
    public var hash: UInt64

    @inlinable @inline(__always) public var range: Range<Int> { Int(start) ..< Int(end) }
    @inlinable @inline(__always) public var length: Int { Int(end - start) }
}

/// What ICU's word-break rules say a token is.
public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, symbol, ideographic
}

/// The orthographic class of a token.
public enum TokenShape: UInt8, Sendable {
    /// `xxxx`
    case lower
    /// `Xxxx` (also `McDonald`, `O'Neill`)
    case capitalized
    /// `XXXX`
    case upper
    /// `xXxx`, `iPhone`
    case mixed
    /// `dddd`
    case digits
    /// letters and digits (`COVID19`, `Q3`, `F-16` parts, `25.10.2021`)
    case alphanumeric
    /// `X.`: one capital letter and a period
    case initial
    /// `X.X.` or `x.x.`: letters separated by periods, ending with one
    case abbreviation
    /// `,` `(` `-` and the like
    case punctuation
    /// `$`, `%`, `+`, emoji
    case symbol
    case other

    /// Whether the token starts with a capital letter (capitalized, upper, initial, abbreviation).
    @inline(__always) public var isCapitalized: Bool {
        switch self {
        case .capitalized, .upper, .initial: return true
        default: return false
        }
    }
}

/// Layout facts about a token.
public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// White space (or the start of the text) comes right before the token.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
    /// The token is the first on its line.
    public static let lineStart = TokenFlags(rawValue: 1 << 1)
    /// A blank line (or the start of the text) comes before the token's line.
    public static let paragraphStart = TokenFlags(rawValue: 1 << 2)
    /// The token's line has letters and none of them is lower case (a headline).
    public static let capsLine = TokenFlags(rawValue: 1 << 3)
    /// The token is the first of its sentence.
    public static let sentenceStart = TokenFlags(rawValue: 1 << 4)
}
