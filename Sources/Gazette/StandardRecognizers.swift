import GazetteCore
import GazetteDates

extension Annotator {
    /// The recognizers `gazette annotate` runs, in the order their candidates are proposed.
    /// `locales` are the languages whose month and weekday names the date recognizer knows.
    public static func standardRecognizers(locales: [String] = ["en"]) throws -> [any Recognizer] {
        [try DateRecognizer(locales: locales)]
    }
}
