import GazetteTestSupport
@testable import GazetteEval
import GazetteFormats
import Testing

private func span(_ s: Int, _ e: Int, _ l: String, _ v: String? = nil) -> EvalSpan {
    EvalSpan(start: s, end: e, label: l, value: v)
}

private func counts(_ c: SchemeCounts) -> [Int] { [c.correct, c.incorrect, c.partial, c.missed, c.spurious] }

private func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

/// One document with every SemEval-2013 9.1 scenario, numbers computed by hand.
@Suite struct SchemeTests {
    // Gold: A PER, B ORG, C LOC, D PER, E MISC.
    let gold = [span(0, 5, "PER"), span(10, 15, "ORG"), span(20, 25, "LOC"), span(30, 35, "PER"), span(40, 45, "MISC")]
    // A exact; B same bounds wrong label; C overlap same label; D overlap wrong label; S spurious; E missed.
    let pred = [span(0, 5, "PER"), span(10, 15, "PER"), span(20, 23, "LOC"), span(31, 35, "ORG"), span(50, 55, "PER")]

    @Test func microCountsFollowTheFourScenarios() {
        let s = LabelScores.score(gold: gold, predicted: pred)
        #expect(counts(s.strict) == [1, 3, 0, 1, 1])
        #expect(counts(s.exact) == [2, 2, 0, 1, 1])
        #expect(counts(s.partial) == [2, 0, 2, 1, 1])
        #expect(counts(s.type) == [2, 2, 0, 1, 1])
        #expect(near(s.strict.precision, 0.2) && near(s.strict.recall, 0.2) && near(s.strict.f1, 0.2))
        #expect(near(s.exact.precision, 0.4) && near(s.exact.recall, 0.4))
        #expect(near(s.partial.precision, 0.6) && near(s.partial.recall, 0.6) && near(s.partial.f1, 0.6))
        #expect(near(s.type.precision, 0.4) && near(s.type.f1, 0.4))
    }

    @Test func perLabelScoresRestrictBothSidesToTheLabelAndMacroAverages() {
        let gd = EvalDocument(id: "d", text: String(repeating: "x", count: 60), spans: gold)
        let pd = EvalDocument(id: "d", text: "", spans: pred)
        let r = Evaluator.evaluate(gold: [gd], predictions: [pd])
        #expect(r.labels == ["ORG", "LOC", "MISC", "PER"])
        // PER: gold A, D; predicted A, B' (PER), S: A correct, D missed, B' and S spurious.
        let per = r.perLabel["PER"]!
        #expect(counts(per.strict) == [1, 0, 0, 1, 2])
        #expect(near(per.strict.precision, 1.0 / 3) && near(per.strict.recall, 0.5) && near(per.strict.f1, 0.4))
        // ORG: gold B, predicted D' (no overlap with B).
        #expect(counts(r.perLabel["ORG"]!.strict) == [0, 0, 0, 1, 1])
        // LOC: overlap with the same label.
        let loc = r.perLabel["LOC"]!
        #expect(counts(loc.strict) == [0, 1, 0, 0, 0])
        #expect(counts(loc.partial) == [0, 0, 1, 0, 0])
        #expect(counts(loc.type) == [1, 0, 0, 0, 0])
        #expect(near(loc.partial.f1, 0.5) && near(loc.type.f1, 1))
        #expect(counts(r.perLabel["MISC"]!.strict) == [0, 0, 0, 1, 0])
        // Macro strict: F1 (0.4 + 0 + 0 + 0) / 4, P (1/3) / 4.
        #expect(near(r.macro[.strict]!.f1, 0.1) && near(r.macro[.strict]!.precision, 1.0 / 12))
        // Macro type: PER 1/3,1/2 -> 0.4; LOC 1; others 0.
        #expect(near(r.macro[.type]!.f1, 1.4 / 4))
        #expect(r.micro == LabelScores.score(gold: gold, predicted: pred))
    }

    @Test func labelsOptionDropsOtherLabelsBeforeMatching() {
        let gd = EvalDocument(id: "d", text: "", spans: gold)
        let pd = EvalDocument(id: "d", text: "", spans: pred)
        let r = Evaluator.evaluate(gold: [gd], predictions: [pd], options: EvalOptions(labels: ["PER", "GPE"]))
        #expect(r.labels == ["PER", "GPE"])
        // Gold A, D; predicted A, B', S: D has no PER overlap left.
        #expect(counts(r.micro.strict) == [1, 0, 0, 1, 2])
        #expect(r.perLabel["GPE"] == LabelScores())
        // GPE occurs nowhere, so the macro average is over PER alone.
        #expect(near(r.macro[.strict]!.f1, 0.4))
    }

