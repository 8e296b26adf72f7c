/// The overlap policy: spans never overlap or nest in the output.
///
/// Candidates are ranked by length (longer first), then label priority
/// (`Label.priority`: temporal, then PERSON, PROGRAMME, ORG, GPE, LOC, MISC),
/// then start (earlier first), then the order the recognizers produced them.
/// Each candidate, in rank order, is kept if it overlaps none kept before it.
/// This is spaCy's `filter_spans` with a label tie-break.
public enum OverlapResolver {
    /// Why a candidate was kept or dropped.
    public enum Decision: Sendable, Equatable {
        case kept
        /// Dropped for overlapping the kept candidate at this index of the input.
        case overlaps(Int)
    }

    /// The kept candidates, in text order.
    public static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let decisions = decide(candidates)
        var kept: [Candidate] = []
        for (i, c) in candidates.enumerated() where decisions[i] == .kept { kept.append(c) }
        kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return kept
    }

    /// Whether `x` ranks before `y` by length, label priority and start; nil on a full
    /// tie (then the one proposed first ranks first).
    static func rank(_ x: Candidate, before y: Candidate) -> Bool? {
        if x.end - x.start != y.end - y.start { return x.end - x.start > y.end - y.start }
        if x.label.priority != y.label.priority { return x.label.priority < y.label.priority }
        if x.start != y.start { return x.start < y.start }
        return nil
    }

    /// Why `winner` was kept over `loser`: "longer", "label priority", "earlier" or
    /// "proposed first".
    public static func reason(winner: Candidate, loser: Candidate) -> String {
        if winner.end - winner.start != loser.end - loser.start { return "longer" }
        if winner.label.priority != loser.label.priority { return "label priority" }
        if winner.start != loser.start { return "earlier" }
        return "proposed first"
    }

    /// One decision per candidate, in input order.
    public static func decide(_ candidates: [Candidate]) -> [Decision] {
        let order = candidates.indices.sorted { a, b in
            rank(candidates[a], before: candidates[b]) ?? (a < b)
        }
        var decisions = [Decision](repeating: .kept, count: candidates.count)
        // Kept candidates sorted by start; they never overlap each other.
        var kept: [(start: Int, end: Int, index: Int)] = []
        for i in order {
            let c = candidates[i]
            // First kept span that ends after c starts.
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if kept[mid].end <= c.start { lo = mid + 1 } else { hi = mid }
            }
            if lo < kept.count, kept[lo].start < c.end {
                decisions[i] = .overlaps(kept[lo].index)
            } else {
                kept.insert((c.start, c.end, i), at: lo)
            }
        }
        return decisions
    }
}
