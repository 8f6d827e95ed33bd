// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Testing

@Suite struct CliticTests {
  @Test(arguments: [
    ("والميليشيات", "و+ ال+ ميليشيات"),
    ("لجيش", "ل+ جيش"),
    ("بجروح", "ب+ جروح"),
    ("واستهدفوه", "و+ استهدفو +ه"),
    ("وقادة", "و+ قادة"),
    ("بيروت", "بيروت"),
    ("وزير", "وزير"),
    ("كتب", "كتب"),
    ("فرنسا", "فرنسا"),
    ("لبنان", "لبنان"),
    ("قواته", "قوات +ه"),
    ("عناصره", "عناصر +ه"),
    ("للنظام", "ل+ ل+ نظام"),
    ("بالأسلحة", "ب+ ال+ أسلحة"),
    ("وسيارتين", "و+ سيارتين"),
    ("لتفتيشها", "ل+ تفتيش +ها"),
    ("وإعدامهم", "و+ إعدام +هم"),
    ("له", "ل +ه"),
    ("لها", "ل +ها"),
  ])
  func segmentation(word: String, expected: String) throws {
    let lexicon = try #require(Fixtures.lexicon)
    #expect(CliticSegmenter(lexicon: lexicon).segment(word).display == expected)
  }

  @Test func knownWordsAreNeverSplit() throws {
    let lexicon = try #require(Fixtures.lexicon)
    let segmenter = CliticSegmenter(lexicon: lexicon, knownWords: ["داعش", "الرقه", "الرقة"])
    #expect(segmenter.segment("داعش").source == .known)
    #expect(segmenter.segment("لداعش").display == "ل+ داعش")
    #expect(segmenter.segment("والبوكمال").display == "و+ ال+ بوكمال")
    #expect(CliticSegmenter(lexicon: lexicon).segment("داعش").source == .unanalysed)
  }

  @Test func analysesCarryLexiconFacts() throws {
    let lexicon = try #require(Fixtures.lexicon)
    let best = try #require(CliticSegmenter(lexicon: lexicon).rankedAnalyses(of: "بجروح").first)
    #expect(best.stem.gloss.contains("wound"))
    #expect(best.partOfSpeech == "NOUN")
  }

  @Test func spellingVariantsFallBack() throws {
    let lexicon = try #require(Fixtures.lexicon)
    // Final ي written for ى (Egyptian spelling), ه for ة.
    #expect(!lexicon.analyses(of: "مستشفي").isEmpty)
    #expect(!lexicon.analyses(of: "مدينه").isEmpty)
    // Never ة read as ه: a written ة is no pronoun (احتجاجية is no "his protests").
    #expect(lexicon.analyses(of: "احتجاجية").isEmpty)
  }
}
