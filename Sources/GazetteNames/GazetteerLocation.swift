#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the `Gazetteers/` folder at run time.
///
/// Search order: an explicit directory; `$GAZETTE_GAZETTEERS`; `Gazetteers/` next to
/// the executable or in any folder above it (a fresh clone's `.build/debug/gazette`
/// finds the package root that way), and `share/gazette/Gazetteers` above it (an
/// installed tree); finally the package root this source file was compiled from.
/// A folder counts when it holds `manifest.tsv`.
public enum GazetteerLocation {
    /// The environment variable that names the folder.
    public static let environmentVariable = "GAZETTE_GAZETTEERS"

    /// The folder to load, or `GazetteerError.notFound` listing every place searched.
    public static func find(explicit: String? = nil, executable: String? = nil,
                            sourceFile: String = #filePath) throws(GazetteerError) -> String {
        var searched: [String] = []
        if let explicit {
            if isGazetteerFolder(explicit) { return explicit }
            throw .notFound(searched: [explicit])
        }
        if let env = getenv(environmentVariable).map({ String(cString: $0) }), !env.isEmpty {
            if isGazetteerFolder(env) { return env }
            throw .notFound(searched: ["$\(environmentVariable)=\(env)"])
        }
        if let exe = executable ?? executablePath() {
            var dir = parent(exe)
            while !dir.isEmpty {
                for candidate in [dir + "/Gazetteers", dir + "/share/gazette/Gazetteers"] {
                    searched.append(candidate)
                    if isGazetteerFolder(candidate) { return candidate }
                }
                if dir == "/" { break }
                dir = parent(dir)
            }
        }
        // Sources/GazetteNames/GazetteerLocation.swift -> package root.
        let root = parent(parent(parent(sourceFile)))
        let fromSource = root + "/Gazetteers"
        searched.append(fromSource)
        if isGazetteerFolder(fromSource) { return fromSource }
        throw .notFound(searched: searched)
    }

    /// Whether `path` is a folder with a `manifest.tsv`.
    public static func isGazetteerFolder(_ path: String) -> Bool {
        access(path + "/manifest.tsv", R_OK) == 0
    }

    /// The running executable, from /proc/self/exe (Linux) or argv[0].
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0 ..< n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        guard let arg0 = CommandLine.arguments.first, arg0.contains("/") else { return nil }
        if arg0.hasPrefix("/") { return arg0 }
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + arg0
    }

    static func parent(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        if slash == p.startIndex { return "/" }
        return String(p[..<slash])
    }
}

/// Why the gazetteers could not be loaded.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// No folder with a `manifest.tsv` in any of these places.
    case notFound(searched: [String])
    /// A file named in the manifest could not be read.
    case unreadable(path: String)
    /// A manifest line is wrong.
    case badManifest(line: Int, message: String)

    public var description: String {
        switch self {
        case let .notFound(searched):
            return "gazetteers not found (a folder with manifest.tsv); searched: "
                + searched.joined(separator: ", ")
                + ". Pass --gazetteers DIR or set \(GazetteerLocation.environmentVariable)."
        case let .unreadable(path):
            return "cannot read gazetteer file \(path)"
        case let .badManifest(line, message):
            return "Gazetteers/manifest.tsv line \(line): \(message)"
        }
    }
}
