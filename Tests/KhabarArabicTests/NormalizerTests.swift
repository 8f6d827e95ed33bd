// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import Testing

@Suite struct NormalizerTests {
  @Test(arguments: [
    ("\u{FEFB}", "لا"),  // ﻻ lam-alef ligature
    ("\u{FDF2}", "الله"),  // ﷲ
    ("\u{FE8D}\u{FEDF}\u{FEAE}\u{FED8}\u{FE94}", "الرقة"),  // presentation forms
    ("قـــوات", "قوات"),  // tatweel
    ("\u{200F}الرقة\u{200E}", "الرقة"),  // RLM, LRM
    ("\u{FEFF}\u{061C}دمشق\u{200D}\u{200C}", "دمشق"),  // BOM, ALM, ZWJ, ZWNJ
    ("٣٠ عنصرًا", "30 عنصرًا"),  // Arabic-Indic digits, harakat kept
    ("۱۲۳٫۵", "123.5"),  // Persian digits, Arabic decimal separator
    ("a\u{0}b", "ab"),  // NUL
  ])
  func display(input: String, expected: String) {
    #expect(ArabicNormalizer.display.normalize(input) == expected)
  }

  @Test(arguments: [
    ("أُصيب", "اصيب"),
    ("إطلاق", "اطلاق"),
    ("آخرون", "اخرون"),
    ("ٱلله", "الله"),
    ("على", "علي"),
    ("الرقة", "الرقه"),
    ("مسؤول", "مسءول"),
    ("مسئول", "مسءول"),
    ("SY24", "sy24"),
    ("عنصرًا", "عنصرا"),
    ("کیف", "كيف"),
  ])
  func matching(input: String, expected: String) {
    #expect(ArabicNormalizer.matching.normalize(input) == expected)
  }

  @Test func harakatRemovalIsOptional() {
    var normalizer = ArabicNormalizer.display
    #expect(normalizer.normalize("قُتِلَ") == "قُتِلَ")
    normalizer.options.insert(.removeHarakat)
    #expect(normalizer.normalize("قُتِلَ") == "قتل")
  }

  @Test(arguments: [ArabicNormalizer.display, ArabicNormalizer.matching])
  func idempotentOnTheSeedArticle(normalizer: ArabicNormalizer) {
    #expect(!Fixtures.seedLines.isEmpty)
    for line in Fixtures.seedLines + ["\u{FEFB}\u{FDF2} ٣٠ قـُتـِلَ \u{200F}"] {
      let once = normalizer.normalize(line)
      #expect(normalizer.normalize(once) == once, "\(line)")
    }
  }

  @Test func matchingFormOfTheDisplayFormIsTheMatchingForm() {
    for line in Fixtures.seedLines {
      #expect(
        ArabicNormalizer.matching.normalize(ArabicNormalizer.display.normalize(line))
          == ArabicNormalizer.matching.normalize(line))
    }
  }

  @Test func expandsLongCompatibilityForms() {
    // ﷺ expands to 18 characters (صلى الله عليه وسلم): the NFKC buffer must grow.
    let text = String(repeating: "\u{FDFA}", count: 1000)
    let normalized = ArabicNormalizer.display.normalize(text)
    #expect(normalized.unicodeScalars.count == 18_000)
    #expect(normalized.hasPrefix("صلى الله عليه وسلم"))
  }
}
