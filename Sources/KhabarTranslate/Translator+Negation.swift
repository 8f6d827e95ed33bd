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
}
