import Foundation
import Gazette
import GazetteCore
import GazetteDocuments
import GazetteFormats
import GazetteTestSupport
import GazetteText
import Testing

/// Spans for the format tests, whatever the standard recognizers find: runs of
/// capitalized words are ORG (so a run may cross a line break), weekdays DATE with a
/// value, four-digit numbers DATE with a value and a mod.
private struct TestRecognizer: Recognizer {
    var name: String { "test" }

    func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < text.tokens.count {
            let t = text.tokens[i]
            if ["Monday", "Tuesday"].contains(text.text(i)) {
                out.append(Candidate(start: Int(t.start), end: Int(t.end), label: .date, rule: "test.day", value: "2026-03-10"))
                i += 1
            } else if t.shape == .digits, t.length == 4 {
                out.append(Candidate(start: Int(t.start), end: Int(t.end), label: .date, rule: "test.year",
                                     value: text.text(i), mod: "APPROX"))
                i += 1
            } else if t.shape == .capitalized {
                var j = i
                while j + 1 < text.tokens.count, text.tokens[j + 1].shape == .capitalized,
                      !["Monday", "Tuesday"].contains(text.text(j + 1)) { j += 1 }
                out.append(Candidate(start: Int(t.start), end: Int(text.tokens[j].end), label: .org, rule: "test.caps"))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }
}

/// `annotate --format conll|timeml|brat` writes what `convert --to` writes from the JSONL output.
@Suite struct AnnotateFormatsTests {
    let input = #"{"id": "a", "text": "Jonas Berg met the Baltic\nTrade Council in Riga on Tuesday & in 2025.", "meta": {"dct": "2026-03-14"}}"# + "\n"
        + #"{"id": "news/b", "text": "Nothing <here> until Monday, said Ilse Varga."}"# + "\n"
        + #"{"id": "c", "text": ""}"# + "\n"

    /// Runs the pipeline with the test recognizer over `path` into `target`.
    private func annotate(_ path: String, format: OutputFormat, to target: any OutputTarget) throws -> Pipeline.Summary {
        let annotator = try Annotator(recognizers: [TestRecognizer()])
        return try Pipeline(annotator: annotator, jobs: 2, format: format).run(InputReader(paths: [path]), to: target)
    }

