import GazetteCore

/// TIMEX3 value strings, and the calendar arithmetic relative expressions need.
enum Values {
    static func year(_ y: Int?) -> String { y.map { CalendarDate.pad($0, 4) } ?? "XXXX" }

    static func month(_ y: Int?, _ m: Int) -> String { "\(year(y))-\(CalendarDate.pad(m, 2))" }

    static func day(_ y: Int?, _ m: Int, _ d: Int) -> String { "\(month(y, m))-\(CalendarDate.pad(d, 2))" }

    static func day(_ date: CalendarDate) -> String { date.description }

    static func week(_ date: CalendarDate) -> String {
        let w = date.isoWeek
        return "\(CalendarDate.pad(w.year, 4))-W\(CalendarDate.pad(w.week, 2))"
    }

    static func quarter(_ y: Int?, _ q: Int) -> String { "\(year(y))-Q\(q)" }

    static let seasonCodes = ["", "SP", "SU", "FA", "WI"]
    static let partCodes = ["", "MO", "AF", "EV", "NI"]

    /// The season (1 spring ... 4 winter) a month falls in, northern hemisphere.
    static func season(ofMonth m: Int) -> Int {
        switch m {
        case 3 ... 5: return 1
        case 6 ... 8: return 2
        case 9 ... 11: return 3
        default: return 4
        }
    }

    /// `date` moved by `n` months, day clamped to the month's length.
    static func adding(months n: Int, to date: CalendarDate) -> CalendarDate {
        let total = date.year * 12 + (date.month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(date.day, CalendarDate.daysIn(month: m, year: y)))!
    }

    /// The value of the unit-sized period containing `date` shifted by `n` units ("last week" = -1).
    static func period(_ unit: TimeUnit, shift n: Int, from date: CalendarDate?) -> String {
        guard let date else {
            switch unit {
            case .day: return "XXXX-XX-XX"
            case .week, .fortnight: return "XXXX-WXX"
            case .weekend: return "XXXX-WXX-WE"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .year: return "XXXX"
            case .decade: return "XXX"
            case .century: return "XX"
            default: return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF"
            }
        }
        switch unit {
        case .day: return day(date.adding(days: n))
        case .week: return week(date.adding(days: 7 * n))
        case .fortnight: return week(date.adding(days: 14 * n))
        case .weekend: return week(date.adding(days: 7 * n)) + "-WE"
        case .month: let d = adding(months: n, to: date); return month(d.year, d.month)
        case .quarter:
            let q = (date.year * 4 + (date.month - 1) / 3) + n
            let y = q >= 0 ? q / 4 : (q - 3) / 4
            return quarter(y, q - y * 4 + 1)
        case .year: return year(date.year + n)
        case .decade: return decade(date.year / 10 + n)
        case .century: return CalendarDate.pad(date.year / 100 + n, 2)
        case .millennium: return String(date.year / 1000 + n)
        case .second, .minute, .hour:
            return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF"
        }
    }

    /// A decade value: the first three digits of its years ("199").
    static func decade(_ tens: Int) -> String { CalendarDate.pad(tens, 3) }

    /// A number for a duration value: integers plain, halves as `.5`; a count past a
    /// billion (or not finite) is no count a text means: `X`.
    static func number(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e9 else { return "X" }
        if v == v.rounded() { return String(Int(v)) }
        return String(v)
    }
}
