import Testing

// Rows for the TimeML conventions measured on the development corpora (dct 2021-10-25,
// a Monday, unless given). Each sentence is written for the table, not taken from a corpus.

/// Months and month-days without a year: deadlines look ahead, a nearby past verb looks back.
let yearlessDates: [Example] = [
    // A sentence whose cues are all simple past looks ahead two months at most
    ex("The company filed for bankruptcy in a Delaware court on March 3.", dct: "2021-11-26", "March 3=DATE 2021-03-03"),
    ex("The company filed for bankruptcy in a Delaware court in March.", dct: "2021-12-10", "March=DATE 2021-03"),
    ex("On March 3, the company filed for bankruptcy.", dct: "2021-11-26", "March 3=DATE 2021-03-03"),
    ex("The bank created an office of the chairman, effective Feb. 1.", dct: "2021-10-30", "Feb. 1=DATE 2022-02-01"),
    ex("The lenders have extended the loans through January.", dct: "2021-10-30", "January=DATE 2022-01"),
    // A past verb just before the month governs it, though a future cue after it is as near
    ex("A group launched in March will meet.", dct: "2021-12-05", "March=DATE 2021-03"),
    ex("The treaty signed on March 3 will take effect in January.", dct: "2021-12-05", "March 3=DATE 2021-03-03", "January=DATE 2022-01"),
    ex("The bank will redeem the preferred shares on Oct. 31.", dct: "2021-10-28", "Oct. 31=DATE 2021-10-31"),
    // An -ed word that is mostly an adjective (date-words.tsv kind adjective) is no past cue
    ex("The bank will redeem preferred shares in March.", dct: "2021-12-05", "March=DATE 2022-03"),
    ex("Rates rose in mid-November.", "mid-November=DATE 2020-11 MID"),
    ex("The board must decide by January.", "January=DATE 2022-01"),
    ex("Bids are accepted until mid-December.", "mid-December=DATE 2021-12 MID"),
    ex("The ministry said the plant, which closed for repairs, would reopen in December.", "December=DATE 2021-12"),
    ex("The museum reopened in September after repairs.", "September=DATE 2021-09"),
    ex("Applications must arrive by Jan. 31.", "Jan. 31=DATE 2022-01-31"),
    ex("The index, which fell sharply on Oct. 19, will reopen next week.", "Oct. 19=DATE 2021-10-19", "next week=DATE 2021-W44"),
    ex("The vote will be held on Feb. 12.", "Feb. 12=DATE 2022-02-12"),
    ex("Revenue for the year ended March 31 was flat.", "the year=DURATION P1Y", "March 31=DATE 2021-03-31"),
    ex("The notes mature on Dec. 15, the company said.", "Dec. 15=DATE 2021-12-15"),
    // "through" is no deadline: a running total up to a day or month just past.
    ex("The fund has gained 3% this year through Oct. 8.", "this year=DATE 2021", "Oct. 8=DATE 2021-10-08"),
    ex("Bookings rose this year through August, the agency said.", "this year=DATE 2021", "August=DATE 2021-08"),
    ex("Through Sept. 30, the bank had bought back 2 million shares.", "Sept. 30=DATE 2021-09-30"),
    // A deadline with no future verb may be a day just past; with one it stays ahead.
    ex("Officials asked the firm to repay the loan by Oct. 24.", dct: "2021-10-25", "Oct. 24=DATE 2021-10-24"),
    ex("The firm will repay the loan by Oct. 24.", dct: "2021-10-25", "Oct. 24=DATE 2022-10-24"),
    ex("The council hoped to finish the bridge by September.", "September=DATE 2021-09"),
    ex("The council will finish the bridge by September.", "September=DATE 2022-09"),
    // "since" looks back even with a future cue in the sentence.
    ex("The reform, expected since January, will pass soon.", "January=DATE 2021-01"),
    ex("The reform is expected in January.", "January=DATE 2022-01"),
    // "is to" + verb is a plan: a weekday after it lies ahead.
    ex("Trading is to resume Wednesday in Paris.", "Wednesday=DATE 2021-10-27"),
    ex("Trading resumed Wednesday in Paris.", "Wednesday=DATE 2021-10-20"),
    ex("The question is what to do on Wednesday.", "Wednesday=DATE 2021-10-20"),
    // "the previous Friday", "the following Monday" count from a day just named.
    ex("Shares closed higher on Oct. 22. They were up 2% from the previous Friday.",
       "Oct. 22=DATE 2021-10-22", "the previous Friday=DATE 2021-10-15"),
    ex("The strike began on Oct. 13. Talks resumed the following Monday.",
       "Oct. 13=DATE 2021-10-13", "the following Monday=DATE 2021-10-18"),
    ex("Prices were lower than the previous Friday.", "the previous Friday=DATE 2021-10-22"),
    // "the following month" is the month after the last one named, however far back.
    ex("In March, the firm got an offer. It weighed a sale. Its board met twice. The following month, it sold a unit.",
       "March=DATE 2021-03", "The following month=DATE 2021-04"),
    ex("The firm weighed a sale. The following month, it sold a unit.", "The following month=DATE 2021-11"),
]

