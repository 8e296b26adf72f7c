import Foundation
import GazetteTestSupport
import Testing

/// One row of README's table of bad inputs: the input, what Gazette does, and a check.
struct BadInput: Sendable, CustomTestStringConvertible {
    let input: String
    let behaviour: String
    let check: @Sendable (TemporaryDirectory) throws -> Void

    var testDescription: String { input }
}

private func annotate(_ dir: TemporaryDirectory, _ args: [String], stdin: Data? = nil) throws -> GazetteRun {
    try GazetteBinary.run(["annotate"] + args, stdin: stdin, directory: dir.url)
}

private func errorRecord(_ run: GazetteRun) -> String? { run.records.first?["error"] as? String }

/// The rows, in README order. README.md must contain each row exactly (see the last test).
let badInputs: [BadInput] = [
    BadInput(input: "UTF-8 with a byte order mark", behaviour: "accepted; the BOM is not part of the text and offsets count from the character after it") { dir in
        try dir.write("a.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Baku".utf8))
        let run = try annotate(dir, ["a.txt"])
        #expect(run.status == 0 && run.records.first?["text"] as? String == "Baku")
    },
    BadInput(input: "UTF-16 with a byte order mark", behaviour: "decoded (either byte order); offsets count from the character after the BOM") { dir in
        try dir.write("a.txt", Data([0xFF, 0xFE]) + "Baku".data(using: .utf16LittleEndian)!)
        let run = try annotate(dir, ["a.txt"])
        #expect(run.status == 0 && run.records.first?["text"] as? String == "Baku")
    },
    BadInput(input: "invalid UTF-8", behaviour: "error record naming the byte offset of the first bad sequence, exit 1; with `--lossy`, U+FFFD and annotated") { dir in
        try dir.write("a.txt", Data([0x61, 0x62, 0xFF]))
        let run = try annotate(dir, ["a.txt"])
        #expect(run.status == 1 && errorRecord(run)?.contains("invalid UTF-8 at byte offset 2") == true)
        #expect(try annotate(dir, ["--lossy", "a.txt"]).records.first?["text"] as? String == "ab\u{FFFD}")
    },
    BadInput(input: "NUL bytes (a binary file)", behaviour: "error record `binary file (NUL byte at offset N)`, exit 1, even with `--lossy`") { dir in
        try dir.write("a.bin", Data([0x7F, 0x45, 0x00]))
        let run = try annotate(dir, ["--lossy", "a.bin"])
        #expect(run.status == 1 && errorRecord(run) == "binary file (NUL byte at offset 2)")
    },
    BadInput(input: "an empty file", behaviour: "a document with empty text and no spans") { dir in
        try dir.write("a.txt", "")
        let run = try annotate(dir, ["a.txt"])
        #expect(run.status == 0 && (run.records.first?["spans"] as? [Any])?.isEmpty == true)
    },
    BadInput(input: "a text file of 20 MB with no line break", behaviour: "one document, annotated in segments of 1 MiB cut at line breaks (`tools/stress` tries 100 MB)") { dir in
        try dir.write("a.txt", String(repeating: "Word and more words ", count: 1_000_000))
        let run = try annotate(dir, ["--no-text", "a.txt"])
        #expect(run.status == 0 && run.records.count == 1)
    },
    BadInput(input: "a JSONL line of 20 MB", behaviour: "read like any other line") { dir in
        try dir.write("a.jsonl", #"{"id": "big", "text": ""# + String(repeating: "word ", count: 4_000_000) + "\"}\n")
        let run = try annotate(dir, ["--no-text", "a.jsonl"])
        #expect(run.status == 0 && run.records.first?["id"] as? String == "big")
    },
    BadInput(input: "a JSONL line that is not JSON, not an object, lacks `text`, or has a `text` that is not a string", behaviour: "error record with the line number, exit 1; the other lines are annotated") { dir in
        try dir.write("a.jsonl", "{\"id\": 1,\n[]\n{\"id\": \"x\"}\n{\"id\": \"y\", \"text\": 3}\n{\"id\": \"z\", \"text\": \"ok\"}\n")
        let run = try annotate(dir, ["a.jsonl"])
        #expect(run.status == 1)
        #expect(run.records.compactMap { $0["line"] as? Int } == [1, 2, 3, 4])
        #expect(run.records.last?["id"] as? String == "z")
    },
    BadInput(input: "duplicate ids", behaviour: "written as they come, each annotated (ids are the user's)") { dir in
        try dir.write("a.jsonl", "{\"id\": \"x\", \"text\": \"a\"}\n{\"id\": \"x\", \"text\": \"b\"}\n")
        #expect(try annotate(dir, ["a.jsonl"]).records.count == 2)
    },
    BadInput(input: "a directory tree 100 levels deep", behaviour: "read, in sorted order") { dir in
        let deep = (0 ..< 100).map { "d\($0)" }.joined(separator: "/")
        try dir.write("tree/\(deep)/a.txt", "x")
        try dir.write("tree/b.txt", "y")
        let run = try annotate(dir, ["tree"])
        #expect(run.status == 0 && run.records.map { $0["id"] as? String } == ["b.txt", "d0/" + deep.dropFirst(3) + "/a.txt"])
    },
    BadInput(input: "a symbolic-link loop", behaviour: "error record for the link that loops back; everything else is read") { dir in
        try dir.write("tree/sub/a.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("tree/sub/loop").path,
                                                   withDestinationPath: "..")
        let run = try annotate(dir, ["tree"])
        #expect(run.status == 1)
        #expect(run.records.contains { $0["id"] as? String == "sub/a.txt" })
        #expect(run.records.contains { ($0["error"] as? String)?.contains("symbolic-link loop") == true })
    },
    BadInput(input: "a file removed between listing and reading (or a dangling link)", behaviour: "error record `No such file or directory`, exit 1") { dir in
        try dir.write("tree/a.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("tree/gone.txt").path,
                                                   withDestinationPath: "nowhere.txt")
        let run = try annotate(dir, ["tree"])
        #expect(run.status == 1 && run.records.last?["error"] as? String == "No such file or directory")
    },
    BadInput(input: "a path that does not exist", behaviour: "error record `No such file or directory`, exit 1") { dir in
        let run = try annotate(dir, ["missing.txt"])
        #expect(run.status == 1 && errorRecord(run) == "No such file or directory")
        #expect(run.stderr.contains("missing.txt: No such file or directory"))
    },
    BadInput(input: "a directory given where a file is expected (`--output DIR`)", behaviour: "message `Is a directory` and exit 74 before reading") { dir in
        try dir.write("out/x", "")
        let run = try annotate(dir, ["--output", "out"], stdin: Data())
        #expect(run.status == 74 && run.stderr.contains("Is a directory"))
    },
    BadInput(input: "the reader of standard output goes away (piped into `head -1`)", behaviour: "the run stops quietly with status 0") { dir in
        let file = try dir.write("big.jsonl", (0 ..< 100_000).map { #"{"id": "d\#($0)", "text": "Text."}"# }.joined(separator: "\n"))
        let errors = dir.url.appendingPathComponent("stderr.txt")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "set -o pipefail; '\(GazetteBinary.url.path)' annotate '\(file.path)' 2>'\(errors.path)' | head -1 >/dev/null"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        #expect(try String(contentsOf: errors, encoding: .utf8).isEmpty)
    },
]

@Suite struct BadInputTests {
    @Test(arguments: badInputs)
    func behavesAsDocumented(_ row: BadInput) throws {
        try row.check(try TemporaryDirectory())
    }

    /// README's table is this table: every row appears there word for word.
    @Test func readmeTableIsCurrent() throws {
        let readme = try String(contentsOf: SharedFolder.repository.appendingPathComponent("README.md"), encoding: .utf8)
        for row in badInputs {
            #expect(readme.contains("| \(row.input) | \(row.behaviour) |"), "README lacks the row for \(row.input)")
        }
    }
}
