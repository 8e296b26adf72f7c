import Foundation
import Gazette
import GazetteCore
import GazetteText
@testable import GazetteNames
import Testing

/// The recognizer, loaded once for all tests (from the repository's Gazetteers/).
let names: NameRecognizer = {
    do { return try NameRecognizer() } catch { fatalError("gazetteers: \(error)") }
}()

let annotator: Annotator = {
    do { return try Annotator(recognizers: [names]) } catch { fatalError("annotator: \(error)") }
}()

/// The name spans of `text` as "LABEL text" strings, in text order.
func spans(_ text: String) throws -> [String] {
    try annotator.annotate(text, dct: "2021-10-25").map { "\($0.label.rawValue) \($0.text)" }
}

/// One row of a table: a text and exactly the spans it must give.
struct Row: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text }
}

@Suite struct PersonTests {
    static let rows: [Row] = [
        // A scientist's title before the name
        Row("Climatologist Dimitra Lazaridou spoke.", ["PERSON Dimitra Lazaridou"]),
        // A post-nominal is no part of the name
        Row("Tom Brake MP said the vote was close.", ["PERSON Tom Brake"]),
        // Given names of sub-Saharan Africa (cue-first-names-africa.txt)
        Row("Yaw Nkansah, a trade economist, said prices rose.", ["PERSON Yaw Nkansah"]),
        Row("Reading the judgment, Justice Ngozi Ekpe-Abang said the petition failed.", ["PERSON Ngozi Ekpe-Abang"]),
        // Four Vietnamese syllables with their marks
        Row("The report was written by Nguyễn Thị Hồng Nhung last year.", ["PERSON Nguyễn Thị Hồng Nhung"]),
        // A given name alone after the full name, as Thai news writes it (not from a name found
        // by the shape of its words alone)
        Row("Governor Siriporn Chaiyasit spoke. Siriporn said slots were short.",
            ["PERSON Siriporn Chaiyasit", "PERSON Siriporn"]),
        Row("Defence Minister Zakir Hasanov met the delegation.", ["PERSON Zakir Hasanov"]),
        Row("President Ilham Aliyev received the envoy.", ["PERSON Ilham Aliyev"]),
        Row("The talks were held by spokesman Tom Jones in the capital.", ["PERSON Tom Jones"]),
        Row("date 2021-10-25 By Azernews\n\nBy Vugar Khalilov\n\nThe talks ended.",
            ["ORG Azernews", "PERSON Vugar Khalilov"]),
        Row("The report was praised by Elmar Mammadyarov and Nikol Pashinyan.",
            ["PERSON Elmar Mammadyarov", "PERSON Nikol Pashinyan"]),
        Row("The visit of Ursula von der Leyen was short.", ["PERSON Ursula von der Leyen"]),
        Row("The coach said J. R. Smith will play.", ["PERSON J. R. Smith"]),
        Row("Talks with Mikheil Saakashvili and Irakli Garibashvili went on.",
            ["PERSON Mikheil Saakashvili", "PERSON Irakli Garibashvili"]),
        Row("Zakir Hasanov spoke first. Hasanov then left.", ["PERSON Zakir Hasanov", "PERSON Hasanov"]),
        Row("Mr. Brown met Mrs. Emma Stone.", ["PERSON Brown", "PERSON Emma Stone"]),
        // Not names: sentence-initial words, generic references, headlines in capitals.
        Row("Thanks to regular participation, the programme grew.", []),
        Row("Bilateral cooperation began in 1994.", []),
        Row("The minister said the Allies agreed.", []),
        Row("THANKS TO BILATERAL COOPERATION ALLIES AGREE\nThe talks went on.", []),
        // Listed names in a headline in capitals are names; guesses from capitals are not.
        Row("NATO CHIEF VISITS BAKU\nThe talks went on.", ["ORG NATO", "GPE BAKU"]),
        Row("ZORVEX HALBROOK SIGNS DEAL WITH SOCAR\nThe talks went on.", ["ORG SOCAR"]),
        Row("Zorvex Halbrook Signs Deal With Baku Again\nThe talks went on.", ["GPE Baku"]),
        Row("Cooperative activities and reform plans are detailed there.", []),
        // Particles and hyphens join the words of a name, which ends on a word.
        Row("President Luiz Inacio Lula da Silva hosted the talks.", ["PERSON Luiz Inacio Lula da Silva"]),
        Row("Leader Abu Bakr al-Baghdadi was killed.", ["PERSON Abu Bakr al-Baghdadi"]),
        Row("Bashar al-Assad met the envoy.", ["PERSON Bashar al-Assad"]),
        Row("Its director, Laurence des Cars, offered to resign.", ["PERSON Laurence des Cars"]), // a particle before an ordinary word
        Row("Abdirahman Yusuf al-Amin spoke first. Later, al-Amin said the funds were short.",
            ["PERSON Abdirahman Yusuf al-Amin", "PERSON al-Amin"]),
        Row("Ata-ur-Rehman took two wickets.", ["PERSON Ata-ur-Rehman"]),
        Row("NATO spokesman Lieutenant-Colonel Max Marriner said so.", ["ORG NATO", "PERSON Max Marriner"]),
        // Football clubs by their short names.
        Row("Arne Slot's side face West Ham next weekend.", ["PERSON Arne Slot", "ORG West Ham"]),
        Row("Leaders Arsenal host Chelsea on Sunday.", ["ORG Arsenal", "ORG Chelsea"]),
        Row("Born in Santa Monica, California, he moved east.", ["GPE Santa Monica", "GPE California"]),
        // After a role, "He" is a surname ("Vice Premier He Lifeng"); elsewhere the pronoun.
        Row("Talks with Vice Premier He Lifeng ended. He said they were useful.", ["PERSON He Lifeng"]),
        Row("Premier Li Qiang said so.", ["PERSON Li Qiang"]),
        // A dateline in capitals before a dash is a place; so is the state after its comma.
        Row("KOUROU – A European satellite lifted off.", ["GPE KOUROU"]),
        Row("DURHAM, N.C. – The council met.", ["GPE DURHAM", "GPE N.C."]),
        Row("CRANS-MONTANA, Switzerland – Skiers waited at Crans-Montana.", ["GPE CRANS-MONTANA", "GPE Switzerland", "GPE Crans-Montana"]),
        // Storms are events; post-nominals stay outside the name; "Dean" is a given name.
        Row("Typhoon Haiyan killed 6,300 people in 2013.", []),
        Row("Prosecuting, Eleanor Whitcombe KC said the wounds were deep.", ["PERSON Eleanor Whitcombe"]),
        Row("Rourke's brother-in-law, Dean Carrick, of Halifax, was cleared.", ["PERSON Rourke", "PERSON Dean Carrick", "GPE Halifax"]),
        Row("He died at Bradford Royal Infirmary after signing with Kelvin Sound Records.",
            ["ORG Bradford Royal Infirmary", "ORG Kelvin Sound Records"]),
        // A sea, bay or strait named with "of"; mountain ranges from loc.tsv.
        Row("Tankers crossed the Gulf of Aden and the Bay of Bengal.", ["LOC Gulf of Aden", "LOC Bay of Bengal"]),
        Row("Snow fell in the Pyrenees and the Hindu Kush.", ["LOC Pyrenees", "LOC Hindu Kush"]),
        // Political parties; a nationality before "Party" is part of the name.
        Row("Law and Justice (PiS) won 164 seats. PiS leader Jadwiga Ostrowska spoke.",
            ["ORG Law and Justice", "ORG PiS", "ORG PiS", "PERSON Jadwiga Ostrowska"]),
        Row("Scottish Labour Party narrowly backs referendum.", ["ORG Scottish Labour Party"]),
        Row("The Ministry of Labour and Employment has 30 days.", ["ORG Ministry of Labour and Employment"]),
        // A byline is a person whatever its last word ("Ba" is also a legal form); the first word
        // after a dateline opens a sentence.
        Row("By Aminata Ba\n\nTANGIER – Substitute Cheikh Ousmane Ndoye scored. Ndoye is 21.",
            ["PERSON Aminata Ba", "GPE TANGIER", "PERSON Cheikh Ousmane Ndoye", "PERSON Ndoye"]),
        // ... and its line is no title, though its words are ordinary ("lopes")
        Row("“Every innings since Chattogram I’ve told myself the next one is coming,” he said.", ["GPE Chattogram"]),
        Row("said Christos Tsolakis, the mayor of Erymanthos, who spent the night there.", ["PERSON Christos Tsolakis", "GPE Erymanthos"]),
        // A Spanish name goes on with its first surname; a point of the compass before "of" makes
        // a place; a club's suffix makes an organization; a role before a possessive is a body's
        Row("Governor Adriana Solís Echeverría spoke. Solís said the board would wait.",
            ["PERSON Adriana Solís Echeverría", "PERSON Solís"]),
        Row("Everyone south of Belle Chasse was told to leave.", ["GPE Belle Chasse"]),
        Row("Two men were arrested in Sutton-in-Ashfield, and a third in Stratford-upon-Avon.",
            ["GPE Sutton-in-Ashfield", "GPE Stratford-upon-Avon"]),
        Row("Mortar rounds hit positions near Minova between 11 p.m. and 2 a.m.", ["GPE Minova"]),
        Row("SPOKANE, Wash. – Teachers walked out.", ["GPE SPOKANE", "GPE Wash."]),
        Row("date 2026-02-17 By WKYN 19 News\n\nCANTON, Ohio — Crews worked.\n\nWHITWELL, Tenn. (AP) — Officers searched.",
            ["ORG WKYN 19 News", "GPE CANTON", "GPE Ohio", "GPE WHITWELL", "GPE Tenn.", "ORG AP"]),
        Row("The illness lasts three days, agency spokesman Kevin Marsh said.", ["PERSON Kevin Marsh"]),
        Row("The hearing before Chief Resident Magistrate Ireen Lungu was adjourned.", ["PERSON Ireen Lungu"]),
        Row("Cross-border VAT fraud costs governments billions.", []),
        Row("Bologna’s first tram line opens on Saturday.", ["GPE Bologna"]),
        Row("Departures will peak, said Hendro Wibisono, the ministry’s director general.", ["PERSON Hendro Wibisono"]),
        Row("He signed from Molde FK after a spell at Rosenborg BK.", ["ORG Molde FK", "ORG Rosenborg BK"]),
        Row("He said the Summit County Prosecutor’s Office would appeal.", ["ORG Summit County Prosecutor’s Office"]),
        Row("By Catarina Lopes Vieira\n\nLISBON – Train drivers walked out.", ["PERSON Catarina Lopes Vieira", "GPE LISBON"]),
        // A town's name that is the surname of a person of the document is that person.
        Row("Trade Minister Kenji Arakawa said talks would start. Arakawa told reporters.", ["PERSON Kenji Arakawa", "PERSON Arakawa"]),
        Row("Spokeswoman Gao Lixin told a briefing. Gao said the measures were fair.", ["PERSON Gao Lixin", "PERSON Gao"]),
        Row("Stocks held by the Food Corporation of India rose.", ["ORG Food Corporation of India"]),
        Row("Rations are free under the Pradhan Mantri Garib Kalyan Anna Yojana.", ["PROGRAMME Pradhan Mantri Garib Kalyan Anna Yojana"]),
        // A town before its state; a councillor's abbreviated title; a currency's prefix is no place.
        Row("His parents had driven in from Dayton, Ohio, on Saturday.", ["GPE Dayton", "GPE Ohio"]),
        Row("said Cllr Priya Mahmood, the cabinet member.", ["PERSON Priya Mahmood"]),
        Row("“We want people to come,” Cr Kovacevic said.", ["PERSON Kovacevic"]),
        // After an honorific, a listed place is a given name ("Ngozi" is a Burundian province).
        Row("“It is not acceptable,” said Dr Ngozi Adeyemi-Clarke.", ["PERSON Ngozi Adeyemi-Clarke"]),
        // A town before its state's abbreviation or its country; the abbreviation only there.
        Row("Near Kindersley, Sask., a farmer waited. Routes were cut in Kansas City, Kan., too.",
            ["GPE Kindersley", "GPE Sask.", "GPE Kansas City", "GPE Kan."]),
        Row("Officials will gather in Sintra, Portugal, in July.", ["GPE Sintra", "GPE Portugal"]),
        Row("Union leaders in Lower Saxony will meet in Hanover.", ["GPE Lower Saxony", "GPE Hanover"]),
        Row("Erik Lindqvist, a 27-year-old Swede, lost.", ["PERSON Erik Lindqvist"]),
        Row("Copper averaged US$11,340 a tonne, and the fund raised HK$2 billion.", []),
        // A company named later by its first word, without its legal form.
        Row("Zorvex Holdings Ltd. reported results. Analysts said Zorvex would gain.", ["ORG Zorvex Holdings Ltd.", "ORG Zorvex"]),
        Row("The budget restored funds for Puno, Cusco and Apurímac.", ["GPE Puno", "GPE Cusco", "GPE Apurímac"]),
        Row("Congress doubled funding for Ruta Escolar Andina, a programme that pays for buses.", ["PROGRAMME Ruta Escolar Andina"]),
        Row("Rosa Elvira Cáceres Mendoza of the Frente Regional del Sur voted no. “It is a loan,” Cáceres said.",
            ["PERSON Rosa Elvira Cáceres Mendoza", "ORG Frente Regional del Sur", "PERSON Cáceres"]),
        Row("“Both argue for patience,” Governor Cha Seung-hwan said. Prices rose, Statistics Korea said.",
            ["PERSON Cha Seung-hwan", "ORG Statistics Korea"]),
        Row("He won the fourth stage of the Tour of Slovenia. They signed the Treaty of Baden.", []),
        Row("Both teams are 9-5 after the playoff game. The Ravens hold the tiebreaker after the match.", ["ORG Ravens"]),
        Row("The Austrians scored twice in the match and won the league.", []),
        Row("He was runner-up at the Masters in April, two strokes off the lead in the tournament and the championship.", []),
        Row("Rain fell all week. The Ravens nested in the old trees.", []),
        Row("He said Daniel Kipruto Limo won. “I ran for the win,” Limo said.", ["PERSON Daniel Kipruto Limo", "PERSON Limo"]),
        Row("The caretaker takes Saturday's game against Marmara Demirspor. Sezgin bought Yıldızspor in 2019.",
            ["ORG Marmara Demirspor", "ORG Yıldızspor"]),
        Row("Ludmila Novak died. The funeral is at the Church of St. Ludmila.", ["PERSON Ludmila Novak"]),
        Row("She sang at the Vienna State Opera and across West Germany.", ["ORG Vienna State Opera", "GPE West Germany"]),
        Row("It will close a factory in Alabama and open one in Delaware.", ["GPE Alabama", "GPE Delaware"]),
        Row("Niu Pasifik Airlines cancelled flights. Niu Pasifik said it would refund fares.", ["ORG Niu Pasifik Airlines", "ORG Niu Pasifik"]),
        Row("Kenya Airways cancelled flights. Kenya said it would help.", ["ORG Kenya Airways", "GPE Kenya"]),
        Row("Police closed the road between Milwaukee and Waukesha.", ["GPE Milwaukee", "GPE Waukesha"]),
        Row("The bridge over the mouth of the Sado opened in 1976.", ["LOC Sado"]),
        Row("Sofia Amaral Reis, the engineer, said it was safe.", ["PERSON Sofia Amaral Reis"]),
        Row("South African shares suffered their worst day.", []),
        Row("He joined FC Douro Atlético in May.", ["ORG FC Douro Atlético"]),
        Row("He debuts against CD Barreirense, said Thabo Mokoena of the Patients’ Rights Forum.",
            ["ORG CD Barreirense", "PERSON Thabo Mokoena", "ORG Patients’ Rights Forum"]),
        Row("The service issued a Status Orange rain warning.", []),
        Row("It was built by the contractor Construtora Meridional.", ["ORG Construtora Meridional"]),
        Row("Tidewell Energy Ltd apologised to MPs on Tuesday.", ["ORG Tidewell Energy Ltd"]),
        Row("The court ruled that the Ministry of Roads and Highways had imposed it.", ["ORG Ministry of Roads and Highways"]),
        Row("Volunteers from the Ecuadorian Red Cross arrived.", ["ORG Ecuadorian Red Cross"]),
        Row("Volunteers from the Colombian Red Cross and the Athletics Integrity Unit helped.",
            ["ORG Colombian Red Cross", "ORG Athletics Integrity Unit"]),
        Row("A survey by pollster Pulso Urbano found that the Briton Hannah Okafor led.", ["ORG Pulso Urbano", "PERSON Hannah Okafor"]),
        Row("In a joint statement, the Romanian Ministry of Transport said it would help.", ["ORG Ministry of Transport"]),
        Row("“It is the water,” said Voahangy Razafimahefa, a senior forecaster at the agency.", ["PERSON Voahangy Razafimahefa"]),
        Row("Ash from Mount Tavurvur spread over New Britain. It is the strongest activity at Tavurvur in a decade.",
            ["LOC Mount Tavurvur", "LOC New Britain", "LOC Tavurvur"]),
        Row("Grace Mothapo chairs the Portfolio Committee on Correctional Services.",
            ["PERSON Grace Mothapo", "ORG Portfolio Committee on Correctional Services"]),
        Row("The junior Farmers and Regions Party walked out; Japan's Pharmaceuticals and Medical Devices Agency agreed.",
            ["ORG Farmers and Regions Party", "GPE Japan", "ORG Pharmaceuticals and Medical Devices Agency"]),
        Row("The Australian Securities and Investments Commission and the Financial Services and Markets Authority agreed; Nomura Securities and Daiwa Securities did not.",
            ["ORG Australian Securities and Investments Commission", "ORG Financial Services and Markets Authority", "ORG Nomura Securities", "ORG Daiwa Securities"]),
        Row("Kestrel Home Group Ltd reported results. Kestrel said sales rose. Shares in Kestrel fell.",
            ["ORG Kestrel Home Group Ltd", "ORG Kestrel", "ORG Kestrel"]),
        Row("Bay Logistics Ltd reported results. Bay Cargo said sales rose.", ["ORG Bay Logistics Ltd"]),
        Row("Kestrel Home Group Ltd reported results. A kestrel nested there. Kestrel sales rose.", ["ORG Kestrel Home Group Ltd"]),
        // Titles of courts and local offices: the place before them stays a place, but a federal
        // judge's listed title is one title ("U.S. District Judge", as the corpus writes it).
        Row("The ruling by U.S. District Judge Cameron Currie came on Monday.", ["PERSON Cameron Currie"]),
        Row("The charges were filed, said Cook County Sheriff Tom Dart.", ["GPE Cook County", "PERSON Tom Dart"]),
        // Given names of other countries (cue-first-names-intl.txt).
        Row("Recep Tayyip Erdogan and Volodymyr Zelensky spoke.", ["PERSON Recep Tayyip Erdogan", "PERSON Volodymyr Zelensky"]),
        // A given name that is also a city ("Vladimir"); a role of two lower-case words.
        Row("The Kremlin said Vladimir Putin would attend.", ["ORG Kremlin", "PERSON Vladimir Putin"]),
        // A surname of several words keeps them in later mentions.
        Row("Chief executive Thandiwe Mokoena-Ntuli spoke on Monday. Mokoena-Ntuli said costs fell.",
            ["PERSON Thandiwe Mokoena-Ntuli", "PERSON Mokoena-Ntuli"]),
        Row("Minister Luiz Carlos dos Reis spoke on Monday. “Nobody,” dos Reis said.",
            ["PERSON Luiz Carlos dos Reis", "PERSON dos Reis"]),
        Row("Coach Jan de Graaf spoke on Monday. De Graaf said he had followed him.", ["PERSON Jan de Graaf", "PERSON De Graaf"]),
        // A role's field after "of" is not part of the name that follows it.
        Row("Azerbaijan's Minister of Economy Mikayil Jabbarov met him.", ["GPE Azerbaijan", "PERSON Mikayil Jabbarov"]),
        Row("The Minister of Digital Development and Transport Rashad Nabiyev spoke.", ["PERSON Rashad Nabiyev"]),
        Row("He said Chairman of the Board John Smith resigned.", ["PERSON John Smith"]),
        Row("The Secretary-General of NATO Mark Rutte said.", ["ORG NATO", "PERSON Mark Rutte"]),
        // Given names listed without their accents ("Jose", "Zoe") are found with them.
        Row("Ministers Zoë Brown and Søren Kierkegaard spoke.", ["PERSON Zoë Brown", "PERSON Søren Kierkegaard"]),
        Row("Brazil's José Maria Costa da Silva met him.", ["GPE Brazil", "PERSON José Maria Costa da Silva"]),
        Row("Tesla chief executive Elon Musk said so.", ["ORG Tesla", "PERSON Elon Musk"]),
        Row("Former President Tsai Ing-wen met Chan Kin-man.", ["PERSON Tsai Ing-wen", "PERSON Chan Kin-man"]),
        // An ordinary first word and a surname make no person: a stadium, a town.
        Row("They lost at Old Trafford again.", []),
        // Particles do not make a person of a place or a company.
        Row("They met at Casa de Narino and at Hewlett-Packard.", []),
        Row("The al-Aqsa compound was closed.", []),
        // East Asian names, surname first (cue-east-asian-surnames.txt): a hyphenated given
        // name, a romanized one; the surname alone later is the same person.
        Row("President Moon Jae-in met him. Later Moon said no.", ["PERSON Moon Jae-in", "PERSON Moon"]),
        Row("Yoon Suk-yeol and Lee Jae-myung debated.", ["PERSON Yoon Suk-yeol", "PERSON Lee Jae-myung"]),
        Row("Ban Ki-moon met Kim Jong-un.", ["PERSON Ban Ki-moon", "PERSON Kim Jong-un"]),
        Row("The message went to his counterpart, Kang Young-hoon.", ["PERSON Kang Young-hoon"]),
        Row("The Kim Jong-un-led talks failed.", ["PERSON Kim Jong-un"]),
        Row("The Kremlin said Vladimir Putin and Xi Jinping would meet. Xi said no.",
            ["ORG Kremlin", "PERSON Vladimir Putin", "PERSON Xi Jinping", "PERSON Xi"]),
        Row("Xi Jinping arrived first.", ["PERSON Xi Jinping"]),
        Row("Li Qiang, Wang Yi, Hu Jintao and Wu Jianghao attended.",
            ["PERSON Li Qiang", "PERSON Wang Yi", "PERSON Hu Jintao", "PERSON Wu Jianghao"]),
        Row("Wang Yi met Lee Kuan Yew. Lee said yes.", ["PERSON Wang Yi", "PERSON Lee Kuan Yew", "PERSON Lee"]),
        Row("Nguyen Xuan Phuc spoke. Phuc left.", ["PERSON Nguyen Xuan Phuc", "PERSON Phuc"]),
        // Not East Asian names: a pronoun, an article, a place head, a listed name, the
        // surname's ordinary word, a word no syllables of a given name make.
        Row("He met Xi Jinping in Beijing.", ["PERSON Xi Jinping", "GPE Beijing"]),
        Row("Le Monde reported the talks.", ["ORG Le Monde"]),
        Row("Ma said the talks went well.", []),
        Row("Sun Valley hosted the talks.", ["LOC Sun Valley"]),
        Row("The talks were held in Hong Kong.", ["GPE Hong Kong"]),
        Row("Moon Jae-in visited. The moon was full.", ["PERSON Moon Jae-in"]),
        Row("Acting president Han Duck-soo was impeached.", ["PERSON Han Duck-soo"]),
        // Four one-syllable words: a Burmese name
        Row("Myanmar's Aung San Suu Kyi remains in detention.", ["GPE Myanmar", "PERSON Aung San Suu Kyi"]),
        // Four words and a particle before a listed surname
        Row("On Tuesday, Luiz Inacio Lula da Silva said talks would continue.", ["PERSON Luiz Inacio Lula da Silva"]),
        // After "the", a guessed name is a person only before a noun
        Row("He is a former editor of the Sereipheap Thmei (New Liberty).", []),
        Row("He denied any link with the Marc Dutroux case.", ["PERSON Marc Dutroux"]),
        Row("Park Avenue was closed.", []),
    ]

