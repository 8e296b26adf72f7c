import GazetteCore
import GazetteText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds PERSON, ORG, PROGRAMME, GPE and LOC names with the gazetteers, patterns over
/// capitalized words, and what the document itself teaches.
///
/// One pass over the whole document:
/// 1. gazetteer matches (token trie over the case-folded view; names written with
///    inner capitals, such as `NATO` or `PfP`, only in those capitals);
/// 2. runs of capitalized words, split at titles and roles ("Defence Minister Zakir
///    Hasanov" gives PERSON `Zakir Hasanov`, role `Defence Minister`), at possessives
///    and at hyphens next to names (`NATO-led`, `NATO-Georgia`), trimmed of
///    sentence-initial common words;
/// 3. labels from head words (`Division`, `Programme`, `City`, `Region`; heads first
///    with particles, `Banco Nacional de Fomento`, or when the head is no English word,
///    `Ministerul Energiei`, or the words after it are none, `Bank Mandiri`; `Mission
///    Daksh` and `Plan de Modernización Ferroviaria` are programmes), company legal forms (`plc`, `A/S`,
///    `Co., Ltd.`, `(Pty) Ltd`, `sp. z o.o.`, `Sp. z o.o.`; a name with a body's head before a lower-case
///    programme head is the programme: `the government's Green Ferries programme`; a government's fund is a programme: `the federal
///    Housing Accelerator Fund`, `the Welsh Government's Economic Resilience Fund`; a listed non-entity of two words or more ends a
///    name before it: `U.S. West Texas Intermediate`, and a listed title ending in a role stands
///    apart from the name after it: `U.S. District Judge Harriet Lindgren`; a descriptor opening the sentence stays outside:
///    `Drugmaker Karoo Generics (Pty) Ltd`, `Owner Ferronord Holdings`; so does a role word before one name word and a
///    body's head: `Rival Carrow Group`), `of`/`for`/`and`/`on` chains (over lists, a science in -logy among them, `Ministry of Education, Science
///    and Culture`, plural fields, `Ministry of Energy and Natural Resources`, a head word
///    before them, `Pharmaceuticals and Medical Devices Agency`, or a plural field after a
///    nationality or an ordinary word, `Australian Securities and Investments Commission`, or a plural head
///    before a plural field and a singular head, `Punjab Potato Growers and Exporters Association`, and listed
///    places, `of the Republic of Kazakhstan`; an action's object after `for the`, `Office for the Suppression
///    of Corruption and Organised Crime`; `the City of Skopje`, a city's government; `Mission in X`; `Committee on Foreign
///    Affairs` (not over a date: `the Halifax Infirmary on Jan. 6`), `Portfolio Committee on Correctional Services`; a programme's goal, `Concept for the Transition to a Green Economy`;
///    a place and a year before a programme head, `Kazakhstan 2050 Strategy`; a plural field that is no
///    ordinary word after `the`, `the Coast Dockworkers and Allied Trades Union`, and a national body's first field,
///    `the National Cyber and Information Security Agency`; a word of no other kind after `the`
///    and before `and` and a body's name, `the Teifi and Towy University Health Board`; a body's name
///    among a programme's fields, `the Scientific Research and Experimental Development program`; a country
///    after a body's listed fields, `National Museum of Archaeology, Anthropology and History of Peru`;
///    a programme's name after `called` over `for the`, `a plan called Fit for the Future`, and over a year
///    after it, `the cost plan, called Kompass 2028` (and a range of years after a programme's head:
///    `the Philippine Development Plan 2023-2028`); a name over `in`
///    before a lower-case programme head, `the Regions in Growth programme`; capitalized words after `the`
///    (or `the` and an adjective) and before `of`, `in` or `to` and a programme head, `the Youth in Industry
///    Initiative`, `the Baku to Belém Roadmap`, `the federal Investing in Canada Infrastructure Program`),
///    person cues (first names, surname endings, honorifics, bylines, East Asian
///    surnames before a romanized given name: `Xi Jinping`, `Moon Jae-in`; a one-word town after a role before a
///    surname, `Foreign Minister Kossi Adjévi`, but not a role's field before `and` and a body's head:
///    `a spokeswoman for the South Moravian Fire and Rescue Service`; a name set off by commas after an
///    owned role, of ordinary words too, `Its secretary, Rokeya Sultana, said`; `who`, `whose` or an age
///    after two words whose first is no ordinary word, `Harekrushna Swain, who farms`; a given name
///    no list knows before an article hyphened to the surname, `Abdelhakim al-Mabrouk`), descriptors
///    (`automaker X`, `grid operators X and Y`, `operators such as X`, `X, the airline` (the descriptor before any `of`), `the Italian company, X,`; `General` after a head is no role: `Dirección General de Aeronáutica Civil`; a name before a role and a
///    person, also over the role's field: `Ventoso sports director Enrico Malfatti`), the words around a
///    place (`the town of X`, `residents of X and Y`, `the X-based group`, `X province`, `Lake Charles, La.`, a town before its state written short;
///    a town's listed opening word, `Puerto Aguirre`, `San Lucas Tolimán`, `El Geneina`, not after `the` nor
///    after a body's descriptor, and weak, so that `El Ouazzani` after `Driss El Ouazzani` stays a person; `the X region`, a geographic region, is a LOC; an island or a river: `the island of X`, `along
///    the X`, `the mouth of the X`; a town, for a single unknown name after `in`, `near`, `from`, `to`, `nearby`, `neighbouring`: `a weather
///    station in X`; a settlement's noun heading an apposition, also before a relative clause:
///    `X, the district that rings the capital`; not a word with a capital inside: `apologised to MPs`;
///    not a name before an age: `the village of X, Erzsébet Kocsis, 67,`), a lower-case programme head after a name (`the X scholarship programme`,
///    `the X crop insurance scheme`, `the X recovery plan`; over a year before the head, `the Mar Aberto 2028 programme`; `plan` and `strategy` right after a
///    name of two words or more, `the Generation Green strategy`, not `the Trump plan`; also for names of letters and
///    digits, `the EU4Energy initiative`), a programme noun that names it (`the scheme, called X`) or heads a
///    description after it (`X, the government's co-payment scheme`, `X, a programme that pays
///    for buses`, even after a given name), a year after a programme
///    head (`National Energy Strategy 2035`), the publisher of the header line, datelines (joined by hyphens too: `CRANS-MONTANA, Switzerland –`) and
///    sports tables; facilities (`X pipeline`, `Port of X`; not a body's field, `Ministry of
///    Roads and Highways`), events (`X Cup`, `Tour of X`) and listed non-entities block the
///    names inside them; a national Red Cross keeps its nationality (`the Colombian Red Cross`),
///    a ministry does not (`the Romanian Ministry of Transport`); a saint's name and its possessive open
///    the body's name after them (`St Brendan's Community School`, `St Mary's Hospital`); a name of ordinary words
///    after `the` and before a lower-case `party` or `movement` is the party (`the opposition National
///    Renewal party`, `the opposition Green Future movement`; not `a New Year party`);
/// 4. document context (OrthoMatcher style): acronyms defined in parentheses (the
///    expansion found letter by letter, Schwartz-Hearst style, and labelled PROGRAMME
///    before a programme head such as `(OSA) framework`; a capitalized short name in
///    parentheses after a body's name of three words or more is its own, spelled or not:
///    `National Television Association (Anatel)`; a body's name goes back over a list of its fields
///    when the short name is the initials of the whole: `South African Commercial, Catering and Allied
///    Workers Union (SACCAWU)`), surnames of people named in
///    full (the first word of an East Asian name: `Xi` after `Xi Jinping`; the first surname
///    of a Spanish name: `Cáceres` after `Rosa Elvira Cáceres Mendoza`), names seen
///    before, a company's first word alone after its full name with a legal form (also an
///    ordinary word the document never writes in lower case: `Kestrel` after `Kestrel Home
///    Group Ltd`; and a company's of `cue-company-heads.txt`: `Tanjong` after `Tanjong Merchant
///    Bank`), the name without its legal form and a last ordinary word (`Khangai Ridge` after
///    `Khangai Ridge Mining LLC`), a name without its head when its words are names of no other kind (`Niu
///    Pasifik` after `Niu Pasifik Airlines`; before a company's head, of ordinary words and a place's head too, and over a
///    place's head rule: `Cedar Plains` after `Cedar Plains Bancorp`; `Tavurvur` after `Mount Tavurvur`; `Corvex` after
///    `Team Corvex`, `Pacífico Sur` after `Aerolíneas Pacífico Sur S.A.`; not the place an airline is
///    named for: `Zermatt` after `Air Zermatt`), teams of
///    results tables;
///    a county of `counties-uk.tsv` is its cricket team in a document about cricket;
///    a name ending in a place's head is a place, not before a lower-case programme head (`the Living
///    Islands initiative` is a programme); a compass word before a listed place makes a region, a LOC (`South China`), and an
///    administrative unit before a lower-case unit word or after `Greater`, `Lower`, `Upper`
///    (`Greater Poland`, `the North Kazakhstan region`), a GPE, and so is a province's name and
///    `State` after a preposition of place (`in Kogi State`; not `Ohio State won`); a state's or a city's
///    name and `Health` are its health department, an ORG (`Queensland Health said`); a word and a
///    country's adjective in its own language name a body (`Renovación Nacional`, `Poste Italiane`; not a
///    facility: `Estadio Nacional`);
///    then defaults for what is still unknown (capitalized pairs are people, unless they stand
///    between a determiner and a lower-case noun: `the Tsagaan Khad copper mine`; short
///    capitals are organizations, a name listed beside an organization is one, an unknown
///    word after `off` and a word of the sea is a town: `sank off Calapan`; an unknown
///    word listed with two places is a place: `Puno, Cusco and Apurímac`, or after places a
///    preposition of place opens: `in Ennis and Nenagh`, and in a report of
///    sport a plural after `the` is a team: `The Ravens hold the tiebreaker`, and so is a
///    name ending in `spor`: `Marmara Demirspor`).
/// Lines in capitals or in title case (not a byline, nor a wire story's credit line: `(Reporting
/// by Priya Raghunathan; Editing by Tom Hallett)`) get only gazetteer and document matches: there
/// capitalization says nothing, so no pattern guesses a name from capitalized words
/// ("THANKS TO BILATERAL COOPERATION" gives nothing), but a listed or already-taught
/// name is still a name ("NATO CHIEF VISITS BAKU" gives ORG `NATO`, GPE `BAKU`).
/// ANNOTATION.md annotates header and other lines "like any other" text, and the
/// project's gold has no headline rule that says otherwise (public gold such as
/// CoNLL-2003 annotates names in capitalized headlines too). A listed word that is
/// also an ordinary English word counts in such a line only when it names a country.
/// The header line `date YYYY-MM-DD By Publisher` gives the publisher as an ORG.
/// Spans of one entity share an `entity` id (`E1`, `E2`... in order of first mention).
public struct NameRecognizer: Recognizer {
    public let name = "names"
    public let gazetteers: Gazetteers

    public init(gazetteers: Gazetteers) { self.gazetteers = gazetteers }

    /// Loads the gazetteers from `GazetteerLocation.find()`.
    public init() throws { gazetteers = try Gazetteers.load() }

    /// The gazetteers' table of name tokens.
    public var vocabulary: TokenTable? { gazetteers.table }

    public func recognize(_ text: AnalyzedText, context: DocumentContext) -> [Candidate] {
        var candidates: [Candidate] = []
        recognize(text, context: context, into: &candidates)
        return candidates
    }

    public func recognize(_ text: AnalyzedText, context: DocumentContext, into candidates: inout [Candidate]) {
        guard !text.tokens.isEmpty else { return }
        var pass = DocumentPass(gazetteers, text, ids: context.tokenIDs)
        pass.prepare()
        pass.run(into: &candidates)
    }
}

/// A stretch of tokens with what is known about it. Plain values only (no String), so
/// copying segments, which the passes do often, costs no reference counting; the
/// strings of a candidate are made when it is emitted.
struct Segment {
    var start: Int
    var end: Int
    var label: Label?
    var rule: RuleName = ""
    var source: SourceRef?
    /// The tokens of the role phrase ("Defence Minister").
    var role: ClosedRange<Int>?
    /// A single head word ("Ministry") that an `of` chain can make a name.
    var headOnly: Label?
    /// Evidence strong enough that document context must not relabel it.
    var strong = false
    /// Right before a role and a person's name ("Apple CEO Steve Jobs").
    var beforeRole = false
    /// A sports team (from a results line or `v`): the document's later mentions are ORG too.
    var team = false
    var entityKey: EntityKey?
}

/// A rule's name, a string literal: copied and compared without reference counting.
struct RuleName: Equatable, ExpressibleByStringLiteral {
    let name: StaticString

    init(stringLiteral value: StaticString) { name = value }

    static func == (a: RuleName, b: RuleName) -> Bool {
        // Literals are pointers to their bytes: the same pointer is the same name.
        if a.name.hasPointerRepresentation, b.name.hasPointerRepresentation {
            let count = a.name.utf8CodeUnitCount
            return count == b.name.utf8CodeUnitCount
                && (a.name.utf8Start == b.name.utf8Start || memcmp(a.name.utf8Start, b.name.utf8Start, count) == 0)
        }
        return a.name.withUTF8Buffer { x in b.name.withUTF8Buffer { y in x.elementsEqual(y) } }
    }

    var string: String { name.description }
}

/// Where a segment's label came from; `DocumentPass.string(_:)` makes the `source` field.
enum SourceRef {
    /// A cue list and the tokens that matched it: the list prefix ("cue-org-heads:") and
    /// the text of tokens `first...last`.
    case cue(StaticString, first: Int, last: Int)
    /// A gazetteer entry (its `source`).
    case entry(Int32)
}

/// The identity of an entity; `DocumentPass.string(_:)` makes the key string that
/// entity ids are given by.
enum EntityKey {
    /// A gazetteer entry: its label and lower-cased canonical name.
    case entry(Int32)
    /// A label and the case-folded view units `start..<end`.
    case folded(Label?, start: Int32, end: Int32)
}

/// The per-document state of `NameRecognizer`.
struct DocumentPass {
    let g: Gazetteers
    let text: AnalyzedText
    let n: Int
    var ids: [Int32]
    var cue: [Cue]
    /// By token: `g.trie.child(0, ids[i])`, or -1.
    var rootStep: [Int32]
    /// Lines in capitals or title case: no pattern fires there.
    var quiet: [Bool]
    /// The document's own id of each token's case-folded word (equal words, equal ids).
    var word: [Int32]
    /// By word id: seen in lower case in this document.
    var lowerSeen: [Bool]
    /// By word id: seen capitalized inside a sentence in this document.
    var midCaps: [Bool]
    /// By word id: a word title case leaves in lower case (`isTitleFunctionWord`).
    var functionWord: [Bool] = []
    /// The header line's publisher (`date YYYY-MM-DD By Publisher`), if any.
    var header: Range<Int>?
    /// By token: the end of the longest accepted gazetteer entry starting there, or -1.
    var gzEnd: [Int32]
    /// By token: that entry.
    var gzEntry: [Int32]
    var segments: [Segment] = []
    /// Tokens on results lines of sports tables (teams).
    var results: [Bool]
    /// Tokens on results lines of people (players, riders).
    var individual: [Bool]
    /// Tokens inside facility names: nothing is annotated there.
    var blocked: [Bool]
    /// Whether the document reports sport: two words of `cue-sports-words.txt` in lower case
    /// or more.
    let sportsReport: Bool

    /// `given`: the tokens' ids in `g.table`, when the tokenizer looked them up.
    init(_ g: Gazetteers, _ text: AnalyzedText, ids given: [Int32]? = nil) {
        self.g = g
        self.text = text
        n = text.tokens.count
        quiet = []
        blocked = []
        results = []
        individual = []
        let haveIDs = given?.count == n
        let words: Words = haveIDs ? Self.words(g, text, given!) : Self.words(g, text, nil)
        ids = haveIDs ? given! : words.ids
        word = words.word
        cue = words.cue
        rootStep = words.rootStep
        lowerSeen = words.lowerSeen
        functionWord = words.functionWord
        midCaps = []
        gzEnd = []
        gzEntry = []
        var sportsWords = 0
        for (k, c) in cue.enumerated() where c.contains(.sportsWord) && text.tokens[k].shape == .lower { sportsWords += 1 }
        sportsReport = sportsWords >= 2
    }

    /// The per-token arrays `init` makes from the words of the document.
    struct Words {
        var ids: [Int32] = []
        var word: [Int32] = []
        var cue: [Cue] = []
        var rootStep: [Int32] = []
        /// By word id: `DocumentPass.lowerSeen`, `DocumentPass.functionWord` (as long as the
        /// tokens: the entries after the last word are not used).
        var lowerSeen: [Bool] = []
        var functionWord: [Bool] = []
    }

    /// Gives each token its document word id (equal case-folded units, equal ids) and, once
    /// per distinct word, its gazetteer id (from `given` when the tokenizer looked it up),
    /// cues and root trie step: the gazetteer tables are large, so each lookup is a few
    /// cache misses. A later token reuses them only when its folded units are the same.
    /// The arrays are written in place, not first filled with a value, and the words are
    /// found with a table of their own on the stack.
    static func words(_ g: Gazetteers, _ text: AnalyzedText, _ given: [Int32]?) -> Words {
        let n = text.tokens.count
        var result = Words()
        guard n > 0 else { return result }
        var size = 16
        while size < n * 2 { size *= 2 }
        let mask = size - 1, shift = UInt64(64 - size.trailingZeroBitCount)
        var firstToken: [Int32] = []
        firstToken.reserveCapacity(n)
        // By word id; as long as the tokens (at least as many as the words).
        var lowerSeen = [Bool](repeating: false, count: n), functionWord = lowerSeen
        lowerSeen.withUnsafeMutableBufferPointer { lowerSeen in
        functionWord.withUnsafeMutableBufferPointer { functionWord in
        text.tokens.withUnsafeBufferPointer { tokens in
        text.normalized.folded.withUnsafeBufferPointer { folded in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { keys in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: size) { slots in
            slots.initialize(repeating: -1)
            let computeIDs = given == nil
            if computeIDs { result.ids.reserveCapacity(n) }
            result.word = [Int32](unsafeUninitializedCapacity: n) { word, wordCount in
            result.cue = [Cue](unsafeUninitializedCapacity: n) { cue, cueCount in
            result.rootStep = [Int32](unsafeUninitializedCapacity: n) { rootStep, rootCount in
                for i in 0 ..< n {
                    let h = tokens[i].hash
                    var slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
                    var found: Int32 = -1
                    while slots[slot] >= 0 {
                        if keys[slot] == h {
                            found = slots[slot]
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                    let lower = tokens[i].kind == .word && tokens[i].shape == .lower
                    if found >= 0 {
                        word[i] = found
                        if lower { lowerSeen[Int(found)] = true }
                        let f = Int(firstToken[Int(found)])
                        // Ids in the table are equal exactly when the folded units are.
                        let sameWord: Bool
                        if let given, given[i] >= 0 || given[f] >= 0 {
                            sameWord = given[i] == given[f]
                        } else {
                            sameWord = DocumentPass.sameFolded(tokens, folded, i, f)
                        }
                        if sameWord {
                            if computeIDs { result.ids.append(result.ids[f]) }
                            cue[i] = cue[f]
                            rootStep[i] = rootStep[f]
                            continue
                        }
                    } else {
                        keys[slot] = h
                        slots[slot] = Int32(firstToken.count)
                        word[i] = Int32(firstToken.count)
                        firstToken.append(Int32(i))
                        lowerSeen[firstToken.count - 1] = lower
                        functionWord[firstToken.count - 1] = isTitleFunctionWord(tokens[i], folded)
                    }
                    let id: Int32
                    if let given {
                        id = given[i]
                    } else {
                        id = g.id(i, in: text)
                        result.ids.append(id)
                    }
                    (cue[i], rootStep[i]) = g.cuesAndRootChild(id)
                    if tokens[i].shape == .capitalized, cue[i].isDisjoint(with: Cue(.firstName, .surname)) {
                        cue[i].formUnion(g.unaccentedNameCues(tokens[i].range, folded))
                    }
                }
                rootCount = n
            }
                cueCount = n
            }
                wordCount = n
            }
        }
        }
        }
        }
        }
        }
        result.lowerSeen = lowerSeen
        result.functionWord = functionWord
        return result
    }

    /// The rest of the set-up, which calls the pass's own methods: done here, not in
    /// `init`, where each such call would copy the whole pass. The loops that call other
    /// methods for every token are non-mutating methods of their own, for the same reason:
    /// a call from a mutating method copies the pass too.
    mutating func prepare() {
        (quiet, results, individual) = lineMarks()
        midCaps = capitalizedInsideSentences()
        header = headerPublisher()
        if let header { for t in header { quiet[t] = true } }
        (gzEnd, gzEntry) = gazetteerMatches()
    }

    /// By word id: whether the document capitalizes the word inside a sentence (`midCaps`).
    func capitalizedInsideSentences() -> [Bool] {
        var seen = [Bool](repeating: false, count: lowerSeen.count)
        for i in 0 ..< n where tok(i).shape == .capitalized && !quiet[i] && !isInitial(i) { seen[Int(word[i])] = true }
        return seen
    }

    /// `gzEnd` and `gzEntry`: `findGazetteerMatch` at every token, right to left (accepting
    /// an entry may look at the match after it).
    func gazetteerMatches() -> (end: [Int32], entry: [Int32]) {
        var end = [Int32](repeating: -1, count: n), entry = end
        end.withUnsafeMutableBufferPointer { end in
            for i in stride(from: n - 1, through: 0, by: -1) {
                if let m = findGazetteerMatch(at: i, ends: UnsafeBufferPointer(end)) {
                    end[i] = Int32(m.end)
                    entry[i] = m.entry
                }
            }
        }
        return (end, entry)
    }

    /// Whether tokens `a` and `b` have the same case-folded units.
    static func sameFolded(_ text: AnalyzedText, _ a: Int, _ b: Int) -> Bool {
        text.tokens.withUnsafeBufferPointer { tokens in
            text.normalized.folded.withUnsafeBufferPointer { sameFolded(tokens, $0, a, b) }
        }
    }

    /// `sameFolded` over buffers the caller already holds.
    @inline(__always)
    static func sameFolded(_ tokens: UnsafeBufferPointer<Token>, _ folded: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        let x = tokens[a], y = tokens[b]
        guard x.length == y.length else { return false }
        for k in 0 ..< x.length where folded[Int(x.start) + k] != folded[Int(y.start) + k] { return false }
        return true
    }

    /// The trie node one step from the root by token `i`, if any (`g.trie.child(0, ids[i])`).
    @inline(__always) func child(root i: Int) -> Int32? { rootStep[i] >= 0 ? rootStep[i] : nil }

    // MARK: token predicates

    @inline(__always) func tok(_ i: Int) -> Token { text.tokens[i] }

    /// A word that starts with a capital: `Hasanov`, `NATO`, `PfP`, `J.`, `U.S.`.
    func isCap(_ i: Int) -> Bool {
        let t = tok(i)
        guard t.kind == .word else { return false }
        switch t.shape {
        // (not the pronoun in "I've", "I'm", "I'd", "I'll": "since Chattogram I've told myself")
        case .capitalized: return !(t.length <= 4 && t.length >= 3 && text.normalized.units[Int(t.start)] == 0x49 && text.normalized.folded[Int(t.start) + 1] == 0x27)
        case .upper, .initial: return true
        case .abbreviation: return UnicodeProperties.isUpper(UInt32(text.normalized.units[Int(t.start)]))
        default: return false
        }
    }

    /// A word known to be an ordinary word: listed common, stop or demonym, or seen in lower case here.
    func isCommon(_ i: Int) -> Bool {
        !cue[i].isDisjoint(with: Cue(.commonWord, .stop, .demonym)) || lowerSeen[Int(word[i])]
    }

    /// A word the document capitalizes inside sentences and never writes in lower case:
    /// at the start of a sentence it is still a name ("Ford said", "Apple launches").
    func isNameHere(_ i: Int) -> Bool {
        tok(i).length >= 4 && midCaps[Int(word[i])] && !lowerSeen[Int(word[i])] && !cue[i].contains(.stop)
    }

    /// First word of a sentence or line, or right after an opening quote or bracket there.
    @inline(__always)
    func isInitial(_ i: Int) -> Bool {
        let f = tok(i).flags
        if f.contains(.lineStart) || i == 0 { return true }
        if f.contains(.sentenceStart) { return !afterInitial(i) }
        if i > 0, tok(i - 1).kind == .punctuation, isOpening(i - 1) { return isInitial(i - 1) }
        // The first word after a dateline's dash: "TANGIER – Substitute Cheikh Ndoye ..."
        if i > 1, tok(i - 1).kind != .word, tok(i - 2).shape == .upper || tok(i - 2).shape == .abbreviation, datelineDash(at: i - 1) {
            var k = i - 2
            while k > 0, !tok(k).flags.contains(.lineStart), i - k <= 6 { k -= 1 }
            return (k == 0 || tok(k).flags.contains(.lineStart)) && tok(k).shape == .upper
        }
        if i > 0, text.is(i - 1, ":") || text.is(i - 1, "-") { return tok(i - 1).flags.contains(.lineStart) || i - 1 == 0 }
        return false
    }

    /// ICU ends a sentence after "J."; a capitalized word right after an initial is not a new sentence.
    func afterInitial(_ i: Int) -> Bool {
        i > 0 && (tok(i - 1).shape == .initial || tok(i - 1).shape == .abbreviation) && !tok(i).flags.contains(.lineStart)
            && isCap(i) && !cue[i].contains(.stop)
    }

    /// Whether `p` holds for every token of `r` (inlined: a closure passed to `allSatisfy`
    /// would copy the whole pass).
    @inline(__always) func allIn(_ r: Range<Int>, _ p: (Int) -> Bool) -> Bool {
        for i in r where !p(i) { return false }
        return true
    }

    /// Whether `p` holds for some token of `r`.
    @inline(__always) func anyIn(_ r: Range<Int>, _ p: (Int) -> Bool) -> Bool {
        for i in r where p(i) { return true }
        return false
    }

    func isOpening(_ i: Int) -> Bool { text.is(i, "\"") || text.is(i, "(") || text.is(i, "'") || text.is(i, "[") }

    func isUpperAcronym(_ i: Int) -> Bool {
        let t = tok(i)
        guard t.kind == .word else { return false }
        if t.shape == .upper { return t.length >= 2 && t.length <= 8 }
        // "U.N.", "F.B.I.": capitals and periods only.
        return t.shape == .abbreviation && t.length <= 8 && !units(i).contains { UnicodeProperties.isLower(UInt32($0)) }
    }

    func units(_ i: Int) -> ArraySlice<UInt16> { text.normalized.units[tok(i).range] }

    // MARK: quiet lines

    /// The words title case leaves in lower case (`t`: a token of the text whose
    /// case-folded units are `folded`).
    @inline(__always)
    static func isTitleFunctionWord(_ t: Token, _ folded: UnsafeBufferPointer<UInt16>) -> Bool {
        guard t.length <= 4 else { return false }
        var key: UInt64 = 0
        for k in t.range {
            let u = folded[k]
            guard u > 0, u < 0x80 else { return false }
            key = key << 8 | UInt64(u)
        }
        // The words' ASCII bytes packed into one integer each.
        switch key {
        case 0x61 /* a */, 0x616E /* an */, 0x746865 /* the */, 0x6F66 /* of */, 0x696E /* in */,
             0x6F6E /* on */, 0x6174 /* at */, 0x746F /* to */, 0x666F72 /* for */, 0x616E64 /* and */,
             0x6F72 /* or */, 0x6E6F72 /* nor */, 0x627574 /* but */, 0x6279 /* by */, 0x6173 /* as */,
             0x77697468 /* with */, 0x66726F6D /* from */, 0x696E746F /* into */, 0x7673 /* vs */, 0x76 /* v */,
             0x766961 /* via */, 0x706572 /* per */, 0x6F766572 /* over */, 0x616D6964 /* amid */, 0x7570 /* up */:
            return true
        default:
            return false
        }
    }

    /// Caps lines (the tokenizer's flag) and title-case lines: four or more words, no
    /// lower-case word but articles, conjunctions and prepositions, no comma, and at least half of the
    /// capitalized words ordinary words ("Airbus Delays Deliveries Again").
    /// Results lines of sports tables are not quiet: their tokens are in `results`, or in
    /// `individual` on lines that name people.
    /// Returns `quiet`, `results` and `individual` (not mutating, so that its calls do not
    /// copy the pass).
    func lineMarks() -> (quiet: [Bool], results: [Bool], individual: [Bool]) {
        var quiet = [Bool](repeating: false, count: n)
        var results = quiet, individual = quiet
        // The tokens and units through buffer pointers: this loop sees every token.
        text.tokens.withUnsafeBufferPointer { tokens in
        text.normalized.folded.withUnsafeBufferPointer { folded in
        var s = 0
        while s < n {
            let line = tokens[s].line
            var e = s + 1
            while e < n, tokens[e].line == line { e += 1 }
            var words = 0, lowerLong = 0, caps = 0, commonCaps = 0, commas = 0
            // For results lines: lower-case words of two letters or more, and a capitalized
            // name right before a score.
            var lower = 0, nameThenNumber = false
            for i in s ..< e {
                let t = tokens[i]
                if t.end - t.start == 1, folded[Int(t.start)] == 0x2C /* , */ { commas += 1 }
                guard t.kind == .word else { continue }
                words += 1
                if t.shape == .lower {
                    if !functionWord[Int(word[i])] { lowerLong += 1 }
                    if t.end - t.start > 1 { lower += 1 }
                }
                if isCap(i) {
                    caps += 1
                    if isCommon(i) { commonCaps += 1 }
                    if i + 1 < e, isScore(i + 1) { nameThenNumber = true }
                }
            }
            let capsLine = tok(s).flags.contains(.capsLine)
            // (a byline is no title, though its name has ordinary words: "By Catarina Lopes Vieira")
            let byline = text.is(s, "by") && words <= 5
            // (nor is a wire story's credit line: "(Reporting by Priya Raghunathan; Editing by Tom Hallett)")
            let credit = text.is(s, "(") && s + 1 < e && Self.creditWords.contains(where: { text.is(s + 1, $0) })
            let titleLine = words >= 4 && lowerLong == 0 && commas == 0 && commonCaps * 2 >= caps && !byline && !credit
            if capsLine || titleLine {
                for i in s ..< e { quiet[i] = true }
            }
            // A line of a sports table: a capitalized name right before a score, and few
            // lower-case words ("Bristol Rovers 1 Stockport 1", "CLEVELAND 80 54 .597 -").
            if nameThenNumber && lower <= 2 {
                // Lines that name people ("S. Jayasuriya c Healy b Fleming 44", "Iain Pyman
                // 71 75") are individual results: the names before scores are people.
                let people = (s ..< e - 1).contains { i in
                    tok(i).shape == .initial && isCap(i + 1)
                        || cue[i].contains(.firstName) && !isCommon(i) && tok(i + 1).shape == .capitalized && !isCommon(i + 1)
                }
                for i in s ..< e {
                    quiet[i] = false
                    if people { individual[i] = true } else { results[i] = true }
                }
            }
            s = e
        }
        }
        }
        return (quiet, results, individual)
    }

    /// A number that can be a score: digits, not a year or the start of a date (`1996-08-30`).
    func isScore(_ i: Int) -> Bool {
        let t = tok(i)
        guard t.kind == .number, t.shape == .digits, t.length <= 3 else { return false }
        if i + 1 < n, text.is(i + 1, "-") || text.is(i + 1, "/") || text.is(i + 1, "."), text.isAttachedToPrevious(i + 1) {
            return false
        }
        return true
    }

    // MARK: gazetteer

    /// The longest accepted gazetteer entry starting at token `i`: (end token, entry).
    @inline(__always)
    func gazetteerMatch(at i: Int) -> (end: Int, entry: Int32)? {
        gzEnd[i] < 0 ? nil : (Int(gzEnd[i]), gzEntry[i])
    }

    /// Computes `gazetteerMatch(at: i)` (once per token, in `prepare`); `ends`: `gzEnd`
    /// as far as it is known, for the tokens after `i`.
    @inline(__always)
    func findGazetteerMatch(at i: Int, ends: UnsafeBufferPointer<Int32>) -> (end: Int, entry: Int32)? {
        // No entry starts with a word that is no child of the root (most words).
        guard rootStep[i] >= 0, ids[i] >= 0, tok(i).kind == .word || tok(i).kind == .number else { return nil }
        var node: Int32 = 0
        var j = i
        var best: (Int, Int32)?
        while j < n, ids[j] >= 0 {
            if j > i, tok(j).flags.contains(.lineStart) { break }
            guard let next = j == i ? child(root: i) : g.trie.child(node, ids[j]) else { break }
            node = next
            j += 1
            var e = g.trie.firstEntry(at: node)
            while e >= 0 {
                if accept(e, i, j, ends: ends) {
                    best = (j, e)
                    break
                }
                e = g.trie.nextEntry[Int(e)]
            }
        }
        return best
    }

    /// Whether a "$" is glued to the name that ends before token `b`: a currency's prefix is no
    /// place nor body ("US$11,340", "HK$2 billion").
    @inline(__always) func currencyPrefix(_ b: Int) -> Bool {
        b < n && text.isAttachedToPrevious(b) && text.is(b, "$")
    }

    /// Whether a hyphen and a number are glued to the name that ends before token `b`: a code
    /// ("the AP-7 motorway", "an A-10 jet"), no place nor body.
    func isCode(before b: Int) -> Bool {
        b + 1 < n && tok(b - 1).kind == .word && text.is(b, "-") && text.isAttachedToPrevious(b) && text.isAttachedToPrevious(b + 1) && tok(b + 1).kind == .number
    }

    /// Whether the list writes entry `e` with a lower-case first letter.
    func writtenLower(_ e: Int32) -> Bool {
        guard let first = g.entries[Int(e)].name.unicodeScalars.first else { return false }
        return UnicodeProperties.isLower(first.value)
    }

    /// Whether entry `e` is accepted for tokens `a..<b` (the entry's fields are read where
    /// needed: copying a `GazetteerEntry` costs a retain for each of its strings).
    func accept(_ e: Int32, _ a: Int, _ b: Int, ends: UnsafeBufferPointer<Int32>) -> Bool {
        // The capitalized half of a word with a lower-case prefix is no name: "pro-Moscow",
        // "trans-Atlantic", "anti-Castro".
        if isAfterLowerPrefix(a) { return false }
        let exact = g.entries[Int(e)].exact
        if let exact {
            for k in a ..< b where !units(k).elementsEqual(exact[k - a]) { return false }
        } else {
            // A name that starts with a particle matches in lower case where the list writes
            // it so: "al-Qaeda", "al Shabaab".
            guard isCap(a) || cue[a].contains(.particle) && tok(a).shape == .lower && writtenLower(e) else { return false }
            // A short word in capitals in running text is an acronym: "GAO" is not Gao.
            if tok(a).shape == .upper, tok(a).length <= 4, !quiet[a], !tok(a).flags.contains(.lineStart) { return false }
        }
        if currencyPrefix(b) { return false }
        // A code of letters and a number is no body: "the AP-7 motorway", "an A-10 jet".
        if isCode(before: b) { return false }
        // A state's abbreviation names it only after a town and a comma: "Kansas City, Kan.,"
        // (the list is read only for names that end in a period)
        // or after a party's letter: "Sen. Roy Bannerman, R-Kan.,"
        if units(b - 1).last == 0x2E, !(a >= 2 && text.is(a - 1, ",") && isCap(a - 2)), !partyLetter(before: a),
           g.entries[Int(e)].list.hasPrefix("gpe-state") { return false }
        // After an honorific, a listed word before another name is a given name: "Dr Ngozi
        // Adeyemi-Clarke", "Mrs Florence Ochieng".
        if b - a == 1, a > 0, cue[a - 1].contains(.honorific), b < n, isCap(b), !text.isAttachedToPrevious(b) { return false }
        // A place glued to an unknown capitalized word is part of that name: "Météo-France"
        // (not "Alsace-Lorraine", where both halves are listed).
        if b - a == 1, a >= 2, text.isAttachedToPrevious(a), text.is(a - 1, "-"), text.isAttachedToPrevious(a - 1), isCap(a - 2),
           rootStep[a - 2] < 0, !partyLetter(before: a) { return false }
        // The last word must not be lower case ("Gulf of Mexico", not "Georgia nutome"), but in a
        // listed non-entity ("Pacific time").
        if b - 1 > a, tok(b - 1).shape == .lower, g.entries[Int(e)].label != .misc { return false }
        // An entry that is also an ordinary word or a given name ("Turkey", "Chad",
        // "Jordan") counts only inside a sentence of running text.
        if b - a == 1, exact == nil {
            if cue[a].contains(.stop) || cue[a].contains(.demonym) { return false }
            // At the start of a sentence: an ordinary word ("Reading", "Nice") is not a
            // place unless it is a country ("Turkey"); a given name before a capitalized
            // word may be a person ("Paris Hilton").
            // Before a role and a name ("Apple CEO Tim Cook") the word is a name after all.
            let beforeRole = b + 1 < n && cue[b].contains(.role) && isCap(b + 1) && !quiet[a]
            // So is an organization's name before a possessive and a noun ("Apple's profits").
            // (and a listed place: "Bologna's first tram line", though "bologna" is also a word)
            let possessiveOrg = b + 1 < n && text.is(b, "'s") && tok(b + 1).shape == .lower && !quiet[a]
                && (g.entries[Int(e)].label == .org || g.entries[Int(e)].label == .gpe)
            // And a dateline in capitals before a dash: "TANGIER – ..." ("tangier" is also a word).
            let dateline = tok(a).shape == .upper && tok(a).flags.contains(.lineStart) && datelineDash(at: b)
            if quiet[a] || isInitial(a), !beforeRole, !possessiveOrg, !dateline {
                if isCommon(a), !g.entries[Int(e)].list.hasPrefix("countries"), !isNameHere(a) { return false }
                if cue[a].contains(.firstName), b < n, isCap(b), ends[b] < 0, !quiet[a] { return false }
            }
        }
        return true
    }

    // MARK: runs and segments

    /// Maximal stretches of capitalized words (with name particles, inner hyphens and `&`).
    func runs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(n / 4) // in news, about one token in eight starts a run
        var i = 0
        while i < n {
            guard isCap(i) || tok(i).shape == .alphanumeric && isCodedName(i) || cue[i].contains(.particle) && startsWithParticle(i), !quiet[i],
                  !isAfterLowerPrefix(i) else {
                i += 1
                continue
            }
            // A lawmaker's party letter before the state starts no name: "R-Kan.", "D-Texas" (the
            // state is a run of its own, with its abbreviation's period)
            if i + 2 < n, partyLetter(before: i + 2), isCap(i + 2), let gz = gazetteerMatch(at: i + 2), g.entries[Int(gz.entry)].label == .gpe {
                result.append(i + 2 ..< gz.end)
                i = gz.end
                continue
            }
            var j = i + 1
            while j < n, !quiet[j], !tok(j).flags.contains(.lineStart), !tok(j).flags.contains(.sentenceStart) || afterInitial(j) {
                // A company's legal form ends its name: "Northwind Energy plc", "Zephyr Offshore
                // A/S", "Kunlun Rail Investment Co., Ltd.".
                if let e = companySuffixEnd(at: j) {
                    j = e
                    // ("Co., Ltd." is one legal form; "Co., AT&T" starts another name)
                    if j + 1 < n, text.is(j, ","), cue[j + 1].contains(.companySuffix), isCap(j + 1) || tok(j + 1).shape == .lower,
                       !(j + 2 < n && text.is(j + 2, "&")) {
                        j = companySuffixEnd(at: j + 1) ?? j + 2
                    }
                    break
                }
                if isCap(j) {
                    // a currency's prefix glued to "$" ends the name: "earned New Zealand NZ$24.6 billion"
                    if currencyPrefix(j + 1) { break }
                    // so does a listed non-entity of two words or more: "U.S. West Texas Intermediate crude"
                    if let gz = gazetteerMatch(at: j), gz.end - j >= 2, g.entries[Int(gz.entry)].label == .misc { break }
                    j += 1
                } else if text.is(j, "."), text.isAttachedToPrevious(j), cue[j - 1].contains(.role), j + 1 < n, isCap(j + 1),
                          !tok(j + 1).flags.contains(.lineStart),
                          // (a role written short: "Sen. Roy Bannerman"; not a sentence's end after a
                          // role's full word: "appeals to the Supreme Court of Justice. The ruling")
                          tok(j - 1).length <= 5 {
                    j += 2
                } else if text.is(j, "-"), text.isAttachedToPrevious(j), j + 1 < n, text.isAttachedToPrevious(j + 1),
                          !splitsCompound(j),
                          isCap(j + 1) || cue[j + 1].contains(.particle) && j + 3 < n && text.is(j + 2, "-") {
                    j += 2
                } else if coOperative(hyphen: j) {
                    // "Aoraki Dairy Co-operative", "the Co-op"
                    j += 2
                } else if townJoin(j) {
                    // "Sutton-in-Ashfield", "Stratford-upon-Avon", "Southend-on-Sea"
                    j += 4
                } else if text.is(j, "-"), isLowerAfterPrefix(j), j + 2 < n, isCap(j + 2) || text.is(j + 2, "and") || text.is(j + 2, "of") {
                    // "Organisation for Economic Co-operation and Development", "Pre-accession Assistance".
                    j += 2
                } else if text.is(j, "-"), j + 2 < n, text.isAttachedToPrevious(j), text.isAttachedToPrevious(j + 1), tok(j - 1).shape == .capitalized,
                          Self.adverbParticles.contains(where: { text.is(j + 1, $0) }), isCap(j + 2) {
                    // "Corporate Value-up Program", "Follow-up Committee": a phrasal noun's particle
                    j += 2
                } else if cue[j].contains(.particle), tok(j).shape == .lower {
                    var k = j
                    while k < n, k - j < 2, cue[k].contains(.particle), tok(k).shape == .lower { k += 1 }
                    if k < n, isCap(k) {
                        j = k + 1
                    } else if k + 1 < n, text.is(k, "-"), text.isAttachedToPrevious(k), isCap(k + 1) {
                        j = k + 2
                    } else {
                        break
                    }
                } else if text.is(j, "&"), j + 1 < n, isCap(j + 1) {
                    j += 2
                } else if possessiveInName(j) {
                    // "Citrus Growers' Association", "Women's Rights Commission", "People's Party"
                    j += 1
                } else if j >= i + 2, hyphenatedGivenName(j) {
                    // "Moon Jae-in", "Ban Ki-moon".
                    j += 2
                } else {
                    break
                }
            }
            // "Co., Ltd.": a second legal form after the period and comma of the first.
            if j > i + 1, j + 2 < n, cue[j - 1].contains(.companySuffix), text.is(j, "."), text.isAttachedToPrevious(j),
               text.is(j + 1, ","), cue[j + 2].contains(.companySuffix), isCap(j + 2), !(j + 3 < n && text.is(j + 3, "&")) {
                j = companySuffixEnd(at: j + 2) ?? j + 3
            }
            result.append(i ..< j)
            i = j
        }
        return result
    }

