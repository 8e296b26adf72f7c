import CICU
import GazetteCore
import GazetteText

/// The units durations and relative expressions count in.
enum TimeUnit: UInt8, Sendable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century, millennium

    /// Calendar units a date can be written at ("last week", "two months ago").
    var isCalendar: Bool { self != .second && self != .minute && self != .hour }

    /// The ISO 8601 duration of `n` of this unit (`P3Y`, `PT24H`, `P1DE`).
    func duration(_ n: String) -> String {
        switch self {
        case .second: return "PT\(n)S"
        case .minute: return "PT\(n)M"
        case .hour: return "PT\(n)H"
        case .day: return "P\(n)D"
        case .week: return "P\(n)W"
        case .weekend: return "P\(n)WE"
        case .fortnight:
            if let v = Int(n) { return "P\(2 * v)W" }
            return "P\(n)W"
        case .month: return "P\(n)M"
        case .quarter: return "P\(n)Q"
        case .year: return "P\(n)Y"
        case .decade: return "P\(n)DE"
        case .century: return "P\(n)CE"
        case .millennium: return "P\(n)ML"
        }
    }

    /// The duration of `v` units, `X` for a vague count. Half an hour, minute or day is
    /// written in the next smaller unit (`PT5H30M`, `PT1M30S`, `P1DT12H`); half a year
    /// stays a decimal fraction, which ISO 8601 allows in the last component (`P2.5Y`),
    /// but a half alone is a whole number of a smaller unit (`half a year` `P6M`,
    /// `half a decade` `P5Y`, `half a century` `P50Y`), as are quarters of a century, a year
    /// or an hour (`P25Y`, `P3M`, `PT15M`, `PT45M`).
    func duration(of v: Double?) -> String {
        guard let v else { return duration("X") }
        let whole = Int(v)
        if Double(whole) == v { return duration(String(whole)) }
        // quarters of a century, a year or an hour ("three quarters of an hour" is `PT45M`)
        if v * 4 == (v * 4).rounded(), v * 2 != (v * 2).rounded() {
            switch self {
            case .century: return "P\(Int(v * 100))Y"
            case .year: return "P\(Int(v * 12))M"
            case .hour: return whole == 0 ? "PT\(Int(v * 60))M" : "PT\(whole)H\(Int((v - Double(whole)) * 60))M"
            default: break
            }
        }
        guard v * 2 == (v * 2).rounded() else { return duration(Values.number(v)) }
        switch self {
        case .day: return whole == 0 ? "PT12H" : "P\(whole)DT12H"
        case .hour: return whole == 0 ? "PT30M" : "PT\(whole)H30M"
        case .minute: return whole == 0 ? "PT30S" : "PT\(whole)M30S"
        case .year where whole == 0: return "P6M"
        case .decade where whole == 0: return "P5Y"
        case .century where whole == 0: return "P50Y"
        default: return duration(Values.number(v))
        }
    }
}

/// Function words of the temporal grammar, each with its own meaning.
enum Word: UInt8, Sendable {
    case the, a, an, of, and, or, to, so, at, on, up, no, inWord, by, forWord, from, until, since, during, through, between
    case today, yesterday, tomorrow, tonight, overnight, now, currently, nowadays, presently, recently, lately, recent, right
    case past, future, present, last, next, this, that, these, coming, previous, following, current, same, latest, final, prior, preceding, upcoming
    /// "corresponding", "comparable": with "the" and a period, the same period at another time.
    case corresponding
    case ago, earlier, later, before, after, hence, early, late, mid, beginning, start, end, middle, dawn, close
    case about, around, approximately, roughly, some, nearly, almost, more, less, longer, shorter, than, over, under, below, least, most, just, within
    case fiscal, fy, half, every, each, per, other, alternate, daily, weekly, monthly, annually, yearly, hourly, quarterly, biweekly, semiannually, nightly
    case noon, midnight, midday, am, pm, oclock, local, time
    case few, several, many, couple, dozen, hundred, thousand, times, twice, once
    case old, long, near, term, period, whileWord
    /// "lengthy", "short", "brief" ... and the degree words before them ("fairly", "very"): "for a fairly lengthy period".
    case spanAdjective, degree
    /// Adjectives allowed between a number and its unit ("two more weeks", "six straight days").
    case countAdjective
}

