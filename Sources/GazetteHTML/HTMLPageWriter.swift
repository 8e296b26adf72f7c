import GazetteCore
import GazetteDocuments
import GazetteJSON

/// Writes one self-contained HTML page of annotated documents, streaming: `begin`,
/// then `document` or `error` per item, then `end`, each appending bytes to a buffer
/// the caller writes out.
///
/// The page has inline CSS and a small inline script and loads nothing. Each document
/// is an `<article id="dN">` with its id, metadata and text, every span a `<mark>`
/// coloured by label; hovering a mark shows its label and fields and outlines the
/// marks of the same entity. The table of contents is written by `end` (it is placed
/// beside the documents by CSS), so only one small entry per document is kept.
///
/// Producers on several threads can render sections with the static `section`
/// functions and hand the entries, in order, to `add`. Other views build on the same
/// pieces: `HTMLText.render` for a text with any `HTMLMark`s (an evaluation's gold and
/// predicted spans, told apart by `HTMLMark.classes` and styled by `extraStyle`), keys
/// and controls of their own in the header (`extraHeader`), section classes to filter
/// by and a summary line of their own (`section`), and their own HTML appended between
/// `begin` and `end` (score tables).
public struct HTMLPageWriter: Sendable {
    /// What the table of contents keeps of a document or an error.
    public struct Entry: Sendable, Equatable {
        /// The section's number: its anchor is `#d<number>`.
        public var number: Int
        /// The document id, or the error's source.
        public var title: String
        public var spans: Int
        /// Spans that could not be shown (offsets outside the text).
        public var skipped: Int
        public var isError: Bool
        /// Extra CSS classes of the section, repeated on its line of the contents.
        public var classes: [String]

        public init(number: Int, title: String, spans: Int, skipped: Int = 0, isError: Bool = false,
                    classes: [String] = []) {
            self.number = number
            self.title = title
            self.spans = spans
            self.skipped = skipped
            self.isError = isError
            self.classes = classes
        }
    }

    public let title: String
    /// CSS appended to the page's own: code of the caller, never document data.
    public let extraStyle: String
    /// Markup appended to the sticky header after the legend (more keys, a filter):
    /// code of the caller, never document data.
    public let extraHeader: String
    public private(set) var entries: [Entry] = []

    public init(title: String = "Gazette", extraStyle: String = "", extraHeader: String = "") {
        self.title = title
        self.extraStyle = extraStyle
        self.extraHeader = extraHeader
    }

    /// The head of the page: styles, the title and the legend.
    public func begin(into out: inout [UInt8]) {
        out.markup("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n")
        out.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        HTMLEscape.append(title, into: &out)
        out.markup("</title>\n<style>\n")
        out.markup(HTMLAssets.style)
        LabelStyle.css(into: &out)
        out.append(contentsOf: extraStyle.utf8)
        out.markup("</style></head>\n<body>\n<header class=\"top\"><h1>")
        HTMLEscape.append(title, into: &out)
        out.markup("</h1><div class=\"legend\">")
        LabelStyle.legend(into: &out)
        out.markup("<label class=\"badges\"><input type=\"checkbox\" id=\"badges\" checked> label badges</label>")
        out.markup("</div>")
        out.append(contentsOf: extraHeader.utf8)
        out.markup("</header>\n<main>\n")
    }

    /// A document with Gazette's spans.
    @discardableResult
    public mutating func document(_ doc: Document, spans: [Span], into out: inout [UInt8]) -> Entry {
        document(doc, marks: spans.map(HTMLMark.init), into: &out)
    }

    /// A document with any marks; `classes` and `summary` as in `section`.
    @discardableResult
    public mutating func document(_ doc: Document, marks: [HTMLMark], classes: [String] = [], summary: String? = nil,
                                  into out: inout [UInt8]) -> Entry {
        let entry = Self.section(doc, marks: marks, number: entries.count + 1, classes: classes, summary: summary,
                                 into: &out)
        entries.append(entry)
        return entry
    }

    /// An input that could not be read.
    @discardableResult
    public mutating func error(_ e: InputError, into out: inout [UInt8]) -> Entry {
        let entry = Self.section(error: e, number: entries.count + 1, into: &out)
        entries.append(entry)
        return entry
    }

    /// Records a section rendered with one of the static `section` functions.
    public mutating func add(_ entry: Entry) {
        entries.append(entry)
    }

    /// The table of contents, the tooltip and the script; closes the page.
    public func end(into out: inout [UInt8]) {
        let documents = entries.count { !$0.isError }
        let spans = entries.reduce(0) { $0 + $1.spans }
        out.markup("</main>\n<nav class=\"toc\"><h2>Contents</h2><p>")
        out.decimal(documents)
        out.markup(documents == 1 ? " document, " : " documents, ")
        out.decimal(spans)
        out.markup(spans == 1 ? " span" : " spans")
        let errors = entries.count - documents
        if errors > 0 {
            out.markup(", ")
            out.decimal(errors)
            out.markup(errors == 1 ? " error" : " errors")
        }
        out.markup("</p>\n<ol>\n")
        for e in entries {
            out.markup("<li")
            if e.isError || !e.classes.isEmpty {
                out.markup(" class=\"")
                if e.isError { out.markup("err") }
                HTMLEscape.appendClasses(e.classes, leadingSpace: e.isError, into: &out)
                out.markup("\"")
            }
            out.markup("><a href=\"#d")
            out.decimal(e.number)
            out.markup("\">")
            HTMLEscape.append(e.title, into: &out)
            out.markup("</a> <small>")
            if e.isError { out.markup("error") } else { out.decimal(e.spans) }
            out.markup("</small></li>\n")
        }
        out.markup("</ol></nav>\n<div id=\"tip\" hidden></div>\n<script>\n")
        out.markup(HTMLAssets.script)
        out.markup("</script>\n</body></html>\n")
    }

