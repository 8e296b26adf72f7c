import GazetteFormats
import GazetteJSON

/// Renders an `EvalReport` as the JSON scripts read or as aligned plain-text tables.
public enum ReportFormat {
    /// `{"documents", "labels": {L: {"gold", "predicted", "strict": {...}, "exact", "partial",
    /// "type"}}, "micro": {...}, "macro": {...}, "timex": {"strict", "relaxed", "value",
    /// "type_accuracy"}}`, then `gold_without_prediction` and `predictions_without_gold`
    /// (ids), and `errors` when collected.
    public static func json(_ r: EvalReport, includeErrors: Bool = false) -> JSONValue {
        func number(_ x: Double) -> JSONValue { .number(x == x.rounded() ? String(Int(x)) : "\(x)") }
        func int(_ x: Int) -> JSONValue { .number(String(x)) }
        func counts(_ c: SchemeCounts) -> JSONValue {
            .object([("precision", number(c.precision)), ("recall", number(c.recall)), ("f1", number(c.f1)),
                     ("correct", int(c.correct)), ("incorrect", int(c.incorrect)), ("partial", int(c.partial)),
                     ("missed", int(c.missed)), ("spurious", int(c.spurious))])
        }
        func label(_ s: LabelScores) -> JSONValue {
            .object([("gold", int(s.gold)), ("predicted", int(s.predicted))]
                + Scheme.allCases.map { ($0.rawValue, counts(s[$0])) })
        }
        func span(_ s: EvalSpan, _ text: String?) -> JSONValue {
            var o: [(String, JSONValue)] = [("start", int(s.start)), ("end", int(s.end)), ("label", .string(s.label))]
            if let text { o.append(("text", .string(text))) }
            if let v = s.value { o.append(("value", .string(v))) }
            if let v = s.mod { o.append(("mod", .string(v))) }
            return .object(o)
        }
        let t = r.timex
        func timex(_ matches: Int) -> JSONValue {
            let m = t.measure(matches)
            return .object([("precision", number(m.precision)), ("recall", number(m.recall)), ("f1", number(m.f1)),
                            ("matched", int(matches)), ("gold", int(t.gold)), ("predicted", int(t.predicted))])
        }
        var micro: [(String, JSONValue)] = [("gold", int(r.micro.gold)), ("predicted", int(r.micro.predicted))]
        micro += Scheme.allCases.map { ($0.rawValue, counts(r.micro[$0])) }
        let macro: [(String, JSONValue)] = Scheme.allCases.map { scheme in
            let m = r.macro[scheme] ?? MacroScores(precision: 0, recall: 0, f1: 0)
            return (scheme.rawValue, .object([("precision", number(m.precision)), ("recall", number(m.recall)),
                                              ("f1", number(m.f1))]))
        }
        var fields: [(String, JSONValue)] = [
            ("documents", int(r.documents)),
            ("labels", .object(r.labels.map { ($0, label(r.perLabel[$0] ?? LabelScores())) })),
            ("micro", .object(micro)),
            ("macro", .object(macro)),
            ("timex", .object([("strict", timex(t.strict)), ("relaxed", timex(t.relaxed)), ("value", timex(t.value)),
                               ("type_accuracy", number(t.typeAccuracy))])),
            ("gold_without_prediction", .array(r.goldWithoutPrediction.map(JSONValue.string))),
            ("predictions_without_gold", .array(r.predictionsWithoutGold.map(JSONValue.string))),
        ]
        if includeErrors {
            fields.append(("errors", .array(r.errors.map { e in
                var o: [(String, JSONValue)] = [("document", .string(e.document)),
                                                ("kinds", .array(e.kinds.map { .string($0.rawValue) }))]
                if let g = e.gold { o.append(("gold", span(g, e.goldText))) }
                if let p = e.predicted { o.append(("predicted", span(p, e.predictedText))) }
                o.append(("context", .string(e.context)))
                return .object(o)
            })))
        }
        return .object(fields)
    }

