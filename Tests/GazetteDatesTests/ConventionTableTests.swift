import Testing

// Rows for the TimeML conventions measured on the development corpora (dct 2021-10-25,
// a Monday, unless given). Each sentence is written for the table, not taken from a corpus.

/// Months and month-days without a year: deadlines look ahead, a nearby past verb looks back.
let yearlessDates: [Example] = [
    ex("Rates rose in mid-November.", "mid-November=DATE 2020-11 MID"),
    ex("The board must decide by January.", "January=DATE 2022-01"),
    ex("Bids are accepted until mid-December.", "mid-December=DATE 2021-12 MID"),
    ex("The ministry said the plant, which closed for repairs, would reopen in December.", "December=DATE 2021-12"),
    ex("The museum reopened in September after repairs.", "September=DATE 2021-09"),
    ex("Applications must arrive by Jan. 31.", "Jan. 31=DATE 2022-01-31"),
    ex("Revenue for the year ended March 31 was flat.", "the year=DURATION P1Y", "March 31=DATE 2021-03-31"),
    ex("The notes mature on Dec. 15, the company said.", "Dec. 15=DATE 2021-12-15"),
]

/// The same period a year before, and weeks named by a day or an ordinal.
let periodReferences: [Example] = [
    ex("Sales rose 12% in September, compared with the same month a year ago.",
       "September=DATE 2021-09", "the same month a year ago=DATE 2020-09"),
    ex("Exports fell in August from the same period last year.", "August=DATE 2021-08", "the same period last year=DATE 2020-08"),
    ex("Profit in the third quarter beat the corresponding period a year earlier.",
       "the third quarter=DATE 2021-Q3", "the corresponding period a year earlier=DATE 2020-Q3"),
    ex("Output was flat against the comparable quarter of the previous year.", "the comparable quarter of the previous year=DATE 2020-Q3"),
    ex("Deliveries slowed in the last week of March.", "the last week of March=DATE 2021-W12"),
    ex("The hearing moved to the week of Nov. 8.", "the week of Nov. 8=DATE 2021-W45"),
    ex("Talks resume in the first week of December.", "the first week of December=DATE 2021-W48"),
    ex("It was the same as before."),
    ex("Prices in the same period were higher."),
]

/// Durations with halves, and vague plurals.
let durationConventions: [Example] = [
    ex("The talks lasted 5 1/2 hours.", "5 1/2 hours=DURATION PT5H30M"),
    ex("The hearing lasted a minute and a half.", "a minute and a half=DURATION PT1M30S"),
    ex("The strike lasted two and a half days.", "two and a half days=DURATION P2DT12H"),
    ex("The project took 2 1/2 years.", "2 1/2 years=DURATION P2.5Y"),
    ex("Prices have risen in recent years.", "recent years=DURATION PXY"),
    ex("Traders expect swings in the coming weeks.", "the coming weeks=DURATION PXW"),
    ex("Flights resume in upcoming months.", "upcoming months=DURATION PXM"),
]

/// A weekday with a part of the day is that day.
let weekdayParts: [Example] = [
    ex("The rally ended Sunday night.", "Sunday night=DATE 2021-10-24"),
    ex("Officials met Thursday morning.", "Thursday morning=DATE 2021-10-21"),
    ex("The vote will be held Wednesday evening.", "Wednesday evening=DATE 2021-10-27"),
    ex("Fans gather on Friday nights.", "Friday nights=SET XXXX-WXX-5TNI"),
]

@Suite struct ConventionTableTests {
    @Test(arguments: yearlessDates) func yearless(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: periodReferences) func periods(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: durationConventions) func durations(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: weekdayParts) func parts(_ row: Example) throws { try expectRow(row) }
}

/// The row's text gives exactly its expected spans.
func expectRow(_ row: Example) throws {
    #expect(try spans(row.text, dct: row.dct) == row.expected)
}
