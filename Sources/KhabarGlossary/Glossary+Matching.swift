// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic

/// A glossary term found in a text.
public struct GlossaryMatch: Sendable, Hashable {
  /// Where the term is, in UTF-16 code units of the text (clitics included).
  public var range: Range<Int>
  /// Indices of the tokens it covers.
  public var tokenRange: Range<Int>
  public var entry: GlossaryEntry
  /// Whether the Arabic was plural or dual (a broken plural, -ات, -ون, -ين, -ان …).
  public var plural: Bool
  /// Whether it was certainly dual: -ان, -تان or -تين on the last word (a count of two), or an
  /// indefinite -ين on a noun whose listed plurals are all broken (عنصرين: عناصر is the plural). Any
  /// other -ين is not: it is the sound plural as well (العاملين: the workers), and a wrong "two" is a
  /// wrong count.
  public var dual: Bool = false
  /// Proclitics written on the first word (و, ب, ل …), in order.
  public var proclitics: [String]
  /// Whether the first word had the article.
  public var definite: Bool
  /// The pronoun written on the last word (ه, ها, هم …), if any.
  public var enclitic: String?
  /// The entry's English under the naming policies, singular or plural.
  public var english: String
  /// The English with the clitics: "and militias", "its forces", "to/for regime forces".
  public var rendering: String
}

/// Tokens with their matching keys in one buffer: what the matcher works on.
public struct KeyedTokens: Sendable {
  /// The matching keys of all tokens, end to end.
  var storage: [UInt16] = []
  /// Each token's key in `storage` (empty for punctuation and symbols, which no term crosses).
  var keys: [Range<Int>] = []
  /// Each token's range in the original text (UTF-16 code units).
  public private(set) var ranges: [Range<Int>] = []
  /// Whether each token ends in ة as written: its key's final ه is no pronoun.
  var endsInTaMarbuta: [Bool] = []
  /// Whether each token is a double quotation mark (" « » “ ” „): a term may take in a name quoted
  /// after its first words (قوات "الحزام الأمني"), quotes and all.
  var quotes: [Bool] = []

  public init() {}

  /// Keys of tokens made by the segmenter.
  public init(_ tokens: [Token]) {
    keys.reserveCapacity(tokens.count)
    ranges.reserveCapacity(tokens.count)
    endsInTaMarbuta.reserveCapacity(tokens.count)
    quotes.reserveCapacity(tokens.count)
    for token in tokens {
      let start = storage.count
      if token.kind == .word || token.kind == .number { storage.append(utf16Of: token.key) }
      keys.append(start..<storage.count)
      ranges.append(token.range)
      endsInTaMarbuta.append(KeyedTokens.endsInTaMarbuta(token.text.utf16))
      quotes.append(KeyedTokens.isQuote(token.text.utf16))
    }
  }

  /// Adds a token by its range and its key's UTF-16 code units (`[UInt16](utf16Of: token.key)`):
  /// ``init(_:)`` token by token, for a caller that has the key's code units at hand. Only words and
  /// numbers have keys here. `endsInTaMarbuta`: the token as written ends in ة; `isQuote`: it is a
  /// double quotation mark (``isQuote(_:)``).
  public mutating func append(
    range: Range<Int>, kind: Token.Kind, key: [UInt16], endsInTaMarbuta: Bool = false, isQuote: Bool = false
  ) {
    let start = storage.count
    if kind == .word || kind == .number { storage.append(contentsOf: key) }
    keys.append(start..<storage.count)
    ranges.append(range)
    self.endsInTaMarbuta.append(endsInTaMarbuta)
    quotes.append(isQuote)
  }

  /// Whether a token as written is one double quotation mark: " « » “ ” „ (never a word or a
  /// number, whatever the token's kind).
  public static func isQuote(_ units: some Collection<UInt16>) -> Bool {
    guard units.count == 1, let unit = units.first else { return false }
    return unit == 0x22 || unit == 0xAB || unit == 0xBB || (0x201C...0x201E).contains(unit)
  }

  /// Whether a word as written ends in ة, harakat and tatweel after it aside (مسلحةٌ), as
  /// ``Lexicon/strippingDiacritics(_:)`` reads it.
  public static func endsInTaMarbuta(_ units: some BidirectionalCollection<UInt16>) -> Bool {
    guard let last = units.last(where: { !(0x064B...0x0652).contains($0) && $0 != 0x0670 && $0 != 0x0640 }) else {
      return false
    }
    return last == 0x0629
  }

