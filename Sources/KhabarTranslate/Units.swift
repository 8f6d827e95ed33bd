// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary

/// What a unit is for the structural rules.
public enum WordClass: String, Sendable, Hashable, Codable {
  case noun, adjective, verb, preposition, conjunction, negation, relative, complementizer, pronoun
  case demonstrative, adverb, question, particle, number, name, punctuation, latin, other
}

/// Where a unit's English comes from.
public enum UnitSource: String, Sendable, Hashable, Codable {
  case glossary, place, function, lexicon, number, punctuation, latin, unknown
}

/// Tense, person and number of a verb, from its prefix and suffix.
public struct VerbFeatures: Sendable, Hashable {
  /// 1, 2 or 3.
  public var person = 3
  public var plural = false
  public var feminine = false
  public var perfect = true
  public var passive = false
  public var future = false
  public init() {}
}

/// One analysed piece of the Arabic: a token, or several tokens matched as one glossary term or place.
public struct Unit: Sendable, Hashable {
  /// UTF-16 range in the line.
  public var span: Range<Int>
  public var tokenRange: Range<Int>
  public var arabic: String
  public var wordClass: WordClass
  /// The lexical English (verbs in their base form).
  public var english: String
  public var source: UnitSource
  /// The glossary entry, place record or rule behind the English (`file:line`).
  public var origin: String
  /// Proclitics in front of the word, as Arabic letters (و ف ب ل ك س).
  public var proclitics: [String] = []
  public var definite = false
  public var plural = false
  /// The English is already plural (a broken plural's gloss, a glossary plural).
  public var englishIsPlural = false
  /// The attached pronoun: person/number/gender code (3MS, 3FS, 3MP, 1S …).
  public var enclitic: String? = nil
  public var verb: VerbFeatures? = nil
  /// The function word's role (function-words.tsv).
  public var role: String? = nil
  /// A person or group (for who/which).
  public var human = false
  /// The glossary category, when the glossary made it.
  public var category: String? = nil
  /// Analyses left for disambiguation (lexicon units).
  public var candidates: [Reading] = []
  /// The key (matching form) of the word.
  public var key: String = ""
  /// The original had a damma on its first letter (قُتل, أُصيب: a passive verb).
  public var vocalizedPassive = false
  /// Numeric value of a number unit.
  public var value: Double? = nil
  /// Lexical transfer done.
  public var transferred = false
  /// Written with the interrogative hamza (أتريد): a yes/no question.
  public var interrogative = false
  /// The English of an adjective reading, when the word can be one (بيضاء after سيارة).
  public var adjectiveEnglish: String? = nil

  public var isNominal: Bool {
    switch wordClass {
    case .noun, .name, .number, .pronoun, .demonstrative, .adjective: return true
    default: return false
    }
  }
  public var hasPreposition: Bool { proclitics.contains { $0 == "ب" || $0 == "ل" || $0 == "ك" } }
  public var hasConjunction: Bool { proclitics.contains { $0 == "و" || $0 == "ف" } }
}

/// One English word of a translation, with the Arabic it comes from and the rule or entry behind it.
public struct EnglishWord: Sendable, Hashable, Codable {
  public var english: String
  /// The Arabic span (Unicode scalar offsets in the line) and its text.
  public var start: Int
  public var end: Int
  public var arabic: String
  /// `file:line` of the glossary entry, or `rule:ID (file:line)`, or `lexicon:LEMMA`.
  public var rule: String
}

/// A glossary term found in the line.
public struct GlossaryHit: Sendable, Hashable, Codable {
  public var arabic: String
  public var english: String
  public var entry: String
  public var start: Int
  public var end: Int
}

/// A word the translator did not know (written by the press transliteration scheme).
public struct UnknownWord: Sendable, Hashable, Codable {
  public var arabic: String
  /// Matching form, the key of the unknown-words report.
  public var key: String
  public var english: String
  public var start: Int
  public var end: Int
}

/// The translation of one line.
public struct Translation: Sendable, Hashable {
  public var source: String
  public var english: String
  public var words: [EnglishWord]
  public var unknown: [UnknownWord]
  public var hits: [GlossaryHit]
  /// Share of the Arabic words translated by the glossary, gazetteer, rules or lexicon (0…1).
  public var coverage: Double
}