/// The same period a year before, and weeks named by a day or an ordinal.
let periodReferences: [Example] = [
    ex("Sales rose 12% in September, compared with the same month a year ago.",
       "September=DATE 2021-09", "the same month a year ago=DATE 2020-09"),
    ex("Exports fell in August from the same period last year.", "August=DATE 2021-08", "the same period last year=DATE 2020-08"),
    // "the quarter to June", "the quarter ended Sept. 30": the calendar quarter the month ends;
    // "the year to March" is a year's length
    ex("Revenue fell in the quarter to June.", "the quarter=DATE 2021-Q2", "June=DATE 2021-06"),
    // A quarter two or more before the dct's, in a future sentence, is next year's
    ex("Inflation will likely peak in the first quarter.", dct: "2021-11-26", "the first quarter=DATE 2022-Q1"),
    ex("The company will report third-quarter results on Oct. 25.", dct: "2021-10-20", "third-quarter=DATE 2021-Q3", "Oct. 25=DATE 2021-10-25"),
    ex("In the quarter ended March 31, 2020, it lost money.", "the quarter=DATE 2020-Q1", "March 31, 2020=DATE 2020-03-31"),
    ex("Sales in the year to March 2021 hit a record.", "the year=DURATION P1Y", "March 2021=DATE 2021-03"),
    // (a year defined by its start, or by an end still ahead, is no span)
    ex("The deficit for the fiscal year that begins on April 1 and spending in the year starting January 1 will rise.", dct: "2026-02-10",
       "April 1=DATE 2026-04-01", "January 1=DATE 2027-01-01"),
    ex("Spending is 4 percent less than in the fiscal year that ends in March.", dct: "2026-02-10", "March=DATE 2026-03"),
    ex("The fund's assets doubled in the decade to 2020.", "the decade=DURATION P1DE", "2020=DATE 2020"),
    ex("Shares fell 3% in the week to Friday.", "the week=DURATION P1W", "Friday=DATE 2021-10-22"),
    ex("Profit fell in the third quarter. For the quarter a year ago, it rose.",
       "the third quarter=DATE 2021-Q3", "the quarter a year ago=DATE 2020-Q3"),
    ex("Profit fell in the third quarter. Sales for last year's quarter were flat.",
       "the third quarter=DATE 2021-Q3", "last year's quarter=DATE 2020-Q3"),
    ex("Profit in the third quarter beat the corresponding period a year earlier.",
       "the third quarter=DATE 2021-Q3", "the corresponding period a year earlier=DATE 2020-Q3"),
    ex("Output was flat against the comparable quarter of the previous year.", "the comparable quarter of the previous year=DATE 2020-Q3"),
    ex("Deliveries slowed in the last week of March.", "the last week of March=DATE 2021-W12"),
    ex("The hearing moved to the week of Nov. 8.", "the week of Nov. 8=DATE 2021-W45"),
    ex("Talks resume in the first week of December.", "the first week of December=DATE 2021-W48"),
    ex("It was the same as before."),
    ex("Prices in the same period were higher."),
]

/// Clock hours said with a part of the day, and modified parts of a day.
let partsOfDays: [Example] = [
    ex("The blast came at 4 in the morning.", "4 in the morning=TIME 2021-10-25T04:00"),
    ex("They met at eight in the evening.", "eight in the evening=TIME 2021-10-25T20:00"),
    ex("Shares slid in mid-afternoon yesterday.", "mid-afternoon yesterday=TIME 2021-10-24TAF MID"),
    ex("Fighting resumed in the early morning.", "the early morning=TIME 2021-10-25TMO START"),
    ex("The talks on November 3 ran into the late evening.", "November 3=DATE 2021-11-03", "the late evening=TIME 2021-11-03TEV END"),
    ex("He runs in the mornings."),
    ex("Two in the group left."),
]

