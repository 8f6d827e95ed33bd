// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Testing

@testable import KhabarPlaces

/// Loaded once for all tests (the lexicon takes a moment).
enum Shared {
  static let directory: DataDirectory = try! DataDirectory.locate()
  static let names: PlaceNames = try! PlaceNames(directory: directory)

  static func press(_ name: String, country: String? = nil, scheme: String = "press", gazetteer: Bool = true)
    throws -> PlaceNames.Result
  {
    var options = PlaceNames.Options()
    options.scheme = scheme
    options.country = country
    options.useGazetteer = gazetteer
    return try names.transliterate(name, options: options)
  }
}

/// The seed article's places (fixtures/articles/sy24-rusafa.ar.txt).
let seedPlaces: [(String, String)] = [
  ("الرقة", "Raqqa"),
  ("الرصافة", "al-Rusafa"),
  ("البادية السورية", "the Syrian desert (Badia)"),
  ("أثريا", "Ithriya"),
  ("السلمية", "Salamiyah"),
  ("السخنة", "al-Sukhnah"),
  ("حمص", "Homs"),
  ("دير الزور", "Deir ez-Zor"),
  ("تدمر", "Palmyra"),
  ("دمشق", "Damascus"),
]

let schemes = ["press", "bgn", "ala-lc", "buckwalter"]

@Suite struct GazetteerTests {
  @Test(arguments: seedPlaces)
  func seedPlacesInPress(arabic: String, english: String) throws {
    let result = try Shared.press(arabic)
    #expect(result.output == english)
    #expect(result.source == .gazetteer)
  }

  @Test(arguments: seedPlaces.map(\.0))
  func seedPlacesAreSyrian(arabic: String) throws {
    let result = try Shared.press(arabic)
    if arabic != "البادية السورية" {
      #expect(result.match?.place.country == "SY", "\(arabic)")
    }
  }

  @Test func placeRecord() throws {
    let match = try #require(Shared.names.gazetteer.lookup("دير الزور"))
    #expect(match.place.geonamesID == 170794)
    #expect(match.place.governorate == "Deir ez-Zor")
    #expect(match.place.country == "SY")
    #expect((match.place.latitude ?? 0) > 35 && (match.place.latitude ?? 0) < 36)
    #expect((match.place.population ?? 0) > 100_000)
    #expect(match.place.standardName == "Deir ez-Zor")
  }

  @Test func bgnNamesFromGeoNames() throws {
    #expect(try Shared.press("الرقة", scheme: "bgn").output == "Ar Raqqah")
    #expect(try Shared.press("تدمر", scheme: "bgn").output == "Tadmur")
  }

  @Test func articleLessKeys() throws {
    // رقة finds الرقة, and the article is optional the other way too.
    #expect(try Shared.press("رقة", country: "SY").output == "Raqqa")
    #expect(try Shared.press("سلمية", country: "SY").output == "Salamiyah")
  }

  @Test func pressRowsOverridePopulation() throws {
    // الرصافة: Syrian al-Rusafa (press) first by default, Baghdad's Rusafa with --country IQ.
    let syria = try Shared.press("الرصافة")
    #expect(syria.output == "al-Rusafa")
    #expect(syria.match?.alternatives.contains { $0.country == "IQ" } == true)
    let iraq = try Shared.press("الرصافة", country: "IQ")
    #expect(iraq.output == "Rusafa")
    #expect(iraq.match?.place.country == "IQ")
  }

  @Test func sameNameInTwoCountries() throws {
    // Every Arabic name carried by places of two countries resolves to the requested country.
    let gazetteer = Shared.names.gazetteer
    var checked = 0
    var byKey: [String: Set<String>] = [:]
    for place in gazetteer.places where place.origin == .geonames {
      for arabic in place.arabicNames { byKey[Gazetteer.key(arabic), default: []].insert(place.country) }
    }
    for (key, countries) in byKey.sorted(by: { $0.key < $1.key }) where countries.count >= 2 {
      for country in countries.sorted() {
        let match = try #require(gazetteer.lookup(key: key, country: country))
        #expect(match.place.country == country, "\(key) \(country)")
        #expect(!match.alternatives.isEmpty)
      }
      checked += 1
      if checked >= 50 { break }
    }
    #expect(checked >= 10)
  }