    @Test(arguments: rows) func table(_ row: Row) throws {
        #expect(try spans(row.text) == row.expected)
    }

    @Test func roleIsAnAttribute() throws {
        let s = try annotator.annotate("Defence Minister Zakir Hasanov met the delegation.")
        #expect(s.first?.role == "Defence Minister")
        #expect(s.first?.rule == "person-after-role")
        #expect(s.first?.source == "cue-role-heads:Minister")
    }

    @Test func surnameLinksToFullName() throws {
        let s = try annotator.annotate("Zakir Hasanov spoke first. Hasanov then left.")
        #expect(s.count == 2)
        #expect(s[0].entity != nil && s[0].entity == s[1].entity)
        #expect(s[1].rule == "document-surname")
    }

    /// An East Asian surname comes first and links the later mentions; the whole name is
    /// the entity ("Ban Ki-moon" is not the "Moon" of "Moon Jae-in").
    @Test func eastAsianSurnameLinksToFullName() throws {
        let s = try annotator.annotate("Ban Ki-moon met Moon Jae-in. Moon said so, and Ban agreed.")
        #expect(s.map(\.text) == ["Ban Ki-moon", "Moon Jae-in", "Moon", "Ban"])
        guard s.count == 4 else { return }
        #expect(s[0].rule == "east-asian-name" && s[0].source == "cue-east-asian-surnames:Ban")
        #expect(s[0].entity != nil && s[0].entity == s[3].entity)
        #expect(s[1].entity != nil && s[1].entity == s[2].entity && s[1].entity != s[0].entity)
        #expect(s[2].rule == "document-surname" && s[3].rule == "document-surname")
    }
}

