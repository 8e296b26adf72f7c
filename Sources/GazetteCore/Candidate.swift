/// A span a recognizer proposes, in view units of the `AnalyzedText` it read.
///
/// Candidates may overlap; `OverlapResolver` chooses among them. The optional
/// fields are written to the output when set: `rule` always, `source` when a
/// gazetteer entry matched (`list:entry`), `value` and `mod` for TIMEX3,
/// `role` for a title before a person, `entity` to link spans of one entity.
public struct Candidate: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var label: Label
    public var rule: String
    public var source: String?
    public var value: String?
    public var mod: String?
    public var role: String?
    public var entity: String?

    public init(start: Int, end: Int, label: Label, rule: String, source: String? = nil, value: String? = nil,
                mod: String? = nil, role: String? = nil, entity: String? = nil) {
        precondition(start < end, "a candidate covers at least one unit")
        self.start = start
        self.end = end
        self.label = label
        self.rule = rule
        self.source = source
        self.value = value
        self.mod = mod
        self.role = role
        self.entity = entity
    }

    public var range: Range<Int> { start ..< end }
}
