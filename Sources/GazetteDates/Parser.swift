import GazetteCore
import GazetteText

/// One recognized temporal expression, in tokens (`first ... last`, inclusive).
struct Match {
    var first: Int
    var last: Int
    var label: Label
    var value: String
    var mod: String?
    /// The rule that found it, with the recognizer's name: `dates:month-day`.
    var rule: String
    /// Whether a leading "the" belongs to the expression ("the third quarter", not "the October 25 vote").
    var takesThe = false
}

/// How a numeric date with two small numbers is read.
public enum DateOrder: String, Sendable, CaseIterable {
    /// `10/25/2021` is October 25 (US).
    case monthFirst = "mdy"
    /// `25/10/2021` is October 25 (most of the world).
    case dayFirst = "dmy"
}

/// The temporal grammar: a recursive-descent matcher over tokens, run left to right,
/// longest match first. See README.md in this folder for the rules and the
/// normalization policy.
final class Parser {
    let text: AnalyzedText
    let lex: Lexicon
    let dct: CalendarDate?
    let order: DateOrder
    let tokens: [Token]
    let units: [UInt16]
    let folded: [UInt16]
    let ids: [Int32]
    /// The value of each all-digit token, -1 for others.
    let numbers: [Int32]
    let n: Int
    /// The last quarter value found (`1989-Q3`) and its sentence: "a year ago" after it means that quarter a year before.
    private var lastQuarter: (year: Int, quarter: Int, sentence: Int32)?
    /// The last half-year found (`2026-H1`) and its sentence: "a year earlier" after it means that half a year before.
    private var lastHalf: (year: Int, half: Int, sentence: Int32)?
    /// Whether the half was named after the quarter: "its second-quarter profit ... volumes in the
    /// first half were higher than a year earlier" is the half a year before.
    private var halfAfterQuarter = false
    /// The last day named (`2009-02-23`): "the day", "the same day", "that day" refer to it.
    private var lastDay: String?
    /// The last day named as the day of an event, not of a report ("erupted late Wednesday, officials
    /// said on Thursday": Wednesday), and its sentence: a clock time in the next sentence is on it.
    private var lastEventDay: (value: String, sentence: Int32)?
    /// Whether `lastEventDay` was named late in the day ("late Tuesday", "Tuesday night"): a clock
    /// time of the early morning after it is the next day's.
    private var lastEventLate = false
    /// The first event day named in the document when it is the day before the dct ("was
    /// sentenced on Wednesday" in the first sentence of Thursday's story): the day of the story.
    private var storyDay: String?
    /// Whether an event day has been named yet.
    private var eventDayNamed = false
    /// The last day after the dct named in a sentence about a vote ("the May 31 presidential
    /// election", "set March 21 as polling day"): the polls' clock times without a day are on it.
    private var voteDay: String?
    /// The last clock time read: its last token, hour and day (a time in brackets after it is
    /// the same moment on another clock).
    private var lastClock: (last: Int, hour: Int, day: String?)?
    /// Whether `lastDay` was named by a weekday ("on Monday"), not a date ("Jan. 5").
    private var lastDayIsWeekday = false
    /// Whether `lastDay` opened or closed a stretch of time ("since Sunday", "the three months
    /// to June 30"), no day of an event.
    private var lastDayBounds = false
    /// The last token of the expression that named `lastDay`.
    private var lastDayToken = -1
    /// The sentences `lastDay` and `lastYear` were named in.
    private var lastDaySentence: Int32 = -9
    private var lastYearSentence: Int32 = -9
    /// The year of the last date named: "that year" refers to it.
    private var lastYear: Int?
    /// The last month or day named (`2025-08`, `2025-08-12`) and its sentence, when it was the
    /// last date named: "a year earlier" right after it means that month or day a year before.
    private var lastMonthOrDay: (value: String, sentence: Int32)?
    /// A year that opens its sentence ("Last year, a fire burned ... in August", "In 2019, ...") and
    /// the sentence: a month or a day without a year later in that sentence is in it.
    private var framingYear: (year: Int, sentence: Int32)?
    /// The Monday of the last week named (`2025-W11`) and its sentence: "the week before" refers to it.
    private var lastWeek: (monday: CalendarDate, sentence: Int32)?
    /// The month of the last date named at month or day granularity: "the same month a year ago" refers to it.
    private var lastMonth: (year: Int, month: Int)?
    /// The tense cues of each sentence, found when first asked for (empty until then).
    private var tenseCues: [[(position: Int, tense: Tense)]?] = []
    /// The first token of the expression being scanned (before "the", "early", "the end of").
    private var start = 0

    /// `ids`: the tokens' ids in `lexicon.table`, when the tokenizer looked them up.
    init(text: AnalyzedText, lexicon: Lexicon, dct: CalendarDate?, order: DateOrder, ids given: [Int32]? = nil) {
        self.text = text
        lex = lexicon
        self.dct = dct
        self.order = order
        tokens = text.tokens
        units = text.normalized.units
        folded = text.normalized.folded
        n = tokens.count
        var ids = [Int32](repeating: -1, count: n)
        var numbers = [Int32](repeating: -1, count: n)
        let units = text.normalized.units
        text.tokens.withUnsafeBufferPointer { tokens in
            units.withUnsafeBufferPointer { units in
                ids.withUnsafeMutableBufferPointer { ids in
                    numbers.withUnsafeMutableBufferPointer { numbers in
                        for i in tokens.indices {
                            let t = tokens[i]
                            if t.kind == .word || t.kind == .punctuation {
                                ids[i] = given?[i] ?? lexicon.lookup(t, in: text)
                            } else if t.kind == .number, t.length <= 9 {
                                var v: Int32 = 0
                                for k in Int(t.start) ..< Int(t.end) {
                                    let u = units[k]
                                    guard u >= 0x30, u <= 0x39 else { v = -1; break }
                                    v = v * 10 + Int32(u - 0x30)
                                }
                                numbers[i] = v
                            }
                        }
                    }
                }
            }
        }
        self.ids = ids
        self.numbers = numbers
    }

    // MARK: Driver

