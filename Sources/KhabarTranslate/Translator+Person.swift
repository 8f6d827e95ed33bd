// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// A perfect in ت (اعتمدت, تواصلت) is "I" or "she"/"it" alike. In a report (a sentence of
  /// ``reportLength`` words or more) that says nothing in the first person (no "I" or "we" on a
  /// pronoun, an imperfect or a word's ending), it is the 3rd person feminine: اعتمدت هذه الدراسة
  /// على → this study relied on (was "I relied on this study"); تواصلت الاحتجاجات → the protests
  /// continued. A short line keeps "I" (وُلدت في دمشق).
  ///
  /// - Complexity: O(*n*) in the number of units.
  func thirdPersonInReports(_ units: inout [Unit]) {
    guard
      units.contains(where: {
        $0.wordClass == .verb && $0.verb?.person == 1 && $0.verb?.perfect == true && $0.verb?.plural == false
      }),
      Self.isReport(units)
    else { return }
    let firstPerson = units.contains { unit in
      if let code = unit.enclitic, code.hasPrefix("1") { return true }
      if unit.wordClass == .pronoun, unit.english == "I" || unit.english == "we" { return true }
      if unit.wordClass == .complementizer, unit.english.hasSuffix(" I") || unit.english.hasSuffix(" we") {
        return true
      }
      guard unit.wordClass == .verb, let features = unit.verb else { return false }
      return features.person == 1 && (!features.perfect || features.plural)
    }
    if firstPerson { return }
    for index in units.indices where units[index].wordClass == .verb && units[index].enclitic == nil {
      guard var features = units[index].verb, features.person == 1, features.perfect, !features.plural,
        Self.keyWithoutProclitics(units[index]).hasSuffix("ت")
      else { continue }
      features.person = 3
      features.feminine = true
      units[index].verb = features
    }
  }
}