    /// Whether the possessive at `j` ("'s", or the apostrophe after a plural) joins an
    /// ordinary capitalized word to a body's name after it: "Citrus Growers' Association of
    /// Southern Africa", "Women's Rights Commission". Not after a listed name or a body's
    /// head ("Germany's Federal Office", "the United Kingdom's Royal Air Force", "the
    /// Commission's Directorate-General" are two names each).
    func possessiveInName(_ j: Int) -> Bool {
        // An apostrophe first: the test runs at the end of every run.
        guard j > 0, j + 1 < n, tok(j).length <= 2, text.normalized.folded[Int(tok(j).start)] == 0x27,
              // (a plural's apostrophe need not follow a listed word: "Asturian Steelworkers' Federation")
              text.isAttachedToPrevious(j), tok(j - 1).shape == .capitalized, isCommon(j - 1) || text.is(j, "'"),
              !cue[j - 1].contains(.stop), // "Wednesday's Champions League"
              // (a head before a plural's apostrophe goes on: "Citrus Growers' Association")
              !cue[j - 1].contains(.orgHead) || !text.is(j, "'s"),
              // (a given name only as a title: "Queen's Medical Centre", "King's College Hospital")
              !cue[j - 1].contains(.firstName) || cue[j - 1].contains(.role),
              !(max(0, j - 6) ..< j).contains(where: { k in gazetteerMatch(at: k).map { $0.end >= j } ?? false }),
              text.is(j, "'s") || text.is(j, "'") && text.normalized.folded[Int(tok(j - 1).end) - 1] == 0x73 else { return false }
        var k = j + 1
        while k < n, k <= j + 4, isCap(k) {
            if !cue[k].isDisjoint(with: Cue(.orgHead, .programmeHead)) { return true }
            k += 1
        }
        return false
    }

    /// Whether a name starts with a lower-case particle at `i`: "al-Amin said", "el-Sisi".
    func startsWithParticle(_ i: Int) -> Bool {
        i + 2 < n && tok(i).shape == .lower && cue[i].contains(.particle) && text.is(i + 1, "-") && text.isAttachedToPrevious(i + 1)
            && text.isAttachedToPrevious(i + 2) && isCap(i + 2)
    }

    /// Whether token `i` is the capitalized half of a word with a lower-case prefix, which
    /// makes an adjective or a modifier of it, not a name: "sub-Saharan", "pro-Western",
    /// "anti-Castro", "trans-Atlantic", "ex-Milan". Name particles are part of the name:
    /// "al-Assad", "bin-Talal".
    @inline(__always)
    func isAfterLowerPrefix(_ i: Int) -> Bool {
        guard i >= 2, text.isAttachedToPrevious(i), text.is(i - 1, "-"), text.isAttachedToPrevious(i - 1) else { return false }
        return tok(i - 2).shape == .lower && !cue[i - 2].contains(.particle)
    }

    /// A name of letters and digits that starts with a capital, before a lower-case
    /// programme head: "the EU4Energy initiative", "the Digital4Youth programme".
    func isCodedName(_ i: Int) -> Bool {
        let t = tok(i)
        guard t.kind == .word, t.shape == .alphanumeric, UnicodeProperties.isUpper(UInt32(text.normalized.units[Int(t.start)])),
              units(i).filter({ UnicodeProperties.isLetter(UInt32($0)) }).count >= 3 else { return false }
        return programmeHeadAfter(i + 1)
    }

    /// A year (19xx, 20xx) written right after a name, not the start of a date or a range:
    /// "Strategy 2030", "Agenda 2063".
    func isYearAfterName(_ i: Int) -> Bool {
        guard i < n, i > 0, tok(i).kind == .number, tok(i).shape == .digits, tok(i).length == 4, !tok(i).flags.contains(.lineStart),
              !text.isAttachedToPrevious(i) else { return false }
        if i + 1 < n, text.is(i + 1, "-") || text.is(i + 1, "/") || text.is(i + 1, "."), text.isAttachedToPrevious(i + 1),
           i + 2 < n, tok(i + 2).kind == .number {
            return false
        }
        let u = units(i)
        return u.first == 0x31 && u.dropFirst().first == 0x39 || u.first == 0x32 && u.dropFirst().first == 0x30
    }

    /// Whether a programme noun names the words at `a`: "the scheme, called X", "a programme
    /// known as X", "an initiative dubbed X", "the Regional Connectivity Scheme, known as X".
    func namedProgrammeBefore(_ a: Int) -> Bool {
        var k = a - 1
        guard k >= 1 else { return false }
        if text.is(k, "as"), text.is(k - 1, "known") { k -= 1 }
        if text.is(k, ",") {
            // "the bloc's defence plan, ReArm Europe": a programme noun and the name set off by
            // commas ("the project, Smith said" is no such name)
            var e = a
            while e < n, isCap(e) || tok(e).kind == .number || text.is(e, "-") { e += 1 }
            guard e == n || text.is(e, ",") || text.is(e, ".") || text.is(e, ";") else { return false }
            k -= 1
        } else {
            guard text.is(k, "called") || text.is(k, "named") || text.is(k, "dubbed") || text.is(k, "titled")
                || text.is(k, "known") && k + 1 < a else { return false }
            k -= 1
            if k >= 0, text.is(k, ",") { k -= 1 }
        }
        // ("the Regional Connectivity Scheme, known as UDAN": a programme's name and its other name)
        if k >= 1, text.is(a - 1, "as"), tok(k).shape == .capitalized, cue[k].contains(.programmeHead), isCap(k - 1) { return true }
        guard k >= 0, tok(k).shape == .lower else { return false }
        // (not an adverbial that opens the clause: "Under the plan, Maribor, Koper and five other towns")
        if text.is(a - 1, ","), k >= 2, text.is(k - 1, "the"), Self.clausePrepositions.contains(where: { text.is(k - 2, $0) }) { return false }
        for w: StaticString in ["programme", "program", "scheme", "initiative", "plan", "project", "strategy", "framework",
                                "partnership", "programmes", "programs", "schemes", "initiatives", "projects"] where text.is(k, w) {
            return true
        }
        return false
    }

    /// Whether the hyphen at `j` joins a capitalized prefix to a lower-case word: "Co-operation",
    /// "Pre-accession", "Non-proliferation", "Anti-corruption", "Self-defence".
    func isLowerAfterPrefix(_ j: Int) -> Bool {
        guard j > 0, j + 1 < n, text.isAttachedToPrevious(j), text.isAttachedToPrevious(j + 1), tok(j + 1).shape == .lower,
              tok(j - 1).shape == .capitalized else { return false }
        for p: StaticString in ["co", "pre", "non", "anti", "self", "inter", "multi", "post", "counter", "cross"] where text.is(j - 1, p) {
            return true
        }
        return false
    }

    /// Where the company suffix that ends tokens `a..<b` starts ("Ltd." in "AirTanker Ltd.",
    /// "Co., Ltd."), if they end with one written in lower case or with punctuation.
    func companySuffixStart(_ a: Int, _ b: Int) -> Int? {
        guard b - a >= 2 else { return nil }
        for k in a + 1 ..< b {
            guard let e = companySuffixEnd(at: k) else { continue }
            if e == b || b - k >= 3 && text.is(e, ",") { return k }
        }
        return nil
    }

    /// The end of a company suffix written in lower case or with punctuation ("plc",
    /// "A/S", "Co.", "A.Ş.") starting at token `j`; capitalized suffixes of one word
    /// ("Ltd", "AG") are words of the run like any other.
    func companySuffixEnd(at j: Int) -> Int? {
        guard j < n, j > 0, !tok(j).flags.contains(.lineStart) else { return nil }
        // (spaced inside only after a bracket or an abbreviation: "(Pty) Ltd", "sp. z o.o.",
        // "Sp. z o.o.", "S.A. de C.V."; not "Apple and company executives")
        if let e = phraseEnd(at: j, cue: .companySuffix, limit: n), e > j + 1,
           allIn(j + 1 ..< e, { text.isAttachedToPrevious($0) }) || text.is(j, "(")
            || (tok(j).shape == .lower || tok(j).shape == .capitalized && tok(j).length <= 3 || tok(j).shape == .abbreviation)
                && (units(j).last == 0x2E || text.is(j + 1, ".") && text.isAttachedToPrevious(j + 1)) {
            return e
        }
        guard cue[j].contains(.companySuffix) else { return nil }
        if tok(j).shape == .lower, tok(j).length >= 3, cue[j].isDisjoint(with: Cue(.commonWord, .stop)) { return j + 1 }
        if tok(j).shape == .abbreviation || units(j).last == 0x2E { return j + 1 }
        return nil
    }

    /// Whether a reporting verb and "it" or "its" follow token `b`: "said it", "announced its".
    func saysIt(after b: Int) -> Bool {
        guard b + 1 < n, tok(b).shape == .lower, text.is(b + 1, "it") || text.is(b + 1, "its") else { return false }
        for v: StaticString in ["said", "says", "announced", "reported", "added", "expects", "expected", "posted", "told",
                                "denied", "confirmed", "plans", "planned"] where text.is(b, v) {
            return true
        }
        return false
    }

    /// Whether the words around `a..<b` speak of a listed company: "shares of X", "a stake
    /// in X", "X shares", "X's shares".
    func tradedAround(_ a: Int, _ b: Int) -> Bool {
        if a >= 2, text.is(a - 1, "of") || text.is(a - 1, "in"),
           text.is(a - 2, "shares") || text.is(a - 2, "stake") || text.is(a - 2, "stock") { return true }
        var e = b
        if e + 1 < n, text.is(e, "'s") || text.is(e, "'") { e += 1 }
        return e < n && (text.is(e, "shares") || text.is(e, "stock") && e > b)
    }

    /// Whether the hyphen at `j` joins two names that keep their own spans: a name on
    /// its left ("NATO-Georgia exercise", "Boeing-Air Force"), or one on its right after
    /// a word that is not an ordinary prefix ("Euro-Atlantic" stays whole).
    func splitsCompound(_ j: Int) -> Bool {
        // "Azerbaijan-Uzbekistan Investment Fund", "US-China Business Council": the pair starts a body's name.
        var k = j + 1
        while k < n, k <= j + 7, isCap(k) || text.is(k, "-") && text.isAttachedToPrevious(k) {
            if !cue[k].isDisjoint(with: Cue(.orgHead, .programmeHead)), tok(k).shape == .capitalized, k > j + 1 { return false }
            k += 1
        }
        if let left = gazetteerMatch(at: j - 1), left.end == j { return true }
        return gazetteerMatch(at: j + 1) != nil && !isCommon(j - 1)
    }

    /// The role phrase starting at `k` (role heads, multi-word ones like "Chief
    /// Executive", and modifiers), or nil.
    func roleEnd(at k: Int, limit: Int) -> Int? {
        var e = k
        var lastHead = -1
        while e < limit {
            if let p = phraseEnd(at: e, cue: .role, limit: limit) {
                e = p
                lastHead = p
            } else if cue[e].contains(.role) {
                e += 1
                lastHead = e
            } else if cue[e].contains(.roleModifier) {
                e += 1
            } else if e > k, e + 1 < limit, text.isAttachedToPrevious(e), text.isAttachedToPrevious(e + 1), text.is(e, "-"),
                      !cue[e + 1].isDisjoint(with: Cue(.role, .roleModifier)) {
                // "Lieutenant-Colonel", "Vice-President", "Secretary-General".
                e += 1
            } else if lastHead == e, isCap(e), !cue[e].contains(.firstName),
                      let h = (e + 1 ..< min(e + 3, limit)).first(where: { cue[$0].contains(.role) }),
                      (e ..< h).allSatisfy({ isCap($0) && cue[$0].isDisjoint(with: Cue(.firstName, .orgHead)) }) {
                // The field of a role right after a role's word: "Chief Resident Magistrate",
                // "Chief Veterinary Officer" (not a body's name: "Military Staff Director")
                e = h
            } else {
                break
            }
        }
        // Modifiers after the last head are not part of the role ("Minister Foreign").
        return lastHead > k ? lastHead : nil
    }

    /// The start of a role in lower case that ends right before `a`: "spokesman",
    /// "chief executive" (a role of one or two words).
    /// The lower-case role that names the person `a..<b`: right before it, "spokesman Tom Jones",
    /// "coach Bobby Robson", "chief executive Elon Musk"; or before a comma when the name is set off
    /// by commas after a body's role, ordinary words too, "Its chairman, Sodnomyn Bat-Erdene,
    /// called", "The authority's director-general, Comfort Adomako, said".
    func lowerRoleOfName(_ a: Int, _ b: Int) -> ClosedRange<Int>? {
        let len = b - a
        guard len <= 4, personLength(a, b) == len else { return nil }
        if let r = lowerRoleBefore(a) { return r ... a - 1 }
        guard len >= 2, b < n, text.is(b, ","), a >= 3, text.is(a - 1, ","), let r = roleBeforeComma(a - 1),
              allIn(a ..< b, { tok($0).shape == .capitalized || isJoiner($0) }),
              cue[a].isDisjoint(with: Cue(.demonym, .stop, .role, .honorific)), gazetteerMatch(at: a).map({ $0.end < b }) ?? true
        else { return nil }
        return r ... a - 2
    }

    /// The first token of a lower-case role that ends right before the comma at `comma`
    /// after a possessive or "the": "its chairman,", "the authority's director-general,".
    func roleBeforeComma(_ comma: Int) -> Int? {
        guard comma >= 2, cue[comma - 1].contains(.role), tok(comma - 1).shape == .lower else { return nil }
        var r = comma - 1
        // ("director-general", "deputy chairman": a hyphen or a modifier before the head)
        while r >= 2, comma - r < 4, tok(r - 1).shape == .lower || text.is(r - 1, "-") && text.isAttachedToPrevious(r - 1),
              text.is(r - 1, "-") || !cue[r - 1].isDisjoint(with: Cue(.role, .roleModifier)) { r -= 1 }
        guard r >= 1, Self.possessives.contains(where: { text.is(r - 1, $0) }) else { return nil }
        return r
    }

    /// Words that own a role before a name set off by commas: "its chairman, X,".
    static let possessives: [StaticString] = ["its", "their", "his", "her", "our", "the", "'s"]

    func lowerRoleBefore(_ a: Int) -> Int? {
        guard a > 0, tok(a - 1).shape == .lower else { return nil }
        // "chief executive", also opening a sentence: "Chief executive Thandiwe Mokoena-Ntuli said"
        if a > 1, tok(a - 2).shape == .lower || tok(a - 2).shape == .capitalized && tok(a - 2).flags.contains(.sentenceStart),
           phraseEnd(at: a - 2, cue: .role, limit: a) == a { return a - 2 }
        return cue[a - 1].contains(.role) ? a - 1 : nil
    }

    /// The end of the longest multi-word cue phrase of `cue` starting at `k`.
    func phraseEnd(at k: Int, cue wanted: Cue, limit: Int) -> Int? {
        var node: Int32 = 0
        var j = k
        var best: Int?
        while j < limit, ids[j] >= 0, let next = j == k ? child(root: k) : g.trie.child(node, ids[j]) {
            node = next
            j += 1
            if Cue(rawValue: g.trie.cueAt[Int(node)]).contains(wanted) { best = j }
        }
        return best
    }

    /// How many tokens from `a` (at most four words, before `limit`) can be a person's name.
    /// Particles and inner hyphens join words without counting as one, and the name
    /// ends on a word: "Luiz Inacio Lula da Silva", "Abu Bakr al-Baghdadi".
    func personLength(_ a: Int, _ limit: Int) -> Int {
        guard a < limit, !text.is(a, "-") else { return 0 }
        var k = a
        var words = 0
        while k < limit, words < 4 {
            let c = cue[k]
            if !c.isDisjoint(with: Cue(.orgHead, .programmeHead, .stop, .demonym, .facility)) { break }
            if words == 0, let gz = gazetteerMatch(at: k), gz.end > k + 1 || !cue[k].contains(.firstName) { break }
            if !isJoiner(k) { words += 1 }
            k += 1
        }
        while k > a, isJoiner(k - 1) { k -= 1 }
        return k - a
    }

    /// A lower-case name particle or a hyphen inside a name: "da", "al", the "-" of "al-Assad".
    func isJoiner(_ i: Int) -> Bool {
        tok(i).shape == .lower && cue[i].contains(.particle) || text.is(i, "-") && text.isAttachedToPrevious(i)
    }

    /// A lower-case name particle, or a hyphen next to one: "van", "al" and the "-" of
    /// "al-Assad" and "Ata-ur-Rehman", not the hyphen of "Hewlett-Packard".
    func isParticleJoin(_ i: Int) -> Bool {
        isJoiner(i) && (tok(i).shape == .lower || i > 0 && tok(i - 1).shape == .lower || i + 1 < n && tok(i + 1).shape == .lower)
    }

