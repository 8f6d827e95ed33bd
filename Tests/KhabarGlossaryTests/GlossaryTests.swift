// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary
import Testing

enum Fixtures {
  static let root: String = {
    var path = Substring(#filePath)
    for _ in 0..<3 { path = path[..<path.lastIndex(of: "/")!] }
    return String(path)
  }()
  static let data = DataDirectory(path: root + "/glossaries")
  static let glossary: Glossary? = try? Glossary(directory: data)
  static let clitics = (try? CliticGlosses(path: root + "/glossaries/clitics.tsv")) ?? .standard
}

@Suite struct GlossaryTests {
  func lookup(_ text: String, in glossary: Glossary? = Fixtures.glossary) throws -> [GlossaryMatch] {
    let glossary = try #require(glossary)
    return try glossary.matches(in: text, segmenter: ArabicSegmenter(), clitics: Fixtures.clitics)
  }

  @Test func builtInGlossariesLoad() throws {
    let glossary = try #require(Fixtures.glossary)
    #expect(glossary.entries.count >= 2_000)
  }

  /// The seed article's terms, as written there (with their clitics and inflection).
  @Test(arguments: [
    ("قوات النظام", "regime forces"),
    ("والميليشيات الموالية له", "militias"),
    ("تنظيم داعش", "ISIS"),
    ("الطائرات الحربية الروسية", "Russian warplanes"),
    ("قذائف الهاون", "mortar"),
    ("طوق أمني", "security cordon"),
    ("مسلحون مجهولون", "unidentified gunmen"),
    ("بيك أب تويوتا مزودة بمضادات الطيران", "Toyota pickup"),
    ("دراجات نارية", "motorcycles"),
  ])
  func seedTerms(text: String, english: String) throws {
    let found = try lookup(text)
    #expect(found.contains { $0.rendering.lowercased().contains(english.lowercased()) }, "\(found.map(\.rendering))")
  }

  @Test(arguments: [
    ("والميليشيات", "and", "militias"),
    ("لقوات النظام", "to/for", "regime forces"),
    ("قواته", "its", "forces"),
    ("عناصره", "its", "members"),
  ])
  func cliticsAreReported(text: String, clitic: String, english: String) throws {
    let match = try #require(try lookup(text).first)
    #expect(match.rendering.hasPrefix(clitic))
    #expect(match.rendering.lowercased().contains(english))
    #expect(match.range == 0..<text.utf16.count)
  }

  @Test func pluralFormsSelectTheEnglishPlural() throws {
    let singular = try #require(try lookup("عنصر").first)
    let plural = try #require(try lookup("عناصر").first)
    #expect(singular.english == "member")
    #expect(plural.english == "members")
    #expect(plural.plural)
    let dual = try #require(try lookup("عنصرين").first)
    #expect(dual.plural)
  }

  /// A word that keeps the ن of its dual or plural is in no idafa: the adjective after it agrees
  /// in number, or the two words are not that term.
  @Test(arguments: [
    ("العدوان الإسرائيلي", "العدو الإسرائيلي", false),
    ("عدوان إسرائيلي", "العدو الإسرائيلي", false),
    ("العدو الإسرائيلي", "العدو الإسرائيلي", true),
    ("مسلحين مجهولين", "مسلحين مجهولين", true),
    ("سيارتين مفخختين", "سيارة مفخخة", true),
  ])
  func numberAgreesAcrossATerm(text: String, entry: String, matches: Bool) throws {
    let found = try lookup(text)
    #expect(found.contains { $0.entry.arabic == entry } == matches, "\(found.map(\.entry.arabic))")
  }

  /// Entries that differ by the article alone: the text's article decides; other readings.
  @Test(arguments: [
    ("اثنين", "two"), ("الاثنين", "Monday"), ("أحد", "one of"), ("الأحد", "Sunday"),
    // No accusative alif after ة: ابنها is her son, not an accusative of ابنة.
    ("وابنها", "son"),
  ])
  func articleDecidesBetweenEntries(text: String, english: String) throws {
    #expect(try lookup(text).first?.english == english)
  }