/// What a folded token can mean to the temporal grammar.
struct Entry: Sendable {
    var word: Word?
    /// 1...12, a month name in some locale.
    var month: UInt8 = 0
    /// The month name is an abbreviation (`Oct`); it needs a period, a day or a year next to it.
    var monthAbbrev = false
    /// The month name came from the English vocabulary (then it must be capitalized).
    var monthEnglish = false
    /// ISO weekday 1 = Monday ... 7 = Sunday.
    var weekday: UInt8 = 0
    var weekdayAbbrev = false
    /// Plural weekday (`Mondays`): a set.
    var weekdayPlural = false
    /// A cardinal number word (`one` ... `ninety`).
    var cardinal: Int32 = -1
    /// An ordinal word (`first` ... `thirty-first`).
    var ordinal: UInt8 = 0
    var unit: TimeUnit?
    var unitPlural = false
    /// 1 spring, 2 summer, 3 fall, 4 winter.
    var season: UInt8 = 0
    /// 1 morning, 2 afternoon, 3 evening, 4 night.
    var partOfDay: UInt8 = 0
    /// The decade of a decade word (`nineties` = 9).
    var decadeWord: UInt8 = 0
    /// Index into `Lexicon.zones` for a time zone abbreviation.
    var zone: Int8 = -1
    /// The first word of some holiday's name (see `Lexicon.holidays`).
    var startsHoliday = false
    /// A word that can only be a past-tense verb, or a future auxiliary (tense cues).
    var tense: Tense = .none
    /// A word that blocks a following number from being a year (`Flight`, `Resolution`, `No.`).
    var blocksYear = false
    /// A count noun: a four-digit number before it is a quantity (`2000 troops`).
    var countNoun = false
    /// A word of sport: "the first half" in its sentence is a match's, not a year's (`scored`).
    var sport = false
    /// A verb of a plan whose present tense announces it ("the leaders meet Monday").
    var planVerb = false
    /// A verb of intention whose "to" clause lies ahead ("plan to", "hope to").
    var intention = false
    /// A verb that bids someone do something, whose "to" clause after the object lies ahead
    /// ("asked airlines to cancel flights on Friday").
    var directive = false
    /// A verb that moves an event later: a deadline day after it lies ahead even in the past
    /// ("postponed until Tuesday").
    var postponement = false
    /// A verb of saying: in a trailing attribution ("..., Belden said.") it does not set the
    /// tense of the clause before it.
    var speech = false
    /// A unit of measure whose rate is itself a unit ("barrels a day", "kilometres an hour"):
    /// no recurrence after it.
    var measure = false
    /// A unit of distance: before "an hour" or "a second" it is a speed ("kilometres an hour"),
    /// though "230 kilometres a week" is a recurrence.
    var distance = false
    /// A noun of an event already over, after a possessive weekday ("will appeal Wednesday's
    /// ruling" is the Wednesday before).
    var pastEvent = false
    /// An -ed word that is mostly an adjective ("preferred shares", "armed forces"): no past cue.
    var adjective = false
    /// A noun after which "today's" means these days, no day ("today's world", "today's youth").
    var genericNoun = false
    /// Whether a temporal expression can start with this word (signals like "of" cannot).
    var starts = false
    /// The word means nothing but the start of a holiday's name ("International", "All"):
    /// only the holiday rule is tried there.
    var onlyHoliday = false

    /// Function words that only ever follow the start of an expression.
    private static func isFollower(_ w: Word) -> Bool {
        switch w {
        case .of, .and, .or, .to, .so, .on, .inWord, .by, .forWord, .from, .until, .since, .during, .through,
             .between, .than, .least, .most, .other, .times, .old, .long, .term, .period,
             .countAdjective, .whileWord, .spanAdjective, .degree, .before, .after, .hence, .ago, .local, .beginning, .start, .end, .middle,
             .dawn, .close, .present, .twice, .once, .alternate, .hundred, .thousand, .dozen, .couple, .oclock,
             .am, .pm, .time:
            return true
        default:
            return false
        }
    }

