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
///
/// A value type with copy-on-write storage: the rules copy units freely (from the word cache, into
/// noun phrases and clauses), and a copy costs one reference count instead of one per string.
public struct Unit: Sendable, Hashable {
  /// UTF-16 range in the line.
  public var span: Range<Int>
  public var tokenRange: Range<Int>
  private var storage: Storage

  /// The unit's fields other than its place in the line (shared between copies until one changes;
  /// a storage object is only written while uniquely referenced, so its fields need no run-time
  /// exclusivity checks).
  private final class Storage: @unchecked Sendable {
    @exclusivity(unchecked) var arabic: String
    @exclusivity(unchecked) var wordClass: WordClass
    @exclusivity(unchecked) var english: String
    @exclusivity(unchecked) var source: UnitSource
    @exclusivity(unchecked) var origin: String
    @exclusivity(unchecked) var proclitics: [String] = []
    @exclusivity(unchecked) var definite: Bool = false
    @exclusivity(unchecked) var plural: Bool = false
    @exclusivity(unchecked) var englishIsPlural: Bool = false
    @exclusivity(unchecked) var enclitic: String? = nil
    @exclusivity(unchecked) var verb: VerbFeatures? = nil
    @exclusivity(unchecked) var role: String? = nil
    @exclusivity(unchecked) var human: Bool = false
    @exclusivity(unchecked) var category: String? = nil
    @exclusivity(unchecked) var candidates: [Reading] = []
    @exclusivity(unchecked) var key: String = ""
    @exclusivity(unchecked) var vocalizedPassive: Bool = false
    @exclusivity(unchecked) var value: Double? = nil
    @exclusivity(unchecked) var transferred: Bool = false
    @exclusivity(unchecked) var interrogative: Bool = false
    @exclusivity(unchecked) var adjectiveEnglish: String? = nil
    @exclusivity(unchecked) var irregularPlural: String? = nil
    @exclusivity(unchecked) var citation: String? = nil
    /// Whether ``arabic`` is spelled with the article (a cache of
    /// ``Translator/spelledWithArticle(_:)``, not part of the unit's value).
    @exclusivity(unchecked) var articleSpelling: Bool? = nil

    init(arabic: String, wordClass: WordClass, english: String, source: UnitSource, origin: String) {
      self.arabic = arabic
      self.wordClass = wordClass
      self.english = english
      self.source = source
      self.origin = origin
    }

    func copy() -> Storage {
      let other = Storage(arabic: arabic, wordClass: wordClass, english: english, source: source, origin: origin)
      other.proclitics = proclitics
      other.definite = definite
      other.plural = plural
      other.englishIsPlural = englishIsPlural
      other.enclitic = enclitic
      other.verb = verb
      other.role = role
      other.human = human
      other.category = category
      other.candidates = candidates
      other.key = key
      other.vocalizedPassive = vocalizedPassive
      other.value = value
      other.transferred = transferred
      other.interrogative = interrogative
      other.adjectiveEnglish = adjectiveEnglish
      other.irregularPlural = irregularPlural
      other.citation = citation
      other.articleSpelling = articleSpelling
      return other
    }

    func sameFields(as other: Storage) -> Bool {
      if self === other { return true }
      return arabic == other.arabic
        && wordClass == other.wordClass
        && english == other.english
        && source == other.source
        && origin == other.origin
        && proclitics == other.proclitics
        && definite == other.definite
        && plural == other.plural
        && englishIsPlural == other.englishIsPlural
        && enclitic == other.enclitic
        && verb == other.verb
        && role == other.role
        && human == other.human
        && category == other.category
        && candidates == other.candidates
        && key == other.key
        && vocalizedPassive == other.vocalizedPassive
        && value == other.value
        && transferred == other.transferred
        && interrogative == other.interrogative
        && adjectiveEnglish == other.adjectiveEnglish
        && irregularPlural == other.irregularPlural
        && citation == other.citation
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(arabic)
      hasher.combine(wordClass)
      hasher.combine(english)
      hasher.combine(source)
      hasher.combine(origin)
      hasher.combine(proclitics)
      hasher.combine(definite)
      hasher.combine(plural)
      hasher.combine(englishIsPlural)
      hasher.combine(enclitic)
      hasher.combine(verb)
      hasher.combine(role)
      hasher.combine(human)
      hasher.combine(category)
      hasher.combine(candidates)
      hasher.combine(key)
      hasher.combine(vocalizedPassive)
      hasher.combine(value)
      hasher.combine(transferred)
      hasher.combine(interrogative)
      hasher.combine(adjectiveEnglish)
      hasher.combine(citation)
    }
  }

  init(
    span: Range<Int>, tokenRange: Range<Int>, arabic: String, wordClass: WordClass, english: String,
    source: UnitSource, origin: String
  ) {
    self.span = span
    self.tokenRange = tokenRange
    storage = Storage(arabic: arabic, wordClass: wordClass, english: english, source: source, origin: origin)
  }

