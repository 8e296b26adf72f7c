import GazetteFormats

/// The four evaluation schemes of SemEval-2013 task 9.1, as nervaluate names them.
public enum Scheme: String, Sendable, CaseIterable {
    /// Same boundaries and same label.
    case strict
    /// Same boundaries, any label.
    case exact
    /// Boundaries overlap, any label; an overlap without identical boundaries counts half.
    case partial
    /// Boundaries overlap and the label is the same.
    case type

    /// Whether precision and recall give half credit for `partial` (partial and type schemes).
    var halfCredit: Bool { self == .partial || self == .type }
}

/// Counts of one scheme and the precision, recall and F1 they give.
///
/// POS = correct + incorrect + partial + missed, ACT = correct + incorrect + partial +
/// spurious. For strict and exact, P = correct / ACT and R = correct / POS; for partial
/// and type, P = (correct + ½ partial) / ACT and R = (correct + ½ partial) / POS
/// (the type scheme never has partial matches). Zero denominators give 0, and
/// F1 = 2PR / (P + R), 0 when P + R = 0: as nervaluate computes them.
public struct SchemeCounts: Sendable, Equatable {
    public let scheme: Scheme
    public var correct = 0
    public var incorrect = 0
    public var partial = 0
    public var missed = 0
    public var spurious = 0

    public init(scheme: Scheme, correct: Int = 0, incorrect: Int = 0, partial: Int = 0, missed: Int = 0,
                spurious: Int = 0) {
        self.scheme = scheme
        self.correct = correct
        self.incorrect = incorrect
        self.partial = partial
        self.missed = missed
        self.spurious = spurious
    }

    public var possible: Int { correct + incorrect + partial + missed }
    public var actual: Int { correct + incorrect + partial + spurious }

    private var credit: Double { Double(correct) + (scheme.halfCredit ? 0.5 * Double(partial) : 0) }
    public var precision: Double { actual > 0 ? credit / Double(actual) : 0 }
    public var recall: Double { possible > 0 ? credit / Double(possible) : 0 }
    public var f1: Double { f1Score(precision, recall) }

    static func += (a: inout SchemeCounts, b: SchemeCounts) {
        a.correct += b.correct
        a.incorrect += b.incorrect
        a.partial += b.partial
        a.missed += b.missed
        a.spurious += b.spurious
    }
}

/// The harmonic mean, 0 when both are 0.
func f1Score(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

/// The four schemes' counts for one label (or for all labels together).
public struct LabelScores: Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    public var strict = SchemeCounts(scheme: .strict)
    public var exact = SchemeCounts(scheme: .exact)
    public var partial = SchemeCounts(scheme: .partial)
    public var type = SchemeCounts(scheme: .type)

    public init() {}

    public subscript(scheme: Scheme) -> SchemeCounts {
        switch scheme {
        case .strict: return strict
        case .exact: return exact
        case .partial: return partial
        case .type: return type
        }
    }

    static func += (a: inout LabelScores, b: LabelScores) {
        a.gold += b.gold
        a.predicted += b.predicted
        a.strict += b.strict
        a.exact += b.exact
        a.partial += b.partial
        a.type += b.type
    }

    /// How a matched pair counts in each scheme (SemEval-2013 9.1, scenarios I, IV, V, VI).
    mutating func addPair(_ g: EvalSpan, _ p: EvalSpan) {
        let bounds = g.sameBounds(p), label = g.label == p.label
        switch (bounds, label) {
        case (true, true): // I: exact match
            strict.correct += 1; exact.correct += 1; partial.correct += 1; type.correct += 1
        case (true, false): // IV: same boundaries, wrong label
            strict.incorrect += 1; exact.correct += 1; partial.correct += 1; type.incorrect += 1
        case (false, true): // V: overlap, same label
            strict.incorrect += 1; exact.incorrect += 1; partial.partial += 1; type.correct += 1
        case (false, false): // VI: overlap, wrong label
            strict.incorrect += 1; exact.incorrect += 1; partial.partial += 1; type.incorrect += 1
        }
    }

    /// Scenario III: a gold span no prediction overlaps.
    mutating func addMissed() {
        strict.missed += 1; exact.missed += 1; partial.missed += 1; type.missed += 1
    }

    /// Scenario II: a prediction that overlaps no gold span (or only gold spans paired with others).
    mutating func addSpurious() {
        strict.spurious += 1; exact.spurious += 1; partial.spurious += 1; type.spurious += 1
    }

    /// Scores `predicted` against `gold` (one document, one label set) through one `Matcher` pairing.
    public static func score(gold: [EvalSpan], predicted: [EvalSpan]) -> LabelScores {
        score(gold: gold, predicted: predicted, matching: Matcher.match(gold: gold, predicted: predicted))
    }

    static func score(gold: [EvalSpan], predicted: [EvalSpan], matching: Matching) -> LabelScores {
        var s = LabelScores()
        s.gold = gold.count
        s.predicted = predicted.count
        for (g, p) in matching.predictionOfGold.enumerated() {
            if let p { s.addPair(gold[g], predicted[p]) } else { s.addMissed() }
        }
        for p in matching.goldOfPrediction where p == nil { s.addSpurious() }
        return s
    }
}