  /// Room for `count` tokens whose keys take `units` code units in all.
  public mutating func reserveCapacity(tokens count: Int, units: Int) {
    keys.reserveCapacity(count)
    ranges.reserveCapacity(count)
    endsInTaMarbuta.reserveCapacity(count)
    quotes.reserveCapacity(count)
    storage.reserveCapacity(units)
  }

  /// Tokenizes and keys a text without building strings (the fast path).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public init(text units: UnsafeBufferPointer<UInt16>, segmenter: ArabicSegmenter) throws(ICUError) {
    var scratch: [UInt16] = []
    try load(text: units, segmenter: segmenter, scratch: &scratch)
  }

  /// Replaces the tokens with those of `units`, reusing the buffers' capacity.
  public mutating func load(
    text units: UnsafeBufferPointer<UInt16>, segmenter: ArabicSegmenter, scratch: inout [UInt16]
  ) throws(ICUError) {
    let matching = segmenter.matchingNormalizer
    // Take the buffers out of `self` (the closure below cannot capture it) and keep their capacity.
    var storage = self.storage
    var keys = self.keys
    var ranges = self.ranges
    var endsInTaMarbuta = self.endsInTaMarbuta
    var quotes = self.quotes
    self.storage = []
    self.keys = []
    self.ranges = []
    self.endsInTaMarbuta = []
    self.quotes = []
    storage.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    ranges.removeAll(keepingCapacity: true)
    endsInTaMarbuta.removeAll(keepingCapacity: true)
    quotes.removeAll(keepingCapacity: true)
    storage.reserveCapacity(units.count)
    keys.reserveCapacity(units.count / 4)
    ranges.reserveCapacity(units.count / 4)
    try segmenter.forEachToken(in: units, range: 0..<units.count) { range, kind in
      let start = storage.count
      if kind == .word || kind == .number {
        let token = UnsafeBufferPointer(rebasing: units[range])
        if matching.leavesUnchanged(token) {
          storage.append(contentsOf: token)
        } else {
          scratch.removeAll(keepingCapacity: true)
          scratch.append(contentsOf: token)
          matching.normalize(&scratch)
          storage.append(contentsOf: scratch)
        }
      }
      keys.append(start..<storage.count)
      ranges.append(range)
      endsInTaMarbuta.append(KeyedTokens.endsInTaMarbuta(units[range]))
      quotes.append(KeyedTokens.isQuote(units[range]))
    }
    self.storage = storage
    self.keys = keys
    self.ranges = ranges
    self.endsInTaMarbuta = endsInTaMarbuta
    self.quotes = quotes
  }

  public var count: Int { ranges.count }
}

/// A reusable list of readings in manually managed storage: filled and read once per token, so
/// it avoids the array's uniqueness checks and generic clearing on the hot path.
final class VariantList {
  private var storage: UnsafeMutablePointer<Variant>
  private var capacity = 32
  private(set) var count = 0

  init() { storage = .allocate(capacity: 32) }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  func reset() {
    storage.deinitialize(count: count)
    count = 0
  }

  func append(_ variant: Variant) {
    if count == capacity {
      let grown = UnsafeMutablePointer<Variant>.allocate(capacity: capacity * 2)
      grown.moveInitialize(from: storage, count: count)
      storage.deallocate()
      storage = grown
      capacity *= 2
    }
    (storage + count).initialize(to: variant)
    count += 1
  }

  subscript(_ index: Int) -> Variant {
    precondition(index >= 0 && index < count)
    return storage[index]
  }
}

/// A way to read a token's key: what is taken off it to find a term in it.
struct Variant {
  /// The key in `KeyedTokens.storage`.
  var start: Int
  var end: Int
  /// Whether a ة (ه in the matching form) is added back: قواته → قوة, سيارات → سيارة.
  var appendHa = false
  /// Proclitic letters at the start of the token's key (و, ب, ل …).
  var proclitics = 0
  var definite = false
  /// Where an enclitic pronoun starts in storage (the key's end when there is none).
  var enclitic: Int
  var plural = false
  /// Whether a sound number ending with its ن was taken off (-ون -ين -ان -تين -تان): a noun so
  /// inflected is in no idafa, and an adjective after it agrees (عدوان إسرائيلي is not two
  /// Israeli enemies, which would be عدوان إسرائيليان).
  var keepsNun = false
  /// How much was taken off (fewer is better).
  var cost = 0
}