    /// All matches, left to right, non-overlapping.
    func run() -> [Match] {
        var out: [Match] = []
        out.reserveCapacity(n / 32 + 4) // news has about one date expression in 40 tokens
        var i = 0
        while i < n {
            // ("end-2026": the hyphened "end", which otherwise only follows the start of an expression)
            if canStart(i) || isWord(i, .end) && isChar(i + 1, 0x2D), let last = scan(i, into: &out) {
                i = last + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// Words that follow "overnight" the adverb, not the adjective ("struck overnight with missiles").
    private static let afterAdverb: [StaticString] = ["with", "as", "into", "across", "while", "but", "when", "amid", "near",
                                                      "outside", "inside", "off", "against", "along", "despite", "than", "that",
                                                      "toward", "towards", "over", "through", "around", "before", "after", "until"]

    /// Past forms that end in -eed, as "need" and "proceed" do not.
    private static let pastFormsInEed: [StaticString] = ["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"]

    /// Words that make a clock time in their clause a time of any day: adverbs of habit and a
    /// curfew ("normally runs from 5:15 p.m.", "instead of the usual 8 a.m. to 10 p.m.", "a curfew
    /// from 8 p.m. to 6 a.m.").
    private static let habitWords: [StaticString] = ["normally", "usually", "usual", "typically", "generally", "routinely", "curfew", "weekdays"]

    /// Prepositions before "the fall" that make it the season ("into the fall", "over the fall").
    private static let seasonPrepositions: [StaticString] = ["into", "over", "throughout", "for", "at", "till", "around"]

    /// Nouns after a season that name a kind of timetable ("the winter timetable").
    private static let timetableNouns: [StaticString] = ["timetable", "timetables", "schedule", "schedules"]

    /// Words that, between a present auxiliary and "to", point ahead ("is forecast to").
    private static let forecastWords: [StaticString] = ["forecast", "poised", "unlikely", "going", "about", "bound"]
    /// Nouns of the young, after which "two-month-old" is an age, not a duration.
    private static let youngNouns: [StaticString] = ["son", "daughter", "baby", "babies", "boy", "girl", "child", "infant", "calf",
                                                     "puppy", "foal", "cub", "twins", "sons", "daughters", "boys", "girls", "children"]
    /// What a comma between a tense cue and an expression adds to their distance in tokens.
    private static let commaCost = 3
    /// Personal pronouns as subjects: a verb form after one is finite ("it forecast").
    private static let subjectPronouns: [StaticString] = ["it", "they", "he", "she", "we", "i", "you"]
    /// Kinds of year besides the calendar's and the fiscal ("next financial year", "this academic
    /// year", "the school year"): the year they are read in.
    private static let yearKinds: [StaticString] = ["financial", "academic", "school", "tax"]
    /// Verbs whose object may be a bare span of time ("would take weeks", "waited months").
    private static let spanVerbs: [StaticString] = ["take", "takes", "took", "taking", "taken", "wait", "waited", "waiting",
                                                    "spend", "spent", "spending"]
    /// Words that open a clause of time or condition, whose present tense may be a future.
    private static let timeClauseWords: [StaticString] = ["before", "until", "till", "when", "once", "after", "unless", "if"]
    /// Modals of possibility: before a verb, they point ahead ("could come Friday").
    private static let possibilityModals: [StaticString] = ["could", "might", "may"]
    /// Forms of "be" and "have" that make a clause finite.
    private static let finiteVerbs: [StaticString] = ["is", "are", "was", "were", "has", "have", "had", "will", "would"]
    /// Nouns of a statistic before "for" and its month ("the figure for September").
    private static let statisticNouns: [StaticString] = ["figure", "figures", "data", "numbers", "reading", "readings", "statistics",
                                                         "payrolls", "index"]
    /// Participles of a plan before "for" and its date ("booked for April", "scheduled for May").
    private static let planParticiples: [StaticString] = ["scheduled", "planned", "booked", "slated", "set", "pencilled", "penciled",
                                                          "earmarked", "timetabled", "rescheduled"]
    /// Participles of an end or a start before a day ("the season ending on Friday").
    private static let openingParticiples: [StaticString] = ["ending", "starting", "beginning", "closing", "opening", "expiring"]
    /// Modals before "one day" meaning some day ahead ("will one day be").
    private static let futureModals: [StaticString] = ["will", "would", "could", "might", "may", "can", "should", "must"]
    /// Conjunctions before a participle that has no verb of its own ("if needed", "as expected").
    private static let reducedClauseWords: [StaticString] = ["if", "as", "than", "unless", "when", "once", "where"]
    /// Verbs of a plan after "due to" or "set to" ("due to close", "set to resume"); after
    /// other words "due to" is more often "because of".
    private static let plannedVerbs: [StaticString] = ["begin", "start", "end", "close", "open", "expire", "meet", "arrive", "leave",
                                                       "launch", "finish", "resume", "return", "vote", "sign", "report", "be", "hold",
                                                       "visit", "travel", "testify", "appear", "announce", "publish", "release",
                                                       "decide", "rule", "deliver", "complete", "take", "enter", "reopen", "land",
                                                       "call"]

    /// Verbs of saying and thinking in the present, before a "that" clause ("says that morning ...").
    private static let clauseVerbs: [StaticString] = ["says", "say", "think", "thinks", "believe", "believes", "know", "knows",
                                                      "argue", "argues", "insist", "insists", "claim", "claims", "fear", "fears"]

    /// Words before a clock time that make it one ("at 10:30", "at 10:15:30": not an elapsed time).
    private static let clockSignals: [Word] = [.at, .by, .around, .about, .from, .until, .before, .after, .since, .to, .approximately]

    /// Nouns of a vote, whose month after "in" lies ahead ("local elections in May").
    private static let voteNouns: [StaticString] = ["election", "elections", "runoff", "referendum", "vote", "polls"]

    /// Nouns after which a month is a market's delivery month, always ahead ("for September delivery").
    private static let forwardMonthNouns: [StaticString] = ["delivery", "deliveries", "futures", "contract", "contracts", "shipment", "shipments"]

    /// Nouns of what is expected of a period: "its forecast for the second quarter".
    private static let forecastNouns: [StaticString] = ["forecast", "forecasts", "outlook", "guidance", "target", "targets", "estimate", "estimates",
                                                        "projection", "projections"]

    /// Prepositions that point from the dct toward the weekend after them: "until the weekend", "by the weekend".
    private static let towardWeekend: [StaticString] = ["through", "until", "till", "into", "by", "for", "before"]

    /// Quantifiers that, like an article, put an adjective in -ed before its noun ("each displaced family").
    private static let quantifiers: [StaticString] = ["each", "every", "any", "these", "those", "other", "many", "some", "all", "several"]

    /// Determiners and possessives before an attributive participle ("the planned vote").
    private static let determiners: [StaticString] = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]

    /// Rules whose value is a year before the period last named.
    private static let yearBeforeRules: Set<String> = ["dates:year-ago", "dates:year-ago-quarter", "dates:ago-quarter", "dates:ago-month", "dates:ago-half",
                                                       "dates:year-before-year",
                                                       "dates:same-period"]

    /// Keeps the first event day named (not the header's date, the dct on the first line), when
    /// it is the day before the dct, as the story's day.
    private func noteStoryDay(_ day: String, at first: Int) {
        guard !eventDayNamed, !(tokens[first].line == tokens[0].line && dct.map({ day == Values.day($0) }) ?? false) else { return }
        eventDayNamed = true
        if let dct, day == Values.day(dct.adding(days: -1)) { storyDay = day }
    }

    /// Remembers the last quarter and the last day named, the anchors of "a year ago" and "the day".
    private func noteReference(_ m: Match) {
        // A weekday's part ("Friday morning", "last Friday night": a time of that day) names its day.
        if m.label == .time, m.rule == "dates:weekday-part" || m.rule.hasPrefix("dates:relative"), m.value.utf8.count > 10 {
            lastDay = String(m.value.prefix(10))
            lastDayIsWeekday = m.rule == "dates:weekday-part"
            lastDaySentence = tokens[m.last].sentence
            lastDayBounds = boundsStretch(m.first)
            lastDayToken = m.last
            if !reportDay(m.first) {
                lastEventDay = (String(m.value.prefix(10)), lastDaySentence)
                lastEventLate = m.value.hasSuffix("TNI") || m.value.hasSuffix("TEV")
                noteStoryDay(String(m.value.prefix(10)), at: m.first)
            }
            return
        }
        // A period a year before the one in view ("a year ago" in a quarterly report) is not a new anchor:
        // the next "a year earlier" still means a year before the quarter reported.
        guard m.label == .date, !Self.yearBeforeRules.contains(m.rule) else { return }
        var value = m.value
        // Read the value's ASCII bytes in place: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn.
        let (isDay, year, month, quarter, half) = value.withUTF8 { v -> (Bool, Int?, Int?, Int?, Int?) in
            func number(_ a: Int, _ b: Int) -> Int? {
                var x = 0
                for k in a ..< b { guard v[k] >= 0x30, v[k] <= 0x39 else { return nil }; x = x * 10 + Int(v[k] - 0x30) }
                return x
            }
            guard v.count >= 4, v.count == 4 || v[4] == 0x2D, let y = number(0, 4) else { return (false, nil, nil, nil, nil) }
            let month = v.count == 7 || v.count == 10 ? number(5, 7) : nil
            let quarter = v.count == 7 && v[5] == 0x51 && v[6] >= 0x31 && v[6] <= 0x34 ? Int(v[6] - 0x30) : nil
            let half = v.count == 7 && v[5] == 0x48 && (v[6] == 0x31 || v[6] == 0x32) ? Int(v[6] - 0x30) : nil
            return (v.count == 10 && v[7] == 0x2D && month != nil, y, month, quarter, half)
        }
        let sentence = tokens[m.last].sentence
        if m.value.utf8.count == 4, let year,
           tokens[m.first].flags.contains(.sentenceStart) || isWord(m.first - 1, .inWord) && tokens[m.first - 1].flags.contains(.sentenceStart)
            // ("The 2026 edition of the festival will open on Nov. 6": a year before the noun that opens the sentence)
            || isWord(m.first - 1, .the) && tokens[m.first - 1].flags.contains(.sentenceStart) && m.last + 1 < n && tokens[m.last + 1].shape == .lower {
            framingYear = (year, sentence)
        }
        if let week = Values.isoWeek(value), let monday = CalendarDate(isoYear: week.year, week: week.week) {
            lastWeek = (monday, sentence)
        }
        // (a day that dates a report leaves the month in view: "rose 4.2 percent in the 12 months to
        // October, the institute said on Monday, down from 4.9 percent a month earlier")
        if !(isDay && reportDay(m.first)) { lastMonthOrDay = month != nil && quarter == nil ? (m.value, sentence) : nil }
        guard let year else { return }
        // (The sentence the reference ends in: a sentence break after "Oct." splits "Oct. 22".)
        lastYear = year
        lastYearSentence = sentence
        if isDay {
            if let dct, m.value > Values.day(dct), sentenceHas(sentence, Self.voteDayNouns) { voteDay = m.value }
            lastDay = m.value
            lastDaySentence = sentence
            lastDayIsWeekday = m.rule == "dates:weekday"
            lastDayBounds = boundsStretch(m.first)
            lastDayToken = m.last
            // (nor a deadline ahead: "will keep the road closed until August 20, officials said")
            if !reportDay(m.first), !(isWord(m.first - 1, .until) && dct.map({ m.value > Values.day($0) }) ?? false) {
                lastEventDay = (m.value, sentence)
                lastEventLate = m.mod == "END"
                noteStoryDay(m.value, at: m.first)
            }
        }
        if let month { lastMonth = (year, month) }
        if let quarter { lastQuarter = (year, quarter, sentence); halfAfterQuarter = false }
        // "net profit in the three months to December 31": a calendar quarter, so "a year earlier"
        // after it is that quarter a year before (unless a quarter is in view, perhaps a fiscal
        // one: "its third quarter, the three months to March 31")
        if let month, month % 3 == 0, m.first >= 3, lastQuarter.map({ sentence - $0.sentence > 2 }) ?? true, !isDay || m.value.hasSuffix("-30") || m.value.hasSuffix("-31"),
           isText(m.first - 1, "to") || isText(m.first - 1, "ended") || isText(m.first - 1, "ending") || isText(m.first - 1, "through"),
           entry(m.first - 2)?.unit == .month, let q = quantity(m.first - 3), q.last == m.first - 3, q.value == 3 {
            lastQuarter = (year, month / 3, sentence)
            halfAfterQuarter = false
        }
        if let half { lastHalf = (year, half, sentence); halfAfterQuarter = true }
    }

    /// Whether the clock time at `i` follows, in its clause, polls or polling stations that open
    /// or close: "Polling stations will open at 8 a.m. and close at 4 p.m.", "Polls open at 9 a.m."
    private func pollsOpenOrClose(_ i: Int) -> Bool {
        var k = i - 1
        var verb = false
        while k >= 0, k >= i - 12, !isChar(k, 0x2E), !isChar(k, 0x3B) {
            if isText(k, "open") || isText(k, "close") || isText(k, "opens") || isText(k, "closes") { verb = true }
            if verb, isText(k, "polls") || isText(k, "stations") && isText(k - 1, "polling") || isText(k, "booths") { return true }
            k -= 1
        }
        return false
    }

    /// Words of a vote whose sentence names the vote's day ("the May 31 presidential election").
    private static let voteDayNouns: [StaticString] = ["election", "elections", "elect", "elects", "vote", "voting", "polls", "polling", "referendum",
                                                        "runoff", "ballot", "by-election", "by-elections"]

    /// Whether sentence `s` has one of `words` (lower-case).
    private func sentenceHas(_ s: Int32, _ words: [StaticString]) -> Bool {
        guard s >= 0, Int(s) < text.sentences.count else { return false }
        return text.sentences[Int(s)].contains { k in tokens[k].shape == .lower && words.contains { isText(k, $0) } }
    }

    /// Cheap trigger: a number, an alphanumeric token or a lexicon word.
    @inline(__always)
    private func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        if ids[i] >= 0 { return lex.entries[Int(ids[i])].starts }
        if t.kind == .number { return true }
        if t.shape == .alphanumeric { return true }
        // "'90s", "'82"
        return t.kind == .punctuation && units[Int(t.start)] == 0x27 && i + 1 < n && tokens[i + 1].kind == .number
    }

    /// Appends the matches starting at token `i` (two for a day range) to `out`, notes the
    /// last one as the reference of later ones, and returns its last token; nil when none starts there.
    private func scan(_ i: Int, into out: inout [Match]) -> Int? {
        start = i
        var j = i
        var hasThe = isWord(j, .the)
        if hasThe { j += 1 }
        var quantityMod: String?
        if let (m, k) = quantityModifier(j) {
            quantityMod = m
            j = k
            // "at least the past 18 months", "more than the last two years"
            if !hasThe, isWord(j, .the), let w = word(j + 1), isDirection(w) {
                hasThe = true
                j += 1
            }
        }
        var pointMod: String?
        var innerThe = false
        // ("Mid-Autumn Festival" is a holiday's name, not "mid-" before a season)
        if quantityMod == nil, let (m, k) = pointModifier(j, afterThe: hasThe), !(entry(j)?.startsHoliday == true && holiday(j) != nil) {
            pointMod = m
            j = k
            // "the end of the year"
            if isWord(j, .the) { j += 1; innerThe = true }
        }
        // Cheap exits for the commonest starts: "the" and "a" before a word no rule begins with.
        guard j < n, j == i || canStart(j) || isChar(j, 0x27) || isWord(j, .countAdjective) || isWord(j, .time) || isWord(j, .present)
            || isWord(j, .couple) else { return nil }
        if isWord(j, .a) || isWord(j, .an), j + 1 < n, ids[j + 1] < 0, tokens[j + 1].kind != .number, tokens[j + 1].shape != .alphanumeric {
            return nil
        }
        // "by mid-century", "mid-decade": this century's or decade's middle, without "the"
        let midCentury = pointMod == "MID" && (entry(j)?.unit == .century || entry(j)?.unit == .decade) && entry(j)?.unitPlural == false
        guard var m = core(j, afterThe: hasThe || innerThe || midCentury) else { return nil }
        // "the start of Friday's sixth stage": the start of what the day owns, not of the day
        let ownerAfterOf = pointMod != nil && hasThe && !innerThe && m.label == .date && isText(m.last + 1, "'s")
        if ownerAfterOf { pointMod = nil }
        if innerThe, !m.takesThe { return nil }
        // An expression stays on one line (a date line after a headline is its own).
        if tokens[m.first].line != tokens[m.last].line, m.label != .time { return nil }
        if hasThe, !m.takesThe, pointMod == nil, !ownerAfterOf { return nil }
        if let quantityMod {
            guard m.label != .set, m.rule != "dates:weekday", m.rule != "dates:relative", m.rule != "dates:relative-this", !m.rule.hasPrefix("dates:deictic") else { return nil }
            m.mod = m.label == .duration ? quantityMod : (m.mod ?? "APPROX")
        }
        if let pointMod {
            guard m.label == .date || m.label == .time else { return nil }
            // "earlier today" is the day itself; "earlier this year" is its start.
            let day = isWord(m.first, .today) || m.rule == "dates:weekday"
            if !(day && (isWord(m.first - 1, .earlier) || isWord(m.first - 1, .later))) {
                m.mod = pointMod
            }
        }
        // "the late-November trip": a hyphened modifier makes an adjective, which takes no "the"
        if !ownerAfterOf { m.first = min(m.first, hasThe && !m.takesThe && pointMod != nil && isChar(m.first - 1, 0x2D) ? i + 1 : i) }
        // "or so", "or later", "and beyond"
        if m.last + 2 < n, isWord(m.last + 1, .or), isWord(m.last + 2, .so) {
            m.last += 2
            m.mod = m.mod ?? "APPROX"
        } else if m.label == .date, m.mod == nil, startsWithDigit(m.value),
                  isWord(m.last + 1, .or) && (isWord(m.last + 2, .later) || isWord(m.last + 2, .after))
                  || isWord(m.last + 1, .and) && isText(m.last + 2, "beyond") {
            // "1994 or later", "2030 and beyond"
            m.last += 2
            m.mod = "ON_OR_AFTER"
        } else if m.label == .date, m.mod == nil, startsWithDigit(m.value),
                  isWord(m.last + 1, .or), isWord(m.last + 2, .earlier) || isWord(m.last + 2, .before) {
            m.last += 2
            m.mod = "ON_OR_BEFORE"
        }
        if let earlier = rangeStart(before: m) ?? durationRangeStart(before: m) { out.append(earlier) }
        if let later = rangeEnd(after: m) ?? yearRangeEnd(after: m) {
            // "April 24-25, 2021": the year written after the second day is the first's too
            if later.rule == "dates:day-range", later.value.prefix(4) != m.value.prefix(4), !later.value.hasPrefix("XXXX") {
                m.value = String(later.value.prefix(8)) + m.value.suffix(2)
            }
            noteReference(later)
            let last = later.last
            out.append(m)
            out.append(later)
            return last
        }
        noteReference(m)
        let last = m.last
        out.append(m)
        return last
    }

    /// Whether a value (always ASCII) starts with a digit: a calendar date, not `PAST_REF` or `XXXX`.
    @inline(__always) private func startsWithDigit(_ value: String) -> Bool {
        value.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    // MARK: Token helpers

    @inline(__always) private func entry(_ i: Int) -> Entry? {
        guard i >= 0, i < n, ids[i] >= 0 else { return nil }
        return lex.entries[Int(ids[i])]
    }

    @inline(__always) private func word(_ i: Int) -> Word? { entry(i)?.word }

    @inline(__always) private func isWord(_ i: Int, _ w: Word) -> Bool { i >= 0 && i < n && word(i) == w }

    /// Whether token `i` is the single character `c`.
    @inline(__always) private func isChar(_ i: Int, _ c: UInt16) -> Bool {
        i >= 0 && i < n && tokens[i].length == 1 && units[Int(tokens[i].start)] == c
    }

    /// No space between token `i - 1` and token `i`.
    @inline(__always) private func attached(_ i: Int) -> Bool {
        i > 0 && i < n && !tokens[i].flags.contains(.spaceBefore)
    }

    /// Whether token `i` exists and its folded text is `ascii`.
    @inline(__always) private func isText(_ i: Int, _ ascii: StaticString) -> Bool {
        i >= 0 && i < n && text.is(i, ascii)
    }

    /// Whether the verb of permission at `k` ("allowed", "permitted") is in the passive or
    /// negated: "were not allowed", "was permitted", "not allowing".
    private func permissionInPassive(_ k: Int) -> Bool {
        guard Self.permissionVerbs.contains(where: { isText(k, $0) }) else { return false }
        let before = isText(k - 1, "not") ? k - 2 : k - 1
        return before < k - 1 || Self.passiveAuxiliaries.contains(where: { isText(before, $0) })
    }

    /// Verbs of permission among the directives of `date-words.tsv`.
    private static let permissionVerbs: [StaticString] = ["allow", "allows", "allowed", "allowing", "permit", "permits", "permitted",
                                                          "permitting"]

    /// Forms of "be" before a participle in the passive.
    private static let passiveAuxiliaries: [StaticString] = ["was", "were", "been", "be", "is", "are", "being"]

    /// Whether the verb at `k` follows a plural subject and a phrase of place after it, of
    /// lower-case words that are no tense cues: "Offers in the first round close at 3 p.m. on
    /// Thursday".
    private func pluralBeforePhrase(_ k: Int) -> Bool {
        // (no noun after an article: "points of additional easing by the end")
        guard k >= 4, !articleOrPossessive(k - 1) else { return false }
        func phraseWord(_ j: Int) -> Bool {
            tokens[j].kind == .word && tokens[j].shape == .lower && (entry(j)?.tense ?? Tense.none) == Tense.none
                && !isWord(j, .by) && !isWord(j, .to) && !isWord(j, .of) && !isWord(j, .inWord)
        }
        guard phraseWord(k - 1), phraseWord(k - 2) else { return false }
        for p in stride(from: k - 3, through: max(1, k - 5), by: -1) {
            if isWord(p, .inWord) || isWord(p, .of) || isWord(p, .forWord) || isWord(p, .at) || isWord(p, .from) || isWord(p, .on) {
                return pluralSubject(p - 1)
            }
            guard phraseWord(p) else { return false }
        }
        return false
    }

    /// Whether token `i` can end the subject of a verb in the plural present: a name ("Arafat"),
    /// a plural noun ("markets") or "they"/"we".
    private func pluralSubject(_ i: Int) -> Bool {
        guard i >= 0, i < n, tokens[i].kind == .word, entry(i)?.word == nil else { return false }
        if isText(i, "they") || isText(i, "we") { return true }
        let start = tokens[i].flags.contains(.sentenceStart)
        if !start, tokens[i].shape == .capitalized || tokens[i].shape == .upper { return true }
        let end = Int(tokens[i].end)
        return tokens[i].shape == .lower || start && tokens[i].shape == .capitalized
            ? tokens[i].length >= 4 && folded[end - 1] == 0x73 && folded[end - 2] != 0x73 : false
    }

    /// Whether token `i` is the comma that closes an apposition after a name, with no verb in
    /// it: "Hellas Verona, 15th in Serie A, host Cagliari on Sunday" (not "On Wednesday,
    /// Ricardo Alarcon, head of the assembly, said": a noun before "of").
    private func nameBeforeApposition(_ i: Int) -> Bool {
        guard isChar(i, 0x2C), i >= 3 else { return false }
        for j in stride(from: i - 2, through: max(1, i - 8), by: -1) {
            if isChar(j, 0x2C) {
                return tokens[j - 1].shape == .capitalized && !tokens[j - 1].flags.contains(.sentenceStart)
                    || tokens[j - 1].shape == .upper
            }
            if endsInEd(j) || Self.finiteVerbs.contains(where: { isText(j, $0) }) { return false }
        }
        return false
    }

    /// Whether token `i` can end the subject of a verb in its -s form: a name ("Macron") or a
    /// noun after "the" ("the match kicks off Saturday").
    private func singularSubject(_ i: Int) -> Bool {
        // ("Trading resumes on Monday": "trading" is also a count's adjective, "five trading days")
        // ("the period ends on Sunday", "the season opens on Saturday": a stretch of time's noun too)
        guard i >= 0, i < n, tokens[i].kind == .word,
              entry(i)?.word == nil || entry(i)?.word == .countAdjective || entry(i)?.word == .period
                || entry(i)?.unit != nil && entry(i)?.unitPlural == false || (entry(i)?.season ?? 0) > 0 else { return false }
        // ("when trading resumes at 9 a.m. on Thursday": a noun after "when" too; "where the
        // nurses' contract expires at the end of October": after a possessive)
        return tokens[i].shape == .capitalized || tokens[i].shape == .upper
            || tokens[i].shape == .lower && (isWord(i - 1, .the) || isText(i - 1, "when") || articleOrPossessive(i - 1)
                || (isChar(i - 1, 0x27) || isChar(i - 1, 0x2019)) && attached(i - 1))
    }

    /// Whether the verb at `k` is a bare infinitive after a verb of seeing or making and its
    /// object: "We watched the fields go under on Sunday", "saw prices fall" (no plan).
    private func bareInfinitive(_ k: Int) -> Bool {
        for j in stride(from: k - 2, through: max(0, k - 4), by: -1) {
            if tokens[j].kind == .punctuation { return false }
            if Self.perceptionVerbs.contains(where: { isText(j, $0) }) { return true }
        }
        return false
    }

    /// Verbs of seeing or making whose object takes a bare infinitive.
    private static let perceptionVerbs: [StaticString] = ["watched", "saw", "seen", "heard", "felt", "noticed", "let", "made", "helped",
                                                          "watch", "see", "hear", "watching", "seeing"]

    /// Whether token `i` ends in "s" but not "ss" (a plural noun: "analysts", "Banks").
    private func pluralLooking(_ i: Int) -> Bool {
        guard i >= 0, i < n, tokens[i].kind == .word, tokens[i].length >= 3 else { return false }
        let e = Int(tokens[i].end)
        return folded[e - 1] == 0x73 && folded[e - 2] != 0x73
    }

    /// Verbs of a plan in their -s form that are no nouns.
    private static let verbsOnly: [StaticString] = ["opens", "reopens", "resumes", "closes", "expires", "begins", "convenes", "departs",
                                                    "arrives", "takes"]

    /// Verbs of bidding whose "that" clause tells what is to be done ("ordered that it be heard").
    private static let mandativeVerbs: [StaticString] = ["ordered", "urged", "asked", "instructed", "demanded", "directed", "recommended"]

    /// Whether token `i` puts the participle after it before a noun: a determiner or
    /// possessive ("the", "its"), or an adverb in -ly ("hastily").
    private func attributive(_ i: Int) -> Bool {
        guard i >= 0, i < n, tokens[i].kind == .word else { return false }
        if Self.determiners.contains(where: { isText(i, $0) }) { return true }
        let end = Int(tokens[i].end)
        return tokens[i].shape == .lower && tokens[i].length >= 5 && folded[end - 2] == 0x6C && folded[end - 1] == 0x79
            && !isText(i, "early") && !isText(i, "only")
    }

    /// Whether token `i` means nothing to the grammar but a noun of a list (a count noun, a
    /// word of sport, a past event), or is no word of the lexicon at all.
    private func plainNoun(_ i: Int) -> Bool {
        guard let e = entry(i) else { return true }
        return e.countNoun || e.sport || e.pastEvent || e.adjective
    }

    /// Whether a signal before token `s` makes it a deadline or an occasion ahead: "until", "by",
    /// "before", "ahead of".
    private func deadlineBefore(_ s: Int) -> Bool {
        isWord(s - 1, .until) || isWord(s - 1, .by) || isWord(s - 1, .before) || isWord(s - 1, .of) && isText(s - 2, "ahead")
    }

    /// Whether token `i`, after "to", can be a verb: a lower-case word that is no determiner
    /// ("agreed to meet in April", not "agreed to a truce on Monday").
    private func verbAfterTo(_ i: Int) -> Bool {
        guard i < n, tokens[i].kind == .word, tokens[i].shape == .lower else { return false }
        return !Self.determiners.contains(where: { isText(i, $0) }) && !isPossessive(i) && !isText(i, "an")
    }

    /// Whether "that" at token `i` opens a clause after a verb of saying or thinking ("said that
    /// morning meetings were long"), a tense cue or one of `Parser.clauseVerbs`.
    private func complementizer(_ i: Int) -> Bool {
        entry(i - 1).map({ $0.tense != Tense.none }) ?? false || Self.clauseVerbs.contains { isText(i - 1, $0) }
    }

    /// Whether the -ed word at token `i` is an adjective before its noun, after an article, a
    /// possessive, a quantifier, a number or a verb in -ing and at most one adverb: "a still
    /// unspecified date", "the newly elected council", "each displaced family", "12 injured
    /// people", "paying affected households".
    private func adjectivalEd(_ i: Int) -> Bool {
        var d = i - 1
        if isText(d, "still") || isText(d, "yet") || isText(d, "recently") || isText(d, "newly") { d -= 1 }
        guard i + 1 < n, tokens[i + 1].kind == .word, tokens[i + 1].shape == .lower, plainNoun(i + 1) else { return false }
        // ("will meet in closed session on Thursday": after a preposition too; "will publish certified
        // results on Monday": after a verb after a modal or "to")
        return d >= 0 && tokens[d].kind == .number || articleOrPossessive(d) || Self.quantifiers.contains(where: { isText(d, $0) })
            || isWord(d, .inWord) || isWord(d, .at) || isText(d, "with") || isText(d, "under") || isWord(d, .on) || isWord(d, .of)
            || isWord(d, .forWord) || isWord(d, .from)
            // ("value-added tax", "state-owned banks": a compound)
            || isChar(i - 1, 0x2D) && attached(i - 1) && attached(i)
            || d >= 1 && tokens[d].kind == .word && tokens[d].shape == .lower && (Self.futureModals.contains { isText(d - 1, $0) } || isWord(d - 1, .to))
            // ("would start paying affected households on Monday": the object of a verb in -ing)
            || endsInIng(d) && !isText(d, "having") && !isText(d, "being")
    }

    /// Whether token `i` is a lower-case word of at least `length` letters ending in "-ing"
    /// ("leaving", "giving").
    private func endsInIng(_ i: Int, length: Int = 5) -> Bool {
        guard i >= 0, i < n, tokens[i].shape == .lower, tokens[i].length >= length else { return false }
        let end = Int(tokens[i].end)
        return folded[end - 3] == 0x69 && folded[end - 2] == 0x6E && folded[end - 1] == 0x67
    }

    /// Whether the sentence of token `i` tells of something called off: "canceled", "called
    /// off", "scrapped", "postponed", "suspended".
    private func calledOff(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        for k in text.sentences[s] where tokens[k].shape == .lower {
            if Self.cancelWords.contains(where: { isText(k, $0) }) || isText(k, "off") && (isText(k - 1, "called") || isText(k - 1, "call")) { return true }
        }
        return false
    }
    /// Words that call something off, for `calledOff`.
    private static let cancelWords: [StaticString] = ["canceled", "cancelled", "cancels", "cancel", "scrapped", "postponed", "suspended", "axed", "dropped"]

    /// Whether token `i` is a lower-case word ending in "-ed" ("canceled").
    private func endsInEd(_ i: Int) -> Bool {
        guard i >= 0, i < n, tokens[i].kind == .word, tokens[i].shape == .lower, tokens[i].length >= 4 else { return false }
        let end = Int(tokens[i].end)
        return folded[end - 2] == 0x65 && folded[end - 1] == 0x64
    }

    @inline(__always) private func isCapitalized(_ i: Int) -> Bool {
        i >= 0 && i < n && (tokens[i].shape == .capitalized || tokens[i].shape == .upper)
    }

    /// The value of an all-ASCII-digit token.
    @inline(__always)
    private func digits(_ i: Int) -> Int? {
        guard i >= 0, i < n, numbers[i] >= 0 else { return nil }
        return Int(numbers[i])
    }

    private func length(_ i: Int) -> Int { i < n ? tokens[i].length : 0 }

    /// `25th`, `1st`, `22nd`, `3rd`: the number before the ordinal suffix.
    private func ordinalDigits(_ i: Int) -> Int? {
        guard i >= 0, i < n, tokens[i].shape == .alphanumeric, tokens[i].length >= 3, tokens[i].length <= 4 else { return nil }
        let r = tokens[i].range
        let s0 = folded[r.upperBound - 2], s1 = folded[r.upperBound - 1]
        let suffix = (s0 == 0x73 && s1 == 0x74) || (s0 == 0x6E && s1 == 0x64) || (s0 == 0x72 && s1 == 0x64) || (s0 == 0x74 && s1 == 0x68)
        guard suffix else { return nil }
        var v = 0
        for k in r.lowerBound ..< r.upperBound - 2 {
            let u = units[k]
            guard u >= 0x30, u <= 0x39 else { return nil }
            v = v * 10 + Int(u - 0x30)
        }
        return v
    }

    /// An ordinal at `i`: a word (`third`, `twenty-first`) or digits with a suffix (`3rd`).
    private func ordinal(_ i: Int) -> (value: Int, last: Int)? {
        if let v = ordinalDigits(i) { return (v, i) }
        if let e = entry(i), e.ordinal > 0 { return (Int(e.ordinal), i) }
        // "twenty-first": tens, hyphen, ordinal
        if let e = entry(i), e.cardinal >= 20, isChar(i + 1, 0x2D), let o = entry(i + 2), o.ordinal > 0, o.ordinal < 10 {
            return (Int(e.cardinal) + Int(o.ordinal), i + 2)
        }
        return nil
    }

    // MARK: Numbers

    /// A count: digits, number words, "a", "a few", "several", "a couple of".
    /// `value` is nil for a vague count (X in the TIMEX3 value).
    private func quantity(_ i: Int) -> (value: Double?, last: Int, approx: Bool)? {
        guard i < n else { return nil }
        var result: (value: Double?, last: Int, approx: Bool)?
        if let v = digits(i), v < 100_000 {
            result = (Double(v), i, false)
        } else if tokens[i].kind == .number, let v = decimal(i) {
            result = (v, i, false)
        } else if let w = word(i) {
            switch w {
            case .a, .an:
                if isWord(i + 1, .few) { result = (nil, i + 1, false) }
                // "a quarter of a century", "a quarter of an hour", "a quarter-century"
                else if isText(i + 1, "quarter"), isWord(i + 2, .of), isWord(i + 3, .a) || isWord(i + 3, .an) { result = (0.25, i + 3, false) }
                else if isText(i + 1, "quarter"), isChar(i + 2, 0x2D), attached(i + 2), attached(i + 3),
                        let u = entry(i + 3)?.unit, u == .century || u == .hour { result = (0.25, i + 2, false) }
                else if isWord(i + 1, .couple), isWord(i + 2, .of) { result = (2, i + 2, true) }
                else if isWord(i + 1, .couple) { result = (2, i + 1, true) }
                else if isWord(i + 1, .dozen) { result = (12, i + 1, false) }
                else if isWord(i + 1, .hundred) { result = (100, i + 1, false) }
                else if isWord(i + 1, .thousand) { result = (1000, i + 1, false) }
                else { result = (1, i, false) }
            case .few, .several, .many: result = (nil, i, false)
            case .half where isWord(i + 1, .a) || isWord(i + 1, .an): result = (0.5, i + 1, false) // "half an hour"
            // "a half-hour show"
            case .half where isChar(i + 1, 0x2D) && attached(i + 1) && attached(i + 2) && entry(i + 2)?.unit == .hour: result = (0.5, i + 1, false)
            case .couple where isWord(i + 1, .of): result = (2, i + 1, true)
            case .dozen: result = (12, i, false)
            default: break
            }
        }
        if result == nil, let e = entry(i), e.cardinal >= 0 {
            var v = Int(e.cardinal)
            var last = i
            if v >= 20, v % 10 == 0 {
                if isChar(i + 1, 0x2D), attached(i + 1), let o = entry(i + 2), o.cardinal > 0, o.cardinal < 10 {
                    v += Int(o.cardinal); last = i + 2
                } else if let o = entry(i + 1), o.cardinal > 0, o.cardinal < 10 {
                    v += Int(o.cardinal); last = i + 1
                }
            }
            if isWord(last + 1, .hundred) { v *= 100; last += 1 }
            if isWord(last + 1, .thousand) { v *= 1000; last += 1 }
            // "three quarters of an hour"
            if isText(last + 1, "quarters"), isWord(last + 2, .of), isWord(last + 3, .a) || isWord(last + 3, .an) {
                result = (Double(v) * 0.25, last + 3, false)
            } else {
                result = (Double(v), last, false)
            }
        } else if result == nil, isWord(i - 1, .every), isText(i, "quarter"), isWord(i + 1, .of), isWord(i + 2, .a) || isWord(i + 2, .an) {
            result = (0.25, i + 2, false) // "every quarter of an hour"
        }
        guard var r = result else { return nil }
        // "2 1/2"
        if let v = r.value, digits(r.last + 1) == 1, isChar(r.last + 2, 0x2F), attached(r.last + 2), digits(r.last + 3) == 2, attached(r.last + 3) {
            r = (v + 0.5, r.last + 3, r.approx)
        }
        // "two and a half"
        if let v = r.value, isWord(r.last + 1, .and), isWord(r.last + 2, .a), isWord(r.last + 3, .half) {
            r = (v + 0.5, r.last + 3, r.approx)
        }
        // "two-and-a-half" (before "-hour": "a two-and-a-half-hour drive")
        let l = r.last
        if let v = r.value, isChar(l + 1, 0x2D), isWord(l + 2, .and), isChar(l + 3, 0x2D), isWord(l + 4, .a), isChar(l + 5, 0x2D), isWord(l + 6, .half),
           (l + 1 ... l + 6).allSatisfy({ attached($0) }) {
            r = (v + 0.5, l + 6, r.approx)
        }
        return r
    }

    /// A number token with a decimal point or thousands separators: `2.5`, `8,000`, read in place.
    private func decimal(_ i: Int) -> Double? {
        let r = tokens[i].range
        var whole = 0, fraction = 0.0, scale = 0.1
        var group = 0, commas = 0, point = false
        for k in r {
            let u = units[k]
            if u >= 0x30, u <= 0x39 {
                if point { fraction += Double(u - 0x30) * scale; scale /= 10 } else { whole = whole * 10 + Int(u - 0x30); group += 1 }
            } else if u == 0x2C, !point, commas == 0 ? (1 ... 3).contains(group) : group == 3 {
                commas += 1; group = 0
            } else if u == 0x2E, !point, group > 0 {
                point = true
            } else {
                return nil
            }
            if whole > 1_000_000_000 { return nil }
        }
        // A comma-grouped number ends with a group of three ("8,000", not "8,00")
        if commas > 0, group != 3 { return nil }
        guard units[r.lowerBound] >= 0x30, units[r.lowerBound] <= 0x39, units[r.upperBound - 1] != 0x2E else { return nil }
        return Double(whole) + fraction
    }

    // MARK: Modifiers

    /// "about", "more than", "at least", "up to", "nearly" ... before a quantity.
    private func quantityModifier(_ i: Int) -> (String, Int)? {
        guard let w = word(i) else { return nil }
        // ("19 percent less than a year earlier": an amount compared, not the time's modifier)
        if w == .more || w == .less, isText(i - 1, "percent") || isChar(i - 1, 0x25) || i >= 1 && tokens[i - 1].kind == .number { return nil }
        // ("a story about 2027 and beyond": "about" after a noun is the preposition, before a year)
        if w == .about, fullYear(i + 1) != nil, i >= 1, plainNoun(i - 1) { return nil }
        switch w {
        case .about, .around, .approximately, .roughly: return ("APPROX", i + 1)
        case .some where quantity(i + 1)?.value != nil: return ("APPROX", i + 1)
        case .nearly: return ("EQUAL_OR_LESS", i + 1)
        case .almost: return ("LESS_THAN", i + 1)
        case .more where isWord(i + 1, .than): return ("MORE_THAN", i + 2)
        // "waiting longer than a year": a span of time compared
        case .longer where isWord(i + 1, .than) && quantity(i + 2) != nil: return ("MORE_THAN", i + 2)
        case .shorter where isWord(i + 1, .than) && quantity(i + 2) != nil: return ("LESS_THAN", i + 2)
        // "in over six years", "for over a decade", "just over an hour", "over a week" (but "over
        // three years" alone is a span of time)
        case .over where quantity(i + 1) != nil && (isWord(i - 1, .inWord) && !endsInEd(i - 2) || isWord(i - 1, .forWord) || isWord(i - 1, .of) || isWord(i - 1, .after)
            || isWord(i - 1, .just) || isWord(i + 1, .a) || isWord(i + 1, .an)):
            return ("MORE_THAN", i + 1)
        case .less where isWord(i + 1, .than): return ("LESS_THAN", i + 2)
        // (not before an adjective: "would work under 15-year charters")
        case .under where quantity(i + 1).map({ $0.value != nil && !(isChar($0.last + 1, 0x2D) && attached($0.last + 1)) }) == true:
            return ("LESS_THAN", i + 1)
        // "to fall below 16 weeks" (not an amount compared: "43 percent below 2019 levels", "40
        // percent below a year earlier")
        case .below where quantity(i + 1).map({ q in q.value != nil && entry(q.last + 1)?.unit != nil && !isWord(q.last + 2, .earlier)
                                                 && !isWord(q.last + 2, .ago) && !isWord(q.last + 2, .later) }) == true
            && !isText(i - 1, "percent") && !isChar(i - 1, 0x25) && !(i >= 1 && tokens[i - 1].kind == .number):
            return ("LESS_THAN", i + 1)
        case .at where isWord(i + 1, .least): return ("EQUAL_OR_MORE", i + 2)
        case .at where isWord(i + 1, .most): return ("EQUAL_OR_LESS", i + 2)
        case .up where isWord(i + 1, .to) && quantity(i + 2) != nil: return ("EQUAL_OR_LESS", i + 2)
        case .no where (isWord(i + 1, .more) || isWord(i + 1, .longer)) && isWord(i + 2, .than): return ("EQUAL_OR_LESS", i + 3)
        default: return nil
        }
    }

    /// "early", "late", "mid-", "the beginning of", "the end of" ... before a date.
    private func pointModifier(_ i: Int, afterThe: Bool) -> (String, Int)? {
        guard let w = word(i) else { return nil }
        switch w {
        // "late November", "late-November", "early-2020"
        case .early: return ("START", isChar(i + 1, 0x2D) && attached(i + 1) ? i + 2 : i + 1)
        case .late: return ("END", isChar(i + 1, 0x2D) && attached(i + 1) ? i + 2 : i + 1)
        case .mid:
            if isChar(i + 1, 0x2D) { return ("MID", i + 2) }
            return ("MID", i + 1)
        case .earlier where isRelativeAnchor(i + 1): return ("START", i + 1)
        case .later where isRelativeAnchor(i + 1): return ("END", i + 1)
        case .beginning where afterThe && isWord(i + 1, .of): return ("START", i + 2)
        case .start where afterThe && isWord(i + 1, .of): return ("START", i + 2)
        case .dawn where afterThe && isWord(i + 1, .of): return ("START", i + 2)
        case .end where afterThe && isWord(i + 1, .of): return ("END", i + 2)
        // "by end-2026", "at end-March": the financial press's hyphened end
        case .end where !afterThe && isChar(i + 1, 0x2D) && attached(i + 1) && attached(i + 2): return ("END", i + 2)
        case .close where afterThe && isWord(i + 1, .of): return ("END", i + 2)
        case .middle where afterThe && isWord(i + 1, .of): return ("MID", i + 2)
        default: return nil
        }
    }

    /// "this", "last", "next", "today", "yesterday" ... after "earlier"/"later".
    private func isRelativeAnchor(_ i: Int) -> Bool {
        // (not a weekday: "Earlier Friday, lawyers met" is "Friday", as TimeBank writes it, 4 of 5)
        guard let w = word(i) else { return false }
        switch w {
        case .this, .that, .last, .next, .today, .yesterday, .tomorrow, .tonight: return true
        default: return false
        }
    }

    // MARK: Core expressions

    /// Tries the rules in order; the first that matches wins. Each rule is tried only where
    /// token `i` passes a cheap test that every match of that rule starting at `i` passes
    /// (a number, a lexicon field, a word), so skipping it never changes the result.
    private func core(_ i: Int, afterThe: Bool) -> Match? {
        let e = entry(i) ?? Entry()
        // ("the new year": "new" also starts a holiday's name)
        if e.onlyHoliday { return holiday(i) ?? (afterThe ? definiteUnit(i) : nil) }
        let t = tokens[i]
        let w = e.word
        // `25th`, `7am`, `Q3`, `1990s`, `25.10.2021`, `FY2021`
        let alnum = t.shape == .alphanumeric
        let number = t.kind == .number
        // `digits(i)` with one or two digits (a day, an hour) or four (a year, a clock time)
        let short = numbers[i] >= 0 && t.length <= 2
        let four = numbers[i] >= 0 && t.length == 4
        // `ordinal(i)` can match: `3rd`, `third`, `twenty-first`
        let ordinalStart = alnum || e.ordinal > 0 || e.cardinal >= 20
        let apostrophe = t.length == 1 && units[Int(t.start)] == 0x27
        // `gluedMeridiem(i)`: a number written with `am` or `pm`
        let meridiem = (alnum || number) && folded[Int(t.end) - 1] == 0x6D
        if number, let m = eraYear(i) { return m }
        if short || four || meridiem || e.cardinal >= 1 && e.cardinal <= 12 || w == .noon || w == .midnight || w == .midday
            || number && (t.length == 4 || t.length == 5),
           let m = timeOfDay(i) { return m }
        if e.unit == .year, !e.unitPlural, let m = yearAgo(i) { return m }
        if afterThe, let m = samePeriod(i) ?? weekOf(i) { return m }
        if afterThe, let m = definiteUnit(i) { return m }
        if afterThe, ordinalStart || w == .last, let m = monthlyWeekday(i) ?? monthlyDay(i) { return m }
        // (`dottedDate(i)` needs periods between the digits: a number that is not all digits)
        if ordinalStart || short || four || number && t.shape != .digits || e.weekday > 0 || e.month > 0, let m = absoluteDate(i) { return m }
        if ordinalStart || four || apostrophe || e.decadeWord > 0, let m = decadeOrCentury(i) { return m }
        if ordinalStart || w == .fiscal || w == .last || w == .final, let m = quarterOrHalf(i) { return m }
        if w != nil, let m = setExpression(i) { return m }
        if w != nil, let m = relative(i) { return m }
        if e.partOfDay > 0, let m = modifiedPartOfDay(i) ?? barePartOfDay(i, afterThe: afterThe) { return m }
        if ordinalStart || w == .a, let m = streak(i) { return m }
        if e.cardinal == 1, let m = someday(i) { return m }
        if number || alnum || e.unit != nil || e.cardinal >= 0 || e.ordinal == 1 || w.map(isQuantifiedStart) == true,
           let m = quantified(i, afterThe: afterThe) ?? vagueDuration(i) { return m }
        if w != nil, let m = deictic(i) { return m }
        if e.season > 0, let m = season(i, afterThe: afterThe) { return m }
        if e.startsHoliday, let m = holiday(i) { return m }
        if alnum || w == .fiscal || w == .fy, let m = fiscalYear(i) { return m }
        if four || apostrophe || e.cardinal >= 0 || e.unit == .year, let m = year(i) { return m }
        if e.weekday > 0, let m = weekday(i) { return m }
        if e.month > 0, let m = monthAlone(i) { return m }
        return nil
    }

    /// The words `quantified` or `vagueDuration` can start with besides numbers, units and
    /// ordinals: a direction ("the past five years"), a count word ("a few", "several"), "some".
    private func isQuantifiedStart(_ w: Word) -> Bool {
        if isDirection(w) { return true }
        switch w {
        case .a, .an, .few, .several, .many, .half, .couple, .dozen, .some: return true
        default: return false
        }
    }

    // MARK: Definite units

    /// Verbs after "the year that" that define it by its start: "that begins on April 1".
    private static let yearStartWords: [StaticString] = ["begins", "starts", "began", "started", "opens"]

    /// "the year", "the quarter", "the weekend", "the full year", "the fiscal year": the
    /// period the dct is in (the quarter: the last one reported, the one before the dct's).
    private func definiteUnit(_ i: Int) -> Match? {
        // "in the new year": the coming year, read late in a year; the dct's, early in one
        if isText(i, "new"), tokens[i].shape == .lower, let y = entry(i + 1), y.unit == .year, !y.unitPlural,
           !(isChar(i + 2, 0x2D) && attached(i + 2)) {
            let value = dct.map { Values.year($0.month >= 7 ? $0.year + 1 : $0.year) } ?? "XXXX"
            return Match(first: i, last: i + 1, label: .date, value: value, rule: "dates:new-year", takesThe: true)
        }
        var k = i
        while isWord(k, .fiscal) || isWord(k, .countAdjective) || Self.yearKinds.contains(where: { isText(k, $0) }) && entry(k + 1)?.unit == .year { k += 1 }
        guard let e = entry(k), let unit = e.unit, !e.unitPlural, unit.isCalendar, unit != .fortnight else { return nil }
        if isChar(k + 1, 0x2D), attached(k + 1) { return nil } // "the quarter-to-quarter comparison"
        if unit == .year, spokenYear(k + 1) != nil || fullYear(k + 1) != nil { return nil } // "the year 2000"
        // "the third quarter of the fiscal year": the year a quarter is counted in, no span of its own
        if unit == .year, k > i, isWord(i - 1, .the), isWord(i - 2, .of), entry(i - 3).map({ $0.unit == .quarter || $0.word == .half }) == true {
            return nil
        }
        // "the week before last", "the weekend before last": two back from the dct (not "the week
        // before last year's vote")
        if isWord(k + 1, .before), isWord(k + 2, .last), unit != .day, k + 3 >= n || tokens[k + 3].kind == .punctuation && !isText(k + 3, "'s")
            || tokens[k + 3].shape == .lower && entry(k + 3).map({ $0.unit == nil && $0.weekday == 0 && $0.month == 0 && $0.season == 0 }) ?? true {
            var value = Values.period(unit, shift: -2, from: dct)
            if unit == .weekend {
                value = dct.map { Values.week($0.adding(days: -(($0.weekday - 6 + 7) % 7) - 7)) + "-WE" } ?? "XXXX-WXX-WE"
            }
            return Match(first: i, last: k + 2, label: .date, value: value, rule: "dates:the-unit-before-last", takesThe: true)
        }
        if unit == .weekend {
            guard let dct else { return Match(first: i, last: k, label: .date, value: "XXXX-WXX-WE", rule: "dates:the-unit", takesThe: true) }
            let saturday = 6
            var offset = tense(at: k) == .future ? (saturday - dct.weekday + 7) % 7 : -((dct.weekday - saturday + 7) % 7)
            // "extended its warning through the weekend": told in the past, the nearest weekend
            // either side of the dct (a future one lies ahead: "highs were expected through the weekend")
            // (a deadline or a stretch up to the weekend, or what is booked for it, lies ahead
            // whatever the tense: "suspended classes until the weekend", "hoped for a deal by
            // the weekend", "bookings for the weekend had been cancelled"; a weekend the dct
            // falls in is its own)
            if offset < 0, isWord(i - 1, .the),
               Self.towardWeekend.contains(where: { isText(i - 2, $0) }) {
                offset = dct.weekday == 7 ? -1 : (saturday - dct.weekday + 7) % 7
            }
            return Match(first: i, last: k, label: .date, value: Values.week(dct.adding(days: offset)) + "-WE", rule: "dates:the-unit", takesThe: true)
        }
        // "the year ended June 30", "the year to March", "the decade to 2024", "the week to Friday": a duration
        // ("the year that ended on March 31")
        let endWord = isText(k + 1, "that") || isText(k + 1, "which") ? k + 2 : k + 1
        // (but a year a clause or a participle defines by its start, or by an end still ahead, is
        // no span: "the fiscal year that begins on April 1", "the year starting January 1", "the
        // year from August 1", "the fiscal year that ends in March")
        if unit == .year, endWord == k + 1 ? isText(endWord, "starting") || isText(endWord, "beginning")
            : Self.yearStartWords.contains(where: { isText(endWord, $0) })
            || endWord == k + 1 && isWord(k + 1, .from) && (monthName(k + 2) != nil || entry(k + 2)?.month ?? 0 > 0)
            || endWord == k + 2 && (isText(endWord, "ends") || isText(endWord, "closes")) {
            return nil
        }
        let ended = unit == .year && endWord < n && tokens[endWord].length >= 3 && folded[Int(tokens[endWord].start)] == 0x65
            && folded[Int(tokens[endWord].start) + 1] == 0x6E && folded[Int(tokens[endWord].start) + 2] == 0x64
        let upTo = (unit == .year || unit == .decade || unit == .week || unit == .month) && isWord(k + 1, .to)
            && (monthName(k + 2) != nil || fullYear(k + 2) != nil || (entry(k + 2)?.weekday ?? 0) > 0 && isCapitalized(k + 2))
        // "the week ahead", "the year ahead": a span from now, like "the next week"
        let ahead = isText(k + 1, "ahead") && k == i && unit != .quarter
        if ended || upTo || ahead {
            return Match(first: i, last: ahead ? k + 1 : k, label: .duration, value: unit.duration("1"), rule: "dates:the-unit", takesThe: true)
        }
        // "the quarter to June", "the quarter ended Sept. 30": the calendar quarter that month ends
        if unit == .quarter, k == i, isWord(k + 1, .to) || isText(k + 1, "ended") || isText(k + 1, "ending"),
           let mo = monthName(k + 2), mo.month % 3 == 0 {
            var last = mo.last
            if dayNumber(last + 1) != nil { last = dayNumber(last + 1)!.last } // "ended Sept. 30" keeps its own span
            let year = fullYear(mo.last + 1) ?? (isChar(last + 1, 0x2C) ? fullYear(last + 2) : nil) ?? monthYear(mo.month, first: k + 2)
            return Match(first: i, last: k, label: .date, value: Values.quarter(year, mo.month / 3), rule: "dates:the-unit", takesThe: true)
        }
        if unit == .day {
            if isWord(k + 1, .before) || isWord(k + 1, .after) {
                // "the day after tomorrow", "the day before yesterday": two days from the dct
                if isWord(k + 1, .after) && isWord(k + 2, .tomorrow) || isWord(k + 1, .before) && isWord(k + 2, .yesterday),
                   !isText(k + 3, "'s") { // not "tomorrow's deadline"
                    let value = Values.period(.day, shift: isWord(k + 1, .after) ? 2 : -2, from: dct)
                    return Match(first: i, last: k + 2, label: .date, value: value, rule: "dates:the-day-after-tomorrow", takesThe: true)
                }
                // "The day before, he had met ...": the day before the one last named
                if k + 2 >= n || tokens[k + 2].kind == .punctuation, let value = anchoredShift(.day, isWord(k + 1, .before) ? -1 : 1, at: i) {
                    return Match(first: i, last: k + 1, label: .date, value: value, rule: "dates:the-unit-before", takesThe: true)
                }
                // "the day before the vote" names no day of its own
                return nil
            }
            // "close it for half the day": a part of any day, no day of its own
            if k == i, isWord(i - 1, .the), isWord(i - 2, .half) { return nil }
            // "a cap of nine hours on the working day", "before the school day ends": any day
            if k > i, isText(k - 1, "working") || isText(k - 1, "school") { return nil }
            // "today is the day to make a plan", "the first train of the day": no day of their own
            if k == i, isWord(i - 1, .the), isWord(k + 1, .to), k + 2 < n, tokens[k + 2].shape == .lower, entry(k + 2) == nil { return nil }
            if k == i, isWord(i - 1, .the), isWord(i - 2, .of), i >= 4,
               (max(0, i - 6) ..< i - 3).contains(where: { isText($0, "first") || isText($0, "last") || isText($0, "only") }),
               (max(0, i - 6) ..< i - 2).allSatisfy({ tokens[$0].kind == .word }) {
                return nil
            }
            // "on Feb. 26, the day many Vietnamese buy gold": an apposition that describes a day just
            // named, no span of its own
            if k == i, isWord(i - 1, .the), isChar(i - 2, 0x2C), lastDaySentence == tokens[i].sentence,
               digits(i - 3) != nil || (entry(i - 3)?.weekday ?? 0) > 0 { return nil }
            // "the day": the day last named, else the dct
            return Match(first: i, last: k, label: .date, value: lastDay ?? Values.period(.day, shift: 0, from: dct), rule: "dates:the-day", takesThe: true)
        }
        // "the year before", "the year previous"
        if isWord(k + 1, .before) || isWord(k + 1, .previous) || isWord(k + 1, .earlier) {
            let value = anchoredShift(unit, -1, at: i) ?? Values.period(unit, shift: -1, from: dct)
            return Match(first: i, last: k + 1, label: .date, value: value, rule: "dates:the-unit-before", takesThe: true)
        }
        // "the quarter": the last one reported; its end under a future cue is the one under way
        // ("would publish its findings by the end of the quarter")
        let endAhead = isWord(i - 1, .the) && isWord(i - 2, .of) && isWord(i - 3, .end) && tense(at: i) == .future
        var shift = unit == .quarter && k == i && !endAhead ? -1 : 0
        // "For the full year, it earned ..." after last year's fourth quarter, reported early in
        // this one: the year that quarter ends
        if unit == .year, k == i + 1, isText(i, "full"), let q = lastQuarter, q.quarter == 4, let dct, q.year == dct.year - 1,
           tokens[i].sentence - q.sentence <= 5, nearestCue(i).tense != .future {
            shift = -1
        }
        return Match(first: i, last: k, label: .date, value: Values.period(unit, shift: shift, from: dct), rule: "dates:the-unit", takesThe: true)
    }

    /// "the same month a year ago", "the same period last year", "the corresponding quarter a year
    /// earlier", "the quarter a year ago": the month or quarter last named (else the dct's), a year before.
    private func samePeriod(_ i: Int) -> Match? {
        let bare = !isWord(i, .same) && !isWord(i, .corresponding)
        guard !bare || isWord(i, .period) || entry(i)?.unit == .quarter else { return nil }
        let k = bare ? i : i + 1
        let unit: TimeUnit?
        if isWord(k, .period) { unit = nil }
        else if let e = entry(k), let u = e.unit, !e.unitPlural, u == .month || u == .quarter || u == .week || u == .day { unit = u }
        else { return nil }
        // A year before: "a year ago", "a year earlier", "last year", "the year before", "the previous year", "of last year"
        var y = k + 1
        if isWord(y, .of) { y += 1 }
        let last: Int
        if isWord(y, .a) || entry(y)?.cardinal == 1, entry(y + 1)?.unit == .year, isWord(y + 2, .ago) || isWord(y + 2, .earlier) || isWord(y + 2, .before) { last = y + 2 }
        else if isWord(y, .last) || isWord(y, .previous) || isWord(y, .prior), entry(y + 1)?.unit == .year, entry(y + 1)?.unitPlural == false { last = y + 1 }
        else if isWord(y, .the), isWord(y + 1, .previous) || isWord(y + 1, .prior), entry(y + 2)?.unit == .year { last = y + 2 }
        else if isWord(y, .the), entry(y + 1)?.unit == .year, isWord(y + 2, .before) || isWord(y + 2, .earlier) { last = y + 2 }
        else { return nil }
        let value: String
        let recentQuarter = lastQuarter.map { tokens[i].sentence - $0.sentence <= 2 } ?? false
        switch unit ?? (recentQuarter ? .quarter : .month) {
        case .quarter:
            if let q = lastQuarter, recentQuarter { value = Values.quarter(q.year - 1, q.quarter) }
            else { value = Values.period(.quarter, shift: -5, from: dct) }
        case .month:
            if let m = lastMonth { value = Values.month(m.year - 1, m.month) }
            else { value = Values.period(.month, shift: -12, from: dct) }
        case .week:
            value = Values.period(.week, shift: -52, from: lastDay.flatMap { CalendarDate(iso: $0) } ?? dct)
        default:
            guard let d = lastDay.flatMap({ CalendarDate(iso: $0) }) ?? dct else { return nil }
            value = Values.day(d.year - 1, d.month, min(d.day, CalendarDate.daysIn(month: d.month, year: d.year - 1)))
        }
        return Match(first: i, last: last, label: .date, value: value, rule: "dates:same-period", takesThe: true)
    }

    /// "the week of March 6", "the last week of March", "the first week of May 2021": an ISO week.
    private func weekOf(_ i: Int) -> Match? {
        var k = i
        var nth = 0 // 0: the week of a day, -1: the last week of a month
        if let o = ordinal(k), o.value <= 5 { nth = o.value; k = o.last + 1 }
        else if isWord(k, .last) || isWord(k, .final) { nth = -1; k += 1 }
        guard let e = entry(k), e.unit == .week, !e.unitPlural, isWord(k + 1, .of) else { return nil }
        if nth == 0 {
            guard let m = absoluteDate(k + 2), let d = CalendarDate(iso: m.value) else { return nil }
            return Match(first: i, last: m.last, label: .date, value: Values.week(d), rule: "dates:week-of", takesThe: true)
        }
        guard let m = monthAlone(k + 2) ?? absoluteDate(k + 2), m.value.utf8.count == 7, let y = Int(m.value.prefix(4)),
              let mo = Int(m.value.suffix(2)) else { return nil }
        // The first week holds the month's 4th day (as ISO weeks hold January 4); the last one the 4th day from the end.
        let day = nth > 0 ? 4 + 7 * (nth - 1) : CalendarDate.daysIn(month: mo, year: y) - 3
        guard day <= CalendarDate.daysIn(month: mo, year: y), let d = CalendarDate(year: y, month: mo, day: day) else { return nil }
        return Match(first: i, last: m.last, label: .date, value: Values.week(d), rule: "dates:week-of", takesThe: true)
    }

    /// "year-ago", "year-earlier" ("the year-ago quarter", "year-earlier profit"), "year-end" and
    /// the year of "mid-year".
    private func yearAgo(_ i: Int) -> Match? {
        guard let e = entry(i), e.unit == .year, !e.unitPlural else { return nil }
        var k = i + 1
        if isChar(k, 0x2D), attached(k) { k += 1 }
        // "year's end"
        if k == i + 1, k < n, tokens[k].length == 2, units[Int(tokens[k].start)] == 0x27, isWord(k + 1, .end) { k += 1 }
        if isWord(k, .end) {
            return Match(first: i, last: k, label: .date, value: Values.period(.year, shift: 0, from: dct), mod: "END", rule: "dates:year-end", takesThe: true)
        }
        // "by mid-year": the dct's year ("mid-" gives its mod)
        if k == i + 1, isChar(i - 1, 0x2D), attached(i), isWord(i - 2, .mid) {
            return Match(first: i, last: i, label: .date, value: Values.period(.year, shift: 0, from: dct), rule: "dates:mid-year")
        }
        guard isWord(k, .ago) || isWord(k, .earlier), k == i + 2 else { return nil }
        // "the year-ago third quarter", "the year-earlier period"
        if let o = ordinal(k + 1), o.value <= 4, entry(o.last + 1)?.unit == .quarter {
            return Match(first: i, last: o.last + 1, label: .date, value: Values.quarter(dct.map { $0.year - 1 }, o.value), rule: "dates:year-ago", takesThe: true)
        }
        if entry(k + 1)?.unit == .quarter && entry(k + 1)?.unitPlural == false || isWord(k + 1, .period) {
            return Match(first: i, last: k + 1, label: .date, value: Values.period(.quarter, shift: -5, from: dct), rule: "dates:year-ago", takesThe: true)
        }
        // "the year-earlier nine months": a span of time a year before
        if let q = quantity(k + 1), let v = q.value, let e = entry(q.last + 1), let unit = e.unit, e.unitPlural || v == 1 {
            return Match(first: i, last: q.last + 1, label: .duration, value: unit.duration(Values.number(v)), rule: "dates:year-ago-duration", takesThe: true)
        }
        // "year-earlier profit" in a report about a quarter: that quarter a year before
        if let q = lastQuarter, tokens[i].sentence - q.sentence <= 2 {
            return Match(first: i, last: k, label: .date, value: Values.quarter(q.year - 1, q.quarter), rule: "dates:year-ago-quarter")
        }
        return Match(first: i, last: k, label: .date, value: Values.period(.year, shift: -1, from: dct), rule: "dates:year-ago")
    }

    // MARK: Time of day

    private func timeOfDay(_ i: Int) -> Match? {
        var hour: Int, minute = 0, last: Int
        var explicitClock = false
        var glued: Bool? // a meridiem written onto the number: "7am", "10.30pm", "10:30am" (true: p.m.)
        if let t = gluedMeridiem(i) {
            hour = t.hour; minute = t.minute ?? 0; last = i; glued = t.pm
        } else if let h = digits(i), h >= 1, h <= 12, length(i) <= 2, isChar(i + 1, 0x3A), attached(i + 1), attached(i + 2),
                  let t = gluedMeridiem(i + 2), t.minute == nil, t.hour < 60, length(i + 2) == 4 {
            hour = h; minute = t.hour; last = i + 2; glued = t.pm
        } else if let h = digits(i), h <= 24, length(i) <= 2, isChar(i + 1, 0x3A), attached(i + 1), attached(i + 2),
           let m = digits(i + 2), length(i + 2) == 2, m < 60 {
            hour = h; minute = m; last = i + 2
            explicitClock = true
            if isChar(last + 1, 0x3A), attached(last + 1), let s = digits(last + 2), length(last + 2) == 2 {
                last += 2
                // "won in 2:05:41", "through halfway in 1:02:31": hours (one digit), minutes and seconds
                // without a clock's signal before them or a meridiem or zone after them are a race's
                // time ("the clock read 11:45:30" is a clock's)
                if s < 60, length(i) == 1, !Self.clockSignals.contains(where: { isWord(i - 1, $0) }), !isWord(last + 1, .am), !isWord(last + 1, .pm),
                   (entry(last + 1)?.zone ?? -1) < 0, timeReference(last + 1) == nil {
                    let value = "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 ? "\(m)M" : "") + "\(s)S"
                    return Match(first: i, last: last, label: .duration, value: value, rule: "dates:elapsed-time")
                }
            }
        } else if let h = digits(i), h >= 1, h <= 12, length(i) <= 2, isWord(i + 1, .am) || isWord(i + 1, .pm) || isWord(i + 1, .oclock) {
            hour = h; last = i
        } else if let e = entry(i), e.cardinal >= 1, e.cardinal <= 12, isWord(i + 1, .oclock) {
            // "nine o'clock": a spelled hour before "o'clock"
            hour = Int(e.cardinal); last = i
        } else if let h = digits(i) ?? entry(i).flatMap({ $0.cardinal >= 1 && $0.cardinal <= 12 ? Int($0.cardinal) : nil }), h >= 1, h <= 12,
                  length(i) <= 2 || entry(i) != nil, isWord(i + 1, .inWord), isWord(i + 2, .the), let p = entry(i + 3), p.partOfDay > 0,
                  folded[Int(tokens[i + 3].end) - 1] != 0x73 {
            // "4 in the morning", "eight in the evening"
            hour = h == 12 ? (p.partOfDay == 1 ? 0 : 12) : (p.partOfDay == 1 ? h : h + 12)
            last = i + 3
        } else if let h = digits(i), length(i) == 4, let z = entry(i + 1), z.zone >= 0, h / 100 < 24, h % 100 < 60 {
            hour = h / 100; minute = h % 100; last = i
            explicitClock = true
        } else if let t = dottedClock(i), (entry(i + 1)?.zone ?? -1) >= 0 && tokens[i + 1].shape == .upper || timeReference(i + 1) != nil {
            // "09.30 GMT", "14.05 local time": the British 24-hour clock, with its zone or reference
            hour = t.hour; minute = t.minute; last = i
            explicitClock = true
        } else if let w = word(i), w == .noon || w == .midnight || w == .midday, !isText(i - 1, "high") {
            hour = w == .midnight ? 24 : 12; last = i
            explicitClock = true
        } else if digits(i) == 12, length(i) == 2, let w = word(i + 1), w == .noon || w == .midnight {
            // "12 noon", "12 midnight": one time
            hour = w == .midnight ? 24 : 12; last = i + 1
            explicitClock = true
        } else {
            return nil
        }
        var meridiem = false
        if let pm = glued {
            meridiem = true
            guard hour >= 1, hour <= 12 else { return nil }
            if pm, hour < 12 { hour += 12 }
            if !pm, hour == 12 { hour = 0 }
        } else if isWord(last + 1, .am) || isWord(last + 1, .pm) {
            meridiem = true
            if isWord(last + 1, .pm), hour < 12 { hour += 12 }
            if isWord(last + 1, .am), hour == 12 { hour = 0 }
            last += 1
            // "p.m" written without its last period
            if isChar(last + 1, 0x2E), attached(last + 1), length(last) == 3 { last += 1 }
        } else if isWord(last + 1, .oclock) {
            last += 1
        }
        // "9 o'clock in the morning", "10:30 in the evening"
        if !meridiem || isWord(last, .oclock), isWord(last + 1, .inWord), isWord(last + 2, .the), let p = entry(last + 3), p.partOfDay > 0,
           folded[Int(tokens[last + 3].end) - 1] != 0x73 {
            if p.partOfDay >= 2, hour < 12 { hour += 12 }
            last += 3
            meridiem = true
        }
        var utc = false
        var zoned = false
        if let z = entry(last + 1), z.zone >= 0, tokens[last + 1].shape == .upper {
            utc = lex.zones[Int(z.zone)].utc
            zoned = true
            last += 1
        }
        if explicitClock, !meridiem, !zoned, word(i) != .noon, word(i) != .midnight, word(i) != .midday {
            // A bare "10:30" needs a signal before it ("at 10:30") or "local time"/"hours" after it.
            let before = word(i - 1)
            let signal = before.map { Self.clockSignals.contains($0) } ?? false
            let after = timeReference(last + 1) != nil || entry(last + 1)?.unit == .hour
            if !signal, !after { return nil }
        }
        // A day after the time: "10:30 a.m. Friday", "noon yesterday", "9 p.m. EST, Nov. 9"
        var dayValue: String? = dct.map { Values.day($0) }
        // "on Tuesday", "on September 18, 2021" after the time, or a day named earlier in the sentence
        // or in the one before, on the same side of the dct as the time's tense points ("Thieves
        // struck on Sunday morning. They arrived at 9:30 a.m."; not "paid on June 2. Shares rose by
        // 10:20 a.m.")
        let dctDay = dayValue
        // ("monsoon rains that the typhoon has been drawing in since Sunday, the mayor ordered
        // families out from 2 p.m.": a day that opens a stretch of time is no event's)
        let sinceDay = lastDayBounds && lastEventDay?.value == lastDay
        // (not a day inside a quotation for a time in its attribution: "“... by Wednesday morning,”
        // he told reporters at 7:30 a.m.")
        // (nor a day ahead for a time told in the past after it: "Owners will receive letters from
        // Monday, ... the company said in a filing posted at 6:30 p.m.")
        if let lastDay, lastDaySentence == tokens[i].sentence, !lastDayBounds, !(lastDayToken < i && closingQuote(in: lastDayToken + 1 ..< i)),
           !(cueBefore(i) == .past && dct.map { lastDay > Values.day($0) } ?? false
             && sentenceCues(i).contains { $0.tense == .past && $0.position > lastDayToken && $0.position < i }) {
            dayValue = lastDay
        } else if let e = lastEventDay, e.sentence == tokens[i].sentence - 1, !sinceDay, !marketTime(i),
                  !(word(i) == .midnight && isWord(i - 1, .from)), // ("prices rise from midnight": the coming one)
                  (dct.map { e.value <= Values.day($0) } ?? false) == (cueBefore(i) != .future) {
            dayValue = morningAfterLateEvent(e.value, hour: hour) ?? e.value
        } else if let e = lastEventDay, e.sentence < tokens[i].sentence - 1, !sinceDay, !marketTime(i), cueBefore(i) == .past, hour >= 7, hour < 24, let d = dct,
                  e.value == Values.day(d.adding(days: -1)) {
            // A past clock time in a story of the day before the dct takes that day ("a court
            // convicted him on Tuesday ... The verdict was read at 4:40 p.m."), not the small hours
            // after a late event ("By 3 a.m. the lava had stopped"), nor a market's price by a time
            // ("copper rose 1.3 percent by 10:40 a.m."), the dct's
            dayValue = morningAfterLateEvent(e.value, hour: hour) ?? e.value
        } else if let e = lastEventDay, lastEventLate, e.sentence < tokens[i].sentence - 1, !sinceDay, !marketTime(i), cueBefore(i) == .past,
                  hour >= 18, hour < 24, !isWord(i - 1, .to), !isWord(i - 1, .until), dct.map({ e.value < Values.day($0) }) ?? false {
            // An evening's clock time told in the past, in a story whose last event day was named
            // late and lies before the dct, takes that day ("the roof gave way in high winds late
            // Saturday ... a guard heard the steel frame buckle at 11:40 p.m.")
            dayValue = e.value
        } else if let day = storyDay, lastEventDay.map({ e in dct.map { e.value > Values.day($0) } ?? false }) ?? false,
                  lastDaySentence != tokens[i].sentence, !marketTime(i), cueBefore(i) == .past, hour >= 7, hour < 24 {
            // (and so does one after a day ahead was named, in a story of the day before the dct:
            // "was sentenced on Wednesday ... at a hearing on March 19 ... the sentence was read at 3:20 p.m.")
            dayValue = day
        }
        // "Polling stations will open at 8 a.m. and close at 4 p.m.": without a day of their own,
        // the polls' times ahead are on the vote's day named before
        if dayValue == dctDay, let vote = voteDay, cueBefore(i) != .past, pollsOpenOrClose(i) { dayValue = vote }
        let contextDay = dayValue
        var k = last + 1
        if isChar(k, 0x2C), attached(k) { k += 1 }
        var dayNamed = false
        if isWord(k, .the), isWord(k + 1, .next) || isWord(k + 1, .following), entry(k + 2)?.unit == .day, entry(k + 2)?.unitPlural == false,
           let d = anchoredShift(.day, 1, at: i) {
            // "1 a.m. the next day": the day after the one just named (a span of its own)
            dayValue = d
            dayNamed = true
        } else if k < n, tokens[k].line == tokens[last].line, let d = dayReference(k, start: i) {
            dayValue = d.value
            last = d.last
            dayNamed = true
        } else if case let on = timeReference(last + 1).map({ $0 + 1 }) ?? last + 1, isWord(on, .on),
                  let d = dayReference(on + 1, start: i) {
            // "at 9:00 on Friday", "at 9:00 local time on Friday", "at 10:15 p.m. Beijing time on Tuesday"
            dayValue = d.value
            dayNamed = true
        } else if case let k = timeReference(last + 1).map({ $0 + 1 }) ?? last + 1, isWord(k, .next) || isWord(k, .last) || isWord(k, .this),
                  (entry(k + 1)?.weekday ?? 0) > 0, let m = relative(k), m.value.utf8.count == 10 {
            // "kicks off at 8:30 p.m. next Friday": the day named after the time (a span of its own)
            dayValue = m.value
        } else if isWord(last + 1, .to) || isWord(last + 1, .until) || isWord(last + 1, .and) || isChar(last + 1, 0x2D),
                  last + 3 < n, tokens[last + 2].kind == .number || tokens[last + 2].shape == .alphanumeric || word(last + 2) == .noon
                    || word(last + 2) == .midnight,
                  let on = (last + 3 ... min(n - 1, last + 6)).first(where: { isWord($0, .on) || tokens[$0].kind == .punctuation && !isChar($0, 0x2E) }),
                  isWord(on, .on), let d = dayReference(on + 1, start: i) {
            // "from 7am to 8pm on Sunday": the first time is on the range's day too
            dayValue = d.value
        } else if case let after = timeReference(last + 1).map({ $0 + 1 }) ?? last + 1,
                  let close = isChar(after, 0x29) ? after : isChar(after, 0x28) ? (after + 1 ..< min(n, after + 7)).first(where: { isChar($0, 0x29) }) : nil {
            // "at 10:35 a.m. (0735 GMT) Friday": the day after a parenthesis, for both times
            let d = isWord(close + 1, .on) ? close + 2 : close + 1
            if d < n, tokens[d].line == tokens[last].line, let day = dayReference(d, start: i) { dayValue = day.value }
        }
        // Midnight opens a day, as the corpus writes it: "took effect at midnight on July 8" is
        // July 8's T00:00; after a day in view ("opened on Wednesday and ran past midnight") the
        // next day's, and so is the coming one ("prices rise from midnight"); in a past sentence
        // without a day, the one that opened the dct's day ("had stopped running by midnight").
        // "shortly before midnight" closes its day (T24:00).
        if hour == 24, !isWord(i - 1, .before) {
            hour = 0
            let pastTonight = dayValue == dctDay && cueBefore(i) == .past
            if !dayNamed, !pastTonight, let d = dayValue.flatMap({ CalendarDate(iso: $0) }) { dayValue = Values.day(d.adding(days: 1)) }
        }
        // A time in a clause of a daily recurrence ("will park them every day from 6 a.m. to 9 p.m.",
        // "a daily flight leaving at 11:35 p.m.") is a time of any day, unless a day is named with it.
        if !dayNamed, recurrenceInClause(i) || newTimetable(i) || ruledWindow(i) { dayValue = nil }
        // A clock time in a sentence told in the simple present, with no day of its own, is a habit
        // or a timetable: "The service publishes a new forecast at 4 p.m."
        // (so is one in a relative clause in the simple present, when no event's day is in view:
        // "regular trading, which runs from 9 a.m. to 3:30 p.m.")
        if !dayNamed, dayValue == contextDay, lastDaySentence != tokens[i].sentence,
           habitualPresent(i) || habitualRelative(i) && dayValue == dct.map({ Values.day($0) }) { dayValue = nil }
        // "spilled over at 10:45 p.m. on Wednesday, and the gauge peaked at 2:30 a.m.": a time of
        // the early morning told after one of the evening of the same day is the next day's (not
        // the end of a window of hours: "between 10 p.m. and 3 a.m."), and so is an earlier hour
        // in the same sentence ("entered the water at 11:48 p.m. on Monday and touched the rocks at
        // 2:10 p.m."; not the same moment in UTC)
        if !dayNamed, let c = lastClock, hour < 9 || !utc && hour < c.hour && tokens[i].sentence == tokens[c.last].sentence, c.hour >= 18, c.last < i, i - c.last <= 40, let day = dayValue, c.day == day,
           !isWord(i - 1, .and), !isWord(i - 1, .to), !isChar(i - 1, 0x2D), !inPastPerfect(i), let d = CalendarDate(iso: day) {
            dayValue = Values.day(d.adding(days: 1))
        }
        // "kickoff at 7:30 p.m. local time (0030 GMT)": the same moment in UTC, a day later when
        // the hours are more than half a day apart (a day earlier the other way)
        if utc, isChar(i - 1, 0x28), let c = lastClock, c.last >= i - 5, c.last < i - 1, !dayNamed,
           let d = c.day.flatMap({ CalendarDate(iso: $0) }) {
            let apart = c.hour - hour
            dayValue = Values.day(d.adding(days: apart > 12 ? 1 : apart < -12 ? -1 : 0))
        }
        lastClock = (last, hour, dayValue)
        var value = (dayValue ?? "XXXX-XX-XX") + "T" + Values.pad(hour, 2) + ":" + Values.pad(minute, 2)
        if utc { value += "Z" }
        return Match(first: i, last: last, label: .time, value: value, rule: "dates:time-of-day")
    }

    /// Whether the day named from token `first` opens or closes a stretch of time: "since
    /// Sunday", "backdated to January 1", "the three months to June 30", "the quarter ended Sept. 30".
    private func boundsStretch(_ first: Int) -> Bool {
        if isWord(first - 1, .since) || isWord(first - 1, .to) && isText(first - 2, "backdated") { return true }
        return (isWord(first - 1, .to) || isText(first - 1, "ended") || isText(first - 1, "ending")) && entry(first - 2)?.unit != nil
    }

    /// The day after `day`, when the last event day was named late in the day and the clock time
    /// (`hour`) is of the early morning, before 9 a.m., and that day is not after the dct: "the
    /// meeting ended late Wednesday ... The decision was posted at 7:30 a.m." is Thursday's.
    private func morningAfterLateEvent(_ day: String, hour: Int) -> String? {
        guard lastEventLate, hour < 9, let d = CalendarDate(iso: day), let dct, d.adding(days: 1) <= dct else { return nil }
        return Values.day(d.adding(days: 1))
    }

    /// Whether the clock time at `i` dates a market's price: "by", or "at" after a price, before
    /// it and a percentage in its sentence ("Brent rose 1.4 percent to $61.20 a barrel by 0930
    /// GMT", "were up 1.8% at $63.40 at 11:30 a.m.", "rose 2.3 percent by the 11:30 a.m. break").
    private func marketTime(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        // ("at" after a price or a percentage: not "trading was halted at 2:02 p.m.")
        let atPrice = isWord(i - 1, .at) && (tokens[i - 2].kind == .number || isText(i - 2, "percent") || isChar(i - 2, 0x25))
        // (a level reached by the time: "the won recovered to 1,466 by 3:30 p.m.")
        if isWord(i - 1, .by), i >= 3, tokens[i - 2].kind == .number, isWord(i - 3, .to) { return true }
        return (isWord(i - 1, .by) || atPrice || isWord(i - 1, .the) && isWord(i - 2, .by))
            && s < text.sentences.count && text.sentences[s].contains { isText($0, "percent") || isChar($0, 0x25) }
    }

    /// Whether the sentence of token `i` is told in the simple present with no day in it: no
    /// past or future cue but a quotation's attribution, no "is"/"are" ("The service publishes
    /// a new forecast at 4 p.m.", "Cars pay $6.40 from 6 a.m. to 9 a.m."): a habit or a
    /// timetable, not one day's event.
    /// Not a time in brackets after another ("10:15 a.m. (1315 GMT)"), before a noun ("its 10
    /// a.m. advisory"), nor in a sentence with a verb whose past is its present ("crews shut the
    /// road at 5:30 a.m.").
    private func habitualPresent(_ i: Int) -> Bool {
        // (the attribution after a quotation is not the quote's tense: "“... leaves at 5.50pm,” she said")
        guard sentenceCues(i).allSatisfy({ $0.position > i && quotedBefore($0.position, after: i) }), !isChar(i - 1, 0x28),
              !Self.determiners.contains(where: { isText(i - 1, $0) }) else { return false }
        let s = Int(tokens[i].sentence)
        // ("publishes a new forecast at 4 p.m.": a noun after a determiner is no verb)
        return s < text.sentences.count && !text.sentences[s].contains { k in
            Self.pastAsPresent.contains { isText(k, $0) } && !Self.determiners.contains { isText(k - 1, $0) } && !isText(k - 1, "new")
        }
    }

    /// Whether the clock time at `i` is in a relative clause told in the simple present: "regular
    /// trading, which runs from 9 a.m. to 3:30 p.m.", "workers who start their shifts at 5 a.m.":
    /// "which" or "who" at most five tokens before it, then a verb that is no tense cue but a
    /// plan's (`runs`, `start`), or none, and does not end in -ed, with no other cue, comma or
    /// day between.
    private func habitualRelative(_ i: Int) -> Bool {
        guard let r = (max(0, i - 6) ..< i).last(where: { isText($0, "which") || isText($0, "who") }), r + 1 < i,
              tokens[r + 1].kind == .word, tokens[r + 1].shape == .lower, entry(r + 1).map({ $0.planVerb }) ?? true, !endsInEd(r + 1),
              !(r + 1 ..< i).contains(where: { isChar($0, 0x2C) || (entry($0)?.weekday ?? 0) > 0 }) else { return false }
        return !sentenceCues(i).contains { $0.position > r + 1 && $0.position < i }
    }

    /// Words that follow "a second" as a stretch of time: "a second later", "for a second or two".
    private static let afterASecond: [StaticString] = ["or", "and", "to", "too", "longer", "more", "of", "for", "in", "at", "on", "the",
                                                       "it", "he", "she", "they", "we", "i", "you", "is", "was", "as", "but", "then",
                                                       "that", "there", "with", "without", "before", "after", "ago", "late", "early"]

    /// Adjectives of a run after an ordinal: "a second straight term", "a third consecutive loss".
    private static let seriesAdjectives: [StaticString] = ["straight", "consecutive", "successive", "full"]

    /// Verbs whose simple past is written as their present.
    private static let pastAsPresent: [StaticString] = ["shut", "cut", "hit", "set", "put", "let", "spread", "cost", "quit", "burst", "split", "hurt", "cast", "read", "beat", "bid", "broadcast", "forecast"]

    /// Whether the clause of token `i` (its sentence, up to a comma or semicolon either way) has
    /// a recurrence of a day or longer: "every day", "each morning", "nightly", "daily", "every
    /// Sunday", "on Fridays"; or a window of hours kept until a day or for days ("shut from
    /// 11 p.m. to 6:30 a.m. until Dec. 8", "a curfew from 7 p.m. to 6 a.m. until Tuesday"). ("every hour from 10 p.m." starts on one night.)
    private func recurrenceInClause(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        let sentence = text.sentences[s]
        func recurrence(_ k: Int) -> Bool {
            // ("will not sit on Fridays")
            if let e = entry(k), e.weekday > 0, e.weekdayPlural, isCapitalized(k) { return true }
            // ("cleared by midnight on weekends", "after 8 p.m. on those days", "from 4 a.m. to 8 p.m.
            // on its supply days"; not a count: "on six days")
            if let e = entry(k), e.unit == .weekend || e.unit == .day, e.unitPlural,
               let on = (max(0, k - 3) ..< k).last(where: { isWord($0, .on) || isWord($0, .at) }),
               (on + 1 ..< k).allSatisfy({ tokens[$0].kind == .word && tokens[$0].shape == .lower && entry($0) == nil }) { return true }
            // ("the session that normally runs from 5:15 p.m. to 3 a.m.", "a curfew from 8 p.m. to 6 a.m.")
            // (not an adverb of manner after a verb: "was working normally again by 11:30 a.m.")
            // (nor after a past verb: "climbed normally until its engine shut down")
            if Self.habitWords.contains(where: { isText(k, $0) }), !isText(k + 1, "again"), !endsInEd(k - 1) { return true }
            // ("will run four times a week with an A350, leaving at 11:45 p.m.": a rate of the week or day)
            if isWord(k, .a), isWord(k - 1, .times) || isWord(k - 1, .twice) || isWord(k - 1, .once),
               let u = entry(k + 1)?.unit, u == .week || u == .day { return true }
            guard let w = word(k), w == .daily || w == .nightly || w == .weekly || w == .every || w == .each, let m = setExpression(k) else { return false }
            // an adjective after the time names a series the time is one of: "the figure, taken at
            // 8 a.m. in the union's daily count" (not "a daily flight leaving at 11:35 p.m.")
            if k > i, w == .daily || w == .nightly, k + 1 < n, tokens[k + 1].kind == .word, tokens[k + 1].shape == .lower, entry(k + 1) == nil {
                return false
            }
            // (a service every few minutes through a window of hours: "trains will run every four
            // minutes at peak hours, from 7 a.m. to 10 a.m."; not "updates every hour from 10 p.m.")
            if window, m.value.hasPrefix("PT") { return true }
            return m.value == "P1D" || m.value == "P1W" || m.value.hasPrefix("XXXX-XX-XXT") || m.value.hasPrefix("XXXX-WXX-") && m.value != "XXXX-WXX-WE"
        }
        // whether the time is one end of a window of hours with no day named in it or after it:
        // "from 7 a.m. to 10 a.m." (not "from 10 p.m. to 6 a.m. on Saturday")
        let opening = windowOpening(i, in: sentence, before: min(n, i + 4))
        let window = opening != nil
            && !(min(opening ?? i, i) ..< sentence.upperBound).contains { k in
                // (a plural weekday or one after "every" recurs: "on Sundays as well, from 9 a.m. to 6 p.m.")
                entry(k).map { $0.weekday > 0 && !$0.weekdayPlural && !isWord(k - 1, .every) || $0.month > 0 && isCapitalized(k) } ?? false
                    || [Word.today, .tonight, .tomorrow, .yesterday].contains { isWord(k, $0) }
            }
        func clauseBreak(_ k: Int) -> Bool { isChar(k, 0x2C) || isChar(k, 0x3B) }
        // A participle's clause goes on the one before it: "Flights will operate on Tuesdays and
        // Saturdays, leaving at 8:45 a.m., with the return leg departing Lagos at 2:05 p.m."
        // (and "the first" or "the last" before it: "buses carry workers every day, the first leaving at 5 a.m.")
        func participleClause(_ c: Int) -> Bool {
            (c + 1 ... min(n - 1, c + 5)).contains { j in
                endsInIng(j, length: 6) && (j == c + 1 || isText(c + 1, "with") && !(c + 2 ..< j).contains { clauseBreak($0) }
                    || j == c + 3 && isWord(c + 1, .the) && (isText(c + 2, "first") || isText(c + 2, "last")))
            }
        }
        var k = i - 1
        var from = false
        while k >= sentence.lowerBound {
            if clauseBreak(k) {
                // (a window of hours after a comma goes on the clause before it: "will run every four
                // minutes at peak hours, from 7 a.m. to 10 a.m.")
                // (an adverb may come first: ", mostly between 1 a.m. and 5 a.m.")
                let w = isAdverbInLy(k + 1) ? k + 2 : k + 1
                // (so do the times of a rate after a comma: "publish updates twice a day, at 9 a.m. and 6 p.m.";
                // and a clause of "when" on the recurrence: "every Wednesday, when staff stop work at 1 p.m.")
                guard isChar(k, 0x2C), participleClause(k) || window && (isWord(w, .from) || isWord(w, .between)) || timesAfterAt(k + 1, i)
                        || isText(k + 1, "when") && !(k + 2 ..< i).contains(where: { isChar($0, 0x2C) }) else { break }
            } else if recurrence(k) { return true }
            if isWord(k, .from) { from = true }
            k -= 1
        }
        k = i + 1
        while k < sentence.upperBound, !clauseBreak(k) {
            if recurrence(k) { return true }
            // a window of hours kept over days: "shut from 11 p.m. to 6:30 a.m. until Dec. 8",
            // "closed from 8 p.m. to 6 a.m. for seven weeks"
            if from, k > i + 1, isWord(k, .until) || isWord(k, .through),
               monthName(k + 1) != nil || isText(k + 1, "further") || (entry(k + 1)?.weekday ?? 0) > 0 && isCapitalized(k + 1) { return true }
            if from, k > i + 1, isWord(k, .forWord), let q = quantity(k + 1), let u = entry(q.last + 1), u.unitPlural,
               u.unit == .day || u.unit == .week || u.unit == .month { return true }
            k += 1
        }
        return false
    }

    /// Whether token `at` is "at" and only clock times and "and" come between it and the clock
    /// time at `i`: "at 9 a.m. and 6 p.m.".
    private func timesAfterAt(_ at: Int, _ i: Int) -> Bool {
        isWord(at, .at) && (at + 1 ..< i).allSatisfy { k in
            tokens[k].kind == .number || isText(k, "a.m.") || isText(k, "p.m.") || isChar(k, 0x3A) || isWord(k, .and) || isChar(k, 0x2C)
        }
    }

    /// Whether the clock time at `i` is one end of a window of hours ("between 6am and 8am",
    /// "from 7 a.m. to 7 p.m.") in a sentence that names no day and sets a rule (a bid, a ban, "only",
    /// "may", "must", "should", "urged") or a schedule ahead ("will"): a rule for every day ("gardens
    /// may be watered only between 6am and 8am", "told employers to halt outdoor work between 11 a.m.
    /// and 3:30 p.m.", "residential areas will lose power between 5 a.m. and 1 p.m.").
    private func ruledWindow(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        let sentence = text.sentences[s]
        // (a rule: a bid, "only", or a modal of permission or duty; not a forecast of one day:
        // "winds would reach the coast between 2am and 6am")
        // (told in the past, only a bid: "ran most lines only between 6:30 a.m. and 9:30 a.m." was one day's)
        // (a ban before the window is a rule, told in the past too: "banned the washing of cars
        // between 8 a.m. and 9 p.m.")
        guard nearestCueIsBid(i) || (sentence.lowerBound ..< i).contains(where: { k in Self.banWords.contains { isText(k, $0) } })
                || !pastCueInClause(before: i) && sentence.contains(where: { k in
            isText(k, "only") || isText(k, "may") || isText(k, "must") || isText(k, "should") || isText(k, "urged") || isText(k, "will")
        }) else { return false }
        guard windowOpening(i, in: sentence, before: i) != nil else { return false }
        // (a recurring day names none: "and open until 9 p.m. every Thursday")
        return !sentence.contains { k in
            entry(k).map { $0.weekday > 0 && !$0.weekdayPlural && !isWord(k - 1, .every) && !isWord(k - 1, .each) || $0.month > 0 && isCapitalized(k) } ?? false
                || [Word.today, .tonight, .tomorrow, .yesterday, .overnight].contains { isWord(k, $0) }
        }
    }

    /// Words of a ban: a window of hours after one is a rule for every day.
    private static let banWords: [StaticString] = ["ban", "bans", "banned", "banning", "barred", "prohibited", "prohibits", "forbids", "forbidden"]

    /// The "from" or "between" that opens a window of hours with the clock time at `i` as one end
    /// ("from 7 a.m. to 10 a.m.", "between 6am and 8am"), looked for from seven tokens back up to
    /// token `limit`; nil when there is none or no other end follows "to", "and" or "until".
    private func windowOpening(_ i: Int, in sentence: Range<Int>, before limit: Int) -> Int? {
        guard let opening = (max(sentence.lowerBound, i - 7) ..< limit).last(where: { isWord($0, .from) || isWord($0, .between) }),
              (i - 1 ..< min(n, i + 6)).contains(where: { k in
                  (isWord(k, .to) || isWord(k, .until) || isWord(k, .and)) && (k == i - 1 || clockStart(k + 1))
              }) else { return nil }
        return opening
    }

    /// Whether token `k` is a lower-case adverb in -ly ("mostly", "usually").
    private func isAdverbInLy(_ k: Int) -> Bool {
        guard k >= 0, k < n, tokens[k].shape == .lower, tokens[k].length >= 4 else { return false }
        let end = Int(tokens[k].end)
        return folded[end - 2] == 0x6C && folded[end - 1] == 0x79
    }

    /// Whether token `k` can open a clock time: digits ("10", "10:30"), digits with the meridiem
    /// written on ("8am"), "noon" or "midnight".
    private func clockStart(_ k: Int) -> Bool {
        guard k < n else { return false }
        if tokens[k].kind == .number || word(k) == .noon || word(k) == .midnight { return true }
        let d = folded[Int(tokens[k].start)]
        return tokens[k].shape == .alphanumeric && d >= 0x30 && d <= 0x39
    }

    /// Whether the sentence of the clock time at `i` opens with the day a new timetable starts,
    /// set off by a comma: "From April 1, continuous trading will start at 8:30 a.m. rather than
    /// 9 a.m." (every trading day from then on, not April 1 alone).
    private func newTimetable(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count, let first = text.sentences[s].first, lastDaySentence == tokens[i].sentence,
              isText(first, "from") || isText(first, "starting") || isText(first, "beginning") || isText(first, "effective"),
              lastDayToken > first, lastDayToken <= first + 5, lastDayToken + 1 < i, isChar(lastDayToken + 1, 0x2C) else { return false }
        return true
    }

    /// Whether "aged" comes before token `i` with only counts, units and the words of a range
    /// between them: "aged between six months and nine years", "aged 6 months to 5 years".
    private func agedBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 8) {
            if isText(k, "aged") { return true }
            guard tokens[k].kind == .number || entry(k).map({ $0.cardinal >= 0 || $0.unit != nil }) == true
                    || isWord(k, .and) || isWord(k, .to) || isWord(k, .between) || isWord(k, .from) || isChar(k, 0x2D) else { return false }
            k -= 1
        }
        return false
    }

