// SPDX-License-Identifier: GPL-2.0-or-later

import KhabarArabic

extension Translator {
  /// منذ before a stretch of time is "for", not "since": تشهد المدينة منذ أسابيع أزمة → the city
  /// has seen a crisis for weeks; يعمل منذ أكثر من عشر سنوات → works for more than ten years (was
  /// "since more than ten years"). The stretch is an indefinite noun of time (word set
  /// duration_noun), after at most three numbers or words of quantity (word set duration_quantity:
  /// أكثر من, نحو, عدة).
  /// Before a point in time it stays "since": منذ بداية الحرب, منذ عام 2011, منذ الأسابيع الأولى.
  /// After a perfect that is not negated it stays too (قتل منذ يومين is "two days ago", which
  /// this rule does not write).
  ///
  /// - Complexity: O(*n*) in the number of units.
  func readSince(_ units: inout [Unit]) {
    for index in units.indices where units[index].english == "since" {
      guard ExactKey.sameBytes("منذ", Self.keyWithoutProclitics(units[index])) else { continue }
      var next = index + 1
      while next < units.count, next - index <= 3,
        units[next].wordClass == .number
          || units[next].proclitics.isEmpty && rules.durationQuantities.contains(units[next].english)
      {
        next += 1
      }
      guard next < units.count, units[next].wordClass == .noun, !units[next].definite,
        units[next].enclitic == nil, units[next].proclitics.isEmpty,
        let last = Self.lastWord(units[next].english), rules.durationNouns.contains(last.lowercased()),
        // (Not a year named by its number: منذ عام 2011 → since 2011.)
        !(next + 1 < units.count && units[next + 1].wordClass == .number)
      else { continue }
      // (The nearest verb before it in the clause: a perfect not negated is an event, "ago".)
      var before = index - 1
      while before >= 0, units[before].wordClass != .verb, units[before].wordClass != .punctuation {
        before -= 1
      }
      if before >= 0, units[before].wordClass == .verb, units[before].verb?.perfect == true,
        !(before > 0 && units[before - 1].wordClass == .negation)
      {
        continue
      }
      units[index].english = "for"
    }
  }
}