@Suite struct OrgTests {
    static let rows: [Row] = [
        // A count opening the sentence is not part of the name.
        Row("Two South African National Defence Force helicopters flew.", ["ORG South African National Defence Force"]),
        Row("Two Ministry of Health officials resigned.", ["ORG Ministry of Health"]),
        // Research houses; a field of research inside a body's name
        Row("All 19 analysts polled by Pannon Research had expected no change.", ["ORG Pannon Research"]),
        Row("The WSL Institute for Snow and Avalanche Research said so.", ["ORG WSL Institute for Snow and Avalanche Research"]),
        // Firms of consultants and associates.
        Row("A survey by Opina Consultores was published.", ["ORG Opina Consultores"]),
        Row("He founded Dewey Associates in 1990.", ["ORG Dewey Associates"]),
        // An English head before words that are none: "Bank Mandiri"; "Mission" so is a programme.
        Row("A group of banks led by Bank Mandiri lent the money.", ["ORG Bank Mandiri"]),
        Row("He rode for Team Kustlijn last year.", ["ORG Team Kustlijn"]),
        Row("The Bank Holiday weekend was wet.", []),
        Row("Remedial classes under Mission Daksh will be held.", ["PROGRAMME Mission Daksh"]),
        // A ministry of several fields, the last a head word
        Row("Exports fell, according to the Ministry of Development, Industry, Trade and Services.",
            ["ORG Ministry of Development, Industry, Trade and Services"]),
        // Parliaments and police forces by their own names
        Row("Poland's Sejm passed the bill, and the Carabineros urged calm.", ["GPE Poland", "ORG Sejm", "ORG Carabineros"]),
        Row("The Undersecretariat of Telecommunications opened an inquiry.", ["ORG Undersecretariat of Telecommunications"]),
        // A city's government; the City of London is a district
        Row("The City of Skopje made rides free.", ["ORG City of Skopje"]),
        Row("Banks in the City of London rallied.", ["GPE London"]),
        // A listed "Directorate General" heads an "of" chain.
        Row("Inspections were ordered by the Directorate General of Civil Aviation.", ["ORG Directorate General of Civil Aviation"]),
        // Heads in other languages: first, a word that is not English makes a name of two words
        // ("Ministerul Energiei", "Grupo Televisa"); last in Turkish ("Dışişleri Bakanlığı").
        Row("A letter from Ministerul Energiei arrived.", ["ORG Ministerul Energiei"]),
        // A sport's national body; a place glued to an unknown word; a code is no body; a listed
        // body ending in a facility's word; a head before a plural's apostrophe goes on.
        Row("Tennis Australia chief executive Fiona Haldane said Cricket Ireland agreed.",
            ["ORG Tennis Australia", "PERSON Fiona Haldane", "ORG Cricket Ireland"]),
        Row("National forecaster Météo-France kept alerts after a fire jumped the AP-7 motorway.", ["ORG Météo-France"]),
        Row("He said Canadian National Railway had cut trains.", ["ORG Canadian National Railway"]),
        // Fields listed before "X and Y Committee"; a portfolio before "Minister" is no body; a
        // role cut off by its period; a lawmaker's party and state.
        Row("He told the Senate Commerce, Science and Transportation Committee that staff were short.",
            ["ORG Senate Commerce, Science and Transportation Committee"]),
        Row("Emergency Services Minister Jodie Marrable said crews were ready.", ["PERSON Jodie Marrable"]),
        Row("Committee Chairman Sen. Roy Bannerman, R-Kan., said the panel would vote.", ["PERSON Roy Bannerman", "GPE Kan."]),
        Row("The Philippine Atmospheric, Geophysical and Astronomical Services Administration raised signals.",
            ["ORG Philippine Atmospheric, Geophysical and Astronomical Services Administration"]),
        // An office's holder inside a body's name; a co-operative's head; a thing a body owns is
        // no body; a currency's prefix ends a name.
        Row("The Office of the Superintendent of Financial Institutions regulates the banks.",
            ["ORG Office of the Superintendent of Financial Institutions"]),
        Row("Aoraki Dairy Co-operative expects to pay its farmers more.", ["ORG Aoraki Dairy Co-operative"]),
        Row("In its Monetary Policy Report, the bank forecast growth.", []),
        Row("Dairy products earned New Zealand NZ$24.6 billion.", ["GPE New Zealand"]),
        Row("Detective Garda Shane Kiely told the court.", ["PERSON Shane Kiely"]),
        Row("Internal Administration Minister Joana Lobo said.", ["PERSON Joana Lobo"]),
        // "X and Y Head" with a nationality word before it and a place after "of"
        Row("The Nigerian Ports and Harbours Authority and the Oil and Gas Authority of Nigeria met.",
            ["ORG Nigerian Ports and Harbours Authority", "ORG Oil and Gas Authority of Nigeria"]),
        Row("The coalition of Hlas-SD and the Slovak National Party (SNS) holds 79 seats.",
            ["ORG Hlas-SD", "ORG Slovak National Party", "ORG SNS"]),
        Row("The University and College Union (UCU) balloted members.", ["ORG University and College Union", "ORG UCU"]),
        Row("The Bangko Sentral ng Pilipinas (BSP) cut its key rate.", ["ORG Bangko Sentral ng Pilipinas", "ORG BSP"]),
        Row("His rival, Shahida Noor Ghuman, appealed; its rival, Acme Corp, did not.",
            ["PERSON Shahida Noor Ghuman", "ORG Acme Corp"]),
        Row("The Grain Growers of Canada and the Citrus Growers’ Association of Southern Africa agreed.",
            ["ORG Grain Growers of Canada", "ORG Citrus Growers’ Association of Southern Africa"]),
        Row("Her sons attend Cloud Elementary, and Heartland Student Transit runs the buses.",
            ["ORG Cloud Elementary", "ORG Heartland Student Transit"]),
        // Companies of stock indices (org-companies.tsv); a listed company named like a
        // person of the document is that person.
        Row("Lockheed Martin and Northrop Grumman bid.", ["ORG Lockheed Martin", "ORG Northrop Grumman"]),
        Row("Novelist Jose Soler Puig died. Puig wrote ten novels.", ["PERSON Jose Soler Puig", "PERSON Puig"]),
        // An age set off by commas after a name.
        Row("Duran, 45, takes on a younger rival. Duran still talks as if he was in his prime.",
            ["PERSON Duran", "PERSON Duran"]),
        // An ordinary word before an age and a verb; the full name before it is that person too.
        Row("Golf star Tiger Woods withdrew on Friday. Woods, 49, said his back hurt.", ["PERSON Tiger Woods", "PERSON Woods"]),
        // Surname first though the given name is also a place ("Donghai").
        Row("The veteran dissident Wang Donghai was held. Wang's arrest was confirmed.",
            ["PERSON Wang Donghai", "PERSON Wang"]),
        // A name before a lower-case "party", though also a town; a compass word and a
        // nationality before a role are no organization.
        Row("Members of the ruling Morena party and the opposition Likud party voted.", ["ORG Morena", "ORG Likud"]),
        Row("He leads the opposition National Renewal party. They held a New Year party.", ["ORG National Renewal"]),
        Row("It left the opposition Green Future movement ahead. Stocks in the Benguela Current are drifting.",
            ["ORG Green Future", "LOC Benguela Current"]),
        Row("South African President Cyril Ramaphosa spoke.", ["PERSON Cyril Ramaphosa"]),
        // Institutions whose head word splits them otherwise ("Securities" heads "Nomura Securities").
        Row("The Securities and Exchange Commission and the House of Commons met.",
            ["ORG Securities and Exchange Commission", "ORG House of Commons"]),
        // A listed name written with a lower-case particle matches as written.
        Row("Leaders of al-Qaeda and Al-Qaeda in Iraq met.", ["ORG al-Qaeda", "ORG Al-Qaeda", "GPE Iraq"]),
        Row("Shares of Grupo Televisa rose.", ["ORG Grupo Televisa"]),
        Row("A study by the Stiftung Mercator was published.", ["ORG Stiftung Mercator"]),
        Row("Officials of the Dışişleri Bakanlığı met.", ["ORG Dışişleri Bakanlığı"]),
        Row("The Group Captain flew to Rome.", ["GPE Rome"]),
        Row("Officials of Agenția Națională pentru Ocuparea Forței de Muncă met.",
            ["ORG Agenția Națională pentru Ocuparea Forței de Muncă"]),
        Row("The Bundesamt für Migration und Flüchtlinge said so.", ["ORG Bundesamt für Migration und Flüchtlinge"]),
        // A hyphen after a prefix keeps the lower-case word in the name.
        Row("The Organisation for Economic Co-operation and Development said so.",
            ["ORG Organisation for Economic Co-operation and Development"]),
        Row("Co-operation grew in the region.", []),
        // A plural common head after "and" continues a body's fields; a second name does not.
        Row("The Ministry of Energy and Natural Resources of Türkiye said so.",
            ["ORG Ministry of Energy and Natural Resources of Türkiye"]),
        Row("The Institute of Technology and Seoul National University signed.",
            ["ORG Institute of Technology", "ORG Seoul National University"]),
        // UN programmes that are agencies.
        Row("The UN Development Programme (UNDP) and UNEP opened offices.",
            ["ORG UN Development Programme", "ORG UNDP", "ORG UNEP"]),
        Row("NATO's Cooperative Security Division of the International Military Staff Director Francesco Diella spoke.",
            ["ORG NATO", "ORG Cooperative Security Division of the International Military Staff",
             "PERSON Francesco Diella"]),
        Row("The Ministry of Foreign Affairs of Azerbaijan issued a statement.",
            ["ORG Ministry of Foreign Affairs of Azerbaijan"]),
        Row("It supported NATO-led peace-support operations.", ["ORG NATO"]),
        Row("The Defence Ministry said the drills ended.", ["ORG Defence Ministry"]),
        Row("He studied at the Military High School, a pre-commissioning school.", ["ORG Military High School"]),
        Row("Azerbaijan joined the North Atlantic Cooperation Council in 1992.",
            ["GPE Azerbaijan", "ORG North Atlantic Cooperation Council"]),
        Row("Loans came from the European Bank for Reconstruction and Development (EBRD) and the EBRD board.",
            ["ORG European Bank for Reconstruction and Development", "ORG EBRD", "ORG EBRD"]),
        Row("Shares of Acme Widgets Ltd rose.", ["ORG Acme Widgets Ltd"]),
        Row("Water Resources Minister Bakhtiyor Sobirov spoke.", ["PERSON Bakhtiyor Sobirov"]),
        Row("The Ministry of Health, Welfare, Tourism and Sports said so.", ["ORG Ministry of Health, Welfare, Tourism and Sports"]),
        Row("The Ministry of Justice, Georgia and Armenia met.", ["ORG Ministry of Justice", "GPE Georgia", "GPE Armenia"]),
        Row("The Ministry of Energy of the Republic of Uzbekistan said so.",
            ["ORG Ministry of Energy of the Republic of Uzbekistan"]),
        Row("The European Union Mission in Georgia reported calm.", ["ORG European Union Mission in Georgia"]),
        Row("The Defence Ministry in Tbilisi reported calm.", ["ORG Defence Ministry", "GPE Tbilisi"]),
        Row("She studied at the Zorvex Institute of Technology and Halbrook State University.",
            ["ORG Zorvex Institute of Technology", "ORG Halbrook State University"]),
        Row("The African Union's Peace and Security Council met.", ["ORG African Union", "ORG Peace and Security Council"]),
        Row("WFP country director Amadou Ba said so.", ["ORG WFP", "PERSON Amadou Ba"]),
        // Head first, joined by particles; a short name in parentheses spelled from it.
        Row("Loans came from the Banco Nacional de Fomento (Banafo) last year. Banafo said so.",
            ["ORG Banco Nacional de Fomento", "ORG Banafo", "ORG Banafo"]),
        Row("The Dirección de Meteorología e Hidrología issued a warning.", ["ORG Dirección de Meteorología e Hidrología"]),
        Row("Students at the Universidad de Chile protested.", ["ORG Universidad de Chile"]),
        Row("Officials of the Presidency of Defence Industries spoke.", ["ORG Presidency of Defence Industries"]),
        Row("The shares were sold by the automaker Chrysler on Monday.", ["ORG Chrysler"]),
        // News outlets by their kind: a place's name after "newspaper" is the paper's, a name
        // before "newspaper" or "news agency" is the outlet (a place before one stays a place).
        Row("The official newspaper Granma reported it.", ["ORG Granma"]),
        Row("Zorvex Matin newspaper and the Halbrook news agency said so.", ["ORG Zorvex Matin", "ORG Halbrook"]),
        Row("A Moscow newspaper said the talks failed.", ["GPE Moscow"]),
        Row("The Serbian news agency Tanjug reported it.", ["ORG Tanjug"]),
        // Where a role holder works.
        Row("An analyst at Zorvex Capital said so.", ["ORG Zorvex Capital"]),
        Row("Said analyst Paula Buratti at Halbrook.", ["PERSON Paula Buratti", "ORG Halbrook"]),
        Row("A spokeswoman for Zorvex declined to comment.", ["ORG Zorvex"]),
        Row("A spokesman for John Smith said so.", ["PERSON John Smith"]),
        Row("The director for Europe said so.", ["LOC Europe"]),
        Row("The deal was signed, the Zorvex press service said.", ["ORG Zorvex"]),
        // A two-word name and its short form made of their beginnings.
        Row("Petroleos Mexicanos (Pemex) lost money. Pemex said so.",
            ["ORG Petroleos Mexicanos", "ORG Pemex", "ORG Pemex"]),
        // An appositive after a place's possessive: the country's parliament, its largest lender.
        Row("It goes to the Zorvex Kenesh, Kyrgyzstan's parliament, next.", ["ORG Zorvex Kenesh", "GPE Kyrgyzstan"]),
        Row("The speaker of the Belarus parliament, Semyon Sharetsky, spoke.", ["GPE Belarus", "PERSON Semyon Sharetsky"]),
        // Roles of more than one word.
        Row("Treasury Cabinet Secretary John Mbadi spoke.", ["PERSON John Mbadi"]),
        // A name set off by a comma before a role is a person's, whatever its first word is elsewhere.
        Row("Ngozi Okonjo-Iweala, the WTO director-general, warned. Okonjo-Iweala spoke.",
            ["PERSON Ngozi Okonjo-Iweala", "ORG WTO", "PERSON Okonjo-Iweala"]),
        Row("South Africa, the host country, said so.", ["GPE South Africa"]),
        Row("Zelenskyy met Kılıçdaroğlu.", ["PERSON Zelenskyy", "PERSON Kılıçdaroğlu"]),
        Row("Fighters loyal to Abu Bakr al-Baghdadi fled to Abu Dhabi.", ["PERSON Abu Bakr al-Baghdadi", "GPE Abu Dhabi"]),
        // A place that is also a given name may start a person's name; a country does not.
        Row("Injuries to veteran Mary Joe Fernandez hurt. He said Georgia Irakli Kobakhidze would go.",
            ["PERSON Mary Joe Fernandez", "GPE Georgia", "PERSON Irakli Kobakhidze"]),
        // Words only a person takes after a name.
        Row("Widodo, who left office in 2024, attended. Sukarno's daughter spoke.", ["PERSON Widodo", "PERSON Sukarno"]),
        // ... an ordinary word last after a word that is none, "whose" after two words; a name
        // set off by commas after an owned role
        Row("The survey is due. Harekrushna Swain, who farms near the coast, lost his crop.", ["PERSON Harekrushna Swain"]),
        Row("Tolu Banks, whose group lobbied for years, spoke.", ["PERSON Tolu Banks"]),
        Row("Its secretary, Rokeya Sultana, said checks were rare. The authority's director-general, Comfort Adomako, agreed.",
            ["PERSON Rokeya Sultana", "PERSON Comfort Adomako"]),
        Row("The Briton, who lost, and the Americans, who won, left. Microsoft, which owns LinkedIn, agreed.",
            ["ORG Microsoft", "ORG LinkedIn"]),
        Row("Deputy Defence Minister Lt-Gen Karam Zorvexov met Maj Gen John Smith.",
            ["PERSON Karam Zorvexov", "PERSON John Smith"]),
        // A role's field after "for", of ordinary words and the words of roles.
        Row("He met the Minister for Foreign Affairs Jeyhun Bayramov.", ["PERSON Jeyhun Bayramov"]),
        Row("He met NATO Deputy Assistant Secretary General for Defence Policy and Capabilities James Appathurai.",
            ["ORG NATO", "PERSON James Appathurai"]),
        // An event's name before a lower-case head is no name; a body's name stays one.
        Row("They went to the Zorvex Azerbaijan festival after the NATO summit.", ["ORG NATO"]),
        // Places by their head words, before or after the name, in lower case too.
        Row("Fishing in Lake Issyk-Kul and on Mount Ararat resumed.", ["LOC Lake Issyk-Kul", "LOC Mount Ararat"]),
        Row("The stage crosses the Serra de São Mamede, the Serra do Açor and Monte Cimone.",
            ["LOC Serra de São Mamede", "LOC Serra do Açor", "LOC Monte Cimone"]),
        Row("Serra Azul president Marcos Tolentino said so.", ["ORG Serra Azul", "PERSON Marcos Tolentino"]),
        Row("Rain fell. Lake Zorvika, the largest reservoir, is low.", ["LOC Lake Zorvika"]),
        Row("Crews tested the Ciénaga de la Zorvena lagoon. Trees fell in nearby Zorvadala and neighbouring Kvetnava.",
            ["LOC Ciénaga de la Zorvena", "GPE Zorvadala", "GPE Kvetnava"]),
        // A town's opening word: no given name; but not a mine's or a union's name, nor a
        // person's surname taught before.
        Row("Crews reached Puerto Zorvales by boat, and families in Santa Irvena were told to leave.",
            ["GPE Puerto Zorvales", "GPE Santa Irvena"]),
        Row("Aid reached El Kharouba, and ash fell on San Telmo Yaxché.", ["GPE El Kharouba", "GPE San Telmo Yaxché"]),
        Row("Work stopped at the La Vertiente mine, and the drivers' union La Hermandad called a strike.", ["ORG La Hermandad"]),
        Row("Interior Minister Karim El Mansouri spoke. The harvest was poor, El Mansouri said.",
            ["PERSON Karim El Mansouri", "PERSON El Mansouri"]),
        Row("Shares in Los Almendros fell 3 percent.", ["ORG Los Almendros"]),
        Row("Witnesses spoke. Bank Zorvara Malaysia fined the lender.", ["ORG Bank Zorvara Malaysia"]),
        Row("A former chief of Zorvara Capital Bank Berhad was jailed.", ["ORG Zorvara Capital Bank Berhad"]),
        Row("Investors credit the government's Corporate Value-up Program.", ["PROGRAMME Corporate Value-up Program"]),
        Row("Witnesses spoke. If Germany were to act, he said.", ["GPE Germany"]),
        Row("Barges wait under the Río Zorvo Dredging Programme.", ["PROGRAMME Río Zorvo Dredging Programme"]),
        Row("Contracts in the Salar de Atacama run out; snow fell on the Sierra Nevada, not in Sierra Leone.",
            ["LOC Salar de Atacama", "LOC Sierra Nevada", "GPE Sierra Leone"]),
        Row("Water from the Zorvex reservoir reached the Chu and Talas rivers.", ["LOC Zorvex", "LOC Chu", "LOC Talas"]),
        Row("Surges could flood islands in the Meghna estuary.", ["LOC Meghna"]),
        Row("The drill ends off the coast near Zorvex, officials said. He sat near Anna.", ["GPE Zorvex"]),
        Row("The Brazilian Association of Mobility and Technology (Amobitec) objected.",
            ["ORG Brazilian Association of Mobility and Technology", "ORG Amobitec"]),
        // (a short name in the body's own language, long or not spelled from the English name)
        Row("Members of the Santa Catarina Port Workers’ Union (Sintraport) walked out. The National Television Association (Anatel) said so.",
            ["ORG Santa Catarina Port Workers’ Union", "ORG Sintraport", "ORG National Television Association", "ORG Anatel"]),
        Row("Fishing along the Baku coast resumed.", ["GPE Baku"]),
        Row("He joined Mickey Rivers as the only player.", ["PERSON Mickey Rivers"]),
        // A possessive weekday is no part of a name.
        Row("They met before Wednesday's Zorvex League match.", ["ORG Zorvex League"]),
        // A nationality word stays in a body's name (as the corpus writes "Austrian Energy Agency"),
        // not before a listed place ("Jewish West Bank"); a hyphened place may start one.
        Row("The Christian Social Union (CSU) and the German Foreign Ministry met.",
            ["ORG Christian Social Union", "ORG CSU", "ORG German Foreign Ministry"]),
        Row("The Nigerian Civil Aviation Authority granted a permit.", ["ORG Nigerian Civil Aviation Authority"]),
        Row("Economists surveyed by Brightwater Analytics and riders of Ardesia Racing agreed.",
            ["ORG Brightwater Analytics", "ORG Ardesia Racing"]),
        Row("The Rockets play Game 5 on Friday after an MRI scan.", []),
        Row("The phone has 64 GB of memory and a 5 MW battery.", []),
        Row("Sales at Apple passed electronics retailer Best Buy for the No. 2 spot.", ["ORG Apple", "ORG Best Buy"]),
        Row("Leaders met at the Asia-Pacific Economic Cooperation (APEC) summit.",
            ["ORG Asia-Pacific Economic Cooperation", "ORG APEC"]),
        Row("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said so.",
            ["ORG United Nations Office for the Coordination of Humanitarian Affairs", "ORG OCHA"]),
        // A nationality word after "of" inside a body's name; a head inside takes its own field.
        Row("The Federation of Indian Chambers of Commerce and Industry (FICCI) and the Confederation of British Industry met.",
            ["ORG Federation of Indian Chambers of Commerce and Industry", "ORG FICCI", "ORG Confederation of British Industry"]),
        // Abbreviations in capitals that name no body.
        Row("Investment in AI and EVs rose before the IPO.", []),
        // A programme noun and the name set off by commas.
        Row("They backed the bloc's defence plan, ReArm Zorvex, on Friday.", ["PROGRAMME ReArm Zorvex"]),
        Row("He defended the project, Halbrook said.", []),
        Row("The plant is in the central Transylvanian town of Bistrita.", ["GPE Bistrita"]),
        Row("Results:\nBristol Rovers 1 Stockport 1\nBury 4 Carlisle 0", [
            "ORG Bristol Rovers", "ORG Stockport", "ORG Bury", "ORG Carlisle",
        ]),
        Row("Apple CEO Tim Cook spoke.", ["ORG Apple", "PERSON Tim Cook"]),
        Row("It drew money from the federal Housing Accelerator Fund, not from Saudi Arabia’s Public Investment Fund.",
            ["PROGRAMME Housing Accelerator Fund", "GPE Saudi Arabia", "ORG Public Investment Fund"]),
        Row("App operators such as Zuma Rides will send data, and grid operators Fingrid and Elering agreed.",
            ["ORG Zuma Rides", "ORG Fingrid", "ORG Elering"]),
        Row("The ferry was paid for by the government’s Green Ferries programme and the World Bank programme.",
            ["PROGRAMME Green Ferries", "ORG World Bank"]),
        // (unknown words between a determiner and a noun modify it: no person)
        Row("It owns the Tsagaan Khad copper mine, the Sinag Dilaw plant and a reduced Alfa Pendular service.", []),
        // (an action after "for the" takes its object; a plural's possessive joins a name; a
        // descriptor after a dateline's dash stays outside; an adverbial "Under the plan," names nothing)
        Row("OVIEDO, Spain – Steelmaker Aceros del Nalón S.A. will cut jobs, the Asturian Steelworkers’ Federation said.",
            ["GPE OVIEDO", "GPE Spain", "ORG Aceros del Nalón S.A.", "ORG Asturian Steelworkers’ Federation"]),
        Row("They signed with the European Organisation for the Exploitation of Meteorological Satellites in May.",
            ["ORG European Organisation for the Exploitation of Meteorological Satellites"]),
        Row("A claim was filed at the International Centre for Settlement of Investment Disputes.",
            ["ORG International Centre for Settlement of Investment Disputes"]),
        Row("Under the plan, Zorvan will host offices, and the bloc's defence plan, ReArm Europe, passed.",
            ["PROGRAMME ReArm Europe"]),
        // (a text that opens with the word before the name: no look before its start)
        Row("reduced Alfa Pendular service between Lisbon and Porto.", ["PERSON Alfa Pendular", "GPE Lisbon", "GPE Porto"]),
        Row("U.S. President Bill Clinton spoke.", ["GPE U.S.", "PERSON Bill Clinton"]),
        // (a listed non-entity ends the name before it; heads of Portuguese bodies, research firms, peaks)
        Row("U.S. West Texas Intermediate crude fell; the União dos Professores do Ensino Básico and Talanoa Insights met below Negoiu Peak.",
            ["GPE U.S.", "ORG União dos Professores do Ensino Básico", "ORG Talanoa Insights", "LOC Negoiu Peak"]),
        Row("Zambia appointed Dutchman Pieter Hoekstra as coach.\n\n(Reporting by Priya Raghunathan; Editing by Tom Hallett)",
            ["GPE Zambia", "PERSON Pieter Hoekstra", "PERSON Priya Raghunathan", "PERSON Tom Hallett"]),
        Row("“It is nothing,” Ventoso sports director Enrico Malfatti said, and Clinton campaign manager Peter Knight agreed.",
            ["ORG Ventoso", "PERSON Enrico Malfatti", "PERSON Peter Knight"]),
        // An organization whose name is an ordinary word, before a possessive and a noun
        Row("Shell's results beat forecasts.", ["ORG Shell"]),
        Row("OpenAI chief executive Sam Altman spoke.", ["ORG OpenAI", "PERSON Sam Altman"]),
        Row("Spring's arrival was late.", []),
        Row("He met Zorvex spokesman Per Lindqvist.", ["ORG Zorvex", "PERSON Per Lindqvist"]),
        Row("Contracts went to Zorvex Halbrook and Boeing.", ["ORG Zorvex Halbrook", "ORG Boeing"]),
        Row("Shares of Acme Widgets Corp. rose.", ["ORG Acme Widgets Corp."]),
        Row("Zorvex Chase & Co., AT&T and Halbrook Ltd. reported results.", ["ORG Zorvex Chase & Co.", "ORG AT&T", "ORG Halbrook Ltd."]),
        // Legal forms in lower case or with punctuation end the name.
        Row("Shares of Zorvex Energy plc and Halbrook Offshore A/S rose.",
            ["ORG Zorvex Energy plc", "ORG Halbrook Offshore A/S"]),
        Row("Tanks came from Zorvex Otomotiv A.Ş. and Halbrook Rail Co., Ltd. this year.",
            ["ORG Zorvex Otomotiv A.Ş.", "ORG Halbrook Rail Co., Ltd."]),
        // (legal forms spaced inside; a descriptor opening the sentence is outside)
        Row("Drugmaker Karoo Generics (Pty) Ltd recalled pills. The farm belongs to Drobex Wielkopolska sp. z o.o., which said so.",
            ["ORG Karoo Generics (Pty) Ltd", "ORG Drobex Wielkopolska sp. z o.o."]),
        Row("Transportes Zorvado Express S.A.C. runs the route. Detectives from the Polícia Judiciária and the Bombeiros Voluntários de Zorvela came.",
            ["ORG Transportes Zorvado Express S.A.C.", "ORG Polícia Judiciária", "ORG Bombeiros Voluntários de Zorvela"]),
        Row("The Museo Regional del Norte reopened. Zorvane Ratings cut the rating.", ["ORG Museo Regional del Norte", "ORG Zorvane Ratings"]),
        Row("The regional water board, Waterschap Zorvelingo, said so. Warnings covered North Maluku.",
            ["ORG Waterschap Zorvelingo", "GPE North Maluku"]),
        Row("The ship, run by Zorvane Ocean Cruises, docked. The Civil Registry and the Zorvala Institutet agreed.",
            ["ORG Zorvane Ocean Cruises", "ORG Civil Registry", "ORG Zorvala Institutet"]),
        Row("A navy spokesman, Commodore Ibrahim Zorvado said the Geological Survey had a plan, the Reliable Power Pathway.",
            ["PERSON Ibrahim Zorvado", "ORG Geological Survey", "PROGRAMME Reliable Power Pathway"]),
        Row("Defenceman Joonas Zorvanen scored. He left Zorvala Central Prison on Monday.", ["PERSON Joonas Zorvanen"]),
        Row("Zorvale Ridge Mining (Pvt) Ltd hired the original contractor, Consorcio Viaducto del Norte.",
            ["ORG Zorvale Ridge Mining (Pvt) Ltd", "ORG Consorcio Viaducto del Norte"]),
        Row("Staff at Halbrook Energy & Co. and company executives met.", ["ORG Halbrook Energy & Co."]),
        Row("The zorvex fleet is old.\nZorvex Ltd., a consortium, won.", ["ORG Zorvex Ltd."]),
        Row("The deal was signed by Zorvex, the Danish carmaker.", ["ORG Zorvex"]),
        Row("The Danish carmaker, Zorvex, said it would grow. Zorvex then hired staff.", ["ORG Zorvex", "ORG Zorvex"]),
        Row("Jobs went at its European division, Zorvex.", ["ORG Zorvex"]),
        // What says "it" of itself is an organization, and teaches the document.
        Row("Zorvex said it would cut jobs. Later Zorvex hired.", ["ORG Zorvex", "ORG Zorvex"]),
        Row("The traders' Association said it would vote.", []),
        Row("The Traders' Association said it would vote.", ["ORG Traders' Association"]),
        Row("Funds bought shares of Zorvex and a stake in Halbrook Tarn. Kelbor shares fell.",
            ["ORG Zorvex", "ORG Halbrook Tarn", "ORG Kelbor"]),
        Row("Anna Kowalska said it would rain.", ["PERSON Anna Kowalska"]),
        Row("Essex v Kent was drawn.", ["ORG Essex", "ORG Kent"]),
        Row("The court heard Zorvex Ltd v. Halbrook on Monday.", ["ORG Zorvex Ltd"]),
        // Match reports: the names either side of a match word, in a sentence with a score or
        // a word of sport, are teams (a city's name too), and the document remembers them.
        Row("Celtic beat Rangers 3-1. Rangers manager Philippe Clement said so.",
            ["ORG Celtic", "ORG Rangers", "ORG Rangers", "PERSON Philippe Clement"]),
        Row("Liverpool drew 1-1 with Arsenal at Anfield.", ["ORG Liverpool", "ORG Arsenal"]),
        Row("They face Celtic in the Europa League play-offs.", ["ORG Celtic"]),
        Row("The striker scored against Belgian opposition.", []),
        Row("Nice suffered a home defeat to Zorvex in the league.", ["ORG Zorvex"]),
        Row("Pete Sampras beat Jiri Novak 6-3 on Friday.", ["PERSON Pete Sampras", "PERSON Jiri Novak"]),
        Row("Liverpool voters backed the plan, and the rangers won praise.", ["GPE Liverpool"]),
        // The publisher of a header line, whatever its words are.
        Row("date 2022-03-14 By Harbour Ledger\n\nThe talks ended.", ["ORG Harbour Ledger"]),
        Row(" date 2021-09-08 By Tbilisi Courier\n\nBy Nino Beridze\n\nThe talks ended.",
            ["ORG Tbilisi Courier", "PERSON Nino Beridze"]),
        Row("date 2023-06-02 By Zorvexnews\nThe talks ended.", ["ORG Zorvexnews"]),
        Row("date 2026-11-24 By Nikkei Asia\n\nThe Nikkei rose.", ["ORG Nikkei Asia"]),
        // Not names: generic references, times and currencies in capitals, indices.
        Row("The ministry reported on the talks.", []),
        Row("The Dow Jones rose while the FTSE 100 fell.", []),
        Row("The meeting ended at 16:00 UTC after a USD 5 million deal.", []),
    ]

