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
    // `Optional<String>`, not `String?`: a `var` of type `String?` has an implicit `= nil`
    // initial value, which the initializer stores first and then overwrites, and the
    // optimizer then builds every new value in a temporary and copies it (its strings
    // retained and released) into place.
    public var source: Optional<String>
    public var value: Optional<String>
    public var mod: Optional<String>
    public var role: Optional<String>
    public var entity: Optional<String>

    @inlinable
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