extension Glossary {
  /// The prepositions of two letters that open glossary phrases (في, من, عن, مع), in UTF-16.
  static let twoLetterPrepositions: Set<[UInt16]> = [
    [0x0641, 0x064A], [0x0645, 0x0646], [0x0639, 0x0646], [0x0645, 0x0639],
  ]
  static let waw: UInt16 = 0x0648
  static let fa: UInt16 = 0x0641
  static let ba: UInt16 = 0x0628
  static let lam: UInt16 = 0x0644
  static let kaf: UInt16 = 0x0643
  static let alef: UInt16 = 0x0627
  static let ta: UInt16 = 0x062A
  static let ya: UInt16 = 0x064A
  static let nun: UInt16 = 0x0646
  /// ه, which also stands for ة in the matching form.
  static let heh: UInt16 = 0x0647
  /// Enclitic pronouns, longest first (ه stands for ة too in the matching form).
  static let encliticStrings = ["هما", "هم", "هن", "ها", "كم", "نا", "ه"]
  static let enclitics: [[UInt16]] = encliticStrings.map { Array($0.utf16) }
  static let procliticStrings: [UInt16: String] = [
    waw: "\u{0648}", fa: "\u{0641}", ba: "\u{0628}", lam: "\u{0644}", kaf: "\u{0643}",
  ]

  /// The string of a proclitic letter, without allocating for the usual ones.
  static func letterString(_ unit: UInt16) -> String {
    procliticStrings[unit] ?? String(utf16Units: [unit])
  }

  /// The string of an enclitic pronoun, from the fixed list.
  static func encliticString(_ units: ArraySlice<UInt16>) -> String {
    for (index, pronoun) in enclitics.enumerated() where pronoun.elementsEqual(units) { return encliticStrings[index] }
    return String(utf16Units: Array(units))
  }