  /// A sound plural or dual loses its ن before a pronoun (مقاتلوه, عنصريه), so a final ة read as
  /// the pronoun ه after -ان/-ين is no plural with a pronoun: the village قمحانة is not "its
  /// wheats", أمينة not "its mothers"; إحداها (ى written ا before a pronoun) is still "one of".
  @Test(arguments: [
    ("قمحانة", nil), ("أمينة", nil), ("مقاتلاته", "fighter jets"), ("إحداها", "one of"),
  ])
  func noSoundPluralBeforeAPronoun(text: String, english: String?) throws {
    #expect(try lookup(text).first?.english == english)
  }

  /// A written ة is no pronoun ه, and the article takes no pronoun: a feminine or a verbal noun
  /// reads as its entry without "its" (الإرهابية, مسلحة, المدعومة, السيطرة على); a ه written as
  /// such still is the pronoun (قواته).
  @Test(arguments: [
    ("الإرهابية", "terrorist", false), ("مسلحة", "gunman", false), ("المدعومة", "backed", false),
    ("السيطرة على", "control of", false), ("القوات النظامية", "regime forces", false),
    ("قواته", "forces", true), ("عناصره", "members", true),
  ])
  func writtenTaMarbutaIsNoPronoun(text: String, english: String, pronoun: Bool) throws {
    let match = try #require(try lookup(text).first)
    #expect(match.english == english)
    #expect((match.enclitic != nil) == pronoun)
  }

  /// A term whose last words are quoted (قوات "الحزام الأمني") matches through the opening quote and
  /// takes the closing one; a quote that does not close right after the term is not taken in.
  @Test(arguments: [
    ("قوات \"الحزام الأمني\" في أبين", "Security Belt forces", 0..<5),
    ("تنظيم «داعش» يتبنى", "ISIS", 0..<4),
    ("هيئة “تحرير الشام” في إدلب", "HTS", 0..<5),
    ("قوات \"سوريا الديمقراطية المدعومة\"", nil, nil),
  ])
  func termsRunThroughAQuotedName(text: String, english: String?, tokens: Range<Int>?) throws {
    let found = try lookup(text)
    if let english, let tokens {
      #expect(found.first?.english == english)
      #expect(found.first?.tokenRange == tokens)
    } else {
      #expect(!found.contains { $0.english == "SDF" }, "\(found.map(\.english))")
    }
  }

  /// A name of one word that the article makes one does not match the common noun without it;
  /// a sound plural of people does.
  @Test(arguments: [
    ("الحشد", "Popular Mobilisation Forces", true),
    ("والحشد", "Popular Mobilisation Forces", true),
    ("حشد", "Popular Mobilisation Forces", false),
    ("التنظيم", "ISIS", true),
    ("تنظيم", "ISIS", false),
    ("نصرة", "Nusra Front", false),
    ("حوثيين", "Houthis", true),
  ])
  func namesByTheArticle(text: String, english: String, matches: Bool) throws {
    let found = try lookup(text)
    #expect(found.contains { $0.english == english } == matches, "\(found.map(\.english))")
  }

  @Test func longestMatchWins() throws {
    let found = try lookup("الطائرات الحربية الروسية")
    #expect(found.count == 1)
    #expect(found.first?.tokenRange == 0..<3)
  }

  /// A word with a hamza on its alif has no article: ألفين (two thousand) is matched whole, and
  /// فإن (ف + إن) is no reading of it.
  @Test func hamzaAlifIsNoArticle() throws {
    #expect(try lookup("ألفين").first?.english == "two thousand")
    #expect(try lookup("الألغام").first?.english == "mines")
    #expect(try lookup("فإن").allSatisfy { $0.entry.category != .number })
  }

  @Test func userGlossariesOverrideBuiltIn() throws {
    let base = try #require(Fixtures.glossary)
    let user = GlossaryEntry(
      arabic: "قوات النظام", english: "government forces", category: .actor,
      origin: SourceLocation(file: "user.tsv", line: 2))
    let glossary = Glossary(entries: base.entries + [user], files: base.files + ["user.tsv"], policies: base.policies)
    #expect(try lookup("قوات النظام", in: glossary).first?.english == "government forces")
  }