    @Test(arguments: rows) func table(_ row: Row) throws {
        #expect(try spans(row.text) == row.expected)
    }
}

@Suite struct ProgrammeTests {
    static let rows: [Row] = [
        Row("Azerbaijan joined the Partnership for Peace (PfP) programme in 1994.",
            ["GPE Azerbaijan", "PROGRAMME Partnership for Peace", "PROGRAMME PfP"]),
        Row("They agreed on the Defence Education Enhancement Programme (DEEP) and later on DEEP courses.",
            ["PROGRAMME Defence Education Enhancement Programme", "PROGRAMME DEEP", "PROGRAMME DEEP"]),
        Row("Its participation in the PfP Planning and Review Process (PARP) grew.",
            ["PROGRAMME PfP Planning and Review Process", "PROGRAMME PARP"]),
        Row("The Individual Partnership Action Plan was agreed.", ["PROGRAMME Individual Partnership Action Plan"]),
        Row("It runs under the Central Asia Regional Economic Cooperation (CAREC) Program.",
            ["PROGRAMME Central Asia Regional Economic Cooperation", "PROGRAMME CAREC"]),
        Row("Students use Erasmus+ grants and the Belt and Road Initiative.",
            ["PROGRAMME Erasmus+", "PROGRAMME Belt and Road Initiative"]),
        // Not names: generic heads, treaties, events.
        Row("Reform plans and political dialogue processes are detailed.", []),
        Row("The programme was praised at the Paris Agreement talks.", []),
        Row("Funds came under the new Official Security Assistance scheme.", []),
        // Acronym expansions (letters in order, the first starting the name) and a
        // lower-case head after the acronym or the name.
        Row("Japan set up the Official Development Assistance (ODA) framework in 2015.",
            ["GPE Japan", "PROGRAMME Official Development Assistance", "PROGRAMME ODA"]),
        Row("Trade fell in the Council for Mutual Economic Assistance (COMECON) years.",
            ["ORG Council for Mutual Economic Assistance", "ORG COMECON"]),
        Row("Students go abroad under the Zorvex international scholarship programme.", ["PROGRAMME Zorvex"]),
        Row("Banks lend under the government's Rata Zorvi loan guarantee scheme.", ["PROGRAMME Rata Zorvi"]),
        Row("Farmers rely on the Zorvex crop insurance scheme.", ["PROGRAMME Zorvex"]),
        Row("He backed the Zorvex recovery plan on Monday.", ["PROGRAMME Zorvex"]),
        Row("He backed the Trump plan on Monday.", []),
        Row("Zorvex said the project would end.", []),
        Row("Allies agreed the Comprehensive NATO-Moldova Package (CNMP) in 2022.",
            ["PROGRAMME Comprehensive NATO-Moldova Package", "PROGRAMME CNMP"]),
        // Listed programmes (general knowledge).
        Row("Kyiv asked for money from the European Peace Facility and REPowerEU.",
            ["GPE Kyiv", "PROGRAMME European Peace Facility", "PROGRAMME REPowerEU"]),
        Row("Ghana returned to an Extended Fund Facility after the Debt Service Suspension Initiative.",
            ["GPE Ghana", "PROGRAMME Extended Fund Facility", "PROGRAMME Debt Service Suspension Initiative"]),
        // A name of letters and digits before a lower-case programme head.
        Row("Schools joined the Skills4Work programme in March.", ["PROGRAMME Skills4Work"]),
        Row("The A400M programme was delayed again.", []),
        // A programme noun names it: "called", "named", "dubbed", "known as".
        Row("The scheme, called Bright Futures Moldova, pays tuition.", ["PROGRAMME Bright Futures Moldova"]),
        Row("A programme known as Clean Rivers will start.", ["PROGRAMME Clean Rivers"]),
        // A description after the name, set off by a comma, whose head is a programme noun.
        Row("Loans went out under Reactiva Zorvia, the rescue programme launched in April.", ["PROGRAMME Reactiva Zorvia"]),
        Row("Both joined the Single Zorvex Air Market (SZAM), the bloc's plan to open the skies.",
            ["PROGRAMME Single Zorvex Air Market", "PROGRAMME SZAM"]),
        Row("Families lean on We Travel Kindly, the government's co-payment scheme.", []),
        Row("Contracts went to Roads for Villages, a state scheme.", []),
        Row("Ms Tan, the strategy director, left.", ["PERSON Tan"]),
        Row("“We have not been paid,” said Rokeya Zorvum, a sewing operator at the plant.", ["PERSON Rokeya Zorvum"]),
        // A listed thing's name that is also a given name, before a surname, is the person's.
        Row("The health critic Brent Zorvallée said so, as Brent crude rose.", ["PERSON Brent Zorvallée"]),
        Row("Launched with a loan from the Zorvex Development Bank, the programme audits networks.", ["ORG Zorvex Development Bank"]),
        Row("The firm, called Orvanta Metals, pays tuition.", ["ORG Orvanta Metals"]),
        Row("The mine was bought from Hollis Metals in 2019.", ["ORG Hollis Metals"]),
        Row("BOGOTÁ – Aerovías del Zorvex cancelled 312 flights.", ["GPE BOGOTÁ", "ORG Aerovías del Zorvex"]),
        // Heads written first, with the particles of other languages ("en")
        Row("The Junta de Seguridad en el Transporte (JST) opened an inquiry.",
            ["ORG Junta de Seguridad en el Transporte", "ORG JST"]),
        Row("An upgrade under the Plan de Modernización Ferroviaria was due.", ["PROGRAMME Plan de Modernización Ferroviaria"]),
        Row("The government expanded the Subsidio Eléctrico, and families receive the Bono Juancito Pinto.",
            ["PROGRAMME Subsidio Eléctrico", "PROGRAMME Bono Juancito Pinto"]),
        // A programme's head written first, defined by its acronym
        Row("The drive runs under the Programa Ampliado de Inmunización (PAI).",
            ["PROGRAMME Programa Ampliado de Inmunización", "PROGRAMME PAI"]),
        // A programme's name, then its other name.
        Row("Airlines grew on the Regional Connectivity Scheme, known as UDAN, since 2017.",
            ["PROGRAMME Regional Connectivity Scheme", "PROGRAMME UDAN"]),
        Row("He joined the Food Standards Agency, known as FSA, in 2010.", ["ORG Food Standards Agency", "ORG FSA"]),
        // A year right after a programme head is part of the name, and so is a range of years.
        Row("The government adopted the National Energy Strategy 2035 in May.",
            ["PROGRAMME National Energy Strategy 2035"]),
        Row("The Regional Development Programme 2021-2027 was approved.", ["PROGRAMME Regional Development Programme 2021-2027"]),
        // A place, a year and a programme head: one name.
        Row("The Kazakhstan 2050 Strategy sets out goals.", ["PROGRAMME Kazakhstan 2050 Strategy"]),
        Row("Kazakhstan in 2050 will differ.", ["GPE Kazakhstan"]),
        // "Concept" and "Instrument" are heads; a programme's goal joins with "to".
        Row("Funds came from the Instrument for Pre-accession Assistance.",
            ["PROGRAMME Instrument for Pre-accession Assistance"]),
        Row("The country follows its Concept for the Transition to a Low Carbon Economy.",
            ["PROGRAMME Concept for the Transition to a Low Carbon Economy"]),
        Row("The Ambassador to the United Nations spoke.", ["ORG United Nations"]),
        // "on" a subject continues a programme or a body; a day does not.
        Row("The National Action Plan on Human Rights was adopted.", ["PROGRAMME National Action Plan on Human Rights"]),
        Row("The Senate Committee on Foreign Relations met.", ["ORG Senate Committee on Foreign Relations"]),
        Row("The Security Council on Monday met.", ["ORG Security Council"]),
        // An "of" chain before a lower-case programme head; "instrument" is one.
        Row("Armenia's Crossroads of Peace project links roads.", ["GPE Armenia", "PROGRAMME Crossroads of Peace"]),
        Row("Reforms use the TAIEX instrument.", ["PROGRAMME TAIEX"]),
    ]

