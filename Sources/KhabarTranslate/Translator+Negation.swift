// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

extension Translator {
  /// غير before an adjective (or a noun that is also one) makes one negated adjective, so that
  /// the noun phrase and the copula take it as any other: المنظمات غير الحكومية → the
  /// non-governmental organizations; الأسباب غير معروفة → the reasons are unknown (was "the reasons
  /// non known").
  ///
  /// - Complexity: O(*n*) for *n* units.
  func joinNegatedAdjectives(_ units: inout [Unit]) {
    var index = 0
    while index + 1 < units.count {
      defer { index += 1 }
      let (negation, adjective) = (units[index], units[index + 1])
      guard negation.source == .function, negation.enclitic == nil,
        negation.proclitics.isEmpty || negation.proclitics == ["و"],
        ExactKey.sameBytes(Self.keyWithoutProclitics(negation), "غير"),
        adjective.proclitics.isEmpty, adjective.enclitic == nil,
        negation.span.upperBound <= adjective.span.lowerBound
      else { continue }
      let english: String
      if adjective.wordClass == .adjective {
        english = adjective.english
      } else if adjective.wordClass == .noun, let asAdjective = adjective.adjectiveEnglish {
        english = asAdjective
      } else {
        continue
      }
      guard !english.isEmpty else { continue }
      var joined = Self.adjective(adjective, spanning: negation, adjective)
      joined.english = Self.negatedAdjective(english)
      joined.proclitics = negation.proclitics
      units.replaceSubrange(index...(index + 1), with: [joined])
    }
  }

  /// `base` made one adjective over two units in a row, `first` and `second`: their span, tokens,
  /// Arabic and origins (see ``joinNegatedAdjectives(_:)``, ``joinCompassAdjectives(_:)``).
  static func adjective(_ base: Unit, spanning first: Unit, _ second: Unit) -> Unit {
    var joined = base
    joined.wordClass = .adjective
    joined.span = first.span.lowerBound..<second.span.upperBound
    if !first.tokenRange.isEmpty, !second.tokenRange.isEmpty {
      joined.tokenRange = first.tokenRange.lowerBound..<second.tokenRange.upperBound
    }
    joined.arabic = first.arabic + " " + second.arabic
    joined.adjectiveEnglish = nil
    joined.origin = "\(first.origin); \(second.origin)"
    return joined
  }

  /// An English adjective negated as غير negates it: un- before a participle or an -able
  /// adjective (unknown, unarmed, unacceptable), not before one of several words (not well
  /// known), non- before any other (non-governmental, non-Muslim).
  static func negatedAdjective(_ english: String) -> String {
    if english.contains(" ") { return "not " + english }
    let lower = english.lowercased()
    if lower.hasPrefix("un") || lower.hasPrefix("non") { return english }
    for ending in ["ed", "wn", "en", "able"] where lower.hasSuffix(ending) && lower.count > ending.count + 2 {
      return "un" + english
    }
    return "non-" + english
  }

  /// أحد with no noun after it is "one" (not the glossary's "one of", which is for أحد العناصر),
  /// and after a negated verb it is that verb's subject "no one", the verb affirmative in the
  /// negation's tense: لم يعلن أحد مسؤوليته → no one claimed responsibility (was "one of did not
  /// claim"); لن يموت أحد هنا → no one will die here; لا أحد يعرف → no one knows. Later in a negated
  /// clause it is "anyone": لم يؤذ أحدا → did not harm anyone.
  ///
  /// - Complexity: O(*n*) for *n* units.
  func readNoOne(_ units: inout [Unit]) {
    for index in units.indices {
      guard units[index].enclitic == nil, units[index].proclitics.isEmpty,
        units[index].wordClass == .number || units[index].wordClass == .pronoun,
        ExactKey.sameBytes(Self.keyWithoutProclitics(units[index]), "احد")
      else { continue }
      if index + 1 < units.count {
        let next = units[index + 1]
        // (Before a noun it counts, also in construct with another, or من: one of.)
        if next.proclitics.isEmpty, [.noun, .name, .adjective, .number].contains(next.wordClass) { continue }
        if next.wordClass == .preposition, next.proclitics.isEmpty,
          ExactKey.sameBytes(Self.keyWithoutProclitics(next), "من")
        {
          continue
        }
      }
      units[index].english = "one"
      // (Later in a negated clause, or after دون, it is "anyone": لم يؤذ أحدا → did not harm anyone.)
      // (Right after لا it is the "one" of "no one", and after أي of "any one".)
      var back = index - 1
      if back >= 0, units[back].wordClass == .negation || Self.keyWithoutProclitics(units[back]) == "اي" { back = -1 }
      while back >= 0, index - back <= 6, units[back].wordClass != .punctuation {
        if units[back].wordClass == .negation || ["دون", "بدون"].contains(Self.keyWithoutProclitics(units[back])) {
          units[index].english = "anyone"
          break
        }
        back -= 1
      }
      guard index >= 2, units[index - 1].wordClass == .verb,
        units[index - 1].verb != nil, units[index - 2].enclitic == nil,
        let role = units[index - 2].role, ["neg", "neg_past", "neg_future"].contains(role)
      else { continue }
      units[index].english = "no one"
      units[index - 1].verb?.perfect = role == "neg_past"
      units[index - 1].verb?.future = role == "neg_future"
      units[index - 2].wordClass = .particle
      units[index - 2].role = "drop"
      units[index - 2].english = ""
    }
  }
}
