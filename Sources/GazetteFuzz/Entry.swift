import Foundation

#if FUZZING
/// libFuzzer's entry point (built by `tools/fuzz` with `-sanitize=fuzzer -DFUZZING`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    DocumentCheck.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

/// `gazette-fuzz`: under `-DFUZZING`, libFuzzer's driver (its usual flags and corpus
/// folders); otherwise a replay tool, `GazetteFuzz FILE...`, that runs each file
/// through the same checks, to reproduce what the fuzzer found.
@main
enum FuzzMain {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzer(&argc, &argv, fuzzOneInput))
        #else
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            print("usage: GazetteFuzz FILE... (replays inputs through the fuzzer's checks)")
            return
        }
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            data.withUnsafeBytes { DocumentCheck.run($0.bindMemory(to: UInt8.self)) }
        }
        print("\(files.count) inputs passed")
        #endif
    }
}
