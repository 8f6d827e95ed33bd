// SPDX-License-Identifier: GPL-2.0-or-later

extension Translator {
  /// Leaves out the auxiliary of a passive joined by "and" to a passive with the same auxiliary
  /// in the same sentence, as English news writes it: قتل شخصان وأصيب ثلاثة آخرون → two people were
  /// killed and three others wounded (was "and three others were wounded").
  ///
  /// The second auxiliary goes only when at most six words stand between "and" and it, none of
  /// them another verb's auxiliary or a clause's punctuation.
  ///
  /// - Complexity: O(*n*), *n* the words.
  func elideSharedPassiveAuxiliary(_ words: inout [DraftWord]) {
    func isPassiveAuxiliary(_ at: Int) -> Bool {
      let english = words[at].english
      guard english == "was" || english == "were", at + 1 < words.count,
        words[at].rule.contains(.passive), words[at + 1].rule.contains(.passive),
        words[at + 1].start == words[at].start
      else { return false }
      return true
    }
    var auxiliary: String? = nil
    var afterAnd: Int? = nil
    var index = 0
    while index < words.count {
      let english = words[index].english
      if isPassiveAuxiliary(index) {
        if let start = afterAnd, english == auxiliary, index - start <= 6 {
          words.remove(at: index)
          // (A pronoun that is all the subject goes too: أُحضر فاضل إلى المخفر واستُجوب → Fadil was
          // brought to the station and interrogated, not "and he interrogated".)
          if index - start == 1, Self.subjectPronouns.contains(words[start].english) { words.remove(at: start) }
          auxiliary = nil
          afterAnd = nil
          continue
        }
        auxiliary = english
        afterAnd = nil
      } else if english == "and", auxiliary != nil {
        afterAnd = index + 1
      } else if Self.breaksGapping(english) {
        auxiliary = nil
        afterAnd = nil
      }
      index += 1
    }
  }

  /// Words after which a passive's auxiliary is no longer shared: the end of a clause, or another
  /// verb's auxiliary.
  static func breaksGapping(_ english: String) -> Bool {
    switch english {
    case ".", ";", ":", "?", "!", "that", "which", "who", "after", "while", "is", "are", "has", "have", "had",
      "will", "would", "did", "does", "do", "be", "been":
      return true
    default: return false
    }
  }
}
