import Foundation
import GazetteCore
@testable import GazetteDates
import GazetteTestSupport
import GazetteText
import Testing

/// Month and weekday names come from ICU's CLDR data, so other locales need no new rules.
let otherLocales: [Example] = [
    ex("Die Sitzung fand am 25. Oktober 2021 statt.", "25. Oktober 2021=DATE 2021-10-25"),
    ex("Der Vertrag gilt seit 1. März 2020.", "1. März 2020=DATE 2020-03-01"),
    ex("Встреча прошла 25 октября 2021 года.", "25 октября 2021=DATE 2021-10-25"),
    ex("Договор подписан 3 марта 2019 года.", "3 марта 2019=DATE 2019-03-03"),
    ex("La réunion a eu lieu le 25 octobre 2021.", "25 octobre 2021=DATE 2021-10-25"),
    ex("Le traité date du 14 juillet 1789.", "14 juillet 1789=DATE 1789-07-14"),
    ex("Görüş 25 oktyabr 2021 tarixində keçirilib.", "25 oktyabr 2021=DATE 2021-10-25"),
    ex("Müqavilə 12 avqust 2020 imzalanıb.", "12 avqust 2020=DATE 2020-08-12"),
    ex("La reunión fue el 25 de octubre de 2021.", "25 de octubre de 2021=DATE 2021-10-25"),
    ex("Il vertice si è tenuto il 25 ottobre 2021.", "25 ottobre 2021=DATE 2021-10-25"),
    ex("Die Wahl findet im Oktober 2022 statt.", "Oktober 2022=DATE 2022-10"),
    ex("The meeting was held on October 25.", "October 25=DATE 2021-10-25"),
]

@Suite struct LocaleTests {
    @Test(arguments: otherLocales) func cldrNames(_ row: Example) throws {
        #expect(try spans(row.text, dct: row.dct, recognizer: multilingualRecognizer) == row.expected)
    }

    @Test func englishOnlyIgnoresOtherLanguages() throws {
        #expect(try spans("Die Sitzung fand am 25. Oktober 2021 statt.", dct: defaultDCT) == [])
    }

    @Test func dayFirstOrder() throws {
        #expect(try spans("Filed on 10/11/2021.", dct: defaultDCT, recognizer: dayFirstRecognizer) == ["10/11/2021=DATE 2021-11-10"])
        #expect(try spans("Filed on 10/11/2021.", dct: defaultDCT) == ["10/11/2021=DATE 2021-10-11"])
    }

    @Test func candidatesCarryRuleValueAndMod() throws {
        let analyzed = try Tokenizer().analyze("The war ended in late 2020.")
        let found = englishRecognizer.recognize(analyzed, context: DocumentContext(id: "x", dct: CalendarDate(iso: defaultDCT)))
        #expect(found.count == 1)
        #expect(found.first?.rule == "dates:year")
        #expect(found.first?.value == "2020")
        #expect(found.first?.mod == "END")
        #expect(found.first?.label == .date)
    }
}

/// The article the project started from, when the shared folder is next to the repository.
@Suite struct ExampleArticleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/examples/azernews-2021-10-25-nato.txt").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: ExampleArticleTests.path)))
    func azernewsArticle() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let found = try spans(text, dct: "2021-10-25")
        #expect(found == [
            "2021-10-25=DATE 2021-10-25", "October 25=DATE 2021-10-25", "44-day=DURATION P44D",
            "late 2020=DATE 2020 END", "1992=DATE 1992", "1997=DATE 1997", "1994=DATE 1994", "1997=DATE 1997",
            "2008=DATE 2008", "2018=DATE 2018",
        ])
    }
}