    /// Computes `starts` from the other fields.
    mutating func finish() {
        starts = month > 0 || weekday > 0 || cardinal >= 0 || ordinal > 0 || unit != nil || season > 0 || partOfDay > 0
            || decadeWord > 0 || startsHoliday || (word.map { !Self.isFollower($0) } ?? false)
        onlyHoliday = startsHoliday && word == nil && month == 0 && weekday == 0 && cardinal < 0 && ordinal == 0 && unit == nil
            && season == 0 && partOfDay == 0 && decadeWord == 0 && zone < 0
    }
}

/// The tense a sentence cue points to.
enum Tense: UInt8, Sendable { case none, past, present, future }

/// A holiday: its words and how its date is computed.
struct Holiday: Sendable {
    enum Rule: Sendable {
        /// A fixed month and day.
        case fixed(month: Int, day: Int)
        /// The n-th (or, with n = -1, the last) given weekday of a month, plus an offset in days.
        case nthWeekday(month: Int, weekday: Int, n: Int, offset: Int)
        /// Western Easter plus an offset in days.
        case easter(offset: Int)
        /// Orthodox (Julian) Easter, as a Gregorian date, plus an offset in days.
        case orthodoxEaster(offset: Int)
        /// A month and day of another ICU calendar ("islamic-umalqura", "chinese", "hebrew",
        /// "persian"), months numbered from 1 as ICU numbers them.
        case calendar(name: String, month: Int, day: Int)
    }
    /// The lexicon id of the name's first word.
    var first: Int32
    /// Folded tokens of the name after its first word.
    var rest: [[UInt16]]
    var rule: Rule

    /// The holiday's date in `year`.
    func date(in year: Int) -> CalendarDate? {
        switch rule {
        case let .fixed(m, d): return CalendarDate(year: year, month: m, day: d)
        case let .nthWeekday(m, w, n, offset):
            return Values.nthWeekday(year: year, month: m, weekday: w, n: n)?.adding(days: offset)
        case let .orthodoxEaster(offset):
            // Meeus's Julian algorithm; the Julian calendar runs 13 days behind from 1900 to 2099,
            // 14 from 2100 to 2199.
            guard (1900 ... 2199).contains(year) else { return nil }
            let a = year % 4, b = year % 7, c = year % 19
            let d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7
            let month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1
            return CalendarDate(year: year, month: month, day: day)?.adding(days: (year < 2100 ? 13 : 14) + offset)
        case let .calendar(name, m, d):
            // The calendar's year around 1 July, else the one before or after, that puts the day in `year`.
            for shift: Int32 in [0, -1, 1] {
                var y: Int32 = 0, mo: Int32 = 0, da: Int32 = 0, status: gz_status = 0
                guard gz_calendar_date(name, Int32(year), shift, Int32(m), Int32(d), &y, &mo, &da, &status) == 0 else { return nil }
                if Int(y) == year { return CalendarDate(year: year, month: Int(mo), day: Int(da)) }
            }
            return nil
        case let .easter(offset):
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CalendarDate(year: year, month: month, day: day)?.adding(days: offset)
        }
    }
}

/// The vocabulary of the temporal grammar: month and weekday names from ICU's CLDR
/// data for the chosen locales, the holidays and word lists of `Gazetteers/holidays.tsv`
/// and `Gazetteers/date-words.tsv`, plus the English function words, number words and
/// units of `Vocabulary`.
struct Lexicon: Sendable {
    private(set) var table = TokenTable()
    private(set) var entries: [Entry] = []
    private(set) var holidays: [Holiday] = []
    /// The holidays of each first word: a range of `holidays`, longest names first.
    private(set) var holidayRanges: [Int32: Range<Int>] = [:]
    /// Time zone abbreviations and whether they mean UTC.
    private(set) var zones: [(name: String, utc: Bool)] = []

