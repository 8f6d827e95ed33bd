// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// The article ال in UTF-8.
  static let articleBytes = Array("ال".utf8)

  /// Names of languages (`translate/languages.tsv`): a definite feminine nisba (الإنجليزية, العربية)
  /// that does not describe a noun before it is the language, a noun without the article:
  /// - at the line's start, or after a verb, a preposition, a particle or punctuation (أتكلم
  ///   الإنجليزية → I speak English; الإنجليزية لغة صعبة → English is a difficult language);
  /// - with a preposition on it (بالعربية → in Arabic), which no adjective carries;
  /// - after an indefinite noun, whose complement it then is (تعلم الإنجليزية → learning English):
  ///   an adjective would agree with the noun in definiteness;
  /// - after a language and و (الإنجليزية والفرنسية → English and French; القوات الأمريكية
  ///   والروسية stays "Russian");
  /// - after اللغة, which it takes in (اللغة اليابانية → Japanese, باللغة العربية → in Arabic).
  ///
  /// After a definite noun or an adjective it stays the adjective (الثورة الفرنسية → the French
  /// revolution, الطائرات الحربية الروسية).
  ///
  /// - Complexity: O(*n*) in the number of units.
  func nameLanguages(_ units: inout [Unit]) {
    if rules.languages.isEmpty { return }
    var index = 0
    var lastLanguage = -2
    while index < units.count {
      defer { index += 1 }
      let unit = units[index]
      // (Spelled with the article, whatever the unit: also a word nobody knows, الأمازيغية. The
      // cheap tests first: this runs on every word of every line.)
      guard unit.wordClass == .adjective || unit.wordClass == .noun || unit.wordClass == .name,
        unit.enclitic == nil, !unit.arabic.utf8.contains(0x20),  // (one word: not a glossary phrase)
        case let key = Self.keyWithoutProclitics(unit), key.utf8.starts(with: Self.articleBytes),
        let language = rules.languages[ExactKey(String(key.dropFirst(2)))]
      else { continue }
      let previous = index > 0 ? units[index - 1] : nil
      var start = index
      if let previous, previous.wordClass == .noun, previous.definite, previous.enclitic == nil,
        Self.classKey(previous) == "لغه", previous.span.upperBound + 1 == unit.span.lowerBound
      {
        start = index - 1
      } else if let previous {
        let afterLanguage =
          index - 1 == lastLanguage
          || previous.wordClass == .conjunction && index - 2 == lastLanguage
        let opensPhrase: Bool
        switch previous.wordClass {
        case .verb, .preposition, .punctuation, .particle, .negation, .complementizer, .relative, .question,
          .pronoun:
          opensPhrase = true
        case .noun:
          // (An indefinite noun of one word: its complement, not its adjective.)
          opensPhrase =
            !previous.definite && previous.enclitic == nil && !previous.arabic.utf8.contains(0x20)
        default: opensPhrase = false
        }
        let preposition = unit.proclitics.contains { $0 != "و" && $0 != "ف" }
        guard
          preposition || afterLanguage && unit.proclitics.contains("و") || opensPhrase
            || afterLanguage && previous.wordClass == .conjunction
        else { continue }
      }
      var named = unit
      if start < index {
        let head = units[start]
        named.span = head.span.lowerBound..<unit.span.upperBound
        if !head.tokenRange.isEmpty && !unit.tokenRange.isEmpty {
          named.tokenRange = head.tokenRange.lowerBound..<unit.tokenRange.upperBound
        }
        named.arabic = head.arabic + " " + unit.arabic
        named.proclitics = head.proclitics
        named.origin = "\(head.origin); \(language.origin)"
      } else {
        named.origin = language.origin
      }
      named.english = language.english
      // (A definite noun, the object or subject a verb takes, that writes no article.)
      named.wordClass = .noun
      named.category = "language"
      named.definite = true
      named.plural = false
      named.englishIsPlural = false
      units.replaceSubrange(start...index, with: [named])
      index = start
      lastLanguage = start
    }
  }
}