    /// One document's `<article>`, numbered `number`; safe to call from any thread.
    /// `classes` are added to the article and its line of the contents (only
    /// `[A-Za-z0-9_-]` characters are kept), so that a page's own CSS can filter
    /// sections; `summary`, when given, replaces the line that counts the spans per label.
    public static func section(_ doc: Document, marks: [HTMLMark], number: Int, classes: [String] = [],
                               summary: String? = nil, into out: inout [UInt8]) -> Entry {
        openArticle(number: number, classes: classes, into: &out)
        HTMLEscape.append(doc.id, into: &out)
        out.markup("</span></h2>\n")
        metadata(doc.meta, into: &out)
        var text: [UInt8] = []
        text.reserveCapacity(doc.text.utf8.count + 160 * marks.count)
        let skippedMarks = HTMLText.render(doc.text, marks: marks, into: &text)
        if let summary {
            out.markup("<p class=\"counts\">")
            HTMLEscape.append(summary, into: &out)
            out.markup("</p>\n")
        } else {
            counts(marks, skipping: skippedMarks, into: &out)
        }
        if !skippedMarks.isEmpty {
            out.markup("<p class=\"warn\">")
            out.decimal(skippedMarks.count)
            out.markup(skippedMarks.count == 1 ? " span lies" : " spans lie")
            out.markup(" outside the text and could not be shown: ")
            for (n, k) in skippedMarks.prefix(5).enumerated() {
                if n > 0 { out.markup(", ") }
                HTMLEscape.append(marks[k].label, into: &out)
                out.markup(" ")
                out.decimal(marks[k].start)
                out.markup("\u{2013}")
                out.decimal(marks[k].end)
            }
            if skippedMarks.count > 5 { out.markup(", \u{2026}") }
            out.markup("</p>\n")
        }
        out.markup("</header>\n<div class=\"text\">")
        out.append(contentsOf: text)
        out.markup("</div></article>\n")
        return Entry(number: number, title: doc.id, spans: marks.count - skippedMarks.count, skipped: skippedMarks.count,
                     classes: classes)
    }

    /// Opens a numbered `<article>` up to its id: `<article class="doc CLASSES" id="dN"><header><h2>`
    /// with a self-link `N`, then `<span class="id">`.
    private static func openArticle(number: Int, classes: [String], into out: inout [UInt8]) {
        out.markup("<article class=\"doc")
        HTMLEscape.appendClasses(classes, leadingSpace: true, into: &out)
        out.markup("\" id=\"d")
        out.decimal(number)
        out.markup("\"><header><h2><a class=\"n\" href=\"#d")
        out.decimal(number)
        out.markup("\">")
        out.decimal(number)
        out.markup("</a> <span class=\"id\">")
    }

    /// An error's `<article>`, numbered `number`; safe to call from any thread.
    public static func section(error e: InputError, number: Int, into out: inout [UInt8]) -> Entry {
        openArticle(number: number, classes: ["err"], into: &out)
        HTMLEscape.append(e.source, into: &out)
        if let line = e.line {
            out.markup(":")
            out.decimal(line)
        }
        out.markup("</span></h2></header>\n<p class=\"warn\">")
        HTMLEscape.append(e.message, into: &out)
        out.markup("</p></article>\n")
        return Entry(number: number, title: e.line.map { "\(e.source):\($0)" } ?? e.source, spans: 0, isError: true)
    }

    /// The metadata as a definition list: dct, publisher and byline first, then the rest in order.
    static func metadata(_ meta: [(String, JSONValue)], into out: inout [UInt8]) {
        if meta.isEmpty { return }
        let first = ["dct", "publisher", "byline"]
        var ordered = first.compactMap { key in meta.first { $0.0 == key } }
        ordered += meta.filter { !first.contains($0.0) }
        out.markup("<dl class=\"meta\">")
        for (key, value) in ordered {
            out.markup("<div><dt>")
            HTMLEscape.append(key, into: &out)
            out.markup("</dt><dd>")
            HTMLEscape.append(HTMLMark.display(value), into: &out)
            out.markup("</dd></div>")
        }
        out.markup("</dl>\n")
    }

    /// "5 spans: PERSON 2, DATE 3", labels in FORMAT.md order and then by name.
    static func counts(_ marks: [HTMLMark], skipping skipped: [Int], into out: inout [UInt8]) {
        var perLabel: [String: Int] = [:]
        let skippedSet = Set(skipped)
        for (k, m) in marks.enumerated() where !skippedSet.contains(k) { perLabel[m.label, default: 0] += 1 }
        let total = marks.count - skipped.count
        out.markup("<p class=\"counts\">")
        out.decimal(total)
        out.markup(total == 1 ? " span" : " spans")
        let known = Label.allCases.map(\.rawValue).filter { perLabel[$0] != nil }
        let others = perLabel.keys.filter { !LabelStyle.isKnown($0) }.sorted()
        for (n, label) in (known + others).enumerated() {
            out.markup(n == 0 ? ": " : ", ")
            HTMLEscape.append(label, into: &out)
            out.markup(" ")
            out.decimal(perLabel[label]!)
        }
        out.markup("</p>\n")
    }
}
