import GazetteCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The date recognizer's editable lists, read once from the gazetteer folder:
/// `holidays.tsv` (`name<TAB>date`, the date `MM-DD`, `MM WEEKDAY N`, `MM WEEKDAY last`
/// (either with a `+-D` day offset), `easter[+-N]`, `orthodox-easter[+-N]` or `CALENDAR MM-DD`) and `date-words.tsv` (`word<TAB>kind`: tense cues, count nouns,
/// year blockers, time zones). See each file's header comment.
struct DateLists: Sendable {
    /// What a line of `date-words.tsv` says a word is.
    enum WordKind: String, Sendable {
        case past, future, present
        case countNoun = "count-noun"
        case yearBlocker = "year-blocker"
        case sport
        case planVerb = "plan-verb"
        case intention
        case directive
        case postponement
        case speech
        case measure
        case distance
        case pastEvent = "past-event"
        case adjective
        case genericNoun = "generic-noun"
        case zone
        case zoneUTC = "zone-utc"
    }

    static let holidaysFile = "holidays.tsv"
    static let wordsFile = "date-words.tsv"

    /// Each holiday's name as written and how its date is found.
    var holidays: [(name: String, rule: Holiday.Rule)] = []
    /// Each listed word and its kind, in file order.
    var words: [(word: String, kind: WordKind)] = []

    /// The repository's own `Gazetteers/` folder, found from this source file's path
    /// (Sources/GazetteDates/DateLists.swift -> package root).
    static var repositoryFolder: String {
        var path = #filePath
        for _ in 0 ..< 3 {
            guard let slash = path.lastIndex(of: "/") else { return "Gazetteers" }
            path = String(path[..<slash])
        }
        return path + "/Gazetteers"
    }

    /// The lists of `folder`; a file the folder lacks is read from `fallback` (the
    /// repository's `Gazetteers/`) instead, and a file found in neither is an error:
    /// dates without their tense cues would be quietly worse.
    static func load(folder: String, fallback: String = repositoryFolder) throws(DateListError) -> DateLists {
        var lists = DateLists()
        do {
            let (text, path) = try read(holidaysFile, folder: folder, fallback: fallback)
            try parseLines(text, path: path, header: ("name", "date")) { (name: Substring, field: Substring, line: Int) throws(DateListError) in
                guard let rule = rule(field) else {
                    throw .badLine(path: path, line: line,
                                   message: "date '\(field)' is not MM-DD, MM WEEKDAY N [+-D], MM WEEKDAY last [+-D], easter[+-N], orthodox-easter[+-N] or CALENDAR MM-DD")
                }
                lists.holidays.append((String(name), rule))
            }
        }
        do {
            let (text, path) = try read(wordsFile, folder: folder, fallback: fallback)
            try parseLines(text, path: path, header: ("word", "kind")) { (word: Substring, field: Substring, line: Int) throws(DateListError) in
                guard let kind = WordKind(rawValue: String(field)) else {
                    throw .badLine(path: path, line: line,
                                   message: "kind '\(field)' is not past, future, present, count-noun, year-blocker, zone, zone-utc, sport, plan-verb, intention, directive, postponement, speech, measure, distance, past-event, adjective or generic-noun")
                }
                lists.words.append((String(word), kind))
            }
        }
        return lists
    }

    /// The text and path of `name` in `folder`, else in `fallback`.
    private static func read(_ name: String, folder: String, fallback: String) throws(DateListError) -> (String, String) {
        let folders = folder == fallback ? [folder] : [folder, fallback]
        for dir in folders {
            let path = dir + "/" + name
            guard access(path, F_OK) == 0 else { continue }
            guard let bytes = DataFile.bytes(at: path) else { throw .unreadable(path: path) }
            return (String(decoding: bytes, as: UTF8.self), path)
        }
        throw .missing(file: name, searched: folders)
    }

