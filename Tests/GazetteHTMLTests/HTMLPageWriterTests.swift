import GazetteCore
import GazetteDocuments
import GazetteHTML
import GazetteJSON
import Testing

@Suite struct HTMLPageWriterTests {
    private static let attacks = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</style>", "'><b>x</b>"]

    private func page(_ items: [(Document, [Span])], errors: [InputError] = [], title: String = "Gazette") -> String {
        var writer = HTMLPageWriter(title: title)
        var out: [UInt8] = []
        writer.begin(into: &out)
        for (doc, spans) in items { writer.document(doc, spans: spans, into: &out) }
        for e in errors { writer.error(e, into: &out) }
        writer.end(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func span(_ text: String, _ needle: String, _ label: Label, entity: String? = nil) -> Span {
        let scalars = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        let start = (0 ... scalars.count - n.count).first { Array(scalars[$0 ..< $0 + n.count]) == n }!
        return Span(start: start, end: start + n.count, label: label, text: needle, entity: entity)
    }

    @Test func oneMarkPerSpanOneArticlePerDocumentAndAContentsLine() {
        let a = "Jonas Berg met Ilse Varga in Riga on Tuesday."
        let b = "No entities here."
        let c = "Berg and Berg again."
        let docs: [(Document, [Span])] = [
            (Document(id: "a", text: a, meta: [("dct", .string("2026-03-14"))]),
             [span(a, "Jonas Berg", .person), span(a, "Ilse Varga", .person), span(a, "Riga", .gpe), span(a, "Tuesday", .date)]),
            (Document(id: "b", text: b), []),
            (Document(id: "c", text: c), [Span(start: 0, end: 4, label: .person, text: "Berg", entity: "e1"),
                                          Span(start: 9, end: 13, label: .person, text: "Berg", entity: "e1")]),
        ]
        let html = page(docs, errors: [InputError("malformed JSON", source: "x.jsonl", line: 3)])
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.hasSuffix("</body></html>\n"))
        #expect(Page.count("<mark ", in: html) == 6)
        #expect(Page.count("</mark>", in: html) == 6)
        #expect(Page.count("<article ", in: html) == 4)
        #expect(Page.count("<li", in: html) == 4)
        #expect(html.contains("<p>3 documents, 6 spans, 1 error</p>"))
        for n in 1 ... 4 { #expect(html.contains("<article class=\"doc\(n == 4 ? " err" : "")\" id=\"d\(n)\">")) }
        #expect(html.contains("<a href=\"#d4\">x.jsonl:3</a> <small>error</small>"))
        #expect(html.contains("<p class=\"counts\">4 spans: PERSON 2, GPE 1, DATE 1</p>"))
        #expect(Page.count("data-e=\"e1\"", in: html) == 2)
        // Nothing external: no src or href outside the page, one style, one script.
        #expect(!html.contains("src="))
        #expect(!html.contains("http"))
        #expect(Page.count("<style>", in: html) == 1)
        #expect(Page.count("<script>", in: html) == 1)
    }

    @Test func metadataShowsDateCreatedPublisherAndBylineFirst() {
        let doc = Document(id: "m", text: "x", meta: [("source", .string("wire")), ("byline", .string("Maria Keller")),
                                                     ("tags", .array([.string("a"), .number("2")])),
                                                     ("publisher", .string("Ledger")), ("dct", .string("2026-03-14"))])
        let html = page([(doc, [])])
        #expect(html.contains("<dl class=\"meta\"><div><dt>dct</dt><dd>2026-03-14</dd></div><div><dt>publisher</dt>"
            + "<dd>Ledger</dd></div><div><dt>byline</dt><dd>Maria Keller</dd></div><div><dt>source</dt><dd>wire</dd></div>"
            + "<div><dt>tags</dt><dd>[&quot;a&quot;,2]</dd></div></dl>"))
    }