  @Test func namingPolicies() throws {
    let base = try #require(Fixtures.glossary)
    #expect(try lookup("داعش").first?.english == "ISIS")
    var policies = base.policies
    try policies.choose("IS", for: "isis")
    #expect(try lookup("داعش", in: base.with(policies: policies)).first?.english == "IS")
    #expect(throws: InputError.self) { try policies.choose("Caliphate", for: "isis") }
  }

  @Test func matchesReportTheirEntry() throws {
    let match = try #require(try lookup("قتل 30 عنصرا من قوات النظام").last)
    #expect(match.entry.origin.file.hasSuffix(".tsv"))
    #expect(match.entry.origin.line > 0)
    #expect(match.entry.source != nil)
  }
}

@Suite struct GlossaryFormatTests {
  static func fields(_ entry: GlossaryEntry) -> [String] {
    [
      entry.arabic, entry.english, entry.category.rawValue, entry.plural ?? "", entry.feminine ?? "",
      entry.arabicPlurals.joined(separator: "|"), entry.partOfSpeech ?? "", String(entry.priority), entry.policy ?? "",
      entry.note ?? "", entry.source ?? "",
    ]
  }

  @Test func tbxRoundTripKeepsEveryField() throws {
    let glossary = try #require(Fixtures.glossary)
    let tbx = GlossaryExport.tbx(glossary.entries)
    let back = try GlossaryImport.tbx(Array(tbx.utf8), path: "roundtrip.tbx")
    #expect(back.count == glossary.entries.count)
    for (original, imported) in zip(glossary.entries, back) {
      #expect(Self.fields(original) == Self.fields(imported), "\(original.origin)")
    }
  }

  @Test func csvRoundTripKeepsEveryField() throws {
    let glossary = try #require(Fixtures.glossary)
    let csv = GlossaryExport.csv(glossary.entries)
    let back = try GlossaryImport.delimited(Array(csv.utf8), path: "roundtrip.csv", separator: UInt8(ascii: ","))
    #expect(back.map(Self.fields) == glossary.entries.map(Self.fields))
  }

  @Test func twoColumnGlossariesImportWithDefaults() throws {
    let csv = "source,target\r\nقوات النظام,regime forces\r\n\"الميليشيات, المحلية\",\"local \"\"militias\"\"\"\r\n"
    let entries = try GlossaryImport.delimited(
      Array(csv.utf8), path: "deepl.csv", separator: UInt8(ascii: ","),
      defaults: .init(category: .actor, source: "client"))
    #expect(entries.map(\.english) == ["regime forces", "local \"militias\""])
    #expect(entries.allSatisfy { $0.category == .actor && $0.source == "client" })
    #expect(entries[1].origin.line == 3)
  }

  @Test(arguments: [
    ("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"http://example.com/tbx.dtd\">\n<tbx/>", 2, 1),
    ("<tbx>\n  <!ENTITY x \"boom\">\n</tbx>", 2, 3),
    ("<tbx><text>&xxe;</text></tbx>", 1, 1),
    ("<tbx>\n<body>\n</tbx>", 3, 7),
    ("<tbx><a b=c/></tbx>", 1, 11),
  ])
  func hostileOrBrokenTBXIsRefusedWithItsPlace(text: String, line: Int, column: Int) {
    #expect {
      _ = try GlossaryImport.tbx(Array(text.utf8), path: "bad.tbx")
    } throws: { error in
      let error = try #require(error as? InputError)
      return error.location?.file == "bad.tbx" && error.location?.line == line
        && (column == 1 || error.location?.column == column)
    }
  }

  @Test func tbxLimits() {
    var limits = GlossaryImport.Limits()
    limits.maximumDepth = 4
    let deep = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
    #expect(throws: InputError.self) { try GlossaryImport.tbx(Array(deep.utf8), path: "deep.tbx", limits: limits) }
    limits.maximumBytes = 10
    #expect(throws: InputError.self) { try GlossaryImport.tbx(Array(deep.utf8), path: "big.tbx", limits: limits) }
  }