    /// A number token written `HH.MM` or `H.MM` ("09.30", "9.30"): its hour and minute.
    private func dottedClock(_ i: Int) -> (hour: Int, minute: Int)? {
        guard i < n, tokens[i].kind == .number, tokens[i].length == 4 || tokens[i].length == 5 else { return nil }
        let r = Int(tokens[i].start), len = tokens[i].length
        func digit(_ o: Int) -> Int? { let u = folded[r + o]; return u >= 0x30 && u <= 0x39 ? Int(u - 0x30) : nil }
        guard folded[r + len - 3] == 0x2E, let m1 = digit(len - 2), let m2 = digit(len - 1), let h2 = digit(len - 4) else { return nil }
        var hour = h2
        if len == 5 { guard let h1 = digit(0) else { return nil }; hour += 10 * h1 }
        let minute = m1 * 10 + m2
        guard hour <= 23, minute < 60 else { return nil }
        return (hour, minute)
    }

    /// "local time", "Beijing time", "Eastern time" at `k`, which name the clock a time is read on:
    /// the index of "time", else nil.
    private func timeReference(_ k: Int) -> Int? {
        if isWord(k, .local), isWord(k + 1, .time) { return k + 1 }
        guard k < n, isCapitalized(k), tokens[k].kind == .word else { return nil }
        if isWord(k + 1, .time) { return k + 1 }
        return k + 2 < n && isCapitalized(k + 1) && tokens[k + 1].kind == .word && isWord(k + 2, .time) ? k + 2 : nil
    }

    /// A clock time with its meridiem written on: `7am`, `10pm`, `10.30am`, `30pm` (the token
    /// after the colon in `10:30pm`, read as an hour of 30 that the caller takes as minutes).
    private func gluedMeridiem(_ i: Int) -> (hour: Int, minute: Int?, pm: Bool)? {
        guard i >= 0, i < n, tokens[i].shape == .alphanumeric || tokens[i].kind == .number else { return nil }
        let r = tokens[i].range
        guard r.count >= 3, r.count <= 7, folded[r.upperBound - 1] == 0x6D else { return nil }
        let m = folded[r.upperBound - 2]
        guard m == 0x61 || m == 0x70 else { return nil }
        var first = 0, second = 0, digitsFirst = 0, digitsSecond = 0, separator = false
        for k in r.lowerBound ..< r.upperBound - 2 {
            let u = folded[k]
            if u >= 0x30, u <= 0x39 {
                if separator { second = second * 10 + Int(u - 0x30); digitsSecond += 1 } else { first = first * 10 + Int(u - 0x30); digitsFirst += 1 }
            } else if (u == 0x2E || u == 0x3A), !separator, digitsFirst > 0 {
                separator = true
            } else {
                return nil
            }
        }
        guard digitsFirst >= 1, digitsFirst <= 2, !separator || digitsSecond == 2, second < 60 else { return nil }
        return (first, separator ? second : nil, m == 0x70)
    }

    /// A day named after a time: weekday, today/yesterday/tomorrow, or month and day.
    private func dayReference(_ i: Int, start: Int) -> (value: String, last: Int)? {
        guard i < n, tokens[i].kind != .punctuation else { return nil }
        if let e = entry(i), e.weekday > 0, !e.weekdayAbbrev, !e.weekdayPlural, isCapitalized(i) {
            // "at 5pm on Tuesday 24 March", "at 9 a.m. on Friday, Oct. 3": the date written after the day
            let d = isChar(i + 1, 0x2C) ? i + 2 : i + 1
            if let m = absoluteDate(d), m.value.utf8.count == 10 { return (m.value, m.last) }
            return (resolveWeekday(Int(e.weekday), at: i, start: start), i)
        }
        if let w = word(i), let v = deicticDay(w) { return (v, i) }
        // "10 o'clock this morning", "at 4 p.m. this afternoon": the dct's day, the part with it
        if isWord(i, .this), let p = entry(i + 1), p.partOfDay > 0, let v = deicticDay(.today) { return (v, i + 1) }
        if let m = absoluteDate(i), m.value.utf8.count == 10 { return (m.value, m.last) }
        // "at 2 a.m. on New Year's Day"
        if let e = entry(i), e.startsHoliday, isCapitalized(i), let m = holiday(i), m.value.utf8.count == 10 { return (m.value, m.last) }
        return nil
    }

    private func deicticDay(_ w: Word) -> String? {
        switch w {
        case .today, .tonight: return Values.period(.day, shift: 0, from: dct)
        case .yesterday: return Values.period(.day, shift: -1, from: dct)
        case .tomorrow: return Values.period(.day, shift: 1, from: dct)
        default: return nil
        }
    }

    // MARK: Absolute dates

    /// A month name at `i` usable in a date (English ones capitalized).
    private func monthName(_ i: Int) -> (month: Int, last: Int, abbrev: Bool)? {
        guard let e = entry(i), e.month > 0 else { return nil }
        if e.monthEnglish, !isCapitalized(i) { return nil }
        var last = i
        if isChar(i + 1, 0x2E), attached(i + 1), e.monthAbbrev { last = i + 1 }
        return (Int(e.month), last, e.monthAbbrev)
    }

    /// The day and clock time of an ISO 8601 date-time from token `k` on ("25T08", ":", "30",
    /// and optionally ":", "00", with "Z" written on the last): a `TIME` from the year's token.
    private func isoDateTime(year: Int, month: Int, at k: Int) -> Match? {
        guard k < n, tokens[k].shape == .alphanumeric, tokens[k].length == 5 else { return nil }
        let r = Int(tokens[k].start)
        func digit(_ o: Int) -> Int? { let u = folded[r + o]; return u >= 0x30 && u <= 0x39 ? Int(u - 0x30) : nil }
        guard let d1 = digit(0), let d2 = digit(1), folded[r + 2] == 0x74, let h1 = digit(3), let h2 = digit(4) else { return nil }
        let day = d1 * 10 + d2, hour = h1 * 10 + h2
        guard CalendarDate(year: year, month: month, day: day) != nil, hour <= 24,
              isChar(k + 1, 0x3A), attached(k + 1), attached(k + 2) else { return nil }
        // minutes, then seconds, each two digits; the last may carry "Z"
        func part(_ j: Int) -> (value: Int, utc: Bool)? {
            guard j < n, tokens[j].length == 2 || tokens[j].length == 3 else { return nil }
            let s = Int(tokens[j].start)
            let u0 = folded[s], u1 = folded[s + 1]
            guard u0 >= 0x30, u0 <= 0x35, u1 >= 0x30, u1 <= 0x39 else { return nil }
            if tokens[j].length == 3 { guard folded[s + 2] == 0x7A else { return nil } }
            return (Int(u0 - 0x30) * 10 + Int(u1 - 0x30), tokens[j].length == 3)
        }
        guard let minute = part(k + 2) else { return nil }
        var last = k + 2
        var value = Values.day(year, month, day) + "T" + Values.pad(hour, 2) + ":" + Values.pad(minute.value, 2)
        var utc = minute.utc
        if !utc, isChar(k + 3, 0x3A), attached(k + 3), attached(k + 4), let second = part(k + 4) {
            value += ":" + Values.pad(second.value, 2)
            utc = second.utc
            last = k + 4
        }
        if utc { value += "Z" }
        return Match(first: k - 4, last: last, label: .time, value: value, rule: "dates:iso-date-time")
    }

    /// A day of month: `25`, `25th`, `twenty-fifth`.
    private func dayNumber(_ i: Int) -> (day: Int, last: Int)? {
        if let d = digits(i), length(i) <= 2, d >= 1, d <= 31 { return (d, i) }
        if let d = ordinalDigits(i), d >= 1, d <= 31 { return (d, i) }
        if let o = ordinal(i), o.value <= 31 { return (o.value, o.last) }
        return nil
    }

    /// A year written in full (four digits, 1000 to 2199).
    private func fullYear(_ i: Int) -> Int? {
        guard let y = digits(i), length(i) == 4, y >= 1000, y < 2200 else { return nil }
        return y
    }

    /// A year said in words: "nineteen ninety-six", "two thousand", "two thousand and eight".
    private func spokenYear(_ i: Int) -> (year: Int, last: Int)? {
        guard let e = entry(i), e.cardinal >= 0 else { return nil }
        if e.cardinal == 19, let q = quantity(i + 1), let v = q.value, v >= 10, v < 100, v == v.rounded(), entry(i + 1)?.cardinal ?? 0 >= 20 {
            return (1900 + Int(v), q.last)
        }
        if e.cardinal == 2, isWord(i + 1, .thousand) {
            var k = i + 2
            if isWord(k, .and) { k += 1 }
            if let q = quantity(k), let v = q.value, v >= 1, v < 100, entry(k)?.cardinal ?? -1 >= 1 { return (2000 + Int(v), q.last) }
            return (2000, i + 1)
        }
        return nil
    }

