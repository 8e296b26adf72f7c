import Foundation
import Testing

/// Every value the example tables expect is one FORMAT.md allows: the pattern is the one
/// `../shared/tools/validate_jsonl.py` checks output with, copied here so that the tests run
/// without `../shared`.
@Suite struct ValueShapeTests {
    private static let timex3 = try! NSRegularExpression(pattern:
        "^(PRESENT_REF|PAST_REF|FUTURE_REF"
            + "|[0-9X]{1,4}(-([0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI))?(-([0-9X]{2}|WE|[1-7]))?"
            + "(T([0-9X]{2}(:[0-9X]{2}(:[0-9X]{2}(\\.[0-9]+)?)?)?|MO|AF|EV|NI|DT)(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?"
            + "|P([0-9.X]+[YMWDHSECL]|T[0-9.X]+[HMS]|[0-9.X]+(CE|DE|ML|Q|H|WE))+"
            + "|P[0-9X]+Y[0-9X]+M(?:[0-9X]+D)?|T[0-9X]{2}(:[0-9X]{2})?|T(MO|AF|EV|NI|DT))$")

    static let tables: [Example] = absoluteDates + ranges + anchoredDates + relativeDates + times + durations + sets
        + withoutDCT + yearlessDates + periodReferences + partsOfDays + streaks + durationConventions + weekdayParts
        + anchoredReferences + signalConventions + otherLocales

    @Test func everyExpectedValueIsTimex3Shaped() {
        for row in Self.tables {
            for span in row.expected {
                // "text=LABEL value [mod]": the value is the word after the label
                guard let eq = span.lastIndex(of: "=") else { continue }
                let fields = span[span.index(after: eq)...].split(separator: " ")
                guard fields.count >= 2 else { continue }
                let value = String(fields[1])
                let range = NSRange(value.startIndex..., in: value)
                #expect(Self.timex3.firstMatch(in: value, range: range) != nil, "\(value) in \(row.text)")
            }
        }
    }

    @Test func thePatternRejectsWhatFormatDoesNotAllow() {
        for value in ["PXX", "BC1200", "2021-13-45-6", "yesterday"] {
            let range = NSRange(value.startIndex..., in: value)
            #expect(Self.timex3.firstMatch(in: value, range: range) == nil, "\(value)")
        }
    }
}
