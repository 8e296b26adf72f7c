import GazetteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The holidays the date recognizer knows, read from `holidays.tsv` in the gazetteer
/// folder (`Gazetteers/holidays.tsv`): one `name<TAB>date` line each, where the date is
/// `MM-DD`, `MM WEEKDAY N`, `MM WEEKDAY last` or `easter[+-N]` (see the file's header).
struct HolidayList: Sendable {
    /// The file's name inside the gazetteer folder.
    static let fileName = "holidays.tsv"

    /// Each holiday's name as written and how its date is found.
    var entries: [(name: String, rule: Holiday.Rule)] = []

    /// The repository's own `Gazetteers/` folder, found from this source file's path
    /// (Sources/GazetteDates/HolidayList.swift -> package root).
    static var repositoryFolder: String {
        var path = #filePath
        for _ in 0 ..< 3 {
            guard let slash = path.lastIndex(of: "/") else { return "Gazetteers" }
            path = String(path[..<slash])
        }
        return path + "/Gazetteers"
    }

    /// The holidays of `folder/holidays.tsv`; a folder without that file has none.
    static func load(folder: String) throws(HolidayFileError) -> HolidayList {
        let path = folder + "/" + fileName
        guard access(path, F_OK) == 0 else { return HolidayList() }
        guard let bytes = readFile(path) else { throw .unreadable(path: path) }
        return try parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// Parses the text of a holidays file (`path` names it in errors).
    static func parse(_ text: String, path: String) throws(HolidayFileError) -> HolidayList {
        var list = HolidayList()
        var lineNumber = 0
        var sawHeader = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty else {
                throw .badLine(path: path, line: lineNumber, message: "want two tab-separated fields, name and date")
            }
            if !sawHeader, fields[0] == "name", fields[1] == "date" { sawHeader = true; continue }
            guard let rule = rule(fields[1]) else {
                throw .badLine(path: path, line: lineNumber,
                               message: "date '\(fields[1])' is not MM-DD, MM WEEKDAY N, MM WEEKDAY last or easter[+-N]")
            }
            list.entries.append((String(fields[0]), rule))
        }
        return list
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `12-25`, `11 Thu 4`, `05 Mon last`, `easter`, `easter-2`.
    static func rule(_ field: Substring) -> Holiday.Rule? {
        let text = field.lowercased()
        if text.hasPrefix("easter") {
            let rest = text.dropFirst(6)
            if rest.isEmpty { return .easter(offset: 0) }
            guard rest.first == "+" || rest.first == "-", let n = Int(rest.dropFirst()) else { return nil }
            return .easter(offset: rest.first == "-" ? -n : n)
        }
        let parts = text.split(separator: " ")
        if parts.count == 1 {
            let md = parts[0].split(separator: "-")
            guard md.count == 2, let m = Int(md[0]), let d = Int(md[1]), (1 ... 12).contains(m),
                  d >= 1, d <= CalendarDate.daysIn(month: m, year: 2000) else { return nil }
            return .fixed(month: m, day: d)
        }
        guard parts.count == 3, let m = Int(parts[0]), (1 ... 12).contains(m),
              let w = weekdays.firstIndex(of: String(parts[1])) else { return nil }
        if parts[2] == "last" { return .nthWeekday(month: m, weekday: w + 1, n: -1) }
        guard let n = Int(parts[2]), (1 ... 5).contains(n) else { return nil }
        return .nthWeekday(month: m, weekday: w + 1, n: n)
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0 ..< n])
        }
        return ferror(f) != 0 ? nil : bytes
    }
}

/// Why `holidays.tsv` could not be read.
public enum HolidayFileError: Error, CustomStringConvertible, Equatable {
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// A line is not `name<TAB>date` with a date the file's header describes.
    case badLine(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadable(path): return "cannot read \(path)"
        case let .badLine(path, line, message): return "\(path) line \(line): \(message)"
        }
    }
}
