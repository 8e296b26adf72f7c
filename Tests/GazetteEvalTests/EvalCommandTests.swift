import Foundation
import GazetteTestSupport
import Testing

@Suite struct EvalCommandTests {
    let gold = #"{"id": "a", "text": "Zakir Hasanov met NATO on Monday.", "meta": {"dct": "2021-10-25"}, "spans": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 18, "end": 22, "label": "ORG"}, {"start": 26, "end": 32, "label": "DATE", "value": "2021-10-25"}]}"# + "\n"
    let pred = #"{"id": "a", "spans": [{"start": 0, "end": 13, "label": "PERSON"}, {"start": 18, "end": 22, "label": "GPE"}]}"# + "\n"
        + #"{"id": "stray", "spans": []}"# + "\n"

    @Test func jsonShape() throws {
        let dir = try TemporaryDirectory()
        let g = try dir.write("gold.jsonl", gold), p = try dir.write("pred.jsonl", pred)
        let run = try GazetteBinary.run(["eval", "--json", "--gold", g.path, p.path])
        #expect(run.status == 0)
        let r = try #require(run.records.first)
        #expect(r["documents"] as? Int == 1)
        let labels = try #require(r["labels"] as? [String: Any])
        #expect(Set(labels.keys) == ["PERSON", "ORG", "GPE", "DATE"])
        let person = try #require(labels["PERSON"] as? [String: Any])
        #expect(person["gold"] as? Int == 1 && person["predicted"] as? Int == 1)
        let strict = try #require(person["strict"] as? [String: Any])
        #expect(Set(strict.keys) == ["precision", "recall", "f1", "correct", "incorrect", "partial", "missed", "spurious"])
        let micro = try #require((r["micro"] as? [String: Any])?["strict"] as? [String: Any])
        #expect(micro["correct"] as? Int == 1 && micro["incorrect"] as? Int == 1 && micro["missed"] as? Int == 1)
        #expect((micro["precision"] as? Double) == 0.5)
        let timex = try #require(r["timex"] as? [String: Any])
        #expect(Set(timex.keys) == ["strict", "relaxed", "value", "type_accuracy"])
        #expect(((timex["relaxed"] as? [String: Any])?["gold"] as? Int) == 1)
        #expect(r["predictions_without_gold"] as? [String] == ["stray"])
    }

    @Test func tableErrorsAndThresholds() throws {
        let dir = try TemporaryDirectory()
        let g = try dir.write("gold.jsonl", gold), p = try dir.write("pred.jsonl", pred)
        let run = try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--errors", "--min-f1", "PERSON=1",
                                         "--min-f1", "micro:partial=0.5"])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("PERSON     1     1"))
        #expect(run.stdoutText.contains("TIMEX3 (DATE, TIME, DURATION, SET as one class): gold 1, predicted 0"))
        #expect(run.stdoutText.contains("Zakir Hasanov met [[<<NATO]]>> on Monday."))
        let failing = try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--min-f1", "ORG=0.9"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("ORG F1 0.0 is below 0.9"))
        let restricted = try GazetteBinary.run(["eval", "--json", "--gold", g.path, p.path, "--labels", "PERSON"])
        #expect((restricted.records.first?["labels"] as? [String: Any])?.keys.sorted() == ["PERSON"])
        #expect(try GazetteBinary.run(["eval", "--gold", g.path, "--min-f1", "PERSON"]).status == 64)
    }

    @Test func mapRenamesPredictedLabels() throws {
        let dir = try TemporaryDirectory()
        let g = try dir.write("gold.jsonl", gold), p = try dir.write("pred.jsonl", pred)
        // The predicted GPE "NATO" becomes an ORG: all three names are then right.
        let run = try GazetteBinary.run(["eval", "--json", "--gold", g.path, p.path, "--map", "GPE=ORG", "--labels", "PERSON,ORG"])
        #expect(run.status == 0)
        let org = (run.records.first?["labels"] as? [String: Any])?["ORG"] as? [String: Any]
        #expect((org?["strict"] as? [String: Any])?["f1"] as? Double == 1)
        #expect(try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--map", "GPE"]).status == 64)
        #expect(try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--map", "GPE=LOC,GPE=ORG"]).status == 64)
    }

    @Test func withoutPredictionsGazetteAnnotatesTheGoldTexts() throws {
        let dir = try TemporaryDirectory()
        let g = try dir.write("gold.jsonl", gold)
        let run = try GazetteBinary.run(["eval", "--json", "--gold", g.path])
        #expect(run.status == 0)
        #expect(run.records.first?["documents"] as? Int == 1)
        #expect(run.records.first?["gold_without_prediction"] as? [String] == [])
    }

    @Test func convertCoNLLToJSONLAndBack() throws {
        let dir = try TemporaryDirectory()
        let c = try dir.write("eng.conll", "-DOCSTART- -X- O\n\nEU I-ORG\nrejects O\n\nPeter I-PER\nBlackburn I-PER\n")
        let run = try GazetteBinary.run(["convert", c.path])
        #expect(run.status == 0)
        #expect(run.stdoutText == #"{"id":"eng:0001","text":"EU rejects\nPeter Blackburn","meta":{},"spans":[{"start":0,"end":2,"label":"ORG","text":"EU"},{"start":11,"end":26,"label":"PERSON","text":"Peter Blackburn"}]}"# + "\n")
        let j = try dir.write("docs.jsonl", run.stdoutText)
        let back = try GazetteBinary.run(["convert", j.path, "--to", "conll"])
        #expect(back.stdoutText == "-DOCSTART- O\n\nEU B-ORG\nrejects O\n\nPeter B-PER\nBlackburn I-PER\n\n")
        #expect(try GazetteBinary.run(["convert", j.path, "--to", "brat"]).status == 64)
        let out = dir.url.appendingPathComponent("tml").path
        #expect(try GazetteBinary.run(["convert", j.path, "--to", "timeml", "--output", out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/eng:0001.tml"))
        #expect(try GazetteBinary.run(["convert", dir.url.appendingPathComponent("none.jsonl").path]).status == 65)
    }

    @Test func htmlReport() throws {
        let dir = try TemporaryDirectory()
        let g = try dir.write("gold.jsonl", gold), p = try dir.write("pred.jsonl", pred)
        let page = dir.url.appendingPathComponent("report.html")
        let run = try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--html", page.path])
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("PERSON     1     1"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</body></html>\n"))
        #expect(html.contains("gold 3, predicted 2: 1 correct, 1 missed, 1 label"))
        #expect(html.contains("Predictions without a gold document (not scored): 1: stray"))
        let unwritable = try GazetteBinary.run(["eval", "--gold", g.path, p.path, "--html", dir.url.path])
        #expect(unwritable.status == 74)
    }

    /// ../shared/corpora/conll2003/testa.jsonl beside the checkout, when it is there.
    static let sharedCoNLL: String? = {
        let path = SharedFolder.repository.appendingPathComponent("../shared/corpora/conll2003/testa.jsonl").standardized.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    @Test(.enabled(if: sharedCoNLL != nil)) func sharedCoNLLDevelopmentSetScoresItselfPerfectly() throws {
        let path = Self.sharedCoNLL!
        let run = try GazetteBinary.run(["eval", "--json", "--gold", path, path])
        let micro = try #require((run.records.first?["micro"] as? [String: Any])?["strict"] as? [String: Any])
        #expect(micro["correct"] as? Int == 5942 && micro["f1"] as? Double == 1)
    }
}
