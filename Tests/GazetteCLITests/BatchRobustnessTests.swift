import Foundation
import GazetteTestSupport
import Testing

/// Files under `root`, relative path -> content.
private func tree(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[String(url.path.dropFirst(root.path.count + 1))] = try Data(contentsOf: url)
        }
    }
    return result
}

private func makeInputs(_ dir: TemporaryDirectory, files: Int) throws {
    let paragraph = String(repeating: "Defence Minister Zakir Hasanov met NATO officials in Baku on October 25, 2021. ", count: 250)
    for k in 0 ..< files {
        try dir.write("in/part\(k % 7)/article-\(k).txt", "date 2021-10-25 By Azernews\n\n" + paragraph)
    }
    try dir.write("in/docs.jsonl", (0 ..< 50).map { #"{"id": "j\#($0)", "text": "Line \#($0)."}"# }.joined(separator: "\n"))
}

@Suite(.serialized) struct BatchRobustnessTests {
    @Test func outputDirMirrorsTheInputTree() throws {
        let dir = try TemporaryDirectory()
        try makeInputs(dir, files: 3)
        let run = try GazetteBinary.run(["annotate", "--output-dir", dir.url.appendingPathComponent("out").path,
                                         dir.url.appendingPathComponent("in").path])
        #expect(run.status == 0)
        let files = try tree(dir.url.appendingPathComponent("out"))
        #expect(Set(files.keys) == ["part0/article-0.txt.jsonl", "part1/article-1.txt.jsonl",
                                    "part2/article-2.txt.jsonl", "docs.jsonl"])
        #expect(String(decoding: files["docs.jsonl"]!, as: UTF8.self).split(separator: "\n").count == 50)
    }

    @Test func killedBatchResumesToTheSameBytes() throws {
        let dir = try TemporaryDirectory()
        try makeInputs(dir, files: 400)
        let input = dir.url.appendingPathComponent("in").path
        let reference = dir.url.appendingPathComponent("reference").path
        let resumed = dir.url.appendingPathComponent("resumed")
        #expect(try GazetteBinary.run(["annotate", "--jobs", "2", "--output-dir", reference, input]).status == 0)

        let process = Process()
        process.executableURL = GazetteBinary.url
        process.arguments = ["annotate", "--jobs", "1", "--output-dir", resumed.path, input]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some outputs are complete, then kill it without warning.
        var done = 0
        for _ in 0 ..< 2000 {
            done = (try? tree(resumed))?.keys.filter { !$0.contains("/.") && !$0.hasPrefix(".") }.count ?? 0
            if done >= 20 || !process.isRunning { break }
            usleep(5000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the batch finished before it could be killed")
        let afterKill = try tree(resumed).keys.filter { !$0.contains("/.") && !$0.hasPrefix(".") }
        #expect(afterKill.count > 0 && afterKill.count < 401)

        let rerun = try GazetteBinary.run(["annotate", "--jobs", "2", "--resume", "--output-dir", resumed.path, input])
        #expect(rerun.status == 0)
        let expected = try tree(URL(fileURLWithPath: reference))
        let actual = try tree(resumed).filter { !$0.key.contains("/.") && !$0.key.hasPrefix(".") }
        #expect(actual.keys.sorted() == expected.keys.sorted())
        #expect(actual == expected)
    }

    @Test func aSlowStreamSeesEachDocumentBeforeTheNextArrives() throws {
        let input = Pipe(), output = Pipe()
        let process = Process()
        process.executableURL = GazetteBinary.url
        process.arguments = ["annotate", "--no-text", "-"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        input.fileHandleForWriting.write(Data(#"{"id": "first", "text": "NATO met on Monday."}"#.utf8 + [0x0A]))
        // Standard input stays open: the line must come out anyway, not at the end.
        let fd = output.fileHandleForReading.fileDescriptor
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0 ..< 600 where !received.contains(0x0A) {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) > 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                received += buffer[0 ..< n]
            }
        }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"id":"first""#))
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func interruptFinishesTheDocumentsInHandAndExits130() throws {
        let dir = try TemporaryDirectory()
        let lines = (0 ..< 300_000).map { #"{"id": "d\#($0)", "text": "A short text."}"# }.joined(separator: "\n")
        let file = try dir.write("big.jsonl", lines)
        let out = dir.url.appendingPathComponent("out.jsonl")
        let process = Process()
        process.executableURL = GazetteBinary.url
        process.arguments = ["annotate", "--output", out.path, file.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        // Every line written is a whole JSON document.
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.hasSuffix("\n") || written.isEmpty)
        for line in written.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }
}
