import Foundation
import GazetteTestSupport
import Testing

/// `gazette annotate --format html` and `gazette render`, run as a user would.
@Suite struct HTMLOutputTests {
    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test func annotateWritesOnePageForAllDocuments() throws {
        let input = #"{"id": "a", "text": "First <b>line</b>.\nSecond.", "meta": {"dct": "2021-10-25"}}"# + "\n"
            + #"{"id": "<script>alert(1)</script>", "text": "x"}"# + "\n" + "not json\n"
        let run = try GazetteBinary.run(["annotate", "--format", "html", "-"], stdin: Data(input.utf8))
        #expect(run.status == 1) // the malformed line
        let html = run.stdoutText
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</body></html>\n"))
        #expect(count("<article ", in: html) == 3)
        #expect(html.contains("<div class=\"text\">First &lt;b&gt;line&lt;/b&gt;.\nSecond.</div>"))
        #expect(html.contains("<span class=\"id\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"))
        #expect(count("<script>", in: html) == 1)
        #expect(html.contains("<article class=\"doc err\" id=\"d3\">"))
        #expect(html.contains("<p>2 documents, 0 spans, 1 error</p>"))
        #expect(run.stderr.contains("-:3: malformed JSON"))
    }

    @Test func thePageIsTheSameForAnyNumberOfJobs() throws {
        let dir = try TemporaryDirectory()
        for k in 0 ..< 40 { try dir.write("doc\(k).txt", "Document \(k) from\nRiga on Tuesday.") }
        let one = try GazetteBinary.run(["annotate", "--format", "html", "--jobs", "1", dir.url.path])
        let two = try GazetteBinary.run(["annotate", "--format", "html", "--jobs", "2", dir.url.path])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(count("<article ", in: one.stdoutText) == 40)
        #expect(count("<li>", in: one.stdoutText) == 40)
    }

    @Test func outputDirWritesOnePagePerDocument() throws {
        let dir = try TemporaryDirectory()
        let input = #"{"id": "a", "text": "NATO met in Baku on October 25, 2021."}"# + "\n"
            + #"{"id": "b", "text": "Defence Minister Zakir Hasanov spoke."}"# + "\n"
        let out = dir.url.appendingPathComponent("pages")
        let run = try GazetteBinary.run(["annotate", "--format", "html", "--output-dir", out.path, "-"], stdin: Data(input.utf8))
        #expect(run.status == 0)
        let jsonl = try GazetteBinary.run(["annotate", "-"], stdin: Data(input.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.html", "b.html"])
        for (k, name) in ["a", "b"].enumerated() {
            let page = try String(contentsOf: out.appendingPathComponent(name + ".html"), encoding: .utf8)
            #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</body></html>\n"))
            #expect(count("<article ", in: page) == 1)
            let spans = (jsonl.records[k]["spans"] as? [Any])?.count ?? -1
            #expect(spans > 0)
            #expect(count("<mark ", in: page) == spans)
        }
    }

    @Test func htmlNeedsTheText() throws {
        let run = try GazetteBinary.run(["annotate", "--format", "html", "--no-text"], stdin: Data("x".utf8))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--no-text cannot be used with --format html"))
    }

    @Test func renderShowsTheSpansOfAnnotatedJSONL() throws {
        let dir = try TemporaryDirectory()
        let lines = [
            #"{"id": "a", "text": "Jonas Berg met Ilse Varga in Riga.", "spans": [{"start": 0, "end": 10, "label": "PERSON", "entity": "e1"}, {"start": 15, "end": 25, "label": "PERSON"}, {"start": 29, "end": 33, "label": "GPE", "text": "Riga"}]}"#,
            #"{"id": "b", "text": "Zoe\u0308 \ud83d\udc4d\ud83c\udffd on 3 April", "spans": [{"start": 0, "end": 4, "label": "PERSON"}, {"start": 11, "end": 18, "label": "DATE", "value": "2026-04-03"}]}"#,
        ]
        let file = try dir.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let out = dir.url.appendingPathComponent("page.html")
        let run = try GazetteBinary.run(["render", file.path, "--output", out.path, "--title", "Gold & <b>"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(count("<mark ", in: html) == 5)
        #expect(html.contains("<title>Gold &amp; &lt;b&gt;</title>"))
        #expect(html.contains(">Zoe\u{308}</mark> \u{1F44D}\u{1F3FD} on <mark class=\"l-DATE\""))
        #expect(html.contains(">3 April</mark></div>"))
    }

    @Test func renderExits74WhenTheOutputCannotBeWritten() throws {
        let dir = try TemporaryDirectory()
        let out = dir.url.appendingPathComponent("missing/page.html").path
        let run = try GazetteBinary.run(["render", "-", "--output", out], stdin: Data(#"{"id": "a", "text": "x"}"#.utf8))
        #expect(run.status == 74)
        #expect(run.stderr.contains("missing/page.html: No such file or directory"))
    }

    @Test func renderReportsBadLinesAndSpansOutsideTheText() throws {
        let input = #"{"id": "a", "text": "abc", "spans": [{"start": 1, "end": 9, "label": "ORG"}]}"# + "\n"
            + #"{"id": "b", "text": "abc", "spans": [{"start": 1, "label": "ORG"}]}"# + "\n"
        let run = try GazetteBinary.run(["render", "-"], stdin: Data(input.utf8))
        #expect(run.status == 1)
        #expect(run.stderr.contains("-:1: a: 1 of 1 spans lie outside the text"))
        #expect(run.stderr.contains("-:2: span 1: a span needs integer \"start\" and \"end\""))
        #expect(run.stdoutText.hasSuffix("</body></html>\n"))
        #expect(count("<article ", in: run.stdoutText) == 2)
    }
}