  @Test func countryIsAConstraint() throws {
    // Palmyra is Syrian: asked for an Iraqi تدمر, the gazetteer has none and the rules answer.
    #expect(Shared.names.gazetteer.lookup("تدمر", country: "IQ") == nil)
    let result = try Shared.press("تدمر", country: "IQ")
    #expect(result.source == .rules)
    #expect(result.output == "Tadmur")
  }

  @Test func populationDecidesWithoutHints() throws {
    let match = try #require(Shared.names.gazetteer.lookup("الرقة"))
    #expect(match.place.country == "SY")
    let others = match.alternatives.filter { $0.pressName == nil }
    for other in others { #expect((other.population ?? 0) <= (match.place.population ?? 0)) }
  }

  /// The name-only answer (spellings read from a place's rows, ranked without making places) is
  /// the full look-up's, for every name of the gazetteer, with and without a country and a
  /// governorate hint.
  @Test func spellingsAgreeWithLookup() throws {
    let gazetteer = Shared.names.gazetteer
    var keys: [String] = []
    gazetteer.forEachKey { keys.append(String(decoding: $0, as: UTF8.self)) }
    #expect(keys.count > 2500)
    let hints: [(String?, String?)] = [(nil, nil), ("SY", nil), ("IQ", nil), ("SY", "Homs"), (nil, "محافظة حلب")]
    var ambiguous = 0
    for key in keys {
      for (country, governorate) in hints {
        let match = gazetteer.lookup(key: key, country: country, governorate: governorate)
        let spellings = gazetteer.spellings(key: key, country: country, governorate: governorate)
        #expect(spellings?.spellings == match?.place.spellings, "\(key) \(country ?? "-") \(governorate ?? "-")")
        #expect(spellings?.viaArticleLessKey == match?.viaArticleLessKey, "\(key)")
        if match?.alternatives.isEmpty == false { ambiguous += 1 }
      }
    }
    #expect(ambiguous > 100)
    // And through PlaceNames, in both name schemes.
    for key in keys.prefix(1500) {
      for scheme in ["press", "bgn"] {
        var options = PlaceNames.Options()
        options.scheme = scheme
        let full = try Shared.names.transliterate(key, options: options, remember: false)
        let nameOnly = try Shared.names.transliterate(key, options: options, remember: false, withPlace: false)
        #expect(nameOnly.output == full.output, "\(key) \(scheme)")
        #expect(nameOnly.source == full.source, "\(key) \(scheme)")
      }
    }
  }

  /// The article-less look-up by spellings with the article finds the places the article-less
  /// index finds, for every gazetteer key without its articles, and with an article added.
  @Test func articleLessLookupWithoutTheIndex() throws {
    let gazetteer = Shared.names.gazetteer
    var queries: Set<[UInt8]> = []
    gazetteer.forEachKey { key in
      queries.insert(Gazetteer.articleLess(bytes: Array(key)))
      queries.insert(Array("ال".utf8) + Array(key))
    }
    var found = 0
    for query in queries {
      let enumerated = gazetteer.articleLessPositions(of: query, enumerating: true)
      let indexed = gazetteer.articleLessPositions(of: query, enumerating: false)
      #expect(Set(enumerated) == Set(indexed), "\(String(decoding: query, as: UTF8.self))")
      if !indexed.isEmpty { found += 1 }
    }
    #expect(found > 1000)
  }

  @Test func governorateHint() throws {
    // A name with places in two Syrian governorates follows the hint.
    let gazetteer = Shared.names.gazetteer
    var byKey: [String: [Place]] = [:]
    for place in gazetteer.places where place.country == "SY" && !place.governorate.isEmpty {
      for arabic in place.arabicNames { byKey[Gazetteer.key(arabic), default: []].append(place) }
    }
    let (key, places) = try #require(
      byKey.sorted(by: { $0.key < $1.key }).first { Set($0.value.map(\.governorate)).count >= 2 })
    for place in places {
      let match = try #require(gazetteer.lookup(key: key, country: "SY", governorate: place.governorate))
      #expect(match.place.governorate == place.governorate, "\(key)")
    }
  }
}