    /// Hostile ids, text, metadata, span fields and titles render as text: the only
    /// tags in the page are the writer's own.
    @Test func everythingFromTheDocumentIsEscaped() {
        for attack in Self.attacks {
            let text = "Before \(attack) after, Riga."
            let doc = Document(id: attack, text: text, meta: [("dct", .string(attack)), ("publisher", .string(attack)),
                                                                (attack, .string(attack))])
            var riga = span(text, "Riga", .gpe, entity: attack)
            riga.rule = attack
            riga.value = attack
            let hostile = span(text, attack, .misc)
            let html = page([(doc, [hostile, riga])], errors: [InputError(attack, source: attack, line: 1)], title: attack)
            let allowed: Set = ["html", "head", "meta", "title", "style", "body", "header", "h1", "div", "button", "span",
                                "label", "input", "main", "article", "h2", "a", "dl", "dt", "dd", "p", "mark", "nav", "ol",
                                "li", "small", "script"]
            let tags = Page.tags(html)
            #expect(Set(tags).isSubset(of: allowed), "\(Set(tags).subtracting(allowed))")
            #expect(tags.filter { $0 == "script" }.count == 2) // <script> and </script>
            #expect(tags.filter { $0 == "style" }.count == 2)
            #expect(!tags.contains("img") && !tags.contains("b"))
            #expect(!html.contains("onerror=alert(1)>"))
            #expect(Page.count("<mark ", in: html) == 2)
            let escaped = HTMLEscape.escaped(attack)
            #expect(html.contains("<span class=\"id\">\(escaped)</span>"))
            #expect(html.contains("<title>\(escaped)</title>"))
            #expect(html.contains("data-e=\"\(escaped)\""))
            #expect(Page.textDiv(html).map(Page.text) == text)
        }
    }

    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscape.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(HTMLEscape.escaped("Zoe\u{308} \u{1F44D}") == "Zoe\u{308} \u{1F44D}")
    }

    @Test func spansOutsideTheTextAreReportedInThePage() {
        let doc = Document(id: "short", text: "abc")
        var writer = HTMLPageWriter()
        var out: [UInt8] = []
        let entry = writer.document(doc, marks: [HTMLMark(start: 0, end: 1, label: "PERSON"),
                                                 HTMLMark(start: 2, end: 9, label: "DATE")], into: &out)
        #expect(entry == HTMLPageWriter.Entry(number: 1, title: "short", spans: 1, skipped: 1))
        let html = String(decoding: out, as: UTF8.self)
        #expect(html.contains("<p class=\"warn\">1 span lies outside the text and could not be shown: DATE 2\u{2013}9</p>"))
    }

    /// Sections rendered on other threads and added in order give the same page.
    @Test func staticSectionsMatchTheStreamingWriter() {
        let docs = (1 ... 3).map { Document(id: "d\($0)", text: "Riga \($0)") }
        let spans = [Span(start: 0, end: 4, label: .gpe, text: "Riga")]
        var streaming = HTMLPageWriter()
        var a: [UInt8] = []
        streaming.begin(into: &a)
        for d in docs { streaming.document(d, spans: spans, into: &a) }
        streaming.end(into: &a)
        var parallel = HTMLPageWriter()
        var b: [UInt8] = []
        parallel.begin(into: &b)
        for (k, d) in docs.enumerated() {
            parallel.add(HTMLPageWriter.section(d, marks: spans.map(HTMLMark.init), number: k + 1, into: &b))
        }
        parallel.end(into: &b)
        #expect(a == b)
    }

    /// What other views add: header markup, section classes (on the article and its
    /// contents line, cleaned to class characters) and a summary instead of the counts.
    @Test func extraHeaderSectionClassesAndSummary() {
        var writer = HTMLPageWriter(extraHeader: "<div class=\"mine\"></div>")
        var out: [UInt8] = []
        writer.begin(into: &out)
        let entry = writer.document(Document(id: "a", text: "Riga"), marks: [HTMLMark(start: 0, end: 4, label: "GPE")],
                                    classes: ["has-errors", "\"><script>x", ""], summary: "1 <missed>", into: &out)
        writer.document(Document(id: "b", text: "Riga"), marks: [], into: &out)
        writer.end(into: &out)
        let html = String(decoding: out, as: UTF8.self)
        #expect(entry.classes == ["has-errors", "\"><script>x", ""])
        #expect(html.contains("</div><div class=\"mine\"></div></header>"))
        #expect(html.contains("<article class=\"doc has-errors scriptx\" id=\"d1\">"))
        #expect(html.contains("<article class=\"doc\" id=\"d2\">"))
        #expect(html.contains("<li class=\"has-errors scriptx\"><a href=\"#d1\">"))
        #expect(html.contains("<li><a href=\"#d2\">"))
        #expect(html.contains("<p class=\"counts\">1 &lt;missed&gt;</p>"))
        #expect(!html.contains("1 span: GPE 1"))
        #expect(html.contains("<p class=\"counts\">0 spans</p>"))
    }
}