    private func absoluteDate(_ i: Int) -> Match? {
        guard i < n else { return nil }
        // A weekday before a date: "Friday, Oct. 25", "Wed., Oct. 25"
        if let e = entry(i), e.weekday > 0, !e.weekdayPlural {
            var k = i + 1
            if isChar(k, 0x2E), attached(k) { k += 1 }
            if isChar(k, 0x2C) { k += 1 }
            if k < n, tokens[k].line == tokens[i].line, var m = absoluteDate(k), m.value.utf8.count >= 10 || m.value.hasPrefix("XXXX-") {
                m.first = i
                return m
            }
            return nil
        }
        // ISO 8601: 2021-10-25
        if let y = fullYear(i), isChar(i + 1, 0x2D), attached(i + 1), attached(i + 2), let m = digits(i + 2), length(i + 2) == 2,
           isChar(i + 3, 0x2D), attached(i + 3), attached(i + 4), let d = digits(i + 4), length(i + 4) == 2,
           CalendarDate(year: y, month: m, day: d) != nil {
            return Match(first: i, last: i + 4, label: .date, value: Values.day(y, m, d), rule: "dates:iso-date")
        }
        // ISO 8601 with a time: 2021-10-25T08:30, 2021-10-25T08:30:00Z (the day and hour are one token)
        if let y = fullYear(i), isChar(i + 1, 0x2D), attached(i + 1), attached(i + 2), let m = digits(i + 2), length(i + 2) == 2,
           isChar(i + 3, 0x2D), attached(i + 3), attached(i + 4), let m2 = isoDateTime(year: y, month: m, at: i + 4) {
            return m2
        }
        // 25.10.2021 (one token), 10/25/2021, 25/10/2021
        if tokens[i].shape == .alphanumeric || tokens[i].kind == .number, let m = dottedDate(i) { return m }
        if let m = slashedDate(i) { return m }
        // Month first: "October 25", "Oct. 25, 2021", "October 2021", "October of 2021"
        if let mo = monthName(i) {
            var k = mo.last + 1
            if let d = dayNumber(k), !(isChar(d.last + 1, 0x3A) && attached(d.last + 1) && attached(d.last + 2)), !isChar(d.last + 1, 0x25), d.day <= CalendarDate.daysIn(month: mo.month, year: 2000) {
                k = d.last + 1
                var last = d.last
                var year: Int?
                var y = k
                if isChar(y, 0x2C) { y += 1 }
                if let full = fullYear(y) { year = full; last = y }
                else if let rel = relativeYear(y) { year = rel.year; last = rel.last }
                return dayMatch(i, last, mo.month, d.day, year, rule: year == nil ? "dates:month-day" : "dates:month-day-year")
            }
            var y = k
            if isChar(y, 0x2C) || isWord(y, .of) { y += 1 }
            if let full = fullYear(y) {
                return Match(first: i, last: y, label: .date, value: Values.month(full, mo.month), rule: "dates:month-year")
            }
            if let spoken = spokenYear(y) {
                return Match(first: i, last: spoken.last, label: .date, value: Values.month(spoken.year, mo.month), rule: "dates:month-year")
            }
            if !isWord(y, .of), let rel = relativeYear(y) {
                return Match(first: i, last: rel.last, label: .date, value: Values.month(rel.year, mo.month), rule: "dates:month-relative-year")
            }
            return nil
        }
        // Day first: "25 October 2021", "25th of October", "25. Oktober 2021", "the 25th of October"
        if let d = dayNumber(i) {
            var k = d.last + 1
            if isChar(k, 0x2E), attached(k), entry(k + 1)?.month ?? 0 > 0 { k += 1 }
            if isWord(k, .of) { k += 1 }
            guard let mo = monthName(k), d.day <= CalendarDate.daysIn(month: mo.month, year: 2000) else { return dayOfMonth(i, d) }
            var last = mo.last
            var year: Int?
            var y = last + 1
            if isChar(y, 0x2C) || (isWord(y, .of) && fullYear(y + 1) != nil) { y += 1 }
            if let full = fullYear(y) { year = full; last = y }
            else if let rel = relativeYear(y) { year = rel.year; last = rel.last }
            // (the end of a score or a range before a month and its own day: "approved it 41-22
            // April 3" is April 3)
            if year == nil, i >= 2, isChar(i - 1, 0x2D) || isChar(i - 1, 0x2013), attached(i - 1), attached(i), tokens[i - 2].kind == .number,
               dayNumber(mo.last + 1) != nil {
                return nil
            }
            return dayMatch(i, last, mo.month, d.day, year, rule: year == nil ? "dates:day-month" : "dates:day-month-year")
        }
        return nil
    }

    /// A day of the month named by its ordinal alone: "the 15th of next month", "on the 3rd",
    /// "by the 21st". Without a month it is the dct's month, the one before or the one after,
    /// whichever the tense points to and is nearest; it needs "the" after a signal and no
    /// noun after it ("on the 3rd floor", "the 15th anniversary").
    private func dayOfMonth(_ i: Int, _ d: (day: Int, last: Int)) -> Match? {
        guard tokens[i].shape == .alphanumeric, ordinalDigits(i) != nil, isWord(i - 1, .the) else { return nil }
        // "the 15th of next month", "the 3rd of this month"
        if isWord(d.last + 1, .of), let w = word(d.last + 2), entry(d.last + 3)?.unit == .month, entry(d.last + 3)?.unitPlural == false {
            let shift: Int
            switch w {
            case .this, .current: shift = 0
            case .next, .following, .coming: shift = 1
            case .last, .previous: shift = -1
            default: return nil
            }
            guard let dct else { return Match(first: i, last: d.last + 3, label: .date, value: "XXXX-XX-" + Values.pad(d.day, 2), rule: "dates:day-of-month") }
            let (y, m) = Self.monthShift(dct.year, dct.month, shift)
            guard d.day <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return Match(first: i, last: d.last + 3, label: .date, value: Values.day(y, m, d.day), rule: "dates:day-of-month")
        }
        guard isDeadline(i - 2) || isWord(i - 2, .on) || isWord(i - 2, .since) || isWord(i - 2, .from) || isWord(i - 2, .before)
                || isWord(i - 2, .after) || isWord(i - 2, .between) || isWord(i - 2, .through),
              endsNounPhrase(d.last + 1) || isWord(d.last + 1, .at)
                || (isWord(d.last + 1, .and) || isWord(d.last + 1, .or) || isWord(d.last + 1, .to))
                && ordinalDigits(d.last + 2) != nil && endsNounPhrase(d.last + 3) else { return nil }
        guard let dct else { return Match(first: i, last: d.last, label: .date, value: "XXXX-XX-" + Values.pad(d.day, 2), rule: "dates:day-of-month") }
        let tense: Tense = isDeadline(i - 2) ? .future : isWord(i - 2, .since) ? .past : self.tense(at: i)
        var best: (y: Int, m: Int)?
        var bestCost = Int.max
        for shift in [0, -1, 1] {
            let (y, m) = Self.monthShift(dct.year, dct.month, shift)
            guard d.day <= CalendarDate.daysIn(month: m, year: y), let day = CalendarDate(year: y, month: m, day: d.day) else { continue }
            let distance = day.dayNumber - dct.dayNumber
            if tense == .past, distance > 0 { continue }
            if tense == .future, distance < 0 { continue }
            if abs(distance) < bestCost { best = (y, m); bestCost = abs(distance) }
        }
        guard let best else { return nil }
        return Match(first: i, last: d.last, label: .date, value: Values.day(best.y, best.m, d.day), rule: "dates:day-of-month")
    }

    /// Whether token `i` is past the end of the text or not a word: no noun follows ("on
    /// the 15th and 17th holes" has one).
    private func endsNounPhrase(_ i: Int) -> Bool {
        i >= n || tokens[i].kind != .word
    }

    /// Whether the sentence of token `i` has a word of sport ("scored", "striker").
    private func sportSentence(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        return text.sentences[s].contains { entry($0)?.sport == true && tokens[$0].shape == .lower }
    }

    /// The year and month `shift` months from `year`-`month`.
    private static func monthShift(_ year: Int, _ month: Int, _ shift: Int) -> (Int, Int) {
        let index = year * 12 + (month - 1) + shift
        return (index / 12, index % 12 + 1)
    }

    /// "last year", "this year", "next year" used as the year of a month or quarter.
    private func relativeYear(_ i: Int) -> (year: Int?, last: Int)? {
        var k = i
        if isWord(k, .of) { k += 1 }
        guard let w = word(k), entry(k + 1)?.unit == .year, entry(k + 1)?.unitPlural == false else { return nil }
        let shift: Int
        switch w {
        case .last, .previous: shift = -1
        case .this, .current: shift = 0
        case .next, .following, .coming: shift = 1
        default: return nil
        }
        return (dct.map { $0.year + shift }, k + 1)
    }

