import GazetteFormats

/// What `Evaluator.evaluate` scores and collects.
public struct EvalOptions: Sendable {
    /// Only these labels are scored (in this order); gold and predicted spans of other
    /// labels are removed before matching, as nervaluate's `tags` does. nil: all labels.
    public var labels: [String]?
    /// Collect every error with its sentence.
    public var collectErrors: Bool
    /// Keep each gold document with its predictions and their pairing (`EvalReport.comparisons`).
    public var keepDocuments: Bool
    /// Predicted labels renamed before anything else (`--map GPE=LOC`: a gold standard
    /// whose LOC covers our GPE and LOC). Gold spans keep their labels.
    public var relabel: [String: String]

    public init(labels: [String]? = nil, collectErrors: Bool = false, keepDocuments: Bool = false,
                relabel: [String: String] = [:]) {
        self.labels = labels
        self.collectErrors = collectErrors
        self.keepDocuments = keepDocuments
        self.relabel = relabel
    }
}

/// One difference between gold and prediction, with the sentence around it.
public struct EvalError: Sendable {
    /// What went wrong; a pair may be wrong in several ways (boundary and label, say).
    public enum Kind: String, Sendable {
        /// A gold span no prediction is paired with.
        case missed
        /// A prediction no gold span is paired with.
        case spurious
        /// Paired, overlapping, but with other boundaries.
        case boundary
        /// Paired, with another label.
        case label
        /// A paired temporal expression with another TIMEX3 value or mod.
        case value
    }

    public var document: String
    public var kinds: [Kind]
    public var gold: EvalSpan?
    public var predicted: EvalSpan?
    public var goldText: String?
    public var predictedText: String?
    /// The sentence (or line) around the spans, gold marked `[[...]]`, prediction `<<...>>`.
    public var context: String
}

/// One gold document with the predictions scored against it and their pairing, as
/// the scores counted them (spans of labels outside `EvalOptions.labels` removed).
public struct DocumentComparison: Sendable {
    /// The gold document (id, text, metadata; its spans unfiltered).
    public var document: EvalDocument
    public var gold: [EvalSpan]
    public var predicted: [EvalSpan]
    public var matching: Matching
    /// False when no predicted document had this id: every gold span is missed.
    public var hasPrediction: Bool
}

/// The scores of a set of predictions against gold documents.
public struct EvalReport: Sendable {
    /// Gold documents scored.
    public var documents = 0
    /// The labels scored, in report order.
    public var labels: [String] = []
    /// Per label, gold and predictions both restricted to that label (as nervaluate and
    /// seqeval compute per-label scores).
    public var perLabel: [String: LabelScores] = [:]
    /// All labels together: one pairing over all spans, so a label confusion is an
    /// `incorrect` in strict and type.
    public var micro = LabelScores()
    /// Per-label P, R and F1 averaged over the labels that occur in gold or predictions.
    public var macro: [Scheme: MacroScores] = [:]
    public var timex = TimexScores()
    /// Ids of gold documents that had no prediction (scored as all missed).
    public var goldWithoutPrediction: [String] = []
    /// Ids of predicted documents without a gold document (not scored).
    public var predictionsWithoutGold: [String] = []
    /// Problems found on the way (duplicate ids).
    public var warnings: [String] = []
    public var errors: [EvalError] = []
    /// Every scored gold document, in gold order, when `EvalOptions.keepDocuments`.
    public var comparisons: [DocumentComparison] = []
}

/// Scores predicted documents against gold documents, matched by id.
public enum Evaluator {
    /// Labels in the order reports list them; labels not listed follow in string order.
    public static let labelOrder = ["PERSON", "ORG", "PROGRAMME", "GPE", "LOC", "MISC", "DATE", "TIME", "DURATION", "SET"]

    public static func evaluate(gold: [EvalDocument], predictions: [EvalDocument],
                                options: EvalOptions = EvalOptions()) -> EvalReport {
        var report = EvalReport()
        let allowed = options.labels.map(Set.init)
        var predictionByID: [String: Int] = [:]
        for (k, d) in predictions.enumerated() {
            if predictionByID[d.id] != nil {
                report.warnings.append("prediction id '\(d.id)' occurs more than once; the first is scored")
            } else {
                predictionByID[d.id] = k
            }
        }
        var seenGold = Set<String>()
        var seenLabels = Set<String>()
        for doc in gold {
            guard seenGold.insert(doc.id).inserted else {
                report.warnings.append("gold id '\(doc.id)' occurs more than once; the first is scored")
                continue
            }
            report.documents += 1
            var pred: [EvalSpan] = []
            if let k = predictionByID[doc.id] {
                pred = predictions[k].spans
                if !options.relabel.isEmpty {
                    for j in pred.indices { pred[j].label = options.relabel[pred[j].label] ?? pred[j].label }
                }
            } else {
                report.goldWithoutPrediction.append(doc.id)
            }
            var g = doc.spans
            if let allowed {
                g.removeAll { !allowed.contains($0.label) }
                pred.removeAll { !allowed.contains($0.label) }
            }
            let matching = Matcher.match(gold: g, predicted: pred)
            report.micro += LabelScores.score(gold: g, predicted: pred, matching: matching)

            var goldByLabel: [String: [EvalSpan]] = [:], predByLabel: [String: [EvalSpan]] = [:]
            for s in g { goldByLabel[s.label, default: []].append(s) }
            for s in pred { predByLabel[s.label, default: []].append(s) }
            for label in Set(goldByLabel.keys).union(predByLabel.keys) {
                seenLabels.insert(label)
                report.perLabel[label, default: LabelScores()] +=
                    LabelScores.score(gold: goldByLabel[label] ?? [], predicted: predByLabel[label] ?? [])
            }

            let tg = g.filter(\.isTemporal), tp = pred.filter(\.isTemporal)
            report.timex.add(gold: tg, predicted: tp, matching: Matcher.match(gold: tg, predicted: tp))

            if options.collectErrors {
                report.errors.append(contentsOf: errors(in: doc, gold: g, predicted: pred, matching: matching))
            }
            if options.keepDocuments {
                report.comparisons.append(DocumentComparison(document: doc, gold: g, predicted: pred, matching: matching,
                                                             hasPrediction: predictionByID[doc.id] != nil))
            }
        }
        report.predictionsWithoutGold = predictions.map(\.id).filter { !seenGold.contains($0) }

        if let labels = options.labels {
            report.labels = labels
        } else {
            let known = labelOrder.filter(seenLabels.contains)
            report.labels = known + seenLabels.subtracting(labelOrder).sorted()
        }
        for label in report.labels where report.perLabel[label] == nil { report.perLabel[label] = LabelScores() }
        let averaged = report.labels.filter(seenLabels.contains)
        for scheme in Scheme.allCases {
            let n = Double(max(averaged.count, 1))
            let scores = averaged.map { report.perLabel[$0]![scheme] }
            report.macro[scheme] = MacroScores(precision: scores.reduce(0) { $0 + $1.precision } / n,
                                               recall: scores.reduce(0) { $0 + $1.recall } / n,
                                               f1: scores.reduce(0) { $0 + $1.f1 } / n)
        }
        return report
    }

