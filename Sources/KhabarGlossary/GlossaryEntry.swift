// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// The categories a glossary entry can have.
public enum GlossaryCategory: String, CaseIterable, Sendable, Hashable, Codable {
  case actor, organization, place, military, weapon, casualty, event, title, time, number, general
}

/// One term of a glossary: an Arabic form and its English, with where it was defined.
///
/// A reference type: matches refer to their entry without copying its strings.
public final class GlossaryEntry: Sendable, Hashable, CustomStringConvertible {
  public let arabic: String
  public let english: String
  public let category: GlossaryCategory
  /// English plural when it is not regular.
  public let plural: String?
  public let feminine: String?
  /// Arabic plural forms (broken plurals) that also match the entry.
  public let arabicPlurals: [String]
  public let partOfSpeech: String?
  public let priority: Int
  /// Naming-policy key (see ``NamingPolicies``).
  public let policy: String?
  public let note: String?
  public let source: String?
  /// The file and line that defined the entry.
  public let origin: SourceLocation

  public init(
    arabic: String, english: String, category: GlossaryCategory, plural: String? = nil, feminine: String? = nil,
    arabicPlurals: [String] = [], partOfSpeech: String? = nil, priority: Int = 0, policy: String? = nil,
    note: String? = nil, source: String? = nil, origin: SourceLocation
  ) {
    self.arabic = arabic
    self.english = english
    self.category = category
    self.plural = plural
    self.feminine = feminine
    self.arabicPlurals = arabicPlurals
    self.partOfSpeech = partOfSpeech
    self.priority = priority
    self.policy = policy
    self.note = note
    self.source = source
    self.origin = origin
  }

  public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
    a === b
      || (a.origin == b.origin && a.arabic == b.arabic && a.english == b.english && a.category == b.category
        && a.plural == b.plural && a.arabicPlurals == b.arabicPlurals && a.priority == b.priority
        && a.policy == b.policy)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(origin)
    hasher.combine(arabic)
    hasher.combine(english)
  }

  public var description: String { "\(arabic) → \(english) (\(origin))" }

  /// The English plural: the `plural` column, else the last word made plural by English rules.
  public var englishPlural: String {
    if let plural, !plural.isEmpty { return plural }
    guard partOfSpeech == nil || partOfSpeech == "noun" || partOfSpeech == "phrase" else { return english }
    return EnglishMorphology.pluralizingLastWord(english)
  }
}

/// A problem found in a glossary file.
public struct GlossaryDiagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }
  public var severity: Severity
  public var location: SourceLocation
  public var message: String

  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// English noun plurals by rule (the glossary's `plural` column covers the exceptions).
public enum EnglishMorphology {
  static let invariant: Set<String> = [
    "personnel", "equipment", "ammunition", "police", "people", "forces", "troops", "media", "militia members",
    "sheep", "aircraft", "fire", "news", "artillery", "weaponry", "intelligence", "security", "children",
    // Quantifiers, which a count never makes plural.
    "many", "few", "several", "much", "most", "some", "both", "all", "more",
  ]
  /// Singular nouns ending in -men (the others are plurals of -man: gunmen, young men).
  static let singularMen: Set<String> = ["specimen", "abdomen", "regimen", "omen", "stamen", "acumen", "hymen"]

  /// "militia" → "militias", "city" → "cities", "box" → "boxes"; words already plural stay.
  public static func plural(of word: String) -> String {
    let lower = word.lowercased()
    if invariant.contains(lower) || lower.hasSuffix("s") && !lower.hasSuffix("ss") { return word }
    if lower == "person" { return word.first == "P" ? "People" : "people" }  // the one irregular plural counts need
    // (A compound of a noun and "by" makes the noun plural: passerby → passersby.)
    if lower.hasSuffix("erby") { return String(word.dropLast(2)) + "sby" }
    // A participle used as a noun names people without -s: three involved, the wounded (was
    // "involveds"); nouns in -eed, -ead, -hed and "hundred" are not participles.
    if lower.hasSuffix("ed"), lower.count > 5, !lower.hasSuffix("eed"), !lower.hasSuffix("ead"),
      !lower.hasSuffix("hed"), lower != "hundred"
    {
      return word
    }
    if lower.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
    if lower.hasSuffix("men"), !singularMen.contains(lower) { return word }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return String(word.dropLast()) + "ies"
    }
    if lower.hasSuffix("ss") || lower.hasSuffix("sh") || lower.hasSuffix("ch") || lower.hasSuffix("x") {
      return word + "es"
    }
    return word + "s"
  }

  /// The plural of a phrase: its head noun, taken as the last word before any "of …" complement.
  public static func pluralizingLastWord(_ phrase: String) -> String {
    var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard !words.isEmpty else { return phrase }
    var head = words.count - 1
    if let of = words.firstIndex(where: { $0 == "of" || $0 == "in" || $0 == "with" }), of > 0 { head = of - 1 }
    // Keep a parenthesised gloss out of it: "Syrian desert (Badia)".
    if words[head].hasPrefix("("), head > 0 { head -= 1 }
    words[head] = plural(of: words[head])
    return words.joined(separator: " ")
  }
}