    /// Whether a town's name goes on at the hyphen `j` with a lower-case preposition and a
    /// second capitalized word: "Sutton-in-Ashfield", "Stratford-upon-Avon", "Southend-on-Sea".
    func townJoin(_ j: Int) -> Bool {
        guard j > 0, j + 3 < n, tok(j).length == 1, tok(j + 2).length == 1, tok(j + 1).shape == .lower,
              text.is(j, "-"), text.is(j + 2, "-"), isCap(j + 3),
              text.isAttachedToPrevious(j), text.isAttachedToPrevious(j + 1), text.isAttachedToPrevious(j + 2), text.isAttachedToPrevious(j + 3)
        else { return false }
        return Self.townPrepositions.contains { text.is(j + 1, $0) }
    }

    /// The prepositions inside English towns' names.
    static let townPrepositions: [StaticString] = ["in", "on", "upon", "under", "le", "by", "next"]

    /// The words of tokens `a..<b` that are no joiners.
    func nameWords(_ a: Int, _ b: Int) -> Int {
        var words = 0
        for i in a ..< b where !isJoiner(i) { words += 1 }
        return words
    }

    func gazetteerLabel(_ i: Int) -> Label? {
        gazetteerMatch(at: i).map { g.entries[Int($0.entry)].label }
    }

    /// Splits a run at roles that stand before a person's name.
    func split(_ run: Range<Int>, into result: inout [Segment]) {
        if let person = personAfterRoleField(run.lowerBound, run.upperBound) {
            result.append(Segment(start: run.lowerBound, end: person.start))
            result.append(person)
            return
        }
        var a = run.lowerBound
        var k = a
        while k < run.upperBound {
            // "Chairman of the Board John Smith" in one run
            if cue[k].contains(.role), k + 2 < run.upperBound, text.is(k + 1, "of") || text.is(k + 1, "for"),
               let person = personAfterRoleField(text.is(k + 2, "the") ? k + 3 : k + 2, run.upperBound) {
                result.append(Segment(start: a, end: person.start))
                result.append(person)
                return
            }
            if let gz = gazetteerMatch(at: k), gz.end > k + 1 || gz.end < run.upperBound && cue[gz.end].contains(.firstName) {
                // A place right before a given name and surname: "United States Barack Obama".
                let label = g.entries[Int(gz.entry)].label
                let rest = gz.end ..< max(gz.end, run.upperBound)
                let nameAfter = rest.count >= 2 && rest.count <= 3 && personLength(gz.end, run.upperBound) == rest.count
                    && allIn(rest) { tok($0).shape == .capitalized && !isCommon($0) && placeInside($0, $0 + 1) == nil }
                // A listed body right before a given name and surname: "NATO Mark Rutte".
                let bodyBeforeName = label == .org && gz.end < run.upperBound && cue[gz.end].contains(.firstName)
                    && rest.count >= 2 && rest.count <= 3 && personLength(gz.end, run.upperBound) == rest.count
                    && allIn(rest) { tok($0).shape == .capitalized && placeInside($0, $0 + 1) == nil }
                // (A place that is also a given name starts the name instead: "Mary Joe Fernandez".)
                let givenPlace = gz.end == k + 1 && cue[k].contains(.firstName) && personLength(k, run.upperBound) == run.upperBound - k
                    && !g.entries[Int(gz.entry)].list.hasPrefix("countries")
                // A listed title ending in a role before a name: "U.S. District Judge Harriet Lindgren".
                let titleBeforeName = label == .misc && cue[gz.end - 1].contains(.role) && gz.end < run.upperBound
                    && personLength(gz.end, run.upperBound) >= 2
                if bodyBeforeName || titleBeforeName || (label == .gpe || label == .loc) && gz.end < run.upperBound && !givenPlace
                    && (cue[gz.end].contains(.firstName) && !isCommon(gz.end) && personLength(gz.end, run.upperBound) >= 2 || nameAfter) {
                    result.append(Segment(start: a, end: gz.end))
                    a = gz.end
                }
                k = gz.end
                continue
            }
            if k > a, !cue[k - 1].isDisjoint(with: Cue(.orgHead, .companySuffix)), cue[k].contains(.firstName), !isCommon(k),
               personLength(k, run.upperBound) >= 2, gazetteerMatch(at: k) == nil {
                result.append(Segment(start: a, end: k))
                a = k
            }
            // ("Dirección General de Aeronáutica Civil": "General" after a body's head is no role)
            if !(k > a && text.is(k, "general") && cue[k - 1].contains(.orgHead)),
               var re = roleEnd(at: k, limit: run.upperBound), re < run.upperBound {
                var roleLast = re - 1
                if text.is(roleLast, "."), roleLast > k { roleLast -= 1 }
                if text.is(re, "."), re + 1 < run.upperBound { re += 1 }
                // ("the Summit County Prosecutor's Office": a possessive after the role is no name)
                var len = text.is(re, "'s") ? 0 : personLength(re, run.upperBound)
                // ("Committee Chairman Sen. Roy Bannerman": a second role cut off by its period)
                if len == 1, re + 1 == run.upperBound, phraseEnd(at: re, cue: .role, limit: min(n, re + 2)) != nil { len = 0 }
                // "Foreign Minister Kossi Adjévi": after a role, a one-word town that is no country
                // before a last word of no other kind is a given name
                if len < 2, re + 2 == run.upperBound, let gz = gazetteerMatch(at: re), gz.end == re + 1,
                   !g.entries[Int(gz.entry)].list.hasPrefix("countries"), tok(re).shape == .capitalized,
                   tok(re + 1).shape == .capitalized, !isCommon(re + 1), gazetteerMatch(at: re + 1) == nil,
                   cue[re + 1].isDisjoint(with: Cue(.stop, .role, .orgHead, .demonym)) {
                    len = 2
                }
                // "Vice Premier He Lifeng": after a role, "He" is the surname, not the pronoun
                if len == 0, text.is(re, "he"), re + 1 < run.upperBound, tok(re + 1).shape == .capitalized, !isCommon(re + 1),
                   cue[re + 1].isDisjoint(with: Cue(.stop, .role)) {
                    len = 2
                }
                // Ordinary words after a role are a name only with a given name or an honorific
                // among them ("Minister Mark Stone", not "Official Security Assistance").
                let nameLike = (re ..< re + len).contains { !isCommon($0) || cue[$0].contains(.firstName) }
                // ("Rival Carrow Group reports": a body's head right after the words names the body)
                let bodyAfter = len == 1 && re + 1 < run.upperBound && cue[re + 1].contains(.orgHead)
                if len > 0, !bodyAfter, nameLike || anyIn(k ..< re, { cue[$0].contains(.honorific) }) {
                    var rs = k
                    while rs > a, cue[rs - 1].contains(.roleModifier) { rs -= 1 }
                    if rs > a {
                        var before = Segment(start: a, end: rs)
                        before.beforeRole = true
                        result.append(before)
                    }
                    var seg = Segment(start: re, end: re + len, label: .person, rule: "person-after-role")
                    seg.role = rs ... re - 1
                    seg.source = .cue("cue-role-heads:", first: roleLast, last: roleLast)
                    seg.strong = true
                    result.append(seg)
                    a = re + len
                    k = a
                    continue
                }
            }
            k += 1
        }
        if a < run.upperBound { result.append(Segment(start: a, end: run.upperBound)) }
    }

    /// A person's name after the field of a role and "of": "Minister of Economy Mikayil
    /// Jabbarov", "Minister of Foreign Affairs Jeyhun Bayramov", "Chairman of the Board
    /// John Smith". The run starts with ordinary words or the head words of bodies (the
    /// field) and ends with two or three words that can be a name.
    /// `f` is the first word of the field, `end` the end of the run; a field of several
    /// runs ("Minister of Digital Development and Transport Rashad Nabiyev") is walked back.
    func personAfterRoleField(_ f: Int, _ end: Int) -> Segment? {
        guard f < end else { return nil }
        // (not the first part of a body's name that goes on after "and": "spokeswoman for the
        // South Moravian Fire and Rescue Service")
        if end + 1 < n, text.is(end, "and"), isCap(end + 1) {
            var e = end + 1
            while e < n, isCap(e) { e += 1 }
            if cue[e - 1].contains(.orgHead) { return nil }
        }
        var of = f - 1
        // Back over the field's earlier words: "Digital Development and" before "Transport".
        var back = 0
        while of > 0, back < 8, text.is(of, "and") || text.is(of, "&") || text.is(of, ",")
                || tok(of).shape == .capitalized && (isCommon(of) || cue[of].contains(.roleModifier)) {
            of -= 1
            back += 1
        }
        if of > 0, text.is(of, "the") { of -= 1 }
        guard of > 0, text.is(of, "of") || text.is(of, "for"), cue[of - 1].contains(.role) else { return nil }
        func isField(_ k: Int) -> Bool {
            isCommon(k) || !cue[k].isDisjoint(with: Cue(.orgHead, .adminHead, .roleModifier)) || text.is(k, "and") || text.is(k, "&")
        }
        func isName(_ p: Int) -> Bool {
            p >= f && (p > f || back > 0) && allIn(f ..< p, isField) && personLength(p, end) == end - p
                && allIn(p ..< end, { tok($0).shape == .capitalized && placeInside($0, $0 + 1) == nil })
        }
        // Three words when the first is a given name and no ordinary word ("Luiz Inacio Lula"),
        // else two, the first a given name or no ordinary word, the last a surname.
        let p: Int
        if end - 3 >= f, cue[end - 3].contains(.firstName), !isCommon(end - 3), isName(end - 3) {
            p = end - 3
        } else if end - 2 >= f, isName(end - 2), cue[end - 2].contains(.firstName) || !isCommon(end - 2),
                  cue[end - 2].contains(.firstName) || cue[end - 1].contains(.surname) || g.hasSurnameEnding(end - 1, in: text) {
            p = end - 2
        } else {
            return nil
        }
        var roleStart = of - 1
        while roleStart > 0, !cue[roleStart - 1].isDisjoint(with: Cue(.role, .roleModifier)) { roleStart -= 1 }
        var seg = Segment(start: p, end: end, label: .person, rule: "person-after-role")
        seg.role = roleStart ... p - 1
        seg.source = .cue("cue-role-heads:", first: of - 1, last: of - 1)
        seg.strong = true
        return seg
    }

    // MARK: East Asian names

    /// Whether tokens `a..<b` are an East Asian name, surname first: a listed surname
    /// (`cue-east-asian-surnames.txt`) and a romanized given name, either one capitalized
    /// word of one to three syllables that is no ordinary word and no listed name ("Xi
    /// Jinping", "Wang Yi"), or two capitalized syllables, one of them no ordinary word
    /// ("Lee Kuan Yew", "Nguyen Xuan Phuc"), or a capitalized syllable, a hyphen and a
    /// lower-case syllable ("Moon Jae-in", "Ban Ki-moon").
    func isEastAsianName(_ a: Int, _ b: Int) -> Bool {
        guard isSurnameFirst(a, b) else { return false }
        switch b - a {
        case 2: return !isCommon(a + 1) && isGivenWord(a + 1)
        case 3: return !(isCommon(a + 1) && isCommon(a + 2)) && isGivenWord(a + 1) && isGivenWord(a + 2)
        default: return true // a hyphenated given name ("Moon Jae-in")
        }
    }

    /// Whether a person's name `a..<b` (found by any rule) is written surname first: a
    /// listed East Asian surname and a romanized given name, though the given name is
    /// also a place ("Wang Donghai"): its surname is its first word.
    func isSurnameFirst(_ a: Int, _ b: Int) -> Bool {
        guard cue[a].contains(.eastAsianSurname), tok(a).shape == .capitalized else { return false }
        switch b - a {
        case 2: return tok(a + 1).shape == .capitalized && isRomanized(a + 1, syllables: 3)
        case 3: return tok(a + 1).shape == .capitalized && tok(a + 2).shape == .capitalized
            && isRomanized(a + 1, syllables: 1) && isRomanized(a + 2, syllables: 1)
        case 4: return hyphenatedGivenName(a + 2)
        default: return false
        }
    }

    /// Whether token `i` can be (part of) a given name on its own evidence: no listed name,
    /// stop word, nationality or cue of another kind.
    func isGivenWord(_ i: Int) -> Bool {
        gazetteerMatch(at: i) == nil && cue[i].isDisjoint(with: Self.notGiven)
    }

    /// The cues that keep a word from being a given name on its own (a constant: an
    /// option-set literal allocates an array wherever it is evaluated).
    static let notGiven: Cue = [.role, .roleModifier, .honorific, .orgHead, .programmeHead, .placeHead, .adminHead,
                                .facility, .miscHead, .companySuffix, .compass, .particle, .stop, .demonym]

    /// Whether the hyphen at `j` joins the two syllables of a given name after a listed
    /// surname: "Moon Jae-in", "Kim Jong-un" (also in "Kim Jong-un-led"), "Ma Ying-jeou".
    func hyphenatedGivenName(_ j: Int) -> Bool {
        j >= 2 && j + 1 < n && tok(j + 1).shape == .lower && text.isAttachedToPrevious(j) && text.isAttachedToPrevious(j + 1)
            && text.is(j, "-") && tok(j - 1).shape == .capitalized && tok(j - 2).shape == .capitalized && cue[j - 2].contains(.eastAsianSurname)
            && isRomanized(j - 1, syllables: 1) && isRomanized(j + 1, syllables: 1)
    }

    /// Whether token `i` reads as one to `syllables` syllables of romanized Chinese (pinyin,
    /// Wade-Giles), Korean or Vietnamese (`DocumentPass.syllables`).
    func isRomanized(_ i: Int, syllables: Int) -> Bool {
        let t = tok(i)
        guard t.kind == .word, t.length <= 6 * syllables else { return false }
        return text.normalized.folded.withUnsafeBufferPointer { f in
            Self.syllables(UnsafeBufferPointer(rebasing: f[t.range]), from: 0, left: syllables)
        }
    }

    /// Whether the case-folded letters `w[k...]` split into one to `left` syllables: an onset
    /// (none, a consonant, or zh ch sh ph th tr kh nh ng kk tt pp ss jj ts hs), a glide y or w
    /// after a consonant, one to three vowels (a e i o u y), and a coda (none, n ng nh m l k
    /// p t c ch ck w). English words such as "Jones" or "Microsystems" do not split so.
    static func syllables(_ w: UnsafeBufferPointer<UInt16>, from k: Int, left: Int) -> Bool {
        guard left > 0, k < w.count else { return false }
        // (Vietnamese letters with their marks read as the letter: "Nguyễn Thị Hồng Nhung")
        @inline(__always) func at(_ p: Int) -> UInt16 { p < w.count ? baseLetter(w[p]) : 0 }
        @inline(__always) func vowel(_ u: UInt16) -> Bool {
            u == 0x61 || u == 0x65 || u == 0x69 || u == 0x6F || u == 0x75 || u == 0x79
        }
        @inline(__always) func consonant(_ u: UInt16) -> Bool { u >= 0x61 && u <= 0x7A && (!vowel(u) || u == 0x79) }
        // Two-letter onsets, their ASCII bytes packed: zh ch sh ph th tr kh nh ng kk tt pp ss jj ts hs.
        let pair = UInt32(at(k)) << 8 | UInt32(at(k + 1))
        let twoLetter: Bool
        switch pair {
        case 0x7A68, 0x6368, 0x7368, 0x7068, 0x7468, 0x7472, 0x6B68, 0x6E68, 0x6E67, 0x6B6B, 0x7474, 0x7070, 0x7373, 0x6A6A,
             0x7473, 0x6873: twoLetter = true
        default: twoLetter = false
        }
        for o in 0 ... 2 {
            if o == 1 && !consonant(at(k)) || o == 2 && !twoLetter { continue }
            var p = k + o
            if o > 0, at(p) == 0x79 || at(p) == 0x77, vowel(at(p + 1)) { p += 1 } // a glide: "Kyung", "Hwang"
            var v = 0
            while v < 3, vowel(at(p + v)) {
                v += 1
                let e = p + v
                // The longest coda first: ng nh ch ck ("Duck" in Korean names), then n m l k p t c w, then none.
                let next = at(e + 1)
                let two = at(e) == 0x6E && (next == 0x67 || next == 0x68) || at(e) == 0x63 && (next == 0x68 || next == 0x6B)
                var one = false
                switch at(e) {
                case 0x6E, 0x6D, 0x6C, 0x6B, 0x70, 0x74, 0x63, 0x77: one = true
                default: break
                }
                for c in stride(from: 2, through: 0, by: -1) where c == 0 || c == 1 && one || c == 2 && two {
                    if e + c == w.count || syllables(w, from: e + c, left: left - 1) { return true }
                }
            }
        }
        return false
    }

    /// The ASCII letter of a lower-case Latin letter with diacritics as Vietnamese writes them
    /// (`ễ` → `e`, `đ` → `d`); other units unchanged.
    static func baseLetter(_ u: UInt16) -> UInt16 {
        switch u {
        case 0xE0 ... 0xE3, 0x103: return 0x61 // à á â ã ă
        case 0xE8 ... 0xEA: return 0x65 // è é ê
        case 0xEC, 0xED, 0x129: return 0x69 // ì í ĩ
        case 0xF2 ... 0xF5, 0x1A1: return 0x6F // ò ó ô õ ơ
        case 0xF9, 0xFA, 0x169, 0x1B0: return 0x75 // ù ú ũ ư
        case 0xFD: return 0x79 // ý
        case 0x111: return 0x64 // đ
        case 0x1EA1 ... 0x1EB7: return 0x61 // ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ
        case 0x1EB9 ... 0x1EC7: return 0x65 // ẹ ẻ ẽ ế ề ể ễ ệ
        case 0x1EC9, 0x1ECB: return 0x69 // ỉ ị
        case 0x1ECD ... 0x1EE3: return 0x6F // ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ
        case 0x1EE5 ... 0x1EF1: return 0x75 // ụ ủ ứ ừ ử ữ ự
        case 0x1EF3 ... 0x1EF9: return 0x79 // ỳ ỵ ỷ ỹ
        default: return u
        }
    }

    // MARK: classification

    /// Drops leading stop words, demonyms and a sentence-initial common word.
    func trim(_ s: inout Segment) {
        while s.start < s.end {
            let a = s.start
            if gazetteerMatch(at: a) != nil, !cue[a].contains(.stop) { return }
            // A count opening the sentence before a name of two words or more, or a head before "of":
            // "Two South African National Defence Force helicopters", "Two Ministry of Health officials",
            // "Several World Health Organization experts"
            if isInitial(a), s.end - a >= 3 || s.end - a == 2 && !cue[a + 1].isDisjoint(with: Cue(.orgHead, .programmeHead))
                && connector(from: s.end, to: s.end + 1) == .of, Self.countWords.contains(where: { text.is(a, $0) }) {
                s.start += 1
                continue
            }
            // A descriptor opening the sentence before a name: "Drugmaker Pfizer Inc said",
            // "Automaker Ford Motor Co." (not before an ordinary word: "Daily Mail", "Network Rail";
            // unless a legal form ends the name: "Carmaker Seri Motor Bhd")
            let afterDash = a >= 1 && (text.is(a - 1, "-") || text.is(a - 1, "–") || text.is(a - 1, "—")) && tok(a - 1).flags.contains(.spaceBefore)
            if isInitial(a) || afterDash, s.end - a >= 2, cue[a].contains(.orgDescriptor), !cue[a].contains(.orgHead),
               tok(a).shape == .capitalized, isCap(a + 1), !isCommon(a + 1) || s.end - a >= 3 && cue[s.end - 1].contains(.companySuffix) {
                s.start += 1
                continue
            }
            let headed = s.end - a >= 2 && !cue[s.end - 1].isDisjoint(with: Cue(.orgHead, .programmeHead))
                || companySuffixStart(a, s.end) != nil
            if cue[a].contains(.stop), !headed || isDeterminer(a) {
                s.start += 1
                continue
            }
            // A sentence-initial ordinary word, unless it is a given name before a surname
            // ("Will Smith", but not "In Jerusalem").
            let startsChain = s.end - a == 1 && !cue[a].isDisjoint(with: Cue(.orgHead, .programmeHead))
                && connector(from: s.end, to: s.end + 1) == .of
            // (nor a place's head that comes first: "Lake Chivero, the largest reservoir, ...";
            // nor a body's head before words that are none: "Bank Negara Malaysia fined the lender")
            let headFirst = s.end - a >= 2 && allIn(a + 1 ..< s.end, { tok($0).shape == .capitalized })
                && (cue[a].contains(.placeHeadFirst)
                    || cue[a].contains(.orgHead) && tok(a).length >= 4 && allIn(a + 1 ..< s.end, { !isCommon($0) && cue[$0].isDisjoint(with: Cue(.orgHead, .stop, .role))
                        && (!cue[$0].contains(.companySuffix) || $0 == s.end - 1) }))
            if isInitial(a), isCommon(a), !headed, !startsChain, !isNameHere(a), !headFirst,
               !(cue[a].contains(.firstName) && s.end - a > 1 && gazetteerMatch(at: a + 1) == nil),
               !isEastAsianName(a, s.end) {
                s.start += 1
                continue
            }
            return
        }
    }

    func isDeterminer(_ i: Int) -> Bool {
        text.is(i, "the") || text.is(i, "a") || text.is(i, "an") || text.is(i, "this") || text.is(i, "that")
            || text.is(i, "these") || text.is(i, "those") || tok(i).length <= 3 && cue[i].contains(.stop)
            // (a preposition opening a sentence: "In Parliament, he said")
            || tok(i).flags.contains(.sentenceStart) && Self.openingPrepositions.contains { text.is(i, $0) }
    }

