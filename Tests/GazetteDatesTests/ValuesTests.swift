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