    @Test(arguments: rows) func table(_ row: Row) throws {
        #expect(try spans(row.text) == row.expected)
    }

    @Test func acronymLinksToExpansion() throws {
        let s = try annotator.annotate("Azerbaijan joined the Partnership for Peace (PfP) programme. PfP activities grew.")
        let pfp = s.filter { $0.label == .programme }
        #expect(pfp.count == 3)
        #expect(Set(pfp.map(\.entity)).count == 1)
    }
}

@Suite struct PlaceTests {
    static let rows: [Row] = [
        // Abbreviations of finance are no organizations
        Row("The PMI fell while EBITDA rose, and the MoU was signed.", []),
        // A weather pattern is no person
        Row("An El Niño drought cut the crop.", []),
        // A county is a place, and its team in a document about cricket
        Row("Floods hit Yorkshire and Pembrokeshire.", ["GPE Yorkshire", "GPE Pembrokeshire"]),
        Row("Essex need another 148 runs with five wickets left against Derbyshire.", ["ORG Essex", "ORG Derbyshire"]),
        Row("He lost his wicket cheaply and went to play club cricket in Yorkshire.", ["GPE Yorkshire"]),
        // Large cities that GeoNames writes otherwise or that its list leaves out
        Row("The match was in Aarhus; he studied in Tamale and in Niš.", ["GPE Aarhus", "GPE Tamale", "GPE Niš"]),
        // A plain is a place; a stadium (also "Stadion") is a facility.
        Row("Crops failed across the Indo-Gangetic Plain.", ["LOC Indo-Gangetic Plain"]),
        Row("He played at Ullevaal Stadion on Sunday.", []),
        Row("He landed at Brasília Air Force Base late Monday.", []),
        Row("A service will be held at Wesley Methodist Cathedral, near the Preah Vihear temple and the Kampala Serena Hotel.", []),
        Row("Turkey and Georgia signed the deal in Baku.", ["GPE Turkey", "GPE Georgia", "GPE Baku"]),
        Row("Ships cross the Caspian Sea to Central Asia and the South Caucasus.",
            ["LOC Caspian Sea", "LOC Central Asia", "LOC South Caucasus"]),
        Row("The war with Armenia ended in late 2020.", ["GPE Armenia"]),
        // a surname before a city, a city before a given name: a team, a station
        Row("The team travel to Holstein Kiel, and trains leave Manchester Victoria.",
            ["ORG Holstein Kiel", "ORG Manchester Victoria"]),
        // a river named after its head word (not "River Transport Agency"); a bullet-train line
        // and a building are not annotated; a school district is a body
        Row("Sewage poured into the River Teme; the Marine and River Transport Agency said.",
            ["LOC River Teme", "ORG Marine and River Transport Agency"]),
        Row("JR East suspended the Tohoku Shinkansen, years after the Rana Plaza collapse.", ["ORG JR East"]),
        Row("Students in the Eastern Lancaster County School District stayed home.", ["ORG Eastern Lancaster County School District"]),
        Row("The board of the Regional Transportation District voted.", ["ORG Regional Transportation District"]),
        // a name before a lower-case programme head, past a compound or a modifier that is a head too
        Row("The First Home shared-equity scheme and the Croí Cónaithe grant will run.",
            ["PROGRAMME First Home", "PROGRAMME Croí Cónaithe"]),
        Row("Adults in the LiVE income-based discount program pay less.", ["PROGRAMME LiVE"]),
        Row("The city draws on its own Steenbras pumped-storage scheme.", []),
        Row("The talks are the centrepiece of the government's Total Peace policy.", ["PROGRAMME Total Peace"]),
        // a public service's national body; the council of two places; an ordinal in figures
        Row("Transport Scotland, which funds the service, and Perth and Kinross Council met.",
            ["ORG Transport Scotland", "ORG Perth and Kinross Council"]),
        Row("Troops of the 101st Airborne Division and the Legislature of Chubut were there.",
            ["ORG 101st Airborne Division", "ORG Legislature of Chubut"]),
        // a role of two words in an apposition ("the bank's executive director"), or a word before it
        Row("Arief Siregar, the bank's executive director, and Ana Pop, a former bank analyst, spoke.",
            ["PERSON Arief Siregar", "PERSON Ana Pop"]),
        Row("Bank Indonesia sold dollars.", ["ORG Bank Indonesia"]),
        // a Chinese name of Malaysia or Singapore, surname first
        Row("Tan Wei Ming, a currency strategist, said the baht fell. Tan said so.", ["PERSON Tan Wei Ming", "PERSON Tan"]),
        Row("Hokuriku Electric Power said homes were cut off in the rest of Atlantic Canada.",
            ["ORG Hokuriku Electric Power", "LOC Atlantic Canada"]),
        // Irish titles before a name
        Row("Taoiseach Declan Moriarty spoke.", ["PERSON Declan Moriarty"]),
        // a Spanish name goes on with its first surname, after a role too
        Row("Club president Iria Fernández Couto spoke. Fernández said the work would start.",
            ["PERSON Iria Fernández Couto", "PERSON Fernández"]),
        // a sentence that opens with "In" and a name before a comma: a place; a preposition
        // opening a sentence is outside a name
        Row("In Hamilton, prices rose. At Parliament House, Hvidbjerg Pharma lobbied.", ["GPE Hamilton", "ORG Hvidbjerg Pharma"]),
        // A single unknown name after a preposition of place is a town.
        Row("A weather station in Zorvelo recorded 46.4 degrees.", ["GPE Zorvelo"]),
        Row("The storm crossed the coast near Zorvelo and moved inland.", ["GPE Zorvelo"]),
        Row("Lifts in St. Anton reopened.", []),
        Row("The memo went out at 6:30 a.m. Pacific time, as ships crossed the Pacific.", ["LOC Pacific"]),
        Row("He waited in Zorvelo's office.", []),
        Row("A man has been missing near Zorvi Terme since Sunday.", ["GPE Zorvi Terme"]),
        Row("She took her daughter to a clinic in Zorva-Korgon this morning.", ["GPE Zorva-Korgon"]),
        Row("Zorvaños Mayor Lucía Andrade said bookings fell.", ["GPE Zorvaños", "PERSON Lucía Andrade"]),
        Row("A Uruguayan trawler was held, and Uruguayan officials protested.", []),
        Row("Shares in Zorvelo Chemicals fell.", ["ORG Zorvelo Chemicals"]),
        // An island or a river named by the words before it.
        Row("Tourists left the eastern island of Zorvika overnight.", ["LOC Zorvika"]),
        Row("Homes were built on the islands of Zorvika and Brakov.", ["LOC Zorvika", "LOC Brakov"]),
        Row("Longboats carried officials up the Zorvang.", ["LOC Zorvang"]),
        Row("Floods hit villages along the Zorvang in July.", ["LOC Zorvang"]),
        Row("Troops repelled assaults along the Zorvang front.", []),
        // a range of mountains, a Scottish loch
        Row("Danger rose in the Lyngen Alps; fish died in Loch Sunart.", ["LOC Lyngen Alps", "LOC Loch Sunart"]),
        // an Irish or British county with its word
        Row("KINSALE, Co Cork – He grew up in County Durham.", ["GPE KINSALE", "GPE Co Cork", "GPE County Durham"]),
        // a leading article stays outside a place's span
        Row("Reporters waited outside the courthouse in The Hague.", ["GPE Hague"]),
        // A settlement's noun before "such as", or heading an apposition (not a possessive's)
        Row("High-lying suburbs such as Northcliff will be the last to see water.", ["GPE Northcliff"]),
        Row("In Santos, the country's busiest port, ships waited.", ["GPE Santos"]),
        Row("Chiara Benassi, the city's councillor for mobility, cut the ribbon.", ["PERSON Chiara Benassi"]),
        Row("Oil flows through the Baku-Tbilisi-Ceyhan pipeline and the Middle Corridor.", []),
        // Short forms of countries.
        Row("Aid went to Bosnia, the DRC and Trinidad.", ["GPE Bosnia", "GPE DRC", "GPE Trinidad"]),
        // The capitalized half of a word with a lower-case prefix is no name.
        Row("Aid to sub-Saharan Africa rose, pro-Moscow groups said.", ["LOC Africa"]),
        Row("The trans-Atlantic talks and the anti-Castro lobby went on.", []),
        Row("They watched the NATO-Georgia exercise.", ["ORG NATO", "GPE Georgia"]),
        Row("The Azerbaijan-Uzbekistan Investment Fund approved it.", ["ORG Azerbaijan-Uzbekistan Investment Fund"]),
        Row("Feyenoord are third in the Eredivisie, behind PSV Eindhoven.", ["ORG Feyenoord", "ORG Eredivisie", "ORG PSV Eindhoven"]),
        Row("Ajax face Benfica in the Champions League.", ["ORG Ajax", "ORG Benfica"]),
        Row("Power cuts imposed by the state utility Eskom have ended.", ["ORG Eskom"]),
        Row("Disaster Management Secretary Kamrul Hasan Talukder said 27 had died.", ["PERSON Kamrul Hasan Talukder"]),
        Row("Rain damaged shelters in Cox’s Bazar and Sao Paulo.", ["GPE Cox’s Bazar", "GPE Sao Paulo"]),
        Row("According to the Citrus Growers’ Association of Southern Africa, exports rose.",
            ["ORG Citrus Growers’ Association of Southern Africa"]),
        Row("The United Kingdom's Royal Air Force flew.", ["GPE United Kingdom", "ORG Royal Air Force"]),
        Row("Azerbaijan-Turkey relations are strong.", ["GPE Azerbaijan", "GPE Turkey"]),
        Row("Partners in the Euro-Atlantic area met.", []),
        Row("Demonyms such as Azerbaijani and Armenian are not names.", []),
        Row("The team was based in Dubai.", ["GPE Dubai"]),
        Row("BAKU, Oct 25\nThe talks went on.", ["GPE BAKU"]),
        Row("ZORVILLE, Ruritania 1996-08-30\nThe talks went on.", ["GPE ZORVILLE", "GPE Ruritania"]),
        Row("Boats sailed to Atlantic City and the Rift Valley.", ["GPE Atlantic City", "LOC Rift Valley"]),
        Row("Exports to South China and Northern Iraq grew.", ["LOC South China", "LOC Northern Iraq"]),
        Row("Birds in Greater Poland, Lower Silesia and the North Kazakhstan region were culled.",
            ["GPE Greater Poland", "GPE Lower Silesia", "GPE North Kazakhstan"]),
        Row("Data from Statistics Canada showed a gain.", ["ORG Statistics Canada"]),
        // Team lists win over generated ones: a region, not the province of that name.
        Row("Drought spread across the Sahel.", ["LOC Sahel"]),
        // A British spelling of an English word is not a listed place ("Centre", a province).
        Row("Centre staff said the drill ended.", []),
        Row("Boats ran aground near the Scarborough Shoal and the Amu Darya.",
            ["LOC Scarborough Shoal", "LOC Amu Darya"]),
        Row("Delegates flew home after the Tbilisi Fashion Week ended.", []),
        // Administrative units and settlements by their head word or the words around them.
        Row("Floods hit the Zorvan Region and Kelbor Oblast.", ["GPE Zorvan Region", "GPE Kelbor Oblast"]),
        Row("Troops left the town of Zorvan and the villages of Kelbor and Tazmir.",
            ["GPE Zorvan", "GPE Kelbor", "GPE Tazmir"]),
        Row("Rain fell in the Zorvan, Kelbor and Tazmir regions and in Armenia's Dashkal province.",
            ["GPE Zorvan", "GPE Kelbor", "GPE Tazmir", "GPE Armenia", "GPE Dashkal"]),
        Row("The Turkish province and the Northern district were quiet.", []),
        Row("Snow fell over the Korvato region and in Dashkal province.", ["LOC Korvato", "GPE Dashkal"]),
        // (an age set off by commas makes a person, even after a village; a settlement's noun
        // before a relative clause makes a place; a relative clause is no role)
        Row("In the village of Zorvan, Erzsébet Kocsis, 67, joined neighbours. Kelbor, the district that rings the capital, grew.",
            ["GPE Zorvan", "PERSON Erzsébet Kocsis", "GPE Kelbor"]),
        Row("They finished ahead of Fuerza Surandina, whose candidate, agronomist Marleni Ccama, won. The Special Electoral Jury of Arequipa agreed.",
            ["ORG Fuerza Surandina", "PERSON Marleni Ccama", "ORG Special Electoral Jury of Arequipa"]),
        // Heads of broadcasters and grids, a Spanish head first; a plural field that is no
        // ordinary word before "and" and a body's name; a body's head among a programme's fields.
        Row("The debate aired on Latvian Television. The National Electric Grid of Uzbekistan and the Cuerpo de Bomberos de Santa Juana agreed.",
            ["ORG Latvian Television", "ORG National Electric Grid of Uzbekistan", "ORG Cuerpo de Bomberos de Santa Juana"]),
        Row("The Coast Dockworkers and Allied Trades Union said work qualifies under the Scientific Research and Experimental Development program.",
            ["ORG Coast Dockworkers and Allied Trades Union", "PROGRAMME Scientific Research and Experimental Development"]),
        Row("The National Cyber and Information Security Agency sent a team.", ["ORG National Cyber and Information Security Agency"]),
        Row("The chairman of the Zorva Potato Growers and Exporters Association said so.", ["ORG Zorva Potato Growers and Exporters Association"]),
        Row("Housing Australia and the Wisconsin State Patrol agreed.", ["ORG Housing Australia", "ORG Wisconsin State Patrol"]),
        // A science in -logy among a body's listed fields; "General" after a body's head is no
        // role; an association as a descriptor, but not after "of" in an apposition.
        Row("The National Institute of Seismology, Volcanology and Hydrology and the Dirección General de Aeronáutica Civil met.",
            ["ORG National Institute of Seismology, Volcanology and Hydrology", "ORG Dirección General de Aeronáutica Civil"]),
        Row("The exporters’ association Anacafé agreed, said Nazneen Haque, a vice-president of the association.",
            ["ORG Anacafé", "PERSON Nazneen Haque"]),
        // An action's object after "for the"; a country after a body's listed fields; a
        // programme's name after "called" goes on over "for the"; "GP" is no body.
        Row("The European Association for the Study of Diabetes met at the National Museum of Archaeology, Anthropology and History of Peru.",
            ["ORG European Association for the Study of Diabetes", "ORG National Museum of Archaeology, Anthropology and History of Peru"]),
        Row("Retail Ireland backed a plan called Fit for the Future, and GP surgeries were warned.",
            ["ORG Retail Ireland", "PROGRAMME Fit for the Future"]),
        Row("The Asamblea de Inquilinos Unidos opposed contracts under the Regions in Growth programme.",
            ["ORG Asamblea de Inquilinos Unidos", "PROGRAMME Regions in Growth"]),
        // A role's full word is no abbreviation: the sentence's period stays outside.
        Row("He appealed to the Ministry of Justice. The ruling was read out.", ["ORG Ministry of Justice"]),
        // A one-word town after a role is a given name before a surname; a town before its
        // state written short is a town; a role's field is no name before "and" and a body's head.
        Row("Foreign Minister Kossi Adjévi said the unit in Lake Charles, La., was safe.",
            ["PERSON Kossi Adjévi", "GPE Lake Charles", "GPE La."]),
        Row("“No,” said a spokeswoman for the South Moravian Fire and Rescue Service.", ["ORG South Moravian Fire and Rescue Service"]),
        // Spelling variants of listed names: comma below or cedilla, no apostrophes, no unit word.
        Row("Ships sailed from Constanța and Constanţa to Brașov.", ["GPE Constanța", "GPE Constanţa", "GPE Brașov"]),
        Row("Wine comes from Kakheti and grain from Zhambyl.", ["GPE Kakheti", "GPE Zhambyl"]),
        Row("The World Cup and the Paris Agreement were discussed.", []),
        // A capitalized facility word with "of" is a facility; the lower-case one is the city's.
        Row("Cargo at the Port of Baku rose, and the port of Aktau and Port of Spain grew.",
            ["GPE Aktau", "GPE Port of Spain"]),
        // Unknown words listed after a town that a preposition of place opens are towns (not
        // a people's plural).
        Row("Libraries in Slamannan, Bonnybridge and Airth will shut, and wards in Ennis and Nenagh closed.",
            ["GPE Slamannan", "GPE Bonnybridge", "GPE Airth", "GPE Ennis", "GPE Nenagh"]),
        // A ship's name after a word for a ship is no entity, nor the names inside it; a
        // shipping line; a party after a hyphened word.
        Row("Crew on the cruise ship Aurora Meridian and the ferry Adi Vuniwai fell ill, Oriana Container Lines said.",
            ["ORG Oriana Container Lines"]),
        Row("He was backed by the centre-right Civic Renewal party.", ["ORG Civic Renewal"]),
        // A company whose head is a company's is named later by its first word; a company's
        // first word before another capitalized word, outside any run, is no name of its own.
        Row("Tanjong Merchant Bank was fined. Tanjong must pay within 30 days.", ["ORG Tanjong Merchant Bank", "ORG Tanjong"]),
        Row("Tanabe Motor Corporation will close the plant. It builds the Tanabe Kestrel pickup. Tanabe said so.",
            ["ORG Tanabe Motor Corporation", "ORG Tanabe"]),
        // A given name and a surname that is also a legal form; an East Asian surname before
        // given names one of which is a place; a name ending in an ordinary word after a descriptor.
        Row("Marcus Teo, an analyst, and Phan Minh Đức, chief executive of Cửu Long Grain JSC, said low-cost carrier Celeste Air would fly.",
            ["PERSON Marcus Teo", "PERSON Phan Minh Đức", "ORG Cửu Long Grain JSC", "ORG Celeste Air"]),
        // "plan" or "strategy" right after a name of two words heads a programme (not after one).
        Row("The drought tested the Generation Green strategy, and he backed the Rutte plan.", ["PROGRAMME Generation Green"]),
        // A descriptor opening the text before a name with a legal form stays out.
        Row("KUALA LUMPUR – Carmaker Seri Motor Bhd will recall cars, and Pescas Índico Lda will not.",
            ["GPE KUALA LUMPUR", "ORG Seri Motor Bhd", "ORG Pescas Índico Lda"]),
        // "Larissa" is a listed spelling of Lárisa, and a name before it a club named after it.
        Row("The league ordered Astrapi Larissa to play in an empty ground after trouble in Larissa.",
            ["ORG Astrapi Larissa", "GPE Larissa"]),
        // After "the", a word of no other kind joined by "and" to a body's name is its first field.
        Row("Systems went down, the Teifi and Towy University Health Board said on Monday.",
            ["ORG Teifi and Towy University Health Board"]),
        // A company is named without its legal form and its last ordinary word; "Test" makes
        // no name of its own.
        Row("Khangai Ridge Mining LLC owns the mine. Khangai Ridge said so after the second Test against Afghanistan.",
            ["ORG Khangai Ridge Mining LLC", "ORG Khangai Ridge", "GPE Afghanistan"]),
        // Capitals of up to eight letters that are no word are a body's short name.
        Row("Peacekeepers of MINUSCA and the weather service, SENAMHI, said so.", ["ORG MINUSCA", "ORG SENAMHI"]),
        // "off" after a word of the sea is a preposition of place, not a verb's particle.
        Row("A barge sank off Calapan, and he held off Ferrandi in the sprint.", ["GPE Calapan"]),
        // A given name no list knows before an article hyphened to the surname.
        Row("Abdelhakim al-Mabrouk said on Monday.", ["PERSON Abdelhakim al-Mabrouk"]),
        // A company named by its head word first is named later without it.
        Row("Quintero rides for Team Corvex. The win came at a good moment for Corvex, whose sponsor paid.",
            ["ORG Team Corvex", "ORG Corvex"]),
        Row("Aerolíneas Pacífico Sur S.A. said profit rose. For the full year, Pacífico Sur earned $212 million.",
            ["ORG Aerolíneas Pacífico Sur S.A.", "ORG Pacífico Sur"]),
        // A Tagalog linker inside a programme's name; a mountain range.
        Row("The bridge was rebuilt under its Matibay na Tulay retrofit programme with melt from the High Atlas.",
            ["PROGRAMME Matibay na Tulay", "LOC High Atlas"]),
        // A role word that opens a sentence before a body's name: the body, not a person.
        Row("Rival Carrow Group reports its own figures. Owner Ferronord Holdings bought the plant.",
            ["ORG Carrow Group", "ORG Ferronord Holdings"]),
        // A person's name after a descriptor set off by commas stays a person's.
        Row("The supplier, Grant Ellison, said the parts were late.", ["PERSON Grant Ellison"]),
        // A province's name and "State" after a preposition of place are the state.
        Row("Authorities in Kogi State ordered people to leave.", ["GPE Kogi State"]),
        // A state's name and "Health" are its health department; a capitalized spaced legal form.
        Row("Queensland Health said on Wednesday that Vistral Rolling Stock Sp. z o.o. had paid.",
            ["ORG Queensland Health", "ORG Vistral Rolling Stock Sp. z o.o."]),
        // A company is named later without a legal form of several words.
        Row("Police searched the offices of Warmia Budowa Sp. z o.o. on Monday. He steered work to Warmia Budowa.",
            ["ORG Warmia Budowa Sp. z o.o.", "ORG Warmia Budowa"]),
        // A word and "Nacional" name a body; a stadium is a facility; a listed sea channel.
        Row("Senator Felipe Urrutia of Renovación Nacional spoke at the Estadio Nacional as the storm crossed the Mozambique Channel.",
            ["PERSON Felipe Urrutia", "ORG Renovación Nacional", "LOC Mozambique Channel"]),
        // A programme's name over a year after it, and over "in" or "to" before its head.
        Row("The plan, called Kompass 2028, joins the Youth in Industry Initiative and the Baku to Belém Roadmap.",
            ["PROGRAMME Kompass 2028", "PROGRAMME Youth in Industry Initiative", "PROGRAMME Baku to Belém Roadmap"]),
        Row("Under the Philippine Development Plan 2023-2028 and the federal Investing in Canada Infrastructure Program, it grew.",
            ["PROGRAMME Philippine Development Plan 2023-2028", "PROGRAMME Investing in Canada Infrastructure Program"]),
        // "Air" heads an airline's name; the place an airline is named for stays a place; a festival's "Open Air" is none.
        Row("Pilots at Revontuli Air will stage walkouts, and the Pálava Open Air festival was cancelled. Helicopters from Air Zermatt flew out people cut off in Zermatt.",
            ["ORG Revontuli Air", "ORG Air Zermatt", "GPE Zermatt"]),
        // A city whose name is also an English word, listed by the team.
        Row("The last boat will leave Split at 8:30 p.m., the authorities of Split-Dalmatia County said.",
            ["GPE Split", "GPE Split-Dalmatia County"]),
        // A name ending in a place's head before a lower-case programme head is the programme.
        Row("It receives 9 million euros a year under the Living Islands initiative.", ["PROGRAMME Living Islands"]),
        // A Mexican legal form of several words.
        Row("Shares in Grupo Comensal S.A.B. de C.V. fell 2.3 percent.", ["ORG Grupo Comensal S.A.B. de C.V."]),
        // A word and a country's adjective in its own language name a body.
        Row("Cash can be withdrawn at post offices run by Poste Italiane, and Renovación Nacional agreed.",
            ["ORG Poste Italiane", "ORG Renovación Nacional"]),
        // The people of a place before "of" and its name.
        Row("Residents of Penco and Tomé were allowed back on Monday.", ["GPE Penco", "GPE Tomé"]),
        // "Railways" and "Bancorp" head a body's name.
        Row("Diesel eats up half of what Pakistan Railways spends, and Cedar Plains Bancorp agreed.",
            ["ORG Pakistan Railways", "ORG Cedar Plains Bancorp"]),
        // A currency named by a country and a law's code are no names, nor the places inside them.
        Row("The US dollar fell 0.6 US cents in the US, as the Canada Labour Code requires.", ["GPE US"]),
        // A company named later by the words before its company head, a place's head among them.
        Row("Shares in Cedar Plains Bancorp rose. Cedar Plains reported net income of $61.4 million.",
            ["ORG Cedar Plains Bancorp", "ORG Cedar Plains"]),
        // A body's name over the list of its fields that the short name in brackets spells.
        Row("Talks with the South African Commercial, Catering and Allied Workers Union (SACCAWU) will start.",
            ["ORG South African Commercial, Catering and Allied Workers Union", "ORG SACCAWU"]),
        // A saint's name and its possessive open a body's name.
        Row("Aoife Brennock, principal of St Brendan’s Community School, said a pupil was taken to St Mary's Hospital.",
            ["PERSON Aoife Brennock", "ORG St Brendan’s Community School", "ORG St Mary's Hospital"]),
        // A town a body is based in.
        Row("The Hørsholm-based group and a ground-based radar.", ["GPE Hørsholm"]),
        // A list of fields in an "of" chain, an ordinary word that is also a body's head among them.
        Row("The Secretariat of Infrastructure, Communications and Transportation said so.",
            ["ORG Secretariat of Infrastructure, Communications and Transportation"]),
        // A name and a year before a lower-case programme head.
        Row("Athletes funded under its Mar Aberto 2028 programme met, and its Vision 2035 plan grew.",
            ["PROGRAMME Mar Aberto 2028", "PROGRAMME Vision 2035"]),
        // "Telecom" and "Wireless" head a company's name.
        Row("Kente Telecom and Savannah Wireless have not said.", ["ORG Kente Telecom", "ORG Savannah Wireless"]),
        // An "on" chain does not take a date; a resort is a settlement.
        Row("She starts at the Halifax Infirmary on Jan. 6, and at Mercy Hospital on Tuesdays, near the mountain resort of Platres.",
            ["ORG Halifax Infirmary", "ORG Mercy Hospital", "GPE Platres"]),
        // A club's or a brewer's Spanish head first.
        Row("Atlético Cimatario signed a deal with Cervecería Otomí.", ["ORG Atlético Cimatario", "ORG Cervecería Otomí"]),
    ]

