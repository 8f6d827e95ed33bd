// SPDX-License-Identifier: GPL-2.0-or-later

/// The rule or entry behind an English word, kept in parts until an explanation asks for its text:
/// a first part (a unit's origin: `file:line`, `lexicon:LEMMA`, a citation) and the rules cited
/// after it, by number. ``text(_:)`` writes it out as ``EnglishWord/rule``: the parts joined by
/// "; ", each rule as its citation (``RuleBook/cite(_:)-(RuleBook.RuleID)``).
///
/// The structural rules make one for every English word of every line; most are never read (only
/// `--explain` prints them), so making one builds no string.
struct RuleTrail: Sendable {
  /// The first part, or nil when the trail starts with a rule.
  private var origin: String?
  /// The rule numbers after it: a count in the low 4 bits, then 5 bits a rule, first rule lowest.
  private var packed: UInt64 = 0

  /// Rules a trail holds before it writes out what it has as its first part.
  private static let capacity = 12

  /// An origin as it is (the rule of a glossary word, a punctuation mark …).
  init(_ origin: String) { self.origin = origin }

  /// One rule.
  init(_ rule: RuleBook.RuleID) {
    origin = nil
    packed = Self.packing(rule, at: 0)
  }

  /// An origin and the rule applied to it (`origin; rule:ID (file:line)`).
  init(_ origin: String, _ rule: RuleBook.RuleID) {
    self.origin = origin
    packed = Self.packing(rule, at: 0)
  }

  private var count: Int { Int(packed & 0xF) }

  private static func packing(_ rule: RuleBook.RuleID, at index: Int) -> UInt64 {
    UInt64(rule.rawValue) << UInt64(4 + 5 * index) | UInt64(index + 1)
  }

  private func rule(at index: Int) -> RuleBook.RuleID {
    RuleBook.RuleID(rawValue: UInt8(truncatingIfNeeded: (packed >> UInt64(4 + 5 * index)) & 0x1F))!
  }

  /// Adds a rule at the end (`+= "; " + rules.cite(rule)` on the text).
  mutating func append(_ rule: RuleBook.RuleID, rules: RuleBook) {
    if count == Self.capacity {
      origin = text(rules)
      packed = 0
    }
    let index = count
    packed = (packed & ~0xF) | Self.packing(rule, at: index)
  }

  /// Whether `rule` is among the rules the trail holds (not those written out into its first part).
  func contains(_ rule: RuleBook.RuleID) -> Bool {
    (0..<count).contains { self.rule(at: $0) == rule }
  }

  /// The text's first part (before the first "; " the trail adds): enough to test a prefix that has
  /// no ";" in it.
  func firstPart(_ rules: RuleBook) -> String {
    if let origin { return origin }
    return count > 0 ? rules.cite(rule(at: 0)) : ""
  }

  /// The text: the parts joined by "; ".
  func text(_ rules: RuleBook) -> String {
    var text = origin ?? ""
    var first = origin == nil
    for index in 0..<count {
      if first {
        text = rules.cite(rule(at: index))
        first = false
      } else {
        text += "; " + rules.cite(rule(at: index))
      }
    }
    return text
  }
}

/// An English word as the structural rules make it: ``EnglishWord`` with its rule in parts.
struct DraftWord: Sendable {
  var english: String
  /// The Arabic span (UTF-16 offsets in the line) and its text.
  var start: Int
  var end: Int
  var arabic: String
  var rule: RuleTrail

  init(english: String, start: Int, end: Int, arabic: String, rule: RuleTrail) {
    self.english = english
    self.start = start
    self.end = end
    self.arabic = arabic
    self.rule = rule
  }

  /// Whether the word is punctuation (its English has no letter or digit).
  var wordIsPunctuation: Bool { !english.isEmpty && !english.contains(where: { $0.isLetter || $0.isNumber }) }

  /// A word that takes the place, Arabic and rule of `other`.
  init(word english: String, like other: DraftWord) {
    self.init(english: english, start: other.start, end: other.end, arabic: other.arabic, rule: other.rule)
  }

  /// A finished word as a draft (its rule as the trail's first part).
  init(_ word: EnglishWord) {
    self.init(english: word.english, start: word.start, end: word.end, arabic: word.arabic, rule: RuleTrail(word.rule))
  }

  /// The word with its rule written out.
  func finished(_ rules: RuleBook) -> EnglishWord {
    EnglishWord(english: english, start: start, end: end, arabic: arabic, rule: rule.text(rules))
  }
}