/// Holidays and word lists come from `Gazetteers/holidays.tsv` and `Gazetteers/date-words.tsv`;
/// another folder's file replaces the repository's list, a file it lacks falls back to it.
@Suite struct HolidayFileTests {
    @Test(arguments: [
        ex("Shops close early on Christmas Eve.", "Christmas Eve=DATE 2021-12-24"),
        ex("The march is planned for International Women's Day 2022.", "International Women's Day 2022=DATE 2022-03-08"),
        ex("Markets were shut on Good Friday 2021.", "Good Friday 2021=DATE 2021-04-02"),
        ex("Parades were held on Memorial Day 2021.", "Memorial Day 2021=DATE 2021-05-31"),
        ex("The store reopens after Whit Monday 2022.", "Whit Monday 2022=DATE 2022-06-06"),
        ex("The family gathered on Mother's Day 2021.", "Mother's Day 2021=DATE 2021-05-09"),
        // A day offset after an n-th weekday: the days after Thanksgiving (Nov. 1, 2024 was a Friday).
        ex("Stores opened early on Black Friday 2024.", "Black Friday 2024=DATE 2024-11-29"),
        ex("Online sales peaked on Cyber Monday 2024.", "Cyber Monday 2024=DATE 2024-12-02"),
        ex("Churches filled on Orthodox Easter 2024.", "Orthodox Easter 2024=DATE 2024-05-05"),
        ex("Churches will fill on Orthodox Easter 2150.", "Orthodox Easter 2150=DATE 2150-04-19"), // 14 days after 2100
        // Other calendars, computed by ICU.
        ex("Markets in Asia shut for Lunar New Year 2024.", "Lunar New Year 2024=DATE 2024-02-10"),
        ex("Families met for the Mid-Autumn Festival 2024.", "Mid-Autumn Festival 2024=DATE 2024-09-17"),
        ex("Prayers marked Eid al-Fitr 2024 across the region.", "Eid al-Fitr 2024=DATE 2024-04-10"),
        ex("Pilgrims gathered before Eid al-Adha 2025.", "Eid al-Adha 2025=DATE 2025-06-06"),
        ex("Services were held on Yom Kippur 2024.", "Yom Kippur 2024=DATE 2024-10-12"),
        ex("The family travelled for Passover 2025.", "Passover 2025=DATE 2025-04-13"),
        ex("Nowruz 2025 fell on a Friday.", "Nowruz 2025=DATE 2025-03-21", "Friday=DATE XXXX-WXX-5"),
        // Without a year: the dct's, or the one the tense points to.
        ex("Retailers expect record sales on Black Friday.", "Black Friday=DATE 2021-11-26"),
        ex("Lanterns were lit for the Lunar New Year.", "Lunar New Year=DATE 2021-02-12"),
        // Not a holiday: the rule needs the capitalized name.
        ex("They exchanged gifts at christmas time."),
    ])
    func repositoryList(_ row: Example) throws {
        #expect(try spans(row.text, dct: row.dct) == row.expected)
    }

    @Test func aFolderOfItsOwn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("holidays.tsv", "# a user's list\nname\tdate\nFounders Day\t03 Fri 2\nHarvest Feast\t09-23\n")
        let folder = directory.url.path
        let recognizer = try DateRecognizer(gazetteers: folder)
        // date-words.tsv is not in the folder: the repository's list still blocks "Flight 2021".
        #expect(try spans("Flight 2021 landed in 2019.", dct: defaultDCT, recognizer: recognizer) == ["2019=DATE 2019"])
        #expect(try spans("The town met on Founders Day 2021.", dct: defaultDCT, recognizer: recognizer)
            == ["Founders Day 2021=DATE 2021-03-12"])
        #expect(try spans("Stalls open for Harvest Feast.", dct: defaultDCT, recognizer: recognizer)
            == ["Harvest Feast=DATE 2021-09-23"])
        // Only the folder's own list: Christmas is no longer known.
        #expect(try spans("Shops close on Christmas Day.", dct: defaultDCT, recognizer: recognizer) == [])
    }

    @Test func ownWordList() throws {
        let directory = try TemporaryDirectory()
        try directory.write("date-words.tsv", "word\tkind\ngadgets\tcount-noun\n")
        let folder = directory.url.path
        #expect(try spans("The shop sold 2000 gadgets.", dct: defaultDCT) == ["2000=DATE 2000"])
        let recognizer = try DateRecognizer(gazetteers: folder)
        #expect(try spans("The shop sold 2000 gadgets.", dct: defaultDCT, recognizer: recognizer) == [])
    }

    @Test(arguments: ["13-40", "11 Thu 6", "11 Thu 4 1", "11 Thu 4 +x", "easter+", "orthodox-easter*2", "mayan 01-01",
                      "chinese 14-01", "chinese 1-1", "hebrew 01-31"])
    func aDateFieldThatIsNotOne(_ field: String) {
        #expect(DateLists.rule(Substring(field)) == nil)
    }

    @Test func aListFoundNowhereIsAnError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("holidays.tsv", "name\tdate\nFounders Day\t03-12\n")
        let folder = directory.url.path
        let nowhere = folder + "/missing"
        #expect(throws: DateListError.missing(file: "date-words.tsv", searched: [folder, nowhere])) {
            try DateLists.load(folder: folder, fallback: nowhere)
        }
    }

    @Test func aBadLineNamesItsLine() throws {
        let directory = try TemporaryDirectory()
        try directory.write("holidays.tsv", "name\tdate\nFounders Day\t13-40\n")
        let folder = directory.url.path
        #expect(throws: DateListError.badLine(path: folder + "/holidays.tsv", line: 2,
                                                 message: "date '13-40' is not MM-DD, MM WEEKDAY N [+-D], MM WEEKDAY last [+-D], easter[+-N], orthodox-easter[+-N] or CALENDAR MM-DD")) {
            try DateRecognizer(gazetteers: folder)
        }
    }
}
