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
        keptIndices(candidates).map { candidates[$0] }
    }

    /// The indices of the kept candidates in `candidates`, in text order (for callers
    /// that read the kept candidates where they are rather than copy them).
    public static func keptIndices(_ candidates: [Candidate]) -> [Int] {
        run(candidates).keptInTextOrder
    }

    /// What a candidate is ranked by: a few integers, so that sorting moves no strings.
    private struct RankKey {
        var length: Int
        var priority: Int
        var start: Int
        var end: Int
        var index: Int

        init(_ c: Candidate, index: Int) {
            length = c.end - c.start
            priority = c.label.priority
            start = c.start
            end = c.end
            self.index = index
        }

        /// By length (longer first), label priority, start, then the order proposed.
        func ranks(before other: RankKey) -> Bool {
            if length != other.length { return length > other.length }
            if priority != other.priority { return priority < other.priority }
            if start != other.start { return start < other.start }
            return index < other.index
        }
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
        run(candidates).decisions
    }

    /// The decisions, and the indices of the kept candidates in text order.
    private static func run(_ candidates: [Candidate]) -> (decisions: [Decision], keptInTextOrder: [Int]) {
        var order = candidates.indices.map { RankKey(candidates[$0], index: $0) }
        order.sort { $0.ranks(before: $1) }
        var decisions = [Decision](repeating: .kept, count: candidates.count)
        // Kept candidates sorted by start; they never overlap each other.
        var kept: [(start: Int, end: Int, index: Int)] = []
        kept.reserveCapacity(candidates.count)
        for c in order {
            // First kept span that ends after c starts.
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if kept[mid].end <= c.start { lo = mid + 1 } else { hi = mid }
            }
            if lo < kept.count, kept[lo].start < c.end {
                decisions[c.index] = .overlaps(kept[lo].index)
            } else {
                kept.insert((c.start, c.end, c.index), at: lo)
            }
        }
        return (decisions, kept.map(\.index))
    }
}
