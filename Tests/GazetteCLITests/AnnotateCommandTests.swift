import Foundation
import GazetteTestSupport
import Testing

@Suite struct AnnotateCommandTests {
    @Test func stdinJSONLToStdout() throws {
        let input = #"{"id": "a", "text": "First.", "meta": {"dct": "2021-10-25", "x": [1]}}"# + "\n\n"
            + #"{"id": "b", "text": "Second."}"# + "\n"
        let run = try GazetteBinary.run(["annotate", "-"], stdin: Data(input.utf8))
        #expect(run.status == 0)
        let lines = run.stdoutText.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":"a","text":"First.","meta":{"dct":"2021-10-25","x":[1]},"spans":["#))
        #expect(run.records.map { $0["id"] as? String } == ["a", "b"])
    }

    @Test func stdinTextIsOneDocument() throws {
        let run = try GazetteBinary.run(["annotate"], stdin: Data(" date 2021-10-25 By Azernews\n\nBody.".utf8))
        #expect(run.status == 0)
        let meta = run.records.first?["meta"] as? [String: Any]
        #expect(meta?["dct"] as? String == "2021-10-25")
        #expect(meta?["publisher"] as? String == "Azernews")
    }

    @Test func directoriesAreReadInSortedOrderSkippingHiddenFiles() throws {
        let dir = try TemporaryDirectory()
        try dir.write("b.txt", "B")
        try dir.write("a/z.txt", "Z")
        try dir.write("a/c.txt", "C")
        try dir.write(".hidden.txt", "H")
        try dir.write("a/.git/x.txt", "X")
        try dir.write("d.jsonl", #"{"id": "j1", "text": "J"}"# + "\n")
        let run = try GazetteBinary.run(["annotate", dir.url.path])
        #expect(run.status == 0)
        #expect(run.records.map { $0["id"] as? String } == ["a/c.txt", "a/z.txt", "b.txt", "j1"])
    }

    @Test func badInputsYieldErrorRecordsInOrderAndExitOne() throws {
        let dir = try TemporaryDirectory()
        try dir.write("1-good.txt", "Fine text.")
        try dir.write("2-invalid.txt", Data([0x41, 0x42, 0xC3, 0x28]))
        try dir.write("3-binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]))
        try dir.write("4-empty.txt", "")
        try dir.write("5-docs.jsonl", "{\"id\": \"ok\", \"text\": \"x\"}\nnot json\n[1]\n{\"id\": \"t\"}\n{\"id\": \"ok2\", \"text\": \"y\"}\n")
        let missing = dir.url.appendingPathComponent("missing.txt").path
        let run = try GazetteBinary.run(["annotate", "--no-text", dir.url.path, missing])
        #expect(run.status == 1)
        let records = run.records
        #expect(records.count == 10)
        #expect(records[0]["id"] as? String == "1-good.txt")
        #expect((records[1]["error"] as? String)?.contains("invalid UTF-8 at byte offset 2") == true)
        #expect((records[2]["error"] as? String)?.hasPrefix("binary file") == true)
        #expect(records[3]["id"] as? String == "4-empty.txt")
        #expect((records[3]["spans"] as? [Any])?.isEmpty == true)
        #expect(records[4]["id"] as? String == "ok")
        #expect(records[5]["line"] as? Int == 2)
        #expect(records[6]["line"] as? Int == 3)
        #expect(records[7]["line"] as? Int == 4)
        #expect(records[8]["id"] as? String == "ok2")
        #expect((records[9]["error"] as? String)?.contains("No such file") == true)
        #expect(records[4]["text"] == nil)
        #expect(run.stderr.contains("2-invalid.txt"))
        #expect(run.stderr.split(separator: "\n").count >= 6)
    }

    @Test func lossyAnnotatesInvalidUTF8() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("bad.txt", Data([0x41, 0xFF, 0x42]))
        let run = try GazetteBinary.run(["annotate", "--lossy", file.path])
        #expect(run.status == 0)
        #expect(run.records.first?["text"] as? String == "A\u{FFFD}B")
    }

    @Test func dctOptionFillsMissingDates() throws {
        let run = try GazetteBinary.run(["annotate", "--dct", "2021-10-25", "-"], stdin: Data(#"{"id":"a","text":"x"}"#.utf8))
        #expect((run.records.first?["meta"] as? [String: Any])?["dct"] as? String == "2021-10-25")
        let bad = try GazetteBinary.run(["annotate", "--dct", "25/10/2021"], stdin: Data())
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--dct"))
    }

    @Test func outputIsByteIdenticalForAnyNumberOfJobs() throws {
        var lines = ""
        for k in 0 ..< 300 {
            lines += #"{"id": "d\#(k)", "text": "Defence Minister Zakir Hasanov met NATO officials in Baku on October \#(k % 28 + 1), 2021. Line \#(k)."}"# + "\n"
        }
        let one = try GazetteBinary.run(["annotate", "--jobs", "1", "-"], stdin: Data(lines.utf8))
        let two = try GazetteBinary.run(["annotate", "--jobs", "2", "-"], stdin: Data(lines.utf8))
        let four = try GazetteBinary.run(["annotate", "--jobs", "4", "-"], stdin: Data(lines.utf8))
        #expect(one.status == 0)
        #expect(one.records.count == 300)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == four.stdout)
    }

    @Test func outputFileOption() throws {
        let dir = try TemporaryDirectory()
        let out = dir.url.appendingPathComponent("out.jsonl")
        let run = try GazetteBinary.run(["annotate", "--output", out.path, "-"], stdin: Data(#"{"id":"a","text":"x"}"#.utf8))
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix(#"{"id":"a""#))
    }

    @Test func versionAndHelp() throws {
        #expect(try GazetteBinary.run(["--version"]).stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false)
        let help = try GazetteBinary.run(["annotate", "--help"])
        #expect(help.stdoutText.contains("Examples:"))
    }
}

@Suite struct DateOrderOptionTests {
    /// The value of the only span `gazette annotate` finds in `text`, with extra arguments.
    private func value(_ text: String, _ args: [String]) throws -> String? {
        let input = #"{"id": "d", "text": "\#(text)", "meta": {"dct": "2021-10-25"}}"# + "\n"
        let run = try GazetteBinary.run(["annotate", "--no-text"] + args + ["-"], stdin: Data(input.utf8))
        #expect(run.status == 0)
        let spans = run.records.first?["spans"] as? [[String: Any]]
        return spans?.first?["value"] as? String
    }

    @Test func monthFirstByDefaultDayFirstOnRequest() throws {
        #expect(try value("Filed on 03/04/2021.", []) == "2021-03-04")
        #expect(try value("Filed on 03/04/2021.", ["--date-order", "mdy"]) == "2021-03-04")
        #expect(try value("Filed on 03/04/2021.", ["--date-order", "dmy"]) == "2021-04-03")
        // A number above 12 decides by itself, whatever the order.
        #expect(try value("Filed on 25/10/2021.", ["--date-order", "mdy"]) == "2021-10-25")
        #expect(try value("Filed on 10/25/2021.", ["--date-order", "dmy"]) == "2021-10-25")
    }

    @Test func unknownOrderIsAUsageError() throws {
        let run = try GazetteBinary.run(["annotate", "--date-order", "ymd", "-"], stdin: Data())
        #expect(run.status == 64)
    }
}
