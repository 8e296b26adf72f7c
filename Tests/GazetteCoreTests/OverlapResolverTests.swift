import Testing
@testable import GazetteCore

private func c(_ s: Int, _ e: Int, _ l: Label, _ rule: String = "r") -> Candidate {
    Candidate(start: s, end: e, label: l, rule: rule)
}

@Suite struct OverlapResolverTests {
    @Test func longestWins() {
        let kept = OverlapResolver.resolve([c(0, 4, .org), c(0, 10, .programme), c(6, 10, .org)])
        #expect(kept == [c(0, 10, .programme)])
    }

    @Test func labelPriorityBreaksLengthTies() {
        #expect(OverlapResolver.resolve([c(0, 5, .org), c(0, 5, .person)]) == [c(0, 5, .person)])
        #expect(OverlapResolver.resolve([c(0, 5, .gpe), c(0, 5, .date)]) == [c(0, 5, .date)])
    }

    @Test func earliestBreaksFullTies() {
        #expect(OverlapResolver.resolve([c(3, 8, .org), c(0, 5, .org)]) == [c(0, 5, .org)])
        #expect(OverlapResolver.resolve([c(0, 5, .org, "a"), c(0, 5, .org, "b")]) == [c(0, 5, .org, "a")])
    }

    @Test func keepsDisjointSpansInTextOrder() {
        let kept = OverlapResolver.resolve([c(10, 12, .gpe), c(0, 3, .org), c(5, 8, .date)])
        #expect(kept.map(\.start) == [0, 5, 10])
    }

    @Test func touchingSpansDoNotOverlap() {
        #expect(OverlapResolver.resolve([c(0, 5, .org), c(5, 9, .org)]).count == 2)
    }

    @Test func reasonsFollowTheRanking() {
        #expect(OverlapResolver.reason(winner: c(0, 9, .org), loser: c(2, 5, .date)) == "longer")
        #expect(OverlapResolver.reason(winner: c(0, 5, .date), loser: c(0, 5, .org)) == "label priority")
        #expect(OverlapResolver.reason(winner: c(0, 5, .org), loser: c(3, 8, .org)) == "earlier")
        #expect(OverlapResolver.reason(winner: c(0, 5, .org), loser: c(0, 5, .org)) == "proposed first")
    }

    @Test func decisionsNameTheWinner() {
        let d = OverlapResolver.decide([c(0, 4, .org), c(2, 9, .org), c(9, 10, .gpe)])
        #expect(d == [.overlaps(1), .kept, .kept])
    }
}

@Suite struct CalendarDateTests {
    @Test func arithmetic() {
        let d = CalendarDate(year: 2021, month: 10, day: 25)!
        #expect(d.weekday == 1)
        #expect(d.adding(days: -3).description == "2021-10-22")
        #expect(d.adding(days: 70).description == "2022-01-03")
        #expect(d.isoWeek.week == 43)
        #expect(CalendarDate(year: 2021, month: 1, day: 1)!.isoWeek == (2020, 53))
        #expect(CalendarDate(year: 2020, month: 2, day: 30) == nil)
        #expect(CalendarDate(iso: "1998-02-13T14:26:00") == CalendarDate(year: 1998, month: 2, day: 13))
        #expect(CalendarDate(iso: "1998-2-13") == nil)
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }
}
