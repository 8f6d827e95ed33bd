// SPDX-License-Identifier: GPL-2.0-or-later
import Testing

@testable import KhabarArabic

@Suite struct LexiconTests {
  /// A row tagged NOUN inflects an adjective when a row of the same lemma, form and gloss is tagged
  /// ADJ with another category and no other lemma's adjective shares the form (the rows are the
  /// oracle: each case names a row of `stems.tsv` by form, lemma, category and gloss).
  @Test(arguments: [
    ("نامي", "nAmiy_1", "NapAt", "developing", true),  // النامية, beside the ADJ row N0F
    ("نامي", "nAmiy_1", "NAn_Nayn", "developing", true),
    ("عالي", "EAliy_1", "NapAt", "high;elevated", true),
    ("مطفأ", "muTofa>_1", "Napdu", "extinguished", true),  // a form with أ: its twins by the folded key
    ("نامي", "nAmiy_1", "N0F", "developing", false),  // the ADJ row itself
    ("عالي", "EAliyap_1", "Napdu", "uphill slope;upstream", false),  // another lemma, a noun
    ("مرضي", "muroDiy_1", "NapAt", "satisfactory;pleasing;sufficient", false),  // مَرَضِيّ is the adjective
    ("سوري", "suwriy~_1", "Nall", "Syrian", false),  // a nisba's noun row has the adjective's category
  ])
  func nounRowsThatInflectAnAdjective(
    _ form: String, _ lemma: String, _ category: String, _ gloss: String, _ inflects: Bool
  ) throws {
    let lexicon = try #require(Fixtures.lexicon)
    let stem = try #require(
      lexicon.stems(key: Lexicon.analysisKey(form)).first {
        $0.lemma == lemma && $0.category == category && $0.gloss.hasPrefix(gloss)
      })
    #expect(stem.inflectsAdjective == inflects)
  }
}