  /// The object holding the unit's fields: the same for copies of a unit none of which changed.
  var fields: AnyObject { storage }

  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  public static func == (a: Unit, b: Unit) -> Bool {
    a.span == b.span && a.tokenRange == b.tokenRange && a.storage.sameFields(as: b.storage)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(span)
    hasher.combine(tokenRange)
    storage.hash(into: &hasher)
  }

  public var arabic: String {
    get { storage.arabic }
    _modify {
      makeUnique()
      yield &storage.arabic
    }
  }

  public var wordClass: WordClass {
    get { storage.wordClass }
    _modify {
      makeUnique()
      yield &storage.wordClass
    }
  }

  /// The lexical English (verbs in their base form).
  public var english: String {
    get { storage.english }
    _modify {
      makeUnique()
      yield &storage.english
    }
  }

  public var source: UnitSource {
    get { storage.source }
    _modify {
      makeUnique()
      yield &storage.source
    }
  }

  /// The glossary entry, place record or rule behind the English (`file:line`).
  public var origin: String {
    get { storage.origin }
    _modify {
      makeUnique()
      yield &storage.origin
    }
  }

  /// Proclitics in front of the word, as Arabic letters (و ف ب ل ك س).
  public var proclitics: [String] {
    get { storage.proclitics }
    _modify {
      makeUnique()
      yield &storage.proclitics
    }
  }

  public var definite: Bool {
    get { storage.definite }
    _modify {
      makeUnique()
      yield &storage.definite
    }
  }

  public var plural: Bool {
    get { storage.plural }
    _modify {
      makeUnique()
      yield &storage.plural
    }
  }

  /// The English is already plural (a broken plural's gloss, a glossary plural).
  public var englishIsPlural: Bool {
    get { storage.englishIsPlural }
    _modify {
      makeUnique()
      yield &storage.englishIsPlural
    }
  }

  /// The attached pronoun: person/number/gender code (3MS, 3FS, 3MP, 1S …).
  public var enclitic: String? {
    get { storage.enclitic }
    _modify {
      makeUnique()
      yield &storage.enclitic
    }
  }

  public var verb: VerbFeatures? {
    get { storage.verb }
    _modify {
      makeUnique()
      yield &storage.verb
    }
  }

  /// The function word's role (function-words.tsv).
  public var role: String? {
    get { storage.role }
    _modify {
      makeUnique()
      yield &storage.role
    }
  }

  /// A person or group (for who/which).
  public var human: Bool {
    get { storage.human }
    _modify {
      makeUnique()
      yield &storage.human
    }
  }

  /// The glossary category, when the glossary made it.
  public var category: String? {
    get { storage.category }
    _modify {
      makeUnique()
      yield &storage.category
    }
  }

  /// Analyses left for disambiguation (lexicon units).
  public var candidates: [Reading] {
    get { storage.candidates }
    _modify {
      makeUnique()
      yield &storage.candidates
    }
  }

  /// The key (matching form) of the word.
  public var key: String {
    get { storage.key }
    _modify {
      makeUnique()
      yield &storage.key
    }
  }

  /// The original had a damma on its first letter (قُتل, أُصيب: a passive verb).
  public var vocalizedPassive: Bool {
    get { storage.vocalizedPassive }
    _modify {
      makeUnique()
      yield &storage.vocalizedPassive
    }
  }

  /// Numeric value of a number unit.
  public var value: Double? {
    get { storage.value }
    _modify {
      makeUnique()
      yield &storage.value
    }
  }

  /// Lexical transfer done.
  public var transferred: Bool {
    get { storage.transferred }
    _modify {
      makeUnique()
      yield &storage.transferred
    }
  }

  /// Written with the interrogative hamza (أتريد): a yes/no question.
  public var interrogative: Bool {
    get { storage.interrogative }
    _modify {
      makeUnique()
      yield &storage.interrogative
    }
  }

  /// The English of an adjective reading, when the word can be one (بيضاء after سيارة).
  public var adjectiveEnglish: String? {
    get { storage.adjectiveEnglish }
    _modify {
      makeUnique()
      yield &storage.adjectiveEnglish
    }
  }

  /// The English plural a glossary entry gives in its `plural` column (child → children), for a
  /// count to use instead of the English rules.
  public var irregularPlural: String? {
    get { storage.irregularPlural }
    _modify {
      makeUnique()
      yield &storage.irregularPlural
    }
  }

  /// A glossary verb's entry as written (matching form: the citation, the perfect of the 3rd
  /// person masculine), which the inflected word it matched (أعلنت, تعلن) is not; nil otherwise.
  public var citation: String? {
    get { storage.citation }
    _modify {
      makeUnique()
      yield &storage.citation
    }
  }

  /// Whether the Arabic is spelled with the article, when the word cache has worked it out.
  var articleSpelling: Bool? {
    get { storage.articleSpelling }
    _modify {
      makeUnique()
      yield &storage.articleSpelling
    }
  }

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
