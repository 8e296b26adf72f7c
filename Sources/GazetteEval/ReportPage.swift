import GazetteDocuments
import GazetteFormats
import GazetteHTML

/// `gazette eval --html`: an evaluation as one self-contained HTML page.
///
/// The page (built on `HTMLPageWriter`) has the score tables of `ReportFormat.table`,
/// an inline SVG chart of F1 per label and scheme, and every gold document with its
/// gold and predicted spans overlaid, each shown as what the pairing made of it (the
/// classification `--errors` lists):
/// - `x-correct`: a prediction paired with a gold span it agrees with;
/// - `x-missed`: a gold span without a prediction;
/// - `x-spurious`: a prediction without a gold span;
/// - `x-boundary`, `x-label`, `x-value`: a prediction paired with a gold span it
///   disagrees with (one class per disagreement), drawn over that gold span (`x-gold`);
///   hovering either outlines both.
/// Articles with an error have the class `has-errors`, the others `no-errors`; a
/// checkbox in the header hides the latter (CSS only). The report must come from
/// `Evaluator.evaluate` with `keepDocuments`.
public enum ReportPage {
    /// The whole page.
    public static func render(_ report: EvalReport, title: String) -> [UInt8] {
        var page = HTMLPageWriter(title: title, extraStyle: style, extraHeader: header)
        var out: [UInt8] = []
        page.begin(into: &out)
        let overlays = report.comparisons.map(overlay)
        out.append(contentsOf: scores(report, documentsWithErrors: overlays.count { $0.1.errors > 0 }).utf8)
        for (c, (marks, summary)) in zip(report.comparisons, overlays) {
            let doc = Document(id: c.document.id, text: c.document.text, meta: c.document.meta)
            page.document(doc, marks: marks, classes: [summary.errors > 0 ? "has-errors" : "no-errors"],
                          summary: summary.text, into: &out)
        }
        page.end(into: &out)
        return out
    }

    /// What the overlay of one document shows.
    struct Summary {
        var errors = 0
        var text = ""
    }

    /// The marks of one document: one per correct pair, missed and spurious span, two
    /// (gold and prediction) per pair with an error; and its summary line.
    static func overlay(_ c: DocumentComparison) -> ([HTMLMark], Summary) {
        let text = c.document.scalars
        func describe(_ s: EvalSpan) -> String {
            var d = "\(s.label) \(s.start)\u{2013}\(s.end) \u{201C}\(text.string(s.start ..< s.end))\u{201D}"
            if let v = s.value { d += " value=\(v)" }
            if let m = s.mod { d += " mod=\(m)" }
            return d
        }
        func mark(_ s: EvalSpan, _ classes: [String], _ details: [HTMLMark.Detail], pair: Int? = nil) -> HTMLMark {
            var all = details
            if let v = s.value { all.append(HTMLMark.Detail("value", v)) }
            if let m = s.mod { all.append(HTMLMark.Detail("mod", m)) }
            return HTMLMark(start: s.start, end: s.end, label: s.label, details: all, entity: pair.map { "pair \($0)" },
                            classes: classes)
        }
        var marks: [HTMLMark] = []
        var correct = 0, missed = 0, spurious = 0, pairs = 0
        var perKind: [EvalError.Kind: Int] = [:]
        for (gi, pi) in c.matching.predictionOfGold.enumerated() {
            let g = c.gold[gi]
            guard let pi else {
                missed += 1
                marks.append(mark(g, ["x-missed"], [HTMLMark.Detail("result", "missed: no prediction")]))
                continue
            }
            let p = c.predicted[pi]
            let kinds = Evaluator.kinds(g, p)
            if kinds.isEmpty {
                correct += 1
                marks.append(mark(p, ["x-correct"], [HTMLMark.Detail("result", "correct")]))
                continue
            }
            pairs += 1
            for k in kinds { perKind[k, default: 0] += 1 }
            let names = kinds.map(\.rawValue).joined(separator: " + ")
            marks.append(mark(g, ["x-gold"], [HTMLMark.Detail("result", "gold span of a " + names + " error"),
                                              HTMLMark.Detail("predicted", describe(p))], pair: pairs))
            marks.append(mark(p, kinds.map { "x-" + $0.rawValue },
                              [HTMLMark.Detail("result", names + " error"), HTMLMark.Detail("gold", describe(g))],
                              pair: pairs))
        }
        for (pi, gi) in c.matching.goldOfPrediction.enumerated() where gi == nil {
            spurious += 1
            marks.append(mark(c.predicted[pi], ["x-spurious"], [HTMLMark.Detail("result", "spurious: no gold span")]))
        }
        var summary = Summary(errors: missed + spurious + pairs)
        summary.text = "gold \(c.gold.count), predicted \(c.predicted.count): \(correct) correct"
        let kinds = [EvalError.Kind.boundary, .label, .value].map { ($0.rawValue, perKind[$0] ?? 0) }
        for (name, n) in [("missed", missed), ("spurious", spurious)] + kinds where n > 0 {
            summary.text += ", \(n) \(name)"
        }
        if !c.hasPrediction { summary.text += " (no predicted document with this id)" }
        return (marks, summary)
    }