  @Test func unterminatedQuoteIsReportedWhereItOpens() {
    let csv = "arabic,english\nقوات,forces\n\"حاجز,checkpoint\n"
    #expect {
      _ = try GlossaryImport.delimited(Array(csv.utf8), path: "q.csv", separator: UInt8(ascii: ","))
    } throws: { error in
      (error as? InputError)?.location == SourceLocation(file: "q.csv", line: 3, column: 1)
    }
  }

  @Test func priorityThenFileOrderBreakTies() {
    let here = SourceLocation(file: "a.tsv", line: 1)
    let low = GlossaryEntry(arabic: "الهيئة", english: "the commission", category: .organization, origin: here)
    let high = GlossaryEntry(
      arabic: "الهيئة", english: "HTS", category: .actor, priority: 1, origin: SourceLocation(file: "a.tsv", line: 2))
    let later = GlossaryEntry(
      arabic: "الهيئة", english: "the body", category: .general, origin: SourceLocation(file: "a.tsv", line: 3))
    let glossary = Glossary(entries: [low, high, later], files: ["a.tsv"])
    #expect(glossary.matches(in: [token("الهيئة")]).first?.english == "HTS")
    let equal = Glossary(entries: [low, later], files: ["a.tsv"])
    #expect(equal.matches(in: [token("الهيئة")]).first?.english == "the commission")
  }

  func token(_ text: String) -> Token {
    Token(
      range: 0..<text.utf16.count, text: text, normalized: text, key: ArabicNormalizer.matching.normalize(text),
      kind: .word, script: .arabic)
  }

  @Test(arguments: [
    ("سيارة", false), ("سيارات", true), ("سيارتين", true), ("سيارتان", true), ("سيارته", false), ("وسيارتهم", false),
  ])
  func feminineNounsMatchInEveryNumber(word: String, plural: Bool) throws {
    let glossary = Glossary(
      entries: [
        GlossaryEntry(arabic: "سيارة", english: "car", category: .general, origin: SourceLocation(file: "t", line: 1))
      ],
      files: ["t"])
    let match = try #require(glossary.matches(in: [token(word)]).first)
    #expect(match.plural == plural)
    #expect(match.english == (plural ? "cars" : "car"))
  }
}

@Suite struct GlossaryScannerTests {
  /// A scanner reused over many lines gives what a fresh match of each line gives.
  @Test func reusedScannerAgreesWithFreshMatching() throws {
    let glossary = try #require(Fixtures.glossary)
    let scanner = try GlossaryScanner(glossary: glossary)
    let segmenter = try ArabicSegmenter()
    let reader = try LineReader(path: Fixtures.root + "/fixtures/articles/sy24-rusafa.ar.txt")
    var lines: [String] = []
    while let line = try reader.nextLine() { lines.append(line.text) }
    // Long lines then short ones, so that readings cached for a long line would be stale.
    let texts = lines + lines.reversed() + ["قوات النظام", "", "لقوات النظام وعناصره", "الطائرات الحربية الروسية"]
    var compared = 0
    for text in texts {
      let fresh = try glossary.matches(in: text, segmenter: segmenter)
      let reused = try scanner.matches(in: text)
      #expect(reused == fresh, "\(text)")
      compared += fresh.count
    }
    #expect(compared > 100)
  }
}

@Suite struct DualTests {
  /// A count of two only where the ending says so: -ان, -تان, -تين; a -ين is the plural as well,
  /// and a stem of two letters is no dual (أمان is safety, not two mothers).
  @Test(arguments: [
    ("مدنيان", true), ("طفلتين", true), ("الدولتين", true), ("وشخصان", true),
    ("مدنيين", false), ("العاملين", false), ("بالأمان", false), ("مدني", false), ("عناصر", false),
  ])
  func dualEndings(word: String, dual: Bool) throws {
    let glossary = try #require(Fixtures.glossary)
    let match = try glossary.matches(in: word, segmenter: ArabicSegmenter(), clitics: Fixtures.clitics).first
    if dual { #expect(match != nil, "\(word)") }
    #expect((match?.dual ?? false) == dual, "\(word) → \(match?.english ?? "no match")")
  }
}
