// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// بينهما before an indefinite noun or a number names one of the two people just counted, as
  /// بينهم does for more: قتل شخصان بينهما طفل → two people were killed, including a child; a
  /// headline's بينهما مقاتل سابق → including a former fighter. Elsewhere it stays "between them"
  /// (اشتباكات بينهما في المدينة, العلاقة بينهما جيدة).
  ///
  /// - Complexity: O(*n*) in the number of units.
  func readIncluding(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where units[index].english == "between them" {
      guard ExactKey.sameBytes("بينهما", Self.keyWithoutProclitics(units[index])) else { continue }
      let next = units[index + 1]
      guard next.proclitics.isEmpty, !next.definite, next.enclitic == nil,
        next.wordClass == .noun || next.wordClass == .number
      else { continue }
      units[index].english = "including"
    }
  }
}