@Suite struct DescriptionTests {
  static let cases: [(String, String)] = [
    ("ريف الرقة الجنوبي الغربي", "southwestern Raqqa countryside"),
    ("ريف حمص الشرقي", "eastern Homs countryside"),
    ("البادية السورية", "the Syrian desert (Badia)"),
    ("الريف الشرقي لحمص", "eastern Homs countryside"),
    ("الريف الشمالي للرقة", "northern Raqqa countryside"),
    ("ريف إدلب", "Idlib countryside"),
    ("شرق حمص", "east of Homs"),
    ("شمال غربي حلب", "northwest of Aleppo"),
    ("بادية حمص الشرقية", "eastern Homs desert"),
    // Valleys and massifs keep the Arabic word, as names do (Wadi Barada, not "Barada valley").
    ("وادي بردى", "Wadi Barada"),
    ("جبل الزاوية", "Jabal al-Zawiya"),
    // An area form inside a relation or an area: the city, not Medina's Arabic transliterated.
    ("شمال مدينة الرقة", "north of Raqqa city"),
    ("وسط مدينة إدلب", "central Idlib city"),
  ]

  @Test(arguments: cases)
  func describes(arabic: String, english: String) throws {
    #expect(try Shared.press(arabic).output == english)
  }

  /// An area noun with the article at the end refers back to a town named before (the city's
  /// desert, not Medina's): no description and no place; a name of two words still is one.
  @Test(arguments: ["البادية الجنوبية للمدينة", "الريف الشرقي للمدينة", "ريف البلدة"])
  func areaNounWithTheArticleRefersBack(arabic: String) throws {
    let result = try Shared.press(arabic)
    #expect(result.match == nil)
    #expect(!result.output.contains("Medina"))
  }

  @Test func medinaByItsFullName() throws {
    #expect(try Shared.press("ريف المدينة المنورة").output == "Medina countryside")
  }

  @Test func describedPlaceIsKnown() throws {
    let result = try Shared.press("ريف الرقة الجنوبي الغربي")
    #expect(result.match?.place.geonamesID == 172955)
  }
}

@Suite struct SchemeTests {
  @Test(arguments: seedPlaces.map(\.0), schemes)
  func everySchemeWritesLatin(arabic: String, scheme: String) throws {
    for gazetteer in [true, false] {
      let output = try Shared.press(arabic, scheme: scheme, gazetteer: gazetteer).output
      #expect(!output.isEmpty)
      #expect(!output.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(scheme): \(output)")
      #expect(!output.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) }, "\(scheme): \(output)")
      if scheme == "buckwalter" || scheme == "press" {
        #expect(output.unicodeScalars.allSatisfy { $0.isASCII }, "\(scheme): \(output)")
      }
    }
  }

