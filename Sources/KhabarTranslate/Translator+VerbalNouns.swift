// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

extension Translator {
  /// The English verb (base form) a verbal noun stands for, and the entry behind it: a news
  /// event's verbal noun from `verbs.tsv` (مقتل → kill), else the verb whose perfect stem the
  /// noun's vocalized stem gives by a pattern of `verbal-nouns.tsv` (علاج EilAj → عالج EAlaj →
  /// treat; تطوير → develop), when the lexicon has that verb.
  ///
  /// - Complexity: O(*r* × *p*) pattern matches and at most *r* × *p* lexicon look-ups for a unit
  ///   with *r* noun readings and *p* patterns (both small).
  func verbOfVerbalNoun(_ unit: Unit) -> (base: String, origin: String)? {
    let cacheKey =
      unit.key + "|" + unit.source.rawValue + "|" + (unit.candidates.first?.analysis.stem.lemma ?? "")
      + (unit.source == .glossary ? "|" + unit.english : "")
    if let known = verbalNounCache.withLock({ $0[cacheKey] }) { return known.verb }
    let verb = findVerbOfVerbalNoun(unit)
    verbalNounCache.withLock { cache in
      if cache.count > 50_000 { cache.removeAll() }
      cache[cacheKey] = VerbOfNoun(verb: verb)
    }
    return verb
  }

  private func findVerbOfVerbalNoun(_ unit: Unit) -> (base: String, origin: String)? {
    let key = Self.keyWithoutProclitics(unit)
    if let known = rules.verbalNouns[key], !known.base.isEmpty { return keepsTerm(unit, (known.base, known.origin)) }
    // (A glossary term has no readings of its own: the lexicon's of its word.)
    // (A written ة, which the matching form spells ه, is looked up as ة: مطالبة is no مطالبه, "his
    // demands".)
    let written = unit.arabic.unicodeScalars.last == "ة" && key.hasSuffix("ه") ? String(key.dropLast()) + "ة" : key
    let analyses =
      unit.candidates.isEmpty
      ? (unit.source == .glossary ? lexicon.analyses(of: written) : []) : unit.candidates.map(\.analysis)
    for analysis in analyses where analysis.partOfSpeech == "NOUN" {
      let pos = analysis.stem.pos
      guard let slash = pos.utf8.firstIndex(of: UInt8(ascii: "/")) else { continue }
      // (Written with ta marbuta: the stem and p, as the patterns spell it.)
      let feminine = analysis.suffix.segments.contains { $0.tag == "NSUFF_FEM_SG" }
      let stem = Array(pos.utf8[..<slash]) + (feminine ? [UInt8(ascii: "p")] : [])
      for pattern in rules.verbalNounPatterns {
        guard let verbStem = Self.applyVerbalNounPattern(pattern.noun, pattern.verb, to: stem) else { continue }
        let verbPOS = String(decoding: verbStem, as: UTF8.self) + "/VERB_PERFECT"
        let bare = Lexicon.analysisKey(
          Buckwalter.toArabic(
            String(decoding: verbStem.filter { !Self.buckwalterDiacritics.contains($0) }, as: UTF8.self)))
        guard let verb = lexicon.stems(key: bare).first(where: { $0.pos == verbPOS }) else { continue }
        // (The noun of an intransitive verb is followed by its subject, not its object: لانتشار
        // الفيروس is no "to spread the virus".)
        // (Not the English of a news verb's governed phrase: إطلاق is no "open fire on".)
        let news = rules.newsVerbs[ArabicNormalizer.matching.normalize(verb.form)]
        // (Unless a news verb takes its object with a preposition: المطالبة بـ → to demand.)
        if verb.category.contains("intr") || verb.gloss.hasPrefix("be "), news?.preposition.isEmpty != false {
          return nil
        }
        let english =
          news.flatMap { $0.preposition.contains(" ") ? nil : $0.english } ?? Self.firstGloss(verb.gloss)
        guard !english.isEmpty else { continue }
        if !pattern.glossEndings.isEmpty {
          // (A pattern concrete nouns share: the noun's gloss must name an action.)
          let gloss = Self.firstGloss(analysis.stem.gloss)
          let last = gloss.split(separator: " ").last.map(String.init) ?? gloss
          guard
            pattern.glossEndings.contains(where: { $0 == "=" ? gloss == english : last.hasSuffix($0) })
          else { continue }
        }
        return keepsTerm(unit, (english, "lexicon:\(verb.lemma) (\(pattern.origin))"))
      }
    }
    return nil
  }

  /// `verb`, unless the unit is a glossary term whose English it would lose: a term's English
  /// always appears in the translation (the search of events.tsv stays "search", not "discuss").
  private func keepsTerm(_ unit: Unit, _ verb: (base: String, origin: String)) -> (base: String, origin: String)? {
    guard unit.source == .glossary else { return verb }
    return verb.base == unit.english ? (verb.base, unit.origin) : nil
  }

  /// Buckwalter's diacritics: what an unvocalized spelling leaves out.
  static let buckwalterDiacritics: Set<UInt8> = Set("aiuo~FNK`".utf8)

  /// Buckwalter letters that are no root consonant in a pattern of `verbal-nouns.tsv`: the short
  /// vowels, shadda and sukun, long a, the article's alif, tanwin and ta marbuta.
  static let buckwalterVowels: Set<UInt8> = Set("aiuo~A{FNKp`".utf8)

  /// The verb stem `verb` writes with the consonants `noun` finds in `stem`, or nil when `stem`
  /// does not have the pattern (`C` is one root consonant, every other byte itself).
  static func applyVerbalNounPattern(_ noun: [UInt8], _ verb: [UInt8], to stem: [UInt8]) -> [UInt8]? {
    guard noun.count == stem.count else { return nil }
    let consonant = UInt8(ascii: "C")
    var roots: [UInt8] = []
    for (want, have) in zip(noun, stem) {
      if want == consonant {
        guard !buckwalterVowels.contains(have) else { return nil }
        roots.append(have)
      } else if want != have {
        return nil
      }
    }
    var next = 0
    var result: [UInt8] = []
    result.reserveCapacity(verb.count)
    for byte in verb {
      if byte == consonant {
        guard next < roots.count else { return nil }
        result.append(roots[next])
        next += 1
      } else {
        result.append(byte)
      }
    }
    return next == roots.count ? result : nil
  }
}
