/// An annotation in the output: a kept candidate mapped to original code-point offsets.
public struct Span: Sendable, Equatable {
    /// Offsets in Unicode code points into the original text, end exclusive.
    public var start: Int
    public var end: Int
    public var label: Label
    /// The original text of the span, `text[start..<end]`.
    public var text: String
    public var rule: String?
    public var source: String?
    public var value: String?
    public var mod: String?
    public var role: String?
    public var entity: String?

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
