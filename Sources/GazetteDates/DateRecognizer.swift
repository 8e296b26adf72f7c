import GazetteCore
import GazetteText

/// Finds temporal expressions (TIMEX3 `DATE`, `TIME`, `DURATION`, `SET`) and
/// normalizes them against the document creation time.
///
/// Month and weekday names come from ICU's CLDR data for every locale in
/// `locales` (all forms: format and stand-alone, wide and abbreviated), so
/// `["en", "de", "ru"]` also finds `25. Oktober 2021` and `25 октября 2021`.
/// The rest of the grammar (relative expressions, durations, sets) is English.
///
/// Normalization policy (see README.md in this folder):
/// - a weekday alone takes the tense of the last tense cue before it in its sentence
///   (else the nearest): a past or present cue, or none, gives the latest such day on
///   or before the dct; a future cue or a deadline (`by`, `until`) the first on or after it;
/// - a month, or a month and day, without a year takes the occurrence nearest the dct;
///   a future cue (with or without a deadline, `by`, `until`) looks only ahead, a deadline
///   alone pays for looking back, `since` or a past verb right before it looks only back,
///   a more distant past cue makes looking ahead cost more;
/// - a time of day takes the day written after it or named earlier in its sentence;
///   `the previous year`, `the following month` take a date named just before;
/// - without a dct, a full date on one of the first three lines (a date line) is
///   taken as the dct; failing that, anchored values use `X` placeholders (`XXXX-10-25`,
///   `XXXX-WXX-5`) and vague ones `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`.
public struct DateRecognizer: Recognizer {
    /// The parser's rule names carry it already (`dates:month-day`).
    public let name = "dates"
    /// The locales whose month and weekday names are recognized.
    public let locales: [String]
    /// How `10/11/2021` is read when both numbers could be a month.
    public let dateOrder: DateOrder
    private let lexicon: Lexicon

    /// - `gazetteers`: the folder of `holidays.tsv` (holiday names and date rules) and
    ///   `date-words.tsv` (tense cues, count nouns, year blockers, time zones), read once
    ///   here; nil: the repository's own `Gazetteers/`. A file the folder lacks is read from
    ///   the repository's folder. Throws `ICUError` or `DateListError`.
    public init(locales: [String] = ["en"], dateOrder: DateOrder = .monthFirst, gazetteers: String? = nil) throws {
        self.locales = locales.isEmpty ? ["en"] : locales
        self.dateOrder = dateOrder
        let lists = try DateLists.load(folder: gazetteers ?? DateLists.repositoryFolder)
        lexicon = try Lexicon(locales: self.locales, lists: lists)
    }

    /// The lexicon's table of month, weekday, holiday and date words.
    public var vocabulary: TokenTable? { lexicon.table }

    public func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        var candidates: [Candidate] = []
        recognize(text, context: context, into: &candidates)
        return candidates
    }

    public func recognize(_ text: AnalyzedText, context: DocumentContext, into candidates: inout [Candidate]) {
        guard !text.tokens.isEmpty else { return }
        var parser = Parser(text: text, lexicon: lexicon, dct: context.dct, order: dateOrder, ids: context.tokenIDs)
        var matches = parser.run()
        // No dct: a full date on one of the first three lines (a date line) anchors the rest.
        if context.dct == nil, let line = matches.first(where: { text.tokens[$0.first].line <= 2 && $0.label == .date }),
           let anchor = CalendarDate(iso: line.value) {
            parser = Parser(text: text, lexicon: lexicon, dct: anchor, order: dateOrder, ids: context.tokenIDs)
            matches = parser.run()
        }
        candidates.reserveCapacity(candidates.count + matches.count)
        for m in matches {
            candidates.append(Candidate(start: Int(text.tokens[m.first].start), end: Int(text.tokens[m.last].end),
                                        label: m.label, rule: m.rule, value: m.value, mod: m.mod))
        }
    }
}