  static let rules: [(String, String, String)] = [
    ("دير الزور", "bgn", "Dayr az Zawr"),
    ("دير الزور", "ala-lc", "Dayr al-Zawr"),
    ("دير الزور", "press", "Deir al-Zawr"),
    ("السخنة", "bgn", "As Sukhnah"),
    ("السخنة", "ala-lc", "al-Sukhnah"),
    ("تدمر", "bgn", "Tadmur"),
    ("دمشق", "bgn", "Dimashq"),
    ("دمشق", "ala-lc", "Dimashq"),
    ("تل أبيض", "bgn", "Tall Abyaḑ"),
    ("رأس العين", "bgn", "Ra’s al ‘Ayn"),
    ("رأس العين", "ala-lc", "Raʼs al-ʻAyn"),
    ("رأس العين", "press", "Ras al-Ain"),
    ("خربة غزالة", "press", "Khirbet Ghazala"),
    ("الشيخ مسكين", "press", "al-Sheikh Miskin"),
    ("الشيخ مسكين", "bgn", "Ash Shaykh Miskīn"),
    ("كفر نبل", "bgn", "Kafr Nabl"),
    // A component written joined to the name is read apart (components.tsv, joins=yes).
    ("كفرنبل", "bgn", "Kafr Nabl"),
    ("كفرتخاريم", "press", "Kafr Takharim"),
    ("عينترما", "bgn", "‘Ayn Tarmā"),
    ("أبو كمال", "bgn", "Abū Kamāl"),
    // Ayn after a and before a consonant or the word's end is a second a in the press; elsewhere
    // it is not written.
    ("البعث", "press", "al-Baath"),
    ("عيتا الشعب", "press", "Ita al-Shaab"),
    ("جعفر", "press", "Jaafar"),
    ("معرة النعمان", "press", "Maarat al-Numan"),
    ("ربيعة", "press", "Rabia"),
    ("البعث", "bgn", "Al Ba‘th"),
    // A construct component (Mazraat, Ezbet) only before another word, without the article.
    ("المزرعة", "press", "al-Mazraa"),
    ("المزرعة", "bgn", "Al Mazra‘ah"),
    ("مزرعة الشيخ", "press", "Mazraat al-Sheikh"),
    ("العزبة", "press", "al-Izba"),
    ("قلعة", "bgn", "Qal‘ah"),
    // A name the lexicon knows with its article (الدين: Din, where دين alone is dayn, debt).
    ("ركن الدين", "press", "Rukn al-Din"),
    ("صلاح الدين", "bgn", "Şalāḩ ad Dīn"),
    ("ملا عبدالله", "press", "Mulla Abdullah"),
    // The diminutive CuCayC also in longer unknown words (not after an initial alef).
    ("رميلان", "bgn", "Rumaylān"),
    ("مطيبيجة", "press", "Mutaybija"),
    ("أميزور", "bgn", "Amīzūr"),
  ]

  @Test(arguments: rules)
  func rulesOnly(arabic: String, scheme: String, expected: String) throws {
    #expect(try Shared.press(arabic, scheme: scheme, gazetteer: false).output == expected)
  }

  @Test func asciiForm() throws {
    var options = PlaceNames.Options()
    options.scheme = "bgn"
    options.useGazetteer = false
    options.ascii = true
    #expect(try Shared.names.transliterate("رأس العين", options: options).output == "Ras al Ayn")
    #expect(try Shared.names.transliterate("الرقة", options: options).output.allSatisfy(\.isASCII))
  }

