/// An annotation in the output: a kept candidate mapped to original code-point offsets.
public struct Span: Sendable, Equatable {
    /// Offsets in Unicode code points into the original text, end exclusive.
    public var start: Int
    public var end: Int
    public var label: Label
    /// The original text of the span, `text[start..<end]`.
    public var text: String
    // `Optional<String>`, not `String?`, for the reason given in `Candidate`.
    public var rule: Optional<String>
    public var source: Optional<String>
    public var value: Optional<String>
    public var mod: Optional<String>
    public var role: Optional<String>
    public var entity: Optional<String>

    @inlinable
    public init(start: Int, end: Int, label: Label, text: String, rule: String? = nil, source: String? = nil,
                value: String? = nil, mod: String? = nil, role: String? = nil, entity: String? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
        self.rule = rule
        self.source = source
        self.value = value
        self.mod = mod
        self.role = role
        self.entity = entity
    }
}