    /// The plain-text report: the entity table (P, R, F1 in percent for each scheme),
    /// the TIMEX3 table when gold or predictions hold temporal expressions, and notes.
    public static func table(_ r: EvalReport) -> String {
        var out = "Documents: \(r.documents)"
        if !r.goldWithoutPrediction.isEmpty { out += " (\(r.goldWithoutPrediction.count) without prediction: all missed)" }
        out += "\n"
        if !r.predictionsWithoutGold.isEmpty {
            let shown = r.predictionsWithoutGold.prefix(5).joined(separator: ", ")
            let more = r.predictionsWithoutGold.count > 5 ? ", ..." : ""
            out += "Predictions without gold (not scored): \(r.predictionsWithoutGold.count): \(shown)\(more)\n"
        }
        out += "\n"
        var rows: [[String]] = []
        var header = ["label", "gold", "pred"]
        for s in Scheme.allCases { header += ["\(s.rawValue) P", "R", "F1"] }
        rows.append(header)
        func pct(_ x: Double) -> String {
            let v = (x * 1000).rounded() / 10
            return v == v.rounded() ? "\(Int(v)).0" : "\(v)"
        }
        func row(_ name: String, _ s: LabelScores) -> [String] {
            var cells = [name, String(s.gold), String(s.predicted)]
            for scheme in Scheme.allCases {
                let c = s[scheme]
                cells += [pct(c.precision), pct(c.recall), pct(c.f1)]
            }
            return cells
        }
        for label in r.labels { rows.append(row(label, r.perLabel[label] ?? LabelScores())) }
        rows.append(row("micro", r.micro))
        var macro = ["macro", "", ""]
        for scheme in Scheme.allCases {
            let m = r.macro[scheme] ?? MacroScores(precision: 0, recall: 0, f1: 0)
            macro += [pct(m.precision), pct(m.recall), pct(m.f1)]
        }
        rows.append(macro)
        out += align(rows, separatorAfter: [0, r.labels.count])

        out += "\nMicro-averaged counts:\n"
        var countRows: [[String]] = []
        for scheme in Scheme.allCases {
            let c = r.micro[scheme]
            countRows.append([scheme.rawValue, String(c.correct), String(c.incorrect), String(c.partial),
                              String(c.missed), String(c.spurious)])
        }
        out += align([["scheme", "correct", "incorrect", "partial", "missed", "spurious"]] + countRows,
                     separatorAfter: [0])

        let t = r.timex
        if t.gold > 0 || t.predicted > 0 {
            out += "\nTIMEX3 (DATE, TIME, DURATION, SET as one class): gold \(t.gold), predicted \(t.predicted)\n"
            var trows = [["measure", "matched", "P", "R", "F1"]]
            for (name, m) in [("strict", t.strict), ("relaxed", t.relaxed), ("value", t.value)] {
                let s = t.measure(m)
                trows.append([name, String(m), pct(s.precision), pct(s.recall), pct(s.f1)])
            }
            out += align(trows, separatorAfter: [0])
            out += "type accuracy: \(pct(t.typeAccuracy)) (\(t.sameType) of \(t.relaxed) relaxed matches)\n"
        }
        for w in r.warnings { out += "warning: \(w)\n" }
        return out
    }

    /// Every error: document id, kinds, gold and predicted span, and the marked sentence.
    public static func errors(_ r: EvalReport) -> String {
        var out = "Errors: \(r.errors.count) (gold marked [[...]], prediction <<...>>)\n"
        func describe(_ s: EvalSpan, _ text: String?) -> String {
            var d = "\(s.label) \"\(text ?? "")\" \(s.start)-\(s.end)"
            if let v = s.value { d += " value=\(v)" }
            if let m = s.mod { d += " mod=\(m)" }
            return d
        }
        for e in r.errors {
            out += "\(e.document)\t\(e.kinds.map(\.rawValue).joined(separator: "+"))"
            if let g = e.gold { out += "\tgold: \(describe(g, e.goldText))" }
            if let p = e.predicted { out += "\tpred: \(describe(p, e.predictedText))" }
            out += "\n    \(e.context)\n"
        }
        return out
    }

    /// Rows as columns: the first left-aligned, the others right-aligned, with a rule
    /// after the rows whose indices are listed.
    static func align(_ rows: [[String]], separatorAfter: Set<Int>) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        var out = ""
        for (i, row) in rows.enumerated() {
            var line = ""
            for (k, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[k] - cell.count)
                line += k == 0 ? cell + pad : "  " + pad + cell
            }
            out += line + "\n"
            if separatorAfter.contains(i) {
                out += String(repeating: "-", count: widths.reduce(0, +) + 2 * (columns - 1)) + "\n"
            }
        }
        return out
    }
}
