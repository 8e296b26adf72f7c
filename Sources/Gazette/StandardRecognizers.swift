import GazetteCore
import GazetteDates
import GazetteNames

extension Annotator {
    /// The recognizers `gazette annotate` runs, in the order their candidates are proposed.
    ///
    /// - `locales`: the languages whose month and weekday names (CLDR) the date recognizer knows;
    /// - `dateOrder`: how it reads a numeric date whose first two numbers could both be a month;
    /// - `gazetteers`: the folder of the lists (`manifest.tsv`, and `holidays.tsv` for the date
    ///   recognizer); by default `$GAZETTE_GAZETTEERS`, else the `Gazetteers` folder found beside
    ///   the program or its source tree.
    public static func standardRecognizers(locales: [String] = ["en"], dateOrder: DateOrder = .monthFirst,
                                           gazetteers: String? = nil) throws -> [any Recognizer] {
        let folder = try GazetteerLocation.find(explicit: gazetteers)
        return [
            try DateRecognizer(locales: locales, dateOrder: dateOrder, gazetteers: folder),
            NameRecognizer(gazetteers: try Gazetteers.load(directory: folder)),
        ]
    }
}
