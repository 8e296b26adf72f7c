import GazetteCore
import GazetteDates
import GazetteNames

extension Annotator {
    /// The recognizers `gazette annotate` runs, in the order their candidates are proposed.
    ///
    /// - `locales`: the languages whose month and weekday names (CLDR) the date recognizer knows;
    /// - `dateOrder`: how it reads a numeric date whose first two numbers could both be a month;
    /// - `gazetteers`: the folder of the lists (`manifest.tsv`, and `holidays.tsv` and
    ///   `date-words.tsv` for the date recognizer); by default `$GAZETTE_GAZETTEERS`, else the
    ///   `Gazetteers` folder found beside the program or its source tree.
    /// - `only`: the names of the recognizers to run (`standardRecognizerNames`); nil for all.
    ///   Those left out are not loaded.
    public static func standardRecognizers(locales: [String] = ["en"], dateOrder: DateOrder = .monthFirst,
                                           gazetteers: String? = nil, only: Set<String>? = nil) throws -> [any Recognizer] {
        let folder = try GazetteerLocation.find(explicit: gazetteers)
        var recognizers: [any Recognizer] = []
        if only?.contains("dates") ?? true {
            recognizers.append(try DateRecognizer(locales: locales, dateOrder: dateOrder, gazetteers: folder))
        }
        if only?.contains("names") ?? true {
            recognizers.append(NameRecognizer(gazetteers: try Gazetteers.load(from: folder)))
        }
        return recognizers
    }

    /// The names of the standard recognizers (each one's `name`), for `only:` and
    /// `gazette annotate --recognizers`.
    public static let standardRecognizerNames = ["dates", "names"]
}