/// Precision, recall and F1 averaged over labels (macro average).
public struct MacroScores: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
}

/// TempEval-3 measures for temporal expressions, the four TIMEX3 types taken as one class.
///
/// Gold and predicted TIMEX3 spans are paired one to one by `Matcher` (labels only
/// break ties). `strict`: pairs with identical boundaries; `relaxed`: all pairs (any
/// overlap); `value`: relaxed pairs whose `value` strings are equal. Each gives
/// P = matches / predicted, R = matches / gold and F1; so value F1 equals relaxed F1
/// times value accuracy, as in the TempEval-3 scorer's attribute F1. `typeAccuracy`:
/// the share of relaxed pairs with the same type (0 when there is none).
public struct TimexScores: Sendable, Equatable {
    public var gold = 0
    public var predicted = 0
    public var strict = 0
    public var relaxed = 0
    public var value = 0
    public var sameType = 0

    public init() {}

    /// Precision, recall and F1 of `matches`.
    public func measure(_ matches: Int) -> (precision: Double, recall: Double, f1: Double) {
        let p = predicted > 0 ? Double(matches) / Double(predicted) : 0
        let r = gold > 0 ? Double(matches) / Double(gold) : 0
        return (p, r, f1Score(p, r))
    }

    public var typeAccuracy: Double { relaxed > 0 ? Double(sameType) / Double(relaxed) : 0 }

    /// Scores the temporal spans among `gold` and `predicted` (others are ignored).
    public static func score(gold: [EvalSpan], predicted: [EvalSpan]) -> TimexScores {
        let g = gold.filter(\.isTemporal), p = predicted.filter(\.isTemporal)
        var s = TimexScores()
        s.add(gold: g, predicted: p, matching: Matcher.match(gold: g, predicted: p))
        return s
    }

    mutating func add(gold: [EvalSpan], predicted: [EvalSpan], matching: Matching) {
        self.gold += gold.count
        self.predicted += predicted.count
        for (gi, pi) in matching.predictionOfGold.enumerated() {
            guard let pi else { continue }
            let g = gold[gi], p = predicted[pi]
            relaxed += 1
            if g.sameBounds(p) { strict += 1 }
            if g.value == p.value { value += 1 }
            if g.label == p.label { sameType += 1 }
        }
    }

    static func += (a: inout TimexScores, b: TimexScores) {
        a.gold += b.gold
        a.predicted += b.predicted
        a.strict += b.strict
        a.relaxed += b.relaxed
        a.value += b.value
        a.sameType += b.sameType
    }
}
