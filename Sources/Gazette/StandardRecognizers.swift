import GazetteCore
import GazetteNames

extension Annotator {
    /// The recognizers `gazette annotate` runs, in the order their candidates are proposed.
    public static func standardRecognizers() throws -> [any Recognizer] {
        [try NameRecognizer()]
    }
}