  /// The ways to read `storage[key]`: proclitics (و ف, then ب ل ك) and the article on the first
  /// word of a term, the article on later words; on any word an enclitic pronoun, the -ة that
  /// becomes -ت before it, and number endings (-ات, -ون, -ين, -ان, -تان, -تين, and the -ا of the
  /// accusative).
  static func variants(
    _ storage: UnsafeBufferPointer<UInt16>, _ key: Range<Int>, first: Bool, pairs: LeadingPairs? = nil,
    endsInTaMarbuta: Bool = false, into result: VariantList
  ) {
    result.reset()
    let end = key.upperBound
    guard key.count >= 2 else { return }
    typealias Prefix = (start: Int, proclitics: Int, definite: Bool)
    // At most six prefixes: none, و/ف, ب/ل/ك, لل, and the article after each; kept on the stack.
    withUnsafeTemporaryAllocation(of: Prefix.self, capacity: 8) { prefixes in
      var count = 0
      func add(_ prefix: Prefix) {
        if count < prefixes.count {
          prefixes[count] = prefix
          count += 1
        }
      }
      add((key.lowerBound, 0, false))
      if first {
        var index = key.lowerBound
        var clitics = 0
        // (Also before a preposition of two letters that opens a phrase: وفي الوقت نفسه is و + في
        // الوقت نفسه; not before any two letters: ورد is no و + رد.)
        if end - index > 3
          || end - index == 3 && Self.twoLetterPrepositions.contains([storage[index + 1], storage[index + 2]]),
          storage[index] == waw || storage[index] == fa
        {
          index += 1
          clitics += 1
          add((index, clitics, false))
        }
        // (ب also before a stem of two letters that opens with no alif: بحي المقوس → in al-Muqawwas
        // neighbourhood; باب is "door", not ب + آب "August".)
        if end - index > 3 || end - index == 3 && storage[index] == ba && storage[index + 1] != alef,
          storage[index] == ba || storage[index] == lam || storage[index] == kaf
        {
          let preposition = storage[index]
          index += 1
          clitics += 1
          add((index, clitics, false))
          // لِ + ال is written لل.
          if preposition == lam, end - index > 3, storage[index] == lam { add((index + 1, clitics, true)) }
        }
      }
      let withoutArticle = count
      for position in 0..<withoutArticle {
        let prefix = prefixes[position]
        if !prefix.definite, end - prefix.start >= 4, storage[prefix.start] == alef, storage[prefix.start + 1] == lam {
          add((prefix.start + 2, prefix.proclitics, true))
        }
      }
      for position in 0..<count {
        let prefix = prefixes[position]
        // Suffixes do not change the first two letters of a reading of three letters or more:
        // when no key starts with them, no reading from this prefix can match.
        if let pairs, end - prefix.start >= 3, !pairs.mayStart(storage[prefix.start], storage[prefix.start + 1]) {
          continue
        }
        let base = Variant(
          start: prefix.start, end: end, proclitics: prefix.proclitics, definite: prefix.definite, enclitic: end,
          cost: prefix.proclitics)
        numberForms(storage, base, into: result)
        // No pronoun after the article (الإرهابية is no "its terrorist"), nor a final ه that is a
        // written ة (مسلحة is no "its gunman").
        let ending = encliticLength(storage, from: prefix.start, to: end)
        var pronoun = prefix.definite ? 0 : ending
        if endsInTaMarbuta, ending == 1 {
          pronoun = 0
          // The ة of a feminine or a verbal noun on an entry without it, with no pronoun:
          // إرهابية, المدعومة, السيطرة (على) → إرهابي, مدعوم, سيطر (على).
          if end - 1 - prefix.start >= 3 {
            var feminine = base
            feminine.end = end - 1
            feminine.cost += 1
            numberForms(storage, feminine, beforePronoun: true, into: result)
          }
        }
        if pronoun > 0 {
          let stemEnd = end - pronoun
          var withPronoun = base
          withPronoun.end = stemEnd
          withPronoun.enclitic = stemEnd
          withPronoun.cost += 1
          numberForms(storage, withPronoun, beforePronoun: true, into: result)
          if storage[stemEnd - 1] == ta, stemEnd - 1 - prefix.start >= 2 {  // قوته: ة is written ت before a pronoun
            var feminine = withPronoun
            feminine.end = stemEnd - 1
            feminine.appendHa = true
            result.append(feminine)
          }
          // Sound plural and dual construct forms lose their ن: مقاتلوه, عنصريه.
          if storage[stemEnd - 1] == waw || storage[stemEnd - 1] == ya, stemEnd - 1 - prefix.start >= 2 {
            var construct = withPronoun
            construct.end = stemEnd - 1
            construct.plural = true
            construct.cost += 1
            result.append(construct)
          }
        }
      }
    }
  }

  static let mim: UInt16 = 0x0645

  /// The length of the enclitic pronoun (ه ها هما هم هن كم نا) that `storage[start..<end]` ends
  /// with, when it leaves a stem of two letters or more; 0 for none.
  @inline(__always)
  static func encliticLength(_ storage: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int {
    let length = end - start
    guard length >= 3 else { return 0 }
    let last = storage[end - 1]
    let before = storage[end - 2]
    var pronoun = 0
    switch last {
    case KeyHash.ha: pronoun = 1  // ه
    case alef:
      if before == KeyHash.ha {
        pronoun = 2  // ها
      } else if before == mim, storage[end - 3] == KeyHash.ha {
        pronoun = 3  // هما
      } else if before == nun {
        pronoun = 2  // نا
      }
    case mim where before == KeyHash.ha || before == kaf: pronoun = 2  // هم, كم
    case nun where before == KeyHash.ha: pronoun = 2  // هن
    default: break
    }
    return pronoun > 0 && length - pronoun >= 2 ? pronoun : 0
  }

  /// The variant itself and its number forms.
  static func numberForms(
    _ storage: UnsafeBufferPointer<UInt16>, _ base: Variant, beforePronoun: Bool = false, into result: VariantList
  ) {
    result.append(base)
    let start = base.start
    let end = base.end
    guard end - start >= 4 else { return }
    var form = base
    form.cost += 1
    let last = storage[end - 1]
    let beforeLast = storage[end - 2]
    if beforeLast == alef, last == ta {  // -ات: plural of a -ة noun, or of another
      form.plural = true
      form.end = end - 2
      form.appendHa = true
      result.append(form)
      form.appendHa = false
      result.append(form)
    } else if last == nun, !beforePronoun, beforeLast == waw || beforeLast == ya || beforeLast == alef {  // -ون -ين -ان
      // Not before a pronoun: a sound plural or dual loses its ن there (مقاتلوه, in ``variants``),
      // so قمحانة (its ة read as ه) is no "its wheats".
      form.plural = true
      form.keepsNun = true
      if end - start >= 5, storage[end - 3] == ta, beforeLast != waw {  // -تين -تان: feminine dual
        var feminine = form
        feminine.end = end - 3
        feminine.appendHa = true
        result.append(feminine)
      }
      form.end = end - 2
      result.append(form)
    } else if last == alef, beforeLast != heh {  // accusative -اً (never after ة: ابنها is her son)
      form.end = end - 1
      result.append(form)
    }
  }

  /// Non-overlapping matches in a token sequence, left to right, longest first.
  public func matches(in tokens: [Token], clitics: CliticGlosses = .standard) -> [GlossaryMatch] {
    matches(in: KeyedTokens(tokens), clitics: clitics)
  }

  /// Matches in a text, tokenized with `segmenter`.
  public func matches(in text: String, segmenter: ArabicSegmenter, clitics: CliticGlosses = .standard) throws(ICUError)
    -> [GlossaryMatch]
  {
    let units = [UInt16](utf16Of: text)
    let keyed = try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> KeyedTokens in
      try KeyedTokens(text: buffer, segmenter: segmenter)
    }
    return matches(in: keyed, clitics: clitics)
  }

