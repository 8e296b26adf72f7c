import GazetteCore

/// TIMEX3 value strings, and the calendar arithmetic relative expressions need.
enum Values {
    static func year(_ y: Int?) -> String { y.map { pad($0, 4) } ?? "XXXX" }

    static func month(_ y: Int?, _ m: Int) -> String {
        format { b in
            var k = year(y, b, 0)
            b[k] = 0x2D
            k = write(m, 2, b, k + 1)
            return k
        }
    }

    static func day(_ y: Int?, _ m: Int, _ d: Int) -> String {
        format { b in
            var k = year(y, b, 0)
            b[k] = 0x2D
            k = write(m, 2, b, k + 1)
            b[k] = 0x2D
            return write(d, 2, b, k + 1)
        }
    }

    static func day(_ date: CalendarDate) -> String { day(date.year, date.month, date.day) }

    static func week(_ date: CalendarDate) -> String {
        let w = date.isoWeek
        return format { b in
            var k = write(w.year, 4, b, 0)
            b[k] = 0x2D
            b[k + 1] = 0x57 // W
            k = write(w.week, 2, b, k + 2)
            return k
        }
    }

    /// The year and week of a week value written `YYYY-Www`, else nil.
    static func isoWeek(_ value: String) -> (year: Int, week: Int)? {
        var value = value
        return value.withUTF8 { v -> (year: Int, week: Int)? in
            guard v.count == 8, v[4] == 0x2D, v[5] == 0x57 else { return nil }
            var y = 0
            for k in 0 ..< 4 { guard v[k] >= 0x30, v[k] <= 0x39 else { return nil }; y = y * 10 + Int(v[k] - 0x30) }
            guard v[6] >= 0x30, v[6] <= 0x39, v[7] >= 0x30, v[7] <= 0x39 else { return nil }
            return (y, Int(v[6] - 0x30) * 10 + Int(v[7] - 0x30))
        }
    }

    /// `v` in decimal, zero-padded to `width` digits, a minus sign before a negative one:
    /// what `CalendarDate.pad` gives, without its intermediate strings.
    static func pad(_ v: Int, _ width: Int) -> String {
        format(capacity: max(width, 20) + 1) { write(v, width, $0, 0) }
    }

    /// A string of ASCII bytes written by `body`, which returns their count. The default
    /// capacity holds three numbers of up to 20 digits and a sign each (widths up to 4) and two separators.
    ///
    /// The bytes are written on the stack, then made a String of their own length: one of
    /// up to 15 bytes (a value such as `2021-10-25`) is then stored inline, with no
    /// allocation, and its copies touch no reference count (a String made with room for
    /// 72 bytes is allocated whatever its length).
    @inline(__always)
    private static func format(capacity: Int = 72, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let count = body(buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Writes `y` as `pad(y, 4)` does, or `XXXX` for nil, at `k`; returns the end.
    private static func year(_ y: Int?, _ b: UnsafeMutableBufferPointer<UInt8>, _ k: Int) -> Int {
        guard let y else {
            for j in 0 ..< 4 { b[k + j] = 0x58 }
            return k + 4
        }
        return write(y, 4, b, k)
    }

    /// Writes `v` as `pad(v, width)` does at `k`; returns the end.
    private static func write(_ v: Int, _ width: Int, _ b: UnsafeMutableBufferPointer<UInt8>, _ k: Int) -> Int {
        var k = k
        if v < 0 { b[k] = 0x2D; k += 1 }
        var m = v.magnitude
        var count = 1
        var rest = m / 10
        while rest > 0 { count += 1; rest /= 10 }
        for _ in count ..< max(count, width) { b[k] = 0x30; k += 1 }
        var j = k + count - 1
        repeat {
            b[j] = UInt8(truncatingIfNeeded: m % 10) + 0x30
            m /= 10
            j -= 1
        } while m > 0
        return k + count
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
        case .century: return pad(date.year / 100 + n, 2)
        case .millennium: return String(date.year / 1000 + n)
        case .second, .minute, .hour:
            return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF"
        }
    }

    /// A decade value: the first three digits of its years ("199").
    static func decade(_ tens: Int) -> String { pad(tens, 3) }

    /// Counts of units written together ("11 hours and 40 minutes", "two years and three
    /// months", "2 hours, 5 minutes and 2 seconds") as one ISO 8601 duration (`PT11H40M`,
    /// `P2Y3M`, `PT2H5M2S`), the larger unit first; nil when the units are not among years,
    /// months, days, hours, minutes and seconds in that order, or when a count makes one of
    /// the unit before it ("four years and 30 months" are two terms, not one).
    static func compoundDuration(_ parts: [(TimeUnit, Int)]) -> String? {
        let order: [TimeUnit] = [.year, .month, .day, .hour, .minute, .second]
        var previous = -1
        var date = "", time = ""
        for (unit, count) in parts {
            guard let i = order.firstIndex(of: unit), i > previous else { return nil }
            if previous >= 0, let per = unitsPer(order[previous], unit), count >= per { return nil }
            previous = i
            switch unit {
            case .year: date += "\(count)Y"
            case .month: date += "\(count)M"
            case .day: date += "\(count)D"
            case .hour: time += "\(count)H"
            case .minute: time += "\(count)M"
            default: time += "\(count)S"
            }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    /// The n-th (n = -1: the last) ISO weekday `weekday` of a month; nil past the month's end.
    static func nthWeekday(year: Int, month: Int, weekday: Int, n: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        if n > 0 {
            let day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            return day.month == month ? day : nil
        }
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// How many of unit `b` make one of unit `a`, for the pairs a text counts together ("two
    /// years and six months ago"); nil for other pairs.
    static func unitsPer(_ a: TimeUnit, _ b: TimeUnit) -> Int? {
        switch (a, b) {
        case (.year, .month): return 12
        case (.week, .day): return 7
        case (.day, .hour): return 24
        case (.hour, .minute): return 60
        case (.minute, .second): return 60
        default: return nil
        }
    }

    /// A number for a duration value: integers plain, halves as `.5`; a count past a
    /// billion (or not finite) is no count a text means: `X`.
    static func number(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e9 else { return "X" }
        if v == v.rounded() { return String(Int(v)) }
        return String(v)
    }
}