    /// Counts that open a sentence before a name ("Two Coast Guard vessels").
    static let countWords: [StaticString] = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                             "several", "dozens", "hundreds", "thousands", "many", "some"]

    /// Whether gazetteer entry `e` is a county of `counties-uk.tsv` in a document about cricket
    /// ("cricket", "innings" or "wickets" in it): the county's team, "Essex need another 148".
    func countyTeam(_ e: Int32, at a: Int) -> Bool {
        // (not the county after a preposition of place: "went to play club cricket in Yorkshire")
        g.entries[Int(e)].list.hasPrefix("counties-uk")
            && !(a >= 1 && tok(a - 1).shape == .lower && Self.countyPlacePrepositions.contains { text.is(a - 1, $0) })
            && (0 ..< n).contains { text.is($0, "cricket") || text.is($0, "innings") || text.is($0, "wickets") }
    }

    /// Prepositions before "the" and a competition's name, not a team's: "at the Masters",
    /// "in the Libertadores", "before the Six Nations", "after the Tests".
    static let competitionPrepositions: [StaticString] = ["at", "in", "before", "after", "during", "until", "since", "into"]

    /// Prepositions before a county that make it the place, not its team ("in Yorkshire").
    static let countyPlacePrepositions: [StaticString] = ["in", "near", "around", "across", "throughout"]

    /// Prepositions that open a sentence before a name ("In Parliament", "At Westminster").
    static let openingPrepositions: [StaticString] = ["in", "at", "on", "for", "from", "with", "by", "to", "after", "under", "during", "since"]

    /// Whether a capitalized word of `cue-storm-words.txt` ("Typhoon", "Hurricane") is right
    /// before token `a` or among the first two of `a..<b`.
    func stormBefore(_ a: Int, _ b: Int) -> Bool {
        var k = max(0, a - 1)
        while k < min(b, a + 2) {
            if cue[k].contains(.stormWord), tok(k).shape == .capitalized { return true } // (the cue first: a mask test)
            k += 1
        }
        return false
    }

    /// Labels a segment from the gazetteers, its head word and person cues.
    func classify(_ s: inout Segment) {
        // "CNBC Friday", "Greater Milwaukee Open Thursday": days and months end the name.
        while s.end - s.start > 1, cue[s.end - 1].contains(.stop), isCap(s.end - 1) { s.end -= 1 }
        // A team at the start of a results line keeps its first word ("Red Star 4 4 0").
        while s.start < s.end, isDeterminer(s.start) { s.start += 1 }
        // A state's abbreviation after a dateline's city, though it is also a word: "SPOKANE,
        // Wash. –", "MIAMI, Fla. (AP) –"
        if datelineStateAbbreviation(s.start, s.end) {
            s.end += 1
            s.label = .gpe
            s.rule = "dateline"
            s.strong = true
            return
        }
        // A dateline's city in capitals before its state, though it is also a word ("CANTON,
        // Ohio —"; not a headline's "CRICKET - AUSTRALIA")
        if s.start < s.end, s.end < n, text.is(s.end, ","), tok(s.start).shape == .upper, tok(s.start).flags.contains(.lineStart),
           isDateline(s.start, s.end) {
            s.label = .gpe
            s.rule = "dateline"
            s.strong = true
            return
        }
        // A sport's or a public service's national body: "Tennis Australia", "Athletics Kenya", "Transport
        // Scotland" (not "Kenya" alone)
        if s.end - s.start >= 2, cue[s.start].contains(.sportBody), tok(s.start).shape == .capitalized,
           let gz = gazetteerMatch(at: s.start + 1), gz.end == s.end, g.entries[Int(gz.entry)].label == .gpe {
            s.label = .org
            s.rule = "national-body"
            s.strong = true
            return
        }
        // A name before a role keeps its first word too ("Apple CEO Tim Cook").
        if s.start < s.end, !isTeam(s.start, s.end), !s.beforeRole { trim(&s) }
        guard s.start < s.end else { return }
        let a = s.start, b = s.end, len = b - a
        // "Typhoon Haiyan", "Super Typhoon Haiyan", "Hurricane Melissa": a storm, an event (not
        // "Cyclone Preparedness Programme", whose last word is a head)
        if len <= 3, stormBefore(a, b), cue[b - 1].isDisjoint(with: Cue(.orgHead, .programmeHead, .companySuffix, .placeHead)) {
            s.end = s.start
            return
        }
        // People in results tables: on lines of individual results, or after a lower-case
        // word ("Saeed Anwar c Stewart b Gough 33").
        let afterLowerWord = afterNotation(a)
        if individual[a] && !startsResult(a) || results[a] && afterLowerWord,
           beforeScore(b), personLength(a, b) == len, gazetteerMatch(at: a) == nil {
            s.label = .person
            s.rule = "results-person"
            s.strong = true
            return
        }
        if isTeam(a, b) || matchReportTeam(a, b), !(len >= 2 && (cue[a].contains(.firstName) || tok(a).shape == .initial)), !isCountry(a, b) {
            s.label = .org
            s.rule = "sports-team"
            s.strong = true
            s.team = true
            return
        }
        if isDateline(a, b) {
            s.label = .gpe
            s.rule = "dateline"
            s.strong = true
            return
        }

        // Nationality words before a listed place stay outside ("Jewish West Bank"); before a
        // body they are part of its name, as the corpus writes it ("German Foreign Ministry",
        // "Austrian Energy Agency"). (Not when the short name after it spells it: "Christian
        // Social Union (CSU)"; nor before "Party": "Scottish Labour Party".)
        if len > 1, cue[a].contains(.demonym), !text.is(b - 1, "party"), !(gazetteerMatch(at: a).map { $0.end == b } ?? false),
           gazetteerMatch(at: a + 1).map({ $0.end == b && g.entries[Int($0.entry)].label != .org }) ?? false,
           !(parenAcronym(after: b).map { expansionMatches($0, from: a, to: b) && !expansionMatches($0, from: a + 1, to: b) } ?? false) {
            s.start += 1
            classify(&s)
            return
        }
        // A name before a lower-case "party" is the party, though it is also a place: "the
        // ruling Morena party", "the opposition Likud party" (not an ordinary word or a
        // nationality: "the Labour party", "a German party"; ordinary words of two or three are
        // a name after "the": "the opposition National Renewal party", "the Freedom Front party";
        // not "a New Year party").
        // (also after a hyphened word: "the centre-right Civic Renewal party")
        let theBefore = a >= 1 && text.is(a - 1, "the") || a >= 2 && text.is(a - 2, "the") && tok(a - 1).shape == .lower
            || a >= 4 && text.is(a - 4, "the") && tok(a - 3).shape == .lower && text.is(a - 2, "-") && tok(a - 1).shape == .lower
        if b < n, text.is(b, "party") || text.is(b, "movement"), tok(b).shape == .lower, len <= 3, len >= 2 && theBefore || !isCommon(a), !cue[a].contains(.demonym),
           !isCountry(a, b), allIn(a ..< b, { tok($0).shape == .capitalized || tok($0).shape == .upper }) {
            s.label = .org
            s.rule = "org-before-party"
            s.strong = true
            return
        }
        // A lower-case place head after the name: "the Padma river", "the Chu and Talas rivers",
        // "the Toktogul reservoir" (a city's name too: "Talas"). A country stays a country, and
        // a city before "coast", "bay", "gulf" or "sea" stays a city ("the Baku coast").
        if len <= 3, let head = lowerPlaceHeadAfter(b), !isCountry(a, b), !(head + 1 < n && text.is(head + 1, "of")),
           len > 1 || !looksLikeAdjective(a),
           allIn(a ..< b, { tok($0).shape == .capitalized || text.is($0, "-") }),
           cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym, .stop, .compass)),
           gazetteerLabel(a).map({ $0 == .gpe || $0 == .loc }) ?? true,
           !(gazetteerMatch(at: a).map { $0.end == b } ?? false) || !Self.shoreHeads.contains(where: { text.is(head, $0) }) {
            s.label = text.is(head, "city") || text.is(head, "town") ? .gpe : .loc
            s.rule = "before-place-head"
            s.source = .cue("cue-place-heads:", first: head, last: head)
            s.strong = true
            return
        }
        if let gz = gazetteerMatch(at: a), gz.end == b {
            let label = g.entries[Int(gz.entry)].label
            if label == .misc { return }
            // "the official newspaper Granma": a place's name given to a news outlet
            if label == .gpe || label == .loc, mediaNounBefore(a), !isCountry(a, b) {
                s.label = .org
                s.rule = "org-after-descriptor"
                s.source = .cue("cue-media-nouns:", first: a - 1, last: a - 1)
                s.strong = true
                return
            }
            if label == .org, namedProgrammeBefore(a) {
                s.label = .programme
                s.rule = "named-programme"
                s.strong = true
                return
            }
            // "Essex need another 148": a county's cricket team, in a document about cricket
            if countyTeam(gz.entry, at: a) {
                s.label = .org
                s.rule = "county-team"
                s.source = .entry(gz.entry)
                s.strong = true
                return
            }
            s.label = label
            s.rule = "gazetteer"
            s.source = .entry(gz.entry)
            s.strong = true
            s.entityKey = .entry(gz.entry)
            return
        }
        // "Le Matin newspaper", "the Itar-Tass news agency": the outlet's name (a place's
        // name before one was kept above: "a Moscow newspaper")
        if let m = mediaNounAfter(b), len <= 4, len > 1 || !isCommon(a), cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym)) {
            s.label = .org
            s.rule = "org-before-media-noun"
            s.source = .cue("cue-media-nouns:", first: m, last: m)
            s.strong = true
            return
        }
        // Where a role holder works: "an analyst at Indosuez", "analyst Paula Buratti at
        // Indosuez", "a spokeswoman for Transnet" (places and people stay what they are).
        if len <= 4, affiliationAfterRole(a), !(len >= 2 && cue[a].contains(.firstName) && personLength(a, b) == len),
           len > 1 || !isCommon(a), cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym)), placeInside(a, b) == nil {
            s.label = .org
            s.rule = "org-after-role-at"
            s.strong = true
            return
        }
        // "The scheme, called Future Scholars Armenia": a programme noun names it; or describes it
        // after a comma ("We Travel Together, the government's co-payment scheme").
        // (the whole name only: not "Villages" of "Roads for Villages")
        // (nor a body's name: "the Inter-American Development Bank, the bank's lending plan")
        let appositive = !(a > 0 && (isCap(a - 1) || a > 1 && tok(a - 1).shape == .lower && tok(a - 1).length <= 4 && isCap(a - 2)))
            && cue[b - 1].isDisjoint(with: Cue(.orgHead, .companySuffix)) && programmeAppositive(after: b)
        // ("Ruta Escolar Andina, a programme that pays for buses": described so, even after a given name)
        let described = appositive && programmeDescribed(after: b)
        if namedProgrammeBefore(a) || appositive, described || !(len >= 2 && cue[a].contains(.firstName) && !isCommon(a)),
           cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym)) {
            s.label = .programme
            s.rule = appositive ? "programme-appositive" : "named-programme"
            s.strong = true
            return
        }
        // Head first, joined by particles: "Corporación Nacional del Cobre de Chile", "Banco de la Nación";
        // or a head that is no English word: "Ministerul Afacerilor Externe", "Grupo Televisa".
        // (also an English head before words that are none: "Bank Mandiri", "Bank Negara Malaysia")
        let foreignAfter = len >= 2 && allIn(a + 1 ..< b, { tok($0).shape == .capitalized && !isCommon($0) && cue[$0].isDisjoint(with: Cue(.orgHead, .companySuffix, .stop)) })
        if len >= 3 || len == 2 && (!isCommon(a) && !isInitial(a) || foreignAfter) && cue[a + 1].isDisjoint(with: Cue(.orgHead, .companySuffix)),
           !cue[a].isDisjoint(with: Cue(.orgHead, .programmeHead)), tok(a).shape == .capitalized || clubPrefix(a),
           !isCommon(a) || foreignAfter || anyIn(a + 1 ..< b, { cue[$0].contains(.particle) && tok($0).shape == .lower }) {
            // ("Mission Daksh", "Mission Indradhanush": India's programmes are named so; a programme's
            // head first: "Plan de Modernización Ferroviaria")
            s.label = foreignAfter && text.is(a, "mission") || !cue[a].contains(.orgHead) ? .programme : .org
            s.rule = s.label == .programme ? "programme-head-first" : "org-head-first"
            s.source = .cue("cue-org-heads:", first: a, last: a)
            s.strong = true
            return
        }
        // ("Aoraki Dairy Co-operative": the head written with a hyphen)
        let last: Cue = b - a >= 3 && coOperative(hyphen: b - 2) ? [.orgHead] : cue[b - 1]
        // "Lake Issyk-Kul", "Mount Ararat", "Cape Horn"
        // (not a body's or a programme's name: "River Transport Agency", "Río Vivo Dredging Programme";
        // nor a club's before its officer: "Serra Azul president Marcos Tolentino")
        // (nor a town before its state written short: "Lake Charles, La.", "Mount Vernon, Va.")
        let beforeState = b + 1 < n && text.is(b, ",")
            && gazetteerMatch(at: b + 1).map { g.entries[Int($0.entry)].list.hasPrefix("gpe-state") } == true
        if len >= 2, !beforeState, cue[a].contains(.placeHeadFirst), tok(a).shape == .capitalized, isCap(b - 1), last.isDisjoint(with: Cue(.orgHead, .programmeHead)),
           !(b + 1 < n && cue[b].contains(.role) && tok(b).shape == .lower && isCap(b + 1)),
           allIn(a + 1 ..< b, { tok($0).shape == .capitalized || text.is($0, "-") || text.is($0, ".") || isParticleJoin($0) }) {
            s.label = .loc
            s.rule = "place-head-first"
            s.source = .cue("cue-place-heads-first:", first: a, last: a)
            s.strong = true
            return
        }
        // "Puerto Aguirre", "San Lucas Tolimán", "El Geneina", "São João da Madeira": a town's
        // opening word, not a given name
        // (not a name after "the": "the La Esperanza mine", "the San Diego Padres")
        if len >= 2, !beforeState, cue[a].contains(.townHeadFirst), tok(a).shape == .capitalized, isCap(b - 1), !(a > 0 && text.is(a - 1, "the")),
           last.isDisjoint(with: Cue(.orgHead, .programmeHead, .companySuffix, .facility, .placeHead)),
           !(b + 1 < n && cue[b].contains(.role) && tok(b).shape == .lower && isCap(b + 1)),
           // (nor a body's: "the drivers' union La Fraternidad", "Shares in Los Quillayes fell"; nor
           // a facility's: "the San Matías reservoir")
           !(a > 0 && tok(a - 1).shape == .lower && cue[a - 1].contains(.orgDescriptor)), !tradedAround(a, b), !saysIt(after: b),
           !(b < n && tok(b).shape == .lower && cue[b].contains(.facility)),
           allIn(a + 1 ..< b, { tok($0).shape == .capitalized || text.is($0, "-") || isParticleJoin($0) }) {
            s.label = .gpe
            s.rule = "town-head-first"
            s.source = .cue("cue-town-heads-first:", first: a, last: a)
            // (weak: a person named in full before keeps the name, "El Ouazzani said" after
            // "Agriculture Minister Driss El Ouazzani")
            return
        }
        // "Eastern Lancaster County School District", "Regional Transportation District": a
        // district of a public service is a body
        if len >= 2, text.is(b - 1, "district"), tok(b - 2).shape == .capitalized,
           Self.serviceDistricts.contains(where: { text.is(b - 2, $0) }), len >= 3 || !text.is(b - 2, "school") {
            s.label = .org
            s.rule = "org-head"
            s.source = .cue("cue-admin-heads:", first: b - 1, last: b - 1)
            s.strong = true
            return
        }
        // "in Kogi State", "the capital of Edo State", "Gombe State Governor": a province's name and
        // "State" after a preposition of place, or before a role, are the state (not "Ohio State won")
        if len == 2, listedPlace(a, before: "state"),
           a > 0 && Self.statePrepositions.contains(where: { text.is(a - 1, $0) }) || b < n && cue[b].contains(.role) {
            s.label = .gpe
            s.rule = "place-head"
            s.strong = true
            return
        }
        // "Queensland Health said", "NSW Health": a state's or a city's name and "Health" are its
        // health department (not a country's: "Kenya Health ministry")
        if len == 2, listedPlace(a, before: "health"), b == n || tok(b).shape != .capitalized {
            s.label = .org
            s.rule = "org-head"
            s.strong = true
            return
        }
        // (not a given name and a surname that is also a place's head: "Kevin Marsh", "Brendan Marsh";
        // nor a programme's name before its head: "the Living Islands initiative")
        let programmeNext = b < n && tok(b).shape == .lower
            && (text.is(b, "initiative") || text.is(b, "programme") || text.is(b, "program") || text.is(b, "scheme"))
        if len >= 2, !last.isDisjoint(with: Cue(.placeHead, .adminHead)), !cue[a].contains(.stop), !programmeNext,
           !(len == 2 && cue[a].contains(.firstName) && !isCommon(a) && last.contains(.surname) && !last.contains(.adminHead)
             && !text.is(b - 1, "city") && !text.is(b - 1, "town")) {
            s.label = text.is(b - 1, "city") || text.is(b - 1, "town") || last.contains(.adminHead) ? .gpe : .loc
            s.rule = "place-head"
            s.source = .cue(last.contains(.adminHead) ? "cue-admin-heads:" : "cue-place-heads:", first: b - 1, last: b - 1)
            s.strong = true
            return
        }
        // "Sutton-in-Ashfield": a town's compound name alone
        if len == 5, townJoin(a + 1), tok(a).shape == .capitalized {
            s.label = .gpe
            s.rule = "town-compound"
            s.strong = true
            return
        }
        if len <= 3, allIn(a ..< b, { tok($0).shape == .capitalized || text.is($0, "-") }),
           cue[a].isDisjoint(with: Cue(.stop, .demonym, .compass, .role, .honorific)), anyIn(a ..< b, { !isCommon($0) }),
           let source = placeContext(a, b) {
            // (an unlisted name right before a lower-case "region" is a geographic region, a
            // LOC: "the Kanto region", "the Catatumbo region"; a province is a GPE)
            s.label = b < n && text.is(b, "region") && tok(b).shape == .lower ? .loc : .gpe
            s.rule = "place-context"
            s.source = source
            s.strong = true
            return
        }
        // An island or a river named by the words before it: "the island of Ikaria", "the
        // islands of Hvar and Vis", "ferries across the Padma", "along the Guadalquivir"
        if len == 1 || len <= 3 && allIn(a ..< b, { tok($0).shape == .capitalized || text.is($0, "-") }),
           cue[a].isDisjoint(with: [.stop, .demonym, .compass, .role, .honorific, .firstName]), !isCommon(a), naturalPlaceBefore(a, b) {
            s.label = .loc
            s.rule = "natural-place-context"
            s.strong = true
            return
        }
        // A sentence that opens "In Hamilton, ...": a place, when the name is no listed name or word
        if len <= 2, a >= 1, text.is(a - 1, "in"), tok(a - 1).shape == .capitalized, tok(a - 1).flags.contains(.sentenceStart),
           b < n, text.is(b, ","), allIn(a ..< b, { tok($0).shape == .capitalized && !isCommon($0) }),
           cue[a].isDisjoint(with: [.stop, .demonym, .compass, .role, .honorific, .orgHead]), gazetteerMatch(at: a) == nil {
            s.label = .gpe
            s.rule = "place-opening"
            s.strong = true
            return
        }
        // Bylines: "By Vugar Khalilov" on a line of its own (also "By Aminata Ba": "Ba" is no legal form here).
        if a > 0, text.is(a - 1, "by"), tok(a - 1).flags.contains(.lineStart), b == n || tok(b).flags.contains(.lineStart),
           len >= 2, len <= 4 {
            s.label = .person
            s.rule = "byline"
            s.strong = true
            return
        }
        // A short capitalized suffix after a lower-case role is a surname: "regional director Amadou Ba".
        let roleBefore = a > 0 && cue[a - 1].contains(.role) && tok(a - 1).shape == .lower && personLength(a, b) == len
            && tok(b - 1).length <= 2
        let directorateGeneral = len >= 3 && text.is(b - 2, "-") && text.is(b - 1, "general") && cue[b - 3].contains(.orgHead)
        if directorateGeneral, len == 3 { s.headOnly = .org; return }
        // (so is one after a given name alone: "Marcus Teo")
        let givenAndSurname = len == 2 && cue[a].contains(.firstName) && tok(b - 1).shape == .capitalized && cue[b - 1].contains(.surname)
            && !last.contains(.orgHead)
        let suffixStart = givenAndSurname ? nil : companySuffixStart(a, b)
        let suffixEnds = suffixStart != nil
        if last.contains(.orgHead) || suffixEnds || len >= 2 && last.contains(.companySuffix) && tok(b - 1).shape != .lower
            && !(roleBefore && tok(b - 1).shape == .capitalized) && !givenAndSurname {
            if len == 1 { s.headOnly = .org; return }
            // A minister's portfolio is no body: "Emergency Services Minister Jodie Marrable",
            // "Internal Administration Minister Joana Lobo"
            if !suffixEnds, text.is(b - 1, "services") || text.is(b - 1, "service") || text.is(b - 1, "administration"),
               b < n, text.is(b, "minister") { return }
            s.label = .org
            s.rule = last.contains(.orgHead) && !suffixEnds ? "org-head" : "company-suffix"
            s.source = s.rule == "org-head" ? .cue("cue-org-heads:", first: b - 1, last: b - 1)
                : .cue("cue-company-suffixes:", first: suffixStart ?? b - 1, last: b - 1)
            s.strong = true
            // A body's head before a lower-case programme head names the programme: "the
            // government's Green Ferries programme", "the Free Senior High School programme"
            if !suffixEnds, b < n, cue[b].contains(.programmeHead), tok(b).shape == .lower {
                s.label = .programme
                s.rule = "programme-before-head"
                return
            }
            // A government's fund is a programme of grants: "the federal Housing Accelerator Fund",
            // "the Welsh Government's Economic Resilience Fund" (not "Saudi Arabia's Public Investment Fund")
            if !suffixEnds, text.is(b - 1, "fund"), a > 0,
               text.is(a - 1, "federal") || text.is(a - 1, "'s") && a >= 2 && Self.governmentWords.contains(where: { text.is(a - 2, $0) }) {
                s.label = .programme
                s.rule = "government-fund"
            }
            return
        }
        if last.contains(.programmeHead) {
            if len == 1 { s.headOnly = .programme; return }
            s.label = .programme
            s.rule = "programme-head"
            s.source = .cue("cue-programme-heads:", first: b - 1, last: b - 1)
            // "National Energy Strategy 2035": the year belongs to the name.
            if isYearAfterName(b) { s.end = b + 1 }
            s.strong = true
            return
        }
        // Nationality words before other names stay outside ("Azerbaijani Zakir").
        if len > 1, cue[a].contains(.demonym) {
            s.start += 1
            classify(&s)
            return
        }
        // "&" inside: a firm ("Douglas & Lomason", "Standard & Poor's").
        if len >= 3, anyIn(a ..< b, { text.is($0, "&") }) {
            s.label = .org
            s.rule = "ampersand-name"
            s.strong = true
            return
        }
        if isEastAsianName(a, b) {
            s.label = .person
            s.rule = "east-asian-name"
            s.source = .cue("cue-east-asian-surnames:", first: a, last: a)
            s.strong = true
            return
        }
        // Whose role it is: "Ryanair CEO Michael O'Leary", "Ericsson spokesman Per Zetterquist",
        // "Surrey captain Chris Lewis". Places and nationalities stay what they are.
        // (also with lower-case words of the role's field before it: "Ventoso sports director
        // Enrico Malfatti", "Zorvex chief financial officer Carl Mellander")
        // (not a person's name before a field: "Clinton campaign manager Peter Knight")
        let roleAt = b + 1 < n ? (b ..< min(n - 1, b + 3)).first { cue[$0].contains(.role) && tok($0).shape == .lower } : nil
        let roleAfter = roleAt.map { r in
            isCap(r + 1) && !cue[r + 1].contains(.stop)
                && (r == b || allIn(b ..< r, { tok($0).shape == .lower && tok($0).kind == .word && !cue[$0].contains(.stop) })
                    && cue[a].isDisjoint(with: Cue(.firstName, .surname)))
        } ?? false
        if s.beforeRole || roleAfter,
           placeInside(a, b) == nil, !cue[a].contains(.demonym), !(len >= 2 && cue[a].contains(.firstName)),
           !isCompassDemonym(a, b), len > 1 || !isCommon(a) && !looksLikeAdjective(a),
           // A field of ordinary words is the role's, not a body: "Disaster Management Secretary"
           !(len > 1 && allIn(a ..< b, { isCommon($0) }) && !cue[b - 1].contains(.orgHead)
             && !anyIn(a ..< b, { gazetteerMatch(at: $0) != nil })) {
            // (a town's mayor or a province's governor: "Baños Mayor Lucía Andrade")
            let placeRole = b < n && Self.placeRoles.contains { text.is(b, $0) } && !cue[b - 1].contains(.orgHead)
            s.label = placeRole ? .gpe : .org
            s.rule = placeRole ? "place-before-role" : "org-before-role"
            s.strong = true
            return
        }
        // A descriptor after a comma: "Chrysler, another U.S. car maker", "Ryanair, the
        // Irish airline".
        // (not before a role: "Hendro Wibisono, the ministry's director general"; nor a thing
        // a body owns: "In its Monetary Policy Report, the bank forecast ...")
        if appositiveDescriptor(after: b), placeInside(a, b) == nil, !(len >= 2 && cue[a].contains(.firstName)), !roleAppositive(after: b),
           !(a > 0 && (text.is(a - 1, "its") || text.is(a - 1, "their"))) {
            s.label = .org
            s.rule = "org-appositive"
            s.strong = true
            return
        }
        // A lower-case descriptor right before: "automaker Chrysler", "newspaper Granma";
        // or before a comma, the name set off by commas: "the Italian company, Fiat, will".
        // (a given name that is also a word counts before a surname that is none: "Grant Ellison")
        let personLike = len >= 2 && personLength(a, b) == len && cue[a].contains(.firstName)
            && (!isCommon(a) || cue[b - 1].contains(.surname) && !isCommon(b - 1))
        // (or before "such as": "app operators such as Zuma Rides")
        let descriptor = a > 0 && cue[a - 1].contains(.orgDescriptor) && tok(a - 1).shape == .lower ? a - 1
            : a > 1 && text.is(a - 1, ",") && cue[a - 2].contains(.orgDescriptor) && tok(a - 2).shape == .lower
                && (b == n || text.is(b, ",") || text.is(b, ".")) ? a - 2
            : a > 2 && text.is(a - 1, "as") && text.is(a - 2, "such") && cue[a - 3].contains(.orgDescriptor) && tok(a - 3).shape == .lower ? a - 3
            : nil
        // ("His rival, Shahida Noor Ghuman,": a person's rival is a person)
        // (a name like a person's is one, unless an ordinary word that is no surname ends it right
        // after the descriptor: "low-cost carrier Celeste Air", not "the supplier, Grant Ellison,")
        if let d = descriptor, len <= 4, !personLike || d == a - 1 && isCommon(b - 1) && !cue[b - 1].contains(.surname),
           placeInside(a, b) == nil || d == a - 1,
           cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym)),
           !(d >= 1 && (text.is(d - 1, "his") || text.is(d - 1, "her"))) {
            s.label = .org
            s.rule = "org-after-descriptor"
            s.source = .cue("cue-org-descriptors:", first: d, last: d)
            s.strong = true
            return
        }
        if let role = lowerRoleOfName(a, b) {
            s.label = .person
            s.rule = "person-after-role"
            s.role = role
            s.source = .cue("cue-role-heads:", first: role.upperBound, last: role.upperBound)
            s.strong = true
            return
        }
        if len >= 2, personLength(a, b) == len {
            // "Al" is a given name, but "al-Aqsa" and "Al-Otaibi" start with an article.
            let article = cue[a].contains(.particle) && text.is(a + 1, "-") && text.isAttachedToPrevious(a + 1)
            // An acronym is no given name outside a line in capitals ("NATO Mark Rutte": "Nato" is one).
            let acronym = tok(a).shape == .upper && !tok(a).flags.contains(.capsLine)
            if cue[a].contains(.firstName), tok(a).shape != .lower, !acronym, !article, placeInside(a, a + 1) == nil, !isCommon(b - 1) || cue[b - 1].contains(.surname) || len == 2 && !isCommon(a) && !isInitial(a)
                || len >= 3 && isJoiner(b - 2) && tok(b - 2).shape == .lower /* "Laurence des Cars" */
                || len == 3 && tok(a + 1).shape == .capitalized && !isCommon(a + 1) && cue[a + 1].isDisjoint(with: Self.notGiven) /* "Daniel Kipruto Limo" */ {
                s.label = .person
                s.rule = "first-name"
                s.source = .cue("cue-first-names:", first: a, last: a)
                s.strong = true
                return
            }
            if tok(a).shape == .initial {
                s.label = .person
                s.rule = "initials"
                s.strong = true
                return
            }
            if g.hasSurnameEnding(b - 1, in: text) {
                s.label = .person
                s.rule = "surname-ending"
                s.strong = true
                return
            }
        }
        // A name before a lower-case programme head: "the Bolashak international scholarship
        // programme", "the Global Gateway initiative".
        if programmeHeadAfter(b, nameWords: len), !(isInitial(a) && isCommon(a)), cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym)),
           !(len >= 2 && cue[a].contains(.firstName) && !isCommon(a)) {
            s.label = .programme
            s.rule = "programme-before-head"
            s.strong = true
            return
        }
        // ... and over a year before the head: "the federation's Mar Aberto 2028 programme", "its
        // Vision 2035 plan"
        if isYearAfterName(b), programmeHeadAfter(b + 1, nameWords: len + 1), tok(b + 1).shape == .lower,
           cue[a].isDisjoint(with: Cue(.role, .honorific, .demonym, .stop)), gazetteerMatch(at: a).map({ $0.end < b }) ?? true,
           !(len >= 2 && cue[a].contains(.firstName) && !isCommon(a)) {
            s.end = b + 1
            s.label = .programme
            s.rule = "programme-before-head"
            s.strong = true
            return
        }
        if len == 1, g.hasSurnameEnding(a, in: text), !isCommon(a), tok(a).shape == .capitalized,
           !text.normalized.folded[tok(a).range].reversed().starts(with: [0x6E, 0x61, 0x69]) /* -ian: demonyms */ {
            s.label = .person
            s.rule = "surname-ending"
            return
        }
    }

    /// The first name of a list of single names that ends with token `a` ("Hvar and Vis",
    /// "Baganis, Voskepar and Aygepar"), or `a` itself.
    func listStart(_ a: Int) -> Int {
        var k = a
        while k >= 3, text.is(k - 1, ",") || text.is(k - 1, "and"), tok(k - 2).shape == .capitalized { k -= 2 }
        return k
    }

    /// Whether the words before the name `a..<b` make it an island or a river: "the island
    /// of" (also after a list: "the islands of Hvar and Vis"), or a single capitalized word after
    /// "along the", "across the", "beside the", "up the" ("longboats carried officials up the
    /// Rajang"), with no capitalized word or noun after it.
    func naturalPlaceBefore(_ a: Int, _ b: Int) -> Bool {
        let k = listStart(a)
        if k >= 2, text.is(k - 1, "of"), tok(k - 2).shape == .lower, text.is(k - 2, "island") || text.is(k - 2, "islands") { return true }
        // ("the mouth of the Sado", "the banks of the Kosi")
        if b - a == 1, tok(a).shape == .capitalized, a >= 4, text.is(a - 1, "the"), !(b < n && isCap(b)), text.is(a - 2, "of"),
           tok(a - 3).shape == .lower, Self.riverParts.contains(where: { text.is(a - 3, $0) }), text.is(a - 4, "the") {
            return true
        }
        // (not a modifier of a noun after it: "along the Kostiantynivka front")
        guard b - a == 1, tok(a).shape == .capitalized, a >= 2, text.is(a - 1, "the"), !(b < n && isCap(b)),
              !(b < n && tok(b).shape == .lower && !Self.openingPrepositions.contains { text.is(b, $0) } && !text.is(b, "and")
                && !text.is(b, "where") && !text.is(b, "near")) else { return false }
        return tok(a - 2).shape == .lower && Self.riverPrepositions.contains { text.is(a - 2, $0) }
    }

    /// Whether token `a` is a club's initials that open its name, an org head in capitals of
    /// two or three letters before a capitalized word: "AFC Leopards", "FC Douro Atlético".
    func clubPrefix(_ a: Int) -> Bool {
        tok(a).shape == .upper && tok(a).length >= 2 && tok(a).length <= 3 && cue[a].contains(.orgHead) && a + 1 < n && isCap(a + 1)
            && tok(a + 1).shape == .capitalized
    }

    /// Parts of a river named before "of the" and its name ("the mouth of the Sado").
    static let riverParts: [StaticString] = ["mouth", "banks", "bank", "estuary", "delta", "source", "headwaters"]

    /// Particles of a phrasal noun written with a hyphen inside a name ("Value-up", "Follow-up").
    static let adverbParticles: [StaticString] = ["up", "out", "off", "in", "on"]

    /// Prepositions that open an adverbial before a programme noun: "Under the plan, ...".
    static let clausePrepositions: [StaticString] = ["under", "in", "with", "through", "by", "from", "after", "before"]

    /// Whether token `i` is a capitalized noun of action in "-ion" or "-ment", or `Study`:
    /// "Suppression", "Exploitation", "Settlement".
    func isActionNoun(_ i: Int) -> Bool {
        let t = tok(i), f = text.normalized.folded, e = Int(t.end)
        // ("European Association for the Study of Diabetes")
        if t.shape == .capitalized, text.is(i, "study") { return true }
        guard t.shape == .capitalized, t.length >= 6 else { return false }
        return f[e - 3] == 0x69 && f[e - 2] == 0x6F && f[e - 1] == 0x6E || f[e - 4] == 0x6D && f[e - 3] == 0x65 && f[e - 2] == 0x6E && f[e - 1] == 0x74
    }

    /// Words for a government before its possessive: "the Welsh Government's", "the Home Office's".
    static let governmentWords: [StaticString] = ["government", "office", "ministry", "department", "council", "executive", "treasury"]

    /// Words that open a wire story's credit line in brackets: "(Reporting by ...; Editing by ...)".
    static let creditWords: [StaticString] = ["reporting", "additional", "writing", "editing", "compiled"]

    /// Roles held for a place, not a body: "Baños Mayor Lucía Andrade".
    static let placeRoles: [StaticString] = ["mayor", "governor"]

    /// Prepositions of place before a town's name ("in Larissa", "near Dampier", "flights to Luchon").
    static let placePrepositions: [StaticString] = ["in", "near", "outside", "around", "from", "to", "between"]

    /// A country's adjective in its own language that ends a body's name of two words:
    /// "Renovación Nacional", "Poste Italiane".
    static let nationalAdjectives: [StaticString] = ["nacional", "nationale", "nazionale", "italiana", "italiane"]

    /// The prepositions before a province's name and "State" that make it the state: "in Kogi
    /// State", "the capital of Edo State".
    static let statePrepositions: [StaticString] = ["in", "of", "across", "throughout", "from", "near"]
    /// Words of the sea and of distance before "off" and a place: "ran aground off Paros",
    /// "nine nautical miles off Tanjung Piai", "anchored off Rottnest".
    static let offshoreWords: [StaticString] = ["aground", "sank", "sunk", "capsized", "anchored", "anchor", "anchorage", "moored", "docked",
                                                "miles", "kilometres", "kilometers", "km", "waters", "water", "coast", "reef", "grounds", "sea",
                                                "boat", "ship", "vessel", "tanker", "ferry", "crew", "rescued", "missing", "drowned", "fished",
                                                "fishing", "spotted", "sighted", "seized", "intercepted", "collided", "accident", "quake",
                                                "earthquake", "island", "islands", "waiting", "struck"]
    /// Nouns of the people who live in a place, before "of" and its name: "residents of Penco".
    static let residentNouns: [StaticString] = ["residents", "villagers", "inhabitants", "townspeople", "townsfolk"]
    /// Adjectives of a place near another: "in nearby Nicoadala", "neighbouring Vysočina".
    static let nearbyWords: [StaticString] = ["nearby", "neighbouring", "neighboring"]

    /// Prepositions of place before a town's name of two or three words ("near Acqui Terme").
    static let placePrepositionsForLongNames: [StaticString] = ["in", "near", "outside", "around"]

    /// Prepositions of a way along or across water ("along the Guadalquivir").
    static let riverPrepositions: [StaticString] = ["along", "across", "beside", "up"]

    /// Whether the words around `a..<b` say it is a settlement or an administrative unit:
    /// "the town of X", "the villages of X and Y", "X province", "the X, Y and Z regions".
    /// Returns the cue that said so.
    func placeContext(_ a: Int, _ b: Int) -> SourceRef? {
        // (a name before an age set off by commas is a person's: "the village of Nagykörű,
        // Erzsébet Kocsis, 67, has joined")
        if b + 2 < n, text.is(b, ","), tok(b + 1).kind == .number, text.is(b + 2, ",") { return nil }
        // Back over a list of single names ("of Baganis and Voskepar").
        let k = listStart(a)
        if k >= 2, text.is(k - 1, "of"), tok(k - 2).shape == .lower, cue[k - 2].contains(.settlement) {
            return .cue("cue-settlements:", first: k - 2, last: k - 2)
        }
        // "residents of Penco and Tomé", "villagers of Kalaw": the people of a place
        if k >= 2, text.is(k - 1, "of"), tok(k - 2).shape == .lower || tok(k - 2).flags.contains(.sentenceStart),
           Self.residentNouns.contains(where: { text.is(k - 2, $0) }) {
            return .cue("resident-nouns:", first: k - 2, last: k - 2)
        }
        // "high-lying suburbs such as Northcliff", "towns such as Gunnedah and Narrabri"
        if k >= 3, text.is(k - 1, "as"), text.is(k - 2, "such"), tok(k - 3).shape == .lower, cue[k - 3].contains(.settlement),
           !text.is(k - 3, "mayor"), !text.is(k - 3, "mayors") {
            return .cue("cue-settlements:", first: k - 3, last: k - 3)
        }
        // "In Santos, the country's busiest port,": a settlement's noun heading an apposition
        if b + 2 < n, text.is(b, ","), text.is(b + 1, "the") {
            var e = b + 2
            while e < min(n, b + 7), tok(e).kind == .word || text.is(e, "'s"), !cue[e].contains(.settlement) { e += 1 }
            if e < min(n, b + 7), tok(e).shape == .lower, cue[e].contains(.settlement), !text.is(e, "mayor"), !text.is(e, "mayors"),
               !text.is(e, "capital") || e + 1 >= n || tok(e + 1).kind != .word,
               e + 1 >= n || tok(e + 1).kind != .word && !text.is(e + 1, "'s") || text.is(e + 1, "of") || text.is(e + 1, "in") || text.is(e + 1, "on")
                   || text.is(e + 1, "where") || text.is(e + 1, "near") || text.is(e + 1, "that") || text.is(e + 1, "which") {
                return .cue("cue-settlements:", first: e, last: e)
            }
        }
        // "south of Belle Chasse", "40 km north of Chania": a point of the compass before "of"
        if k >= 2, text.is(k - 1, "of"), tok(k - 2).shape == .lower, cue[k - 2].contains(.compass), b - a <= 2 {
            return .cue("cue-compass:", first: k - 2, last: k - 2)
        }
        // On over a list to a lower-case unit ("Andijan, Namangan and Fergana regions").
        var e = b
        while e + 1 < n, text.is(e, ",") || text.is(e, "and"), isCap(e + 1) {
            e += 2
            while e < n, isCap(e) || text.is(e, "-") && e + 1 < n && isCap(e + 1) { e += 1 }
        }
        if e < n, tok(e).shape == .lower, cue[e].contains(.adminHead) { return .cue("cue-admin-heads:", first: e, last: e) }
        // "the coast near Poti", "shelters near Khepupara at dawn": a name of one or two words
        // after "near", and no noun after it
        if b - a <= 2, a >= 1, text.is(a - 1, "near"), tok(a - 1).shape == .lower,
           b == n || tok(b).kind != .word || text.is(b, "in") || text.is(b, "on") || text.is(b, "at") || text.is(b, "and")
               || text.is(b, "between") || text.is(b, "after") || text.is(b, "before") || text.is(b, "during"),
           !cue[a].contains(.firstName) {
            return .cue("cue-settlements:", first: a - 1, last: a - 1)
        }
        // "from Dayton, Ohio", "in Springfield, Illinois", "Near Kindersley, Sask.", "in Sintra,
        // Portugal,": a town before its state, province or country
        if b - a <= 3, a >= 1, tok(a - 1).shape == .lower || isInitial(a - 1),
           text.is(a - 1, "in") || text.is(a - 1, "from") || text.is(a - 1, "near") || text.is(a - 1, "of") || text.is(a - 1, "at") || text.is(a - 1, "to"),
           b + 1 < n, text.is(b, ","), let gz = gazetteerMatch(at: b + 1), case let list = g.entries[Int(gz.entry)].list,
           list.hasPrefix("subdivisions") || list.hasPrefix("gpe-state")
               || list.hasPrefix("countries") && (gz.end == n || text.is(gz.end, ",") || text.is(gz.end, ".") || text.is(gz.end, ")")) {
            let source: StaticString = list.hasPrefix("subdivisions") ? "subdivisions-iso:" : list.hasPrefix("gpe-state") ? "gpe-state-abbreviations:" : "countries:"
            return .cue(source, first: b + 1, last: gz.end - 1)
        }
        return nil
    }

    /// The place of a wire dateline: "BONN 1996-08-31", "ESCHEN , Liechtenstein 1996-08-31",
    /// "BAKU, Oct 25": at the start of a line (or after the first place and a comma),
    /// right before a date.
    func isDateline(_ a: Int, _ b: Int) -> Bool {
        let first = tok(a).flags.contains(.lineStart)
        let second = a >= 2 && text.is(a - 1, ",") && lineStartSegment(before: a - 1)
        guard first || second, b < n, !tok(b).flags.contains(.lineStart) else { return false }
        if startsDate(b) { return true }
        // In capitals before a dash: "KOUROU – A satellite ...", "DURHAM, N.C. – The council ..."
        // (also joined by hyphens: "CRANS-MONTANA, Switzerland –", "LE MONT-DORE, France –")
        let hyphen = { (k: Int) in k > a && text.is(k, "-") && text.isAttachedToPrevious(k) && k + 1 < b && text.isAttachedToPrevious(k + 1) }
        if nameWords(a, b) <= 3, b - a <= 5,
           allIn(a ..< b, { tok($0).shape == .upper || tok($0).shape == .abbreviation || hyphen($0) }), datelineDash(at: b) { return true }
        guard first, text.is(b, ",") else { return false }
        var e = b + 1
        while e < n, isCap(e), !tok(e).flags.contains(.lineStart) { e += 1 }
        if e + 1 < n, text.is(e, "."), text.isAttachedToPrevious(e) { e += 1 } // "Calif."
        return e > b + 1 && e < n && startsDate(e)
    }

    /// Whether `a..<b` is one capitalized word with its period after a dateline's city in
    /// capitals and a comma, before the dash or an agency in parentheses ("SPOKANE, Wash. –").
    func datelineStateAbbreviation(_ a: Int, _ b: Int) -> Bool {
        guard b == a + 1, b + 1 < n, a >= 2, tok(b).length == 1, tok(a).shape == .capitalized, text.is(b, "."),
              text.is(a - 1, ","), text.isAttachedToPrevious(b), lineStartSegment(before: a - 1) else { return false }
        var k = b + 1
        if text.is(k, "("), k + 2 < n, text.is(k + 2, ")") { k += 3 } // "(AP)"
        return isDatelineDash(k)
    }

    /// Whether token `k` is a dash set off by a space, as after a dateline ("KOUROU – ...").
    func isDatelineDash(_ k: Int) -> Bool {
        k < n && (text.is(k, "–") || text.is(k, "—") || text.is(k, "-")) && !text.isAttachedToPrevious(k)
    }

    /// Whether token `i` is the dash after a dateline, or a comma and one to three capitalized
    /// words before it ("KOUROU –", "DURHAM, N.C. –").
    func datelineDash(at i: Int) -> Bool {
        if isDatelineDash(i) { return true }
        guard i < n, text.is(i, ",") else { return false }
        var k = i + 1
        while k < n, k <= i + 3, isCap(k) || text.is(k, ".") && text.isAttachedToPrevious(k) { k += 1 }
        if k + 2 < n, text.is(k, "("), text.is(k + 2, ")") { k += 3 } // "WHITWELL, Tenn. (AP) —"
        return k > i + 1 && isDatelineDash(k)
    }

    /// Whether capitalized words run from the start of the line to token `end` (exclusive).
    func lineStartSegment(before end: Int) -> Bool {
        var k = end - 1
        while k >= 0, isCap(k) {
            if tok(k).flags.contains(.lineStart) { return true }
            k -= 1
        }
        return false
    }

    /// A year ("1996", "1996-08-31") or a month name before a day.
    func startsDate(_ i: Int) -> Bool {
        let t = tok(i)
        if t.kind == .number, t.length == 4 {
            let u = units(i)
            return u.first == 0x31 && u.dropFirst().first == 0x39 || u.first == 0x32 && u.dropFirst().first == 0x30
        }
        return cue[i].contains(.stop) && isCap(i) && i + 1 < n && tok(i + 1).shape == .digits
    }

    /// Endings of nationality and other adjectives ("Tanzanian", "Sudanese", "Olympic", "Tutsi").
    func looksLikeAdjective(_ i: Int) -> Bool {
        let f = text.normalized.folded[tok(i).range]
        for ending: [UInt16] in [[0x61, 0x6E], [0x65, 0x73, 0x65], [0x69, 0x73, 0x68], [0x69, 0x63], [0x69]]
            where f.count > ending.count + 2 && f.suffix(ending.count).elementsEqual(ending) {
            return true
        }
        return false
    }

    /// Whether ", a/an/the/another ... <organization noun>" follows token `b` within six words.
    func appositiveDescriptor(after b: Int) -> Bool {
        guard b + 2 < n, text.is(b, ",") else { return false }
        var k: Int
        if text.is(b + 1, "a") || text.is(b + 1, "an") || text.is(b + 1, "the") || text.is(b + 1, "another") {
            k = b + 2
        } else {
            // "Jogorku Kenesh, Kyrgyzstan's parliament": a place's possessive
            k = b + 1
            while k < n, k - b <= 3, tok(k).shape == .capitalized { k += 1 }
            guard k > b + 1, k + 1 < n, text.is(k, "'s") || text.is(k, "'") && text.is(k + 1, "s"),
                  placeInside(b + 1, k) != nil else { return false }
            k += text.is(k, "'s") ? 1 : 2
            // a legislature is described so only after a place ("member of parliament" is a person)
            if k < n, tok(k).shape == .lower, text.is(k, "parliament") || text.is(k, "legislature") { return true }
        }
        // (the descriptor heads the apposition, before any "of": not "Nazneen Haque, a
        // vice-president of the association")
        while k < n, k <= b + 7, tok(k).kind == .word || text.is(k, "-"), !text.is(k, "of") {
            // (not a worker's job at a place: "Rokeya Begum, a sewing operator at Nirjhor")
            if cue[k].contains(.orgDescriptor), tok(k).shape == .lower { return !(k + 1 < n && text.is(k + 1, "at")) }
            k += 1
        }
        return false
    }

    /// A name in a sports table before a score, or either side of `v`/`vs`:
    /// "Bristol Rovers 1 Stockport 1", "Essex v Kent".
    func isTeam(_ a: Int, _ b: Int) -> Bool {
        if b < n, isVersus(b) || a > 0 && isVersus(a - 1), !cue[a].contains(.stop) { return true }
        // On a line of individual results, only the name that starts the line is a team
        // ("Warwickshire 195 and 109 ( J. Benjamin 4-17 )").
        let line = results[a] && !afterNotation(a)
            || individual[a] && startsResult(a)
        return line && beforeScore(b) && !cue[a].contains(.stop)
    }

    /// A team named either side of a match word in a sentence with a score or a word of
    /// sport: "Celtic beat Rangers", "Liverpool drew 1-1 with Arsenal", "a 3-1 win over
    /// Rangers", "their defeat to Arsenal". Not a person's name, a role or a nationality.
    func matchReportTeam(_ a: Int, _ b: Int) -> Bool {
        var side = false
        // The subject: "Celtic beat Rangers", "Liverpool drew 1-1 with Arsenal"
        if b < n, cue[b].contains(.matchVerb), tok(b).shape == .lower {
            var k = b + 1
            if k + 2 < n, isMatchScore(k) { k += 3 }
            if k < n, text.is(k, "with") || text.is(k, "to") || text.is(k, "against") || text.is(k, "by") { k += 1 }
            side = k < n && isCap(k)
        }
        // The object: "beat Rangers", "a win over Rangers", "drew 1-1 with Arsenal", "defeat to Arsenal"
        if !side, a >= 1, (max(0, a - 5) ..< a).contains(where: { cue[$0].contains(.matchVerb) }) {
            var k = a - 1
            if text.is(k, "with") || text.is(k, "to") || text.is(k, "over") || text.is(k, "against") || text.is(k, "by") { k -= 1 }
            if k >= 2, isMatchScore(k - 2) { k -= 3 }
            side = k >= 0 && k < a && cue[k].contains(.matchVerb) && tok(k).shape == .lower
        }
        // A nationality word is a team only as a name of its own, no noun after it ("face Celtic in").
        let adjective = cue[a].contains(.demonym) && b < n && tok(b).kind == .word && tok(b).shape == .lower
            && !(text.is(b, "in") || text.is(b, "at") || text.is(b, "on") || text.is(b, "and") || text.is(b, "for") || text.is(b, "with"))
        guard side, !adjective, cue[a].isDisjoint(with: Cue(.stop, .role, .honorific)), !(b - a >= 2 && cue[a].contains(.firstName)),
              !(b - a == 1 && cue[a].contains(.firstName) && !isCommon(a)),
              // "Sampras beat Jiri Novak": a person's name of words that are no ordinary words
              !(b - a >= 2 && personLength(a, b) == b - a && allIn(a ..< b, { !isCommon($0) })) else { return false }
        // The sentence reports a match.
        let s = tok(a).sentence
        var k = a
        while k > 0, tok(k - 1).sentence == s { k -= 1 }
        while k < n, tok(k).sentence == s {
            // (a word of sport in lower case, or heading a name: "the Europa League")
            if isMatchScore(k) || cue[k].contains(.sportsWord) && (tok(k).shape == .lower || k > a && isCap(k - 1)) { return true }
            k += 1
        }
        return false
    }

    /// Whether tokens `k`, `k + 1`, `k + 2` are a match score: "3-1", "1–1".
    func isMatchScore(_ k: Int) -> Bool {
        guard k + 2 < n, tok(k).kind == .number, tok(k + 2).kind == .number, tok(k).length <= 2, tok(k + 2).length <= 2,
              text.isAttachedToPrevious(k + 1), text.isAttachedToPrevious(k + 2) else { return false }
        return text.is(k + 1, "-") || text.is(k + 1, "–")
    }

    /// Whether token `a` starts a line of results, or follows its venue ("Hove : Sussex 363").
    func startsResult(_ a: Int) -> Bool {
        tok(a).flags.contains(.lineStart) || a > 0 && text.is(a - 1, ":")
    }

    /// Whether a short lower-case word of a scorecard comes right before token `a`
    /// ("c Healy b Gough 33", "lbw b Mullally 0"): what follows is a player.
    func afterNotation(_ a: Int) -> Bool {
        guard a > 0, !tok(a).flags.contains(.lineStart), tok(a - 1).kind == .word, tok(a - 1).shape == .lower,
              tok(a - 1).length <= 3 else { return false }
        return !(text.is(a - 1, "and") || isVersus(a - 1) || text.is(a - 1, "at") || text.is(a - 1, "of")
            || text.is(a - 1, "in") || text.is(a - 1, "for") || text.is(a - 1, "to") || text.is(a - 1, "the"))
    }

    /// Whether ", NN," (an age: one or two digits) follows token `b`.
    /// Whether ", who" or a possessive and a word of family follow token `b`: "Widodo, who
    /// left office", "Sukarno's daughter" (a body's "own" or "its" are not: "who" is a person's).
    func personWordAfter(_ b: Int, whose: Bool = false) -> Bool {
        guard b + 1 < n else { return false }
        if text.is(b, ","), text.is(b + 1, whose ? "whose" : "who"), tok(b + 1).shape == .lower { return true }
        if whose { return false }
        guard text.is(b, "'s"), tok(b + 1).shape == .lower else { return false }
        for w: StaticString in ["daughter", "son", "wife", "husband", "widow", "widower", "father", "mother", "brother", "sister",
                                "grandson", "granddaughter", "nephew", "niece", "children", "parents", "family"] where text.is(b + 1, w) {
            return true
        }
        return false
    }

    func ageAfter(_ b: Int) -> Bool {
        guard b + 2 < n, text.is(b, ","), text.is(b + 2, ","), tok(b + 1).kind == .number, tok(b + 1).shape == .digits,
              tok(b + 1).length <= 2 else { return false }
        return true
    }

    /// Whether a score follows token `b`, maybe after a bracketed word: "Mladost ( BJ ) 4".
    func beforeScore(_ b: Int) -> Bool {
        guard b < n else { return false }
        if isScore(b) { return true }
        return b + 3 < n && text.is(b, "(") && text.is(b + 2, ")") && isScore(b + 3)
    }

    /// Whether tokens `a..<b` are exactly a country of the gazetteers (national teams stay places).
    /// Whether "at", "with" or "for" before token `a` follows a lower-case role, or a role
    /// and its holder's name: "analyst at", "analyst Paula Buratti at", "a spokeswoman for".
    func affiliationAfterRole(_ a: Int) -> Bool {
        guard a > 1, tok(a - 1).shape == .lower, text.is(a - 1, "at") || text.is(a - 1, "with") || text.is(a - 1, "for") else { return false }
        if lowerRoleBefore(a - 1) != nil { return true }
        var p = a - 1
        while p > 0, a - 1 - p < 4, isCap(p - 1), !tok(p - 1).flags.contains(.sentenceStart) { p -= 1 }
        return p < a - 1 && personLength(p, a - 1) == a - 1 - p && lowerRoleBefore(p) != nil
    }

    /// Place heads after which a city's name stays the city's: "the Baku coast".
    static let shoreHeads: [StaticString] = ["coast", "bay", "gulf", "sea", "city", "town"]

    /// The lower-case place head after the name ending before token `b`: right after it
    /// ("the Padma river"), or a plural one after "and" or "or" and another name ("the Chu and
    /// Talas rivers"); nil when none.
    func lowerPlaceHeadAfter(_ b: Int) -> Int? {
        guard b < n, tok(b).shape == .lower else { return nil }
        if cue[b].contains(.placeHead) || tok(b).length == 6 && text.is(b, "rivers") { return b }
        guard tok(b).length <= 3, text.is(b, "and") || text.is(b, "or") else { return nil }
        var k = b + 1
        while k < n, k - b <= 3, tok(k).shape == .capitalized || text.is(k, "-") { k += 1 }
        // ("rivers" is no head of a capitalized name: "Mickey Rivers" is a man)
        guard k > b + 1, k < n, tok(k).shape == .lower, cue[k].contains(.placeHead) || text.is(k, "rivers"),
              text.normalized.folded[Int(tok(k).end) - 1] == 0x73 else { return nil }
        return k
    }

    /// Whether a comma at `b` starts an appositive whose head is a lower-case role: ", the
    /// WTO director-general", ", a former minister", ", its chief executive".
    func roleAppositive(after b: Int) -> Bool {
        // (not a relative clause: "Fuerza Surandina, whose candidate, agronomist ...")
        guard b + 2 < n, text.is(b, ","), !text.is(b + 1, "whose"), !text.is(b + 1, "which") else { return false }
        var k = b + 1
        if text.is(k, "a") || text.is(k, "an") || text.is(k, "the") || text.is(k, "its") || text.is(k, "their") || text.is(k, "his")
            || text.is(k, "her") { k += 1 }
        // the body's name or the words of the role's field before its head ("the ministry's
        // director general": a lower-case body before its possessive too)
        while k < n, k - b <= 5, isCap(k) || tok(k).shape == .lower && (cue[k].contains(.roleModifier) || k + 1 < n && text.is(k + 1, "'s"))
                || text.is(k, "'s") { k += 1 }
        guard k < n else { return false }
        // (a role of two words that began among them too: "the bank's executive director")
        if let r = lowerRoleBefore(k + 1), r > b { return true }
        // (or one word before it: "a former bank analyst")
        return k + 1 < n && (lowerRoleBefore(k + 2) == k || tok(k).shape == .lower && lowerRoleBefore(k + 2) == k + 1)
    }

    /// Whether a programme's description follows the name that ends before token `b`, set off
    /// by a comma: "We Travel Together, the government's co-payment scheme", "Reactiva Perú, the
    /// rescue programme", "(SAATM), the African Union's plan". The head ends the description
    /// ("Tan, the strategy director" is a person; "Lee, the plan's author" too).
    func programmeAppositive(after b: Int) -> Bool {
        if programmeDescribed(after: b) { return true }
        var k = b
        if k + 2 < n, text.is(k, "("), text.is(k + 2, ")") { k += 3 }
        guard k + 2 < n, text.is(k, ","), text.is(k + 1, "the") || text.is(k + 1, "a") || text.is(k + 1, "an") else { return false }
        k += 2
        let first = k
        // the owner before its possessive: "the African Union's", "the state's"
        var owner = k
        while owner < n, owner - k < 4, isCap(owner) { owner += 1 }
        if owner < n, text.is(owner, "'s") {
            k = owner + 1
        } else if k + 1 < n, tok(k).shape == .lower, text.is(k + 1, "'s") {
            k += 2
        }
        for _ in 0 ..< 6 {
            guard k < n else { return false }
            let word = tok(k).shape == .lower
            // (a description, not the bare noun: "Launched with a loan from the Inter-American
            // Development Bank, the programme audits ...")
            if word, Self.programmeNouns.contains(where: { text.is(k, $0) }) {
                return k > first && !(k + 1 < n && (text.is(k + 1, "'s") || cue[k + 1].contains(.role)))
            }
            guard word && !Self.phraseWords.contains(where: { text.is(k, $0) }) || tok(k).kind == .number || text.is(k, "-") else { return false }
            k += 1
        }
        return false
    }

    /// Whether a programme's noun after `a` or `an` and a relative clause follows the name
    /// ending before token `b`: ", a programme that pays for buses", ", a scheme which ...",
    /// ", a plan to ...".
    func programmeDescribed(after b: Int) -> Bool {
        guard b + 3 < n, text.is(b, ","), text.is(b + 1, "a") || text.is(b + 1, "an"),
              Self.programmeNouns.contains(where: { text.is(b + 2, $0) }) else { return false }
        return Self.descriptionOpeners.contains { text.is(b + 3, $0) }
    }

    /// Words that open the description after "a programme": "that", "which", "to", "aimed" ...
    static let descriptionOpeners: [StaticString] = ["that", "which", "to", "aimed", "designed", "meant", "intended"]

    /// Heads of a programme's description after its name.
    static let programmeNouns: [StaticString] = ["programme", "program", "scheme", "plan", "initiative", "strategy", "policy"]

    /// Words that begin a clause or a phrase, so that no description of a programme runs through them.
    static let phraseWords: [StaticString] = ["of", "for", "with", "that", "which", "who", "whose", "behind", "in", "on", "to", "at",
                                              "by", "and", "or", "from", "under", "after", "before", "is", "was", "has", "had",
                                              "will", "said", "says"]

    /// Whether a lower-case kind of news outlet comes right before token `a` ("newspaper Granma").
    func mediaNounBefore(_ a: Int) -> Bool {
        a > 0 && cue[a - 1].contains(.mediaNoun) && tok(a - 1).shape == .lower && !text.is(a - 1, "agency")
    }

    /// The lower-case kind of news outlet that starts at token `b`, after a name ("Le Matin
    /// newspaper"; "agency" only as "news agency"), or a body's "press service" or "press
    /// office" ("the Akorda press service"): the token of the noun, or nil.
    func mediaNounAfter(_ b: Int) -> Int? {
        guard b < n, tok(b).shape == .lower else { return nil }
        let pair = b + 1 < n && tok(b).length <= 5 && (text.is(b, "news") && text.is(b + 1, "agency")
            || text.is(b, "press") && (text.is(b + 1, "service") || text.is(b + 1, "office")))
        let noun = pair ? b + 1 : cue[b].contains(.mediaNoun) && !text.is(b, "agency") ? b : nil
        // "the Yugoslav news agency Tanjug": the name comes after the noun
        guard let noun, noun + 1 >= n || !isCap(noun + 1) || tok(noun + 1).flags.contains(.sentenceStart) else { return nil }
        return noun
    }

    func isCountry(_ a: Int, _ b: Int) -> Bool {
        guard let gz = gazetteerMatch(at: a), gz.end == b else { return false }
        return g.entries[Int(gz.entry)].list.hasPrefix("countries")
    }

    /// `v` or `vs` between two teams; "v." is a court case's ("Learning Resources v. Trump").
    @inline(__always)
    func isVersus(_ i: Int) -> Bool {
        guard tok(i).length <= 3, tok(i).shape == .lower else { return false }
        return text.is(i, "v") && !(i + 1 < n && text.is(i + 1, ".") && text.isAttachedToPrevious(i + 1)) || text.is(i, "vs") || text.is(i, "vs.")
    }

    /// Whether token `k` has a capital letter after its first: "MPs", "McLaren".
    func innerCapital(_ k: Int) -> Bool {
        units(k).dropFirst().contains(where: { UnicodeProperties.isUpper(UInt32($0)) })
    }

    /// Whether token `k` is a word of six letters or more ending in "spor" ("Trabzonspor").
    func endsInSpor(_ k: Int) -> Bool {
        let t = tok(k)
        guard t.kind == .word, t.length >= 6 else { return false }
        return text.normalized.folded.withUnsafeBufferPointer { f in
            let e = Int(t.end)
            return f[e - 4] == 0x73 && f[e - 3] == 0x70 && f[e - 2] == 0x6F && f[e - 1] == 0x72
        }
    }

    /// Whether token `k` is the plural of a nationality word: "Americans", "Mexicans".
    func demonymPlural(_ k: Int) -> Bool {
        let t = tok(k)
        return text.normalized.folded.withUnsafeBufferPointer { f in
            let stem = UnsafeBufferPointer(rebasing: f[Int(t.start) ..< Int(t.end) - 1])
            guard let id = g.table.lookup(folded: stem, hash: Tokenizer.hash(stem, 0 ..< stem.count)) else { return false }
            return g.cues(id).contains(.demonym)
        }
    }

    /// Whether token `k` reads as a plural: four letters or more ending in "s" but not "ss",
    /// "us" or "is" ("Ravens", "Canadiens"; not "Congress", "Campus", "Tunis").
    func pluralName(_ k: Int) -> Bool {
        let t = tok(k)
        guard t.kind == .word, t.length >= 4 else { return false }
        return text.normalized.folded.withUnsafeBufferPointer { f in
            let e = Int(t.end)
            return f[e - 1] == 0x73 && f[e - 2] != 0x73 && f[e - 2] != 0x75 && f[e - 2] != 0x69
        }
    }

    /// Whether "the" comes before a name guessed a person and no lower-case word after it: "the
    /// Sereipheap Thmei (New Liberty)" is a newspaper, but "the Marc Dutroux case" a person's.
    func theBeforeName(_ a: Int, _ b: Int) -> Bool {
        a > 0 && text.is(a - 1, "the") && !(b < n && tok(b).kind == .word && tok(b).shape == .lower)
    }

    /// Whether the unknown words `a..<b` stand between a determiner or a possessive and a
    /// lower-case noun, as a name used as a modifier: "the Tsagaan Khad copper mine", "its Camas
    /// Glas farm", "the ministry's Escola Presente plan" (no verb after them: not "-s", "-ed", nor
    /// a word of the title-case function list).
    func modifierBeforeNoun(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, b < n, tok(b).kind == .word, tok(b).shape == .lower, tok(b).length >= 3, !functionWord[Int(word[b])] else { return false }
        let last = text.normalized.folded[Int(tok(b).end) - 1], before = text.normalized.folded[Int(tok(b).end) - 2]
        if last == 0x73 || last == 0x64 && before == 0x65 { return false } // "-s", "-ed"
        if Self.verbsAfterName.contains(where: { text.is(b, $0) }) { return false }
        // (also after a determiner and an adjective: "a reduced Alfa Pendular service")
        func determiner(_ k: Int) -> Bool {
            k >= 0 && (text.is(k, "the") || text.is(k, "its") || text.is(k, "their") || text.is(k, "a") || text.is(k, "an") || text.is(k, "'s"))
        }
        return determiner(a - 1) || a >= 2 && tok(a - 1).shape == .lower && !functionWord[Int(word[a - 1])] && determiner(a - 2)
    }

    /// Verbs that may follow a person's name without "-s" or "-ed": "Juana Pari told", "X will".
    static let verbsAfterName: [StaticString] = ["told", "said", "will", "would", "could", "can", "may", "might", "must", "shall",
                                                "should", "did", "had", "was", "were", "won", "took", "came", "made", "left", "became",
                                                "ran", "got", "gave", "went", "saw", "wrote", "led", "kept", "held", "began", "who"]

    /// Defaults for segments nothing else labelled.
    func fallback(_ s: inout Segment) {
        let a = s.start, b = s.end, len = b - a
        guard len > 0 else { return }
        // A Turkish club's name ends in "spor": "Trabzonspor", "Marmara Demirspor"
        if len <= 3, allIn(a ..< b, { tok($0).shape == .capitalized }), endsInSpor(b - 1) {
            s.label = .org
            s.rule = "club-name"
            return
        }
        // In a report of sport, one or two capitalized words after "the" ending in a plural name
        // a team: "The Ravens hold the tiebreaker", "the Canadiens, eliminated", "the Sea Eagles"
        // (not a nationality: "the Austrians"; nor a name that goes on: "the Eagles of Madrid")
        if sportsReport, len <= 2, a >= 1, text.is(a - 1, "the"), allIn(a ..< b, { tok($0).shape == .capitalized }), pluralName(b - 1),
           !demonymPlural(b - 1), !(a >= 2 && Self.competitionPrepositions.contains(where: { text.is(a - 2, $0) })),
           allIn(a ..< b, { cue[$0].isDisjoint(with: [.stop, .demonym, .role, .honorific, .firstName, .orgHead, .placeHead, .facility,
                                                      .programmeHead, .companySuffix, .miscHead]) }),
           !(b < n && (isCap(b) || text.is(b, "of"))) {
            s.label = .org
            s.rule = "team-nickname"
            return
        }
        // A single unknown name after a preposition of place is a town: "a weather station in
        // Larissa", "crossed the coast near Dampier" (not a word, a nationality, a given name, nor
        // a name that goes on: "in Smith's office", "in Stade Chemicals")
        // ("in nearby Nicoadala", "and neighbouring Vysočina")
        // ("ran aground off Paros", "sank off Calapan": "off" after a word of the sea or of
        // distance, not a verb's particle: "held off Ferrandi")
        // "the Hørsholm-based group", "the Oban-based salmon farmer": a town a body is based in
        if len == 1, b + 1 < n, tok(a).shape == .capitalized, !isCommon(a), text.is(b, "-"), text.isAttachedToPrevious(b),
           text.is(b + 1, "based"), text.isAttachedToPrevious(b + 1), !innerCapital(a),
           cue[a].isDisjoint(with: [.stop, .demonym, .role, .honorific, .firstName, .surname, .orgHead, .programmeHead, .companySuffix]) {
            s.label = .gpe
            s.rule = "place-based"
            return
        }
        let offshore = a >= 2 && text.is(a - 1, "off") && Self.offshoreWords.contains(where: { text.is(a - 2, $0) })
        if len == 1, a >= 1, tok(a).shape == .capitalized, !isCommon(a), tok(a - 1).shape == .lower,
           Self.placePrepositions.contains(where: { text.is(a - 1, $0) }) || Self.nearbyWords.contains(where: { text.is(a - 1, $0) }) || offshore, !innerCapital(a),
           cue[a].isDisjoint(with: [.stop, .demonym, .role, .honorific, .firstName, .orgHead, .programmeHead, .companySuffix]),
           !(b < n && (isCap(b) || text.is(b, "'s") || text.is(b, "-") || text.is(b, ".") && text.isAttachedToPrevious(b) && tok(a).length <= 3
               || tok(b).shape == .lower && cue[b].contains(.facility))) {
            s.label = .gpe
            s.rule = "place-after-preposition"
            return
        }
        // (a name of two or three words after "in", "near", "around" or "outside", when no given
        // name opens it: "a hospital in Kulon Progo", "missing near Acqui Terme")
        if len == 2 || len == 3, a >= 1, tok(a - 1).shape == .lower, Self.placePrepositionsForLongNames.contains(where: { text.is(a - 1, $0) }),
           allIn(a ..< b, { tok($0).shape == .capitalized && cue[$0].isDisjoint(with: [.stop, .demonym, .role, .honorific, .firstName, .orgHead,
                                                                                          .programmeHead, .companySuffix, .placeHead, .facility])
                   || text.is($0, "-") && text.isAttachedToPrevious($0) && $0 > a }),
           anyIn(a ..< b, { !isCommon($0) }), placeInside(a, b) == nil,
           !(b < n && (isCap(b) || text.is(b, "'s") || tok(b).shape == .lower && cue[b].contains(.facility)
                       || b + 1 < n && text.is(b, "and") && isCap(b + 1))) {
            s.label = .gpe
            s.rule = "place-after-preposition"
            return
        }
        // An age set off by commas after a name: "Duran, 45, takes on ...", "Jane Doe, 31, of
        // Leeds".
        // (An ordinary word too when a verb follows the age: "Woods, 49, said".)
        // (Or when the first of two words is none: "Mutale Zulu, 24, who trained".)
        if len <= 3, ageAfter(b), personLength(a, b) == len, allIn(a ..< b, { tok($0).shape == .capitalized }),
           !isCommon(b - 1) || b + 3 < n && tok(b + 3).shape == .lower && cue[b + 3].isDisjoint(with: Cue(.stop, .role))
            || len >= 2 && !isCommon(a),
           cue[a].isDisjoint(with: Cue(.demonym, .stop, .role)) {
            s.label = .person
            s.rule = "person-age"
            return
        }
        // Words only a person takes: "Widodo, who left office", "Sukarno's daughter"; "whose" after
        // two words or more ("Tolu Banks, whose group lobbied").
        // (Not after an article: "the Briton, who", "the Americans, who".)
        // (An ordinary word last after a word that is none: "Harekrushna Swain, who farms".)
        if case let words = nameWords(a, b), words <= 3, personWordAfter(b) || words >= 2 && personWordAfter(b, whose: true), personLength(a, b) == len,
           allIn(a ..< b, { tok($0).shape == .capitalized }),
           !isCommon(b - 1) || words >= 2 && !isCommon(a) && cue[b - 1].isDisjoint(with: Cue(.demonym, .stop, .companySuffix)),
           cue[a].isDisjoint(with: Cue(.demonym, .stop, .role)), words < 3 || cue[a].contains(.firstName),
           !(a > 0 && (text.is(a - 1, "the") || text.is(a - 1, "a") || text.is(a - 1, "an"))) {
            s.label = .person
            s.rule = "person-context"
            return
        }
        if len == 1, isUpperAcronym(a), !isCommon(a), !isRoman(a), cue[a].isDisjoint(with: Cue(.role, .acronymStop)), !currencyPrefix(b), !isCode(before: b) {
            s.label = .org
            s.rule = "acronym"
            return
        }
        // A name set off by a comma before a role: "Ngozi Okonjo-Iweala, the WTO director-general,"
        // (a person, though "Ngozi" is also a province).
        if len >= 2, len <= 4, roleAppositive(after: b), cue[a].isDisjoint(with: Cue(.role, .honorific)),
           allIn(a ..< b, { isJoiner($0) || tok($0).shape == .capitalized
               && cue[$0].isDisjoint(with: Cue(.orgHead, .programmeHead, .stop, .demonym, .facility))
               && cue[$0].isDisjoint(with: Cue(.placeHead, .adminHead)) }),
           gazetteerMatch(at: a).map({ $0.end < b && !g.entries[Int($0.entry)].list.hasPrefix("countries") }) ?? true {
            s.label = .person
            s.rule = "person-appositive-role"
            s.strong = true
            return
        }
        // A place name with other capitalized words: a region ("South China") after a
        // compass word, else an organization named after the place ("Air France",
        // "Statistics Canada", "Boston Red Sox").
        if len >= 2, len <= 4, let place = placeInside(a, b) {
            // "Co Cork", "County Durham": an Irish or British county
            if place.lowerBound == a + 1, place.upperBound == b, text.is(a, "county") || text.is(a, "co"), tok(a).shape == .capitalized {
                s.label = .gpe
                s.rule = "county"
                s.strong = true
                return
            }
            if place.lowerBound > a, allIn(a ..< place.lowerBound, { cue[$0].contains(.compass) }), place.upperBound == b {
                // (an administrative unit before a lower-case unit word, or named "Greater",
                // "Lower", "Upper": "the South Sumatra province", "Greater Poland", "Lower Silesia")
                let unit = b < n && tok(b).shape == .lower && cue[b].contains(.adminHead)
                    || text.is(a, "greater") || text.is(a, "lower") || text.is(a, "upper")
                s.label = unit ? .gpe : .loc
                s.rule = "compass-place"
            } else if looksLikePerson(a, b, place: place) {
                if allIn(a ..< b, { tok($0).shape == .capitalized && !cue[$0].contains(.stop) }) {
                    s.label = .person
                    s.rule = "capitalized-name"
                }
            } else if
                      !anyIn(a ..< b, { !place.contains($0) && isCommon($0) && tok($0).length <= 3 }),
                      !anyIn(a ..< b, { !cue[$0].isDisjoint(with: Cue(.role, .roleModifier)) }) {
                s.label = .org
                s.rule = "place-name-org"
            }
            return
        }
        // "Renovación Nacional", "Audiencia Nacional", "Poste Italiane": a word and
        // a country's adjective in its own language name a body, not a person (not a facility:
        // "the Estadio Nacional")
        if s.end - s.start == 2, tok(s.start).shape == .capitalized, Self.nationalAdjectives.contains(where: { text.is(s.end - 1, $0) }),
           !cue[s.start].contains(.facility) {
            s.label = .org
            s.rule = "org-head"
            s.strong = true
            return
        }
        // Particles may join the words ("Maarten den Bakker", "Abdul Amir al-Anbari"), but
        // then the name must start with a given name: "Casa de Narino" is a building.
        let words = nameWords(a, b)
        let particles = anyIn(a ..< b, { isParticleJoin($0) })
        // (an Arabic name may start with a kunya: "Abu Bakr al-Baghdadi", "Umm Kulthum")
        let kunya = tok(a).shape == .capitalized && (text.is(a, "abu") || text.is(a, "umm"))
        // (or with a given name no list has, when the one particle is an article hyphened to the
        // surname: "Abdelhakim al-Mabrouk"; not a word a list knows: "Kafr el-Sheikh")
        let article = len == 4 && (text.is(a + 1, "al") || text.is(a + 1, "el")) && text.is(a + 2, "-")
            && text.isAttachedToPrevious(a + 2) && text.isAttachedToPrevious(a + 3)
            && !isCommon(a) && gazetteerMatch(at: a) == nil && cue[a].isDisjoint(with: Cue(.stop, .demonym, .role, .orgHead, .placeHead))
        // (four words when each is one romanized syllable: Burmese names, "Aung San Suu Kyi")
        if words >= 2, words <= 3 || words == 4 && len == 4 && allIn(a ..< b, { isRomanized($0, syllables: 1) }), personLength(a, b) == len,
           allIn(a ..< b, { tok($0).shape == .capitalized && !isCommon($0) || isParticleJoin($0) }),
           !particles || cue[a].contains(.firstName) || kunya || article, !theBeforeName(a, b), !modifierBeforeNoun(a, b) {
            s.label = .person
            s.rule = "capitalized-name"
            return
        }
        // (A first word that is an ordinary word and no given name makes a place or a
        // building of it: "Old Trafford", "Great Yarmouth".)
        // (four words with a particle: "Luiz Inacio Lula da Silva")
        if words >= 2, words <= 3 || words == 4 && particles, personLength(a, b) == len, cue[b - 1].contains(.surname), !isCommon(b - 1),
           !isCommon(a) || cue[a].contains(.firstName),
           allIn(a ..< b, { tok($0).shape == .capitalized || tok($0).shape == .initial || isParticleJoin($0) }) {
            s.label = .person
            s.rule = "surname"
            s.source = .cue("cue-surnames:", first: b - 1, last: b - 1)
        }
    }

    /// Whether tokens `a..<b` are a compass word and a nationality: "South African", "North
    /// Korean", "West German" (no names, like the nationality alone).
    func isCompassDemonym(_ a: Int, _ b: Int) -> Bool {
        b - a == 2 && cue[a].contains(.compass) && cue[a + 1].contains(.demonym)
    }

    /// Two words that read as a given name and a surname although one is also a place:
    /// "Chad Curtis", "Wang Donghai", "Ogun Temizkanoglu".
    func looksLikePerson(_ a: Int, _ b: Int, place: Range<Int>) -> Bool {
        // A given name that is also a city before two surnames: "Sofia Amaral Reis"
        if b - a == 3, place == a ..< a + 1, cue[a].contains(.firstName),
           allIn(a + 1 ..< b, { tok($0).shape == .capitalized && tok($0).length >= 3 && !isCommon($0) && cue[$0].isDisjoint(with: Self.notGiven) }) {
            return true
        }
        // An East Asian surname before given names, one of which is also a place: "Phan Minh
        // Đức" ("Đức" is Germany in Vietnamese)
        if b - a == 3, place.lowerBound > a, cue[a].contains(.eastAsianSurname),
           allIn(a ..< b, { tok($0).shape == .capitalized && isRomanized($0, syllables: 1) }) {
            return true
        }
        guard b - a == 2, place.count == 1 else { return false }
        let other = place.lowerBound == a ? a + 1 : a
        if g.hasSurnameEnding(b - 1, in: text) { return true }
        if other == a + 1 {
            // A given name that is also a city, before a name: "Vladimir Putin", "Florence Pugh";
            // a place before a surname: "Torrance Zellner" (not before a given name: "Manchester
            // Victoria", a station)
            guard tok(other).shape == .capitalized, !isCommon(other) else { return false }
            return cue[a].contains(.firstName) || cue[other].contains(.surname) && !cue[other].contains(.firstName)
        }
        // A given name before a place's name: "Tom Jordan" (not a surname: "Holstein Kiel", a team)
        return cue[a].contains(.firstName) && !isCommon(a)
    }

    /// The token range of a GPE or LOC gazetteer entry inside `a..<b`, if any.
    func placeInside(_ a: Int, _ b: Int) -> Range<Int>? {
        for k in a ..< b {
            if let gz = gazetteerMatch(at: k), gz.end <= b, !insideCompound(k, gz.end) {
                let label = g.entries[Int(gz.entry)].label
                if label == .gpe || label == .loc { return k ..< gz.end }
            }
        }
        return nil
    }

    /// Whether the hyphen at `j` writes "Co-operative" or "Co-op", a body's head.
    func coOperative(hyphen j: Int) -> Bool {
        j >= 1 && j + 1 < n && text.is(j, "-") && text.isAttachedToPrevious(j) && text.isAttachedToPrevious(j + 1) && text.is(j - 1, "co")
            && (text.is(j + 1, "operative") || text.is(j + 1, "op"))
    }

    /// Whether token `a` is a listed place of one word that is no country, before the capitalized
    /// word `head` ("Kogi" before "State", "Queensland" before "Health").
    func listedPlace(_ a: Int, before head: StaticString) -> Bool {
        a + 1 < n && text.is(a + 1, head) && tok(a + 1).shape == .capitalized && gazetteerLabel(a) == .gpe && !isCountry(a, a + 1)
            && gazetteerMatch(at: a).map({ $0.end == a + 1 }) ?? false
    }

    /// Whether token `i` is a year of four digits, 19xx or 20xx.
    func isYear(_ i: Int) -> Bool {
        guard i < n, tok(i).kind == .number, tok(i).length == 4 else { return false }
        let u = Array(units(i).prefix(2))
        return u == [0x32, 0x30] || u == [0x31, 0x39]
    }

    /// Whether a party's letter and a hyphen come right before token `a`, as in a US lawmaker's
    /// party and state: "R-Kan.", "D-Texas", "I-Vt.".
    func partyLetter(before a: Int) -> Bool {
        guard a >= 2, text.is(a - 1, "-"), text.isAttachedToPrevious(a), text.isAttachedToPrevious(a - 1) else { return false }
        let u = units(a - 2)
        return u.count == 1 && (u.first == 0x52 || u.first == 0x44 || u.first == 0x49) // R, D, I
    }

    func isRoman(_ i: Int) -> Bool {
        units(i).allSatisfy {
            switch $0 {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: true // I V X L C D M
            default: false
            }
        }
    }

    // MARK: chains

    /// Joins `X of (the) Y`, `X for Y` after a head word, and `X and Y Head`.
    mutating func chain() { segments = chained() }

    /// Segment `s` run on through "of" to the end of `t`, as one name of `label` found by `rule`.
    func joined(_ s: Segment, through t: Segment, as label: Label, rule: RuleName) -> Segment {
        var m = s
        m.end = t.end
        m.label = label
        m.rule = rule
        m.strong = true
        m.headOnly = nil
        m.entityKey = nil
        return m
    }

    /// The segments with their chains joined.
    func chained() -> [Segment] {
        var out: [Segment] = []
        out.reserveCapacity(segments.count)
        var i = 0
        while i < segments.count {
            var s = segments[i]
            i += 1
            // "the cost plan, called Kompass 2028": a year right after a programme's name is the name's
            // (and a range of years after a programme's head: "the Philippine Development Plan 2023-2028")
            if s.label == .programme, s.rule == "named-programme" || s.rule == "programme-appositive" || s.rule == "programme-head", s.end < n,
               isYear(s.end), !text.isAttachedToPrevious(s.end), i >= segments.count || segments[i].start > s.end {
                if s.end + 3 <= n, text.is(s.end + 1, "-"), text.isAttachedToPrevious(s.end + 1), text.isAttachedToPrevious(s.end + 2), isYear(s.end + 2),
                   s.end + 3 == n || tok(s.end + 3).kind == .punctuation || tok(s.end + 3).shape == .lower {
                    s.end += 3
                } else if s.rule != "programme-head", s.end + 1 == n || tok(s.end + 1).kind == .punctuation && !text.is(s.end + 1, "-") || tok(s.end + 1).shape == .lower {
                    s.end += 1
                }
            }
            // "the City of Skopje", "the Municipality of Thessaloniki": a city's government
            if s.end - s.start == 1, text.is(s.start, "city") || text.is(s.start, "municipality"), tok(s.start).shape == .capitalized,
               s.start > 0, text.is(s.start - 1, "the"), i < segments.count, segments[i].start == s.end + 1, text.is(s.end, "of"),
               segments[i].label == .gpe, !text.is(segments[i].start, "london") { // (the City of London is a district)
                out.append(joined(s, through: segments[i], as: .org, rule: "city-government"))
                i += 1
                continue
            }
            // "Gulf of Aden", "Bay of Bengal", "Sea of Japan": a water's head word, "of" and a name
            if cue[s.start].contains(.waterHead), s.end - s.start == 1, i < segments.count, tok(s.start).shape == .capitalized,
               segments[i].start == s.end + 1, text.is(s.end, "of"),
               segments[i].end - segments[i].start <= 2, allIn(segments[i].start ..< segments[i].end, { tok($0).shape == .capitalized }),
               gazetteerMatch(at: s.start).map({ $0.end < segments[i].end }) ?? true {
                var place = joined(s, through: segments[i], as: .loc, rule: "place-of")
                place.source = .cue("cue-water-heads:", first: s.start, last: s.start)
                out.append(place)
                i += 1
                continue
            }
            // "the Youth in Industry Initiative", "the Upgrading of Informal Settlements Programme",
            // "the Baku to Belém Roadmap": capitalized words of no kind of their own (or a place)
            // after "the" or a possessive, and "of", "for", "in" or "to", open a programme's name
            // (also after a lower-case adjective after "the": "the federal Investing in Canada Infrastructure Program")
            if s.label == nil || s.label == .gpe || s.label == .loc, s.end - s.start <= 3, s.start >= 1,
               text.is(s.start - 1, "the") || text.is(s.start - 1, "its") || text.is(s.start - 1, "their") || text.is(s.start - 1, "'s")
                || s.start >= 2 && tok(s.start - 1).shape == .lower && text.is(s.start - 2, "the"),
               allIn(s.start ..< s.end, { tok($0).shape == .capitalized && !cue[$0].contains(.orgHead) }), i < segments.count,
               segments[i].rule == "programme-head", !anyIn(segments[i].start ..< segments[i].end, { text.is($0, "'s") }),
               let gap = connector(from: s.end, to: segments[i].start, programme: true), gap == .of || gap == .in || gap == .to {
                var programme = joined(s, through: segments[i], as: .programme, rule: "programme-head")
                programme.source = segments[i].source
                out.append(programme)
                i += 1
                continue
            }
            // "a restructuring plan called Fit for the Future": a programme's name after "called"
            // goes on over "of" or "for" to a name of no kind of its own
            if s.rule == "named-programme", i < segments.count, connector(from: s.end, to: segments[i].start, programme: true) != nil,
               segments[i].label == nil, !segments[i].strong, segments[i].start < segments[i].end, isCap(segments[i].start) {
                var programme = joined(s, through: segments[i], as: .programme, rule: "named-programme")
                programme.source = s.source
                out.append(programme)
                i += 1
                continue
            }
            // "the Scientific Research and Experimental Development program": a body's head word
            // among the fields a programme is named by
            if s.rule == "org-head", s.start >= 1, text.is(s.start - 1, "the"), i < segments.count,
               connector(from: s.end, to: segments[i].start) == .and, segments[i].rule == "programme-before-head" {
                var programme = joined(s, through: segments[i], as: .programme, rule: "programme-before-head")
                programme.source = segments[i].source
                out.append(programme)
                i += 1
                continue
            }
            let headed = s.headOnly ?? ((s.rule == "org-head" || s.rule == "programme-head" || s.rule == "gazetteer"
                    && (s.label == .org || s.label == .programme)) ? s.label : nil)
            // (a legal form ends a name, unless it is also a head before "of" and a place: "Food
            // Corporation of India")
            if let label = headed, case let legalForm = cue[s.end - 1].contains(.companySuffix),
               !legalForm || text.is(s.end - 1, "corporation") && s.end - s.start <= 3 {
                var merges = 0
                while i < segments.count, merges < 4 {
                    let t = segments[i]
                    guard t.label != .person, let gap = connector(from: s.end, to: t.start, programme: label == .programme)
                    else { break }
                    if legalForm, gap != .of || !(t.label == .gpe || t.label == .loc) { break }
                    let tHeaded = t.rule == "org-head" || t.rule == "programme-head" || t.headOnly != nil
                    // A listed place that runs over "of" ("the Republic of Kazakhstan") is one part.
                    var tEnd = t.end
                    if t.label == nil || t.label == .gpe || t.label == .loc, let gz = gazetteerMatch(at: t.start), gz.end > t.end,
                       g.entries[Int(gz.entry)].label == .gpe || g.entries[Int(gz.entry)].label == .loc {
                        tEnd = gz.end
                    }
                    let tPlace = t.label == .gpe || t.label == .loc || tEnd > t.end
                    if gap == .in {
                        // "European Union Mission in Armenia".
                        guard cue[s.end - 1].contains(.orgHeadIn), tPlace else { break }
                    } else if gap == .and {
                        // A name with its own head is a second organization ("the Massachusetts
                        // Institute of Technology and Seoul National University").
                        // A plural common head continues the list of a body's fields ("Ministry of
                        // Energy and Natural Resources").
                        // (and a field of research: "Institute for Snow and Avalanche Research")
                        let folded = text.normalized.folded
                        let fields = t.rule == "org-head" && isCommon(t.end - 1) && placeInside(t.start, t.end) == nil
                            && (folded[Int(tok(t.end - 1).end) - 1] == 0x73 || text.is(t.end - 1, "research"))
                        // (a head word alone before a named body's fields: "Pharmaceuticals and Medical
                        // Devices Agency")
                        let headWordFirst = merges == 0 && s.headOnly != nil && s.end - s.start == 1 && t.rule == "org-head"
                            && t.end - t.start >= 2 && !tPlace && placeInside(t.start, t.end) == nil
                        // (so is a plural field after a nationality or an ordinary word, before a body's
                        // singular head: "Australian Securities and Investments Commission", "Financial
                        // Services and Markets Authority"; not "Nomura Securities and Daiwa Capital Markets")
                        let fieldsFirst = merges == 0 && s.rule == "org-head" && s.end - s.start == 2
                            && (cue[s.start].contains(.demonym) || isCommon(s.start)) && isCommon(s.end - 1)
                            && folded[Int(tok(s.end - 1).end) - 1] == 0x73 && t.rule == "org-head" && t.end - t.start >= 2
                            && folded[Int(tok(t.end - 1).end) - 1] != 0x73 && !tPlace && placeInside(t.start, t.end) == nil
                        // (and a plural head before a plural field and a singular head: "the Punjab Potato
                        // Growers and Exporters Association")
                        let pluralHeads = merges == 0 && s.rule == "org-head" && s.end - s.start >= 2 && isCommon(s.end - 1)
                            && folded[Int(tok(s.end - 1).end) - 1] == 0x73 && t.rule == "org-head" && t.end - t.start == 2
                            && isCommon(t.start) && folded[Int(tok(t.start).end) - 1] == 0x73 && folded[Int(tok(t.end - 1).end) - 1] != 0x73
                            && !tPlace && placeInside(t.start, t.end) == nil
                        guard headWordFirst || fieldsFirst || pluralHeads || merges > 0, s.rule != "gazetteer", t.label == nil || tHeaded, !tPlace,
                              !(t.rule == "org-head" && t.end - t.start >= 2) || fields || headWordFirst || fieldsFirst || pluralHeads else { break }
                    } else if gap == .to || gap == .on {
                        // "Concept for the Transition to a Green Economy": a programme's goal;
                        // "Committee on Foreign Affairs", "Action Plan on Human Rights": a subject
                        // (also a field named by a plural head: "Portfolio Committee on Correctional Services").
                        let field = gap == .on && t.rule == "org-head" && t.end - t.start >= 2 && isCommon(t.end - 1)
                            && text.normalized.folded[Int(tok(t.end - 1).end) - 1] == 0x73 && placeInside(t.start, t.end) == nil
                        guard t.label == nil || field, t.headOnly == nil, t.start < t.end, isCap(t.start), !cue[t.start].contains(.stop)
                        else { break }
                    } else if merges > 0, !(tHeaded || tPlace),
                              // a head inside the name takes its own field: "... Chambers of Commerce and Industry",
                              // and so does an office's holder: "Office of the Superintendent of Financial Institutions"
                              !(gap == .of && !cue[s.end - 1].isDisjoint(with: Cue(.orgHead, .role)) && t.label == nil && t.headOnly == nil),
                              // and an action named after "for the": "Office for the Suppression of Corruption and
                              // Organised Crime", "International Centre for Settlement of Investment Disputes"
                              !(gap == .of && t.label == nil && t.headOnly == nil && isActionNoun(s.end - 1)) {
                        break
                    } else if t.rule == "gazetteer", t.label == .org || t.label == .programme {
                        break
                    }
                    s.end = tEnd
                    while i + 1 < segments.count, segments[i + 1].start < tEnd { i += 1 }
                    s.label = label == .programme && t.label == .org && t.rule == "org-head" ? .org : label
                    s.rule = s.label == .org ? "org-of-chain" : "programme-chain"
                    s.source = s.source ?? t.source
                    s.headOnly = nil
                    s.strong = true
                    s.entityKey = nil
                    merges += 1
                    i += 1
                }
                if merges > 0 { extendList(&s, &i) }
            } else if s.label == nil, !s.strong, i < segments.count, segments[i].rule == "programme-before-head",
                      let gap = connector(from: s.end, to: segments[i].start), gap == .of || gap == .in,
                      !isInitial(s.start) || !isCommon(s.start) {
                // "the Crossroads of Peace project", "the Friends of Europe initiative", "the Regions
                // in Growth programme".
                s.end = segments[i].end
                s.label = .programme
                s.rule = "programme-before-head"
                s.strong = true
                i += 1
            } else if s.label == .gpe || s.label == nil && !isCommon(s.start), s.end - s.start == 1, i < segments.count,
                      connector(from: s.end, to: segments[i].start) == .and,
                      segments[i].rule == "org-head", segments[i].label == .org, text.is(segments[i].end - 1, "council") {
                // "Dumfries and Galloway Council", "Perth and Kinross Council": the council of two places
                s.end = segments[i].end
                s.label = .org
                s.rule = "org-head"
                s.source = segments[i].source
                s.strong = true
                s.entityKey = nil
                i += 1
            } else if s.label == nil, !s.strong, i < segments.count {
                // "PfP Planning and Review Process", "Peace and Security Council".
                let t = segments[i]
                let listedOrg = t.rule == "gazetteer" && t.label == .org && t.end - t.start >= 2 && s.end - s.start == 1
                    && !isInitial(s.start)
                // (or a plural field that is no ordinary word, after "the": "the Coast Dockworkers and
                // Allied Trades Union")
                let pluralField = s.start >= 1 && text.is(s.start - 1, "the") && tok(s.end - 1).length >= 5
                    && text.normalized.folded[Int(tok(s.end - 1).end) - 1] == 0x73 && !listedOrg
                // (or a national body's first field, after "the": "the National Cyber and Information
                // Security Agency")
                let nationalField = s.start >= 1 && text.is(s.start - 1, "the") && s.end - s.start == 2 && !listedOrg
                    && (text.is(s.start, "national") || text.is(s.start, "federal")) && tok(s.start + 1).shape == .capitalized
                if connector(from: s.end, to: t.start) == .and, t.rule == "org-head" || t.rule == "programme-head" || listedOrg,
                   cue[s.end - 1].contains(.commonWord) || pluralField || nationalField {
                    s.end = t.end
                    s.label = t.label
                    s.rule = listedOrg ? "org-and-chain" : t.rule
                    s.source = t.source
                    s.strong = true
                    i += 1
                    // a nationality word before it and a place after "of" belong to the name: "the
                    // Nigerian Ports and Harbours Authority", "the Oil and Gas Authority of Nigeria"
                    if !listedOrg, s.start >= 1, cue[s.start - 1].contains(.demonym), tok(s.start - 1).shape == .capitalized,
                       out.last.map({ $0.end <= s.start - 1 }) ?? true {
                        s.start -= 1
                    }
                    if !listedOrg, i < segments.count, connector(from: s.end, to: segments[i].start) == .of,
                       segments[i].label == .gpe || segments[i].label == .loc {
                        s.end = segments[i].end
                        i += 1
                    }
                }
            }
            // "the 101st Airborne Division", "the 9th U.S. Circuit Court of Appeals": an ordinal in
            // figures opens a body's name
            if s.label == .org, s.rule == "org-head" || s.rule == "org-of-chain", s.start >= 1, isOrdinalFigure(s.start - 1),
               out.last.map({ $0.end <= s.start - 1 }) ?? true {
                s.start -= 1
            }
            out.append(s)
        }
        return out
    }

    /// Whether token `i` is an ordinal written in figures: "9th", "101st", "2nd".
    func isOrdinalFigure(_ i: Int) -> Bool {
        guard i >= 0, i < n, tok(i).shape == .alphanumeric else { return false }
        let u = units(i)
        guard u.count >= 3, let first = u.first, first >= 0x30, first <= 0x39 else { return false }
        let a = u[u.endIndex - 2] | 0x20, b = u[u.endIndex - 1] | 0x20
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    /// A name, a year and a programme head: "Kazakhstan 2050 Strategy", "Digital Uzbekistan
    /// 2030 Programme". The place in front is part of the programme's name.
    mutating func joinYearProgrammes() {
        var k = 1
        while k < segments.count {
            let t = segments[k], prev = segments[k - 1]
            if t.headOnly == .programme || t.rule == "programme-head", t.start >= 2, prev.end == t.start - 1,
               prev.start < prev.end, prev.label == nil || prev.label == .gpe || prev.label == .loc,
               isYearAfterName(t.start - 1) {
                var merged = Segment(start: prev.start, end: t.end, label: .programme, rule: "programme-head")
                merged.source = .cue("cue-programme-heads:", first: t.end - 1, last: t.end - 1)
                merged.strong = true
                segments.replaceSubrange(k - 1 ... k, with: [merged])
                continue
            }
            k += 1
        }
    }

    /// Takes a list of ordinary capitalized words into an `of` chain: "Ministry of Education,
    /// Science, Culture and Sports". The list must end with "and" and a word (a head word
    /// too: "Ministry of Development, Industry, Trade and Services").
    func extendList(_ s: inout Segment, _ i: inout Int) {
        // (a science in -logy is a field though the lexicon lacks it: "Seismology, Volcanology")
        func field(_ k: Int) -> Bool {
            let f = text.normalized.folded, e = Int(tok(k).end)
            return tok(k).shape == .capitalized && (isCommon(k) || tok(k).length >= 6 && gazetteerMatch(at: k) == nil
                && f[e - 4] == 0x6C && f[e - 3] == 0x6F && f[e - 2] == 0x67 && f[e - 1] == 0x79)
        }
        // (an ordinary word that is also a body's head counts: "Secretariat of Infrastructure,
        // Communications and Transportation")
        func plain(_ j: Int) -> Bool {
            j < segments.count && segments[j].label == nil
                && (segments[j].headOnly == nil || segments[j].headOnly == .org && segments[j].end - segments[j].start == 1)
                && allIn(segments[j].start ..< segments[j].end, field)
        }
        // (the last field may be a head word alone: "Ministry of Development, Industry, Trade and Services")
        func last(_ j: Int) -> Bool {
            plain(j) || j < segments.count && segments[j].end - segments[j].start == 1 && segments[j].label != .person
                && isCommon(segments[j].start) && tok(segments[j].start).shape == .capitalized
        }
        var e = s.end, j = i
        while e < n, text.is(e, ","), plain(j), segments[j].start == e + 1 {
            e = segments[j].end
            j += 1
        }
        guard j > i, e < n, text.is(e, "and"), last(j), segments[j].start == e + 1 else { return }
        s.end = segments[j].end
        i = j + 1
        // ("National Museum of Archaeology, Anthropology and History of Peru": a country after the list)
        if i < segments.count, connector(from: s.end, to: segments[i].start) == .of,
           let gz = gazetteerMatch(at: segments[i].start), gz.end == segments[i].end, g.entries[Int(gz.entry)].list.hasPrefix("countries") {
            s.end = segments[i].end
            i += 1
        }
    }

    /// Joins the fields listed with commas before a body's name that ends "X and Y Head":
    /// "Senate Commerce, Science and Transportation Committee", "Senate Health, Education,
    /// Labor and Pensions Committee". Each field is one or two ordinary capitalized words; the
    /// first may follow a listed body ("Senate", "House") or open with a place ("Philippine").
    mutating func joinFieldLists() {
        var k = 0
        while k < segments.count {
            defer { k += 1 }
            let s = segments[k]
            guard s.label == .org, s.rule == "org-head", s.end - s.start >= 3, (s.start ..< s.end).contains(where: { text.is($0, "and") }),
                  s.start >= 3, text.is(s.start - 1, ",") else { continue }
            var start = s.start, j = k
            while start >= 3, text.is(start - 1, ","), j > 0, segments[j - 1].end == start - 1 {
                let field = segments[j - 1]
                // (the first field may open with a place: "Philippine Atmospheric, Geophysical and
                // Astronomical Services Administration")
                let placeField = field.end - field.start == 2 && isCommon(field.end - 1) && tok(field.end - 1).shape == .capitalized
                    && (cue[field.start].contains(.demonym) || placeInside(field.start, field.start + 1) != nil)
                guard field.label == nil || placeField, field.headOnly == nil, field.end - field.start <= 2,
                      placeField || allIn(field.start ..< field.end, { tok($0).shape == .capitalized && isCommon($0) }) else { break }
                start = field.start
                j -= 1
                if placeField { break }
                // (a listed body opens the first field: "Senate Commerce")
                if j > 0, segments[j - 1].end == start, segments[j - 1].label == .org, segments[j - 1].rule == "gazetteer" {
                    start = segments[j - 1].start
                    j -= 1
                    break
                }
            }
            guard j < k, start < s.start else { continue }
            var merged = s
            merged.start = start
            merged.entityKey = nil
            segments.replaceSubrange(j ... k, with: [merged])
            k = j
        }
        // "the Teifi and Towy University Health Board": after "the", a word of no other kind
        // joined by "and" to a body's name of three words or more is its first field
        k = 1
        while k < segments.count {
            defer { k += 1 }
            let s = segments[k], f = segments[k - 1]
            guard s.label == .org, s.rule == "org-head", s.end - s.start >= 3, s.start >= 3, text.is(s.start - 1, "and"),
                  f.end == s.start - 1, f.end - f.start == 1, f.label == nil, f.headOnly == nil, f.start >= 1, text.is(f.start - 1, "the"),
                  tok(f.start).shape == .capitalized, !isCommon(f.start), gazetteerMatch(at: f.start) == nil,
                  cue[f.start].isDisjoint(with: Cue(.firstName, .stop, .demonym, .role)) else { continue }
            var merged = s
            merged.start = f.start
            merged.entityKey = nil
            segments.replaceSubrange(k - 1 ... k, with: [merged])
            k -= 1
        }
    }

    /// Facilities and routes are not annotated, nor the names inside them: a segment
    /// ending in a facility word ("Middle Corridor"), or a compound or multi-word
    /// segment right before one ("Baku-Tbilisi-Ceyhan pipeline"). Nor are events,
    /// awards, indices and treaties ("World Cup", "Paris Agreement"), nor ships ("the ferry
    /// Adi Vuniwai").
    mutating func suppressFacilities() {
        blocked = blockedTokens()
        for k in segments.indices where segments[k].start < segments[k].end && blocked[segments[k].start] {
            segments[k].label = nil
            segments[k].strong = false
            segments[k].end = segments[k].start
        }
    }

    /// The tokens `suppressFacilities` blocks.
    func blockedTokens() -> [Bool] {
        var blocked = [Bool](repeating: false, count: n)
        // Listed non-entities (indices, products, events): nothing inside them is a name.
        // Nor is a maker's name before a model designation ("Airbus A400M", "Boeing 737s").
        var i = 0
        while i < n {
            if let gz = gazetteerMatch(at: i) {
                let label = g.entries[Int(gz.entry)].label
                let model = label == .org && gz.end < n && tok(gz.end).shape == .alphanumeric && !text.isAttachedToPrevious(gz.end)
                // (a given name before a surname is no listed thing: "Brent Lavallée", not "Brent crude")
                let givenName = label == .misc && gz.end == i + 1 && cue[i].contains(.firstName) && gz.end < n
                    && tok(gz.end).shape == .capitalized && !isCommon(gz.end)
                if label == .misc && !givenName || model {
                    for t in i ..< (model ? gz.end + 1 : gz.end) { blocked[t] = true }
                }
                i = gz.end
            } else {
                i += 1
            }
        }
        // A capitalized facility word with "of" names the facility: "Port of Baku",
        // "Bridge of Friendship" (a lower-case "the port of Aktau" is the city's); so does the
        // head of an event's name: "Tour of Slovenia", "Treaty of Baden".
        for i in 0 ..< n where i + 2 < n && !cue[i].isDisjoint(with: Cue(.facility, .miscHead)) && tok(i).shape == .capitalized
            && text.is(i + 1, "of") && isCap(i + 2) {
            if let gz = gazetteerMatch(at: i), gz.end > i + 2 { continue } // "Port of Spain"
            var e = i + 2
            while e < n, isCap(e), !tok(e).flags.contains(.lineStart) || e == i + 2 { e += 1 }
            for t in i ..< e { blocked[t] = true }
        }
        for k in segments.indices {
            let s = segments[k]
            guard s.start < s.end else { continue }
            // (not a listed body: "Canadian National Railway"; nor a body's field after its head:
            // "Ministry of Roads and Highways")
            let inside = s.end - s.start >= 2 && !cue[s.end - 1].isDisjoint(with: Cue(.facility, .miscHead))
                && !(gazetteerMatch(at: s.start).map { $0.end == s.end && g.entries[Int($0.entry)].label == .org } ?? false)
                && !anyIn(s.start ..< s.end - 1, { cue[$0].contains(.orgHead) && (text.is($0 + 1, "of") || text.is($0 + 1, "for")) })
            let before = s.end < n && cue[s.end].contains(.facility) && tok(s.end).shape == .lower
                && (s.end - s.start >= 2 || s.start > 0 && text.is(s.start - 1, "-") && text.isAttachedToPrevious(s.start))
            // An event's name of two words or more before a lower-case head: "the TEKNOFEST
            // Azerbaijan festival" (a body's or a place's own name stays one: "the NATO summit").
            let event = s.end - s.start >= 2 && s.end < n && cue[s.end].contains(.miscHead) && tok(s.end).shape == .lower
                && !(gazetteerMatch(at: s.start).map { $0.end == s.end } ?? false) && s.label != .person
                && !anyIn(s.start ..< s.end, { !cue[$0].isDisjoint(with: Cue(.orgHead, .companySuffix)) })
            // A vessel's name after a lower-case word for a ship: "the ferry Adi Vuniwai", "the
            // cruise ship Aurora Meridian".
            let vessel = s.end - s.start <= 4 && s.start >= 1 && cue[s.start - 1].contains(.vessel) && tok(s.start - 1).shape == .lower
            if inside || before || event || vessel {
                var lo = s.start
                while lo >= 2, text.is(lo - 1, "-"), text.isAttachedToPrevious(lo), text.isAttachedToPrevious(lo - 1) { lo -= 2 }
                for t in lo ..< s.end { blocked[t] = true }
            }
        }
        // The header's publisher is named as written ("By Nikkei Asia", though "Nikkei" is an index).
        if let header { for t in header { blocked[t] = false } }
        return blocked
    }

    /// Whether tokens `a..<b` are one part of a hyphenated compound whose other parts
    /// are capitalized words that are not names themselves ("Euro-Atlantic").
    func insideCompound(_ a: Int, _ b: Int) -> Bool {
        if a >= 2, text.is(a - 1, "-"), text.isAttachedToPrevious(a), text.isAttachedToPrevious(a - 1), isCap(a - 2),
           gazetteerMatch(at: a - 2) == nil { return true }
        if b + 1 < n, text.is(b, "-"), text.isAttachedToPrevious(b), text.isAttachedToPrevious(b + 1), isCap(b + 1),
           gazetteerMatch(at: b + 1) == nil { return true }
        return false
    }

    /// Whether segment `k` is joined by "and", "or" or a comma to a neighbour that is an
    /// organization by a list or a head word.
    func coordinatedWithOrg(_ k: Int, in segments: [Segment]) -> Bool {
        func isOrg(_ j: Int) -> Bool {
            segments.indices.contains(j) && segments[j].label == .org && segments[j].strong
        }
        func joins(_ from: Int, _ to: Int) -> Bool {
            to - from == 1 && (text.is(from, "and") || text.is(from, "or") || text.is(from, ","))
        }
        let s = segments[k]
        if k > 0, isOrg(k - 1), joins(segments[k - 1].end, s.start) { return true }
        if k + 1 < segments.count, isOrg(k + 1), joins(s.end, segments[k + 1].start) { return true }
        return false
    }

    /// Whether segment `k` is one of a list of places with at least two others: "Puno, Cusco
    /// and Apurímac", "Apurímac, Puno and Cusco"; or with one after "between": "between
    /// Mallow and Tralee"; or after places that a preposition of place opens: "in Ennis and
    /// Nenagh".
    func coordinatedWithPlaces(_ k: Int, in segments: [Segment]) -> Bool {
        func isPlace(_ j: Int) -> Bool { segments.indices.contains(j) && segments[j].label == .gpe }
        func joins(_ j: Int) -> Bool {
            let from = segments[j].end, to = segments[j + 1].start
            return to - from == 1 && (text.is(from, "and") || text.is(from, "or") || text.is(from, ","))
        }
        let before = k > 0 && isPlace(k - 1) && joins(k - 1)
        let after = k + 1 < segments.count && isPlace(k + 1) && joins(k)
        // ("between Mallow and Tralee": one place named with "between" is enough)
        func between(_ j: Int) -> Bool { segments[j].start > 0 && text.is(segments[j].start - 1, "between") }
        let s = segments[k]
        if before, text.is(s.start - 1, "and"), between(k - 1) { return true }
        if after, text.is(s.end, "and"), between(k) { return true }
        // (or with places before it that a preposition of place opens: "in Galle and Kandy",
        // "in Slamannan, Bonnybridge, Airth")
        if before, !demonymPlural(s.start) {
            var j = k - 1
            while j > 0, isPlace(j - 1), joins(j - 1) { j -= 1 }
            let first = segments[j].start
            if first >= 1, tok(first - 1).shape == .lower, Self.placePrepositions.contains(where: { text.is(first - 1, $0) }) { return true }
        }
        return before && after || before && isPlace(k - 2) && joins(k - 2) || after && isPlace(k + 2) && joins(k + 1)
    }

    enum Connector { case of, and, `in`, to, on }

    /// What joins token `end` to `start`: `of`, `of the`, `for`, `for the`, `and`, `in`, `on`; in a
    /// programme's name also `to`, `to a`, `to the`.
    func connector(from end: Int, to start: Int, programme: Bool = false) -> Connector? {
        guard end < start, start - end <= 2, start < quiet.count, !quiet[end] else { return nil }
        if programme, text.is(end, "to"), start - end == 1 || text.is(end + 1, "a") || text.is(end + 1, "the") { return .to }
        // (not a date after "on": "the Halifax Infirmary on Jan. 6")
        if start - end == 1, text.is(end, "on") {
            let dated = start + 1 < n && tok(start + 1).kind == .number
                || start + 2 < n && text.is(start + 1, ".") && text.isAttachedToPrevious(start + 1) && tok(start + 2).kind == .number
            return dated || cue[start].contains(.stop) ? nil : .on
        }
        // "of the", or "of" and a nationality word the name after it left out ("Federation of Indian Chambers")
        if start - end == 2, !text.is(end + 1, "the"), !(cue[end + 1].contains(.demonym) && isCap(end + 1)) { return nil }
        if text.is(end, "of") || text.is(end, "for") { return .of }
        if start - end == 1, text.is(end, "and") || text.is(end, "&") { return .and }
        if start - end == 1, text.is(end, "in") { return .in }
        return nil
    }

    // MARK: the document

    /// The publisher of a header line `date YYYY-MM-DD By Publisher` (the project's text
    /// input, ANNOTATION.md): the words after `By` to the end of the line.
    func headerPublisher() -> Range<Int>? {
        var i = 0
        while i < n, tok(i).line == tok(0).line, !text.is(i, "date") { i += 1 }
        // "date" "2021" "-" "10" "-" "25" "By" ...
        guard i + 7 < n, text.is(i, "date"), tok(i).shape == .lower, tok(i + 1).length == 4, tok(i + 1).kind == .number,
              text.is(i + 2, "-"), tok(i + 3).kind == .number, text.is(i + 4, "-"), tok(i + 5).kind == .number,
              text.is(i + 6, "by"), isCap(i + 6) else { return nil }
        var e = i + 7
        while e < n, !tok(e).flags.contains(.lineStart) { e += 1 }
        // (a number inside the name is the publisher's own: "WKYN 19 News")
        guard e > i + 7, tok(i + 7).kind != .number else { return nil }
        return i + 7 ..< e
    }

    /// The runs of capitalized words, split and classified (a non-mutating method, so
    /// that its calls do not copy the pass).
    func runSegments() -> [Segment] {
        let runs = runs()
        var result: [Segment] = [], parts: [Segment] = []
        result.reserveCapacity(runs.count + runs.count / 2)
        for r in runs {
            parts.removeAll(keepingCapacity: true)
            split(r, into: &parts)
            for var s in parts {
                if s.label == nil { classify(&s) }
                if s.start < s.end || s.headOnly != nil { result.append(s) }
            }
        }
        return result
    }

    /// Appends the candidates to `candidates` (after `prepare()`).
    mutating func run(into candidates: inout [Candidate]) {
        if let header {
            var s = Segment(start: header.lowerBound, end: header.upperBound, label: .org, rule: "header-publisher")
            s.strong = true
            segments.append(s)
        }
        segments += runSegments()
        joinYearProgrammes()
        chain()
        joinFieldLists()
        suppressFacilities()
        // Acronyms in parentheses follow their expansion.
        defineAcronyms()
        var segments = self.segments
        self.segments = []
        finish(&segments, into: &candidates)
    }

    /// What `run` does once the segments are made: what the document teaches, then the
    /// candidates, appended to `result`. Not mutating, so that its calls do not copy the pass.
    func finish(_ segments: inout [Segment], into result: inout [Candidate]) {
        var known = Knowledge(capacity: segments.count)
        var definedAcronyms: [Int] = [] // a few at most: searched in order
        var coveredBy = [Int32](repeating: -1, count: n)
        // The candidates are appended to `result` (moved into `out` meanwhile); `out.keys`
        // are those of the candidates from `base` on.
        var out = Emitted()
        swap(&out.candidates, &result)
        let base = out.candidates.count
        out.candidates.reserveCapacity(base + segments.count)
        out.keys.reserveCapacity(segments.count)
        // Strong labels teach the document its names.
        for k in segments.indices {
            var seg = segments[k]
            guard seg.start < seg.end, let label = seg.label, seg.strong else { continue }
            let key = seg.entityKey ?? entityKey(seg)
            seg.entityKey = key
            segments[k].entityKey = key
            learn(&known, seg, key: key)
            if label == .org || label == .programme, let acr = parenAcronym(after: seg.end, from: seg.start) {
                let fact = known.add(label, key)
                known.acronyms.insert(Knowledge.exactHash(units(acr)), fact)
                if !definedAcronyms.contains(acr) { definedAcronyms.append(acr) }
            }
        }
        for k in segments.indices where segments[k].rule == "gazetteer" && known.teams.count > 0 {
            let s = segments[k]
            if s.label == .gpe || s.label == .loc, !isCountry(s.start, s.end),
               known.teams[spanHash(s.start, s.end)] != nil {
                segments[k].label = .org
                segments[k].rule = "document-team"
                segments[k].entityKey = .folded(.org, start: tok(s.start).start, end: tok(s.end - 1).end)
            }
        }
        // A listed company or town of one word that is the surname of a person of this document
        // is that person: "Puig" after "Jose Soler Puig", "Arakawa" after "Kenji Arakawa" (not a
        // country: "Jordan").
        for k in segments.indices where segments[k].rule == "gazetteer" && segments[k].end - segments[k].start == 1
            && (segments[k].label == .org || segments[k].label == .gpe && !isCountry(segments[k].start, segments[k].end)) {
            let a = segments[k].start
            if let hit = known.fact(known.surnames[tok(a).hash]), Self.sameFolded(text, a, hit.token) {
                segments[k].label = .person
                segments[k].rule = "document-surname"
                segments[k].entityKey = hit.key
                segments[k].source = nil
            }
        }
        // (a name the document taught outranks a place's head: "Cedar Plains" after "Cedar Plains Bancorp")
        for k in segments.indices where segments[k].label == nil || !segments[k].strong || segments[k].rule == "place-head" {
            var s = segments[k]
            guard s.start < s.end else { continue }
            let taught = knownMatch(known, s.start, s.end)
            if s.rule == "place-head", taught?.label != .org { continue }
            if let hit = taught {
                s.label = hit.label
                s.rule = hit.rule
                s.entityKey = hit.key
            } else if s.label == nil, s.headOnly == nil, saysIt(after: s.end) || tradedAround(s.start, s.end),
                      cue[s.start].isDisjoint(with: Cue(.firstName, .role, .honorific, .demonym, .orgHead)), !cue[s.end - 1].contains(.demonym),
                      !(s.end - s.start == 1 && isInitial(s.start) && isCommon(s.start)) {
                // "Comelf said it would ...": what says "it" of itself is no person.
                s.label = .org
                s.rule = "org-says-it"
                s.entityKey = entityKey(s)
                if let key = s.entityKey { learn(&known, s, key: key) }
            } else if s.label == nil {
                fallback(&s)
                // A name guessed a person next to an organization in a list is one too:
                // "Northrop Grumman and Airbus", "Mobil , Shell and Caltex".
                let unknownWord = s.label == nil && s.end - s.start == 1 && tok(s.start).shape == .capitalized
                    && !isCommon(s.start) && !isInitial(s.start) && cue[s.start].isDisjoint(with: Cue(.firstName, .role, .honorific))
                if s.label == .person && s.rule == "capitalized-name" || unknownWord, coordinatedWithOrg(k, in: segments) {
                    s.label = .org
                    s.rule = "coordinated-org"
                }
                // ... and so is an unknown word in a list of places
                if unknownWord, coordinatedWithPlaces(k, in: segments) {
                    s.label = .gpe
                    s.rule = "coordinated-place"
                }
                if s.label != nil {
                    s.entityKey = entityKey(s)
                    // A default still teaches the document: the surname of a person ("Obama"
                    // after "Barack Obama"), an organization named in a list ("GM and Chrysler").
                    if s.label == .person || s.rule == "coordinated-org", let key = s.entityKey {
                        learn(&known, s, key: key)
                    }
                }
            }
            segments[k] = s
        }
        // A body's name goes back over a list of its fields, when the short name in brackets after
        // it is the initials of the whole: "the South African Commercial, Catering and Allied
        // Workers Union (SACCAWU)"
        for k in segments.indices where segments[k].label == .org && segments[k].start < segments[k].end {
            guard let x = initialsStart(segments[k].start, segments[k].end), x < segments[k].start else { continue }
            Self.extendStart(of: k, to: x, in: &segments)
            segments[k].entityKey = entityKey(segments[k])
        }
        // A saint's name and its possessive open the body's name after them: "St Brendan's
        // Community School", "St. Olav's Hospital"
        // (a body's head alone too: "St Mary's Hospital")
        for k in segments.indices where segments[k].start >= 3
            && (segments[k].label == .org && segments[k].rule == "org-head" || segments[k].label == nil && segments[k].headOnly == .org) {
            let a = segments[k].start
            guard text.is(a - 1, "'s"), tok(a - 2).shape == .capitalized else { continue }
            let saint = text.is(a - 3, "st") || text.is(a - 3, "saint") ? a - 3 : a >= 4 && text.is(a - 3, ".") && text.is(a - 4, "st") ? a - 4 : nil
            guard let x = saint, isCap(x) else { continue }
            Self.extendStart(of: k, to: x, in: &segments)
            segments[k].label = .org
            segments[k].rule = "org-head"
            segments[k].source = .cue("cue-org-heads:", first: segments[k].end - 1, last: segments[k].end - 1)
            segments[k].strong = true
            segments[k].entityKey = entityKey(segments[k])
        }
        // Mentions before the one that taught the name.
        for k in segments.indices where segments[k].label == nil && segments[k].start < segments[k].end {
            if let hit = knownMatch(known, segments[k].start, segments[k].end) {
                segments[k].label = hit.label
                segments[k].rule = hit.rule
                segments[k].entityKey = hit.key
            }
        }
        // A surname's particles before a later mention: "dos Reis said", "De Graaf said".
        for k in segments.indices where segments[k].label == .person {
            let s = segments[k]
            var a = s.start
            while a > 0, s.start - a < 3, cue[a - 1].contains(.particle), tok(a - 1).shape == .lower || tok(a - 1).shape == .capitalized {
                a -= 1
            }
            while a < s.start, known.fact(known.names[spanHash(a, s.end)])?.label != .person { a += 1 }
            guard a < s.start else { continue }
            Self.extendStart(of: k, to: a, in: &segments)
        }
        // A national Red Cross or Red Crescent society is named with its nationality: "the
        // Colombian Red Cross", "the Turkish Red Crescent"
        for k in segments.indices where segments[k].label == .org && segments[k].end - segments[k].start == 2
            && segments[k].start >= 1 && text.is(segments[k].start, "red")
            && (text.is(segments[k].start + 1, "cross") || text.is(segments[k].start + 1, "crescent"))
            && cue[segments[k].start - 1].contains(.demonym) && tok(segments[k].start - 1).shape == .capitalized {
            segments[k].start -= 1
        }
        // A nationality word before a ministry's name is not part of it: "the Romanian Ministry of
        // Transport" (a ministry's official name is "Ministry of ...")
        for k in segments.indices where segments[k].label == .org && segments[k].end - segments[k].start >= 3
            && cue[segments[k].start].contains(.demonym) && text.is(segments[k].start + 1, "ministry") {
            segments[k].start += 1
        }
        for (k, s) in segments.enumerated() {
            guard let label = s.label, s.start < s.end else { continue }
            for t in s.start ..< s.end { coveredBy[t] = Int32(k) }
            if s.end - s.start == 1, definedAcronyms.contains(s.start) { continue }
            // "Acme Corp.", "Al Unser Jr.": the period of an abbreviation belongs to the name.
            var last = s.end - 1
            if cue[last].contains(.abbreviation), last + 1 < n, text.is(last + 1, "."), text.isAttachedToPrevious(last + 1) {
                last += 1
            }
            out.add(Candidate(start: Int(tok(s.start).start), end: Int(tok(last).end), label: label,
                                 rule: s.rule.string, source: string(s.source), role: string(s.role)), s.entityKey)
        }
        // Gazetteer entries anywhere (also in quiet lines); the resolver keeps the longest.
        var i = 0
        while i < n {
            if let gz = gazetteerMatch(at: i) {
                let label = g.entries[Int(gz.entry)].label
                let taught = known.teams[spanHash(i, gz.end)] != nil && !g.entries[Int(gz.entry)].list.hasPrefix("countries") && !quiet[i]
                    || gz.end == i + 1 && known.surnames[tok(i).hash] != nil
                let inOneSegment = coveredBy[i] >= 0 && coveredBy[i] == coveredBy[gz.end - 1]
                if taught, coveredBy[i] < 0, !blocked[i], let hit = knownMatch(known, i, gz.end) {
                    out.add(Candidate(start: Int(tok(i).start), end: Int(tok(gz.end - 1).end), label: hit.label,
                                                rule: hit.rule.string), hit.key)
                } else if !taught, label != .misc, !inOneSegment, !blocked[i],
                          !insideCompound(i, gz.end) {
                    let team = countyTeam(gz.entry, at: i)
                    out.add(Candidate(start: Int(tok(i).start), end: Int(tok(gz.end - 1).end), label: team ? .org : label,
                                                rule: team ? "county-team" : "gazetteer", source: g.entries[Int(gz.entry)].source), EntityKey.entry(gz.entry))
                }
                i = gz.end
                continue
            }
            // Names the document taught, in quiet lines and in words no run took (not the
            // capitalized half of "anti-Castro"; nor a company's first word before another
            // capitalized word: "Penske Auto" in a headline)
            if coveredBy[i] < 0, !blocked[i], tok(i).kind == .word, tok(i).shape != .lower, !isAfterLowerPrefix(i),
               let hit = knownMatch(known, i, i + 1), !(hit.label == .org && i + 1 < n && tok(i + 1).shape == .capitalized) {
                out.add(Candidate(start: Int(tok(i).start), end: Int(tok(i).end), label: hit.label,
                                            rule: hit.rule.string), hit.key)
            }
            i += 1
        }
        // Acronyms in parentheses: the same label, linked.
        for s in segments {
            guard let label = s.label, s.strong, label == .org || label == .programme,
                  let acr = parenAcronym(after: s.end, from: s.start) else { continue }
            out.add(Candidate(start: Int(tok(acr).start), end: Int(tok(acr).end), label: label,
                                        rule: "acronym-in-parentheses"), s.entityKey)
        }
        // Entity ids E1, E2... in order of first mention.
        // The keys follow the candidates: sorting their indices with the same comparisons
        // gives the same (stable) order.
        swap(&result, &out.candidates)
        let order = (base ..< result.count).sorted { (result[$0].start, result[$0].end) < (result[$1].start, result[$1].end) }
        result.withUnsafeMutableBufferPointer { $0[base...].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        let numbers = entityNumbers(order.map { out.keys[$0 - base] })
        for k in numbers.indices where numbers[k] > 0 {
            result[base + k].entity = numbers[k] < Self.entityNames.count ? Self.entityNames[numbers[k]] : "E\(numbers[k])"
        }
    }

    /// "E1", "E2"... made once (index 0 is not used).
    static let entityNames = (0 ..< 256).map { "E\($0)" }

    /// Candidates with their entity keys, made entity ids at the end of `finish`.
    struct Emitted {
        var candidates: [Candidate] = []
        var keys: [EntityKey?] = []

        @inline(__always)
        mutating func add(_ c: consuming Candidate, _ key: EntityKey?) {
            candidates.append(c)
            keys.append(key)
        }
    }

    /// Numbers the entities of `keys` 1, 2... in order of first appearance (0: no key):
    /// keys whose strings (`string(_:)`) are equal get the same number.
    func entityNumbers(_ keys: [EntityKey?]) -> [Int] {
        if let numbers = asciiEntityNumbers(keys) { return numbers }
        var numbers: [String: Int] = [:]
        return keys.map { key in
            guard let key else { return 0 }
            let s = string(key)
            if let k = numbers[s] { return k }
            numbers[s] = numbers.count + 1
            return numbers.count
        }
    }

    /// `entityNumbers` without making the strings, when every key's string is ASCII
    /// (ASCII strings are equal exactly when their bytes are); nil when one is not, or
    /// when two different keys' hashes are equal.
    func asciiEntityNumbers(_ keys: [EntityKey?]) -> [Int]? {
        var map = IntMap(capacity: keys.count)
        var firsts: [EntityKey] = []
        firsts.reserveCapacity(keys.count)
        var numbers: [Int] = []
        numbers.reserveCapacity(keys.count)
        for key in keys {
            guard let key else {
                numbers.append(0)
                continue
            }
            guard let h = asciiHash(key) else { return nil }
            if let k = map.valueOrInsert(h, Int32(firsts.count)) {
                guard sameASCIIKey(firsts[Int(k)], key) else { return nil }
                numbers.append(Int(k) + 1)
            } else {
                firsts.append(key)
                numbers.append(firsts.count)
            }
        }
        return numbers
    }

    /// The label part of the key string.
    func label(of key: EntityKey) -> Label? {
        switch key {
        case let .entry(e): return g.entries[Int(e)].label
        case let .folded(label, _, _): return label
        }
    }

    /// A hash of the key string when it is ASCII, else nil.
    func asciiHash(_ key: EntityKey) -> UInt64? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let label = label(of: key)
        h = (h ^ (label.map { UInt64(unsafeBitCast($0, to: UInt8.self)) } ?? 0xFF)) &* 0x100_0000_01b3
        switch key {
        case let .entry(e):
            var canonical = g.entries[Int(e)].canonical
            return canonical.withUTF8 { bytes in
                for b in bytes {
                    guard b < 0x80 else { return nil }
                    h = (h ^ UInt64(Self.lowerASCII(b))) &* 0x100_0000_01b3
                }
                return h
            }
        case let .folded(_, start, end):
            return text.normalized.folded.withUnsafeBufferPointer { folded in
                for u in folded[Int(start) ..< Int(end)] {
                    guard u < 0x80 else { return nil }
                    h = (h ^ UInt64(u)) &* 0x100_0000_01b3
                }
                return h
            }
        }
    }

    /// Whether two keys whose strings are ASCII have the same string.
    func sameASCIIKey(_ x: EntityKey, _ y: EntityKey) -> Bool {
        guard label(of: x) == label(of: y) else { return false }
        switch (x, y) {
        case let (.entry(a), .entry(b)):
            if a == b { return true }
            let p = g.entries[Int(a)].canonical.utf8, q = g.entries[Int(b)].canonical.utf8
            return p.count == q.count && zip(p, q).allSatisfy { Self.lowerASCII($0) == Self.lowerASCII($1) }
        case let (.folded(_, sa, ea), .folded(_, sb, eb)):
            return text.normalized.folded[Int(sa) ..< Int(ea)].elementsEqual(text.normalized.folded[Int(sb) ..< Int(eb)])
        case let (.entry(e), .folded(_, start, end)), let (.folded(_, start, end), .entry(e)):
            let p = g.entries[Int(e)].canonical.utf8
            return p.count == Int(end - start)
                && zip(p, text.normalized.folded[Int(start) ..< Int(end)]).allSatisfy { UInt16(Self.lowerASCII($0)) == $1 }
        }
    }

    /// An ASCII byte in lower case (what `lowercased()` does to it).
    @inline(__always)
    static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    func entityKey(_ s: Segment) -> EntityKey {
        // An East Asian name ends with its given name ("Jae-in"): the key is the whole name.
        if s.label == .person, !isSurnameFirst(s.start, s.end) {
            return .folded(.person, start: tok(s.end - 1).start, end: tok(s.end - 1).end)
        }
        return .folded(s.label, start: tok(s.start).start, end: tok(s.end - 1).end)
    }

    /// The key string of an entity: its label and its name, lower-cased or case-folded.
    func string(_ key: EntityKey) -> String {
        switch key {
        case let .entry(e):
            let entry = g.entries[Int(e)]
            return entry.label.rawValue + ":" + entry.canonical.lowercased()
        case let .folded(label, start, end):
            var head = (label?.rawValue ?? "") + ":"
            return head.withUTF8 { head in
                text.normalized.folded.withUnsafeBufferPointer { Self.join(head, UnsafeBufferPointer(rebasing: $0[Int(start) ..< Int(end)])) }
            }
        }
    }

    /// UTF-8 `head` followed by UTF-16 `tail`, made in one piece when `tail` is ASCII.
    static func join(_ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt16>) -> String {
        var all: UInt16 = 0
        for u in tail { all |= u }
        guard all < 0x80 else { return String(decoding: head, as: UTF8.self) + String(decoding: tail, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: head.count + tail.count) { out in
            for k in 0 ..< head.count { out[k] = head[k] }
            for k in 0 ..< tail.count { out[head.count + k] = UInt8(truncatingIfNeeded: tail[k]) }
            return head.count + tail.count
        }
    }

    /// The `source` field of a candidate.
    func string(_ source: SourceRef?) -> String? {
        switch source {
        case let .cue(prefix, first, last):
            let range = Int(tok(first).start) ..< Int(tok(last).end)
            return prefix.withUTF8Buffer { head in
                text.normalized.units.withUnsafeBufferPointer { Self.join(head, UnsafeBufferPointer(rebasing: $0[range])) }
            }
        case let .entry(e): return g.entries[Int(e)].source
        case nil: return nil
        }
    }

    /// The `role` field of a candidate: the text of the role's tokens.
    func string(_ role: ClosedRange<Int>?) -> String? {
        guard let role else { return nil }
        return text.text(tokens: role)
    }

    /// The token of `(ACRONYM)` right after token `end`, if there is one.
    /// A short name in parentheses after an organization of three or more words whose
    /// letters it takes in order also counts: "Corporación Nacional del Cobre de Chile
    /// (Codelco)".
    func parenAcronym(after end: Int, from start: Int? = nil) -> Int? {
        guard end + 2 < n, text.is(end, "("), text.is(end + 2, ")") else { return nil }
        let a = end + 1
        let t = tok(a)
        guard t.kind == .word, t.length >= 2, t.length <= 12, isCap(a) else { return nil }
        if let label = gazetteerLabel(a), label == .gpe || label == .loc { return nil }
        // Capitals beyond the first letter: NATO, PfP, IPAP.
        if innerCapital(a) { return t.length <= 8 ? a : nil }
        // (its first word may be a nationality word left out of the short name: "Brazilian
        // Association of Mobility and Technology (Amobitec)")
        if let start, end - start >= 3, t.shape == .capitalized, !isCommon(a),
           expansionMatches(a, from: start, to: end) || cue[start].contains(.demonym) && expansionMatches(a, from: start + 1, to: end) {
            return a
        }
        // Two words, the short name made of their beginnings: "Petroleos Mexicanos (Pemex)".
        if let start, end - start == 2, t.shape == .capitalized, !isCommon(a), joinsBeginnings(a, start) { return a }
        // A short name in its own language, after a name of three words or more: "National
        // Television Association (Anatel)", "Santa Catarina Port Workers' Union (Sintraport)"
        if let start, end - start >= 3, t.shape == .capitalized, t.length >= 4, !isCommon(a), gazetteerLabel(a) == nil,
           !cue[a].contains(.firstName), !cue[a].contains(.surname) { return a }
        return nil
    }

    /// Whether token `acr` is a beginning of token `w` (two letters or more) followed by a
    /// beginning of token `w + 1` (two or more): "Pemex" of "Petroleos Mexicanos".
    func joinsBeginnings(_ acr: Int, _ w: Int) -> Bool {
        let f = text.normalized.folded
        let short = f[tok(acr).range], first = f[tok(w).range], second = f[tok(w + 1).range]
        guard short.count >= 4 else { return false }
        for k in 2 ... short.count - 2 where k <= first.count && short.count - k <= second.count {
            if short.prefix(k).elementsEqual(first.prefix(k)), short.dropFirst(k).elementsEqual(second.prefix(short.count - k)) { return true }
        }
        return false
    }

    /// Expansions of acronyms in parentheses: "Official Security Assistance (OSA)",
    /// "Economic Community of West African States (ECOWAS)". The expansion is the shortest
    /// run of segments joined by `of`, `for`, `and`, `the`, `in`, `on`, `de`, `&` or a hyphen, ending
    /// right before the parenthesis, whose words contain the acronym's letters in order
    /// with the first letter starting it (Schwartz and Hearst 2003). It becomes one
    /// segment: a PROGRAMME when it ends in a programme head or a lower-case one follows
    /// the parenthesis ("(OSA) framework"), else an ORG. Places, people and names a list
    /// or head word already labelled keep their labels.
    mutating func defineAcronyms() {
        var k = 0
        while k < segments.count {
            defer { k += 1 }
            let last = segments[k]
            guard last.start < last.end, let acr = parenAcronym(after: last.end, from: last.start) else { continue }
            // A name labelled by a list or head word keeps its label; it grows only when its
            // own words do not spell the acronym ("Substantial NATO-Georgia Package (SNGP)").
            if last.strong, let l = last.label, l != .org && l != .programme || expansionMatches(acr, from: last.start, to: last.end) {
                continue
            }
            var j = k, found: Int?
            while j >= 0, k - j < 6 {
                let sj = segments[j]
                // A place joined by a hyphen to the words after it may start the name:
                // "Asia-Pacific Economic Cooperation (APEC)".
                let hyphenedPlace = (sj.label == .loc || sj.label == .gpe) && j < k && sj.end + 1 == segments[j + 1].start
                    && text.is(sj.end, "-") && text.isAttachedToPrevious(sj.end) && text.isAttachedToPrevious(sj.end + 1)
                if sj.start < sj.end, sj.label == nil || !sj.strong || j == k || hyphenedPlace,
                   expansionMatches(acr, from: sj.start, to: last.end) {
                    found = j
                    break
                }
                // A body's name the short one spells from inside, the whole name kept:
                // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)".
                if j < k, sj.label == .org, sj.strong, sj.end - sj.start >= 2,
                   (sj.start + 1 ..< sj.end).contains(where: { isCap($0) && expansionMatches(acr, from: $0, to: last.end) }) {
                    found = j
                    break
                }
                // (a body with its own head is not the end of another body named before "and":
                // "Hlas-SD and the Slovak National Party (SNS)"; but "University and College Union (UCU)")
                guard j > 0, segments[j - 1].label != .person, segments[j - 1].label != .gpe || !segments[j - 1].strong,
                      segments[j - 1].end <= segments[j].start, joinsExpansion(segments[j - 1].end, segments[j].start),
                      !(last.strong && last.label == .org && cue[last.end - 1].contains(.orgHead)
                        && segments[j - 1].strong && segments[j - 1].label == .org && segments[j - 1].headOnly == nil
                        && (segments[j - 1].end ..< segments[j].start).contains(where: { text.is($0, "and") })) else { break }
                j -= 1
            }
            guard let j = found, last.end - segments[j].start >= 2 else { continue }
            // (a programme's head may come first: "Programa Ampliado de Inmunización (PAI)")
            let head = cue[last.end - 1].contains(.programmeHead) || programmeHeadAfter(acr + 2) || last.label == .programme
                || cue[segments[j].start].contains(.programmeHead) && !isCommon(segments[j].start)
            var merged = Segment(start: segments[j].start, end: last.end, label: head ? .programme : .org,
                                 rule: "acronym-definition")
            merged.strong = true
            segments.replaceSubrange(j ... k, with: [merged])
            k = j
        }
    }

    /// Tokens that may join the words of an acronym's expansion.
    func joinsExpansion(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 3 else { return false }
        for t in a ..< b {
            // (a nationality word left out of the names either side: "Federation of Indian Chambers")
            guard text.is(t, "of") || text.is(t, "for") || text.is(t, "and") || text.is(t, "the") || text.is(t, "in")
                || text.is(t, "on") || text.is(t, "de") || text.is(t, "&") || cue[t].contains(.demonym) && isCap(t)
                || text.is(t, "-") && text.isAttachedToPrevious(t) && text.isAttachedToPrevious(t + 1) else { return false }
        }
        return true
    }

    /// Whether the letters of the acronym at `acr` occur in order in the words `a..<b`
    /// (case folded), the first one at the start of the first word.
    func expansionMatches(_ acr: Int, from a: Int, to b: Int) -> Bool {
        let short = text.normalized.folded[tok(acr).range].filter { UnicodeProperties.isLetter(UInt32($0)) }
        guard short.count >= 2, let first = short.first, text.normalized.folded[Int(tok(a).start)] == first else { return false }
        let long = text.normalized.folded[Int(tok(a).start) ..< Int(tok(b - 1).end)]
        var li = long.endIndex - 1
        var si = short.count - 1
        while si >= 0 {
            let c = short[short.startIndex + si]
            // The first letter must start a word; the others may be anywhere.
            while li >= long.startIndex, long[li] != c || si == 0 && li > long.startIndex
                && UnicodeProperties.isLetter(UInt32(long[li - 1])) {
                li -= 1
            }
            if li < long.startIndex { return false }
            li -= 1
            si -= 1
        }
        return true
    }

    /// Services whose district is a body: "School District", "Transportation District".
    static let serviceDistricts: [StaticString] = ["school", "transportation", "transit", "water", "utility", "irrigation", "sanitation",
                                                   "hospital", "park", "parks", "fire", "library", "sewer", "conservation", "municipal"]

    /// Whether a lower-case programme head follows token `e`, perhaps after descriptive
    /// words: "(OSA) framework", "Bolashak international scholarship programme", "the First
    /// Home shared-equity scheme", "the Total Peace policy"; `nameWords`, the words of the name
    /// before `e`: "plan" and "strategy" right after a name of two or more ("the Generation Green
    /// strategy").
    func programmeHeadAfter(_ e: Int, nameWords: Int = 1) -> Bool {
        func head(_ k: Int) -> Bool {
            text.is(k, "programme") || text.is(k, "program") || text.is(k, "initiative") || text.is(k, "scheme")
                || text.is(k, "project") || text.is(k, "framework") || text.is(k, "instrument") || text.is(k, "grant")
                || text.is(k, "subsidy") || text.is(k, "allowance") || text.is(k, "policy")
        }
        // "(CAREC) Program": a capitalized head right after the acronym is outside the name too
        if e < n, tok(e).shape == .capitalized { return head(e) }
        var k = e
        for _ in 0 ... 2 {
            guard k < n, tok(k).shape == .lower else { return false }
            // ("the Croí Cónaithe grant": a modifier that is also a head ends the name's description;
            // "plan" and "strategy" only after a word of its description, "the Zorvex recovery plan",
            // or a name of two words or more, "the Generation Green strategy"; not "the Trump plan")
            if head(k) || (k > e || nameWords >= 2) && (text.is(k, "plan") || text.is(k, "strategy")) { return true }
            // (a compound of lower-case words: "the First Home shared-equity scheme"; not one of a
            // facility: "the Steenbras pumped-storage scheme")
            if k + 2 < n, text.is(k + 1, "-"), text.isAttachedToPrevious(k + 1), text.isAttachedToPrevious(k + 2), tok(k + 2).shape == .lower {
                if cue[k].contains(.facility) || cue[k + 2].contains(.facility) { return false }
                k += 3
            } else if cue[k].contains(.programmeModifier) {
                k += 1
            } else if strongHeadAhead(k), !cue[k].contains(.facility), !Self.phraseWords.contains(where: { text.is(k, $0) }), !isDeterminer(k) {
                // (any noun before a head that is only a programme's: "the Zorvex crop insurance scheme")
                k += 1
            } else {
                return false
            }
        }
        return false
    }

    /// Lower-case heads that name nothing but a programme.
    static let programmeOnlyHeads: [StaticString] = ["scheme", "programme", "program", "initiative"]

    /// Whether a head of `programmeOnlyHeads` comes within the next three lower-case words from
    /// token `k`.
    func strongHeadAhead(_ k: Int) -> Bool {
        var j = k
        while j < min(n, k + 3), tok(j).shape == .lower {
            if Self.programmeOnlyHeads.contains(where: { text.is(j, $0) }) { return true }
            j += 1
        }
        return false
    }
}

/// What the document has taught: full names, surnames, acronyms, teams. Keys are
/// hashes of the tokens, so looking a word up allocates nothing; the maps give indexes
/// into `facts`.
struct Knowledge {
    /// What a key stands for: a label, an entity and, for a surname, its token.
    struct Fact {
        let label: Label
        let key: EntityKey
        let token: Int
    }

    var facts: [Fact] = []
    /// By the hash of a name's case-folded tokens.
    var names: IntMap
    /// By the hash of a surname's case-folded units (`Token.hash`).
    var surnames = IntMap.empty
    /// By the hash of an acronym's units as written (`exactHash`).
    var acronyms = IntMap.empty
    /// Names of sports teams (the value is not used): they are ORG everywhere in the document.
    var teams = IntMap.empty
    /// By the hash of a word's case-folded units: the first word of a company's name that is
    /// also an ordinary word, never written in lower case in the document ("Kestrel" after
    /// "Kestrel Home Group Ltd").
    var firstWords = IntMap.empty

    /// `capacity`: how many names the document may teach (the map grows if need be).
    init(capacity: Int) {
        names = IntMap(capacity: capacity)
        facts.reserveCapacity(capacity)
    }

    /// Adds a fact; returns its index, the value to put in a map.
    mutating func add(_ label: Label, _ key: EntityKey, token: Int = -1) -> Int32 {
        facts.append(Fact(label: label, key: key, token: token))
        return Int32(facts.count - 1)
    }

    /// The fact a map's value points to.
    @inline(__always)
    func fact(_ index: Int32?) -> Fact? { index.map { facts[Int($0)] } }

    /// A hash of the units as written (case matters: "DEEP" is not "deep").
    static func exactHash(_ units: ArraySlice<UInt16>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for u in units { h = (h ^ UInt64(u)) &* 0x100_0000_01b3 }
        return h
    }
}

extension DocumentPass {
    /// A hash of the case-folded tokens `a..<b`.
    func spanHash(_ a: Int, _ b: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for t in a ..< b { h = (h ^ tok(t).hash) &* 0x100_0000_01b3 }
        return h
    }

    func learn(_ known: inout Knowledge, _ s: Segment, key: EntityKey) {
        guard let label = s.label else { return }
        let span = spanHash(s.start, s.end)
        if s.team {
            known.teams.insert(span, 0)
            let fact = known.add(label, key)
            known.names.insert(span, fact)
        } else if known.names[span] == nil {
            let fact = known.add(label, key)
            known.names.insert(span, fact)
        }
        if label == .person, isSurnameFirst(s.start, s.end) {
            // The surname comes first: "Xi" after "Xi Jinping", "Moon" after "Moon Jae-in".
            let fact = known.add(label, key, token: s.start)
            known.surnames.insert(tok(s.start).hash, fact)
            // Vietnamese names go on with the last given name: "Phuc" after "Nguyen Xuan Phuc".
            if s.end - s.start == 3 {
                let last = known.add(label, key, token: s.end - 1)
                known.surnames.insert(tok(s.end - 1).hash, last)
            }
        } else if label == .person, s.end - s.start >= 2, tok(s.end - 1).shape == .capitalized, !cue[s.end - 1].contains(.stop) {
            let fact = known.add(label, key, token: s.end - 1)
            known.surnames.insert(tok(s.end - 1).hash, fact)
            // The given name alone, as Thai news names people ("Siriporn" after "Siriporn
            // Chaiyasit"): not an ordinary word, a listed name or a word that starts names, and
            // from a person found by more than the shape of the words
            if s.rule != "capitalized-name", tok(s.start).shape == .capitalized, !isCommon(s.start), gazetteerMatch(at: s.start) == nil,
               cue[s.start].isDisjoint(with: Cue(.stop, .role, .honorific, .demonym, .particle)), known.surnames[tok(s.start).hash] == nil {
                known.surnames.insert(tok(s.start).hash, known.add(label, key, token: s.start))
            }
            // A Spanish or Portuguese name goes on with its first surname: "Solís" after "Adriana
            // Solís Echeverría", "Fernández" after "club president Iria Fernández Couto", "Cáceres"
            // after "Rosa Elvira Cáceres Mendoza" (not a given name: "Paul" in "John Paul Jones")
            let twoGiven = s.end - s.start == 4 && cue[s.start + 1].contains(.firstName) && tok(s.start + 1).shape == .capitalized
            let mid = s.start + (twoGiven ? 2 : 1)
            if s.end - s.start == 3 || twoGiven, tok(mid).shape == .capitalized, cue[s.start].contains(.firstName) || s.rule != "capitalized-name",
               cue[mid].isDisjoint(with: Cue(.firstName, .stop)), !isCommon(mid) {
                known.surnames.insert(tok(mid).hash, known.add(label, key, token: mid))
            }
            // A surname of several words is a name of its own: "Mokoena-Ntuli" after "Thandiwe
            // Mokoena-Ntuli", "dos Reis" after "Luiz Carlos dos Reis", "De Graaf" after "Jan de Graaf".
            // (and so is one opened by a capitalized particle: "El Ouazzani" after "Driss El
            // Ouazzani", "Van Dijk" after "Virgil Van Dijk")
            var first = surnameStart(s.start, s.end)
            if first == s.end - 1, s.end - s.start >= 3, cue[first - 1].contains(.particle), tok(first - 1).shape == .capitalized {
                first -= 1
            }
            if first < s.end - 1, known.names[spanHash(first, s.end)] == nil {
                known.names.insert(spanHash(first, s.end), known.add(label, key))
            }
        }
        // A company is named later without its legal form, often by its first word: "Zorvex
        // Holdings" and "Zorvex" after "Zorvex Holdings Ltd." (a first word that is no ordinary
        // word nor a listed name of its own: not "Dell", an English word; an ordinary word only
        // when the document never writes it in lower case, and only alone: "Kestrel")
        if label == .org, !s.team, s.end - s.start >= 2 {
            if let c = legalFormCut(s) {
                if c > s.start, known.names[spanHash(s.start, c)] == nil { known.names.insert(spanHash(s.start, c), known.add(label, key)) }
                // (and without an ordinary word of its trade at the end: "Kestrel Ridge" after
                // "Kestrel Ridge Mining Corp.", "Asante Highlands" after "Asante Highlands Gold plc")
                if c - s.start >= 3, isCommon(c - 1), tok(c - 1).shape == .capitalized, allIn(s.start ..< c - 1, { tok($0).shape == .capitalized }),
                   !isCommon(s.start) || !isCommon(s.start + 1), gazetteerMatch(at: s.start).map({ $0.end > c - 1 }) ?? true,
                   known.names[spanHash(s.start, c - 1)] == nil {
                    known.names.insert(spanHash(s.start, c - 1), known.add(label, key))
                }
                if c - s.start >= 2, tok(s.start).shape == .capitalized, !isCommon(s.start), gazetteerMatch(at: s.start).map({ $0.end > s.start + 1 }) ?? true,
                   cue[s.start].isDisjoint(with: Cue(.stop, .demonym, .role, .orgHead)), known.names[spanHash(s.start, s.start + 1)] == nil {
                    known.names.insert(spanHash(s.start, s.start + 1), known.add(label, key))
                }
                // (an ordinary word the document never writes in lower case: "Kestrel")
                if c - s.start >= 2, tok(s.start).shape == .capitalized, isCommon(s.start), !lowerSeen[Int(word[s.start])],
                   gazetteerMatch(at: s.start) == nil, cue[s.start].isDisjoint(with: Cue(.stop, .demonym, .role, .orgHead, .firstName)),
                   known.firstWords[tok(s.start).hash] == nil {
                    known.firstWords.insert(tok(s.start).hash, known.add(label, key, token: s.start))
                }
            }
        }
        // A mountain, lake or cape is named later without its head word: "Tavurvur" after
        // "Mount Tavurvur" (not a listed name or a given name: "Lake Victoria")
        if label == .loc, s.rule == "place-head-first", s.end - s.start >= 2,
           allIn(s.start + 1 ..< s.end, { tok($0).shape == .capitalized && !isCommon($0) && cue[$0].isDisjoint(with: Self.notGiven.union(.firstName))
               && gazetteerMatch(at: $0) == nil }),
           known.names[spanHash(s.start + 1, s.end)] == nil {
            known.names.insert(spanHash(s.start + 1, s.end), known.add(label, key))
        }
        // ... and by its first word alone, when its head is a company's and that word is no
        // ordinary word, given name, surname or listed name: "Tanjong" after "Tanjong Merchant
        // Bank" (not "Kenya" after "Kenya Commercial Bank", nor a town before a council's head)
        if label == .org, !s.team, s.rule == "org-head", s.end - s.start >= 2, s.end - s.start <= 4, cue[s.end - 1].contains(.companyHead),
           tok(s.start).shape == .capitalized, !isCommon(s.start), gazetteerMatch(at: s.start) == nil,
           cue[s.start].isDisjoint(with: Self.notGiven.union(Cue(.firstName, .surname))), !isJoiner(s.start + 1),
           known.names[spanHash(s.start, s.start + 1)] == nil, known.surnames[tok(s.start).hash] == nil {
            known.names.insert(spanHash(s.start, s.start + 1), known.add(label, key))
        }
        // ... and without a head word that comes first, when the words after it are names of no
        // other kind: "Corvex" after "Team Corvex", "Pacífico Sur" after "Aerolíneas Pacífico Sur
        // S.A." (not "Galway" after "University Hospital Galway", nor the place an airline is named
        // for: "Zermatt" after "Air Zermatt")
        if label == .org, !s.team, s.rule == "org-head-first", cue[s.start].contains(.orgHead), !text.is(s.start, "air") {
            let c = legalFormCut(s) ?? s.end
            if c - s.start >= 2, c - s.start <= 4,
               allIn(s.start + 1 ..< c, { tok($0).shape == .capitalized && !isCommon($0) && cue[$0].isDisjoint(with: Self.notGiven.union(.firstName))
                   && gazetteerMatch(at: $0) == nil }),
               known.names[spanHash(s.start + 1, c)] == nil {
                known.names.insert(spanHash(s.start + 1, c), known.add(label, key))
            }
        }
        // ... and without its head when the words before it are names of no other kind:
        // "Niu Pasifik" after "Niu Pasifik Airlines" (not "Kenya" after "Kenya Airways"); before a
        // company's head, ordinary words and a place's head count too: "Cedar Plains" after
        // "Cedar Plains Bancorp"
        let companyHead = cue[s.end - 1].contains(.companyHead)
        if label == .org, !s.team, s.end - s.start >= 3, cue[s.end - 1].contains(.orgHead),
           allIn(s.start ..< s.end - 1, { tok($0).shape == .capitalized && gazetteerMatch(at: $0) == nil
               && (companyHead ? cue[$0].isDisjoint(with: Cue(.stop, .demonym, .role, .honorific, .orgHead).union(Cue(.firstName, .compass)))
                   : !isCommon($0) && cue[$0].isDisjoint(with: Self.notGiven.union(.firstName))) }),
           known.names[spanHash(s.start, s.end - 1)] == nil {
            known.names.insert(spanHash(s.start, s.end - 1), known.add(label, key))
        }
        if !s.team, s.end - s.start == 1, innerCapital(s.start) {
            let fact = known.add(label, key)
            known.acronyms.insert(Knowledge.exactHash(units(s.start)), fact)
        }
    }

    /// Where the name `s` ends without the legal form that ends it (and the comma or the
    /// period of an abbreviation around it): "Zorvex Holdings" of "Zorvex Holdings, Ltd.";
    /// nil when no legal form ends it.
    func legalFormCut(_ s: Segment) -> Int? {
        // (a legal form of several words: "Warmia Budowa Sp. z o.o.")
        if let k = companySuffixStart(s.start, s.end) {
            return k - 1 > s.start && text.is(k - 1, ",") ? k - 1 : k
        }
        var c = s.end
        if c - 1 > s.start, text.is(c - 1, "."), text.isAttachedToPrevious(c - 1) { c -= 1 }
        guard c - 1 > s.start, cue[c - 1].contains(.companySuffix) else { return nil }
        c -= 1
        if c - 1 > s.start, text.is(c - 1, ",") { c -= 1 }
        return c
    }

    /// Where the surname of the person's name `a..<b` begins: its last word with the
    /// particles and hyphened words before it, after at least one given name.
    func surnameStart(_ a: Int, _ b: Int) -> Int {
        var k = b - 1
        while k - 1 > a, isJoiner(k - 1) {
            if text.is(k - 1, "-") {
                guard k - 2 > a else { break }
                k -= 2
            } else {
                k -= 1
            }
        }
        return k
    }

    /// Moves the start of segment `k` back to token `x`, emptying the segments it now covers.
    static func extendStart(of k: Int, to x: Int, in segments: inout [Segment]) {
        let end = segments[k].end
        segments[k].start = x
        for j in segments.indices where j != k && segments[j].start >= x && segments[j].end <= end && segments[j].start < segments[j].end {
            segments[j].end = segments[j].start
        }
    }

    /// Where a name that ends at `b` starts when it takes in the list of capitalized words before
    /// `a` (joined by commas, "and", "&" or "of"), so that the initials of its capitalized words
    /// spell the short name in capitals in brackets after it: "South African Commercial, Catering
    /// and Allied Workers Union (SACCAWU)"; nil when no such start is found.
    func initialsStart(_ a: Int, _ b: Int) -> Int? {
        guard b + 2 < n, text.is(b, "("), text.is(b + 2, ")"), tok(b + 1).shape == .upper, tok(b + 1).length >= 4,
              tok(b + 1).length <= 10 else { return nil }
        let short = Array(text.normalized.folded[tok(b + 1).range])
        var initials: [UInt16] = []
        for k in a ..< b where isCap(k) { initials.append(text.normalized.folded[Int(tok(k).start)]) }
        guard initials.count < short.count, short.suffix(initials.count).elementsEqual(initials) else { return nil }
        var x = a
        while x > 0, a - x < 10 {
            let k = x - 1
            if isCap(k) {
                initials.insert(text.normalized.folded[Int(tok(k).start)], at: 0)
                x = k
                guard short.suffix(initials.count).elementsEqual(initials) else { return nil }
                if initials.count == short.count { return x }
            } else if text.is(k, ",") || text.is(k, "and") || text.is(k, "&") || text.is(k, "of") {
                x = k
            } else {
                return nil
            }
        }
        return nil
    }

    /// Whether a name goes on after token `a`: a capitalized word next, or "of" before one.
    func nameGoesOn(after a: Int) -> Bool {
        func capital(_ k: Int) -> Bool { k < n && tok(k).kind == .word && (tok(k).shape == .capitalized || tok(k).shape == .upper) }
        return capital(a + 1) || a + 2 < n && text.is(a + 1, "of") && capital(a + 2)
    }

    /// A known name covering exactly tokens `a..<b`.
    func knownMatch(_ known: Knowledge, _ a: Int, _ b: Int) -> (label: Label, rule: RuleName, key: EntityKey)? {
        if b - a == 1 {
            if currencyPrefix(b) { return nil }
            // (a saint's name in a church's or a town's: "the Church of St. Ludmila")
            if a >= 1, text.is(a - 1, "saint") || text.is(a - 1, "st.") || a >= 2 && text.is(a - 1, ".") && text.is(a - 2, "st") { return nil }
            if cue[a].contains(.stop) { return nil }
            if let hit = known.fact(known.acronyms[Knowledge.exactHash(units(a))]) { return (hit.label, "document-acronym", hit.key) }
            if let hit = known.fact(known.surnames[tok(a).hash]), Self.sameFolded(text, a, hit.token) {
                return (.person, "document-surname", hit.key)
            }
            // An ordinary word is a name again only as a team the document named ("Rangers"), or
            // as the first word of a company's name that the document never writes in lower case
            // (alone: not "Bay Cargo" or "Bay of Plenty" after "Bay Logistics Ltd")
            if isCommon(a), let hit = known.fact(known.firstWords[tok(a).hash]), Self.sameFolded(text, a, hit.token),
               !nameGoesOn(after: a), a == 0 || tok(a).flags.contains(.sentenceStart) || tok(a - 1).shape == .lower || tok(a - 1).kind != .word {
                return (hit.label, "document-name", hit.key)
            }
            if isCommon(a), known.teams.count == 0 || known.teams[spanHash(a, b)] == nil { return nil }
        }
        if let hit = known.fact(known.names[spanHash(a, b)]) { return (hit.label, "document-name", hit.key) }
        // A given name before a person the document names by one word: "Tiger Woods" with "Woods, 49, said".
        if b - a >= 2, b - a <= 3, let hit = known.fact(known.names[spanHash(b - 1, b)]), hit.label == .person,
           allIn(a ..< b, { tok($0).shape == .capitalized }), allIn(a ..< b - 1, { cue[$0].isDisjoint(with: Cue(.stop, .demonym, .role)) }) {
            return (.person, "document-name", hit.key)
        }
        // A surname with its particles: "al-Amin" after "Abdirahman Yusuf al-Amin".
        if b - a > 1, allIn(a ..< b - 1, { isParticleJoin($0) }), let hit = known.fact(known.surnames[tok(b - 1).hash]),
           Self.sameFolded(text, b - 1, hit.token) {
            return (.person, "document-surname", hit.key)
        }
        return nil
    }
}