    /// A day match; without a year, the year comes from the dct and the sentence's tense.
    private func dayMatch(_ first: Int, _ last: Int, _ month: Int, _ day: Int, _ year: Int?, rule: String) -> Match? {
        guard day >= 1 else { return nil } // "0 October" is no day
        var y = year ?? yearFraming(first)
        if y == nil, let dct {
            // "by June 1", "until Jan. 31": a deadline, ahead
            // A future sentence may still name a day just past ("the index, which fell Oct. 19, will ..."):
            // looking back costs it 90 days. A deadline only looks ahead, "since" only back.
            // ("until noon on November 26": the signal before the time)
            // ("pushed back the release by three months to March 17": a date an event was moved to)
            // ("would freeze rents for two years from July 1": a start in a future sentence, ahead)
            // ("Starting Jan. 1, the price you click is the price you pay": a start outside a past
            // sentence, ahead)
            // ("hearings beginning on June 15": the participle before "on" too)
            let participle = isWord(first - 1, .on) ? first - 2 : first - 1
            let startsAhead = isText(participle, "starting") || isText(participle, "beginning") || isText(first - 1, "effective")
            // ("a dividend of 24 cents, payable on Oct. 28": a payment still to come, whatever the tense)
            let payable = isText(first - 1, "payable") || isWord(first - 1, .on) && isText(first - 2, "payable")
            let startAhead = startsAhead && self.tense(at: first) != .past || payable
            let deadline = startAhead || isDeadline(first - 1) || clockTimeBefore(first).map { isDeadline($0 - 1) } == true
                || isWord(first - 1, .to) && postponedBefore(first) || isWord(first - 1, .from) && self.tense(at: first) != .past
                    && !isWord(first + 2, .to) && !isWord(last + 1, .to)
            // ("a pay rise backdated to 1 August": a day behind)
            let since = isWord(first - 1, .since) || isWord(first - 1, .to) && isText(first - 2, "backdated")
            // ("the season that ends on May 31", "fiscal 2026, which ends on June 30": a plan's verb in
            // the present right before the day dates what is still to come)
            // (and so does a copula in the present right before it: "the deadline, already moved
            // twice, is June 30", as "the vote is on Sunday")
            let copula = isWord(first - 1, .on) ? first - 2 : first - 1
            // ("projects meant to win votes before the April 12 election": a vote's day before its
            // noun lies ahead, unless told as over: "the previous", "since", a past verb before it)
            let voteAhead = isWord(first - 1, .the) && Self.voteNouns.contains(where: { isText(last + 1, $0) })
                && !(max(0, first - 4) ..< first - 1).contains(where: { isWord($0, .previous) || isWord($0, .last) || isWord($0, .past) || isWord($0, .since) })
                && !(first >= 2 && (entry(first - 2)?.tense == .past || endsInEd(first - 2)))
                && (self.tense(at: first) != .past || isWord(first - 2, .before) || isWord(first - 2, .forWord) || isText(first - 3, "ahead"))
            let planned = presentPlanVerb(before: first) || isText(copula, "is") || isText(copula, "are") || voteAhead
            let tense = deadline || planned ? .future : since ? .past : self.tense(at: first)
            // A deadline in a sentence with no future cue may name a day just past ("to return the child
            // by Jan. 14" the day after): looking back costs it 90 days, as for any other day.
            let strictDeadline = deadline && self.tense(at: first) == .future && !nearestCueIsBid(first) || planned || startAhead
            // A past verb just before the day ("was signed on Feb. 24") looks back only, in a
            // sentence without a future cue ("will redeem preferred shares on Oct. 31" reads ahead)
            // and not after "to" ("extended to Nov. 20" is a new deadline).
            // So does "On March 3," opening a sentence whose cues are all past.
            let close = !deadline && !isWord(first - 1, .to)
                && (hasCue(.past, in: first, from: first - 3) && !hasCue(.future, in: first) || pastVerbJustBefore(first))
                || opensPastSentence(first, last: last)
            let distance = { (year: Int) in
                CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))!.dayNumber - dct.dayNumber
            }
            y = Self.nearestYear(dct: dct, tense: tense, penalty: 90, strictPast: since || close, futurePenalty: strictDeadline ? nil : 90, distance: distance)
            // A sentence whose cues are all past looks ahead only a little ("expires Nov. 6" a week
            // on), not months ("filed for bankruptcy in a Delaware court on March 3" in November),
            // unless the day starts something or is a new date ("created an office, effective Feb. 1",
            // "was extended to Feb. 24").
            let starts = startsAhead || isWord(first - 1, .to)
            if let ahead = y, distance(ahead) > 60, tense == .past, !deadline, !starts, onlySimplePast(first) {
                y = Self.nearestYear(dct: dct, tense: tense, penalty: 90, strictPast: true, distance: distance)
            }
        }
        if let y, CalendarDate(year: y, month: month, day: day) == nil { return nil }
        if let y, let d = CalendarDate(year: y, month: month, day: day), let weekend = weekendOf(d, first: first, last: last) { return weekend }
        return Match(first: first, last: last, label: .date, value: Values.day(y, month, day), rule: rule)
    }

    /// "ahead of the Fourth of July weekend", "the Memorial Day weekend": a day named before
    /// "weekend" is the weekend of its week, the one before for a Monday.
    private func weekendOf(_ d: CalendarDate, first: Int, last: Int) -> Match? {
        // ("the Labour Day long weekend")
        let end = isText(last + 1, "long") ? last + 2 : last + 1
        guard let w = entry(end), w.unit == .weekend, !w.unitPlural else { return nil }
        let saturday = d.adding(days: d.weekday == 1 ? -2 : 6 - d.weekday)
        return Match(first: first, last: end, label: .date, value: Values.week(saturday) + "-WE", rule: "dates:day-weekend", takesThe: true)
    }

    private func dottedDate(_ i: Int) -> Match? {
        // d.m.yyyy in one token: 8 to 10 characters
        guard tokens[i].length >= 8, tokens[i].length <= 10 else { return nil }
        var parts = (0, 0, 0), lengths = (0, 0, 0)
        var index = 0, v = 0, len = 0
        for k in tokens[i].range {
            let u = units[k]
            if u >= 0x30, u <= 0x39, len < 4 { v = v * 10 + Int(u - 0x30); len += 1; continue }
            guard u == 0x2E, len > 0, index < 2 else { return nil }
            if index == 0 { parts.0 = v; lengths.0 = len } else { parts.1 = v; lengths.1 = len }
            index += 1; v = 0; len = 0
        }
        guard index == 2, len == 4, lengths.0 <= 2, lengths.1 <= 2 else { return nil }
        parts.2 = v; lengths.2 = len
        guard CalendarDate(year: parts.2, month: parts.1, day: parts.0) != nil else { return nil }
        return Match(first: i, last: i, label: .date, value: Values.day(parts.2, parts.1, parts.0), rule: "dates:numeric-dmy")
    }

    private func slashedDate(_ i: Int) -> Match? {
        guard let a = digits(i), length(i) <= 2, isChar(i + 1, 0x2F), attached(i + 1), attached(i + 2),
              let b = digits(i + 2), length(i + 2) <= 2, isChar(i + 3, 0x2F), attached(i + 3), attached(i + 4),
              let c = digits(i + 4), length(i + 4) == 4 || length(i + 4) == 2 else { return nil }
        let year = length(i + 4) == 4 ? c : (c < 50 ? 2000 + c : 1900 + c)
        var month = a, day = b
        if a > 12 || (order == .dayFirst && b <= 12) { month = b; day = a }
        guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
        return Match(first: i, last: i + 4, label: .date, value: Values.day(year, month, day), rule: "dates:numeric-slash")
    }

    /// A month name alone: "in October", "last April" is handled by `relative`.
    private func monthAlone(_ i: Int) -> Match? {
        guard let e = entry(i), e.month > 0, !e.monthAbbrev || isChar(i + 1, 0x2E), let mo = monthName(i) else { return nil }
        // Names: "Theresa May", "June Carter"; modal "May I"
        if isCapitalized(i - 1), entry(i - 1) == nil { return nil }
        // (the pronoun after another month opens a clause: "In December I was not sure")
        if isCapitalized(mo.last + 1), entry(mo.last + 1)?.word == nil, entry(mo.last + 1)?.month ?? 0 == 0,
           !(isText(mo.last + 1, "i") && mo.month != 5) { return nil }
        if e.monthEnglish, mo.month == 5 || mo.month == 3 {
            // "May" and "March" are also verbs: want a signal before them ("for" only before
            // March: "a victory for May" is Theresa May's).
            // (and after "into" and a statistic's "for": "open into March", "payrolls for May")
            // ("March is more realistic than January": March as the subject of a copula; the verb
            // is never before one)
            guard isMonthSignal(i - 1) || isText(i - 1, "into") || isChar(i - 1, 0x2D) || mo.month == 3 && isWord(i - 1, .forWord) || attributiveMonth(i)
                || mo.month == 3 && (isText(i + 1, "is") || isText(i + 1, "was"))
                // ("An unusually warm March", "a wet May": an article and one or two adjectives before it;
                // not a march named: "the annual March for Life")
                || (1 ... 2).contains(where: { j in (isWord(i - j - 1, .a) || isWord(i - j - 1, .an) || isWord(i - j - 1, .the))
                    && (i - j ..< i).allSatisfy({ tokens[$0].kind == .word && tokens[$0].shape == .lower && entry($0) == nil }) })
                    && !(isWord(i + 1, .forWord) || isWord(i + 1, .on) || isWord(i + 1, .to) || isWord(i + 1, .of) || isText(i + 1, "against"))
                // ("the March quarter", "March-quarter sales": a quarter named by its last month)
                || mo.month == 3 && (isWord(i - 1, .the) && entry(i + 1)?.unit == .quarter && entry(i + 1)?.unitPlural == false
                    || isChar(i + 1, 0x2D) && attached(i + 1) && entry(i + 2)?.unit == .quarter && entry(i + 2)?.unitPlural == false)
                || isWord(i - 1, .forWord) && Self.statisticNouns.contains(where: { isText(i - 2, $0) }) else { return nil }
        }
        var year: Int?
        // "the September quarter", "June-quarter sales": the calendar quarter that ends in the month
        var q = mo.last + 1
        if isChar(q, 0x2D), attached(q) { q += 1 }
        if mo.month % 3 == 0, let u = entry(q), u.unit == .quarter, !u.unitPlural, isWord(i - 1, .the) || q > mo.last + 1 {
            var y = dct == nil ? nil : monthYear(mo.month, first: min(start, i))
            // ("figures for the March quarter": a statistic of the latest quarter begun on or before the dct)
            if let dct, isWord(i - 1, .the), isWord(i - 2, .forWord), Self.statisticNouns.contains(where: { isText(i - 3, $0) }) {
                y = mo.month - 2 <= dct.month ? dct.year : dct.year - 1
            }
            return Match(first: i, last: q, label: .date, value: Values.quarter(y, mo.month / 3), rule: "dates:month-quarter", takesThe: true)
        }
        // "from May to July 2021": the year written after a range
        var k = mo.last + 1
        var rangeEnd: (month: Int, first: Int)?
        if isWord(k, .to) || isWord(k, .and) || isWord(k, .through) || isChar(k, 0x2D) || isWord(k, .or) {
            k += 1
            if let other = monthName(k) {
                // "the July-September quarter", "the July-September period": the calendar quarter of those months
                if mo.month % 3 == 1, other.month == mo.month + 2, let u = entry(other.last + 1),
                   u.unit == .quarter && !u.unitPlural || isWord(other.last + 1, .period) && isWord(i - 1, .the) {
                    let y = dct == nil ? nil : monthYear(other.month, first: min(start, i))
                    return Match(first: i, last: other.last + 1, label: .date, value: Values.quarter(y, other.month / 3), rule: "dates:month-quarter",
                                 takesThe: true)
                }
                var y = other.last + 1
                if isChar(y, 0x2C) { y += 1 }
                year = fullYear(y)
                // ("between March and June last year": a year told relative to the dct, the first
                // month in the year before when the range crosses one)
                if year == nil, let rel = relativeYear(y)?.year { year = mo.month > other.month ? rel - 1 : rel }
                rangeEnd = (other.month, k)
            }
        }
        if year == nil, dct != nil {
            // "the January-September period": the range ends in the year its last month is read
            // in, and starts in that year or, past the turn of a year, the one before
            if let end = rangeEnd, let endYear = monthYear(end.month, first: end.first) {
                year = mo.month <= end.month ? endYear : endYear - 1
            } else {
                year = monthYear(mo.month, first: min(start, i))
            }
        }
        return Match(first: i, last: mo.last, label: .date, value: Values.month(year, mo.month), rule: "dates:month")
    }

    /// The year of a month named without one, the expression starting at token `first`.
    private func monthYear(_ month: Int, first: Int) -> Int? {
        guard let dct else { return nil }
        if let y = yearFraming(first) { return y }
        // "wheat for September delivery", "the December contract", "March futures": a market's
        // month, the next one on or after the dct's
        let noun = isChar(first + 1, 0x2E) ? first + 2 : first + 1
        if Self.forwardMonthNouns.contains(where: { isText(noun, $0) }) { return month >= dct.month ? dct.year : dct.year + 1 }
        // "the fiscal year ending in September", "the season, which ends in April": the end of a
        // period under way, the next one on or after the dct's
        if isWord(first - 1, .inWord), isText(first - 2, "ending") || isText(first - 2, "ends") { return month >= dct.month ? dct.year : dct.year + 1 }
        // "ahead of April's general election", "its upcoming meeting in June": the next one on or after the dct's
        if isWord(first - 1, .of), isText(first - 2, "ahead")
            || isWord(first - 1, .inWord) && first >= 3 && tokens[first - 2].shape == .lower && isText(first - 3, "upcoming") {
            return month >= dct.month ? dct.year : dct.year + 1
        }
        // "local council elections in May", "a runoff in December", "a vote in early January": a
        // vote's month lies ahead, the next one on or after the dct's (not one told as over:
        // "the previous vote in May", "since the midterm elections in October", "called the
        // early vote in July", a past verb before the noun's phrase)
        if isWord(first - 1, .inWord), Self.voteNouns.contains(where: { isText(first - 2, $0) }) {
            var k = first - 3
            while k >= 0, k >= first - 6, tokens[k].kind == .word, tokens[k].shape == .lower || isChar(k, 0x2D),
                  !isWord(k, .the), !isWord(k, .a), !isWord(k, .an) {
                k -= 1
            }
            // (the noun's phrase and the three words before it)
            let told = (max(0, k - 3) ..< max(0, first - 2)).contains { j in
                isWord(j, .previous) || isWord(j, .last) || isWord(j, .past) || isWord(j, .since)
            }
            let pastVerb = k >= 1 && (entry(k - 1)?.tense == .past || endsInEd(k - 1))
            if !told, !pastVerb { return month >= dct.month ? dct.year : dct.year + 1 }
        }
        // "the figure for September", "payrolls for May": a statistic of a month, the latest one
        // on or before the dct's ("due to publish the figure for September next Tuesday")
        if isWord(first - 1, .forWord), Self.statisticNouns.contains(where: { isText(first - 2, $0) }) {
            return month <= dct.month ? dct.year : dct.year - 1
        }
        // "cargoes booked for early April", "a shutdown had been moved from April to July": a plan
        // told in the past, still ahead when its month comes within three months, else past
        if isWord(first - 1, .forWord) && Self.planParticiples.contains(where: { isText(first - 2, $0) })
            || isWord(first - 1, .from) && (entry(first - 2)?.postponement == true || isText(first - 2, "moved")),
           nearestCue(first).tense == .past {
            let ahead = (month - dct.month + 12) % 12
            if ahead >= 1, ahead <= 3 { return month > dct.month ? dct.year : dct.year + 1 }
            return month <= dct.month ? dct.year : dct.year - 1
        }
        // "by August", "until mid-November": a deadline, ahead
        // (and so, with no leaning to the past, is the end of a period that "runs" or "lasts" to
        // it: "the marketing year that runs to June")
        let periodEnd = isWord(first - 1, .to) && (isText(first - 2, "runs") || isText(first - 2, "run") || isText(first - 2, "lasts"))
        let deadline = isDeadline(first - 1) || isWord(first - 1, .to) && postponedBefore(first) || periodEnd
        // "the levy stood at 7.5 percent until mid-May", "was labour minister until March": an end
        // told in the past, not moved later, is the nearest such month, the past one on a tie
        if isWord(first - 1, .until), pastCueInClause(before: first), !postponedBefore(first), !modalBefore(first) {
            return Self.nearestYear(dct: dct, tense: .past, penalty: 1, strictPast: false) { ($0 - dct.year) * 12 + month - dct.month }
        }
        let cue = nearestCue(first)
        // A past verb right next to the month ("rose in May") never looks ahead, nor does "since";
        // a distant one may belong to another clause ("said ... will ... in May"), so it only weighs.
        let since = isWord(first - 1, .since) || sinceClause(before: first)
        // A past verb right next to the month, or "In <month>," opening a sentence whose every
        // cue is past ("In January, the company brought in a new chief"), looks back only.
        // "A group launched in March will meet ...": a past verb just before the month governs it,
        // though a cue after it is as near.
        let pastJustBefore = !deadline && pastVerbJustBefore(first)
        let close = (cue.tense == .past && (cue.distance <= 3 || opensPastSentence(first))) || since || pastInClause(before: first) || pastJustBefore
        // ("called for 17 in April and will update its outlook": the month's own clause is past)
        let ownClausePast = cue.position > first && pastInClause(before: first)
        var tense = deadline ? .future : since || pastJustBefore || ownClausePast ? .past : cue.tense
        // "their October summit", "a June agreement": a month naming an event is the nearest one,
        // whatever the clause's tense ("will meet after failing to agree at their October summit"),
        // the past one when both are as near
        let attributive = !deadline && !since && attributiveMonth(first)
        if attributive { tense = .past }
        let distance = { (year: Int) in (year - dct.year) * 12 + month - dct.month }
        let year = Self.nearestYear(dct: dct, tense: tense, penalty: attributive ? 1 : close ? 0 : 4, strictPast: close && !attributive,
                                    futurePenalty: deadline && !periodEnd && (cue.tense != .future || nearestCueIsBid(first)) ? 4 : nil, distance: distance)
        // A sentence whose cues are all past looks ahead two months at most, as a day does
        // (not after "to": "was postponed to March" is a new date).
        if distance(year) > 2, tense == .past, !deadline, !isWord(first - 1, .to), onlySimplePast(first) {
            return Self.nearestYear(dct: dct, tense: tense, penalty: 0, strictPast: true, distance: distance)
        }
        return year
    }

    /// The year that opens the sentence of token `i` before it ("Last year, ... in August"), if any.
    private func yearFraming(_ i: Int) -> Int? {
        guard let f = framingYear, f.sentence == tokens[i].sentence else { return nil }
        return f.year
    }

    /// Whether the month at token `i` stands between a determiner and a lower-case noun: "their
    /// October summit", "a June agreement".
    private func attributiveMonth(_ i: Int) -> Bool {
        // ("releases its March index on April 8": a statistic's noun too)
        guard (entry(i)?.month ?? 0) > 0, i + 1 < n, tokens[i + 1].kind == .word, tokens[i + 1].shape == .lower,
              plainNoun(i + 1) || Self.statisticNouns.contains(where: { isText(i + 1, $0) }) else { return false }
        return articleOrPossessive(i - 1)
    }

    /// Whether token `i` is an article or a possessive ("the", "a", "its", "their"), not "this" or "that".
    private func articleOrPossessive(_ i: Int) -> Bool {
        !isText(i, "this") && !isText(i, "that") && Self.determiners.contains { isText(i, $0) }
    }

    /// Whether the last tense cue before token `first` is a simple past verb at most three
    /// tokens before it, with no future cue before it: "launched in March", "signed on March
    /// 3" (not "will redeem preferred shares on Oct. 31").
    private func pastVerbJustBefore(_ first: Int) -> Bool {
        let cues = sentenceCues(first)
        guard let c = cues.last(where: { $0.position < first }), !cues.contains(where: { $0.tense == .future && $0.position < first }) else { return false }
        return c.tense == .past && first - c.position <= 3 && !isText(c.position - 1, "has") && !isText(c.position - 1, "have")
    }

    /// Whether a verb of a plan in its -s form comes right before the date at token `first`, or
    /// before its "on" or "in": "which ends on June 30", "the window closes Sept. 1".
    private func presentPlanVerb(before first: Int) -> Bool {
        var k = first - 1
        if isWord(k, .on) || isWord(k, .inWord) { k -= 1 }
        // ("The law takes effect Jan. 1", "the final takes place on May 30")
        if isText(k, "effect") || isText(k, "place"), isText(k - 1, "takes") { k -= 1 }
        return k >= 0 && tokens[k].shape == .lower && entry(k)?.planVerb == true && folded[Int(tokens[k].end) - 1] == 0x73
    }

    /// Whether every tense cue of the sentence of token `i` is a simple past: no present or
    /// future cue, and no present perfect ("has extended ... through January" may reach ahead).
    private func onlySimplePast(_ i: Int) -> Bool {
        !sentenceCues(i).contains { $0.tense != .past || isText($0.position - 1, "has") || isText($0.position - 1, "have") }
    }

    /// Whether "since" opens the phrase of token `first`, a few words before it with no
    /// comma or tense cue between: "Since taking office in January, ...".
    private func sinceClause(before first: Int) -> Bool {
        var j = first - 1
        while j >= first - 4, j >= 0, !isChar(j, 0x2C), !tokens[j + 1].flags.contains(.sentenceStart) {
            if isWord(j, .since) { return !sentenceCues(first).contains { $0.position >= j && $0.position < first } }
            j -= 1
        }
        // "since the rebels captured Goma, the provincial capital, in January": a clause after
        // "since" whose every cue before the month is past
        let s = Int(tokens[first].sentence)
        guard s < text.sentences.count, let since = (text.sentences[s].lowerBound ..< first).last(where: { isWord($0, .since) }) else { return false }
        var past = false
        for c in sentenceCues(first) where c.position > since && c.position < first {
            guard c.tense == .past else { return false }
            past = true
        }
        return past
    }

    /// Whether the clause before token `first` (back to a comma or the sentence's start) has
    /// a past cue and no other: "Nissan, which scrapped merger talks in February, reports ...".
    private func pastInClause(before first: Int) -> Bool {
        let s = Int(tokens[first].sentence)
        guard s < text.sentences.count else { return false }
        var from = first - 1
        while from > text.sentences[s].lowerBound, !isChar(from, 0x2C) { from -= 1 }
        var past = false
        for c in sentenceCues(first) where c.position > from && c.position < first {
            // not a present perfect ("has extended ... through January") nor a purpose after it
            // ("placed orders to start the first trading day for November")
            if c.tense != .past || isText(c.position - 1, "has") || isText(c.position - 1, "have") { return false }
            // (not "climbed to a record in December": "to" before a noun phrase is no purpose)
            if (c.position + 1 ..< first).contains(where: { isWord($0, .to) && verbAfterTo($0 + 1) }) { return false }
            past = true
        }
        return past
    }

    /// Whether the date at token `first` (ending at `last` when given) is "In <date>," or "On
    /// <date>," at the start of a sentence whose tense cues are all past.
    private func opensPastSentence(_ first: Int, last: Int? = nil) -> Bool {
        let s = Int(tokens[first].sentence)
        guard s < text.sentences.count, text.sentences[s].first == first - 1, isWord(first - 1, .inWord) || isWord(first - 1, .on) else { return false }
        if let last { guard isChar(last + 1, 0x2C) else { return false } }
        else { guard isChar(first + 1, 0x2C) || isChar(first + 2, 0x2C) else { return false } }
        return sentenceCues(first).contains { $0.tense == .past } && !sentenceCues(first).contains { $0.tense != .past && !reachesOnlyAhead($0) }
    }

    /// Whether a cue is an intention before "to" or a verb of a plan, which only reach the tokens
    /// after them ("The GM move follows Tuesday's declaration by Ford, which holds ...").
    private func reachesOnlyAhead(_ cue: (position: Int, tense: Tense)) -> Bool {
        cue.tense == .future && (entry(cue.position)?.intention == true && isWord(cue.position + 1, .to) || isWord(cue.position, .to)
            || entry(cue.position)?.planVerb == true)
    }

    /// The year (dct year, one before or one after) that puts a month or a day nearest
    /// the dct. `distance(year)` is the signed distance from the dct in the caller's
    /// unit. A future sentence never looks back unless `futurePenalty` prices it; a past
    /// one never looks ahead when `strictPast`, else pays `penalty` for it (days:
    /// "expires Nov. 6" in a sentence with a participle stays ahead).
    private static func nearestYear(dct: CalendarDate, tense: Tense, penalty: Int, strictPast: Bool, futurePenalty: Int? = nil,
                                    distance: (Int) -> Int) -> Int {
        var best = dct.year, bestCost = Int.max
        for year in [dct.year, dct.year - 1, dct.year + 1] {
            let d = distance(year)
            if tense == .future, d < 0, futurePenalty == nil { continue }
            if tense == .past, d > 0, strictPast { continue }
            let cost = abs(d) + (tense == .past && d > 0 ? penalty : 0) + (tense == .future && d < 0 ? futurePenalty ?? 0 : 0)
            if cost < bestCost { best = year; bestCost = cost }
        }
        return best
    }

    /// A word before a bare month or season name that shows it is one: "in May", "since March", "early spring".
    private func isMonthSignal(_ i: Int) -> Bool {
        // ("could come as early as March")
        if isText(i, "as"), isWord(i - 1, .early) || isWord(i - 1, .late) || isText(i - 1, "soon"), isText(i - 2, "as") { return true }
        guard let w = word(i) else { return false }
        switch w {
        case .inWord, .since, .until, .by, .during, .from, .through, .of, .early, .late, .mid, .and, .or, .to, .before,
             .after, .last, .next, .this, .between, .on:
            return true
        default:
            return false
        }
    }

    /// A deadline signal before a date: "by May", "until January"
    /// ("through" is not one: "rose 2% this year through August" looks back.)
    private func isDeadline(_ i: Int) -> Bool {
        isWord(i, .by) || isWord(i, .until) || isText(i, "beyond") && tokens[i].shape == .lower
    }

    /// Words that give a count of units a direction: "the past five years", "the next two weeks".
    private func isDirection(_ w: Word) -> Bool {
        switch w {
        case .past, .last, .next, .coming, .previous, .following, .final, .recent, .latest: return true
        default: return false
        }
    }

    /// A first day before a range: "29-30 January 2024", "from 1 to 5 November", "between 3 and
    /// 7 May" give the first day a span of its own.
    private func rangeStart(before m: Match) -> Match? {
        guard m.label == .date, m.value.utf8.count == 10, m.rule.hasPrefix("dates:day-month"), m.first >= 2,
              isChar(m.first - 1, 0x2D) || (isWord(m.first - 1, .to) || isWord(m.first - 1, .and)) && (isWord(m.first - 3, .from) || isWord(m.first - 3, .between)),
              let d = digits(m.first - 2), d >= 1, d <= 31, length(m.first - 2) <= 2 else { return nil }
        let prefix = m.value.prefix(8)
        // "from 1 to 5 November": the first day is before the second
        if let end = Int(m.value.suffix(2)), d >= end { return nil }
        return Match(first: m.first - 2, last: m.first - 2, label: .date, value: prefix + Values.pad(d, 2), rule: "dates:day-range")
    }

    /// A second day after a month and day: "April 24 and 25", "Oct. 3-5, 2021".
    private func rangeEnd(after m: Match) -> Match? {
        guard m.label == .date, m.value.utf8.count == 10, m.rule == "dates:month-day",
              isWord(m.last + 1, .and) || isWord(m.last + 1, .to) || isChar(m.last + 1, 0x2D),
              let d = digits(m.last + 2), d >= 1, d <= 31, length(m.last + 2) <= 2,
              entry(m.last + 3)?.month ?? 0 == 0, entry(m.last + 3)?.unit == nil, !isChar(m.last + 3, 0x3A),
              !isChar(m.last + 3, 0x25), !isWord(m.last + 3, .am), !isWord(m.last + 3, .pm) else { return nil } // (not "and 1 a.m.")
        var last = m.last + 2
        var prefix = String(m.value.prefix(8))
        if isChar(last + 1, 0x2C), let y = fullYear(last + 2) {
            last += 2
            prefix = Values.year(y) + prefix.dropFirst(4)
        }
        guard let month = Int(prefix.dropFirst(5).prefix(2)), d <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        return Match(first: m.last + 2, last: last, label: .date, value: prefix + Values.pad(d, 2), rule: "dates:day-range")
    }

    /// A second year written with two digits or after a slash: "the 2024-25 season", "fiscal
    /// 2025/26", "2025/2026" (the later year within a decade).
    private func yearRangeEnd(after m: Match) -> Match? {
        guard m.label == .date, m.rule == "dates:year" || m.rule == "dates:fiscal-year", m.value.utf8.count == 4, let y = Int(m.value),
              isChar(m.last + 1, 0x2D) || isChar(m.last + 1, 0x2F), attached(m.last + 1), attached(m.last + 2),
              let d = digits(m.last + 2), length(m.last + 2) == 2, !isChar(m.last + 3, 0x25), !isChar(m.last + 3, 0x2F),
              !(isChar(m.last + 3, 0x2D) && attached(m.last + 3)) else { return nil }
        var full = y / 100 * 100 + d
        if full <= y { full += 100 }
        guard full - y <= 9 else { return nil }
        return Match(first: m.last + 2, last: m.last + 2, label: .date, value: Values.year(full), rule: "dates:year-range")
    }

    /// A first count before a duration range: "between 60 and 90 days" gives "60" a span of its own.
    private func durationRangeStart(before m: Match) -> Match? {
        guard m.label == .duration, m.first >= 3, isWord(m.first - 1, .and), isWord(m.first - 3, .between),
              let q = quantity(m.first - 2), q.last == m.first - 2, let v = q.value,
              let unit = (m.first ... m.last).lazy.compactMap({ self.entry($0)?.unit }).first else { return nil }
        return Match(first: m.first - 2, last: m.first - 2, label: .duration, value: unit.duration(Values.number(v)), rule: "dates:duration-range")
    }

    // MARK: Years, decades, centuries

    private func year(_ i: Int) -> Match? {
        // '82
        if isChar(i, 0x27), let v = digits(i + 1), length(i + 1) == 2, attached(i + 1), !isCapitalized(i - 1),
           !(isCapitalized(i + 2) && tokens[i + 2].line == tokens[i].line) {
            let full = v + (dct.map { v <= ($0.year % 100) + 1 ? ($0.year / 100) * 100 : ($0.year / 100 - 1) * 100 } ?? 1900)
            return Match(first: i, last: i + 1, label: .date, value: Values.year(full), rule: "dates:year-abbreviated")
        }
        // "nineteen ninety-six", "the year two thousand"
        if let spoken = spokenYear(i) {
            if isWord(i - 1, .the) { return nil }
            return Match(first: i, last: spoken.last, label: .date, value: Values.year(spoken.year), rule: "dates:year-words")
        }
        if let e = entry(i), e.unit == .year, !e.unitPlural, let spoken = spokenYear(i + 1) ?? fullYear(i + 1).map({ ($0, i + 1) }) {
            return Match(first: i, last: spoken.last, label: .date, value: Values.year(spoken.year), rule: "dates:the-year-number", takesThe: true)
        }
        guard let y = fullYear(i) else { return nil }
        if let dct, y > dct.year + 50 { return nil }
        // "post-1959", "pre-2008"
        if isChar(i - 1, 0x2D), attached(i), attached(i - 1), isText(i - 2, "post") || isText(i - 2, "pre") {
            return Match(first: i - 2, last: i, label: .date, value: Values.year(y), mod: isText(i - 2, "post") ? "AFTER" : "BEFORE", rule: "dates:year-prefixed")
        }
        if !yearContextOK(i) { return nil }
        // "the 1988 period", "the 1988 quarter", "the 1988 second quarter"
        if entry(i + 1)?.unit == .quarter, entry(i + 1)?.unitPlural == false {
            let q = lastQuarter.map { "Q\($0.quarter)" } ?? "QX"
            return Match(first: i, last: i + 1, label: .date, value: "\(Values.year(y))-\(q)", rule: "dates:year-quarter", takesThe: true)
        }
        if isWord(i + 1, .period) {
            return Match(first: i, last: i + 1, label: .date, value: Values.year(y), rule: "dates:year-period", takesThe: true)
        }
        if let o = ordinal(i + 1), o.value <= 4, entry(o.last + 1)?.unit == .quarter, entry(o.last + 1)?.unitPlural == false {
            return Match(first: i, last: o.last + 1, label: .date, value: Values.quarter(y, o.value), rule: "dates:year-quarter", takesThe: true)
        }
        return Match(first: i, last: i, label: .date, value: Values.year(y), rule: "dates:year")
    }

    /// Rejects four-digit numbers that are names, counts, prices, scores or phone numbers.
    private func yearContextOK(_ i: Int) -> Bool {
        // "2019 to 1045" counts down: a score, not a time range
        if isWord(i + 1, .to) || isChar(i + 1, 0x2D), let next = digits(i + 2), length(i + 2) == 4, next < (digits(i) ?? 0) {
            return false
        }
        if isWord(i - 1, .to) || isChar(i - 1, 0x2D), let before = digits(i - 2), length(i - 2) == 4, before > (digits(i) ?? 0) {
            return false
        }
        // Before it
        if i > 0 {
            let p = tokens[i - 1]
            // ("over 2000 people"; but "over 2026 and 2027" is a span of years)
            if let e = entry(i - 1), e.blocksYear,
               !(isText(i - 1, "over") && (isWord(i + 1, .and) || isWord(i + 1, .to)) && fullYear(i + 2).map({ $0 > (digits(i) ?? 0) }) == true) {
                return false
            }
            if p.kind == .symbol { return false } // $, €, #, +
            if p.kind == .number { return false }
            if isChar(i - 1, 0x2D) || isChar(i - 1, 0x2F) || isChar(i - 1, 0x2E) || isChar(i - 1, 0x3A) {
                if attached(i) {
                    // A year range "2014-2020" is fine; phone numbers and scores are not.
                    if isChar(i - 1, 0x2F), let y = digits(i), let before = digits(i - 2), before + 1 == y, length(i - 2) == 4 { return true }
                    guard isChar(i - 1, 0x2D), fullYear(i - 2) != nil || monthName(i - 2) != nil || word(i - 2) == .mid || word(i - 2) == .end
                        || word(i - 2) == .early || word(i - 2) == .late else { return false }
                }
            }
            if p.shape.isCapitalized || p.shape == .upper, entry(i - 1) == nil {
                // "Flight 2021", "Resolution 2020", "Euro 2020", "COP 2021"
                return false
            }
            if p.shape == .alphanumeric || p.shape == .mixed { return false }
        }
        // After it
        if i + 1 < n {
            let q = tokens[i + 1]
            if q.kind == .symbol || q.kind == .number { return false }
            if isChar(i + 1, 0x25) { return false }
            if attached(i + 1), isChar(i + 1, 0x2D) || isChar(i + 1, 0x2F) || isChar(i + 1, 0x3A) || isChar(i + 1, 0x2E) {
                if isChar(i + 1, 0x2E), i + 2 >= n || tokens[i + 2].kind != .number { return true }
                // ("in place by 2028: tracking transponders ...": a colon that ends the clause)
                if isChar(i + 1, 0x3A), i + 2 < n, !attached(i + 2), tokens[i + 2].kind == .word { return true }
                // "2014-2020" and "2014-15" are ranges; "2021-555" is not. So are "2025/26" and
                // "2025/2026", a year and the next.
                if isChar(i + 1, 0x2D), fullYear(i + 2) != nil || (digits(i + 2) != nil && length(i + 2) == 2) { return true }
                if isChar(i + 1, 0x2F), let y = digits(i), let d = digits(i + 2), length(i + 2) == 2 && d == (y + 1) % 100 || d == y + 1 {
                    return true
                }
                if isChar(i + 1, 0x2D), i + 2 < n, entry(i + 2)?.word != nil || tokens[i + 2].kind == .word { return true }
                return false
            }
            if let u = entry(i + 1)?.unit, u != .quarter, entry(i + 1)?.ordinal == 0, !isChar(i - 1, 0x2D) { return false } // "2000 years"
            // "2000 troops"; but "In 2020 police arrested ...", "since 2014 migrants have ...": a year
            if entry(i + 1)?.countNoun == true, !yearSignalOpens(i - 1) { return false }
            if let e = era(i + 1), e.bc { return false } // "1200 BC"
        }
        return true
    }

    /// Whether token `i` is a signal that only a year follows: "since", "until", "during", "in"
    /// opening a sentence or a clause ("In 2020 police arrested ..."), or "and", "to" after a year.
    private func yearSignalOpens(_ i: Int) -> Bool {
        if isWord(i, .since) || isWord(i, .until) || isWord(i, .during) { return true }
        // "between 2014 and 2022 civilians were killed": the end of a range of years
        if isWord(i, .and) || isWord(i, .to), fullYear(i - 1) != nil { return true }
        guard isWord(i, .inWord) else { return false }
        return tokens[i].flags.contains(.sentenceStart) || tokens[i].flags.contains(.lineStart) || isChar(i - 1, 0x2C)
    }

    private func decadeOrCentury(_ i: Int) -> Match? {
        // 1990s, 1990's, '90s
        if let (decade, last) = decadeToken(i) {
            if tokens[i].kind == .number, length(i) <= 3, isAge(i) { return nil }
            return Match(first: i, last: last, label: .date, value: decade, rule: "dates:decade", takesThe: true)
        }
        // the nineties
        if let e = entry(i), e.decadeWord > 0 {
            // ("Brent in the high fifties": a level, not a decade)
            if isAge(i) || isText(i - 1, "high") || isText(i - 1, "low") || isText(i - 1, "upper") || isText(i - 1, "lower") { return nil }
            return Match(first: i, last: i, label: .date, value: "19\(e.decadeWord)", rule: "dates:decade-word", takesThe: true)
        }
        // the 21st century, the twentieth century
        if let o = ordinal(i), o.value >= 1, o.value <= 30, entry(o.last + 1)?.unit == .century, entry(o.last + 1)?.unitPlural == false {
            if let e = era(o.last + 2), e.bc { return nil } // "the 5th century BC"
            return Match(first: i, last: o.last + 1, label: .date, value: Values.pad(o.value - 1, 2), rule: "dates:century", takesThe: true)
        }
        return nil
    }

    /// Whether token `i` is an era written after a year: "BC", "BCE", "B.C.", "AD", "CE".
    private func era(_ i: Int) -> (bc: Bool, last: Int)? {
        guard i < n, tokens[i].kind == .word, tokens[i].shape != .lower else { return nil }
        if isText(i, "bc") || isText(i, "bce") || isText(i, "b.c.") || isText(i, "b.c.e.") { return (true, i) }
        if isText(i, "ad") || isText(i, "a.d.") || isText(i, "ce") { return (false, i) }
        // "B.C" + "." when the sentence ends on it
        if isText(i, "b.c"), isChar(i + 1, 0x2E) { return (true, i + 1) }
        return nil
    }

    /// "79 AD", "1066 CE": a year of the common era. (A year BC has no value FORMAT.md allows:
    /// `yearContextOK` and `decadeOrCentury` keep "1200 BC" and "the 5th century BC" out.)
    private func eraYear(_ i: Int) -> Match? {
        guard let y = digits(i), y > 0, y < 10_000, tokens[i].shape == .digits, let e = era(i + 1), !e.bc else { return nil }
        // "AD" and "CE" are also words and codes ("12 AD points"): the era must end the phrase
        if e.last + 1 < n, tokens[e.last + 1].kind != .punctuation, entry(e.last + 1)?.word == nil { return nil }
        return Match(first: i, last: e.last, label: .date, value: Values.pad(y, 4), rule: "dates:era-year")
    }

    /// The value of "the 1990s" (`199`), or of "the 1800s", a century before 2000 (`18`).
    private static func decadeValue(_ year: Int) -> String {
        year % 100 == 0 && year < 2000 ? Values.pad(year / 100, 2) : Values.decade(year / 10)
    }

    /// `1990s`, `1990's`, `'90s`: the decade value.
    private func decadeToken(_ i: Int) -> (String, Int)? {
        guard i < n else { return nil }
        let t = tokens[i]
        if t.shape == .alphanumeric, t.length == 5, folded[Int(t.end) - 1] == 0x73 {
            var v = 0
            for k in Int(t.start) ..< Int(t.end) - 1 {
                let u = units[k]
                guard u >= 0x30, u <= 0x39 else { return nil }
                v = v * 10 + Int(u - 0x30)
            }
            guard v % 10 == 0, v >= 1000, v < 2100 else { return nil }
            return (Self.decadeValue(v), i)
        }
        if let y = fullYear(i), y % 10 == 0, i + 1 < n, attached(i + 1) {
            // "1990's" (possessive split) and "1990" + "s"
            let q = tokens[i + 1]
            if q.length == 2, units[Int(q.start)] == 0x27, folded[Int(q.start) + 1] == 0x73 { return (Self.decadeValue(y), i + 1) }
            if q.length == 1, folded[Int(q.start)] == 0x73 { return (Self.decadeValue(y), i + 1) }
        }
        if isChar(i, 0x27), i + 1 < n, attached(i + 1) {
            let q = tokens[i + 1]
            if q.shape == .alphanumeric, q.length == 3, folded[Int(q.end) - 1] == 0x73,
               let a = Optional(units[Int(q.start)]), let b = Optional(units[Int(q.start) + 1]),
               a >= 0x30, a <= 0x39, b == 0x30 {
                let tens = Int(a - 0x30)
                let century = tens <= ((dct?.year ?? 2000) % 100) / 10 ? (dct?.year ?? 2000) / 100 : (dct?.year ?? 2000) / 100 - 1
                return (Values.decade(century * 10 + tens), i + 1)
            }
        }
        return nil
    }

    // MARK: Quarters, halves, fiscal years

    private func quarterOrHalf(_ i: Int) -> Match? {
        var k = i
        var fiscal = false
        if isWord(k, .fiscal) {
            fiscal = true
            k += 1
            if isChar(k, 0x2D), attached(k) { k += 1 } // "fiscal-first quarter"
        }
        // Q3, Q3 2021, Q3 FY25
        if k < n, tokens[k].shape == .alphanumeric, tokens[k].length == 2, units[Int(tokens[k].start)] == 0x51,
           case let q = Int(units[Int(tokens[k].start) + 1]) - 0x30, q >= 1, q <= 4 {
            var last = k
            var year = dct?.year
            if let y = fullYear(k + 1) { year = y; last = k + 1 }
            else if let f = fiscalYear(k + 1), let y = Int(f.value) { year = y; last = f.last }
            return Match(first: i, last: last, label: .date, value: Values.quarter(year, q), rule: "dates:quarter-q")
        }
        // 3Q25, 1H25: a quarter or a half and a year of two digits, as analysts write them
        if k < n, tokens[k].shape == .alphanumeric, tokens[k].length == 4, case let r = Int(tokens[k].start),
           case let part = Int(units[r]) - 0x30, part >= 1, units[r + 1] == 0x51 && part <= 4 || units[r + 1] == 0x48 && part <= 2,
           units[r + 2] >= 0x30, units[r + 2] <= 0x39, units[r + 3] >= 0x30, units[r + 3] <= 0x39 {
            let year = 2000 + Int(units[r + 2] - 0x30) * 10 + Int(units[r + 3] - 0x30)
            let value = units[r + 1] == 0x51 ? Values.quarter(year, part) : "\(Values.year(year))-H\(part)"
            return Match(first: i, last: k, label: .date, value: value, rule: "dates:quarter-q")
        }
        // H1 2023, H2 2024: only with the year ("H1" alone is as often a visa or a heading)
        if k < n, tokens[k].shape == .alphanumeric, tokens[k].length == 2, units[Int(tokens[k].start)] == 0x48,
           case let h = Int(units[Int(tokens[k].start) + 1]) - 0x30, h == 1 || h == 2, let y = fullYear(k + 1) {
            return Match(first: i, last: k + 1, label: .date, value: "\(Values.year(y))-H\(h)", rule: "dates:half-h")
        }
        var part: Int
        var unit: TimeUnit
        var last: Int
        var adjective = false // "third-quarter profit" takes no "the"
        if let o = ordinal(k), o.value >= 1, o.value <= 4 {
            var u = o.last + 1
            if isChar(u, 0x2D), attached(u) { u += 1; adjective = true }
            if isWord(u, .fiscal) { u += 1 }
            // ("the first semester of 2025": a half-year, with its year)
            let semester = o.value <= 2 && isText(u, "semester") && isWord(u + 1, .of) && fullYear(u + 2) != nil
            if semester { unit = .year /* half */ }
            else {
                guard let e = entry(u), !e.unitPlural else { return nil }
                if e.unit == .quarter { unit = .quarter }
                else if e.word == .half, o.value <= 2 { unit = .year /* half */ }
                else { return nil }
            }
            part = o.value
            last = u
        } else if isWord(k, .last) || isWord(k, .final), let e = entry(k + 1), e.unit == .quarter || e.word == .half, !e.unitPlural {
            // "the final quarter of 2009", "the last half of 1989"
            guard isWord(k + 2, .of) || isWord(i - 1, .the) || isWord(i, .the) else { return nil }
            unit = e.unit == .quarter ? .quarter : .year
            part = unit == .quarter ? 4 : 2
            last = k + 1
            guard isWord(last + 1, .of) else { return nil }
        } else {
            return nil
        }
        // "the first half of the 1990s", "the last half of the '80s": the decade, its start or end
        if unit == .year, isWord(last + 1, .of) {
            let d = isWord(last + 2, .the) ? last + 3 : last + 2
            if let (decade, end) = decadeToken(d) {
                return Match(first: i, last: end, label: .date, value: decade, mod: part == 1 ? "START" : "END", rule: "dates:half-decade", takesThe: true)
            }
            // "the second half of November", "the first half of March 2022": the month, its start or end
            if let m = absoluteDate(last + 2) ?? monthAlone(last + 2), m.value.utf8.count == 7 {
                return Match(first: i, last: m.last, label: .date, value: m.value, mod: part == 1 ? "START" : "END", rule: "dates:half-month", takesThe: true)
            }
        }
        var year: Int? = dct?.year
        var explicitYear = false
        if isWord(last + 1, .of), let y = fullYear(last + 2) { year = y; last += 2; explicitYear = true }
        // "the first quarter of fiscal 2026", "the second half of fiscal year 2025": the fiscal year's
        else if isWord(last + 1, .of), isWord(last + 2, .fiscal), let y = fullYear(last + 3) ?? (entry(last + 3)?.unit == .year ? fullYear(last + 4) : nil) {
            year = y; last += fullYear(last + 3) != nil ? 3 : 4; explicitYear = true
        }
        else if let rel = relativeYear(last + 1), isWord(last + 1, .of) { year = rel.year; last = rel.last; explicitYear = true }
        else if let y = fullYear(last + 1) { year = y; last += 1; explicitYear = true }
        else if isWord(last + 1, .of), isWord(last + 2, .the), entry(last + 3)?.unit == .year, entry(last + 3)?.unitPlural == false,
                !isChar(last + 4, 0x2D) {
            last += 3 // "the second half of the year": the dct's
            // ("lowered rates three times in 2025 before pausing in the second half of the year":
            // the year named before it in a past sentence)
            if let y = lastYear, lastYearSentence == tokens[i].sentence, tense(at: i) == .past { year = y; explicitYear = true }
        } else if sportSentence(i) {
            return nil // "scored twice in the first half": the match's
        }
        // "the third quarter of its financial year": a fiscal quarter, numbered in its own year
        if isWord(last + 1, .of), isText(last + 2, "its") || isText(last + 2, "the") || isText(last + 2, "their") || isText(last + 2, "our"),
           isWord(last + 3, .fiscal) || isText(last + 3, "financial"), entry(last + 4)?.unit == .year {
            fiscal = true
        }
        if !explicitYear, unit == .quarter, let dct, !fiscal {
            // A quarter named without a year is this year's; one not yet begun in a past-tense
            // sentence is last year's.
            // (the verb before it in its clause governs it: "tariffs are due to rise again in the
            // fourth quarter under a reform agreed in 2023")
            let t = clauseTense(i)
            // (not a forecast's quarter: "raised its forecast for the second quarter" in March)
            let quarterStart = !isWord(i, .the) && isWord(i - 1, .the) ? i - 1 : i
            let forecast = isWord(quarterStart - 1, .forWord) && Self.forecastNouns.contains(where: { isText(quarterStart - 2, $0) })
            if part > (dct.month - 1) / 3 + 1, t == .past, !forecast { year = dct.year - 1 }
            // One that ended two quarters or more before the dct's, in a future sentence, is next
            // year's ("will peak in the first quarter" in November; "will report third-quarter
            // results" in October is the quarter just ended).
            if part + 2 <= (dct.month - 1) / 3 + 1, t == .future { year = dct.year + 1 }
            // ... and so is one already over as a deadline in the present ("prices are fixed until
            // the end of the first quarter" in November)
            let deadline = isDeadline(quarterStart - 1)
                || quarterStart >= 4 && isWord(quarterStart - 1, .of) && isWord(quarterStart - 2, .end) && isWord(quarterStart - 3, .the) && isDeadline(quarterStart - 4)
            if deadline, part < (dct.month - 1) / 3 + 1, t != .past, tense(at: i) != .past { year = dct.year + 1 }
            // One much nearer behind than ahead is last year's whatever the tense ("will report
            // fourth-quarter results in March", said in January)
            let current = (dct.month - 1) / 3 + 1
            if part > current, current + 4 - part < part - current { year = dct.year - 1 }
        }
        let value = unit == .quarter ? Values.quarter(year, part) : "\(Values.year(year))-H\(part)"
        return Match(first: i, last: last, label: .date, value: value, rule: unit == .quarter ? "dates:quarter" : "dates:half", takesThe: !adjective)
    }

    private func fiscalYear(_ i: Int) -> Match? {
        // fiscal 2021, fiscal year 2021, FY2021, FY 2021, FY21
        if isWord(i, .fiscal) || isWord(i, .fy) {
            var k = i + 1
            if entry(k)?.unit == .year { k += 1 }
            guard let y = fullYear(k) else { return nil }
            return Match(first: i, last: k, label: .date, value: Values.year(y), rule: "dates:fiscal-year")
        }
        if i < n, tokens[i].shape == .alphanumeric, tokens[i].length == 6 || tokens[i].length == 4,
           folded[Int(tokens[i].start)] == 0x66, folded[Int(tokens[i].start) + 1] == 0x79 {
            var v = 0
            for k in Int(tokens[i].start) + 2 ..< Int(tokens[i].end) {
                let u = units[k]
                guard u >= 0x30, u <= 0x39 else { return nil }
                v = v * 10 + Int(u - 0x30)
            }
            let y = tokens[i].length == 6 ? v : 2000 + v
            return Match(first: i, last: i, label: .date, value: Values.year(y), rule: "dates:fiscal-year")
        }
        return nil
    }

    // MARK: Seasons and holidays

    private func season(_ i: Int, afterThe: Bool) -> Match? {
        guard let e = entry(i), e.season > 0 else { return nil }
        let code = Values.seasonCodes[Int(e.season)]
        var k = i + 1
        if isWord(k, .of) { k += 1 }
        if let y = fullYear(k) {
            return Match(first: i, last: k, label: .date, value: "\(y)-\(code)", rule: "dates:season-year", takesThe: true)
        }
        if let spoken = spokenYear(k) {
            return Match(first: i, last: spoken.last, label: .date, value: "\(spoken.year)-\(code)", rule: "dates:season-year", takesThe: true)
        }
        if let rel = relativeYear(k) {
            return Match(first: i, last: rel.last, label: .date, value: "\(Values.year(rel.year))-\(code)", rule: "dates:season-year", takesThe: true)
        }
        // A bare season wants a signal: "in the summer", "this spring" is `relative`.
        // ("to", "and", "or", "of" are no signal here: "continue to fall")
        // A possessive is one too: "their autumn meetings".
        guard afterThe || isWord(i - 1, .the) || isMonthSignal(i - 1) && !isWord(i - 1, .to) && !isWord(i - 1, .and)
            && !isWord(i - 1, .or) && !isWord(i - 1, .of) || isPossessive(i - 1) else { return nil }
        // "its winter timetable", "the summer schedule": a kind of timetable, no season of a year
        if Self.timetableNouns.contains(where: { isText(i + 1, $0) }) { return nil }
        if isWord(i + 1, .of) { return nil } // "the fall of the wall"
        // "the summer-autumn crop", "the autumn-winter harvest": a crop's season, named by two
        if isChar(i + 1, 0x2D), attached(i + 1), (entry(i + 2)?.season ?? 0) > 0 { return nil }
        // "could slow the fall but not reverse it": a decline, unless a signal comes before "the"
        if isText(i, "fall"), isWord(i - 1, .the), !isMonthSignal(i - 2), !Self.seasonPrepositions.contains(where: { isText(i - 2, $0) }) { return nil }
        if tokens[i].shape == .capitalized, !tokens[i].flags.contains(.sentenceStart), isCapitalized(i + 1) { return nil }
        var year = dct?.year
        if let dct {
            let t = isDeadline(min(start, i) - 1) ? .future : isWord(min(start, i) - 1, .since) ? .past : tense(at: i)
            // January and February end the winter that began the year before: every other
            // season of the dct's year is still ahead of them
            let now = dct.month <= 2 ? 0 : Values.season(ofMonth: dct.month)
            if t == .past, Int(e.season) > now, e.season != 4 { year = dct.year - 1 }
            if t == .future, Int(e.season) < now { year = dct.year + 1 }
        }
        return Match(first: i, last: i, label: .date, value: "\(Values.year(year))-\(code)", rule: "dates:season", takesThe: true)
    }

    /// A decade after a possessive is an age: "in her twenties", "in his early 40s"
    /// (but "their 1990s hits" is a decade: callers ask only for two-digit decades and words).
    private func isAge(_ i: Int) -> Bool {
        isPossessive(i - 1) || (isWord(i - 1, .early) || isWord(i - 1, .mid) || isWord(i - 1, .late)) && isPossessive(i - 2)
    }

    private func isPossessive(_ i: Int) -> Bool {
        isText(i, "their") || isText(i, "its") || isText(i, "our") || isText(i, "his") || isText(i, "her") || isText(i, "my") || isText(i, "your")
    }

    /// A holiday's name at token `i`, in the year its tense points to; `shift` -1 or 1 ("last
    /// Thanksgiving", "next Christmas") takes the one before or after the dct, 0 with `this`
    /// the dct's year's.
    private func holiday(_ i: Int, shift: Int? = nil) -> Match? {
        guard let e = entry(i), e.startsHoliday, isCapitalized(i) else { return nil }
        guard let range = lex.holidayRanges[ids[i]] else { return nil }
        for h in lex.holidays[range] {
            var k = i + 1
            var ok = true
            for key in h.rest {
                guard k < n, tokens[k].length == key.count, Array(folded[tokens[k].range]) == key else { ok = false; break }
                k += 1
            }
            guard ok else { continue }
            var last = k - 1
            var year = dct?.year
            var explicit = false
            if let y = fullYear(last + 1) { year = y; last += 1; explicit = true }
            guard let y = year, let date = h.date(in: y) else {
                return Match(first: i, last: last, label: .date, value: "XXXX", rule: "dates:holiday")
            }
            var d = date
            if !explicit, let dct, let shift {
                if shift < 0, d >= dct, let p = h.date(in: y - 1) { d = p }
                if shift > 0, d <= dct, let f = h.date(in: y + 1) { d = f }
            } else if !explicit, let dct {
                let t = tense(at: i)
                // (a past sentence may name a holiday just ahead: "the exodus for Eid al-Fitr neared
                // its peak" three days before it; the one before only when it is a month or more ahead)
                // ("a snap election before Christmas" seven weeks ahead: a deadline reaches further)
                let reach = isDeadline(i - 1) || isWord(i - 1, .before) ? 90 : 30
                if t == .past, d.dayNumber - dct.dayNumber > reach, let p = h.date(in: y - 1) { d = p }
                if t == .future || isDeadline(i - 1), d < dct, let f = h.date(in: y + 1) { d = f }
                // without a tense, the nearest occurrence ("footfall held up after Boxing Day" in January)
                if t == .none || t == .present, let p = h.date(in: y - 1), let f = h.date(in: y + 1) {
                    for o in [p, f] where abs(o.dayNumber - dct.dayNumber) < abs(d.dayNumber - dct.dayNumber) { d = o }
                }
            }
            if let weekend = weekendOf(d, first: i, last: last) { return weekend }
            return Match(first: i, last: last, label: .date, value: Values.day(d), rule: "dates:holiday")
        }
        return nil
    }

    // MARK: Weekdays

    private func weekday(_ i: Int) -> Match? {
        guard let e = entry(i), e.weekday > 0, !e.weekdayAbbrev, isCapitalized(i) else { return nil }
        if e.weekdayPlural {
            var last = i
            var value = "XXXX-WXX-\(e.weekday)"
            if let p = entry(i + 1), p.partOfDay > 0 { value += "T" + Values.partCodes[Int(p.partOfDay)]; last += 1 }
            return Match(first: i, last: last, label: .set, value: value, rule: "dates:weekday-plural")
        }
        if let m = weekdayAround(Int(e.weekday), at: i, first: isWord(i - 1, .the) ? i - 1 : i) { return m }
        // "Sunday Times" (not after "on" or a deadline's word: "On Wednesday Macron travels")
        if isCapitalized(i + 1), entry(i + 1)?.month ?? 0 == 0, entry(i + 1)?.partOfDay ?? 0 == 0,
           !(isWord(i - 1, .on) || isWord(i - 1, .until) || isWord(i - 1, .since) || isWord(i - 1, .by)) { return nil }
        // "fell on a Friday": some Friday, not the nearest one ("attended a Sunday night
        // service" is that Sunday's)
        if isWord(i - 1, .a), isWord(i - 2, .on), !(entry(i + 1).map { $0.partOfDay > 0 } ?? false) { return Match(first: i, last: i, label: .date, value: "XXXX-WXX-\(e.weekday)", rule: "dates:weekday") }
        // "every Monday and Thursday": the second day recurs too
        if isWord(i - 1, .and) || isWord(i - 1, .or), i >= 3, isWord(i - 3, .every), (entry(i - 2)?.weekday ?? 0) > 0 {
            return Match(first: i, last: i, label: .set, value: "XXXX-WXX-\(e.weekday)", rule: "dates:set-every")
        }
        // "Friday next week", "Tuesday last week", "Monday this week": that day of that week
        if isWord(i + 1, .next) || isWord(i + 1, .last) || isWord(i + 1, .this), entry(i + 2)?.unit == .week, entry(i + 2)?.unitPlural == false,
           let dct {
            let shift = isWord(i + 1, .next) ? 1 : isWord(i + 1, .last) ? -1 : 0
            let monday = dct.adding(days: 1 - dct.weekday + 7 * shift)
            return Match(first: i, last: i + 2, label: .date, value: Values.day(monday.adding(days: Int(e.weekday) - 1)), rule: "dates:weekday-week")
        }
        let value = resolveWeekday(Int(e.weekday), at: i)
        // "Friday night", "Tuesday morning": a time of that day
        if let p = entry(i + 1), p.partOfDay > 0 {
            // "Friday nights": every such night
            if folded[Int(tokens[i + 1].end) - 1] == 0x73 {
                return Match(first: i, last: i + 1, label: .set, value: "XXXX-WXX-\(e.weekday)T" + Values.partCodes[Int(p.partOfDay)], rule: "dates:weekday-part-plural")
            }
            return Match(first: i, last: i + 1, label: .time, value: value + "T" + Values.partCodes[Int(p.partOfDay)], rule: "dates:weekday-part")
        }
        return Match(first: i, last: i, label: .date, value: value, rule: "dates:weekday")
    }

    /// "the Saturday before Christmas", "the last Sunday before Nov. 4", "the Friday after
    /// Thanksgiving": the weekday `wd` (token `i`) nearest before or after a day named right after
    /// it; the span starts at token `first`.
    private func weekdayAround(_ wd: Int, at i: Int, first: Int) -> Match? {
        guard isWord(i + 1, .before) || isWord(i + 1, .after) else { return nil }
        let a = i + 2
        guard a < n, isCapitalized(a), let anchor = holiday(a) ?? absoluteDate(a), anchor.value.utf8.count == 10 else { return nil }
        guard let day = CalendarDate(iso: anchor.value) else {
            return Match(first: first, last: anchor.last, label: .date, value: "XXXX-XX-XX", rule: "dates:weekday-around", takesThe: true)
        }
        let offset = isWord(i + 1, .before) ? -(((day.weekday - wd + 7) % 7 == 0 ? 7 : (day.weekday - wd + 7) % 7))
            : ((wd - day.weekday + 7) % 7 == 0 ? 7 : (wd - day.weekday + 7) % 7)
        return Match(first: first, last: anchor.last, label: .date, value: Values.day(day.adding(days: offset)), rule: "dates:weekday-around", takesThe: true)
    }

    /// Whether the day named at token `first` dates a report or a payment, not an event:
    /// "officials said on Thursday", "told reporters Friday", "payable on Oct. 28".
    private func reportDay(_ first: Int) -> Bool {
        let p = isWord(first - 1, .on) ? first - 2 : first - 1
        return isText(p, "said") || isText(p, "says") || isText(p, "told") || isText(p, "reporters") || isText(p, "announced")
            || isText(p, "reported") || isText(p, "added") || isText(p, "confirmed") || isText(p, "statement") || isText(p, "payable")
    }

    /// The first token of a clock time joined to the day at `s` by "on" ("6 a.m. on Wednesday",
    /// "7 p.m. GMT on Monday", "10 a.m. local time on Friday").
    private func clockTimeBefore(_ s: Int) -> Int? {
        guard isWord(s - 1, .on) else { return nil }
        var e = s - 2
        var zoned = false
        if let z = entry(e), z.zone >= 0 { e -= 1; zoned = true } else if isWord(e, .time), isWord(e - 1, .local) { e -= 2; zoned = true }
        return clockTimeStart(endingAt: e, zoned: zoned)
    }

    /// The first token of a clock time ending at token `e` ("6 a.m.", "10:30 p.m.", "noon"),
    /// at most four tokens back; a bare number counts only before a zone (`zoned`: "1800 GMT").
    private func clockTimeStart(endingAt e: Int, zoned: Bool) -> Int? {
        var b = e
        while b >= 0, b > e - 4,
              tokens[b].kind == .number || isText(b, "a.m.") || isText(b, "p.m.") || isText(b, "am") || isText(b, "pm") || isChar(b, 0x3A)
                || isWord(b, .noon) || isWord(b, .midnight) {
            b -= 1
        }
        // (a bare number without a zone is no clock time: "its forecast for 2025 on Wednesday evening")
        guard b < e, zoned || (b + 1 ... e).contains(where: { tokens[$0].kind != .number }) else { return nil }
        return b + 1
    }

    /// The weekday `wd` nearest the dct in the direction the sentence's tense points:
    /// past (or no cue) -> the latest one on or before the dct; future -> the first on or after it.
    /// `start` is where the whole expression starts ("until 9 a.m. Tuesday"), for the deadline signal.
    private func resolveWeekday(_ wd: Int, at i: Int, start: Int? = nil) -> String {
        guard let dct else { return "XXXX-WXX-\(wd)" }
        // The verb before the day governs it ("told reporters on Thursday that talks would resume").
        // (the present progressive of an arrangement looks ahead: "We are not giving it back on Saturday")
        let tense = progressiveBefore(i) ? .future : cueBefore(i)
        // "until Friday", "by Friday": a deadline, ahead ("postponed until Tuesday"), unless
        // the sentence is in the past perfect ("had filed reports by Wednesday", "until
        // Thursday, they had not called him"); "runs through Sunday" unless the sentence
        // is past ("rose through Friday")
        var s = start ?? i
        // "until 6 a.m. on Wednesday", "until 7 p.m. GMT on Monday": the signal before the time
        if start == nil, let t = clockTimeBefore(s) { s = t }
        // ("extended an alert through Saturday night": moved later, ahead)
        let deadline = (isWord(s - 1, .until) || isWord(s - 1, .by)) && !inPastPerfect(i)
            || isWord(s - 1, .through) && (tense != .past || postponedBefore(i))
        // "from Sunday": an open start (not "from Tuesday to Thursday", a range told like any other day)
        // ("a warning in force from 9 p.m. Thursday until 6 p.m. Friday": the start of a state, ahead)
        // ("sanctions imposed last month take full effect on Friday": a change in force from the day, ahead)
        let takesEffect = isWord(s - 1, .on) && isText(s - 2, "effect")
            && (isText(s - 3, "take") || isText(s - 3, "takes") || isText(s - 3, "full") && (isText(s - 4, "take") || isText(s - 4, "takes")))
        let inForce = takesEffect || isWord(s - 1, .from) && (isText(s - 2, "force") && isText(s - 3, "in") || isText(s - 2, "valid") || isText(s - 2, "effective"))
        // (also from a time on the day, and before "until" and a clause: "banned from midnight on
        // Friday until polls close")
        let rangeEnd = (isWord(i + 1, .to) || isWord(i + 1, .through) || isWord(i + 1, .until) || isChar(i + 1, 0x2D))
            && (i + 2 >= n || tokens[i + 2].kind == .number || entry(i + 2) != nil)
        let fromTimeOn = start.map { isWord(i - 1, .on) && clockTimeBefore(i) == $0 } ?? false
        let openStart = inForce || (start == nil || fromTimeOn) && isWord(s - 1, .from) && !rangeEnd
        var offset: Int
        // "on Thursday and Friday": a day coordinated after another follows it
        if start == nil, isWord(i - 1, .and) || isWord(i - 1, .or), (entry(i - 2)?.weekday ?? 0) > 0, let last = lastDay,
           lastDaySentence == tokens[i].sentence, let before = CalendarDate(iso: last), case let ahead = (wd - before.weekday + 7) % 7,
           ahead >= 1, ahead <= 3 {
            return Values.day(before.adding(days: ahead))
        }
        // "set a deadline of midnight on Sunday": the day of a deadline set lies ahead, unless it
        // passed or was missed
        if let dl = (max(0, i - 6) ..< i).last(where: { isText($0, "deadline") }), isWord(dl + 1, .of) || isWord(dl + 1, .forWord),
           !inPastPerfect(i), !(max(0, dl - 4) ..< dl).contains(where: { isText($0, "missed") || isText($0, "passed") || isText($0, "met") }) {
            return Values.day(dct.adding(days: (wd - dct.weekday + 7) % 7))
        }
        // "Friday is where we find out": a day that is the subject of "is" lies ahead
        if start == nil, isText(i + 1, "is"), !isWord(i - 1, .last) {
            return Values.day(dct.adding(days: (wd - dct.weekday + 7) % 7))
        }
        // "in force since Thursday": a stretch that began on a day already past
        // ("sits bottom after a 2-1 defeat at Preston on Saturday": the day of an event over,
        // after "after")
        if start == nil, isWord(s - 1, .since) || afterPastEvent(s) {
            return Values.day(dct.adding(days: -((dct.weekday - wd + 7) % 7)))
        }
        // "a premium of 24 percent to the closing price on Friday": a market's price of a day is
        // one already set, the latest such day on or before the dct
        if start == nil, isWord(i - 1, .on), isText(i - 2, "price") || isText(i - 2, "prices") || isText(i - 2, "close") && isWord(i - 3, .the) {
            return Values.day(dct.adding(days: -((dct.weekday - wd + 7) % 7)))
        }
        // "said Monday's schedule would be cut": a possessive day whose noun is the subject of
        // "will" or "would", ahead
        if start == nil, isText(i + 1, "'s"), i + 3 < n, let m = (i + 3 ... min(n - 1, i + 5)).first(where: { k in Self.futureModals.contains { isText(k, $0) } }),
           !(i + 2 ..< m).contains(where: { tokens[$0].kind != .word || entry($0)?.tense != nil && entry($0)?.tense != Tense.none }) {
            return Values.day(dct.adding(days: (wd - dct.weekday + 7) % 7))
        }
        // "will appeal Wednesday's ruling": a possessive day of an event already over looks back
        if tense == .future, !deadlineBefore(s), isText(i + 1, "'s"), entry(i + 2)?.pastEvent == true {
            return Values.day(dct.adding(days: -((dct.weekday - wd + 7) % 7)))
        }
        // "tickets for Tuesday's game", "fit for Wednesday's semi-final", "ahead of Sunday's
        // vote": an event prepared for, ahead (not "jailed for Friday's attack", an event over)
        // (and a day after "for" outside a past sentence: "if he isn't ready for Friday")
        // (and a day's deadline with no past verb before it: "students face a Wednesday deadline")
        if isText(i + 1, "'s") && (isWord(s - 1, .forWord) || isText(s - 1, "of") && isText(s - 2, "ahead")) && entry(i + 2)?.pastEvent != true
            || start == nil && isWord(s - 1, .forWord) && tense != .past
            || start == nil && isText(i + 1, "deadline") && !sentenceCues(i).contains(where: { $0.position < i && $0.tense == .past }) {
            return Values.day(dct.adding(days: (wd - dct.weekday + 7) % 7))
        }
        // "The vote is on Sunday", "the final is Saturday": a copula in the present right before
        // the day schedules it
        var copula = s - 1
        if isWord(copula, .the) { copula -= 1 } // "is on the Sunday before the vote"
        if isWord(copula, .on) { copula -= 1 }
        let scheduled = isText(copula, "is") || isText(copula, "are")
        let cues = sentenceCues(i)
        if tense == .future, !deadline, let c = cues.last(where: { $0.position < i }),
           isText(c.position, "would") || isText(c.position, "due") && (isText(c.position - 1, "was") || isText(c.position - 1, "were")),
           cues.contains(where: { $0.tense == .past && $0.position < c.position }) {
            // "talks that were due to close on Friday ran overnight": a plan told in the past may
            // lie either side of the dct, the nearest such day; after "would" it lies ahead ("said
            // she would ask the council on Tuesday", "would take over his cases from Monday")
            // ("due to take over his cases from Monday": a start, ahead)
            let ahead = (wd - dct.weekday + 7) % 7
            let starts = isWord(s - 1, .from) || isText(s - 1, "starting") || isText(s - 1, "beginning")
            offset = ahead <= 3 || starts || isText(c.position, "would") ? ahead : ahead - 7
            // ("warned on Thursday night that it would be in force from Friday", told on a Monday:
            // "would" after a past day of its sentence looks ahead from that day)
            // (the day of the telling: next to a verb of saying and in the same clause, or before a
            // comma and one, "on Thursday night, saying it would"; not another clause's: "a strike it
            // had announced on December 19, and the smaller union said it would sign on Tuesday")
            if isText(c.position, "would"), let last = lastDay, lastDaySentence == tokens[i].sentence, lastDayToken < c.position,
               let before = CalendarDate(iso: last), before < dct,
               (max(0, lastDayToken - 4) ... min(n - 1, lastDayToken + 3)).contains(where: { entry($0)?.speech == true || isText($0, "saying") }),
               !(lastDayToken + 1 ..< c.position).contains(where: { isChar($0, 0x2C) && entry($0 + 1)?.speech != true && !isText($0 + 1, "saying")
                   || isChar($0, 0x3B) }) {
                offset = before.adding(days: (wd - before.weekday + 7) % 7).dayNumber - dct.dayNumber
            }
            // ("said staff would stop work from Tuesday to Thursday": a range's end follows its start)
            if offset >= 0, isWord(i - 1, .to) || isWord(i - 1, .through) || isChar(i - 1, 0x2D), (entry(i - 2)?.weekday ?? 0) > 0 {
                offset = inTurn(offset, deadline: deadline, i)
            }
        } else if tense == .past, case let opening = Self.openingParticiples.contains(where: { isText(isWord(s - 1, .on) || isWord(s - 1, .at) ? s - 2 : s - 1, $0) }),
                  opening || isWord(s - 1, .forWord) {
            // "crossings that had been scheduled for Friday", "cancelled 64 flights for Wednesday": a
            // plan told in the past, ahead within two days, else the one before; "the season ending
            // on Friday", "applications opening 8 a.m. on Monday": a start or an end, ahead within
            // four days
            // (a plan for a day not called off lies ahead: "called a 24-hour strike for Wednesday",
            // "had been rebooked for Saturday"; not one told as a schedule: "the vote had been
            // scheduled for Thursday")
            let ahead = (wd - dct.weekday + 7) % 7
            let scheduledFor = isWord(s - 1, .forWord) && Self.planParticiples.contains(where: { isText(s - 2, $0) })
            offset = ahead <= (opening ? 4 : 2) || !opening && !scheduledFor && !calledOff(i) ? ahead : ahead - 7
        } else if deadline && isWord(s - 1, .by), pastCueInClause(before: i) && tense == .past || pastCueOpensClause(after: i),
                  !postponedBefore(i), !modalBefore(s) {
            // "Winds fell below cyclone strength by 6 a.m. on Friday": a time something was done by, past
            // (and so is one that opens its clause before a past verb: "and by Thursday morning aerial
            // surveys showed no oil")
            offset = -((dct.weekday - wd + 7) % 7)
        } else if deadline || openStart || isWord(s - 1, .through) && !inPastPerfect(i), tense == .past, pastCueInClause(before: i), !postponedBefore(i),
                  !(deadline && presentPerfectBefore(i)) {
            // "kept 36 stations open until 9 p.m. on Saturday", "were barred from the highway until
            // Wednesday": a deadline told in the past, not moved later, is the nearest such day, and
            // so is a start ("declared three days of mourning from Sunday"); but a closing ordered
            // until a day lies ahead ("closed their schools until Monday", "shut schools across the
            // north until Monday")
            let ahead = (wd - dct.weekday + 7) % 7
            offset = ahead <= 3 || (isWord(s - 1, .until) || isWord(s - 1, .through)) && closedUntil(s - 1) ? ahead : ahead - 7
        } else if tense == .future || deadline || scheduled || tense == .present && openStart || inForce || isText(s - 1, "effective") || calledToMeeting(s)
                    || isWord(s - 1, .on) && (isWord(s - 2, .next) || isWord(s - 3, .next) && isWord(s - 4, .the) || isText(s - 2, "deadline")) {
            // ("the ban applies from Monday": a start told in the present, ahead; "cut the rate,
            // effective Friday": a date a change takes effect, ahead; "with the next on Tuesday",
            // "the next meeting on Friday": the next of a series, ahead)
            offset = inTurn((wd - dct.weekday + 7) % 7, deadline: deadline, i)
        } else {
            offset = -((dct.weekday - wd + 7) % 7)
        }
        // A range's end does not come before its start: "strike from 3 a.m. on Wednesday to 3
        // a.m. on Friday", "from Wednesday afternoon until Saturday"
        if isWord(s - 1, .to) || isWord(s - 1, .until) || isWord(s - 1, .through) || isChar(s - 1, 0x2D), let last = lastDay,
           lastDaySentence == tokens[i].sentence, lastDayToken < s, let begin = CalendarDate(iso: last),
           (max(0, lastDayToken - 6) ..< lastDayToken).contains(where: { isWord($0, .from) }),
           dct.adding(days: offset) < begin, dct.adding(days: offset + 7) >= begin {
            offset += 7
        }
        return Values.day(dct.adding(days: offset))
    }

    /// Whether the day at `s` follows "on" in a phrase of an event already over opened by
    /// "after" or "following" ("after a 2-1 defeat at Preston North End on Saturday"), the
    /// event's noun at most six tokens before "on", with no comma or tense cue between and no
    /// modal before it.
    private func afterPastEvent(_ s: Int) -> Bool {
        guard isWord(s - 1, .on), let e = (max(0, s - 8) ..< s - 1).last(where: { entry($0)?.pastEvent == true }),
              !(e + 1 ..< s - 1).contains(where: { isChar($0, 0x2C) }),
              let a = (max(0, e - 6) ..< e).last(where: { isWord($0, .after) || isText($0, "following") }),
              isWord(a + 1, .a) || isWord(a + 1, .the) || isText(a + 1, "their") || isText(a + 1, "its") || isText(a + 1, "his") || isText(a + 1, "her")
        else { return false }
        // (not in a sentence of what will be: "fans will celebrate after a win on Saturday")
        let sentence = Int(tokens[s].sentence)
        guard sentence < text.sentences.count else { return false }
        // ("after" in the day's own sentence)
        let first = text.sentences[sentence].lowerBound
        guard a >= first else { return false }
        return !sentenceCues(s).contains { $0.position > a && $0.position < s }
            && !(first ..< a).contains { k in Self.futureModals.contains { isText(k, $0) } }
    }

    /// Whether the last tense cue before the weekday at `i` is "is", "are" or "am" before a verb
    /// in -ing ("are not giving it back on Saturday", "is playing Arsenal on Sunday"), with no
    /// comma between and nothing but the verb's object after it (no event over: "an attack"),
    /// the day right after "on".
    private func progressiveBefore(_ i: Int) -> Bool {
        guard isWord(i - 1, .on), !isText(i + 1, "'s"), let c = sentenceCues(i).last(where: { $0.position < i }), c.tense == .present,
              isText(c.position, "is") || isText(c.position, "are") || isText(c.position, "am") else { return false }
        var v = c.position + 1
        if isText(v, "not") { v += 1 }
        guard v < i - 1, endsInIng(v) else { return false }
        // (not an event already over: "are investigating an attack on Sunday")
        return i - v <= 5 && !(v ..< i).contains { isChar($0, 0x2C) || entry($0)?.pastEvent == true }
    }

    /// Whether the day at `s` (its "on", or the clock time before it) dates a meeting someone was
    /// called to: "has called both sides to talks on Tuesday", "called them back for talks at 10
    /// a.m. on Tuesday" (ahead, though the call is past).
    private func calledToMeeting(_ s: Int) -> Bool {
        guard isWord(s - 1, .on) || isWord(s - 1, .at) else { return false }
        var k = s - 2
        guard Self.meetingNouns.contains(where: { isText(k, $0) }) else { return false }
        k -= 1
        if isWord(k, .a) || isWord(k, .the) { k -= 1 }
        guard isWord(k, .to) || isWord(k, .forWord) else { return false }
        return (max(0, k - 6) ..< k).contains { j in
            (isText(j, "called") || isText(j, "calls") || isText(j, "summoned") || isText(j, "invited")) && !(j + 1 ..< k).contains { isChar($0, 0x2C) }
        }
    }

    /// Whether the "until" or "through" at `u` ends the object of a closing verb in the active or
    /// of its bare participle, with no punctuation between: "closed their schools until Monday",
    /// "suspended classes until Monday", "all flights cancelled through Sunday" (not "were closed
    /// until Monday").
    private func closedUntil(_ u: Int) -> Bool {
        // (the bare participle after its noun, no verb of tense or of staying or keeping before
        // them: not "schools stayed closed until Monday", "kept it shut through Sunday")
        guard let v = (max(0, u - 14) ..< u).last(where: { k in Self.closingVerbs.contains { isText(k, $0) } }),
              v + 1 < u || v > 0 && tokens[v - 1].kind == .word && entry(v - 1).map({ $0.tense == Tense.none }) ?? true
                && !(max(0, v - 4) ..< v).contains(where: { k in Self.keepingVerbs.contains { isText(k, $0) } }),
              !(v + 1 ..< u).contains(where: { tokens[$0].kind == .punctuation }),
              !isText(v - 1, "was"), !isText(v - 1, "were"), !isText(v - 1, "had"), !isText(v - 1, "been") else { return false }
        return true
    }

    /// Verbs of staying or keeping before a closing's participle: "schools stayed closed", "kept it shut".
    private static let keepingVerbs: [StaticString] = ["stayed", "remained", "kept", "keep", "keeps", "left", "being", "be"]

    /// Verbs of closing something until a day: "closed", "shut", "suspended", "cancelled".
    private static let closingVerbs: [StaticString] = ["closed", "shut", "suspended", "cancelled", "canceled"]

    /// Nouns of a meeting that someone is called to.
    private static let meetingNouns: [StaticString] = ["talks", "meeting", "hearing", "session", "summit", "negotiations"]

    /// "will begin on Monday, with others to follow on Wednesday and Friday", "said staff would
    /// stop work from Tuesday to Thursday": days ahead named in turn in a sentence follow one
    /// another; `offset` (days after the dct) a week later when it would fall before the last.
    private func inTurn(_ offset: Int, deadline: Bool, _ i: Int) -> Int {
        // (not a possessive day, an event's: "would decide on Saturday ... if Friday's talks fail")
        // (nor a day in a clause of what comes first: "a statement is expected on Friday, after
        // Salazar visits Ho Chi Minh City on Thursday")
        guard let dct, lastDayIsWeekday, !deadline, !isText(i + 1, "'s"), let last = lastDay, lastDaySentence == tokens[i].sentence,
              let before = CalendarDate(iso: last), before > dct, before <= dct.adding(days: 7), dct.adding(days: offset) < before,
              !(lastDayToken + 1 ..< max(lastDayToken + 1, i)).contains(where: { isWord($0, .after) || isText($0, "once") }) else { return offset }
        // (nor a day inside a stretch that the last day closes: "winds until Saturday evening,
        // with temperatures near 39C on Friday")
        if (max(0, lastDayToken - 3) ..< lastDayToken).contains(where: { isWord($0, .until) || isText($0, "till") }) { return offset }
        // (nor the same moment told again in another zone: "from midnight on Friday, or 2300 GMT
        // on Thursday")
        if let o = (max(0, i - 6) ..< i).last(where: { isWord($0, .or) }), (o + 1 ..< i).contains(where: { (entry($0)?.zone ?? -1) >= 0 }) {
            return offset
        }
        // (the same weekday named again is the same day: "to run from Friday to Sunday, with gates
        // opening at noon on Friday")
        let sentence = Int(tokens[i].sentence)
        if sentence < text.sentences.count, case let first = text.sentences[sentence].lowerBound, let wd = entry(i)?.weekday, wd > 0, (first ..< i).contains(where: { entry($0)?.weekday == wd && isCapitalized($0) }) { return offset }
        return offset + 7
    }

    // MARK: Relative expressions

    /// "last year", "next month", "this week", "the previous decade", "last Friday",
    /// "this past spring", "the coming months", "this morning", "last night".
    private func relative(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        var k = i + 1
        if w == .that, let e = entry(k), let unit = e.unit, !e.unitPlural, let m = anaphoric(unit, i, k) { return m }
        // "the same year", "the same quarter": the one last named
        if w == .same, isWord(i - 1, .the), let e = entry(k), let unit = e.unit, !e.unitPlural, unit == .year || unit == .quarter,
           !isChar(k + 1, 0x2D), var m = anaphoric(unit, i, k) {
            m.takesThe = true
            return m
        }
        // "the next morning", "the previous night", "that evening": a part of the day after, before
        // or of the day last named (the next or previous: in this or the last sentence), else the dct's
        if let e = entry(k), e.partOfDay > 0, folded[Int(tokens[k].end) - 1] != 0x73,
           w == .previous || w == .following || w == .next && isWord(i - 1, .the) || w == .that && tokens[i].shape != .upper && !complementizer(i) {
            let shift = w == .that ? 0 : w == .previous ? -1 : 1
            // (in a past sentence, the day named last anywhere before: "was arrested the following morning")
            let narrated = tense(at: i) == .past ? lastDay.flatMap { CalendarDate(iso: $0) }.map { Values.day($0.adding(days: shift)) } : nil
            // ("the friend called 911 that night": the night of the event's day, not the report's)
            let day = w == .that ? lastEventDay?.value ?? lastDay ?? Values.period(.day, shift: 0, from: dct)
                : anchoredShift(.day, shift, at: i) ?? narrated ?? Values.period(.day, shift: shift, from: dct)
            return Match(first: i, last: k, label: .time, value: day + "T" + Values.partCodes[Int(e.partOfDay)], rule: "dates:part-of-day",
                         takesThe: true)
        }
        let shift: Int
        var rule = "dates:relative"
        switch w {
        case .last, .previous, .past, .prior, .preceding: shift = -1
        case .next, .following, .coming, .upcoming: shift = 1
        case .this, .current, .these:
            if isWord(k, .past) || isWord(k, .last) { shift = -1; k += 1 } else if isWord(k, .coming) { shift = 1; k += 1 } else { shift = 0 }
            rule = "dates:relative-this"
        case .recent: shift = -1
        case .latest: shift = -1
        default: return nil
        }
        // "the current fiscal year", "next financial year", "this academic year"
        if isWord(k, .fiscal) || Self.yearKinds.contains(where: { isText(k, $0) }), entry(k + 1)?.unit == .year, entry(k + 1)?.unitPlural == false { k += 1 }
        if w == .latest, isWord(k, .period) {
            return Match(first: i, last: k, label: .date, value: Values.period(.quarter, shift: -1, from: dct), rule: "dates:latest-period", takesThe: true)
        }
        guard let e = entry(k) else { return nil }
        // "over the next week", "for the coming year": the span ahead, as "over the next three years"
        // (not "a budget for the next fiscal year", one year named)
        if w == .next || w == .coming, k == i + 1, isWord(i - 1, .the), isWord(i - 2, .over) || isWord(i - 2, .forWord), let unit = e.unit, !e.unitPlural,
           unit.isCalendar, unit != .weekend, !isWord(k + 1, .or) {
            return Match(first: i, last: k, label: .duration, value: unit.duration("1"), rule: "dates:relative-next-unit", takesThe: true)
        }
        // "the following year", "the previous month", "the next day" after a date in this or the
        // last sentence: that date's year, month or day, moved ("in 2020, up 11% on the previous year").
        if w == .previous || w == .prior || w == .preceding || w == .following || (w == .next && isWord(i - 1, .the)),
           let unit = e.unit, !e.unitPlural, let value = anchoredShift(unit, shift, at: i) {
            return Match(first: i, last: k, label: .date, value: value, rule: "dates:relative-anchored", takesThe: true)
        }
        // "the last day of classes", "the last week of the campaign": the final one of something,
        // no relative day (not "the last week of March")
        // ("until the last days of the term" too)
        if w == .last, isWord(i - 1, .the), e.unit != nil, isWord(k + 1, .of),
           case let o = isWord(k + 2, .the) ? k + 3 : k + 2, o < n, tokens[o].shape == .lower,
           entry(o).map({ $0.unit == nil && $0.month == 0 && $0.weekday == 0 && $0.season == 0 }) ?? true {
            return nil
        }
        // A capitalized "This Week" inside a sentence is a title.
        if isCapitalized(i), isCapitalized(k), !tokens[i].flags.contains(.sentenceStart), !tokens[i].flags.contains(.lineStart) { return nil }
        // Unit: "last year", "the past decade", "next week", "this weekend"
        if let unit = e.unit {
            if e.unitPlural {
                // "recent years", "the coming months", "these days", "the past few weeks" (handled by quantified)
                switch w {
                case .recent, .coming, .upcoming:
                    return Match(first: i, last: pluralPair(k), label: .duration, value: unit.duration("X"), rule: "dates:relative-plural", takesThe: true)
                case .past, .last:
                    if w == .last, !isWord(i - 1, .the) { return nil } // "may last weeks": a verb
                    return Match(first: i, last: k, label: .date, value: "PAST_REF", rule: "dates:relative-plural", takesThe: true)
                case .next: return Match(first: i, last: k, label: .date, value: "FUTURE_REF", rule: "dates:relative-plural", takesThe: true)
                case .these where unit == .day: return Match(first: i, last: k, label: .date, value: "PRESENT_REF", rule: "dates:relative-plural")
                default: return nil
                }
            }
            if w == .recent { return nil }
            if w == .latest, unit != .quarter, unit != .year { return nil }
            // "the past decade", "the past fortnight", "the next fortnight", "sold bonds in the past
            // month": a span of time up to now, as "the past three years" ("over the past year",
            // "over the last week" too; "the last week" alone is a week)
            if w == .past && (unit == .decade || unit == .century || isWord(i - 1, .the) && (unit == .week || unit == .month || unit == .year))
                || unit == .fortnight && shift != 0 && isWord(i - 1, .the)
                || (w == .past || w == .last) && isWord(i - 1, .the) && isWord(i - 2, .over) && unit != .weekend {
                return Match(first: i, last: k, label: .duration, value: unit.duration("1"), rule: "dates:relative-past-unit", takesThe: true)
            }
            if unit == .second || unit == .minute || unit == .hour { return nil }
            if w == .these { return nil }
            // "this year's third quarter"
            if unit == .year, k + 1 < n, tokens[k + 1].length == 2, units[Int(tokens[k + 1].start)] == 0x27,
               let q = ordinal(k + 2), q.value <= 4, entry(q.last + 1)?.unit == .quarter {
                let y = dct.map { $0.year + shift }
                return Match(first: i, last: q.last + 1, label: .date, value: Values.quarter(y, q.value), rule: "dates:relative-quarter", takesThe: true)
            }
            // "last year's quarter": the quarter last named, in that year
            if unit == .year, k + 2 < n, tokens[k + 1].length == 2, units[Int(tokens[k + 1].start)] == 0x27,
               let q = entry(k + 2), q.unit == .quarter, !q.unitPlural, !(isChar(k + 3, 0x2D) && attached(k + 3)) {
                let y = dct.map { Values.year($0.year + shift) } ?? "XXXX"
                return Match(first: i, last: k + 2, label: .date, value: y + "-" + (lastQuarter.map { "Q\($0.quarter)" } ?? "QX"),
                             rule: "dates:relative-quarter", takesThe: true)
            }
            let value: String
            if unit == .quarter, w == .latest { value = Values.period(.quarter, shift: -1, from: dct) }
            // "the coming weekend" on a weekday is the one ahead in the same week
            else if unit == .weekend, w == .coming || w == .upcoming, let d = dct, d.weekday <= 5 { value = Values.period(unit, shift: 0, from: d) }
            else { value = Values.period(unit, shift: shift, from: dct) }
            return Match(first: i, last: k, label: .date, value: value, rule: rule, takesThe: true)
        }
        // "last Friday", "next Monday", "this Friday"
        if e.weekday > 0, !e.weekdayPlural, !e.weekdayAbbrev, w != .recent, w != .latest, w != .these {
            guard let dct else { return Match(first: i, last: k, label: .date, value: "XXXX-WXX-\(e.weekday)", rule: rule, takesThe: true) }
            let wd = Int(e.weekday)
            // "the last Saturday before Christmas"
            if w == .last, isWord(i - 1, .the), let m = weekdayAround(wd, at: k, first: i) { return m }
            // "last Friday night": the part of the day joins the span, a time of that day (as "Friday night")
            let part = (entry(k + 1)?.partOfDay ?? 0) > 0 && folded[Int(tokens[k + 1].end) - 1] != 0x73 ? Int(entry(k + 1)!.partOfDay) : 0
            let last = part > 0 ? k + 1 : k
            let label: Label = part > 0 ? .time : .date
            let suffix = part > 0 ? "T" + Values.partCodes[part] : ""
            // "the previous Friday", "the following Monday": counted from a day named in this or the
            // last sentence ("closed down 4% from the previous Friday" after a Friday's close), else the dct.
            let anchored = w == .previous || w == .prior || w == .preceding || w == .following || (w == .next && isWord(i - 1, .the))
            var base = dct
            if anchored, lastDaySentence >= tokens[i].sentence - 1, let day = lastDay.flatMap({ CalendarDate(iso: $0) }) { base = day }
            var offset: Int
            if shift < 0 { offset = -((base.weekday - wd + 7) % 7); if offset == 0 { offset = -7 } }
            else if shift > 0 { offset = (wd - base.weekday + 7) % 7; if offset == 0 { offset = 7 } }
            else { return Match(first: i, last: last, label: label, value: resolveWeekday(wd, at: k) + suffix, rule: rule, takesThe: true) }
            return Match(first: i, last: last, label: label, value: Values.day(base.adding(days: offset)) + suffix, rule: anchored && base != dct ? "dates:relative-anchored" : rule,
                         takesThe: true)
        }
        // "last Thanksgiving", "next Christmas", "this Easter"
        if e.startsHoliday, w == .last || w == .next || w == .this, !isWord(i - 1, .the), var m = holiday(k, shift: shift) {
            m.first = i
            return m
        }
        // "last April", "next March"
        if e.month > 0, !e.monthAbbrev, isCapitalized(k), w != .recent, w != .latest, w != .these {
            guard let dct else { return Match(first: i, last: k, label: .date, value: Values.month(nil, Int(e.month)), rule: rule) }
            let m = Int(e.month)
            var y = dct.year
            if shift < 0, m >= dct.month { y -= 1 }
            if shift > 0, m <= dct.month { y += 1 }
            return Match(first: i, last: k, label: .date, value: Values.month(y, m), rule: rule)
        }
        // "last summer", "this spring"
        if e.season > 0, w != .recent, w != .latest, w != .these {
            let code = Values.seasonCodes[Int(e.season)]
            guard let dct else { return Match(first: i, last: k, label: .date, value: "XXXX-\(code)", rule: rule, takesThe: true) }
            // Seasons on one line: year * 4 + season - 1; January and February belong to the winter before.
            let now = dct.month <= 2 ? (dct.year - 1) * 4 + 3 : dct.year * 4 + Values.season(ofMonth: dct.month) - 1
            var index = (now / 4) * 4 + Int(e.season) - 1
            // "this spring" read in January: the spring of the dct's year (a winter keeps the one it is in)
            if shift == 0, dct.month <= 2, e.season != 4 { index += 4 }
            if shift < 0, index >= now { index -= 4 }
            if shift > 0, index <= now { index += 4 }
            return Match(first: i, last: k, label: .date, value: "\(index / 4)-\(code)", rule: rule, takesThe: true)
        }
        // "this morning", "last night", "this afternoon"
        if e.partOfDay > 0, w == .this || (w == .last && e.partOfDay == 4) {
            let day = Values.period(.day, shift: w == .last ? -1 : 0, from: dct)
            return Match(first: i, last: k, label: .time, value: day + "T" + Values.partCodes[Int(e.partOfDay)], rule: "dates:part-of-day")
        }
        return nil
    }

    /// The year, month or day last named in this or the previous sentence, moved by `shift` units.
    private func anchoredShift(_ unit: TimeUnit, _ shift: Int, at i: Int) -> String? {
        let sentence = tokens[i].sentence
        switch unit {
        case .year:
            guard let y = lastYear, sentence - lastYearSentence <= 1 else { return nil }
            return Values.year(y + shift)
        case .month:
            // A month is named in a story's narrative ("In March, ... The following month, ..."):
            // the last one named, however far back (a year or a day only in this or the last sentence).
            guard let m = lastMonth,
                  let d = CalendarDate(year: m.year, month: m.month, day: 1) else { return nil }
            let moved = Values.adding(months: shift, to: d)
            return Values.month(moved.year, moved.month)
        case .day:
            guard let day = lastDay, sentence - lastDaySentence <= 1, let d = CalendarDate(iso: day) else { return nil }
            return Values.day(d.adding(days: shift))
        case .week:
            // "1,184 cases last week, down from 1,562 the week before"
            guard let w = lastWeek, sentence - w.sentence <= 1 else { return nil }
            return Values.week(w.monday.adding(days: 7 * shift))
        case .quarter:
            // "rose in the third quarter from the previous quarter"
            guard let q = lastQuarter, sentence - q.sentence <= 1 else { return nil }
            let index = q.year * 4 + q.quarter - 1 + shift
            return Values.quarter(index / 4, index % 4 + 1)
        default:
            return nil
        }
    }

    /// "that year", "that quarter", "that month", "that day", "the same year": the period of the date last named.
    private func anaphoric(_ unit: TimeUnit, _ i: Int, _ k: Int) -> Match? {
        let value: String
        switch unit {
        case .year: guard let y = lastYear else { return nil }; value = Values.year(y)
        case .quarter: guard let q = lastQuarter else { return nil }; value = Values.quarter(q.year, q.quarter)
        case .month: guard let m = lastMonth else { return nil }; value = Values.month(m.year, m.month)
        // (an event's day before a report's: "said on Tuesday that files were encrypted at 3:40 a.m.
        // that day", after "offline since Thursday", is Thursday)
        case .day: guard let d = lastEventDay?.value ?? lastDay else { return nil }; value = d
        default: return nil
        }
        return Match(first: i, last: k, label: .date, value: value, rule: "dates:anaphoric")
    }

    // MARK: Quantities of units: durations and "ago"

    private func quantified(_ i: Int, afterThe: Bool) -> Match? {
        var k = i
        var direction: Word?
        if let w = word(k), isDirection(w) {
            // "expected to last two weeks", "could last three years", "will open on Monday and last
            // three days": there "last" is the verb (not in "the first and last two weeks")
            if w == .last, isWord(i - 1, .to) || isText(i - 1, "will") || isWord(i - 1, .and) && !isText(i - 2, "first") || isText(i - 1, "would") || isText(i - 1, "could")
                || isText(i - 1, "may") || isText(i - 1, "might") || isText(i - 1, "can") || isText(i - 1, "should")
                || isText(i - 1, "must") || isText(i - 1, "not") || isText(i - 1, "did") || isText(i - 1, "does") {
                return nil
            }
            // ("the most recent two weeks ago": "recent" stands for a noun; the count goes with "ago")
            if w == .recent, let q = quantity(k + 1), entry(q.last + 1)?.unit != nil, isWord(q.last + 2, .ago) { return nil }
            // ("broke through following 36 hours of digging": without "the", "following" is "after")
            if w == .following, !isWord(i - 1, .the) { return nil }
            direction = w
            k += 1
        } else if entry(k)?.ordinal == 1 {
            direction = .final // "the first nine months": a span, like "the last"
            k += 1
        }
        var q = quantity(k)
        var approx = false
        if q == nil, direction != nil, direction != .final, direction != .last || isWord(i - 1, .the), let e = entry(k), e.unit != nil, e.unitPlural {
            // (not "until the last days of the term": the final ones of something)
            if direction == .last, isWord(k + 1, .of) { return nil }
            q = (nil, k - 1, false) // "the past years"
        }
        if q == nil, direction == nil, let e = entry(k), let unit = e.unit {
            // "a day-long meeting", "the decades-long conflict": a duration of one or of some
            if isChar(k + 1, 0x2D), attached(k + 1), attached(k + 2), isWord(k + 2, .long) {
                return Match(first: i, last: k + 2, label: .duration, value: unit.duration(e.unitPlural ? "X" : "1"), rule: "dates:unit-long")
            }
            // "a week-old dispute", "the decades-old rivalry": a duration of one or of some (not
            // "a month-old baby", an age)
            if isChar(k + 1, 0x2D), attached(k + 1), attached(k + 2), isWord(k + 2, .old), unit != .year || e.unitPlural, !youngNoun(k + 3) {
                return Match(first: i, last: k + 2, label: .duration, value: unit.duration(e.unitPlural ? "X" : "1"), rule: "dates:unit-old")
            }
            // "closed at weekends", "open on weekends": every weekend
            if unit == .weekend, e.unitPlural, k == i, isWord(i - 1, .on) || isText(i - 1, "at") {
                return Match(first: i, last: k, label: .set, value: "XXXX-WXX-WE", rule: "dates:set-plural")
            }
            // "in the weeks ahead": like "the coming weeks"
            if e.unitPlural, isWord(i - 1, .the), isText(k + 1, "ahead") {
                return Match(first: i, last: k + 1, label: .duration, value: unit.duration("X"), rule: "dates:plural-ahead", takesThe: true)
            }
        }
        // bare plural after "for": "for years"; opening a sentence before "after", "later", "of":
        // "Hours after the blast", "Days later", "Years of war"
        if q == nil, direction == nil, let e = entry(k), e.unit != nil, e.unitPlural,
           isWord(i - 1, .forWord) || isWord(i - 1, .over) || isWord(i - 1, .within) || isWord(i - 1, .just)
           // "would take weeks", "left importers waiting months", "spent years"
           || k == i && Self.spanVerbs.contains(where: { isText(i - 1, $0) })
           || k == i && tokens[k].flags.contains(.sentenceStart) && tokens[k].shape == .capitalized && (isWord(k + 1, .after) || isWord(k + 1, .later) || isWord(k + 1, .of))
           || (isWord(i - 1, .inWord) && (k + 1 >= n || tokens[k + 1].kind == .punctuation || tokens[k + 1].line != tokens[k].line))
           // "after weeks of rain", "after months of talks"
           || k == i && isWord(i - 1, .after) && isWord(k + 1, .of) {
            return Match(first: i, last: pluralPair(k), label: .duration, value: e.unit!.duration("X"), rule: "dates:bare-plural")
        }
        guard var quantity = q else { return nil }
        // "beat them in the final two years ago": the match, then a date ago
        if direction == .final, word(i) != nil, entry(i)?.ordinal != 1, let u = entry(quantity.last + 1)?.unit, u.isCalendar,
           isWord(quantity.last + 2, .ago) { return nil }
        approx = quantity.approx
        // "12 to 18 months", "two or three weeks": one span, valued by its first number
        if quantity.value != nil, isWord(quantity.last + 1, .to) || isWord(quantity.last + 1, .or),
           let upper = self.quantity(quantity.last + 2), upper.value != nil, entry(upper.last + 1)?.unit != nil {
            quantity = (quantity.value, upper.last, quantity.approx)
        }
        var u = quantity.last + 1
        var hyphen = false
        if isChar(u, 0x2D), attached(u), attached(u + 1), direction == nil {
            hyphen = true
            u += 1
        }
        while isWord(u, .more) || isWord(u, .countAdjective) { u += 1 }
        guard let e = entry(u), let unit = e.unit else { return nil }
        // "60 Minutes": a title
        if digits(k) != nil, tokens[u].shape == .capitalized, !tokens[u].flags.contains(.capsLine) { return nil }
        // The count agrees with the unit: "two years", "a year", "44-day"; "the 1988 quarter" is no count
        if hyphen, e.unitPlural { return nil }
        if !hyphen, !e.unitPlural, length(k) == 4, digits(k) != nil { return nil }
        // "14 day-surgery clinics", "two day-care centres": the unit opens a compound noun that is counted
        if !hyphen, !e.unitPlural, quantity.value.map({ $0 > 1 }) == true, isChar(u + 1, 0x2D), attached(u + 1), attached(u + 2),
           u + 2 < n, tokens[u + 2].shape == .lower, entry(u + 2) == nil { return nil }
        if word(k) == .a || word(k) == .an, e.unitPlural || unit == .quarter, quantity.last == k { return nil } // "a quarter of"
        // "about three quarters of Brazil's exports", "three quarters of the vote": a fraction (not
        // "three quarters of the year", "the first three quarters of 2024", "three quarters of losses")
        if unit == .quarter, e.unitPlural, direction == nil, quantity.value == 3, u == quantity.last + 1, isWord(u + 1, .of),
           u + 2 < n, tokens[u + 2].shape == .capitalized || articleOrPossessive(u + 2) || isText(u + 2, "all") {
            let x = articleOrPossessive(u + 2) ? u + 3 : u + 2
            if x < n, entry(x)?.unit == nil, entry(x)?.word != .fiscal, digits(x) == nil { return nil }
        }
        // "blackouts were imposed on more than 200 days last year": a count of days, no duration
        if unit == .day, e.unitPlural, direction == nil {
            var p = i - 1
            if isText(p, "than"), isText(p - 1, "more") || isText(p - 1, "fewer") || isText(p - 1, "less") { p -= 2 }
            if isText(p, "least"), isText(p - 1, "at") { p -= 2 }
            if isText(p, "about") || isText(p, "nearly") || isText(p, "almost") { p -= 1 }
            // (not "on six days in a row": a span)
            if isWord(p, .on), !(isWord(u + 1, .inWord) && isWord(u + 2, .a) && isText(u + 3, "row")) { return nil }
        }
        // "a second group", "a second time", "a second term", "a second-quarter loss": the ordinal
        // (not a count: "a five-second time penalty")
        if unit == .second, !e.unitPlural, u + 1 < n, quantity.value == 1,
           tokens[u + 1].shape == .lower && (plainNoun(u + 1) || isWord(u + 1, .time) || isWord(u + 1, .term) || isWord(u + 1, .half)
                || isWord(u + 1, .daily) || isWord(u + 1, .weekly) || isWord(u + 1, .nightly) || entry(u + 1)?.planVerb == true
                || isText(u + 1, "one") || isText(u + 1, "round") || isText(u + 1, "dose")
                // (any other word but one that follows a stretch of time: "a second road bridge",
                // not "a second later", "for a second or two", "a second to spare")
                || tokens[u + 1].kind == .word && entry(u + 1)?.unit == nil && word(u + 1) == nil && !Self.afterASecond.contains(where: { isText(u + 1, $0) })
                || Self.seriesAdjectives.contains { isText(u + 1, $0) }
                // ("a second four-year term")
                || self.quantity(u + 1).map({ isChar($0.last + 1, 0x2D) }) == true
                // ("one crane is out of service and a second was damaged": the subject of a verb after "and")
                || word(k) == .a && isWord(k - 1, .and) && (isText(u + 1, "was") || isText(u + 1, "is") || isText(u + 1, "has")
                    || isText(u + 1, "had") || isText(u + 1, "will")))
            || isChar(u + 1, 0x2D) && attached(u + 1) { return nil }
        // ("A second Hanbit satellite": the ordinal before a name that is no time word)
        if unit == .second, !e.unitPlural, quantity.value == 1, u + 1 < n, tokens[u + 1].shape == .capitalized,
           !tokens[u + 1].flags.contains(.sentenceStart), entry(u + 1) == nil { return nil }
        // "a second, planned shutdown", "a second, smaller quake": the ordinal before an adjective
        if unit == .second, !e.unitPlural, word(k) == .a, isChar(u + 1, 0x2C), u + 3 < n, tokens[u + 2].shape == .lower,
           tokens[u + 3].shape == .lower, tokens[u + 2].length >= 4, case let end = Int(tokens[u + 2].end), folded[end - 2] == 0x65,
           folded[end - 1] == 0x64 || folded[end - 1] == 0x72, plainNoun(u + 3) { return nil } // -ed, -er
        // "a year-earlier loss" is "year-earlier"; "51-year-old", "37 years old" are ages; "a
        // year-round venue" is no stretch of time
        if isChar(u + 1, 0x2D), attached(u + 1), isWord(u + 2, .earlier) || isWord(u + 2, .ago) || isWord(u + 2, .end) || isText(u + 2, "round") {
            return nil
        }
        // "a day-long meeting" is "day-long"
        if word(k) == .a || word(k) == .an, quantity.last == k, isChar(u + 1, 0x2D), attached(u + 1), isWord(u + 2, .long) { return nil }
        // ("children from nine months to 15 years old": the first end of a range of ages)
        if isWord(u + 1, .to), let q2 = self.quantity(u + 2), entry(q2.last + 1)?.unit != nil, isWord(q2.last + 2, .old) { return nil }
        // ("an 8-month-old truce" is a duration, "a 6-month-old son" an age)
        if isWord(u + 1, .old) || (isChar(u + 1, 0x2D) && isWord(u + 2, .old)) {
            guard hyphen, isWord(u + 2, .old), unit != .year, unit.isCalendar, let v = quantity.value, v == v.rounded(), !youngNoun(u + 3) else { return nil }
            return Match(first: i, last: u + 2, label: .duration, value: unit.duration(String(Int(v))), rule: "dates:number-unit-old")
        }
        var last = u
        // "two weeks ago", "a year earlier", "three days later", "two years from now"
        if direction == nil, !hyphen {
            var anchorShift = 0
            // "a year and a half ago"
            let half = quantity.value != nil && isWord(u + 1, .and) && isWord(u + 2, .a) && isWord(u + 3, .half)
            // "two years and six months ago": counted in the smaller unit
            var smaller: (unit: TimeUnit, count: Double, last: Int)?
            if !half, let v = quantity.value, v == v.rounded(), isWord(u + 1, .and), let q2 = self.quantity(u + 2), let v2 = q2.value,
               let u2 = entry(q2.last + 1)?.unit, let factor = Values.unitsPer(unit, u2) {
                smaller = (u2, v * Double(factor) + v2, q2.last + 1)
            }
            let u = half ? u + 3 : smaller?.last ?? u
            if isWord(u + 1, .or), isWord(u + 2, .so), isWord(u + 3, .ago) { anchorShift = -1; last = u + 3; approx = true }
            // ("about a month earlier than usual": a comparison, a span)
            // (not "for about three weeks earlier this year": "earlier" goes with "this year")
            else if isWord(u + 1, .ago) || isWord(u + 1, .earlier) && !isText(u + 2, "than") && !isRelativeAnchor(u + 2) { anchorShift = -1; last = u + 1 }
            // "higher in June than a year before.": "before" that ends the clause, as "earlier"
            else if isWord(u + 1, .before), u + 2 >= n || tokens[u + 2].kind == .punctuation && !isChar(u + 2, 0x2D) { anchorShift = -1; last = u + 1 }
            else if isWord(u + 1, .hence) { anchorShift = 1; last = u + 1 }
            else if isWord(u + 1, .from), isWord(u + 2, .now) { anchorShift = 1; last = u + 2 }
            else if isWord(i - 1, .inWord), let t = possessiveTime(after: u) { anchorShift = 1; last = t } // "in two weeks' time"
            if anchorShift != 0 {
                if half { quantity.value! += 0.5 }
                var unit = smaller?.unit ?? unit
                if let smaller { quantity.value = smaller.count }
                // "half a century ago", "a year and a half ago", "a quarter of a century ago":
                // counted in a smaller unit
                if var v = quantity.value, v != v.rounded(), (v * 4).rounded() == v * 4 {
                    switch unit {
                    case .year: unit = .month; v *= 12
                    case .decade: unit = .year; v *= 10
                    case .century: unit = .year; v *= 100
                    default: break
                    }
                    quantity.value = v
                }
                guard let v = quantity.value, v == v.rounded(), unit.isCalendar, unit != .weekend else {
                    let m = approx ? "APPROX" : nil
                    return Match(first: i, last: last, label: .date, value: anchorShift < 0 ? "PAST_REF" : "FUTURE_REF", mod: m, rule: "dates:ago")
                }
                // "a year ago" in a report about a quarter: that quarter a year before (not a
                // quarter still ahead: "expected back in the first quarter of 2026 ... than a year ago")
                if unit == .year, v == 1, anchorShift < 0, let q = lastQuarter, tokens[i].sentence - q.sentence <= 2,
                   !isWord(last, .ago) || (dct.map({ q.year * 4 + q.quarter <= $0.year * 4 + ($0.month + 2) / 3 }) ?? true),
                   !(halfAfterQuarter && lastHalf.map { tokens[i].sentence - $0.sentence <= 2 } == true) {
                    return Match(first: i, last: last, label: .date, value: Values.quarter(q.year - 1, q.quarter), mod: approx ? "APPROX" : nil, rule: "dates:ago-quarter")
                }
                // "profit for the first half ... from a year earlier": that half a year before
                if unit == .year, v == 1, anchorShift < 0, let h = lastHalf, tokens[i].sentence - h.sentence <= 2 {
                    return Match(first: i, last: last, label: .date, value: "\(Values.year(h.year - 1))-H\(h.half)", mod: approx ? "APPROX" : nil,
                                 rule: "dates:ago-half")
                }
                // "reserves of $148 billion at the end of September, down from $150.7 billion a month
                // earlier": the month before the one just named
                if unit == .month, v == 1, anchorShift < 0, !isWord(u + 1, .ago), let m = lastMonthOrDay, tokens[i].sentence - m.sentence <= 1,
                   m.value.utf8.count == 7, let y = Int(m.value.prefix(4)), let mo = Int(m.value.suffix(2)) {
                    let before = mo == 1 ? (y - 1, 12) : (y, mo - 1)
                    return Match(first: i, last: last, label: .date, value: Values.month(before.0, before.1), mod: approx ? "APPROX" : nil,
                                 rule: "dates:ago-month")
                }
                // "5,210 admitted last week, up from 4,870 a week earlier": weeks before the week just
                // named ("ago" counts from the dct)
                if unit == .week, anchorShift < 0, !isWord(u + 1, .ago), let w = lastWeek, tokens[i].sentence - w.sentence <= 1 {
                    return Match(first: i, last: last, label: .date, value: Values.week(w.monday.adding(days: -7 * Int(v))),
                                 mod: approx ? "APPROX" : nil, rule: "dates:ago-week")
                }
                // "prices rose in August from a year earlier": right after a month or a day, that
                // month or day a year before
                // ("31 percent full on Monday, against 28 percent a year ago": a day's year before,
                // at the unit's granularity)
                // (not at the start of a quotation after the month's sentence: "... opened in January.
                // “A year ago, a woman waited five months" is another voice, counting from the dct)
                if unit == .year, v == 1, anchorShift < 0, let m = lastMonthOrDay, tokens[i].sentence - m.sentence <= 1,
                   tokens[i].sentence == m.sentence || !opensQuotation(i - 1),
                   let y = Int(m.value.prefix(4)), y > 1 {
                    let month = m.value.utf8.count == 10 ? "" : m.value.dropFirst(4)
                    return Match(first: i, last: last, label: .date, value: Values.year(y - 1) + month, mod: approx ? "APPROX" : nil,
                                 rule: "dates:ago-month")
                }
                // "jailed in 2017 for a killing a year earlier", "32,000 in 2025, down from 38,000 a
                // year earlier": years before the year named in the sentence ("ago" counts from the dct)
                // (not from a year still ahead: "By the end of 2027, it will be." then "up from 22
                // percent a year earlier")
                if unit == .year, anchorShift < 0, !isWord(u + 1, .ago), let y = lastYear, tokens[i].sentence - lastYearSentence <= 2, y - Int(v) > 0,
                   dct.map({ y <= $0.year }) ?? true {
                    return Match(first: i, last: last, label: .date, value: Values.year(y - Int(v)), mod: approx ? "APPROX" : nil, rule: "dates:year-before-year")
                }
                return Match(first: i, last: last, label: .date, value: Values.period(unit, shift: anchorShift * Int(v), from: dct),
                             mod: approx ? "APPROX" : nil, rule: "dates:ago")
            }
        }
        if hyphen, isChar(u + 1, 0x2D), isWord(u + 2, .long) { last = u + 2 }
        // "a year or two", "a day or so" (counted by the first)
        if !hyphen, isWord(u + 1, .or), let other = self.quantity(u + 2), other.value != nil, entry(other.last + 1)?.unit == nil,
           entry(u + 2)?.word == nil {
            last = other.last
        }
        // "a minute and a half", "two years and a half"
        var count = quantity.value
        if let v = count, v == v.rounded(), !hyphen, isWord(u + 1, .and), isWord(u + 2, .a), isWord(u + 3, .half) {
            count = v + 0.5
            last = u + 3
        }
        // "11 hours and 40 minutes", "two years and three months", "2 hours, 5 minutes and 2
        // seconds": one duration
        if let v = count, v == v.rounded(), !hyphen, last == u {
            var parts = [(unit, Int(v))], pending: [(TimeUnit, Int)] = []
            var k = u, end = u
            // ("1 minute 12 seconds": a smaller unit right after, without a word between)
            while isWord(k + 1, .and) || isChar(k + 1, 0x2C) || k + 1 < n && tokens[k + 1].kind == .number {
                let joined = isWord(k + 1, .and) || isChar(k + 1, 0x2C)
                let from = joined ? k + 2 : k + 1
                guard let q2 = self.quantity(from), let u2 = entry(q2.last + 1)?.unit else { break }
                if isWord(q2.last + 2, .old) { return nil } // "3 years and 2 months old" is an age
                guard let v2 = q2.value, v2 == v2.rounded(), word(from) != .a || q2.last > from || entry(q2.last + 1)?.unitPlural == false
                else { break }
                pending.append((u2, Int(v2)))
                k = q2.last + 1
                if !joined { parts += pending; pending = []; end = k; continue }
                if isWord(from - 1, .and) { parts += pending; pending = []; end = k; break }
            }
            // "4 hours, 17 minutes to beat him": a list after a comma without an "and" is one
            // duration when its units fall in order (a race time, a match's length)
            // (not a second span that goes on with its own anchor: "for three months, two days after
            // officers detained him")
            if !pending.isEmpty, Values.compoundDuration(parts + pending) != nil,
               !(isWord(k + 1, .after) || isWord(k + 1, .before) || isWord(k + 1, .later) || isWord(k + 1, .earlier) || isWord(k + 1, .ago)) {
                parts += pending; end = k
            }
            // ("three hours and 20 minutes later": the span is a duration too)
            if end > u, !isWord(end + 1, .ago), let value = Values.compoundDuration(parts) {
                return Match(first: i, last: end, label: .duration, value: value, mod: approx ? "APPROX" : nil,
                             rule: direction == nil ? "dates:number-unit" : "dates:direction-number-unit", takesThe: true)
            }
        }
        // "the two day rally": a count over one with a singular unit is an adjective without its hyphen
        let adjectival = !e.unitPlural && (count ?? 0) > 1 && last == u
        // "barrels a day", "kilometres an hour": a unit of measure, no span
        if word(k) == .a || word(k) == .an, quantity.last == k, u == k + 1, direction == nil, !e.unitPlural, measureBefore(i, unit: unit) { return nil }
        // "a year" after a count or a price is a rate: "15 a year", "twice a year"
        // (not "an extra weekend": the unit right after the article)
        // (not "told reporters an hour later", "comes a day after Chrysler's filing")
        if word(k) == .a || word(k) == .an, quantity.last == k, u == k + 1, direction == nil, !e.unitPlural, isRateContext(i - 1),
           !isWord(u + 1, .later), !isWord(u + 1, .earlier), !isWord(u + 1, .ago),
           !(isWord(u + 1, .after) || isWord(u + 1, .before)) || amountBefore(i) {
            // "twice a year", "three times a week": the frequency is part of the set (TimeML)
            var first = i
            if isWord(i - 1, .twice) || isWord(i - 1, .once) { first = i - 1 }
            else if isWord(i - 1, .times), i >= 2, digits(i - 2) != nil || entry(i - 2).map({ $0.cardinal > 0 }) == true { first = i - 2 }
            return Match(first: first, last: u, label: .set, value: unit.duration("1"), rule: "dates:rate")
        }
        // "children aged between six months and nine years": an age, no span
        if !hyphen, direction == nil, agedBefore(i) { return nil }
        // "declared Thursday a day of national mourning", "Saturday is a day of reflection": a
        // kind of day given to a day, no span
        if word(k) == .a, quantity.last == k, u == k + 1, unit == .day, !e.unitPlural, isWord(u + 1, .of) {
            let named = isText(i - 1, "is") || isText(i - 1, "was") || isText(i - 1, "as") ? i - 2 : i - 1
            if (entry(named)?.weekday ?? 0) > 0 { return nil }
        }
        // "for 27 weeks or more", "six months or longer", "a year or less"
        var mod: String? = approx ? "APPROX" : nil
        if !hyphen, mod == nil, isWord(last + 1, .or) {
            if isWord(last + 2, .more) || isText(last + 2, "longer") { mod = "EQUAL_OR_MORE"; last += 2 }
            else if isWord(last + 2, .less) || isText(last + 2, "fewer") || isText(last + 2, "shorter") { mod = "EQUAL_OR_LESS"; last += 2 }
        }
        return Match(first: i, last: last, label: .duration, value: unit.duration(of: count), mod: mod,
                     rule: direction == nil ? (hyphen ? "dates:number-unit-adjective" : "dates:number-unit") : "dates:direction-number-unit",
                     // ("over the eight days of play": the article is the noun's after "of")
                     takesThe: !(hyphen || adjectival) && !isWord(last + 1, .of) || direction != nil)
    }

    /// The token of "time" in "two weeks' time", "a year's time" after the unit at `u` (the
    /// normalizer folds every apostrophe to ').
    private func possessiveTime(after u: Int) -> Int? {
        isText(u + 1, "'s") || isText(u + 1, "'") ? (isWord(u + 2, .time) ? u + 2 : nil) : nil
    }

    /// "weeks or months", "recent weeks and months": the second plural unit joins the span.
    private func pluralPair(_ k: Int) -> Int {
        guard isWord(k + 1, .or) || isWord(k + 1, .and), let e = entry(k + 2), e.unit != nil, e.unitPlural else { return k }
        return k + 2
    }

    /// "early morning", "late afternoon", "mid-afternoon yesterday": a part of a day, after a
    /// modifier (which gives the mod); the day is the one written after it, else one named
    /// earlier in the sentence, else the dct.
    private func modifiedPartOfDay(_ i: Int) -> Match? {
        guard let e = entry(i), e.partOfDay > 0, start < i, folded[Int(tokens[i].end) - 1] != 0x73,
              isWord(i - 1, .early) || isWord(i - 1, .late) || isWord(i - 1, .mid) || (isChar(i - 1, 0x2D) && isWord(i - 2, .mid)) else { return nil }
        var day = lastDaySentence == tokens[i].sentence ? lastDay : nil
        var last = i
        if let d = dayReference(i + 1, start: start) { day = d.value; last = d.last }
        let value = (day ?? Values.period(.day, shift: 0, from: dct)) + "T" + Values.partCodes[Int(e.partOfDay)]
        return Match(first: i, last: last, label: .time, value: value, rule: "dates:part-of-day-modified")
    }

    /// "in the morning", "during the afternoon", "through the night", "for the afternoon" (a forecast),
    /// "in morning trading": a part of the day last
    /// named in the document (as "the day"), else of the dct. A bare part of the day needs one of these
    /// frames ("at night", "morning talk show" are generic).
    private func barePartOfDay(_ i: Int, afterThe: Bool) -> Match? {
        guard let e = entry(i), e.partOfDay > 0, folded[Int(tokens[i].end) - 1] != 0x73 else { return nil }
        if afterThe {
            guard isWord(i - 1, .the), isWord(i - 2, .inWord) || isWord(i - 2, .during) || isWord(i - 2, .through) || isWord(i - 2, .until)
                    || isWord(i - 2, .forWord) || isText(i - 2, "into"), !isWord(i + 1, .of),
                  // (a noun the part of day describes: "turn up for the morning shift")
                  !Self.partOfDayNouns.contains(where: { isText(i + 1, $0) }) else { return nil }
        } else {
            guard e.partOfDay < 4, isText(i + 1, "trading") || isText(i + 1, "session") || isText(i + 1, "deals") else { return nil }
        }
        let day = lastDay ?? Values.period(.day, shift: 0, from: dct)
        return Match(first: i, last: i, label: .time, value: day + "T" + Values.partCodes[Int(e.partOfDay)], rule: "dates:part-of-day-bare", takesThe: true)
    }

    /// Nouns a part of the day describes: "the morning shift", "the evening rush", "the evening
    /// peak", "the night network".
    private static let partOfDayNouns: [StaticString] = ["shift", "shifts", "rush", "commute", "show", "prayers", "paper", "papers", "run", "peak",
                                                         "network", "service", "services", "bus", "buses", "train", "trains", "flight", "flights",
                                                         "handover"]

    /// "for some time", "for a while", "for a fairly lengthy period": a stretch of unknown
    /// length, only after "for". TimeBank writes `PXX` (twice) or `PXM` (once); FORMAT.md's
    /// values need a unit, so it is `PXM`, some months.
    private func vagueDuration(_ i: Int) -> Match? {
        guard isWord(i - 1, .forWord) else { return nil }
        if isWord(i, .some) && isWord(i + 1, .time) || isWord(i, .a) && isWord(i + 1, .whileWord) {
            return Match(first: i, last: i + 1, label: .duration, value: "PXM", rule: "dates:vague-duration")
        }
        var k = i + 1
        guard isWord(i, .a) else { return nil }
        if isWord(k, .degree) { k += 1 }
        guard isWord(k, .spanAdjective) || isWord(k, .long), isWord(k + 1, .period) else { return nil }
        return Match(first: i, last: k + 1, label: .duration, value: "PXM", rule: "dates:vague-duration")
    }

    /// "a second consecutive day", "the third straight week", "the eighth day": the ordinal
    /// names the current period of a streak, the dct's day, week, month or year (not after a
    /// possessive: "entered its 20th day" counts a process's age).
    private func streak(_ i: Int) -> Match? {
        let k = isWord(i, .a) ? i + 1 : i
        // (not the age of something after its possessive: "a strike entered its third week")
        guard let o = ordinal(k), o.value >= 2, !(k == i && (isText(i - 1, "its") || isText(i - 1, "their"))) else { return nil }
        var u = o.last + 1
        while isWord(u, .countAdjective) { u += 1 }
        guard let e = entry(u), let unit = e.unit, !e.unitPlural, unit == .day || unit == .week || unit == .month || unit == .year,
              !isChar(u + 1, 0x2D) else { return nil }
        // "the second week of March" names a week of that month, not the current one ("the second day of talks" does)
        if isWord(u + 1, .of) {
            let k = isWord(u + 2, .the) ? u + 3 : u + 2
            if k < n, tokens[k].kind == .number || entry(k).map({ $0.month > 0 || $0.unit != nil || $0.season > 0 || $0.word == .this
                || $0.word == .last || $0.word == .next }) == true { return nil }
        }
        return Match(first: i, last: u, label: .date, value: Values.period(unit, shift: 0, from: dct), rule: "dates:streak", takesThe: true)
    }

    /// Whether a unit of measure (`date-words.tsv` kind `measure`, or `distance` before a unit
    /// of `unit` hour, minute or second) ends before token `i`, past a parenthesis: "1.74
    /// million barrels a day", "175 kilometres (109 miles) an hour".
    private func measureBefore(_ i: Int, unit: TimeUnit?) -> Bool {
        var p = i - 1
        if isChar(p, 0x29), let open = (max(0, p - 6) ..< p).last(where: { isChar($0, 0x28) }) { p = open - 1 }
        guard p >= 0, let e = entry(p) else { return false }
        return e.measure || e.distance && (unit == .hour || unit == .minute || unit == .second)
    }

    /// A count or an amount before "a year": "15 a year", "twice a year", "$5 a day", "3% a year".
    private func isRateContext(_ p: Int) -> Bool {
        guard p >= 0 else { return false }
        if tokens[p].kind == .number || tokens[p].kind == .symbol || isChar(p, 0x25) { return true }
        // "to eight a year": a count in words, its noun left out
        if (entry(p)?.cardinal ?? 0) >= 2, tokens[p].shape == .lower { return true }
        // "for eight hours a day": a count of time units
        if entry(p)?.unit != nil, entry(p)?.unitPlural == true, p >= 1, tokens[p - 1].kind == .number || (entry(p - 1)?.cardinal ?? 0) >= 2 { return true }
        // "falling by almost an inch a day", "a dollar a day": one of a noun
        if p >= 1, isWord(p - 1, .a) || isWord(p - 1, .an), tokens[p].kind == .word, tokens[p].shape == .lower, entry(p) == nil { return true }
        // "4.7mm a year", "10km a day": a measure
        if tokens[p].shape == .alphanumeric, case let d = folded[Int(tokens[p].start)], d >= 0x30, d <= 0x39 { return true }
        // "four flights a week": a plural noun
        if tokens[p].shape == .lower, entry(p)?.word == nil, entry(p)?.unit == nil, tokens[p].length > 3, folded[Int(tokens[p].end) - 1] == 0x73,
           folded[Int(tokens[p].end) - 2] != 0x73 { return true }
        if isWord(p, .twice) || isWord(p, .once) || isWord(p, .times) { return true }
        // "1,500 gigawatt-hours a year", "40,000 man-hours a year": a unit of energy or work
        if entry(p)?.unit != nil, p >= 2, isChar(p - 1, 0x2D), attached(p - 1), attached(p),
           tokens[p - 2].shape == .lower, tokens[p - 2].length >= 4, folded[Int(tokens[p - 2].end) - 1] == 0x74 && folded[Int(tokens[p - 2].end) - 2] == 0x74
            || isText(p - 2, "man") || isText(p - 2, "person") { return true }
        // "72,000 yen ($465) a month", "500 soles, or about $140, a month": an amount given again
        if isChar(p, 0x29), amountBefore(p) { return true }
        if isChar(p, 0x2C), amountBefore(p), (max(0, p - 5) ..< p).contains(where: { isWord($0, .or) }) { return true }
        // "paying about $400 more a month"
        if isWord(p, .more) || isWord(p, .less), amountBefore(p) { return true }
        // "12,500 taka a month", "300 yen a day", "30 billion won a day": an amount, with its currency's name
        if amountBefore(p + 1) || isText(p, "percent") { return true }
        // "550,000 tonnes of ammonia a year", "an average of six people a year": a count a few
        // words back, with nothing but "of" and words of a noun phrase between
        guard tokens[p].shape == .lower, entry(p)?.word == nil, entry(p)?.unit == nil else { return false }
        // (further back over "of", "per", "from" and "the": "50 litres per person a day", "$40 million
        // of foreign currency a day", "4.6 billion euros from the state budget a year"; or "a" and a
        // noun's words: "a single shift a day", "about a percentage point a day")
        for j in stride(from: p - 1, through: max(0, p - 6), by: -1) {
            // ("one train an hour": "one" right before its noun)
            if tokens[j].kind == .number || (entry(j)?.cardinal ?? 0) >= (j == p - 1 ? 1 : 2) { return true }
            // ("pay $1.2 million in rent a year")
            if isWord(j, .inWord), amountBefore(j) { return true }
            // ("2.5 million tonnes of liquefied gas a year": a counted unit after the amount)
            if entry(j)?.countNoun == true, entry(j)?.measure != true, amountBefore(j) { return true }
            if isWord(j, .a) && j >= p - 3 && j < p - 1 { return true }
            guard tokens[j].kind == .word, tokens[j].shape == .lower, (entry(j)?.tense ?? Tense.none) == Tense.none,
                  isWord(j, .of) || isWord(j, .the) && j < p - 1 || isText(j, "per") || isWord(j, .from) || entry(j)?.word == nil else { return false }
        }
        return false
    }

    /// Whether an amount ends right before token `i`: "$5", "5 million", "300 yen", "30 billion won".
    private func amountBefore(_ i: Int) -> Bool {
        func number(_ k: Int) -> Bool {
            k >= 0 && (tokens[k].kind == .number || isText(k, "million") || isText(k, "billion") || isText(k, "trillion"))
        }
        return number(i - 1) || i >= 2 && tokens[i - 1].kind == .word && tokens[i - 1].shape == .lower && entry(i - 1)?.unit == nil
            && entry(i - 1)?.word == nil && number(i - 2)
    }

    /// Whether token `i` is a noun of the young ("a two-month-old baby").
    private func youngNoun(_ i: Int) -> Bool { Self.youngNouns.contains { isText(i, $0) } }

    // MARK: Deictic words

    /// Whether token `i`, capitalized, ends a name in the middle of its sentence: "told USA
    /// Today", "This is VOA Today" name a paper and a programme, not the day.
    private func inTitle(_ i: Int) -> Bool {
        // ("a plan called Homes for Tomorrow": a small word of a title between capitals)
        if i > 1, tokens[i].shape == .capitalized, !tokens[i].flags.contains(.sentenceStart), tokens[i - 2].shape == .capitalized,
           isText(i - 1, "for") || isText(i - 1, "of") || isText(i - 1, "and") { return true }
        guard i > 0, tokens[i].shape == .capitalized, tokens[i - 1].sentence == tokens[i].sentence,
              tokens[i - 1].shape == .upper || tokens[i - 1].shape == .capitalized,
              Int(tokens[i - 1].end) == Int(tokens[i].start) - 1 else { return false }
        return word(i - 1) == nil
    }

    /// "will one day be", "could one day replace": after a modal, "one day" is some day ahead,
    /// not a day's length.
    private func someday(_ i: Int) -> Match? {
        guard isText(i, "one"), let u = entry(i + 1), u.unit == .day, !u.unitPlural,
              Self.futureModals.contains(where: { isText(i - 1, $0) }) else { return nil }
        return Match(first: i, last: i + 1, label: .date, value: "FUTURE_REF", rule: "dates:someday")
    }

    private func deictic(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        if w == .today || w == .tonight || w == .tomorrow, inTitle(i) { return nil }
        // "borrows like there is no tomorrow": an idiom
        if w == .tomorrow, isWord(i - 1, .no) { return nil }
        // "in today's world", "today's youth": these days, no day (`date-words.tsv` kind `generic-noun`)
        if w == .today, isText(i + 1, "'s"), entry(i + 2)?.genericNoun == true { return nil }
        switch w {
        case .today, .yesterday, .tomorrow:
            // "yesterday morning": a time of that day
            if let p = entry(i + 1), p.partOfDay > 0 {
                return Match(first: i, last: i + 1, label: .time, value: deicticDay(w)! + "T" + Values.partCodes[Int(p.partOfDay)], rule: "dates:deictic-part")
            }
            return Match(first: i, last: i, label: .date, value: deicticDay(w)!, rule: "dates:deictic-day")
        case .tonight:
            return Match(first: i, last: i, label: .time, value: Values.period(.day, shift: 0, from: dct) + "TNI", rule: "dates:deictic-day")
        case .overnight:
            // "fighting raged overnight": the night before the dct in a past-tense sentence, else
            // the coming one; not the adjective ("overnight rates", "an overnight stay")
            // ("strong winds overnight pushed the flames": a past verb after it)
            // ("snow on Ottawa overnight shut schools": a verb after it, of any tense)
            if i + 1 < n, tokens[i + 1].kind == .word, word(i + 1) == nil, !Self.afterAdverb.contains(where: { isText(i + 1, $0) }),
               !endsInEd(i + 1), (entry(i + 1)?.tense ?? Tense.none) == Tense.none, !Self.pastAsPresent.contains(where: { isText(i + 1, $0) }) {
                return nil
            }
            if isChar(i + 1, 0x2D) { return nil }
            if isWord(i - 1, .a) || isWord(i - 1, .an) || isWord(i - 1, .the) { return nil }
            // "snow fell overnight into Wednesday": the night before the day named
            if isText(i + 1, "into"), let day = dayReference(i + 2, start: i + 2), let d = CalendarDate(iso: day.value) {
                return Match(first: i, last: i, label: .time, value: Values.day(d.adding(days: -1)) + "TNI", rule: "dates:deictic-day")
            }
            let shift = tense(at: i) == .past ? -1 : 0
            return Match(first: i, last: i, label: .time, value: Values.period(.day, shift: shift, from: dct) + "TNI", rule: "dates:deictic-day")
        case .now, .currently, .nowadays, .presently:
            if w == .now, isChar(i + 1, 0x2D), attached(i + 1) { return nil } // "now-cancelled"
            // ("the liberal Reform Now", "Peace Now": the last word of a name)
            if w == .now, isCapitalized(i), !tokens[i].flags.contains(.sentenceStart), i >= 1, isCapitalized(i - 1), entry(i - 1) == nil { return nil }
            // ("Now, he says, ...": a discourse word opening a sentence before a comma, as TimeBank reads it)
            if w == .now, tokens[i].flags.contains(.sentenceStart), isChar(i + 1, 0x2C) { return nil }
            var first = i
            if w == .now, isWord(i - 1, .right) { first = i - 1 }
            return Match(first: first, last: i, label: .date, value: "PRESENT_REF", rule: "dates:deictic-now")
        case .right where isWord(i + 1, .now):
            return Match(first: i, last: i + 1, label: .date, value: "PRESENT_REF", rule: "dates:deictic-now")
        case .same where entry(i + 1)?.unit == .day && entry(i + 1)?.unitPlural == false:
            return Match(first: i, last: i + 1, label: .date, value: lastDay ?? Values.period(.day, shift: 0, from: dct), rule: "dates:the-day", takesThe: true)
        case .time where isWord(i - 1, .the) && isText(i + 1, "being"):
            return Match(first: i, last: i + 1, label: .date, value: "PRESENT_REF", rule: "dates:deictic-now", takesThe: true)
        case .these where entry(i + 1)?.unit == .day && entry(i + 1)?.unitPlural == true:
            return Match(first: i, last: i + 1, label: .date, value: "PRESENT_REF", rule: "dates:deictic-now")
        case .recently, .lately:
            // "won it three times, most recently in 2017", "led in polls as recently as April": a
            // pointer to the date after it, no span
            if isWord(i - 1, .most) || isText(i - 1, "as") && isText(i + 1, "as") { return nil }
            var first = i
            if isWord(i - 1, .more) { first = i - 1 }
            return Match(first: first, last: i, label: .date, value: "PAST_REF", rule: "dates:deictic-past")
        case .more where isWord(i + 1, .recently):
            return Match(first: i, last: i + 1, label: .date, value: "PAST_REF", rule: "dates:deictic-past")
        case .recent:
            // "recent" as an adjective: "the recent attacks"
            // (not compared: "the most recent check", "a more recent survey")
            if entry(i + 1)?.word == .and || isChar(i + 1, 0x2C) || isText(i - 1, "most") || isWord(i - 1, .more) { return nil }
            return Match(first: i, last: i, label: .date, value: "PAST_REF", rule: "dates:deictic-past")
        case .past where isWord(i - 1, .the) && quantity(i + 1) == nil && entry(i + 1)?.unit == nil:
            return Match(first: i, last: i, label: .date, value: "PAST_REF", rule: "dates:deictic-past", takesThe: true)
        // "the future of the alliance" is its fate, not a time
        case .future where (isWord(i - 1, .the) || isWord(i - 1, .inWord) || isWord(i - 1, .near)) && !isWord(i + 1, .of):
            return Match(first: i, last: i, label: .date, value: "FUTURE_REF", rule: "dates:deictic-future", takesThe: true)
        case .near where isWord(i + 1, .future) || (isWord(i + 1, .term) && isWord(i - 1, .the)):
            return Match(first: i, last: i + 1, label: .date, value: "FUTURE_REF", rule: "dates:deictic-future", takesThe: true)
        case .present where isWord(i - 1, .the) && (i + 1 >= n || tokens[i + 1].kind != .word):
            return Match(first: i, last: i, label: .date, value: "PRESENT_REF", rule: "dates:deictic-now", takesThe: true)
        default:
            return nil
        }
    }

    // MARK: Sets

    /// "the first Monday of every month", "the last Friday of each month": a set, monthly;
    /// "the first Monday of March (2027)": that day.
    private func monthlyWeekday(_ i: Int) -> Match? {
        let k: Int, nth: Int
        if isWord(i, .last) { k = i + 1; nth = -1 } else if let o = ordinal(i), o.value <= 5 { k = o.last + 1; nth = o.value } else { return nil }
        guard let e = entry(k), e.weekday > 0, !e.weekdayPlural, !e.weekdayAbbrev, isCapitalized(k), isWord(k + 1, .of) else { return nil }
        if isWord(k + 2, .every) || isWord(k + 2, .each), entry(k + 3)?.unit == .month, entry(k + 3)?.unitPlural == false {
            return Match(first: i, last: k + 3, label: .set, value: "P1M", rule: "dates:set-monthly-weekday", takesThe: true)
        }
        guard let mo = monthName(k + 2) else { return nil }
        var last = mo.last
        var year: Int?
        if let y = fullYear(mo.last + 1) { year = y; last = mo.last + 1 }
        else if dct != nil { year = monthYear(mo.month, first: i) }
        guard let year else {
            return Match(first: i, last: last, label: .date, value: Values.month(nil, mo.month), rule: "dates:nth-weekday", takesThe: true)
        }
        guard let day = Values.nthWeekday(year: year, month: mo.month, weekday: Int(e.weekday), n: nth) else { return nil }
        return Match(first: i, last: last, label: .date, value: Values.day(day), rule: "dates:nth-weekday", takesThe: true)
    }

    /// "the 20th of each month", "the first of every month": that day of every month.
    private func monthlyDay(_ i: Int) -> Match? {
        let day: (value: Int, last: Int)
        if let d = ordinalDigits(i) { day = (d, i) } else if let o = ordinal(i) { day = (o.value, o.last) } else { return nil }
        let k = day.last + 1
        guard day.value >= 1, day.value <= 31, isWord(k, .of), isWord(k + 1, .every) || isWord(k + 1, .each),
              entry(k + 2)?.unit == .month, entry(k + 2)?.unitPlural == false else { return nil }
        return Match(first: i, last: k + 2, label: .set, value: "XXXX-XX-" + Values.pad(day.value, 2), rule: "dates:set-monthly-day", takesThe: true)
    }

    private func setExpression(_ i: Int) -> Match? {
        guard let w = word(i) else { return nil }
        // "daily volume", "quarterly dividend": adjectives, not sets
        // (but "on a quarterly basis" is a set)
        if w == .quarterly, i + 1 < n, !isText(i + 1, "basis"),
           tokens[i + 1].kind == .word, tokens[i + 1].shape == .lower, entry(i + 1)?.word == nil {
            return nil
        }
        // "an initial quarterly of five cents": a noun (a dividend, a newspaper)
        if w != .every, w != .each, w != .per, isWord(i + 1, .of) { return nil }
        // "the Communist Party daily Granma": a newspaper
        if w != .every, w != .each, w != .per, isCapitalized(i + 1), !tokens[i + 1].flags.contains(.sentenceStart) { return nil }
        // "Kartli Business Daily": the end of a name
        if isCapitalized(i), !tokens[i].flags.contains(.sentenceStart), !tokens[i].flags.contains(.lineStart), isCapitalized(i - 1) { return nil }
        // "its once-weekly injection", "a twice-daily flight": the frequency is part of the set
        let f = i >= 2 && isChar(i - 1, 0x2D) && attached(i - 1) && attached(i) && (isWord(i - 2, .once) || isWord(i - 2, .twice)) ? i - 2 : i
        switch w {
        case .daily: return Match(first: f, last: i, label: .set, value: "P1D", rule: "dates:set-adverb")
        case .weekly: return Match(first: f, last: i, label: .set, value: "P1W", rule: "dates:set-adverb")
        case .monthly: return Match(first: f, last: i, label: .set, value: "P1M", rule: "dates:set-adverb")
        case .annually, .yearly: return Match(first: f, last: i, label: .set, value: "P1Y", rule: "dates:set-adverb")
        case .hourly: return Match(first: f, last: i, label: .set, value: "PT1H", rule: "dates:set-adverb")
        case .quarterly: return Match(first: f, last: i, label: .set, value: "P1Q", rule: "dates:set-adverb")
        case .biweekly: return Match(first: f, last: i, label: .set, value: "P2W", rule: "dates:set-adverb")
        case .semiannually: return Match(first: f, last: i, label: .set, value: "P6M", rule: "dates:set-adverb")
        // (a part of every day, written as TimeBank writes "Tuesday nights", XXXX-WXX-2TNI)
        case .nightly: return Match(first: f, last: i, label: .set, value: "XXXX-XX-XXTNI", rule: "dates:set-adverb")
        case .every, .each, .per:
            var k = i + 1
            var count = "1"
            var fraction: Double? // "every quarter of an hour"
            if isWord(k, .other) || isWord(k, .alternate) { count = "2"; k += 1 }
            else if w != .per, isWord(k, .few) || isWord(k, .several), entry(k + 1)?.unitPlural == true { count = "X"; k += 1 } // "every few months"
            // "every half hour", "every half-hour"
            else if w == .every, isWord(k, .half), case let u = isChar(k + 1, 0x2D) && attached(k + 1) ? k + 2 : k + 1,
                    entry(u)?.unit != nil, entry(u)?.unitPlural == false {
                fraction = 0.5; count = "0.5"; k = u
            }
            else if let q = quantity(k), let v = q.value, word(k) != .a, word(k) != .an {
                count = Values.number(v)
                if v != v.rounded() { fraction = v }
                k = q.last + 1
            }
            guard let e = entry(k) else { return nil }
            // "instructions per second", "50 km per hour": a unit of measure, not a recurrence
            if w == .per, let unit = e.unit, unit == .second || unit == .minute || unit == .hour { return nil }
            // "barrels per day", "barrels of oil equivalent per day": a unit of measure too
            if w == .per, measureBefore(i, unit: e.unit) { return nil }
            if let unit = e.unit, !e.unitPlural || count != "1" {
                return Match(first: i, last: k, label: .set, value: unit == .weekend ? "XXXX-WXX-WE" : fraction.map { unit.duration(of: $0) } ?? unit.duration(count),
                             rule: "dates:set-every")
            }
            guard w != .per, count == "1" else { return nil }
            if e.weekday > 0, !e.weekdayAbbrev {
                var last = k
                var value = "XXXX-WXX-\(e.weekday)"
                if let p = entry(k + 1), p.partOfDay > 0 { value += "T" + Values.partCodes[Int(p.partOfDay)]; last += 1 }
                return Match(first: i, last: last, label: .set, value: value, rule: "dates:set-every")
            }
            // "every Nov. 11", "each July 4": a day of the year
            if let mo = monthName(k), let d = dayNumber(mo.last + 1), d.day <= CalendarDate.daysIn(month: mo.month, year: 2024) {
                return Match(first: i, last: d.last, label: .set, value: Values.day(nil, mo.month, d.day), rule: "dates:set-every")
            }
            if e.month > 0, !e.monthAbbrev, isCapitalized(k) {
                return Match(first: i, last: k, label: .set, value: Values.month(nil, Int(e.month)), rule: "dates:set-every")
            }
            if e.season > 0 { return Match(first: i, last: k, label: .set, value: "XXXX-" + Values.seasonCodes[Int(e.season)], rule: "dates:set-every") }
            if e.partOfDay > 0 { return Match(first: i, last: k, label: .set, value: "XXXX-XX-XXT" + Values.partCodes[Int(e.partOfDay)], rule: "dates:set-every") }
            return nil
        default:
            return nil
        }
    }

    // MARK: Tense

    /// The tense of the cue nearest token `i` in its sentence (past, present, future), or none.
    func tense(at i: Int) -> Tense { nearestCue(i).tense }

    /// The tense of the last cue before token `i` when no comma or semicolon stands between
    /// them and it is no verb of saying (the verb of its clause), else of the nearest cue.
    func clauseTense(_ i: Int) -> Tense {
        guard let c = sentenceCues(i).last(where: { $0.position < i }), entry(c.position)?.speech != true,
              !(c.position + 1 ..< i).contains(where: { isChar($0, 0x2C) || isChar($0, 0x3B) }) else { return tense(at: i) }
        return c.tense
    }

    /// The tense of the last cue before token `i` in its sentence, else of the nearest one.
    func cueBefore(_ i: Int) -> Tense {
        let cues = sentenceCues(i)
        if let k = cues.lastIndex(where: { $0.position < i }) {
            // "has backed the plan to replace its ground, voting on Wednesday night": an
            // infinitive's clause ends at a comma before a participle in -ing; the verb before
            // it governs the day
            if k > 0, reachesOnlyAhead(cues[k]), let comma = (cues[k].position + 1 ..< i).last(where: { isChar($0, 0x2C) }),
               (comma + 1 ..< i).contains(where: { endsInIng($0) }) {
                return cues[k - 1].tense
            }
            return cues[k].tense
        }
        // The sentence iterator breaks after "p.m." before a zone in capitals or a weekday ("will
        // start at 10 p.m. PT on Friday", "will present them at 7 p.m. Tuesday"), but the clause
        // goes on: the cues before the time count.
        // (so does a time in brackets after it: "will hold a call at 9 a.m. (0200 GMT) on Friday")
        let s = Int(tokens[i].sentence)
        if s < text.sentences.count, let f = text.sentences[s].first, f > 0, f <= i,
           entry(f).map({ $0.zone >= 0 && tokens[f].shape == .upper || $0.weekday > 0 }) ?? isChar(f, 0x28),
           isText(f - 1, "p.m.") || isText(f - 1, "a.m."),
           sentenceCues(f - 1).contains(where: { $0.position < f - 1 }) {
            return cueBefore(f - 1)
        }
        return nearestCue(i).tense
    }

    /// Whether a modal ("could", "might") comes between the last tense cue before token `s` and
    /// it: "said the storm could reach Category 4 by Saturday" is no past deadline.
    func modalBefore(_ s: Int) -> Bool {
        let from = sentenceCues(s).last(where: { $0.position < s })?.position ?? s
        return (from ..< max(from, s)).contains { isText($0, "could") || isText($0, "might") || isText($0, "may") || isText($0, "can") }
    }

    /// Whether a verb that moves an event later or bids it ("postponed", "delayed", "ordered")
    /// comes before token `i` in its sentence.
    func postponedBefore(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        let first = text.sentences[s].lowerBound
        return (first ..< max(first, i)).contains { entry($0)?.postponement == true || entry($0)?.directive == true && !permissionInPassive($0) }
    }

    /// Whether the first tense cue after token `i` is past, at most six tokens on, with no comma or
    /// semicolon between: "by Thursday morning aerial surveys showed no oil".
    func pastCueOpensClause(after i: Int) -> Bool {
        guard let c = sentenceCues(i).first(where: { $0.position > i }), c.tense == .past, c.position - i <= 6 else { return false }
        return !(i + 1 ..< c.position).contains { isChar($0, 0x2C) || isChar($0, 0x3B) }
    }

    /// Whether the last tense cue before token `i` is past and in the clause of `i` ("Crews had
    /// arrived on Saturday, but homes could be dark until Friday": another clause).
    func pastCueInClause(before i: Int) -> Bool {
        guard let c = sentenceCues(i).last(where: { $0.position < i }), c.tense == .past else { return false }
        return !(c.position + 1 ..< max(c.position + 1, i)).contains { k in
            isChar(k, 0x3B) || isChar(k, 0x2C) && (isText(k + 1, "and") || isText(k + 1, "but") || isText(k + 1, "while"))
        }
    }

    /// Whether the last tense cue before token `i` is a past form right after "has" or "have"
    /// (two words between at most): a state that lasts, "has put crews on standby daily until
    /// Monday", "have been closed until Friday".
    func presentPerfectBefore(_ i: Int) -> Bool {
        guard let c = sentenceCues(i).last(where: { $0.position < i }), c.tense == .past else { return false }
        func perfect(_ k: Int) -> Bool { isText(k, "has") || isText(k, "have") }
        // (also "has" after it, before a past written as the present: "said Horáková, of the
        // service, which has put crews on standby daily until Monday")
        if let h = (c.position + 1 ..< max(c.position + 1, i)).last(where: perfect), !(h + 1 ..< i).contains(where: { isChar($0, 0x2C) }) {
            return true
        }
        return (max(0, c.position - 3) ..< c.position).contains(where: perfect)
    }

    /// Whether the sentence of token `i` has "had" in it, the past perfect, in the clause of
    /// `i`: no "but", "that", "while" or ";" between them ("crews had arrived on Monday, but
    /// some could be in the dark until Friday" is no past perfect for Friday).
    func inPastPerfect(_ i: Int) -> Bool {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count else { return false }
        return text.sentences[s].contains { h in
            h != i && isText(h, "had") && !(min(h, i) + 1 ..< max(h, i)).contains {
                isText($0, "but") || isText($0, "that") || isText($0, "while") || isChar($0, 0x3B)
            }
        }
    }

    /// Whether the sentence of token `i` has a cue of tense `t` (only between token `from`
    /// and `i` when given).
    func hasCue(_ t: Tense, in i: Int, from: Int? = nil) -> Bool {
        let cues = sentenceCues(i)
        if let from { return cues.contains { $0.tense == t && $0.position >= from && $0.position < i } }
        return cues.contains { $0.tense == t }
    }

    /// Whether the cue nearest token `i` is the "to" of a bidding verb's clause ("asked the firm to
    /// repay the loan by Oct. 24") or an intention told in the past ("hoped to finish by
    /// September"): ahead of the bidding or hoping, but a deadline after it may have passed.
    func nearestCueIsBid(_ i: Int) -> Bool {
        let p = nearestCue(i).position
        return p >= 0 && (isWord(p, .to) || entry(p)?.intention == true && endsInEd(p))
    }

    /// The tense cue nearest token `i` in its sentence, its distance in tokens and its position (-1: none).
    func nearestCue(_ i: Int) -> (tense: Tense, distance: Int, position: Int) {
        var best: Tense = .none
        var distance = Int.max, position = -1, cutoff = Int.max
        for cue in sentenceCues(i) {
            // "held an exercise in June and plan to ...": an intention reaches only ahead of it
            // (but a plan's verb governs the day that opens its clause: "On Wednesday, Amoako
            // travels to São Paulo")
            if cue.position > i, reachesOnlyAhead(cue), !frontedBefore(i, verb: cue.position) { continue }
            // "fiscal 2026, which begins on April 1, against 4.6 percent in November": a plan's verb
            // in a relative clause, and the object of a forecast told in the past ("forecast a deficit
            // of 5.3 percent for the year ..., against ... in November"), reach no further than
            // their clause's comma
            if cue.position < i, cue.tense == .future,
               entry(cue.position)?.planVerb == true && (isText(cue.position - 1, "which") || isText(cue.position - 1, "who"))
                || isText(cue.position - 1, "forecast") || isText(cue.position - 1, "predicted"),
               (cue.position + 1 ..< i).contains(where: { isChar($0, 0x2C) }) {
                continue
            }
            // "From January 1, all new buildings must meet a code that Congress approved last week":
            // a relative clause after a fronted day is another clause's
            if cue.position > i, let comma = frontedComma(i), cue.position > comma,
               (comma + 1 ..< cue.position).contains(where: { isText($0, "that") || isText($0, "which") || isText($0, "who") }) {
                cutoff = min(cutoff, cue.position)
                continue
            }
            // "must stop handing out bags from September 1 under a law approved by parliament": a
            // participle after an article's noun, before "by", describes the noun
            if cue.position > i, cue.tense == .past, endsInEd(cue.position), isWord(cue.position + 1, .by), cue.position >= 2,
               tokens[cue.position - 1].shape == .lower, entry(cue.position - 1).map({ $0.unit == nil && $0.tense == .none }) ?? true,
               isWord(cue.position - 2, .a) || isWord(cue.position - 2, .the) {
                continue
            }
            // "..., Belden said" ends the clause: neither it nor what follows sets the tense
            if cue.position > i, cue.position >= cutoff || trailingAttribution(cue.position, after: i) || quotedBefore(cue.position, after: i) {
                cutoff = min(cutoff, cue.position)
                continue
            }
            // "would review library use in January and had not ruled out ...": a verb coordinated
            // after the expression is another clause's, when the expression's own clause has a cue
            if cue.position > i, (i + 1 ..< cue.position).contains(where: { isText($0, "and") || isText($0, "but") }),
               sentenceCues(i).contains(where: { $0.position < i }) {
                cutoff = min(cutoff, cue.position)
                continue
            }
            // a comma between costs a few tokens: another clause's verb is further away than it looks
            // (a cue on the expression's own token has nothing between them)
            let between = min(cue.position, i) + 1 ..< max(cue.position, i, min(cue.position, i) + 1)
            let d = abs(cue.position - i) + between.reduce(0) { $0 + (isChar($1, 0x2C) ? Self.commaCost : 0) }
            // (a verb of intention in the past is past before it and ahead after it: on a tie, the
            // cue that faces the expression)
            if d < distance || d == distance && cue.position == position && cue.position < i && cue.tense == .future {
                distance = d; best = cue.tense; position = cue.position
            }
        }
        return (best, distance, position)
    }

    /// Whether token `i` is in a phrase of at most three words that opens its sentence, set off
    /// by a comma (or "On" and the day alone), with `verb` among the next six words after it:
    /// "On Wednesday, Amoako travels to São Paulo".
    private func frontedBefore(_ i: Int, verb: Int) -> Bool {
        guard let comma = frontedComma(i) ?? onWithoutComma(i) else { return false }
        return verb > comma && verb - comma <= 6 && !(comma + 1 ..< verb).contains { isChar($0, 0x2C) }
    }

    /// The comma that ends a phrase of at most three words opening the sentence of token `i`,
    /// `i` in it ("From January 1, ...", "On Wednesday, ...").
    private func frontedComma(_ i: Int) -> Int? {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count, let first = text.sentences[s].first, i - first <= 2, i + 1 < n else { return nil }
        return (i + 1 ... min(n - 1, i + 2)).first(where: { isChar($0, 0x2C) })
    }

    /// Token `i` itself when it is a day right after a sentence-opening "On" with no comma
    /// ("On Wednesday Macron travels to Berlin").
    private func onWithoutComma(_ i: Int) -> Int? {
        let s = Int(tokens[i].sentence)
        guard s < text.sentences.count, let first = text.sentences[s].first, first == i - 1, isWord(first, .on) else { return nil }
        return i
    }

    /// Whether the cue at `p`, after token `i`, is a verb of saying in an attribution that
    /// follows the clause of `i` after a comma, and that clause has a cue of its own: "will
    /// open the program in December, Belden said" is ahead.
    private func trailingAttribution(_ p: Int, after i: Int) -> Bool {
        guard entry(p)?.speech == true,
              let comma = (max(i + 1, p - 6) ..< p).last(where: { isChar($0, 0x2C) }) else { return false }
        let cues = sentenceCues(i)
        return !cues.contains { $0.position > comma && $0.position < p } && cues.contains { $0.position < i }
    }

    /// Whether token `k` opens a quotation: `“`, or `"` or `` ` `` with a space before it.
    private func opensQuotation(_ k: Int) -> Bool {
        isChar(k, 0x201C) || (isChar(k, 0x22) || isChar(k, 0x60)) && !attached(k)
    }

    /// Whether a closing quotation mark (attached to the word before it) is among tokens `r`.
    private func closingQuote(in r: Range<Int>) -> Bool {
        r.contains { k in attached(k) && (isChar(k, 0x201D) || isChar(k, 0x22) || isChar(k, 0x27) && isChar(k - 1, 0x27)) }
    }

    /// Whether the cue at `p`, after token `i`, is a verb of saying in the attribution after a
    /// quotation that holds `i`: the quote keeps its own tense ("“We still pencil in one last
    /// cut, in May,” said Vrba" is the May ahead).
    private func quotedBefore(_ p: Int, after i: Int) -> Bool {
        // (after a long speaker too: "“...,” Chief Financial Officer Renata Szabo said")
        entry(p)?.speech == true && closingQuote(in: max(i + 1, p - 8) ..< p)
    }

    /// The tense cues of the sentence of token `i`, cached.
    private func sentenceCues(_ i: Int) -> [(position: Int, tense: Tense)] {
        let s = Int(tokens[i].sentence)
        if s >= tenseCues.count {
            var grown = [[(position: Int, tense: Tense)]?](repeating: nil, count: max(text.sentences.count, s + 1))
            for k in tenseCues.indices { grown[k] = tenseCues[k] }
            tenseCues = grown
        }
        if let cues = tenseCues[s] { return cues }
        let cues = cues(sentence: s)
        tenseCues[s] = cues
        return cues
    }

    private func cues(sentence s: Int) -> [(position: Int, tense: Tense)] {
        guard s < text.sentences.count else { return [] }
        var out: [(position: Int, tense: Tense)] = []
        out.reserveCapacity(8)
        // A participle after "is", "are", "will be" ("is held") takes the auxiliary's tense.
        func afterAuxiliary(_ k: Int) -> Bool {
            k > 0 && (entry(k - 1)?.tense == .present || entry(k - 1)?.tense == .future || isText(k - 1, "be")
                // ("will stay closed on Thursday", "remain suspended until Wednesday")
                || isText(k - 1, "stay") || isText(k - 1, "stays") || isText(k - 1, "remain") || isText(k - 1, "remains"))
        }
        // A participle after "to be" ("a dividend to be paid in May"): ahead
        // (not a need that was past: "had to be replaced in April")
        func toBe(_ k: Int) -> Bool { isText(k - 1, "be") && isWord(k - 2, .to) && !isText(k - 3, "had") }
        // A plan in the past perfect or told as past ("had been due to expire Friday", "had been
        // scheduled to expire at midnight Friday", "as previously planned") does not point ahead:
        // the sentence's other cues decide ("had been set to expire Nov. 6" may still be ahead).
        func pastPlan(_ k: Int) -> Bool {
            var j = k - 1
            if isText(j, "previously") { if !isText(j - 1, "been"), !isText(j - 1, "had") { return true }; j -= 1 }
            if isText(j, "been") { j -= 1 }
            if isText(j, "previously") { j -= 1 }
            return isText(j, "had")
        }
        // The "to" of a bidding verb's clause ("asked airlines to cancel flights on Friday"): ahead
        var bidTo = -1
        for k in text.sentences[s] {
            let plain = entry(k)
            if k == bidTo { out.append((k, .future)); continue }
            // "ordered that from April it be taken up every Monday": a bid's "that" clause is ahead
            if isText(k + 1, "that"), Self.mandativeVerbs.contains(where: { isText(k, $0) }) { bidTo = k + 1 }
            // (also an intention with an object: "expects the holiday to fall on Monday")
            // (not a permission refused or given in the passive: "were not allowed to see him until Tuesday morning")
            if plain?.directive == true && !permissionInPassive(k) || plain?.intention == true && !isWord(k + 1, .to), tokens[k].shape == .lower,
               let j = (k + 2 ..< max(k + 2, min(k + 10, n))).first(where: { isWord($0, .to) }), verbAfterTo(j + 1),
               !(k + 1 ..< j).contains(where: { tokens[$0].kind == .punctuation || isText($0, "that") || isText($0, "which") || isText($0, "who") }) {
                bidTo = j
            }
            // (and a closing ordered for what it names: "ordered all schools shut on Wednesday")
            if plain?.directive == true, !permissionInPassive(k), tokens[k].shape == .lower,
               let j = (k + 2 ..< max(k + 2, min(k + 7, n))).first(where: { j in Self.closingVerbs.contains { isText(j, $0) } }),
               !(k + 1 ..< j).contains(where: { tokens[$0].kind == .punctuation || isWord($0, .to) }) {
                bidTo = j
            }
            if let e = plain, e.tense != .none {
                // "From May, he said, the authority will ...": an attribution between commas sets no
                // tense for the sentence around it
                if e.speech, isChar(k + 1, 0x2C), let comma = (max(0, k - 4) ..< k).last(where: { isChar($0, 0x2C) }),
                   (comma + 1 ..< k).allSatisfy({ tokens[$0].kind == .word }) { continue }
                // "more slowly than it expected after a price cut in April": a comparison with what
                // was expected, a past (not "it expected no changes over the weekend")
                if isText(k, "expected"), isText(k - 2, "than"), Self.subjectPronouns.contains(where: { isText(k - 1, $0) }) {
                    out.append((k, .past))
                    continue
                }
                if e.tense == .future, pastPlan(k) { continue }
                // "better than expected", "as expected": a clause without a verb of its own
                if endsInEd(k), Self.reducedClauseWords.contains(where: { isText(k - 1, $0) }) { continue }
                // "planned", "scheduled" without an auxiliary, before a past passive, are a participle
                // whose clause sets the tense ("a service planned for Saturday was canceled").
                if e.tense == .future, isText(k, "planned") || isText(k, "scheduled"), (entry(k - 1)?.tense ?? Tense.none) == Tense.none,
                   !isText(k - 1, "has"), !isText(k - 1, "have"), !isText(k - 1, "be"),
                   text.sentences[s].contains(where: { $0 > k && (isText($0, "was") || isText($0, "were")) && endsInEd($0 + 1) }) { continue }
                // "vacation plans for the trip": the noun, no cue ("plans to" is the verb)
                // (but a verb before its object: "The group plans another rally on Tuesday")
                if isText(k, "plans"), !isWord(k + 1, .to),
                   !(Self.determiners.contains(where: { isText(k + 1, $0) }) || isText(k + 1, "another")) || articleOrPossessive(k - 1) { continue }
                // "the hastily planned trip", "its scheduled closing": an adjective, no cue
                // (also after "for" or "of" before a noun: "waiting for planned surgery")
                if e.tense == .future, isText(k, "planned") || isText(k, "scheduled"),
                   attributive(k - 1) || (isText(k - 1, "for") || isText(k - 1, "of")) && k + 1 < n && tokens[k + 1].shape == .lower && plainNoun(k + 1) { continue }
                // "is to resume", "are to meet": a plan, ahead
                if e.tense == .present, isWord(k + 1, .to) { out.append((k, .future)); continue }
                // "who was to close the festival on Sunday": a plan told in the past, ahead
                if isText(k, "was") || isText(k, "were"), isWord(k + 1, .to), verbAfterTo(k + 2), !isText(k + 2, "blame") {
                    out.append((k, .future))
                    continue
                }
                if e.tense == .past, toBe(k) { out.append((k, .future)); continue }
                if !(e.tense == .past && afterAuxiliary(k)) { out.append((k, e.tense)) }
                continue
            }
            let t = tokens[k]
            // "is due to", "are set to", "is set for", "are due on Friday": a plan, ahead
            if (isText(k, "due") || isText(k, "set")) && (isWord(k + 1, .to) || isText(k + 1, "for"))
                && (entry(k - 1)?.tense == .present || isText(k - 1, "was") || isText(k - 1, "were"))
                || isText(k, "due") && (entry(k - 1)?.tense == .present || isText(k - 1, "was") || isText(k - 1, "were"))
                    && (isWord(k + 1, .on) || isWord(k + 1, .from) || isWord(k + 1, .inWord) || isText(k + 1, "out") || (entry(k + 1)?.weekday ?? 0) > 0
                        // ("the delegation is due late Tuesday")
                        || (isWord(k + 1, .late) || isWord(k + 1, .early)) && (entry(k + 2)?.weekday ?? 0) > 0)
                // "with the review due in July": a plan without an auxiliary (not "was due on")
                || k > 0 && isText(k, "due") && tokens[k - 1].kind == .word && (entry(k - 1)?.tense ?? Tense.none) == Tense.none && !isText(k - 1, "been")
                    && (isWord(k + 1, .inWord) || isWord(k + 1, .on) || isWord(k + 1, .by) || isWord(k + 1, .from)) {
                // ("Sunday's session is set for 11 a.m.": the auxiliary is the plan's, no present of its own)
                if isText(k, "set"), let p = out.last, p.position == k - 1, p.tense == .present { out.removeLast() }
                out.append((k, .future))
                continue
            }
            // "it forecast a peak of 42 degrees on Thursday", "the department forecast more heavy rain
            // from Friday night": a forecast in the simple past before its object is past for what
            // comes before it and ahead for the object's days (not the noun, "its profit forecast
            // for 2025", nor a perfect, "had predicted a loss in the quarter")
            // (not the noun: "cut its profit forecast for 2025")
            let forecastNoun = isText(k, "forecast") && (articleOrPossessive(k - 1) || articleOrPossessive(k - 2) && !isText(k - 2, "the"))
            if t.shape == .lower, isText(k, "forecast") && !forecastNoun || isText(k, "predicted"), k + 1 < n,
               tokens[k + 1].kind == .word, tokens[k + 1].shape == .lower, !isText(k + 1, "that"), !isText(k + 1, "for"), !isText(k + 1, "at"),
               !isMonthSignal(k + 1), (entry(k + 1)?.tense ?? Tense.none) == Tense.none, entry(k + 1)?.unit == nil,
               !isText(k - 1, "had"), !isText(k - 1, "has"), !isText(k - 1, "have"), !isText(k - 1, "was"), !isText(k - 1, "were") {
                out.append((k, .past))
                out.append((k + 1, .future))
                continue
            }
            // A verb whose past is written as its present, after a singular subject and before its
            // object, is past: "The Reserve Bank of Australia cut its cash rate in February" (the
            // present would be "cuts"; not a plural, "Analysts cut their forecasts", nor a noun,
            // "the rate cut in February")
            // (each such verb ends in "t" or "d": a cheap test first)
            if t.shape == .lower, case let end = folded[Int(t.end) - 1], end == 0x74 || end == 0x64,
               Self.pastAsPresent.contains(where: { isText(k, $0) }),
               singularSubject(k - 1) && !pluralLooking(k - 1) && Self.determiners.contains(where: { isText(k + 1, $0) })
                // (or after "that" or "which" and a singular noun, before any object: "an outage
                // that cut calls for 14 hours on Monday")
                || k >= 2 && (isText(k - 1, "that") || isText(k - 1, "which")) && tokens[k - 2].shape == .lower && singularSubject(k - 2) && !pluralLooking(k - 2)
                    && k + 1 < n && tokens[k + 1].kind == .word && tokens[k + 1].shape == .lower && !isWord(k + 1, .to) {
                out.append((k, .past))
                continue
            }
            // "set sentencing for October 23", "set a hearing for Friday": a day set for an event
            // lies ahead, though the setting is past
            if isText(k, "set"), k + 3 < n, let j = (k + 2 ... min(n - 1, k + 4)).first(where: { isText($0, "for") }),
               (k + 1 ..< j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].shape == .lower && entry($0)?.tense == nil }),
               j + 1 < n, let e = entry(j + 1), e.month > 0 && isCapitalized(j + 1) || e.weekday > 0 {
                out.append((k, .future))
                continue
            }
            // "the window due to close on Monday", "the talks, set to resume Monday": "due to" or
            // "set to" before a verb of a plan, without an auxiliary
            if isText(k, "due") || isText(k, "set"), isWord(k + 1, .to), Self.plannedVerbs.contains(where: { isText(k + 2, $0) }) {
                if !pastPlan(k) { out.append((k, .future)) }
                continue
            }
            // An intention in the present before "to" ("they do not plan to remove him on Thursday",
            // "hope to sign it Friday"): ahead
            if t.shape == .lower, plain?.intention == true, isWord(k + 1, .to), verbAfterTo(k + 2) {
                // "In March, they decided to hold elections in May": a past form is past for what
                // precedes it (first: the nearest cue on a tie), ahead for what follows ("agreed to
                // return to the table at 9 a.m. on Friday": the last cue before the day)
                if endsInEd(k) { out.append((k, .past)) }
                out.append((k, .future))
                continue
            }
            // "Polls open at 6 a.m. on Sunday", "Registrations open on Monday": "open" or "close"
            // after a plural subject that opens the sentence, a weekday after it (else often an
            // adjective, "kept the roads open on Friday", or a habit, "Doors open from 7am to 8pm",
            // "Banks close on Labor Day")
            // (or a plural noun after a word that opens it: "Polling stations open at 7 a.m. on Sunday")
            // ("Offers in the first round close at 3 p.m. on Thursday": after a phrase of place too)
            if t.shape == .lower, isText(k, "open") || isText(k, "close"), k >= 1,
               pluralSubject(k - 1) && (tokens[k - 1].flags.contains(.sentenceStart) || k >= 2 && tokens[k - 2].flags.contains(.sentenceStart) && tokens[k - 1].shape == .lower)
                || pluralBeforePhrase(k),
               text.sentences[s].contains(where: { $0 > k && (entry($0)?.weekday ?? 0) > 0 && isCapitalized($0) }) {
                out.append((k, .future))
                continue
            }
            // A plan in the present ("Arafat and Netanyahu meet separately Monday", "markets reopen
            // Tuesday", "the match kicks off Saturday", "Barcelona, who return home on Saturday",
            // "fiscal 2026, which begins in April"): a verb of a plan in its base form after a plural
            // subject, a name, "who" or "which", or in its -s form.
            // (a verb that is no noun, in its -s form, after anything but a determiner: "The
            // checkpoint on Highway 5 opens at 8 a.m. on Saturday", "The auction, held on Mondays,
            // resumes on Monday")
            if t.shape == .lower, plain?.planVerb == true, !bareInfinitive(k),
               pluralSubject(k - 1) || isText(k - 2, "of") && pluralSubject(k - 3) && tokens[k - 1].shape == .lower || pluralBeforePhrase(k)
                || isText(k - 1, "who") || isText(k - 1, "which") || folded[Int(t.end) - 1] == 0x73 && singularSubject(k - 1)
                || Self.verbsOnly.contains(where: { isText(k, $0) }) && !articleOrPossessive(k - 1) && !isText(k - 1, "this") && !isText(k - 1, "that")
                || nameBeforeApposition(k - 1) && !isWord(k + 1, .of) {
                out.append((k, .future))
                continue
            }
            // "is forecast to", "are likely to", "is projected to", "is forecast for": a forecast, ahead
            // (also told in the past: "the FDA was likely to call a meeting, probably in February")
            if t.shape == .lower, isWord(k + 1, .to) || isText(k, "forecast") && isWord(k + 1, .forWord) && !forecastNoun,
               entry(k - 1)?.tense == .present || (isText(k - 1, "was") || isText(k - 1, "were")) && Self.forecastWords.contains(where: { isText(k, $0) }),
               endsInEd(k) || Self.forecastWords.contains(where: { isText(k, $0) }) {
                out.append((k, .future))
                continue
            }
            // a forecast told in the past is ahead too: "rain was forecast from Saturday through
            // Tuesday", "with lows in the teens forecast for Wednesday night"
            // ("if the wind eased as forecast on Friday")
            if isText(k, "forecast"), !forecastNoun, isText(k - 1, "was") || isText(k - 1, "were") || isText(k - 1, "as") || isWord(k + 1, .forWord) {
                out.append((k, .future))
                continue
            }
            // A modal of possibility before a verb ("the vote could come as early as Friday", "demand
            // could reach a record on Thursday"): ahead; not "could not", "could have" (a past)
            if t.shape == .lower, Self.possibilityModals.contains(where: { isText(k, $0) }),
               k + 1 < n, tokens[k + 1].kind == .word, !isText(k + 1, "not"), !isText(k + 1, "have"), !isText(k + 1, "n't") {
                out.append((k, .future))
                continue
            }
            // "has warned of gusts of up to 75 mph on Wednesday", "warned of weak showers in July": a
            // forecast, ahead of "of"
            // (not "the default it had warned of in June": the warning's own date)
            if t.shape == .lower, isText(k, "warned") || isText(k, "warns") || isText(k, "warn") || isText(k, "warning"), isWord(k + 1, .of),
               !isText(k - 1, "had"), k + 2 < n, tokens[k + 2].kind == .word, !isMonthSignal(k + 2) {
                if isText(k, "warned") { out.append((k, .past)) }
                out.append((k + 1, .future))
                continue
            }
            // "the 900 billion yen it forecast in August": after a pronoun, the simple past
            if isText(k, "forecast"), Self.subjectPronouns.contains(where: { isText(k - 1, $0) }) {
                out.append((k, .past))
                continue
            }
            // "The advisory runs from 11 a.m. on Wednesday", "the show runs until Sunday": a period
            // ahead ("which runs the hospital" is no plan)
            if t.shape == .lower, isText(k, "runs") || isText(k, "run"), isWord(k + 1, .from) || isWord(k + 1, .through) || isWord(k + 1, .until) {
                out.append((k, .future))
                continue
            }
            // "further stoppages were possible in August", "a deal is possible by Friday": ahead
            // ("likely" is a future cue of `date-words.tsv`: "more plumes were likely well into July")
            if isText(k, "possible"),
               isText(k - 1, "was") || isText(k - 1, "were") || entry(k - 1)?.tense == .present {
                out.append((k, .future))
                continue
            }
            // "I have to open my shop on Saturday", "she has to leave Friday": an obligation, ahead
            if t.shape == .lower, isText(k, "have") || isText(k, "has"), isWord(k + 1, .to), verbAfterTo(k + 2) {
                out.append((k, .future))
                continue
            }
            // "was on track to make landfall late Sunday": ahead
            if isText(k, "track"), isWord(k - 1, .on), isWord(k + 1, .to) {
                out.append((k, .future))
                continue
            }
            // "if needed", "as expected", "than planned": a clause without a verb of its own; so is
            // a sequence's participle after a comma ("could begin in late February, followed by a
            // stoppage in March"; not "The permit, signed by the ministry on Friday")
            if endsInEd(k), Self.reducedClauseWords.contains(where: { isText(k - 1, $0) })
                || isChar(k - 1, 0x2C) && isWord(k + 1, .by) && (isText(k, "followed") || isText(k, "preceded")) { continue }
            if toBe(k), endsInEd(k) { out.append((k, .future)); continue }
            // Regular past forms: lower-case words ending in -ed ("announced"), not -eed ("need")
            // unless a past form ("agreed", "freed").
            if t.length >= 5, endsInEd(k), folded[Int(t.end) - 3] != 0x65 || Self.pastFormsInEed.contains(where: { isText(k, $0) }),
               plain?.adjective != true, !afterAuxiliary(k), !adjectivalEd(k) {
                out.append((k, .past))
            }
        }
        // A present in a clause of time or condition under a future main clause is a future
        // ("would ask for a report before the scheme is reviewed in August"), and so is a past
        // in a condition or a clause of time after "would" ("would propose a mediator if talks did
        // not resume by Monday", "would ease once the rains returned in April")
        if out.contains(where: { $0.tense == .future }) {
            for c in out.indices where out[c].tense == .past {
                let k = out[c].position
                let from = max(text.sentences[s].lowerBound, k - 4)
                if let h = (from ..< k).last(where: { j in Self.timeClauseWords.contains { isText(j, $0) } }),
                   out.contains(where: { $0.position < h && isText($0.position, "would") }),
                   !(h + 1 ..< k).contains(where: { tokens[$0].kind == .punctuation }) {
                    out[c].tense = .future
                }
            }
            for c in out.indices where out[c].tense == .present {
                let k = out[c].position
                let from = max(text.sentences[s].lowerBound, k - 6)
                if let h = (from ..< k).last(where: { j in Self.timeClauseWords.contains { isText(j, $0) } }),
                   !(h + 1 ..< k).contains(where: { tokens[$0].kind == .punctuation || entry($0)?.tense != nil && entry($0)?.tense != Tense.none }) {
                    out[c].tense = .future
                }
            }
        }
        return out
    }
}