    @Test(arguments: rows) func table(_ row: Row) throws {
        #expect(try spans(row.text) == row.expected)
    }

    @Test func everySpanHasARuleAndListMatchesASource() throws {
        for s in try annotator.annotate("Azerbaijan and NATO met in Baku.") {
            #expect(s.rule == "gazetteer")
            #expect(s.source?.contains(":") == true)
        }
    }
}

/// The article the project started from, when ../shared is present.
@Suite struct ExampleArticleTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/examples/azernews-2021-10-25-nato.txt").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path))) func everyNameIsRight() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let found = try annotator.annotate(text, dct: "2021-10-25")
        let distinct = Set(found.map { "\($0.label.rawValue) \($0.text)" })
        #expect(distinct == [
            "ORG Azernews", "PERSON Vugar Khalilov", "PERSON Zakir Hasanov", "ORG NATO",
            "ORG Cooperative Security Division of the International Military Staff", "PERSON Francesco Diella",
            "PERSON Hasanov", "PERSON Diella", "GPE Azerbaijan", "GPE Armenia",
            "ORG North Atlantic Cooperation Council", "ORG Euro-Atlantic Partnership Council",
            "PROGRAMME Partnership for Peace", "PROGRAMME PfP", "PROGRAMME PfP Planning and Review Process",
            "PROGRAMME PARP", "PROGRAMME Defence Education Enhancement Programme", "PROGRAMME DEEP",
            "ORG Professional Military Education", "ORG PME", "ORG Military High School",
            "PROGRAMME Individual Partnership Action Plan", "PROGRAMME IPAP",
        ])
        #expect(found.count(where: { $0.text == "NATO" }) == 8)
        #expect(found.count(where: { $0.text == "Azerbaijan" }) == 10)
        #expect(found.first { $0.text == "Zakir Hasanov" }?.role == "Defence Minister")
        #expect(found.first { $0.text == "Francesco Diella" }?.role == "Director")
        let hasanov = found.filter { $0.text.hasSuffix("Hasanov") }.map(\.entity)
        #expect(hasanov.count == 2 && hasanov[0] == hasanov[1])
    }
}

