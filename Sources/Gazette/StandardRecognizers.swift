import GazetteCore
import GazetteDates

extension Annotator {
    /// The recognizers `gazette annotate` runs, in the order their candidates are proposed.
    /// `locales` are the languages whose month and weekday names the date recognizer knows;
    /// `dateOrder` is how it reads a numeric date whose first two numbers could both be a month.
    public static func standardRecognizers(locales: [String] = ["en"], dateOrder: DateOrder = .monthFirst) throws -> [any Recognizer] {
        [try DateRecognizer(locales: locales, dateOrder: dateOrder)]
    }
}
