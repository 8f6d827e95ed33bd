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

  @Test func longestMatchWins() throws {
    let found = try lookup("الطائرات الحربية الروسية")
    #expect(found.count == 1)
    #expect(found.first?.tokenRange == 0..<3)
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