  /// Non-overlapping matches over keyed tokens, left to right: at each token the longest term
  /// wins, then the reading that took off least, then the entry's precedence.
  ///
  /// - Complexity: O(*n* × *v*) for *n* tokens with *v* readings each when nothing matches (the
  ///   common case); a match walks the trie over at most the term's length.
  public func matches(in text: KeyedTokens, clitics: CliticGlosses = .standard) -> [GlossaryMatch] {
    var matcher = Matcher(glossary: self, text: text)
    return collect(&matcher, clitics: clitics)
  }

  /// The matches of the matcher's text, left to right.
  func collect(_ matcher: inout Matcher, clitics: CliticGlosses) -> [GlossaryMatch] {
    matcher.forgetReadings()  // they point into the previous text's storage
    let text = matcher.text
    var result: [GlossaryMatch] = []
    result.reserveCapacity(text.count / 2)  // news has a term every two or three tokens
    text.storage.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < text.count {
        guard let found = matcher.longestMatch(at: index, buffer) else {
          index += 1
          continue
        }
        let match = makeMatch(found, at: index, in: text, clitics: clitics)
        // (A verb never carries ب: برد is "cold", not ب + رد "respond"; and a stem of two letters
        // after ب is only a noun's, بحي, بتل, or the first of a phrase entry's words: بما في ذلك;
        // not of other entries, بشن هجوم.)
        // (Nor is a word written with ة an entry written with ه: الجراحة "surgery" is not جراحه "his
        // wounds".)
        if match.proclitics.contains("ب")
          && (match.entry.partOfSpeech == "verb"
            || text.keys[index].count == 3
              && !(match.entry.partOfSpeech?.hasPrefix("noun") ?? false)
              && !(found.end > index + 1 && match.entry.partOfSpeech == "phrase"))
          || text.endsInTaMarbuta[found.end - 1] && match.entry.arabic.hasSuffix("ه")
          // (Nor does an adverb of one word take a pronoun: لأنه is because + he, not الآن "now".)
          || match.enclitic != nil && found.end == index + 1 && match.entry.partOfSpeech == "adv"
        {
          index += 1
          continue
        }
        result.append(match)
        index = found.end
      }
    }
    return result
  }

  /// The match record of a found term.
  private func makeMatch(_ found: Matcher.Found, at index: Int, in text: KeyedTokens, clitics: CliticGlosses)
    -> GlossaryMatch
  {
    let storage = text.storage
    let entry = entries[Int(found.terminal.entry)]
    let plural = found.terminal.plural || found.plural
    let english = self.english(ofEntry: Int(found.terminal.entry), plural: plural)
    let firstKey = text.keys[index]
    let lastKey = text.keys[found.lastWord]
    let proclitics = (0..<found.proclitics).map { Glossary.letterString(storage[firstKey.lowerBound + $0]) }
    let enclitic: String? =
      found.enclitic < lastKey.upperBound ? Glossary.encliticString(storage[found.enclitic..<lastKey.upperBound]) : nil
    var rendering = english
    if !proclitics.isEmpty || enclitic != nil {
      var words = proclitics.compactMap { clitics.proclitics[$0] }
      // A pronoun on a noun is a possessive ("its forces"); on a verb or particle it is an
      // object or subject, left to the translator.
      let isNominal = entry.partOfSpeech.map { $0.hasPrefix("noun") } ?? true
      if isNominal, let enclitic, let possessive = clitics.enclitics[enclitic] { words.append(possessive) }
      words.append(english)
      rendering = words.joined(separator: " ")
    }
    var match = GlossaryMatch(
      range: text.ranges[index].lowerBound..<text.ranges[found.end - 1].upperBound,
      tokenRange: index..<found.end, entry: entry, plural: plural, proclitics: proclitics,
      definite: found.definite, enclitic: enclitic, english: english, rendering: rendering)
    if found.plural, !found.terminal.plural, found.end == index + 1 {
      // The word without its proclitics and article (بالأمان is أمان, no dual of أم).
      var stemStart = lastKey.lowerBound + found.proclitics
      if found.definite, stemStart + 1 < found.enclitic, storage[stemStart] == Glossary.alef,
        storage[stemStart + 1] == Glossary.lam
      {
        stemStart += 2
      }
      if stemStart < found.enclitic {
        let stem = storage[stemStart..<found.enclitic]
        match.dual =
          Glossary.isDual(stem) || !found.definite && Glossary.endsInYaNun(stem) && Glossary.onlyBrokenPlurals(entry)
      }
    }
    return match
  }

  /// Whether a key ends in ين (a sound plural or a dual).
  static func endsInYaNun(_ key: ArraySlice<UInt16>) -> Bool {
    key.count >= 4 && key.last == nun && key[key.index(key.endIndex, offsetBy: -2)] == ya
  }

  /// Whether the entry lists its plurals and none is a sound one (-ون, -ين, -ات, or a construct
  /// -ي, -و such as مقاتلي): an indefinite
  /// -ين form of such a noun is its dual (عنصرين: عناصر is the plural; شخصين, ضابطين), not a plural.
  /// A noun that also takes a sound plural lists it (مسلحون|مسلحين) and stays ambiguous.
  static func onlyBrokenPlurals(_ entry: GlossaryEntry) -> Bool {
    guard !entry.arabicPlurals.isEmpty, !entry.arabic.contains(" ") else { return false }
    return !entry.arabicPlurals.contains { plural in
      plural.hasSuffix("ون") || plural.hasSuffix("ين") || plural.hasSuffix("ات") || plural.hasSuffix("ي")
        || plural.hasSuffix("و")
    }
  }

  /// Whether a word's key (matching form, no enclitic), read as a sound number ending, is dual:
  /// -ان (the plural is -ون), -تان, -تين (the feminine plural is -ات).
  static func isDual(_ key: ArraySlice<UInt16>) -> Bool {
    // A stem of three letters at least: أمان (safety) is no dual of أم.
    guard key.count >= 5, key.last == nun else { return false }
    let before = key[key.index(key.endIndex, offsetBy: -2)]
    if before == alef { return true }
    return before == ya && key[key.index(key.endIndex, offsetBy: -3)] == ta
  }

  /// The search state of one matching pass: reusable buffers, no closures (their captured
  /// variables would be boxed and checked for exclusivity on every access).
  struct Matcher {
    /// A term found: where it ends, and what its first and last readings took off (small
    /// values rather than whole readings: these are copied in the inner loop).
    struct Found {
      var end: Int
      var cost: Int
      var terminal: Terminal
      var proclitics: Int
      var definite: Bool
      var plural: Bool
      /// Where the last word's enclitic starts in storage (its key's end when none).
      var enclitic: Int
      /// The token of the last word (before `end` when a closing quote ends the term).
      var lastWord: Int
    }

    struct Step {
      var node: Int
      var end: Int
      var cost: Int
      var plural: Bool
      var enclitic: Int
      /// Whether the last word read kept the ن of a sound number ending (``Variant/keepsNun``).
      var keepsNun = false
      /// Whether the term stepped over an opening quote: it ends only where the quote closes.
      var quoted = false
      /// Whether a word before the last carried a pronoun: no phrase entry ends here then (كلاهما
      /// من is not كلا من "both").
      var innerPronoun = false
    }

    let glossary: Glossary
    var text: KeyedTokens
    // The glossary's arrays, held here so that the hot loop reads them without retaining.
    let bestTerminal: [Terminal]
    let terminalByArticle: [(bare: Terminal, definite: Terminal)]
    let hasChildren: [Bool]
    let ranks: [Rank]
    let entryEndsInTaMarbuta: [Bool]
    let namedByArticle: [Bool]
    let pairs: LeadingPairs
    let firstVariants = VariantList()
    /// Readings of the tokens after the current one, by distance, reused across positions.
    var levels: [VariantList] = []
    var levelToken: [Int] = []
    var stack: [Step] = []

    init(glossary: Glossary, text: KeyedTokens) {
      self.glossary = glossary
      self.text = text
      bestTerminal = glossary.bestTerminal
      terminalByArticle = glossary.terminalByArticle
      hasChildren = glossary.hasChildren
      ranks = glossary.ranks
      entryEndsInTaMarbuta = glossary.endsInTaMarbuta
      namedByArticle = glossary.namedByArticle
      pairs = glossary.leadingPairs
      stack.reserveCapacity(16)
    }

    /// The best term starting at token `index`: longest, then least taken off, then precedence.
    mutating func longestMatch(at index: Int, _ buffer: UnsafeBufferPointer<UInt16>) -> Found? {
      do {
        Glossary.variants(
          buffer, text.keys[index], first: true, pairs: pairs, endsInTaMarbuta: text.endsInTaMarbuta[index],
          into: firstVariants)
        if firstVariants.isEmpty { return nil }
        var best: Found? = nil
        for position in 0..<firstVariants.count {
          let start = firstVariants[position]
          guard let node = child(0, start, buffer) else { continue }
          stack.removeAll(keepingCapacity: true)
          stack.append(
            Step(
              node: node, end: index + 1, cost: start.cost, plural: start.plural, enclitic: start.enclitic,
              keepsNun: start.keepsNun))
          while let step = stack.popLast() {
            // A term that took in an opening quote ends only at the closing one, which it takes too.
            let closes = step.quoted && step.end < text.count && text.quotes[step.end]
            var terminal = bestTerminal[step.node]
            // Written as the entry is, with or without the article, when both kinds end here.
            let byArticle = terminalByArticle[step.node]
            if start.definite ? byArticle.definite.entry >= 0 : byArticle.bare.entry >= 0 {
              terminal = start.definite ? byArticle.definite : byArticle.bare
            }
            if step.quoted && !closes { terminal.entry = -1 }
            if !start.definite, terminal.entry >= 0, namedByArticle[Int(terminal.entry)] { terminal.entry = -1 }
            if step.innerPronoun, terminal.entry >= 0,
              glossary.entries[Int(terminal.entry)].partOfSpeech == "phrase"
            {
              terminal.entry = -1
            }
            if terminal.entry >= 0 {
              let end = closes ? step.end + 1 : step.end
              // A final ه is a pronoun before it is a ة written ه: شقيقه is "his brother" (شقيق
              // + ه) when the glossary has both, not شقيقة "sister"; with no pronoun reading, the
              // ة reading still matches.
              let cost =
                entryEndsInTaMarbuta[Int(terminal.entry)] && !text.endsInTaMarbuta[step.end - 1]
                  && step.enclitic >= text.keys[step.end - 1].upperBound
                  && text.storage[text.keys[step.end - 1].upperBound - 1] == KeyHash.ha
                ? step.cost + 2 : step.cost
              var better = true
              if let current = best {
                if end != current.end {
                  better = end > current.end
                } else if cost != current.cost {
                  better = cost < current.cost
                } else {
                  better = ranks[Int(terminal.entry)] > ranks[Int(current.terminal.entry)]
                }
              }
              if better {
                best = Found(
                  end: end, cost: cost, terminal: terminal, proclitics: start.proclitics,
                  definite: start.definite, plural: start.plural || step.plural, enclitic: step.enclitic,
                  lastWord: step.end - 1)
              }
            }
            guard step.end < text.count, hasChildren[step.node] else { continue }
            // A name quoted after the term's first words (قوات "الحزام الأمني"): step over the quote.
            var token = step.end
            var quoted = step.quoted
            if !quoted, text.quotes[token], token + 1 < text.count {
              token += 1
              quoted = true
            }
            let level = prepareLevel(token: token, after: index, buffer)
            let readings = levels[level]
            let innerPronoun = step.innerPronoun || step.enclitic < text.keys[step.end - 1].upperBound
            for next in 0..<readings.count {
              let variant = readings[next]
              // After a word that kept its number's ن, the next word agrees in number.
              if step.keepsNun && !variant.plural { continue }
              if let grandchild = child(step.node, variant, buffer) {
                stack.append(
                  Step(
                    node: grandchild, end: token + 1, cost: step.cost + variant.cost,
                    plural: step.plural || variant.plural, enclitic: variant.enclitic, keepsNun: variant.keepsNun,
                    quoted: quoted, innerPronoun: innerPronoun))
              }
            }
          }
        }
        return best
      }
    }

    /// Drops the cached readings of later tokens (before matching a new text).
    mutating func forgetReadings() {
      for level in levelToken.indices { levelToken[level] = -1 }
    }

    /// Fills the level of token `token` (after `start`) with its readings, once per start.
    mutating func prepareLevel(token: Int, after start: Int, _ storage: UnsafeBufferPointer<UInt16>) -> Int {
      let level = token - start - 1
      while levels.count <= level {
        levels.append(VariantList())
        levelToken.append(-1)
      }
      if levelToken[level] != token {
        Glossary.variants(
          storage, text.keys[token], first: false, pairs: pairs, endsInTaMarbuta: text.endsInTaMarbuta[token],
          into: levels[level])
        levelToken[level] = token
      }
      return level
    }

    @inline(__always)
    func child(_ node: Int, _ variant: Variant, _ buffer: UnsafeBufferPointer<UInt16>) -> Int? {
      glossary.child(
        of: node, UnsafeBufferPointer(rebasing: buffer[variant.start..<variant.end]), appendingHa: variant.appendHa)
    }
  }
}