    init(locales: [String], lists: DateLists) throws(ICUError) {
        let tokenizer = try Tokenizer(cacheWords: false)
        // English grammar words first, then CLDR names (which may add meanings to them).
        for (text, word) in Vocabulary.words { try add(text, tokenizer) { $0.word = word } }
        for (i, text) in Vocabulary.cardinals.enumerated() where !text.isEmpty {
            try add(text, tokenizer) { $0.cardinal = Int32(i) }
        }
        for (text, value) in Vocabulary.tens { try add(text, tokenizer) { $0.cardinal = Int32(value) } }
        for (i, text) in Vocabulary.ordinals.enumerated() where !text.isEmpty {
            try add(text, tokenizer) { $0.ordinal = UInt8(i) }
        }
        for (text, unit, plural) in Vocabulary.units {
            try add(text, tokenizer) { $0.unit = unit; $0.unitPlural = plural }
        }
        for (i, names) in Vocabulary.seasons.enumerated() {
            for name in names { try add(name, tokenizer) { $0.season = UInt8(i + 1) } }
        }
        for (i, name) in Vocabulary.partsOfDay.enumerated() {
            try add(name, tokenizer) { $0.partOfDay = UInt8(i + 1) }
            try add(name + "s", tokenizer) { $0.partOfDay = UInt8(i + 1) } // "Friday nights"
        }
        for (i, name) in Vocabulary.decades.enumerated() where !name.isEmpty {
            try add(name, tokenizer) { $0.decadeWord = UInt8(i) }
        }
        for (word, kind) in lists.words {
            switch kind {
            case .past, .future, .present:
                let tense: Tense = kind == .past ? .past : kind == .future ? .future : .present
                try add(word, tokenizer) { $0.tense = tense }
            case .countNoun: try add(word, tokenizer) { $0.countNoun = true }
            case .yearBlocker: try add(word, tokenizer) { $0.blocksYear = true }
            case .sport: try add(word, tokenizer) { $0.sport = true }
            case .planVerb: try add(word, tokenizer) { $0.planVerb = true }
            case .intention: try add(word, tokenizer) { $0.intention = true }
            case .directive: try add(word, tokenizer) { $0.directive = true }
            case .postponement: try add(word, tokenizer) { $0.postponement = true }
            case .speech: try add(word, tokenizer) { $0.speech = true }
            case .measure: try add(word, tokenizer) { $0.measure = true }
            case .distance: try add(word, tokenizer) { $0.distance = true }
            case .pastEvent: try add(word, tokenizer) { $0.pastEvent = true }
            case .adjective: try add(word, tokenizer) { $0.adjective = true }
            case .genericNoun: try add(word, tokenizer) { $0.genericNoun = true }
            case .zone, .zoneUTC:
                zones.append((word.lowercased(), kind == .zoneUTC))
                let index = Int8(zones.count - 1)
                try add(word, tokenizer) { $0.zone = index }
            }
        }
        for (name, rule) in lists.holidays {
            let keys = try tokenizer.keys(of: name)
            guard let first = keys.first else { continue }
            let id = table.insert(first)
            grow(to: Int(id))
            entries[Int(id)].startsHoliday = true
            holidays.append(Holiday(first: id, rest: Array(keys.dropFirst()), rule: rule))
        }
        // By first word, then longest names first, so "New Year's Eve" wins over "New Year".
        holidays.sort { ($0.first, $1.rest.count) < ($1.first, $0.rest.count) }
        for (k, h) in holidays.enumerated() where holidayRanges[h.first] == nil {
            let end = holidays[k...].firstIndex { $0.first != h.first } ?? holidays.endIndex
            holidayRanges[h.first] = k ..< end
        }
        try addCalendarNames(locales: locales, tokenizer)
        for i in entries.indices { entries[i].finish() }
    }

    /// The entry of token `i`, if the token is in the lexicon.
    @inline(__always)
    func lookup(_ token: Token, in text: AnalyzedText) -> Int32 {
        table.lookup(token, in: text) ?? -1
    }

    private mutating func grow(to id: Int) {
        while entries.count <= id { entries.append(Entry()) }
    }

    private mutating func add(_ text: String, _ tokenizer: Tokenizer, _ set: (inout Entry) -> Void) throws(ICUError) {
        let keys = try tokenizer.keys(of: text)
        guard keys.count == 1 else { return }
        let id = table.insert(keys[0])
        grow(to: Int(id))
        set(&entries[Int(id)])
    }