/// Ordinals of a streak name the current period.
let streaks: [Example] = [
    ex("Markets fell for a second consecutive day.", "a second consecutive day=DATE 2021-10-25"),
    ex("Stocks rose for the third straight week.", "the third straight week=DATE 2021-W43"),
    ex("It is the fifth day of the strike.", "the fifth day=DATE 2021-10-25"),
    ex("The strike entered its third week."),
    ex("Talks resume in the second week of March.", "the second week of March=DATE 2022-W10"),
    ex("The race was won by a second.", "a second=DURATION PT1S"),
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

/// A weekday with a part of the day is a time of that day.
let weekdayParts: [Example] = [
    ex("The rally ended Sunday night.", "Sunday night=TIME 2021-10-24TNI"),
    ex("Officials met Thursday morning.", "Thursday morning=TIME 2021-10-21TMO"),
    ex("Officials met Thursday morning at 9 a.m. in Paris.", "Thursday morning=TIME 2021-10-21TMO", "9 a.m.=TIME 2021-10-21T09:00"),
    ex("The vote will be held Wednesday evening.", "Wednesday evening=TIME 2021-10-27TEV"),
    ex("Fans gather on Friday nights.", "Friday nights=SET XXXX-WXX-5TNI"),
]

/// Times and relative periods anchored to a date named nearby, rather than to the dct.
let anchoredReferences: [Example] = [
    ex("The exercise will close at 11:00 on November 5 with a ceremony.", "11:00=TIME 2021-11-05T11:00", "November 5=DATE 2021-11-05"),
    ex("The minister met the envoy at 9 p.m. on Tuesday.", "9 p.m.=TIME 2021-10-19T21:00", "Tuesday=DATE 2021-10-19"),
    ex("The storm hit at 4:20 p.m. (2020 GMT) Thursday, cutting power.",
       "4:20 p.m.=TIME 2021-10-21T16:20", "2020 GMT=TIME 2021-10-21T20:20Z", "Thursday=DATE 2021-10-21"),
    ex("The storm hit at 4:20 p.m. (local time), cutting power.", "4:20 p.m.=TIME 2021-10-25T16:20"),
    ex("The fair opens on November 6, with tastings from noon.", "November 6=DATE 2021-11-06", "noon=TIME 2021-11-06T12:00"),
    ex("Incidents rose to 3,700 in 2020, up 11 percent on the previous year.", "2020=DATE 2020", "the previous year=DATE 2019"),
    ex("The firm was founded in 1998 and listed the following year.", "1998=DATE 1998", "the following year=DATE 1999"),
    ex("Costs fell to $118 billion last year, $19 billion less than the year before.", "last year=DATE 2020", "the year before=DATE 2019"),
    ex("Prices rose in March 2019 and fell the following month.", "March 2019=DATE 2019-03", "the following month=DATE 2019-04"),
    ex("The accord was signed on May 3, 2019, and ratified the next day.", "May 3, 2019=DATE 2019-05-03", "the next day=DATE 2019-05-04"),
    ex("Sales rose 5% on the previous year.", "the previous year=DATE 2020"),
    ex("The vote ended at 4 p.m.", "4 p.m.=TIME 2021-10-25T16:00"),
]

/// Signals, modifiers and cues that decide a value.
let signalConventions: [Example] = [
    ex("Transit now takes under two weeks.", "now=DATE PRESENT_REF", "under two weeks=DURATION P2W LESS_THAN"),
    ex("Water is released between May and August.", "May=DATE 2021-05", "August=DATE 2021-08"),
    ex("Winemaking has been practised for about 8,000 years.", "about 8,000 years=DURATION P8000Y APPROX"),
    ex("The plant employs 1,200 workers."),
    ex("date 2021-10-25 By Caspian Business Daily", "2021-10-25=DATE 2021-10-25"),
    ex("Talks have stalled since November.", "November=DATE 2020-11"),
    ex("Officials said a draft could be ready by the end of the summer.", "the end of the summer=DATE 2022-SU END"),
    ex("A bill will be sent to Congress in the second half of the year.", "the second half of the year=DATE 2021-H2"),
    ex("Delegates are due to arrive on Tuesday.", "Tuesday=DATE 2021-10-26"),
    ex("The minister told reporters on Thursday that the talks would resume.", "Thursday=DATE 2021-10-21"),
    ex("The cuts apply to models built in 2019 or later.", "2019 or later=DATE 2019 ON_OR_AFTER"),
    ex("The plan covers 2030 and beyond.", "2030 and beyond=DATE 2030 ON_OR_AFTER"),
    ex("Cars made in 1995 or earlier are exempt.", "1995 or earlier=DATE 1995 ON_OR_BEFORE"),
    // "earlier" or "later" before a weekday stays outside (TimeBank, 4 of 5)
    ex("Earlier Sunday, rebels shelled the town.", "Sunday=DATE 2021-10-24"),
    ex("Repairs could take a year or two.", "a year or two=DURATION P1Y"),
    ex("The shortage may persist for weeks or months.", "weeks or months=DURATION PXW"),
    ex("The shortage may last weeks."),
]

@Suite struct ConventionTableTests {
    @Test(arguments: yearlessDates) func yearless(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: periodReferences) func periods(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: durationConventions) func durations(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: weekdayParts) func parts(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: streaks) func streak(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: partsOfDays) func partOfDay(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: anchoredReferences) func anchored(_ row: Example) throws { try expectRow(row) }
    @Test(arguments: signalConventions) func signals(_ row: Example) throws { try expectRow(row) }
}

/// The row's text gives exactly its expected spans.
func expectRow(_ row: Example) throws {
    #expect(try spans(row.text, dct: row.dct) == row.expected)
}