/// English glosses of clitics, from `glossaries/clitics.tsv`.
public struct CliticGlosses: Sendable {
  public var proclitics: [String: String]
  public var enclitics: [String: String]

  public init(proclitics: [String: String], enclitics: [String: String]) {
    self.proclitics = proclitics
    self.enclitics = enclitics
  }

  /// Loads `clitics.tsv` (columns arabic, role, english).
  public init(path: String) throws(InputError) {
    let table = try TSVTable(path: path, required: ["arabic", "role", "english"])
    var proclitics: [String: String] = [:]
    var enclitics: [String: String] = [:]
    for row in table.rows {
      let arabic = ArabicNormalizer.matching.normalize(String(table.field(row, "arabic")))
      let english = String(table.field(row, "english"))
      switch table.field(row, "role") {
      case "proclitic": proclitics[arabic] = english
      case "enclitic": enclitics[arabic] = english
      default:
        throw InputError("role must be proclitic or enclitic", at: table.location(row, column: "role"))
      }
    }
    self.init(proclitics: proclitics, enclitics: enclitics)
  }

  /// No glosses (renderings are the bare English).
  public static let standard = CliticGlosses(proclitics: [:], enclitics: [:])
}

/// Finds glossary terms in one text after another, reusing its buffers and ICU iterators: the
/// fast way to scan many lines. Not thread-safe: use one per task.
public final class GlossaryScanner {
  public let glossary: Glossary
  public let clitics: CliticGlosses
  public let segmenter: ArabicSegmenter
  private var matcher: Glossary.Matcher
  private var scratch: [UInt16] = []

  public init(glossary: Glossary, clitics: CliticGlosses = .standard) throws(ICUError) {
    self.glossary = glossary
    self.clitics = clitics
    segmenter = try ArabicSegmenter()
    matcher = Glossary.Matcher(glossary: glossary, text: KeyedTokens())
  }

  /// The matches in a UTF-16 text, with ranges in its code units.
  public func matches(in units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [GlossaryMatch] {
    try matcher.text.load(text: units, segmenter: segmenter, scratch: &scratch)
    return glossary.collect(&matcher, clitics: clitics)
  }

  /// The matches in a text, with ranges in its UTF-16 code units.
  public func matches(in text: String) throws(ICUError) -> [GlossaryMatch] {
    let units = [UInt16](utf16Of: text)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [GlossaryMatch] in
      try matches(in: buffer)
    }
  }
}