    /// Month and weekday names of every locale, in every form ICU has: format and
    /// stand-alone, wide and abbreviated (with and without a trailing period).
    private mutating func addCalendarNames(locales: [String], _ tokenizer: Tokenizer) throws(ICUError) {
        var expanded: [String] = []
        for locale in locales {
            expanded.append(locale)
            // English news spells some abbreviations the British way ("Sept").
            if locale == "en" || locale.hasPrefix("en_") { expanded.append(contentsOf: ["en_GB", "en_AU", "en_CA"]) }
        }
        for locale in expanded {
            let english = locale == "en" || locale.hasPrefix("en_")
            for kind in [GZ_SYMBOL_MONTHS, GZ_SYMBOL_STANDALONE_MONTHS, GZ_SYMBOL_SHORT_MONTHS, GZ_SYMBOL_STANDALONE_SHORT_MONTHS] {
                let abbreviated = kind == GZ_SYMBOL_SHORT_MONTHS || kind == GZ_SYMBOL_STANDALONE_SHORT_MONTHS
                for (index, name) in Self.symbols(locale, Int32(kind)).enumerated() where index < 12 {
                    guard let key = try Self.key(name, tokenizer) else { continue }
                    let id = table.insert(key)
                    grow(to: Int(id))
                    var e = entries[Int(id)]
                    if e.month == 0 || (e.monthAbbrev && !abbreviated) {
                        e.month = UInt8(index + 1)
                        e.monthAbbrev = abbreviated && !(key.count > 4 && !english)
                        e.monthEnglish = english
                    } else if e.month == UInt8(index + 1), english {
                        e.monthEnglish = true
                    }
                    entries[Int(id)] = e
                }
            }
            for kind in [GZ_SYMBOL_WEEKDAYS, GZ_SYMBOL_STANDALONE_WEEKDAYS, GZ_SYMBOL_SHORT_WEEKDAYS, GZ_SYMBOL_STANDALONE_SHORT_WEEKDAYS] {
                let abbreviated = kind == GZ_SYMBOL_SHORT_WEEKDAYS || kind == GZ_SYMBOL_STANDALONE_SHORT_WEEKDAYS
                for (index, name) in Self.symbols(locale, Int32(kind)).enumerated() where (1 ... 7).contains(index) {
                    let iso = UInt8((index + 5) % 7 + 1) // ICU: 1 = Sunday
                    guard let key = try Self.key(name, tokenizer) else { continue }
                    let id = table.insert(key)
                    grow(to: Int(id))
                    if entries[Int(id)].weekday == 0 || (entries[Int(id)].weekdayAbbrev && !abbreviated) {
                        entries[Int(id)].weekday = iso
                        entries[Int(id)].weekdayAbbrev = abbreviated
                    }
                    if english, !abbreviated {
                        // "on Mondays": the plural names a set.
                        let plural = table.insert(key + [0x73])
                        grow(to: Int(plural))
                        entries[Int(plural)].weekday = iso
                        entries[Int(plural)].weekdayPlural = true
                    }
                }
            }
        }
    }

    /// The folded key of a calendar name, dropping a trailing period; nil when it is not one token.
    private static func key(_ name: String, _ tokenizer: Tokenizer) throws(ICUError) -> [UInt16]? {
        var keys = try tokenizer.keys(of: name)
        if keys.count == 2, keys[1] == [0x2E] { keys.removeLast() }
        guard keys.count == 1, let key = keys.first, key.last != 0x2E || key.count > 1 else { return nil }
        if key.count > 1, key.last == 0x2E { return Array(key.dropLast()) }
        return key
    }

    private static func symbols(_ locale: String, _ kind: Int32) -> [String] {
        var buffer = [UInt16](repeating: 0, count: 1024)
        var count: Int32 = 0
        var status: gz_status = 0
        var needed = gz_date_symbols(locale, kind, &buffer, Int32(buffer.count), &count, &status)
        if needed > buffer.count {
            buffer = [UInt16](repeating: 0, count: Int(needed))
            needed = gz_date_symbols(locale, kind, &buffer, Int32(buffer.count), &count, &status)
        }
        guard status <= 0, needed >= 0, count > 0 else { return [] }
        // Each symbol ends with a 0 unit; an empty one (a locale without it) stays "".
        return buffer[0 ..< Int(needed)].split(separator: 0, omittingEmptySubsequences: false).prefix(Int(count))
            .map { String(decoding: $0, as: UTF16.self) }
    }
}