    /// Calls `line` with the two fields of every line that is not blank, a comment or the header.
    private static func parseLines(_ text: String, path: String, header: (String, String),
                                   _ line: (Substring, Substring, Int) throws(DateListError) -> Void) throws(DateListError) {
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let l = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if l.allSatisfy({ $0 == " " || $0 == "\t" }) || l.hasPrefix("#") { continue }
            let fields = l.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty else {
                throw .badLine(path: path, line: number, message: "want two tab-separated fields, \(header.0) and \(header.1)")
            }
            if fields[0] == header.0, fields[1] == header.1 { continue }
            try line(fields[0], fields[1], number)
        }
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// ICU calendars a holiday line may name.
    static let calendars: Set<String> = ["islamic-umalqura", "islamic-civil", "islamic", "chinese", "hebrew", "persian", "dangi"]

    /// `12-25`, `11 Thu 4`, `11 Thu 4 +1`, `05 Mon last`, `easter`, `easter-2`,
    /// `orthodox-easter`, `chinese 01-01`, `islamic-umalqura 10-01`.
    static func rule(_ field: Substring) -> Holiday.Rule? {
        let text = field.lowercased()
        for (prefix, make) in [("orthodox-easter", Holiday.Rule.orthodoxEaster), ("easter", Holiday.Rule.easter)] where text.hasPrefix(prefix) {
            guard let n = signedOffset(text.dropFirst(prefix.count)) else { return nil }
            return make(n)
        }
        let parts = text.split(separator: " ")
        if parts.count == 1 { return monthDay(parts[0]).map { .fixed(month: $0.month, day: $0.day) } }
        if parts.count == 2 {
            guard calendars.contains(String(parts[0])), let md = monthDay(parts[1], anyYear: true) else { return nil }
            return .calendar(name: String(parts[0]), month: md.month, day: md.day)
        }
        guard parts.count == 3 || parts.count == 4, let m = Int(parts[0]), (1 ... 12).contains(m),
              let w = weekdays.firstIndex(of: String(parts[1])),
              let offset = parts.count == 4 ? signedOffset(parts[3]) : 0 else { return nil }
        if parts[2] == "last" { return .nthWeekday(month: m, weekday: w + 1, n: -1, offset: offset) }
        guard let n = Int(parts[2]), (1 ... 5).contains(n) else { return nil }
        return .nthWeekday(month: m, weekday: w + 1, n: n, offset: offset)
    }

    /// `""` (0), `+N` or `-N` days.
    private static func signedOffset(_ text: Substring) -> Int? {
        if text.isEmpty { return 0 }
        guard text.first == "+" || text.first == "-", let n = Int(text.dropFirst()) else { return nil }
        return text.first == "-" ? -n : n
    }

    /// `MM-DD`: a month and a day it can have (in a Gregorian leap year; in any of ICU's
    /// calendars, months 1 to 13 and days 1 to 30, when `anyYear`).
    private static func monthDay(_ text: Substring, anyYear: Bool = false) -> (month: Int, day: Int)? {
        let md = text.split(separator: "-")
        guard md.count == 2, md[0].count == 2, md[1].count == 2, let m = Int(md[0]), let d = Int(md[1]), m >= 1, d >= 1 else { return nil }
        if anyYear { return m <= 13 && d <= 30 ? (m, d) : nil }
        return m <= 12 && d <= CalendarDate.daysIn(month: m, year: 2000) ? (m, d) : nil
    }
}

/// Why `holidays.tsv` or `date-words.tsv` could not be read.
public enum DateListError: Error, CustomStringConvertible, Equatable {
    /// The file is in none of the folders searched.
    case missing(file: String, searched: [String])
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// A line is not two tab-separated fields of the form the file's header describes.
    case badLine(path: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .missing(file, searched): return "\(file) is in none of: \(searched.joined(separator: ", "))"
        case let .unreadable(path): return "cannot read \(path)"
        case let .badLine(path, line, message): return "\(path) line \(line): \(message)"
        }
    }
}
