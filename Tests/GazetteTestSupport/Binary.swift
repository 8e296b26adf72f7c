import Foundation

/// Runs the built `gazette` binary and captures what it prints, the way a user's shell would.
public struct GazetteRun: Sendable {
    public let stdout: Data
    public let stderr: String
    public let status: Int32

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    /// Output lines parsed as JSON objects.
    public var records: [[String: Any]] {
        stdoutText.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }
}

/// Where the test binaries and `gazette` live (the build products folder).
public enum GazetteBinary {
    public static var productsDirectory: URL {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
        if let bundle { return bundle.bundleURL.deletingLastPathComponent() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    public static var url: URL { productsDirectory.appendingPathComponent("gazette") }

    /// Runs `gazette args...` with `stdin` as standard input, in `directory`; a run
    /// still going after `timeout` seconds is killed (its status is then SIGKILL's).
    /// The compiled-gazetteer cache is off (`GAZETTE_CACHE=off`) unless `cache` names
    /// its folder: runs do not depend on, or leave, files in the user's cache.
    public static func run(_ args: [String], stdin: Data? = nil, directory: URL? = nil, cache: String? = nil,
                           timeout: Double = 600) throws -> GazetteRun {
        // A child that exits before reading all its input must not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = url
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["GAZETTE_CACHE"] = cache ?? "off"
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let writer = Thread {
            if let stdin { writeAll(stdin, to: input.fileHandleForWriting.fileDescriptor) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errThread = Thread { errorData.set(readAll(err.fileHandleForReading.fileDescriptor)) }
        errThread.start()
        let pid = process.processIdentifier
        let watchdog = Thread {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if kill(pid, 0) != 0 { return }
                usleep(20_000)
            }
            kill(pid, SIGKILL)
        }
        watchdog.start()
        let outData = readAll(out.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return GazetteRun(stdout: outData, stderr: String(decoding: errorData.value, as: UTF8.self),
                          status: process.terminationStatus)
    }
}

/// Everything until end of file on `fd`. POSIX reads, retried when a signal interrupts
/// them: Foundation's `readDataToEndOfFile` traps on EINTR, which a busy machine's
/// SIGCHLD from the other tests' children can cause.
private func readAll(_ fd: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 {
            data.append(contentsOf: buffer[0 ..< n])
        } else if n == 0 || errno != EINTR {
            return data
        }
    }
}

/// Writes all of `data` to `fd`, retrying when a signal interrupts; stops early when the
/// reader has gone (the child exited without reading everything).
private func writeAll(_ data: Data, to fd: Int32) {
    data.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n > 0 {
                offset += n
            } else if n < 0 && errno != EINTR {
                return
            }
        }
    }
}

private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false
    func set(_ d: Data) { lock.lock(); data = d; done = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return done }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// A temporary directory removed when the value is released.
public final class TemporaryDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` (creating folders), returning the file's URL.
    @discardableResult
    public func write(_ name: String, _ bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }

    @discardableResult
    public func write(_ name: String, _ text: String) throws -> URL { try write(name, Data(text.utf8)) }
}

/// The shared folder beside the checkout (`../shared`), when it is there.
public enum SharedFolder {
    public static var url: URL? {
        let shared = repository.appendingPathComponent("../shared").standardized
        return FileManager.default.fileExists(atPath: shared.appendingPathComponent("FORMAT.md").path) ? shared : nil
    }

    /// The root of the repository.
    public static var repository: URL {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 3 { dir.deleteLastPathComponent() }
        return dir
    }
}
