import GazetteCore
import GazetteDates
import GazetteNames
#if canImport(Glibc)
import Glibc
#endif

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
        // The two load side by side: the date recognizer's calendar names (ICU) on a
        // thread of their own while this one compiles the gazetteers.
        let dates = LoadResult<DateRecognizer>()
        var datesThread: pthread_t?
        if only?.contains("dates") ?? true {
            datesThread = startThread {
                dates.set(Result { try DateRecognizer(locales: locales, dateOrder: dateOrder, gazetteers: folder) })
            }
        }
        let names = Result { try (only?.contains("names") ?? true) ? NameRecognizer(gazetteers: Gazetteers.load(from: folder)) : nil }
        var recognizers: [any Recognizer] = []
        if let datesThread {
            pthread_join(datesThread, nil)
            recognizers.append(try dates.get())
        }
        if let name = try names.get() { recognizers.append(name) }
        return recognizers
    }

    /// The names of the standard recognizers (each one's `name`), for `only:` and
    /// `gazette annotate --recognizers`.
    public static let standardRecognizerNames = ["dates", "names"]
}

/// The outcome of a load on another thread, read after joining it.
private final class LoadResult<T>: @unchecked Sendable {
    private var result: Result<T, any Error>?

    func set(_ r: Result<T, any Error>) { result = r }

    func get() throws -> T {
        guard let result else { preconditionFailure("read before the loading thread was joined") }
        return try result.get()
    }
}
