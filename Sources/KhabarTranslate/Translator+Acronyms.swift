// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// Arabic names of Latin letters one after another spell an acronym (word set `letter_name`,
  /// rule `spelled-acronym`): دي إن إيه → DNA, إف بي آي → FBI, (إي سي دي سي) → (ECDC) (was "(any
  /// C. De C.)"). The letters are written apart or joined by a hyphen with no space, which the
  /// acronym keeps. A run is two letters or more, at least two of them no function word, or three
  /// or more with one: في, أو, إن and others are also "in", "or", "that" (اتصل بي في المساء stays
  /// "called me in evening"). Only single words count; a glossary term (بي بي سي → BBC, بي سي آر
  /// → PCR) is one unit already and is left alone.
  ///
  /// - Complexity: O(*n*) in the number of units.
  func spelledAcronyms(_ units: inout [Unit], text: [UInt16]) {
    var index = 0
    while index + 1 < units.count {
      guard let first = letter(units[index]) else {
        index += 1
        continue
      }
      var spelled = first
      var letters = 1
      var plain = units[index].source == .function ? 0 : 1
      var end = index + 1
      while end < units.count {
        // (The next letter is written apart, or after a hyphen with no space on either side.)
        let hyphen =
          end + 1 < units.count && units[end].wordClass == .punctuation && units[end].english == "-"
          && units[end].span.lowerBound == units[end - 1].span.upperBound
          && units[end + 1].span.lowerBound == units[end].span.upperBound
        let at = hyphen ? end + 1 : end
        guard hyphen || units[end].span.lowerBound > units[end - 1].span.upperBound, let next = letter(units[at])
        else { break }
        spelled += hyphen ? "-" + next : next
        letters += 1
        if units[at].source != .function { plain += 1 }
        end = at + 1
      }
      guard letters >= 2, plain >= 2 || letters >= 3 && plain >= 1 else {
        index += 1
        continue
      }
      let span = units[index].span.lowerBound..<units[end - 1].span.upperBound
      // (Units from the word cache carry no token range: the span tells where the acronym is.)
      let lower = units[index].tokenRange.lowerBound
      let acronym = Unit(
        span: span, tokenRange: lower..<max(lower, units[index..<end].map(\.tokenRange.upperBound).max() ?? lower),
        arabic: Self.string(text, span), wordClass: .latin, english: spelled, source: .latin,
        origin: rules.cite(.spelledAcronym))
      units.replaceSubrange(index..<end, with: [acronym])
      index += 1
    }
  }

  /// The Latin letter a unit names (word set `letter_name`), when it is one word of three
  /// letters or fewer with nothing written on it; nil otherwise.
  private func letter(_ unit: Unit) -> String? {
    // (Letter names are short: most words are ruled out by their length, the others by an integer
    // look-up; only a short word with vowel marks is normalized.)
    guard unit.wordClass != .punctuation, unit.wordClass != .number, unit.tokenRange.count <= 1,
      let written = RuleBook.packedBytes(unit.arabic)
    else { return nil }
    if let letter = rules.letterNamesByBytes[written] { return letter }
    let key =
      unit.key.isEmpty ? ArabicNormalizer.matching.normalize(Lexicon.strippingDiacritics(unit.arabic)) : unit.key
    return RuleBook.packedBytes(key).flatMap { rules.letterNamesByMatchingBytes[$0] }
  }
}
