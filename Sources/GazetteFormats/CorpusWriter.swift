import GazetteJSON
import GazetteText

/// Writes documents as FORMAT.md JSONL, brat standoff, CoNLL (IOB2) or TimeML (inline TIMEX3).
public enum CorpusWriter {
    /// One FORMAT.md line per document: `{"id", "text", "meta", "spans": [{"start", "end",
    /// "label", "text", "value"?, "mod"?}]}`.
    public static func jsonl(_ docs: [EvalDocument]) -> String {
        var w = JSONWriter()
        for doc in docs {
            let text = doc.scalars
            w.raw("{\"id\":"); w.string(doc.id)
            w.raw(",\"text\":"); w.string(doc.text)
            w.raw(",\"meta\":"); w.value(.object(doc.meta))
            w.raw(",\"spans\":[")
            for (k, s) in doc.spans.enumerated() {
                if k > 0 { w.raw(",") }
                w.raw("{\"start\":"); w.int(s.start)
                w.raw(",\"end\":"); w.int(s.end)
                w.raw(",\"label\":"); w.string(s.label)
                w.raw(",\"text\":"); w.string(text.string(s.start ..< s.end))
                if let v = s.value { w.raw(",\"value\":"); w.string(v) }
                if let v = s.mod { w.raw(",\"mod\":"); w.string(v) }
                w.raw("}")
            }
            w.raw("]}\n")
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// The `.ann` file of a document: `T<n>` lines (a span crossing a line break is
    /// written as fragments split at the break, as brat requires), the TIMEX3 value
    /// as `#<n>\tAnnotatorNotes T<n>\t<value>` and the mod as `A<n>\tMod T<n> <MOD>`.
    public static func bratAnnotations(_ doc: EvalDocument) -> String {
        let text = doc.scalars
        var out = "", notes = 0, attributes = 0
        for (k, s) in doc.spans.enumerated() {
            var fragments: [Range<Int>] = []
            var start = s.start
            for i in s.start ..< s.end where text[i] == "\n" {
                if start < i { fragments.append(start ..< i) }
                start = i + 1
            }
            if start < s.end { fragments.append(start ..< s.end) }
            if fragments.isEmpty { fragments = [s.start ..< s.end] }
            let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            let surface = fragments.map { text.string($0) }.joined(separator: " ")
            out += "T\(k + 1)\t\(s.label) \(offsets)\t\(surface)\n"
            if let v = s.value {
                notes += 1
                out += "#\(notes)\tAnnotatorNotes T\(k + 1)\t\(v)\n"
            }
            if let m = s.mod {
                attributes += 1
                out += "A\(attributes)\tMod T\(k + 1) \(m)\n"
            }
        }
        return out
    }

    /// Writes `<directory>/<id>.txt` and `.ann` for each document; a `/` in an id makes
    /// subdirectories. brat has no place for metadata, so `meta` (and the dct) is not written.
    public static func brat(_ docs: [EvalDocument], directory: String) throws(CorpusError) {
        for doc in docs {
            let base = try path(for: doc.id, in: directory)
            try FileSystem.write(base + ".txt", doc.text)
            try FileSystem.write(base + ".ann", bratAnnotations(doc))
        }
    }

    /// A TimeML file: `DOCID`, the dct as a CREATION_TIME TIMEX3 in `DCT` when
    /// `meta.dct` is set, and `TEXT` with the temporal spans inline as TIMEX3 (`tid`,
    /// `type`, `value`, `mod`). Other labels are left out, and so is a temporal span
    /// that overlaps an earlier one (XML cannot nest crossing elements): the count
    /// left out is returned.
    public static func timeml(_ doc: EvalDocument) -> (file: String, skipped: Int) {
        let text = doc.scalars
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>\(escape(doc.id))</DOCID>\n"
        if let dct = doc.dct {
            let type = dct.contains("T") ? "TIME" : "DATE"
            out += "<DCT><TIMEX3 tid=\"t0\" type=\"\(type)\" value=\"\(escape(dct))\" temporalFunction=\"false\" "
                + "functionInDocument=\"CREATION_TIME\">\(escape(dct))</TIMEX3></DCT>\n"
        }
        var position = 0, tid = 0, skipped = 0
        out += "<TEXT>"
        for s in doc.spans.filter(\.isTemporal).sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if s.start < position { skipped += 1; continue }
            out += escape(text.string(position ..< s.start))
            tid += 1
            out += "<TIMEX3 tid=\"t\(tid)\" type=\"\(escape(s.label))\""
            if let v = s.value { out += " value=\"\(escape(v))\"" }
            if let m = s.mod { out += " mod=\"\(escape(m))\"" }
            out += ">" + escape(text.string(s.start ..< s.end)) + "</TIMEX3>"
            position = s.end
        }
        out += escape(text.string(position ..< text.count)) + "</TEXT>\n</TimeML>\n"
        return (out, skipped)
    }

    /// Writes `<directory>/<id>.tml` for each document; returns the number of spans left out.
    public static func timeml(_ docs: [EvalDocument], directory: String) throws(CorpusError) -> Int {
        var skipped = 0
        for doc in docs {
            let (file, n) = timeml(doc)
            skipped += n
            try FileSystem.write(try path(for: doc.id, in: directory) + ".tml", file)
        }
        return skipped
    }

    /// CoNLL with IOB2 tags, two columns (`token TAG`), `-DOCSTART- O` and a blank line
    /// before each document, a blank line after each sentence. Tokens and sentences come
    /// from Gazette's tokenizer (ICU), and tokens are further split at span boundaries so
    /// that every span is a run of whole tokens; no sentence break is written inside a
    /// span. `PERSON` is written `PER` (the CoNLL
    /// name; the reader maps it back). A span overlapping an earlier one cannot be
    /// tagged and is left out: the count is returned. Document ids are not written
    /// (CoNLL has no place for them).
    public static func conll(_ docs: [EvalDocument]) throws(CorpusError) -> (text: String, skipped: Int) {
        let tokenizer: Tokenizer
        do { tokenizer = try Tokenizer() } catch { throw CorpusError("cannot open the ICU tokenizer: \(error)") }
        var out = "", skipped = 0
        for doc in docs {
            let (text, n) = try conll(doc, tokenizer: tokenizer)
            out += text
            skipped += n
        }
        return (out, skipped)
    }

    /// One document as `conll(_:)` writes it, with the caller's tokenizer (one per thread).
    public static func conll(_ doc: EvalDocument, tokenizer: Tokenizer) throws(CorpusError) -> (text: String, skipped: Int) {
        var out = "", skipped = 0
        let analyzed: AnalyzedText
        do { analyzed = try tokenizer.analyze(doc.text) } catch { throw CorpusError("\(doc.id): \(error)") }
        let text = doc.scalars
        var spans: [EvalSpan] = []
        for s in doc.spans.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = spans.last, s.start < last.end { skipped += 1 } else { spans.append(s) }
        }
        var cuts = Set<Int>()
        for s in spans { cuts.insert(s.start); cuts.insert(s.end) }
        out += "-DOCSTART- O\n\n"
        var k = 0 // next span
        var lines = ""
        for sentence in analyzed.sentences {
            var lastEnd = 0
            for t in sentence {
                let range = analyzed.normalized.originalRange(analyzed.tokens[t].range)
                var pieces: [Range<Int>] = []
                var start = range.lowerBound
                for i in (range.lowerBound + 1) ..< max(range.lowerBound + 1, range.upperBound) where cuts.contains(i) {
                    pieces.append(start ..< i)
                    start = i
                }
                pieces.append(start ..< range.upperBound)
                for piece in pieces {
                    while k < spans.count, spans[k].end <= piece.lowerBound { k += 1 }
                    var tag = "O"
                    if k < spans.count, spans[k].start <= piece.lowerBound, piece.upperBound <= spans[k].end {
                        let label = spans[k].label == "PERSON" ? "PER" : spans[k].label
                        tag = (piece.lowerBound == spans[k].start ? "B-" : "I-") + label
                    }
                    let token = String(text.string(piece).map { $0.isWhitespace ? "_" : $0 })
                    lines += token + " " + tag + "\n"
                    lastEnd = piece.upperBound
                }
            }
            // A span across a sentence break (the tokenizer breaks after some initials) keeps the sentence going.
            if k < spans.count, spans[k].start < lastEnd, spans[k].end > lastEnd { continue }
            if !lines.isEmpty { out += lines + "\n" }
            lines = ""
        }
        if !lines.isEmpty { out += lines + "\n" }
        return (out, skipped)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The relative path a document's files are named by (`<id>.tml`, `<id>.txt`):
    /// the id, with `/` making subdirectories; nil for an id that is empty or has a
    /// `.` or `..` component, which would climb out of the directory.
    public static func fileName(for id: String) -> String? {
        let parts = id.split(separator: "/")
        if parts.isEmpty || parts.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        return parts.joined(separator: "/")
    }

    /// `<directory>/<id>`, creating the directories on the way; ids must not climb out.
    static func path(for id: String, in directory: String) throws(CorpusError) -> String {
        guard let name = fileName(for: id) else { throw CorpusError("document id '\(id)' cannot be used as a file name") }
        let parts = name.split(separator: "/")
        let base = directory + "/" + name
        let parent = ([directory] + parts.dropLast().map(String.init)).joined(separator: "/")
        try FileSystem.makeDirectories(parent)
        return base
    }
}
