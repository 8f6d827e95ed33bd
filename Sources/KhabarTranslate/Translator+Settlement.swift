// SPDX-License-Identifier: GPL-2.0-or-later

extension Translator {
  /// In a headline, a settlement before a name the gazetteer does not describe is said as English
  /// headlines write it, the name first: "al-Zaafarana village", where a sentence has "the village
  /// of al-Zaafarana" (the idafa rule for nouns of word set `settlement_of_noun`).
  /// The name is the run of names (capitalized, or in "al-") after "of", the first one the idafa
  /// rule's (a name in construct itself follows it: Mulla Abdullah).
  ///
  /// - Complexity: O(*n*) in the number of words.
  func nameBeforeSettlement(_ words: inout [DraftWord]) {
    var index = 0
    while index + 3 < words.count {
      defer { index += 1 }
      let settlement = words[index + 1]
      guard words[index].english == "the", words[index].rule.contains(.idafa),
        words[index].start == settlement.start, rules.settlementOfNouns.contains(settlement.english.lowercased()),
        words[index + 2].english == "of", words[index + 2].rule.contains(.idafa),
        words[index + 2].start == settlement.start
      else { continue }
      var end = index + 3
      while end < words.count, end > index + 3 || words[end].rule.contains(.idafa), words[end].start >= settlement.end,
        words[end].english.first?.isUppercase == true || words[end].english.hasPrefix("al-")
      {
        end += 1
      }
      guard end > index + 3 else { continue }
      let name = words[(index + 3)..<end]
      words.replaceSubrange(index..<end, with: name + [settlement])
    }
  }
}