    @Test func relabelRenamesPredictionsOnlyBeforeMatching() {
        // Gold: LOC 0-5, LOC 10-15, GPE 20-25. Predicted: GPE 0-5, LOC 10-15, GPE 20-25, ORG 30-35.
        let gd = EvalDocument(id: "d", text: "", spans: [span(0, 5, "LOC"), span(10, 15, "LOC"), span(20, 25, "GPE")])
        let pd = EvalDocument(id: "d", text: "",
                              spans: [span(0, 5, "GPE"), span(10, 15, "LOC"), span(20, 25, "GPE"), span(30, 35, "ORG")])
        let plain = Evaluator.evaluate(gold: [gd], predictions: [pd])
        #expect(counts(plain.perLabel["LOC"]!.strict) == [1, 0, 0, 1, 0])
        // GPE=LOC: both predicted GPEs become LOC; the gold GPE is then missed and the
        // prediction at 20-25 is a spurious LOC. ORG=MISC renames the stray ORG.
        let r = Evaluator.evaluate(gold: [gd], predictions: [pd],
                                   options: EvalOptions(relabel: ["GPE": "LOC", "ORG": "MISC"]))
        #expect(r.labels == ["GPE", "LOC", "MISC"])
        #expect(counts(r.perLabel["LOC"]!.strict) == [2, 0, 0, 0, 1])
        #expect(counts(r.perLabel["GPE"]!.strict) == [0, 0, 0, 1, 0])
        #expect(counts(r.perLabel["MISC"]!.strict) == [0, 0, 0, 0, 1])
        #expect(near(r.perLabel["LOC"]!.strict.precision, 2.0 / 3) && near(r.perLabel["LOC"]!.strict.recall, 1))
        #expect(near(r.perLabel["LOC"]!.strict.f1, 0.8))
        // Micro: 0-5 and 10-15 correct, 20-25 same bounds other label, 30-35 spurious.
        #expect(counts(r.micro.strict) == [2, 1, 0, 0, 1])
    }

    @Test func goldWithoutPredictionIsAllMissedAndStrayPredictionsAreListed() {
        let r = Evaluator.evaluate(gold: [EvalDocument(id: "a", text: "", spans: [span(0, 2, "ORG")])],
                                   predictions: [EvalDocument(id: "zzz", text: "", spans: [span(0, 2, "ORG")])])
        #expect(r.goldWithoutPrediction == ["a"])
        #expect(r.predictionsWithoutGold == ["zzz"])
        #expect(counts(r.micro.strict) == [0, 0, 0, 1, 0])
    }

    // MARK: Where nervaluate 1.2.1 counts differently (its greedy matching follows list order).

    /// nervaluate: a truncated prediction listed first takes the gold span as `incorrect`,
    /// and the exact prediction after it becomes spurious (strict 0/1/0/0/1); listed the
    /// other way round, strict is 1/0/0/0/1. Gazette pairs exact boundaries first.
    @Test func exactMatchWinsWhateverTheOrder() {
        let g = [span(0, 10, "PER")]
        for p in [[span(0, 5, "PER"), span(0, 10, "PER")], [span(0, 10, "PER"), span(0, 5, "PER")]] {
            let s = LabelScores.score(gold: g, predicted: p)
            #expect(counts(s.strict) == [1, 0, 0, 0, 1])
            #expect(counts(s.partial) == [1, 0, 0, 0, 1])
            #expect(counts(s.type) == [1, 0, 0, 0, 1])
        }
    }

    /// nervaluate: a wrongly labelled copy listed before the right prediction makes strict
    /// 0/1/0/0/1. Gazette: the same-label prediction is correct, the copy spurious.
    @Test func sameLabelExactMatchWinsOverAWronglyLabelledCopy() {
        let s = LabelScores.score(gold: [span(0, 10, "PER")], predicted: [span(0, 10, "ORG"), span(0, 10, "PER")])
        #expect(counts(s.strict) == [1, 0, 0, 0, 1])
        #expect(counts(s.exact) == [1, 0, 0, 0, 1])
        #expect(counts(s.type) == [1, 0, 0, 0, 1])
    }

    /// nervaluate's type scheme pairs the first prediction with the closest gold span (the
    /// second), so the second, exactly right, prediction becomes spurious and the first gold
    /// missed: type 1/0/0/1/1, while its strict scheme calls that prediction correct.
    /// Gazette uses one pairing for every scheme: type 2/0/0/0/0.
    @Test func onePairingForAllSchemes() {
        let s = LabelScores.score(gold: [span(0, 4, "PER"), span(5, 12, "PER")],
                                  predicted: [span(2, 9, "PER"), span(5, 12, "PER")])
        #expect(counts(s.strict) == [1, 1, 0, 0, 0])
        #expect(counts(s.type) == [2, 0, 0, 0, 0])
        #expect(counts(s.partial) == [1, 0, 1, 0, 0])
    }

