import GazetteFormats

extension EvalSpan {
    @inline(__always)
    func overlaps(_ o: EvalSpan) -> Bool { start < o.end && o.start < end }

    @inline(__always)
    func sameBounds(_ o: EvalSpan) -> Bool { start == o.start && end == o.end }
}

/// A one-to-one pairing of gold and predicted spans.
public struct Matching: Sendable {
    /// For each gold span, the index of the prediction paired with it.
    public var predictionOfGold: [Int?]
    /// For each prediction, the index of the gold span paired with it.
    public var goldOfPrediction: [Int?]
}

/// Pairs gold and predicted spans one to one, independently of their order.
///
/// The pairing is built in stages, each on what the previous ones left unpaired:
/// 1. same boundaries and same label;
/// 2. same boundaries, another label;
/// 3. any overlap: a maximum matching (augmenting paths), so that as many
///    predictions as possible are paired with a gold span they overlap. Each
///    prediction tries its candidates in this order: same label first, then the
///    smallest boundary distance (|Δstart| + |Δend|), then the earlier gold span.
/// Gold and predictions are visited sorted by (start, end, label), so the result does
/// not depend on the order of the input lists. Spans must not be empty.
public enum Matcher {
    public static func match(gold: [EvalSpan], predicted: [EvalSpan]) -> Matching {
        var pOfG = [Int?](repeating: nil, count: gold.count)
        var gOfP = [Int?](repeating: nil, count: predicted.count)
        if gold.isEmpty || predicted.isEmpty { return Matching(predictionOfGold: pOfG, goldOfPrediction: gOfP) }
        let order: (EvalSpan, EvalSpan) -> Bool = { a, b in
            a.start != b.start ? a.start < b.start : a.end != b.end ? a.end < b.end : a.label < b.label
        }
        let gOrder = gold.indices.sorted { order(gold[$0], gold[$1]) || (!order(gold[$1], gold[$0]) && $0 < $1) }
        let pOrder = predicted.indices.sorted {
            order(predicted[$0], predicted[$1]) || (!order(predicted[$1], predicted[$0]) && $0 < $1)
        }

        // Stages 1 and 2: identical boundaries.
        var byBounds: [Int64: [Int]] = [:]
        for g in gOrder { byBounds[Int64(gold[g].start) << 32 | Int64(gold[g].end), default: []].append(g) }
        for sameLabel in [true, false] {
            for p in pOrder where gOfP[p] == nil {
                let s = predicted[p]
                guard let list = byBounds[Int64(s.start) << 32 | Int64(s.end)] else { continue }
                if let g = list.first(where: { pOfG[$0] == nil && (!sameLabel || gold[$0].label == s.label) }) {
                    pOfG[g] = p
                    gOfP[p] = g
                }
            }
        }

        // Stage 3: overlaps, maximum matching with preferences.
        let free = gOrder.filter { pOfG[$0] == nil }
        if free.isEmpty { return Matching(predictionOfGold: pOfG, goldOfPrediction: gOfP) }
        let maxLength = free.reduce(0) { max($0, gold[$1].end - gold[$1].start) }
        var candidates: [Int: [Int]] = [:]
        for p in pOrder where gOfP[p] == nil {
            let s = predicted[p]
            // First free gold span that can reach s: its start is above s.start - maxLength.
            var lo = 0, hi = free.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if gold[free[mid]].start <= s.start - maxLength { lo = mid + 1 } else { hi = mid }
            }
            var list: [Int] = []
            var k = lo
            while k < free.count, gold[free[k]].start < s.end {
                if gold[free[k]].overlaps(s) { list.append(free[k]) }
                k += 1
            }
            if list.isEmpty { continue }
            if list.count > 1 {
                list.sort { a, b in
                    let ga = gold[a], gb = gold[b]
                    let la = ga.label == s.label, lb = gb.label == s.label
                    if la != lb { return la }
                    let da = abs(ga.start - s.start) + abs(ga.end - s.end)
                    let db = abs(gb.start - s.start) + abs(gb.end - s.end)
                    if da != db { return da < db }
                    return order(ga, gb) || (!order(gb, ga) && a < b)
                }
            }
            candidates[p] = list
        }
        var matchOfGold: [Int: Int] = [:]
        func augment(_ p: Int, _ seen: inout Set<Int>) -> Bool {
            for g in candidates[p] ?? [] where seen.insert(g).inserted {
                if let other = matchOfGold[g] {
                    if !augment(other, &seen) { continue }
                }
                matchOfGold[g] = p
                return true
            }
            return false
        }
        for p in pOrder where candidates[p] != nil {
            var seen = Set<Int>()
            _ = augment(p, &seen)
        }
        for (g, p) in matchOfGold {
            pOfG[g] = p
            gOfP[p] = g
        }
        return Matching(predictionOfGold: pOfG, goldOfPrediction: gOfP)
    }
}