    /// Every file under `url`, by relative path.
    private func tree(_ url: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = url.standardizedFileURL.path
        for case let file as URL in FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)! {
            var isDirectory: ObjCBool = false
            let path = file.standardizedFileURL.path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(path.dropFirst(root.count + 1))] = try Data(contentsOf: file)
            }
        }
        return files
    }

    @Test func pipelineFormatsEqualTheWritersOnTheJSONLOutput() throws {
        let dir = try TemporaryDirectory()
        let source = try dir.write("in.jsonl", input).path
        let jsonl = dir.url.appendingPathComponent("out.jsonl").path
        let summary = try annotate(source, format: .jsonl, to: OutputSink.file(jsonl))
        #expect(summary.documents == 3 && summary.spans == 8)
        let docs = try CorpusReader.read(jsonl).documents

        let conll = dir.url.appendingPathComponent("out.conll").path
        _ = try annotate(source, format: .conll, to: OutputSink.file(conll))
        let expectedCoNLL = try CorpusWriter.conll(docs).text
        #expect(try String(contentsOfFile: conll, encoding: .utf8) == expectedCoNLL)
        #expect(expectedCoNLL.contains("Baltic B-ORG\nTrade I-ORG\nCouncil I-ORG\n"))

        let stream = dir.url.appendingPathComponent("out.tml").path
        _ = try annotate(source, format: .timeml, to: OutputSink.file(stream))
        #expect(try String(contentsOfFile: stream, encoding: .utf8) == docs.map { CorpusWriter.timeml($0).file }.joined())

        for format in [OutputFormat.timeml, .brat] {
            let mine = dir.url.appendingPathComponent("annotate-\(format)")
            let theirs = dir.url.appendingPathComponent("convert-\(format)")
            _ = try annotate(source, format: format, to: DirectoryOutput(root: mine.path, suffix: nil))
            if format == .brat {
                try CorpusWriter.brat(docs, directory: theirs.path)
            } else {
                _ = try CorpusWriter.timeml(docs, directory: theirs.path)
            }
            let files = try tree(mine)
            #expect(files == (try tree(theirs)), "\(format)")
            #expect(files.count == (format == .brat ? 6 : 3))
        }
        let ann = try String(contentsOf: dir.url.appendingPathComponent("annotate-brat/a.ann"), encoding: .utf8)
        #expect(ann.contains("T2\tORG 19 25;26 39\tBaltic Trade Council\n"))
        #expect(ann.contains("A1\tMod T5 APPROX\n"))
        let tml = try String(contentsOf: dir.url.appendingPathComponent("annotate-timeml/a.tml"), encoding: .utf8)
        #expect(tml.contains("on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-10\">Tuesday</TIMEX3> &amp; in"))
    }

    @Test func idsThatAreNotFileNamesAreInputErrors() throws {
        let dir = try TemporaryDirectory()
        let source = try dir.write("in.jsonl", #"{"id": "../up", "text": "Riga"}"# + "\n" + #"{"id": "ok", "text": "Riga"}"# + "\n")
        let out = dir.url.appendingPathComponent("out")
        let summary = try annotate(source.path, format: .brat, to: DirectoryOutput(root: out.path, suffix: nil))
        #expect(summary.errors == 1 && summary.documents == 1)
        #expect(try tree(out).keys.sorted() == ["ok.ann", "ok.txt"])
    }

    @Test func commandLineFormatsEqualConvert() throws {
        let dir = try TemporaryDirectory()
        let source = try dir.write("in.jsonl", input).path
        let jsonl = try GazetteBinary.run(["annotate", source])
        #expect(jsonl.status == 0)
        let annotated = try dir.write("annotated.jsonl", jsonl.stdout).path

        let conll = try GazetteBinary.run(["annotate", "--format", "conll", source])
        #expect(conll.status == 0)
        #expect(conll.stdout == (try GazetteBinary.run(["convert", annotated, "--to", "conll"])).stdout)
        #expect(conll.stdoutText.hasPrefix("-DOCSTART- O\n\nJonas "))

        for format in ["timeml", "brat"] {
            let mine = dir.url.appendingPathComponent("annotate-\(format)")
            let theirs = dir.url.appendingPathComponent("convert-\(format)")
            #expect(try GazetteBinary.run(["annotate", "--format", format, source, "--output-dir", mine.path]).status == 0)
            #expect(try GazetteBinary.run(["convert", annotated, "--to", format, "--output", theirs.path]).status == 0)
            let files = try tree(mine)
            #expect(files == (try tree(theirs)), "\(format)")
            #expect(files.keys.contains(format == "brat" ? "news/b.ann" : "news/b.tml"))
        }
        let stream = try GazetteBinary.run(["annotate", "--format", "timeml", source])
        let files = try tree(dir.url.appendingPathComponent("convert-timeml"))
        #expect(stream.stdout == ["a.tml", "news/b.tml", "c.tml"].map { files[$0]! }.reduce(Data(), +))

        // --output-dir with conll: one .conll per input file.
        let perInput = dir.url.appendingPathComponent("per-input")
        #expect(try GazetteBinary.run(["annotate", "--format", "conll", source, "--output-dir", perInput.path]).status == 0)
        #expect(try tree(perInput) == ["in.jsonl.conll": conll.stdout])
    }

    @Test func aDuplicateIdKeepsTheLastDocumentAsConvertDoes() throws {
        let dir = try TemporaryDirectory()
        let source = try dir.write("in.jsonl", #"{"id": "x", "text": "Monday"}"# + "\n" + #"{"id": "x", "text": "In 2025"}"# + "\n")
        let out = dir.url.appendingPathComponent("out")
        _ = try annotate(source.path, format: .timeml, to: DirectoryOutput(root: out.path, suffix: nil))
        let last = EvalDocument(id: "x", text: "In 2025", spans: [EvalSpan(start: 3, end: 7, label: "DATE", value: "2025",
                                                                        mod: "APPROX")])
        #expect(try tree(out) == ["x.tml": Data(CorpusWriter.timeml(last).file.utf8)])
    }

    @Test func usageErrorsAndInputErrors() throws {
        #expect(try GazetteBinary.run(["annotate", "--format", "brat", "-"], stdin: Data("x".utf8)).status == 64)
        #expect(try GazetteBinary.run(["annotate", "--format", "conll", "--no-text", "-"], stdin: Data("x".utf8)).status == 64)
        let dir = try TemporaryDirectory()
        #expect(try GazetteBinary.run(["annotate", "--format", "timeml", "--resume", "--output-dir", dir.url.path, "-"],
                                      stdin: Data("x".utf8)).status == 64)
        let bad = try GazetteBinary.run(["annotate", "--format", "conll", "-"],
                                        stdin: Data((#"{"id": "a", "text": "x"}"# + "\nnot json\n").utf8))
        #expect(bad.status == 1)
        #expect(bad.stdoutText == "-DOCSTART- O\n\nx O\n\n")
        #expect(bad.stderr.contains("-:2: malformed JSON"))
    }
}
