import GazetteCore
@testable import GazetteDates
import Testing

/// The value writers must give exactly what `CalendarDate`'s formatting gives.
@Test(arguments: [0, 1, 7, 9, 10, 12, 99, 100, 199, 999, 1000, 2021, 9999, 10000, 123_456_789, -1, -7, -10, -2021, -99_999, Int.max, Int.min + 1])
func padMatchesCalendarDate(_ v: Int) {
    for width in [0, 1, 2, 3, 4, 5, 8, 25] {
        #expect(Values.pad(v, width) == CalendarDate.pad(v, width))
    }
}

@Test func dayMonthAndWeekValues() {
    let date = CalendarDate(year: 2021, month: 10, day: 25)!
    #expect(Values.day(date) == date.description)
    #expect(Values.day(nil, 3, 4) == "XXXX-03-04")
    #expect(Values.day(812, 3, 4) == "0812-03-04")
    #expect(Values.month(nil, 11) == "XXXX-11")
    #expect(Values.month(2021, 1) == "2021-01")
    #expect(Values.week(date) == "2021-W43")
    #expect(Values.week(CalendarDate(year: 2021, month: 1, day: 1)!) == "2020-W53")
}

/// A week value read back gives the Monday of that ISO week, across year ends.
@Test(arguments: [("2025-W11", "2025-03-10"), ("2021-W01", "2021-01-04"), ("2020-W53", "2020-12-28"), ("2026-W01", "2025-12-29")])
func weekValueToMonday(_ week: String, _ monday: String) {
    let w = Values.isoWeek(week)
    #expect(w.flatMap { CalendarDate(isoYear: $0.year, week: $0.week) }?.description == monday)
    #expect(w.flatMap { CalendarDate(isoYear: $0.year, week: $0.week) }.map(Values.week) == week)
}

@Test func notWeekValues() {
    #expect(Values.isoWeek("2025-W1") == nil)
    #expect(Values.isoWeek("2025-11") == nil)
    #expect(Values.isoWeek("2025-WXX") == nil)
    #expect(CalendarDate(isoYear: 2025, week: 0) == nil)
}