    /// The score section: notes, the entity table, the chart, the counts and the TIMEX3 table.
    static func scores(_ r: EvalReport, documentsWithErrors: Int) -> String {
        var out = "<section class=\"scores\"><h2>Scores</h2>\n<p>"
        out += "\(r.documents) gold document\(r.documents == 1 ? "" : "s"), \(documentsWithErrors) with errors.</p>\n"
        out += idList("Gold documents without a prediction (all missed)", r.goldWithoutPrediction)
        out += idList("Predictions without a gold document (not scored)", r.predictionsWithoutGold)
        for w in r.warnings { out += "<p class=\"warn\">warning: " + HTMLEscape.escaped(w) + "</p>\n" }

        out += "<div class=\"score-row\"><table class=\"scores\"><thead><tr><th rowspan=\"2\">label</th>"
            + "<th rowspan=\"2\">gold</th><th rowspan=\"2\">pred</th>"
        for s in Scheme.allCases { out += "<th colspan=\"3\">\(s.rawValue)</th>" }
        out += "</tr><tr>" + String(repeating: "<th>P</th><th>R</th><th>F1</th>", count: Scheme.allCases.count)
            + "</tr></thead>\n<tbody>"
        func row(_ name: String, _ s: LabelScores, total: Bool) -> String {
            var line = "<tr\(total ? " class=\"total\"" : "")><th>\(HTMLEscape.escaped(name))</th>"
                + "<td>\(s.gold)</td><td>\(s.predicted)</td>"
            for scheme in Scheme.allCases {
                let c = s[scheme]
                line += "<td>\(percent(c.precision))</td><td>\(percent(c.recall))</td><td class=\"f1\">\(percent(c.f1))</td>"
            }
            return line + "</tr>\n"
        }
        for label in r.labels { out += row(label, r.perLabel[label] ?? LabelScores(), total: false) }
        out += row("micro", r.micro, total: true)
        out += "<tr class=\"total\"><th>macro</th><td></td><td></td>"
        for scheme in Scheme.allCases {
            let m = r.macro[scheme] ?? MacroScores(precision: 0, recall: 0, f1: 0)
            out += "<td>\(percent(m.precision))</td><td>\(percent(m.recall))</td><td class=\"f1\">\(percent(m.f1))</td>"
        }
        out += "</tr>\n</tbody></table>\n"
        out += chart(r)
        out += "</div>\n<div class=\"score-row\"><table class=\"scores\"><caption>Micro-averaged counts</caption>"
            + "<thead><tr><th>scheme</th><th>correct</th><th>incorrect</th><th>partial</th><th>missed</th>"
            + "<th>spurious</th></tr></thead><tbody>\n"
        for scheme in Scheme.allCases {
            let c = r.micro[scheme]
            out += "<tr><th>\(scheme.rawValue)</th><td>\(c.correct)</td><td>\(c.incorrect)</td><td>\(c.partial)</td>"
                + "<td>\(c.missed)</td><td>\(c.spurious)</td></tr>\n"
        }
        out += "</tbody></table>\n"
        let t = r.timex
        if t.gold > 0 || t.predicted > 0 {
            out += "<table class=\"scores\"><caption>TIMEX3 (DATE, TIME, DURATION, SET as one class): gold \(t.gold), "
                + "predicted \(t.predicted)</caption><thead><tr><th>measure</th><th>matched</th><th>P</th><th>R</th>"
                + "<th>F1</th></tr></thead><tbody>\n"
            for (name, m) in [("strict", t.strict), ("relaxed", t.relaxed), ("value", t.value)] {
                let s = t.measure(m)
                out += "<tr><th>\(name)</th><td>\(m)</td><td>\(percent(s.precision))</td><td>\(percent(s.recall))</td>"
                    + "<td class=\"f1\">\(percent(s.f1))</td></tr>\n"
            }
            out += "<tr><th>type accuracy</th><td>\(t.sameType) of \(t.relaxed)</td><td colspan=\"3\">"
                + "\(percent(t.typeAccuracy))</td></tr>\n</tbody></table>\n"
        }
        out += "</div></section>\n"
        return out
    }

    /// "Title: N: a, b, c" (the first 20 ids), or nothing for an empty list.
    static func idList(_ title: String, _ ids: [String]) -> String {
        if ids.isEmpty { return "" }
        var out = "<p class=\"warn\">\(title): \(ids.count): "
        out += ids.prefix(20).map(HTMLEscape.escaped).joined(separator: ", ")
        if ids.count > 20 { out += ", \u{2026}" }
        return out + "</p>\n"
    }

    /// A share in percent with one decimal, as the text table writes it.
    static func percent(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 10
        return v == v.rounded() ? "\(Int(v)).0" : "\(v)"
    }

    /// Colours of the schemes' bars in the chart, in `Scheme.allCases` order.
    static let schemeColours = ["#33539e", "#7fa7dc", "#e3a33b", "#6aa84f"]

    /// F1 per label (and micro) and scheme as grouped vertical bars, with a 0-100 % axis.
    static func chart(_ r: EvalReport) -> String {
        let groups: [(String, LabelScores)] = r.labels.map { ($0, r.perLabel[$0] ?? LabelScores()) } + [("micro", r.micro)]
        let bar = 10, gap = 1, groupGap = 14, plot = 140, left = 34, top = 26, bottom = 22
        let groupWidth = Scheme.allCases.count * (bar + gap) - gap
        let width = left + groups.count * (groupWidth + groupGap) + 4
        let height = top + plot + bottom
        var out = "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" "
            + "height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"F1 per label and scheme\">"
        var x = left
        for (k, scheme) in Scheme.allCases.enumerated() {
            out += "<rect x=\"\(x)\" y=\"6\" width=\"9\" height=\"9\" fill=\"\(schemeColours[k])\"/>"
                + "<text x=\"\(x + 12)\" y=\"14\" class=\"lg\">\(scheme.rawValue)</text>"
            x += 12 + 7 * scheme.rawValue.count + 12
        }
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plot - plot * tick / 100
            out += "<line x1=\"\(left - 3)\" x2=\"\(width - 4)\" y1=\"\(y)\" y2=\"\(y)\" class=\"grid\"/>"
                + "<text x=\"\(left - 5)\" y=\"\(y + 3)\" class=\"tick\">\(tick)</text>"
        }
        for (g, (name, scores)) in groups.enumerated() {
            let x0 = left + groupGap / 2 + g * (groupWidth + groupGap)
            for (k, scheme) in Scheme.allCases.enumerated() {
                let f1 = scores[scheme].f1
                let h = Int((f1 * Double(plot)).rounded())
                out += "<rect x=\"\(x0 + k * (bar + gap))\" y=\"\(top + plot - h)\" width=\"\(bar)\" height=\"\(h)\" "
                    + "fill=\"\(schemeColours[k])\"><title>\(HTMLEscape.escaped(name)) \(scheme.rawValue) F1 "
                    + "\(percent(f1))</title></rect>"
            }
            let shown = name.count > 9 ? String(name.prefix(8)) + "\u{2026}" : name
            out += "<text x=\"\(x0 + groupWidth / 2)\" y=\"\(top + plot + 14)\" class=\"name\"><title>"
                + HTMLEscape.escaped(name) + "</title>" + HTMLEscape.escaped(shown) + "</text>"
        }
        return out + "</svg><figcaption>F1 (%) per label and scheme</figcaption></figure>\n"
    }

    /// The error legend and the filter, in the page's sticky header.
    static let header = """
    <div class="legend xlegend"><span class="xk x-correct">correct</span><span class="xk x-missed">missed</span>\
    <span class="xk x-spurious">spurious</span><span class="xk x-boundary">boundary</span>\
    <span class="xk x-label">label</span><span class="xk x-value">value</span>\
    <span class="xk x-gold">gold of an error</span>\
    <label class="badges"><input type="checkbox" id="only-errors"> only documents with errors</label></div>
    """

    /// How the overlay, the tables, the chart and the filter look.
    static let style = """
    .xlegend{width:100%}
    .xk{font:600 .72rem/1 system-ui,sans-serif;padding:.3rem .45rem;border-radius:.3rem;background:#f1f1f4}
    mark.x-missed,.xk.x-missed{background:none;outline:2px dashed #c62828;outline-offset:-1px}
    .x-correct{box-shadow:inset 0 -3px 0 #2e7d32}
    .x-spurious{outline:2px solid #ef6c00;outline-offset:-1px}
    .x-boundary{outline:2px dotted #6a1b9a;outline-offset:-1px}
    .x-label{text-decoration:underline wavy #1565c0;text-decoration-thickness:2px;text-underline-offset:4px}
    .x-value{border-bottom:4px double #00897b}
    mark.x-gold,.xk.x-gold{background:none;outline:1px dashed #555;outline-offset:1px}
    mark.x-gold::after{content:"gold " attr(data-l)}
    .x-correct::before,.x-missed::before,.x-spurious::before,.x-boundary::before,.x-label::before,.x-value::before{
    font:700 .7rem/1 system-ui,sans-serif;margin-right:.2em;vertical-align:.1em}
    .x-correct::before{content:"\\2713";color:#2e7d32}
    .x-missed::before{content:"\\2717";color:#c62828}
    .x-spurious::before{content:"+";color:#ef6c00}
    .x-boundary::before{content:"\\2194";color:#6a1b9a}
    .x-label::before{content:"\\2260";color:#1565c0}
    .x-value::before{content:"\\2248";color:#00897b}
    .x-boundary.x-label::before{content:"\\2194\\2260"}
    .x-boundary.x-value::before{content:"\\2194\\2248"}
    .x-label.x-value::before{content:"\\2260\\2248"}
    .x-boundary.x-label.x-value::before{content:"\\2194\\2260\\2248"}
    mark.cont::before{display:none}
    body:has(#only-errors:checked) article.no-errors,body:has(#only-errors:checked) nav.toc li.no-errors{display:none}
    nav.toc li.has-errors a{color:#b00020}
    section.scores{border-bottom:1px solid var(--line);padding:.5rem 0 1rem}
    section.scores h2{font-size:1.1rem;margin:.6rem 0 .3rem}
    section.scores p{margin:.2rem 0;font-size:.9rem}
    .score-row{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start;margin-top:.6rem}
    table.scores{border-collapse:collapse;font:13px/1.35 system-ui,sans-serif;font-variant-numeric:tabular-nums}
    table.scores caption{text-align:left;font-weight:600;padding-bottom:.2rem}
    table.scores th,table.scores td{padding:.15rem .45rem;border-bottom:1px solid var(--line);text-align:right}
    table.scores tbody th{text-align:left;overflow-wrap:anywhere;max-width:12rem}
    table.scores thead th{background:var(--side)}
    table.scores td.f1{font-weight:600}
    table.scores tr.total th,table.scores tr.total td{border-top:2px solid #999}
    figure.chart{margin:0}
    figure.chart figcaption{font-size:.8rem;color:var(--muted)}
    figure.chart text{font:10px system-ui,sans-serif;fill:#333}
    figure.chart text.tick{text-anchor:end;fill:#777}
    figure.chart text.name{text-anchor:middle}
    figure.chart line.grid{stroke:#e4e4e8}

    """
}
