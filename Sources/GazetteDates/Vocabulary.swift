/// The English words of the temporal grammar. Month and weekday names are not
/// here: they come from ICU's CLDR data (see `Lexicon`).
enum Vocabulary {
    static let words: [(String, Word)] = [
        ("the", .the), ("a", .a), ("an", .an), ("of", .of), ("de", .of), ("and", .and), ("or", .or), ("to", .to), ("so", .so),
        ("at", .at), ("on", .on), ("up", .up), ("no", .no), ("in", .inWord), ("by", .by), ("for", .forWord),
        ("from", .from), ("until", .until), ("till", .until), ("since", .since), ("during", .during),
        ("through", .through), ("throughout", .through), ("circa", .around), ("between", .between),
        ("today", .today), ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("tonight", .tonight), ("overnight", .overnight),
        ("now", .now), ("currently", .currently), ("nowadays", .nowadays), ("presently", .presently),
        ("recently", .recently), ("lately", .lately), ("recent", .recent), ("right", .right),
        ("past", .past), ("future", .future), ("present", .present), ("last", .last), ("next", .next),
        ("this", .this), ("that", .that), ("these", .these), ("coming", .coming), ("previous", .previous),
        ("following", .following), ("current", .current), ("same", .same), ("latest", .latest), ("final", .final),
        ("prior", .prior), ("preceding", .preceding), ("upcoming", .upcoming),
        ("corresponding", .corresponding), ("comparable", .corresponding),
        ("ago", .ago), ("earlier", .earlier), ("later", .later), ("before", .before), ("after", .after),
        ("hence", .hence), ("early", .early), ("late", .late), ("mid", .mid), ("beginning", .beginning),
        ("start", .start), ("end", .end), ("middle", .middle), ("height", .middle), ("dawn", .dawn), ("close", .close),
        ("about", .about), ("around", .around), ("approximately", .approximately), ("roughly", .roughly),
        ("some", .some), ("nearly", .nearly), ("almost", .almost), ("more", .more), ("less", .less), ("longer", .longer), ("shorter", .shorter),
        ("than", .than), ("over", .over), ("under", .under), ("below", .below), ("least", .least), ("most", .most),
        ("just", .just), ("within", .within),
        ("fiscal", .fiscal), ("fy", .fy), ("half", .half), ("every", .every), ("each", .each), ("per", .per),
        ("other", .other), ("alternate", .alternate), ("daily", .daily), ("weekly", .weekly),
        ("monthly", .monthly), ("annually", .annually), ("yearly", .yearly), ("hourly", .hourly),
        ("quarterly", .quarterly), ("biweekly", .biweekly), ("fortnightly", .biweekly), ("nightly", .nightly),
        ("semiannually", .semiannually),
        ("noon", .noon), ("midnight", .midnight), ("midday", .midday),
        ("a.m.", .am), ("am", .am), ("p.m.", .pm), ("pm", .pm), ("o'clock", .oclock), ("local", .local),
        ("time", .time), ("few", .few), ("several", .several), ("many", .many), ("couple", .couple),
        ("dozen", .dozen), ("hundred", .hundred), ("thousand", .thousand), ("times", .times),
        ("twice", .twice), ("once", .once), ("old", .old), ("long", .long), ("near", .near),
        ("term", .term), ("while", .whileWord),
        ("lengthy", .spanAdjective), ("short", .spanAdjective), ("brief", .spanAdjective), ("extended", .spanAdjective),
        ("prolonged", .spanAdjective), ("fairly", .degree), ("relatively", .degree), ("very", .degree), ("rather", .degree),
        ("period", .period), ("straight", .countAdjective), ("consecutive", .countAdjective),
        ("trading", .countAdjective), ("full", .countAdjective), ("whole", .countAdjective),
        ("additional", .countAdjective), ("extra", .countAdjective), ("business", .countAdjective),
        ("working", .countAdjective), ("successive", .countAdjective), ("calendar", .countAdjective),
    ]

    /// Index = value.
    static let cardinals = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]

    static let tens: [(String, Int)] = [
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90),
    ]

    /// Index = value.
    static let ordinals = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
        "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
        "thirtieth", "thirty-first",
    ]

    static let units: [(String, TimeUnit, Bool)] = [
        ("second", .second, false), ("seconds", .second, true), ("minute", .minute, false),
        ("minutes", .minute, true), ("hour", .hour, false), ("hours", .hour, true), ("day", .day, false),
        ("days", .day, true), ("week", .week, false), ("weeks", .week, true), ("weekend", .weekend, false),
        ("weekends", .weekend, true), ("fortnight", .fortnight, false), ("fortnights", .fortnight, true),
        ("month", .month, false), ("months", .month, true), ("quarter", .quarter, false),
        ("quarters", .quarter, true), ("year", .year, false), ("years", .year, true), ("decade", .decade, false),
        ("decades", .decade, true), ("century", .century, false), ("centuries", .century, true),
        ("millennium", .millennium, false), ("millennia", .millennium, true),
    ]

    /// Spring, summer, fall, winter.
    static let seasons = [["spring", "springtime"], ["summer", "summertime"], ["fall", "autumn"], ["winter", "wintertime"]]

    /// Morning, afternoon, evening, night.
    static let partsOfDay = ["morning", "afternoon", "evening", "night"]

    /// Index = decade digit.
    static let decades = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
}
