// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// A report's source after حسب ما, بحسب ما or وفق ما (وفقاً لما): the verb of reporting (set
  /// `reporting_verb` of word-sets.tsv) and the به or pronoun that stands for ما say nothing, and
  /// the phrase is "according to" its subject: بحسب ما أفاد به ناشطون محليون → according to local
  /// activists (was "as he reported with him local activists"); وفق ما ذكره المرصد → according to
  /// the Observatory. Without a subject after the verb, or with another verb, nothing changes
  /// (وفق ما أعلنت وزارة الدفاع keeps "according to what the Ministry of Defence announced").
  ///
  /// - Complexity: O(*n*) for *n* units.
  func attributeReports(_ units: inout [Unit]) {
    guard !rules.reportingVerbs.isEmpty else { return }
    var index = 0
    while index + 2 < units.count {
      defer { index += 1 }
      let opener = Self.keyWithoutProclitics(units[index])
      let verbAt: Int
      if units[index].source == .glossary, ExactKey.sameBytes(opener, "حسب ما") {
        verbAt = index + 1
      } else if ["حسب", "وفق", "وفقا"].contains(where: { ExactKey.sameBytes(opener, $0) }),
        units[index + 1].enclitic == nil,
        ExactKey.sameBytes(units[index + 1].key, "ما") || ExactKey.sameBytes(units[index + 1].key, "لما")
      {
        verbAt = index + 2
      } else {
        continue
      }
      guard verbAt + 1 < units.count, units[verbAt].wordClass == .verb, units[verbAt].proclitics.isEmpty,
        units[verbAt].verb?.passive != true,
        rules.reportingVerbs.contains(verbCitation(units[verbAt]))
      else { continue }
      // (The به that stands for ما: a preposition ب with a pronoun on it.)
      var subjectAt = verbAt + 1
      if units[subjectAt].wordClass == .preposition, units[subjectAt].enclitic != nil,
        ArabicNormalizer.matching.normalize(units[subjectAt].arabic).hasPrefix("ب")
      {
        subjectAt += 1
      }
      guard subjectAt < units.count, [.noun, .name].contains(units[subjectAt].wordClass),
        !units[subjectAt].hasPreposition, !units[subjectAt].hasConjunction
      else { continue }
      units[index].english = "according to"
      units[index].wordClass = .preposition
      units[index].origin += "; " + rules.cite("attribution")
      for silent in (index + 1)..<subjectAt {
        units[silent].wordClass = .particle
        units[silent].english = ""
        units[silent].enclitic = nil
        units[silent].role = "drop"
      }
      index = subjectAt - 1
    }
  }
}