  /// The ASCII form's fast path (a table of Latin letters) gives what ICU's mark removal gives, on
  /// every letter of the table's ranges, alone and before a combining mark, and on every Latin
  /// name of the gazetteer.
  @Test func asciiFormIsICUsMarkRemoval() throws {
    var texts: [String] = []
    for value in Array(UInt32(0xC0)..<0x250) + Array(UInt32(0x1E00)..<0x1F00) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      texts += [String(scalar), "a" + String(scalar) + "\u{0301}b"]
    }
    for place in Shared.names.gazetteer.places {
      texts += [place.pressName, place.standardName, place.asciiName].compactMap { $0 }
      texts += place.latinNames
    }
    for text in texts {
      #expect(NameTransliterator.asciiForm(text) == NameTransliterator.asciiFormWithICU(text), "\(text)")
    }
    #expect(latinBaseLetterPairs.count > 600)
  }

  /// The mark removal of the ASCII forms is ICU's `NFD; [:Nonspacing Mark:] Remove; NFC` transform,
  /// done without opening it: the same text on every Latin name of the gazetteer and on every
  /// Latin, combining, Greek, Cyrillic, Arabic and Latin Extended Additional character.
  @Test func markRemovalIsICUsTransform() throws {
    let icu = try Transliterator(icuID: "NFD; [:Nonspacing Mark:] Remove; NFC")
    var texts: [String] = []
    for place in Shared.names.gazetteer.places {
      texts += [place.pressName, place.standardName, place.asciiName].compactMap { $0 }
      texts += place.latinNames
    }
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x24F, 0x250...0x36F, 0x370...0x52F, 0x600...0x6FF, 0x1AB0...0x1AFF, 0x1DC0...0x1EFF,
      0x2000...0x206F, 0x20D0...0x20FF, 0xFB50...0xFDFF, 0xFE20...0xFE2F, 0xFE70...0xFEFF, 0x1D165...0x1D1AD,
    ]
    for range in ranges {
      let scalars = range.compactMap(Unicode.Scalar.init)
      texts.append(String(String.UnicodeScalarView(scalars)))
      texts += scalars.map { "a" + String($0) + "\u{0301}b" }
    }
    for text in texts {
      #expect(try Transliterator.removingNonspacingMarks(text) == icu.transliterate(text), "\(text)")
    }
  }

  @Test func buckwalterRoundTripOnEveryGazetteerName() throws {
    let engine = Shared.names.rules.engine
    let table = try TSVTable(path: Shared.directory.file("places/press.tsv"), required: ["arabic"])
    var names = table.rows.map { String(table.field($0, "arabic")) }
    names += Shared.names.gazetteer.places.flatMap(\.arabicNames)
    for name in names where name.unicodeScalars.allSatisfy({ $0.value < 0x06C0 || $0 == " " }) {
      let display = ArabicNormalizer.display.normalize(name)
      let ascii = try engine.transliterate(display, scheme: "buckwalter")
      let back = try engine.transliterate(ascii, scheme: "buckwalter", direction: .reverse)
      #expect(back == display, "\(name) → \(ascii) → \(back)")
    }
  }

  @Test func vocalizerUsesLexiconAndPatterns() throws {
    let rules = Shared.names.rules
    #expect(try rules.vocalize("دمشق") == "دِمَشْق")  // lexicon NOUN_PROP
    #expect(try rules.transliterate("قويسنا", scheme: "bgn").hasPrefix("Quways"))  // diminutive pattern
    #expect(try rules.transliterate("سالم", scheme: "bgn").hasSuffix("lim"))  // fāʻil
    #expect(try rules.transliterate("السلمية", scheme: "bgn").hasSuffix("īyah"))  // nisba
  }

  /// The first words read off the gazetteer's keys are those of every Arabic name of every place
  /// (the oracle: the names of the places, made one by one).
  @Test func firstWordsAreThoseOfEveryPlaceName() {
    let gazetteer = Shared.names.gazetteer
    var expected: Set<ExactKey> = []
    for place in gazetteer.places {
      for name in place.arabicNames {
        guard let first = Gazetteer.key(name).split(separator: " ").first.map(String.init) else { continue }
        expected.insert(ExactKey(first))
        expected.insert(ExactKey(Gazetteer.articleLess(first)))
        if !first.hasPrefix("ال") { expected.insert(ExactKey("ال" + first)) }
      }
    }
    #expect(expected.count > 4_000)
    #expect(PlaceNames.firstWords(of: gazetteer) == expected)
  }

  @Test func vowelTableIsSortedAndFindsEveryKey() throws {
    let path = Shared.directory.file("transliteration/name-vowels.tsv")
    let table = try VowelTable(path: path)
    #expect(table.isSorted)
    let bytes = try FileBytes.read(path, limit: 64 << 20)
    var checked = 0
    var sawHeader = false
    for line in bytes.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
      if !sawHeader {
        sawHeader = true
        continue
      }
      #expect(table[NameKey(bytes: Array(fields[0]))] == String(decoding: fields[1], as: UTF8.self))
      checked += 1
    }
    #expect(checked > 20_000)
    #expect(table[NameKey("")] == nil)
    #expect(table[NameKey("ﻻﻻﻻ")] == nil)
  }
}

