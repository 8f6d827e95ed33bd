import Testing

// SPDX-License-Identifier: GPL-2.0-or-later
@testable import KhabarArabic

@Suite struct SegmenterTests {
  let segmenter: ArabicSegmenter

  init() throws { segmenter = try ArabicSegmenter() }

  func sentences(_ text: String) throws -> [String] {
    try segmenter.sentences(in: text).map(\.text)
  }

  /// ICU is opened on first use (the shim dlopens the libraries of its headers' version): it opens
  /// here, and its version is the headers'.
  @Test func icuOpensOnFirstUse() throws {
    #expect(ICU.isAvailable)
    #expect(ICU.version.split(separator: ".").first.map { Int($0) != nil } == true)
    _ = try ArabicSegmenter()
  }

  @Test func seedArticle() throws {
    let text = Fixtures.seedLines.joined(separator: "\n")
    let found = try segmenter.sentences(in: text)
    // Share-button lines, then headline, dateline and the six body sentences.
    #expect(found.map(\.text).prefix(4) == ["Facebook", "Twitter", "WhatsApp", "Telegram"])
    let rest = Array(found.dropFirst(4))
    #expect(rest.count == 8)
    #expect(rest.first?.text == "ضربة قوية لجيش النظام في الرقة")
    #expect(rest.dropFirst().first?.text == "SY24 -خاص")
    let body = rest.dropFirst(2)
    #expect(body.count == 6)
    #expect(body.allSatisfy { $0.text.hasSuffix(".") })
    #expect(body.first?.text.hasPrefix("قتل 30 عنصرًا") == true)
    #expect(body.last?.text.hasPrefix("ويُذكر أن عناصر وقادة") == true)
    // The quoted passage stays inside its sentence.
    #expect(body.contains { $0.text.contains("“مواقع تابعة") && $0.text.contains("الشرقي”") })
  }

  @Test func rangesPointIntoTheOriginal() throws {
    let text = Fixtures.seedLines.joined(separator: "\n")
    let units = Array(text.utf16)
    for sentence in try segmenter.sentences(in: text) {
      #expect(String(decoding: units[sentence.range], as: UTF16.self) == sentence.text)
      for token in sentence.tokens {
        #expect(String(decoding: units[token.range], as: UTF16.self) == token.text)
        #expect(sentence.range.contains(token.range.lowerBound))
      }
    }
  }

  @Test(arguments: [
    ("هل قتل أحد؟ نعم قتل ثلاثة.", ["هل قتل أحد؟", "نعم قتل ثلاثة."]),
    ("قال المراسل: «انسحبوا». ثم عادوا!", ["قال المراسل: «انسحبوا».", "ثم عادوا!"]),
    ("قتل 3.5 ألف، وجرح آخرون؛ ثم هدأت الاشتباكات", ["قتل 3.5 ألف، وجرح آخرون؛ ثم هدأت الاشتباكات"]),
    ("عنوان بلا نقطة\nالنص الأول. النص الثاني.", ["عنوان بلا نقطة", "النص الأول.", "النص الثاني."]),
    ("أعلنت Reuters أن 30 قتلوا. وقالت AFP ذلك.", ["أعلنت Reuters أن 30 قتلوا.", "وقالت AFP ذلك."]),
  ])
  func sentenceBoundaries(text: String, expected: [String]) throws {
    #expect(try sentences(text) == expected)
  }

  @Test func tokenKindsAndScripts() throws {
    let tokens = try segmenter.tokens(in: "قتل 30 عنصرًا، حسب SY24 و«Reuters» ٣٠")
    let summary = tokens.map { "\($0.normalized)/\($0.kind.rawValue)/\($0.script.rawValue)" }
    #expect(
      summary == [
        "قتل/word/arabic", "30/number/latin", "عنصرًا/word/arabic", "،/punctuation/other",
        "حسب/word/arabic", "SY24/word/latin", "و/word/arabic", "«/punctuation/other",
        "Reuters/word/latin", "»/punctuation/other", "30/number/arabic",
      ])
    #expect(tokens[2].key == "عنصرا")
  }

  /// The article written on a number (الـ24, ال15, الـ٣٠) is a word, then the number; a word that
  /// only starts with ال and digits-like letters stays whole.
  @Test(arguments: [
    ("خلال الـ24 ساعة", ["خلال/word", "الـ/word", "24/number", "ساعة/word"]),
    ("في ال15 من الشهر", ["في/word", "ال/word", "15/number", "من/word", "الشهر/word"]),
    ("الـ٣٠", ["الـ/word", "٣٠/number"]),
    ("الأول SY24", ["الأول/word", "SY24/word"]),
  ])
  func articleOnANumber(_ text: String, _ expected: [String]) throws {
    let tokens = try segmenter.tokens(in: text)
    #expect(tokens.map { "\($0.text)/\($0.kind.rawValue)" } == expected)
  }

  @Test(arguments: ["", "   \n\t", "...!؟،", "\u{200F}\u{200E}", "\u{0}\u{0}"])
  func degenerateInput(text: String) throws {
    let found = try segmenter.sentences(in: text)
    #expect(found.allSatisfy { !$0.text.isEmpty })
    #expect(found.flatMap(\.tokens).allSatisfy { $0.kind == .punctuation || $0.kind == .symbol })
  }

  @Test func scalarOffsetsAfterAstralCharacters() throws {
    let text = "😀 دمشق"
    let units = Array(text.utf16)
    let token = try #require(segmenter.tokens(in: text).last)
    #expect(token.range == 3..<7)
    #expect(TextOffsets(units).scalarRange(token.range) == 2..<6)
  }

  @Test func segmentersWorkConcurrently() async throws {
    let text = Fixtures.seedLines.joined(separator: "\n")
    let expected = try segmenter.sentences(in: text).count
    try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<8 {
        group.addTask { try ArabicSegmenter().sentences(in: text).count }
      }
      for try await count in group { #expect(count == expected) }
    }
  }

  /// The one-sentence shortcut must agree with ICU on any text.
  @Test func shortcutAgreesWithICU() throws {
    let pieces = [
      "قتل", "30", "عنصرًا", "SY24", "e.g.", "Mr.", " ", " ", "، ", ".", "!", "?", "؟", "…", "«", "»", "“", "”",
      "\n", "\u{200F}", "3.5", "؛", "...", ")", "(", "ـ", "۔",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      let units = [UInt16](utf16Of: text)
      let (fast, icu) = try units.withUnsafeBufferPointer { buffer in
        (try segmenter.sentenceRanges(in: buffer), try segmenter.icuSentenceRanges(in: buffer))
      }
      #expect(fast == icu, "\(text)")
    }
  }
}