    /// One prediction over two gold spans counts once (nervaluate 0.x counted some such
    /// predictions against two gold spans); it pairs with the closer one.
    @Test func onePredictionCountsOnceAgainstTwoGoldSpans() {
        let s = LabelScores.score(gold: [span(0, 5, "PER"), span(6, 12, "PER")], predicted: [span(3, 9, "PER")])
        #expect(counts(s.strict) == [0, 1, 0, 1, 0])
        #expect(counts(s.type) == [1, 0, 0, 1, 0])
        let m = Matcher.match(gold: [span(0, 5, "PER"), span(6, 12, "PER")], predicted: [span(3, 9, "PER")])
        #expect(m.goldOfPrediction == [1])
    }

    @Test func duplicatePredictionsAreSpurious() {
        let s = LabelScores.score(gold: [span(0, 5, "PER")], predicted: [span(0, 5, "PER"), span(0, 5, "PER")])
        #expect(counts(s.strict) == [1, 0, 0, 0, 1])
    }

    /// A maximum matching: P1 overlaps A and B, P2 only A; P1 gives A up to P2.
    @Test func matchingPairsAsManyPredictionsAsPossible() {
        let g = [span(0, 10, "PER"), span(12, 20, "ORG")]
        let p = [span(5, 15, "PER"), span(0, 3, "PER")]
        let m = Matcher.match(gold: g, predicted: p)
        #expect(m.goldOfPrediction == [1, 0])
        #expect(counts(LabelScores.score(gold: g, predicted: p).strict) == [0, 2, 0, 0, 0])
    }

    /// nervaluate needs the overlap to cover 1% of the gold span; any overlap is enough here.
    @Test func anyOverlapCounts() {
        let s = LabelScores.score(gold: [span(0, 300, "MISC")], predicted: [span(0, 2, "MISC")])
        #expect(counts(s.partial) == [0, 0, 1, 0, 0])
    }

    @Test func touchingSpansDoNotOverlap() {
        let s = LabelScores.score(gold: [span(0, 5, "PER")], predicted: [span(5, 9, "PER")])
        #expect(counts(s.strict) == [0, 0, 0, 1, 1])
    }

    /// Invariants on seeded random documents: every gold span is possible once and every
    /// prediction actual once, and the counts do not depend on the order of the lists.
    @Test func countsAreConsistentAndOrderIndependent() {
        var rng = SplitMix(seed: 7)
        let labels = ["PER", "ORG", "LOC"]
        for _ in 0 ..< 300 {
            func spans() -> [EvalSpan] {
                (0 ..< Int(rng.next() % 8)).map { _ in
                    let s = Int(rng.next() % 40), len = 1 + Int(rng.next() % 6)
                    return span(s, s + len, labels[Int(rng.next() % 3)])
                }
            }
            let g = spans(), p = spans()
            let s = LabelScores.score(gold: g, predicted: p)
            for scheme in Scheme.allCases {
                #expect(s[scheme].possible == g.count)
                #expect(s[scheme].actual == p.count)
            }
            #expect(LabelScores.score(gold: g.reversed(), predicted: p.reversed()) == s)
            #expect(LabelScores.score(gold: g, predicted: p.reversed()) == s)
        }
    }
}


@Suite struct TimexTests {
    @Test func tempEval3Measures() {
        let gold = [span(0, 10, "DATE", "2021-10-25"), span(20, 26, "DURATION", "P44D"), span(30, 35, "TIME", "T10:30"),
                    span(40, 45, "SET", "P1W"), span(50, 55, "PERSON")]
        let pred = [span(0, 10, "DATE", "2021-10-25"), span(20, 26, "DATE", "P44D"), span(31, 35, "TIME", "T11:00"),
                    span(60, 64, "DATE", "2021"), span(50, 55, "PERSON")]
        let t = TimexScores.score(gold: gold, predicted: pred)
        #expect([t.gold, t.predicted, t.strict, t.relaxed, t.value, t.sameType] == [4, 4, 2, 3, 2, 2])
        #expect(t.measure(t.strict) == (0.5, 0.5, 0.5))
        #expect(t.measure(t.relaxed) == (0.75, 0.75, 0.75))
        #expect(t.measure(t.value) == (0.5, 0.5, 0.5))
        #expect(near(t.typeAccuracy, 2.0 / 3))
    }

    @Test func relaxedMatchingIsOneToOne() {
        // One prediction over two gold expressions matches one of them.
        let t = TimexScores.score(gold: [span(0, 4, "DATE", "2020"), span(5, 9, "DATE", "2021")],
                                  predicted: [span(0, 9, "DATE", "2021")])
        #expect([t.strict, t.relaxed, t.value] == [0, 1, 0])
        let m = t.measure(t.relaxed)
        #expect(near(m.precision, 1) && near(m.recall, 0.5))
    }
}