@Suite struct BadInputTests {
  @Test(arguments: [
    ("الرَّقَّة", "Raqqa"),  // harakat
    ("الرقـــة", "Raqqa"),  // tatweel
    ("ﺍﻟﺮﻗﺔ", "Raqqa"),  // presentation forms
    ("  دير   الزور ", "Deir ez-Zor"),  // spacing
    ("\u{200F}حمص\u{200E}", "Homs"),  // bidi marks
  ])
  func normalizedBeforeLookup(input: String, expected: String) throws {
    #expect(try Shared.press(input).output == expected)
  }

  @Test func emptyAndNonArabicLinesPassThrough() throws {
    let empty = try Shared.press("")
    #expect(empty.output == "")
    #expect(empty.warning == "empty line")
    let latin = try Shared.press("Raqqa 2024")
    #expect(latin.output == "Raqqa 2024")
    #expect(latin.warning != nil)
  }

  @Test func mixedScriptsKeepLatin() throws {
    let result = try Shared.press("الرقة Raqqa")
    #expect(result.output == "Raqqa Raqqa")
    #expect(result.warning?.contains("mixed") == true)
  }

  @Test func runningText() throws {
    var options = PlaceNames.Options()
    let pieces = try Shared.names.transliterateText(
      "قصف على دير الزور والرقة، اليوم (SANA) وريف حمص الشرقي.", options: options, segmenter: ArabicSegmenter())
    let output = pieces.map(\.output).joined()
    #expect(output.contains("Deir ez-Zor and Raqqa, "))
    #expect(output.contains("(SANA)"))
    #expect(output.hasSuffix("and eastern Homs countryside."))
    options.useGazetteer = false
    let rulesOnly = try Shared.names.transliterateText("دير الزور", options: options, segmenter: ArabicSegmenter())
    #expect(rulesOnly.map(\.output).joined() == "Deir al-Zawr")
  }
}

@Suite struct DescriptionSpellingTests {
  /// A place without a press spelling is written in a description as the press scheme writes it
  /// alone: GeoNames' name without diacritics (Ad Duraykish countryside, not Ad Duraykīsh).
  @Test func descriptionsUseThePlainName() throws {
    let alone = try Shared.press("الدريكيش").output
    let described = try Shared.press("ريف الدريكيش").output
    #expect(described == alone + " countryside")
    #expect(described.unicodeScalars.allSatisfy { $0.isASCII })
  }
}

@Suite struct DecimalTests {
  /// The byte parser gives `Double(String)`'s value for every coordinate of the gazetteer, and for
  /// edge cases; it declines what it does not parse.
  @Test func decimalsAreParsedAsTheGeneralParserDoes() throws {
    var checked = 0
    let table = try ByteTable(
      path: Shared.directory.file("places/geonames.tsv"), required: ["latitude", "longitude"])
    let columns = [table.columns["latitude"], table.columns["longitude"]]
    for row in 0..<table.count {
      for column in columns {
        let bytes = table.bytes(row, column)
        guard !bytes.isEmpty else { continue }
        let expected = Double(String(decoding: bytes, as: UTF8.self))
        #expect(ByteTable.decimal(bytes) == expected, "\(String(decoding: bytes, as: UTF8.self))")
        checked += 1
      }
    }
    #expect(checked > 3_000)
    for text in ["0", "-0.5", "+12.25", "36.", ".5", "123456789012345", "0.1", "-179.999999999999"] {
      let bytes = Array(text.utf8)
      let got = bytes.withUnsafeBufferPointer { ByteTable.decimal($0) }
      #expect(got == Double(text), "\(text)")
    }
    for text in ["1e5", "1234567890123456", "", "-", "1.2.3", "12a", " 1"] {
      let bytes = Array(text.utf8)
      #expect(bytes.withUnsafeBufferPointer { ByteTable.decimal($0) } == nil, "\(text)")
    }
  }
}