@Suite struct GazetteerTests {
    @Test func loadsEveryListOfTheManifest() throws {
        let g = names.gazetteers
        #expect(g.sizes.count >= 20)
        #expect(g.sizes.allSatisfy { $0.count > 0 })
        #expect(g.entryCount > 10000)
    }

    /// Names of simple letters skip the ICU tokenizer at load time; their words must be
    /// exactly the tokens the tokenizer would make.
    @Test func simpleNamesAreTokenizedAsTheTokenizerWould() throws {
        let tokenizer = try Tokenizer()
        for name in ["Türkiye", "Chișinău", "Bosna i Hercegovina", "Санкт-Петербург", "Հայաստան", "თბილისი", "Ελλάδα",
                     "Việt Nam", "مصر", "ישראל", "Guinea-Bissau", "Al-Quds"] {
            let words = try #require(Gazetteers.Builder.simpleWords(name), "\(name)")
            let analyzed = try tokenizer.analyze(name)
            #expect(words == analyzed.tokens.map { Array(analyzed.normalized.units[$0.range]) }, "\(name)")
        }
        for name in ["Côte d'Ivoire", "Երևան", "U.S.", "東京", "ǅemal", "St. Lucia", "-Baku", "Baku-", "Two  spaces", "ﬁn"] {
            #expect(Gazetteers.Builder.simpleWords(name) == nil, "\(name)")
        }
    }

