@testable import GazetteEval
import GazetteFormats
import Testing

private func span(_ s: Int, _ e: Int, _ l: String, _ v: String? = nil, _ m: String? = nil) -> EvalSpan {
    EvalSpan(start: s, end: e, label: l, value: v, mod: m)
}

@Suite struct ErrorListTests {
    @Test func everyKindWithItsMarkedSentence() {
        let text = "First sentence here. Zakir Hasanov met NATO on Monday.\nNext line Baku."
        let gold = EvalDocument(id: "d", text: text, spans: [
            span(21, 34, "PERSON"), span(39, 43, "ORG"), span(47, 53, "DATE", "2021-10-25"), span(65, 69, "GPE"),
        ])
        let pred = EvalDocument(id: "d", text: "", spans: [
            span(27, 34, "PERSON"), span(39, 43, "GPE"), span(47, 53, "DATE", "2021-10-18"), span(0, 5, "ORG"),
        ])
        let r = Evaluator.evaluate(gold: [gold], predictions: [pred], options: EvalOptions(collectErrors: true))
        #expect(r.errors.map { $0.kinds.map(\.rawValue).joined(separator: "+") }
            == ["spurious", "boundary", "label", "value", "missed"])
        #expect(r.errors.map(\.context) == [
            "<<First>> sentence here.",
            "[[Zakir <<Hasanov]]>> met NATO on Monday.",
            "Zakir Hasanov met [[<<NATO]]>> on Monday.",
            "Zakir Hasanov met NATO on [[<<Monday]]>>.",
            "Next line [[Baku]].",
        ])
        #expect(r.errors[1].goldText == "Zakir Hasanov" && r.errors[1].predictedText == "Hasanov")
        let listing = ReportFormat.errors(r)
        #expect(listing.contains("d\tvalue\tgold: DATE \"Monday\" 47-53 value=2021-10-25\tpred: DATE \"Monday\" 47-53 value=2021-10-18"))
    }
}