    /// Every missed, spurious, boundary, label and value error of one document.
    static func errors(in doc: EvalDocument, gold: [EvalSpan], predicted: [EvalSpan], matching: Matching) -> [EvalError] {
        let text = doc.scalars
        var found: [(position: Int, error: EvalError)] = []
        func make(_ kinds: [EvalError.Kind], _ g: EvalSpan?, _ p: EvalSpan?) -> EvalError {
            EvalError(document: doc.id, kinds: kinds, gold: g, predicted: p,
                      goldText: g.map { text.string($0.start ..< $0.end) },
                      predictedText: p.map { text.string($0.start ..< $0.end) },
                      context: context(text, gold: g, predicted: p))
        }
        for (gi, pi) in matching.predictionOfGold.enumerated() {
            let g = gold[gi]
            guard let pi else {
                found.append((g.start, make([.missed], g, nil)))
                continue
            }
            let p = predicted[pi]
            let kinds = kinds(g, p)
            if !kinds.isEmpty { found.append((min(g.start, p.start), make(kinds, g, p))) }
        }
        for (pi, gi) in matching.goldOfPrediction.enumerated() where gi == nil {
            found.append((predicted[pi].start, make([.spurious], nil, predicted[pi])))
        }
        return found.sorted { $0.position < $1.position }.map(\.error)
    }

    /// What is wrong with a paired gold span and prediction; empty when they agree.
    static func kinds(_ g: EvalSpan, _ p: EvalSpan) -> [EvalError.Kind] {
        var kinds: [EvalError.Kind] = []
        if !g.sameBounds(p) { kinds.append(.boundary) }
        if g.label != p.label { kinds.append(.label) }
        if g.isTemporal, p.isTemporal, g.value != p.value || g.mod != p.mod { kinds.append(.value) }
        return kinds
    }

    /// The sentence around the spans: from the previous line break or sentence end to the
    /// next, at most 160 code points on each side, gold marked `[[...]]`, prediction `<<...>>`.
    static func context(_ text: [Unicode.Scalar], gold: EvalSpan?, predicted: EvalSpan?) -> String {
        let spans = [gold, predicted].compactMap { $0 }
        let n = text.count
        let lo = min(spans.map(\.start).min() ?? 0, n), hi = min(max(spans.map(\.end).max() ?? 0, lo), n)
        let limit = 160
        func isEnd(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
        var left = lo, clippedLeft = false
        while left > 0 {
            let c = text[left - 1]
            if c == "\n" || (isEnd(c) && left < n && isSpace(text[left])) { break }
            if lo - left == limit { clippedLeft = true; break }
            left -= 1
        }
        var right = hi, clippedRight = false
        while right < n {
            let c = text[right]
            if c == "\n" { break }
            if right - hi == limit { clippedRight = true; break }
            right += 1
            if isEnd(c), right == n || isSpace(text[right]) { break }
        }
        while left < lo, isSpace(text[left]) { left += 1 }
        while right > hi, isSpace(text[right - 1]) { right -= 1 }
        var marks: [Int: (close: String, open: String)] = [:]
        func mark(_ at: Int, close: String = "", open: String = "") {
            let m = marks[at] ?? ("", "")
            marks[at] = (m.close + close, m.open + open)
        }
        if let g = gold { mark(g.start, open: "[["); mark(g.end, close: "]]") }
        if let p = predicted { mark(p.start, open: "<<"); mark(p.end, close: ">>") }
        var out = clippedLeft ? "…" : ""
        for i in left ... right {
            if let m = marks[i] { out += m.close + m.open }
            if i < right {
                let c = text[i]
                out.unicodeScalars.append(c == "\n" || c == "\t" ? " " : c)
            }
        }
        if clippedRight { out += "…" }
        return out
    }
}
