import GazetteText

/// What a recognizer knows about the document besides its text.
public struct DocumentContext: Sendable {
    /// The document creation time (publication date), when known.
    public var dct: CalendarDate?
    /// The document id, for messages.
    public var id: String
    /// The id of each token of the text in the recognizer's `vocabulary` (-1: absent),
    /// when the caller's tokenizer looked them up (`AnalyzedText.tokenIDs`); nil otherwise.
    public var tokenIDs: [Int32]?

    public init(id: String, dct: CalendarDate? = nil) {
        self.id = id
        self.dct = dct
    }
}

/// A recognizer reads an analyzed document and proposes labelled candidates.
///
/// Implementations are immutable after loading and shared by all worker threads,
/// so they must be `Sendable`; anything they need per call lives on the stack.
public protocol Recognizer: Sendable {
    /// A short name shown by `explain` and in rule names.
    var name: String { get }
    /// All candidates in `text`; they may overlap each other.
    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate]
    /// Appends to `candidates` what `recognize(_:context:)` returns, in the same order.
    ///
    /// An annotator's session gathers the candidates of all its recognizers in one array
    /// that it reuses from document to document, through this method. The default
    /// appends the result of `recognize(_:context:)`; a recognizer that implements this
    /// method instead builds its candidates in place (no second array, no copies of
    /// their strings).
    func recognize(_ text: AnalyzedText, context: DocumentContext, into candidates: inout [Candidate])
    /// The table the recognizer looks tokens up in, if any: a tokenizer given it
    /// looks each token up once and passes the ids in `DocumentContext.tokenIDs`.
    var vocabulary: TokenTable? { get }
}

extension Recognizer {
    public var vocabulary: TokenTable? { nil }

    public func recognize(_ text: AnalyzedText, context: DocumentContext, into candidates: inout [Candidate]) {
        candidates.append(contentsOf: recognize(text, context: context))
    }
}