    @Test func acronymEntriesNeedTheirCapitals() throws {
        #expect(try spans("Officials from NATO arrived.") == ["ORG NATO"])
        #expect(try spans("Officials from Nato arrived.").isEmpty)
    }

    @Test func findsTheFolderFromTheEnvironmentAnExecutableOrTheSource() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        let lists = tmp.appendingPathComponent("Gazetteers")
        let bin = tmp.appendingPathComponent(".build/debug")
        try FileManager.default.createDirectory(at: lists, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "file\tkind\twhat\tcase\n".write(to: lists.appendingPathComponent("manifest.tsv"), atomically: true,
                                             encoding: .utf8)
        // Walking up from an executable in .build/debug finds the package root's folder.
        let found = try GazetteerLocation.find(executable: bin.appendingPathComponent("gazette").path,
                                               sourceFile: "/nonexistent/Sources/GazetteNames/X.swift")
        #expect(found == lists.path)
        // An explicit folder without a manifest is an error naming it.
        #expect(throws: GazetteerError.notFound(searched: [tmp.path])) {
            try GazetteerLocation.find(explicit: tmp.path)
        }
        // Nothing anywhere: the error lists the places searched.
        var message = ""
        do {
            _ = try GazetteerLocation.find(executable: "/nonexistent/bin/gazette",
                                           sourceFile: "/nonexistent/Sources/GazetteNames/X.swift")
        } catch {
            message = "\(error)"
        }
        #expect(message.contains("/nonexistent/bin/Gazetteers"))
        #expect(message.contains("GAZETTE_GAZETTEERS"))
        // The source tree fallback finds the repository's own lists.
        #expect(GazetteerLocation.isGazetteerFolder(try GazetteerLocation.find(executable: "/nonexistent/x")))
    }

    @Test func loadsAnEditedListWithoutRecompiling() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "file\tkind\twhat\tcase\nmine.tsv\tentries\tORG\tacronyms\n"
            .write(to: tmp.appendingPathComponent("manifest.tsv"), atomically: true, encoding: .utf8)
        try "# test\nZorblax Consortium\tZorblax\tZBX\tmine\n"
            .write(to: tmp.appendingPathComponent("mine.tsv"), atomically: true, encoding: .utf8)
        let g = try Gazetteers.load(directory: tmp.path, cache: nil)
        #expect(g.entryCount == 2)
        let a = try Annotator(recognizers: [NameRecognizer(gazetteers: g)])
        let s = try a.annotate("Shares of Zorblax Consortium and ZBX rose.")
        #expect(s.map(\.text) == ["Zorblax Consortium", "ZBX"])
        #expect(s.first?.source == "mine:Zorblax Consortium")
        #expect(s[0].entity == s[1].entity)
    }

    @Test func aBadManifestLineIsReported() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "file\tkind\twhat\tcase\nmine.tsv\tentries\tNOPE\tfold\n"
            .write(to: tmp.appendingPathComponent("manifest.tsv"), atomically: true, encoding: .utf8)
        try "x\n".write(to: tmp.appendingPathComponent("mine.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: GazetteerError.badManifest(line: 2, message: "unknown label NOPE")) {
            try Gazetteers.load(directory: tmp.path, cache: nil)
        }
    }
}
