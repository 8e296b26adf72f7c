import Foundation
@testable import GazetteEval
import GazetteFormats
import GazetteTestSupport
import Testing

private func span(_ s: Int, _ e: Int, _ l: String, _ v: String? = nil) -> EvalSpan {
    EvalSpan(start: s, end: e, label: l, value: v)
}

/// The CSS classes of every `<mark>` that is not the continuation of a crossing mark.
private func markClasses(_ html: String) -> [[String]] {
    var result: [[String]] = []
    var rest = html[...]
    while let r = rest.range(of: "<mark class=\"") {
        let end = rest[r.upperBound...].firstIndex(of: "\"")!
        let classes = rest[r.upperBound ..< end].split(separator: " ").map(String.init)
        if !classes.contains("cont") { result.append(classes) }
        rest = rest[end...]
    }
    return result
}

private func occurrences(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

@Suite struct ReportPageTests {
    //                    0         1         2         3         4         5         6
    //                    0123456789012345678901234567890123456789012345678901234567890123
    let text = "Zakir Hasanov met NATO in Baku on Monday and Ilham Aliyev in May."
    var gold: [EvalDocument] {
        [EvalDocument(id: "a", text: text, spans: [
            span(0, 13, "PERSON"), // correct
            span(18, 22, "ORG"), // label: predicted GPE
            span(26, 30, "GPE"), // missed
            span(34, 40, "DATE", "2021-10-25"), // value: predicted 2021-10-18
            span(45, 57, "PERSON"), // boundary: predicted 45-50
            span(61, 64, "DATE", "2021-05"), // boundary + label + value: predicted TIME 58-64
        ]),
         EvalDocument(id: "clean", text: "NATO met.", spans: [span(0, 4, "ORG")]),
         EvalDocument(id: "unpredicted", text: "Baku.", spans: [span(0, 4, "GPE")])]
    }

    var predicted: [EvalDocument] {
        [EvalDocument(id: "a", text: "", spans: [
            span(0, 13, "PERSON"), span(18, 22, "GPE"), span(34, 40, "DATE", "2021-10-18"), span(45, 50, "PERSON"),
            span(58, 64, "TIME", "2021-05-XX"), span(41, 44, "MISC"), // "and": spurious
        ]),
         EvalDocument(id: "clean", text: "", spans: [span(0, 4, "ORG")])]
    }

    func report(labels: [String]? = nil) -> EvalReport {
        Evaluator.evaluate(gold: gold, predictions: predicted,
                           options: EvalOptions(labels: labels, collectErrors: true, keepDocuments: true))
    }

    @Test func marksOfEachClassNumberWhatTheEvaluatorCounted() {
        let r = report()
        let html = String(decoding: ReportPage.render(r, title: "t"), as: UTF8.self)
        let marks = markClasses(html)
        func count(_ kind: String) -> Int { marks.count { $0.contains("x-" + kind) } }
        let pairs = r.errors.filter { $0.gold != nil && $0.predicted != nil }
        #expect(count("missed") == r.micro.strict.missed)
        #expect(count("spurious") == r.micro.strict.spurious)
        #expect(count("gold") == pairs.count)
        for kind in [EvalError.Kind.boundary, .label, .value] {
            #expect(count(kind.rawValue) == pairs.count { $0.kinds.contains(kind) }, "\(kind)")
        }
        // A pair with the same boundaries and label but another value is strict-correct, not correct here.
        let valueOnly = pairs.count { $0.kinds == [.value] }
        #expect(count("correct") == r.micro.strict.correct - valueOnly)
        // Counted by hand: PERSON 0-13, ORG "NATO" in "clean".
        #expect(count("correct") == 2)
        #expect(count("missed") == 2 && count("spurious") == 1)
        #expect(count("boundary") == 2 && count("label") == 2 && count("value") == 2)
        #expect(marks.count == count("correct") + count("missed") + count("spurious") + 2 * pairs.count)
        // The partners of an error share an entity id, so hovering one outlines the other.
        #expect(occurrences("data-e=\"pair 1\"", in: html) == 2)
        #expect(occurrences("data-e=\"pair 4\"", in: html) == 2)
        #expect(occurrences("data-e=\"pair 5\"", in: html) == 0)
    }

    @Test func documentsTheFilterAndTheScores() {
        let r = report()
        let html = String(decoding: ReportPage.render(r, title: "t"), as: UTF8.self)
        #expect(occurrences("<article class=\"doc has-errors\"", in: html) == 2)
        #expect(occurrences("<article class=\"doc no-errors\"", in: html) == 1)
        #expect(occurrences("<li class=\"no-errors\">", in: html) == 1)
        #expect(html.contains("<input type=\"checkbox\" id=\"only-errors\">"))
        #expect(html.contains("body:has(#only-errors:checked) article.no-errors"))
        #expect(html.contains("gold 6, predicted 6: 1 correct, 1 missed, 1 spurious, 2 boundary, 2 label, 2 value"))
        #expect(html.contains("gold 1, predicted 0: 0 correct, 1 missed (no predicted document with this id)"))
        #expect(html.contains("3 gold documents, 2 with errors."))
        #expect(html.contains("Gold documents without a prediction (all missed): 1: unpredicted"))
        // One row per label, micro and macro; four bars per label and micro, four legend keys.
        let labels = r.labels.count
        #expect(labels == 6)
        #expect(occurrences("<tr><th>", in: html) >= labels)
        #expect(occurrences("<svg ", in: html) == 1)
        #expect(occurrences("<rect ", in: html) == 4 * (labels + 1) + 4)
        let micro = ReportPage.percent(r.micro[.strict].f1)
        #expect(html.contains("<title>micro strict F1 \(micro)</title>"))
        #expect(html.contains("TIMEX3 (DATE, TIME, DURATION, SET as one class): gold 2, predicted 2"))
    }

    @Test func labelRestrictionIsWhatThePageShows() {
        let html = String(decoding: ReportPage.render(report(labels: ["PERSON"]), title: "t"), as: UTF8.self)
        let marks = markClasses(html)
        #expect(marks.allSatisfy { $0.contains("l-PERSON") })
        #expect(marks.count { $0.contains("x-boundary") } == 1)
        #expect(!html.contains("TIMEX3"))
    }

    @Test func hostileIdsLabelsTextAndMetadataAreEscaped() {
        let hostile = "<script>alert(1)</script>"
        let img = "\"><img src=x onerror=alert(1)>"
        let text = "</style><script>alert(2)</script> \(img) & Baku"
        let baku = text.unicodeScalars.count - 4
        let g = [EvalDocument(id: hostile, text: text, meta: [("dct", .string("</style>")), (img, .string(hostile))],
                              spans: [span(0, 8, img), span(baku, baku + 4, "GPE")]),
                 EvalDocument(id: hostile, text: "dup", spans: [])]
        let p = [EvalDocument(id: hostile, text: "", spans: [span(0, 8, img), span(baku, baku + 4, "</style>")]),
                 EvalDocument(id: img, text: "", spans: [])]
        let r = Evaluator.evaluate(gold: g, predictions: p, options: EvalOptions(collectErrors: true, keepDocuments: true))
        let html = String(decoding: ReportPage.render(r, title: "</title>" + hostile), as: UTF8.self)
        #expect(occurrences("<script", in: html.lowercased()) == 1)
        #expect(occurrences("</script>", in: html.lowercased()) == 1)
        #expect(occurrences("</style>", in: html.lowercased()) == 1)
        #expect(!html.contains("</title><script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // Every tag is one the writer writes.
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2",
                                    "div", "button", "span", "label", "input", "main", "section", "p", "table", "thead",
                                    "tbody", "tr", "th", "td", "caption", "figure", "figcaption", "svg", "rect", "text",
                                    "line", "article", "a", "dl", "dt", "dd", "mark", "nav", "ol", "li", "small",
                                    "script"]
        var tags = Set<String>()
        var rest = html[...]
        while let lt = rest.firstIndex(of: "<") {
            var name = rest[rest.index(after: lt)...].prefix { $0 != " " && $0 != ">" && $0 != "\n" }
            if name.hasPrefix("/") { name = name.dropFirst() }
            if !name.isEmpty { tags.insert(name.lowercased()) }
            rest = rest[rest.index(after: lt)...]
        }
        #expect(tags.subtracting(allowed).isEmpty, "unexpected tags \(tags.subtracting(allowed))")
        // The duplicate id is a warning shown escaped; the prediction without gold is listed escaped.
        #expect(html.contains("warning: gold id &#39;&lt;script&gt;"))
        #expect(html.contains("Predictions without a gold document (not scored): 1: &quot;&gt;&lt;img"))
    }
}
