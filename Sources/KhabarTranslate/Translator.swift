// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary
import KhabarPlaces
import Synchronization

/// Rule-based Arabic → English translation of headlines and sentences: a transfer pipeline of
/// analysis (``analyze(_:context:)``), disambiguation (``disambiguate(_:)``), lexical transfer
/// (``transferLexically(_:)``), structural transfer (``transferStructurally(_:)``) and
/// generation (``generate(_:line:)``). Every English word keeps its Arabic span and the glossary
/// entry or rule behind it.
///
/// Thread-safe; each thread uses its own ``Context`` (ICU break iterators are not shareable).
public final class Translator: Sendable {
  public let glossary: Glossary
  public let places: PlaceNames
  public let lexicon: Lexicon
  public let rules: RuleBook
  let clitics: CliticSegmenter
  /// Verb entries of the glossary by matching key (a noun entry may shadow them: قتل killing/kill).
  let verbEntries: [String: GlossaryEntry]
  /// First words (matching keys, with and without the article) of every gazetteer name and
  /// descriptive form: a run of words starting with anything else is no place.
  let placeFirstWords: Set<ExactKey>
  /// Analyses by word (news repeats its words): ranked once, shared by all threads.
  private let analysisCache = Mutex<[ExactKey: [Reading]]>([:])
  /// Single-word units (``wordUnit(_:)``) by the token's forms, kind and script: shared by all
  /// threads.
  private let wordCache = Mutex<[WordKey: Unit]>([:])
  /// Gazetteer answers by key: (English, origin), or nil for "not a place".
  private let placeCache = Mutex<[ExactKey: PlaceAnswer]>([:])
  /// Lexicon lemma → its citation form in matching form (``Reading/citationForm(ofLemma:)``).
  private let citationCache = Mutex<[String: String]>([:])
  /// ``stemFacts(_:)``'s memo, by the stem's identity (with the stem, kept alive).
  private let stemFactsCache = Mutex<[ObjectIdentifier: (stem: Lexicon.Stem, facts: Reading.StemFacts)]>([:])
  /// The readings of a first word (as written, or without a proclitic) that can start a place
  /// name, by the word's key: most words have none.
  private let placeStartCache = Mutex<[ExactKey: [(String, String)]]>([:])
  /// The verbs of verbal nouns (``verbOfVerbalNoun(_:)``) by the unit's key, source and chosen
  /// reading: the rules ask for most of them twice.
  let verbalNounCache = Mutex<[String: VerbOfNoun]>([:])
  /// A verbal noun's verb: its English base and the entry or pattern behind it; nil when none.
  struct VerbOfNoun: Sendable {
    var verb: (base: String, origin: String)?
  }
  struct PlaceAnswer: Sendable {
    var english: String?
    var origin: String
    /// A single word that is also a common word (the lexicon reads it): the place only after a
    /// place cue (see ``placeCued(at:tokens:clitic:)``).
    var needsCue = false
  }

  /// When the English is written in headline style, without the articles the rules add (مقتل طفل
  /// وإصابة ثلاثة بقصف على حي في تعز → "Child killed and three wounded in shelling on neighbourhood
  /// in Taiz", as English news headlines write it).
  public enum HeadlineStyle: String, Sendable, CaseIterable {
    /// A line with no sentence-final punctuation (. ! ? ؟ …) of at most 20 words is a headline.
    case auto
    /// Every line is a headline.
    case always
    /// No line is (articles everywhere).
    case never
  }

  /// Per-thread state: the segmenter, and the thread's own copies of what the shared caches know
  /// (looked up without a lock; the shared caches behind them fill each entry once).
  public final class Context {
    /// Which lines this context translates as headlines (``HeadlineStyle``).
    public var headlineStyle: HeadlineStyle = .auto
    let segmenter: ArabicSegmenter
    /// What the thread knows about each token, by its code units and kind: found once per token
    /// for all the questions below, without a lock, a string or hashing the token's other forms.
    let pieces = PieceTable()
    /// Working space for making tokens.
    var scratch: [UInt16] = []
    /// Units made from glossary matches (``unit(for:tokens:text:context:)``): they depend on the
    /// text alone, and news repeats its terms.
    var glossaryUnits: [MatchKey: Unit] = [:]
    /// Lexicon units after disambiguation and lexical transfer, by the fields they were made from
    /// (``disambiguate(_:context:)``).
    var transfers: [ObjectIdentifier: TransferMemo] = [:]
    /// Places found at the start of runs of words, by the run's tokens (their facts: the same
    /// facts, the same keys) (``placeUnit(at:tokens:text:context:facts:)``).
    var places: [RunKey: PlaceMemo] = [:]
    public init() throws(ICUError) { segmenter = try ArabicSegmenter() }

    /// Entries a thread keeps before it starts its caches afresh.
    static let limit = 100_000

    /// The tokens of a line (what ``ArabicSegmenter/tokens(in:range:)`` gives), the thread's facts
    /// about each, and their matching keys for the glossary (what `KeyedTokens(tokens)` gives): a
    /// token seen before is copied from its facts.
    func tokens(in buffer: UnsafeBufferPointer<UInt16>) throws(ICUError) -> (
      tokens: [Token], facts: [TokenFacts], keyed: KeyedTokens
    ) {
      var tokens: [Token] = []
      var facts: [TokenFacts] = []
      var keyed = KeyedTokens()
      tokens.reserveCapacity(buffer.count / 4 + 4)
      facts.reserveCapacity(buffer.count / 4 + 4)
      keyed.reserveCapacity(tokens: buffer.count / 4 + 4, units: buffer.count)
      try segmenter.forEachToken(in: buffer, range: 0..<buffer.count) { range, kind in
        let piece = UnsafeBufferPointer(rebasing: buffer[range])
        let hash = PieceTable.hash(piece, kind)
        let known: TokenFacts
        if let found = pieces.find(piece, kind, hash: hash) {
          known = found
        } else {
          if pieces.count > Context.limit {
            pieces.removeAll()
            places.removeAll(keepingCapacity: true)
          }
          known = TokenFacts(
            token: segmenter.token(at: range, in: buffer, kind: kind, scratch: &scratch), piece: piece)
          pieces.insert(piece, kind, hash: hash, facts: known)
        }
        guard var token = known.token else { return }
        token.range = range
        tokens.append(token)
        facts.append(known)
        keyed.append(
          range: range, kind: kind, key: known.keyUnits, endsInTaMarbuta: known.endsInTaMarbuta,
          isQuote: known.isQuote)
      }
      return (tokens, facts, keyed)
    }
  }

  /// A run of up to five tokens by the identities of their facts (``TokenFacts``, one per token
  /// text and kind in a thread): what ``placeUnit(at:tokens:text:context:facts:runFacts:)``
  /// depends on.
  struct RunKey: Hashable {
    var count = 0
    var first = 0
    var second = 0
    var third = 0
    var fourth = 0
    var fifth = 0

    init(_ facts: ArraySlice<TokenFacts>) {
      count = facts.count
      for (offset, fact) in facts.enumerated() {
        let id = Int(bitPattern: ObjectIdentifier(fact))
        switch offset {
        case 0: first = id
        case 1: second = id
        case 2: third = id
        case 3: fourth = id
        default: fifth = id
        }
      }
    }
  }

  /// A place found (or not) at the start of a run, with the run's facts (kept alive here, so that
  /// their identities in the ``RunKey`` are not reused).
  struct PlaceMemo {
    var found: PlaceFound?
    var run: [TokenFacts]
  }

  /// A lexicon unit as disambiguation left it, for the fields it was made from (kept alive here,
  /// so that their identity is not reused) and the adjective English it was given. A value kept
  /// in the memo's own storage: a lookup reads it there, without going to an object of its own.
  struct TransferMemo {
    let fields: AnyObject
    let adjective: String?
    let unit: Unit
  }

  /// What a thread has worked out about a token (all of it depends on the token's text and kind
  /// alone): its word unit (``wordUnit(_:facts:)``), the readings of it that can start a place
  /// name (``placeUnit(at:tokens:text:context:facts:)``), whether it is a function word.
  final class TokenFacts {
    /// The token (its range is the first place it was seen), nil for a piece that is no token.
    let token: Token?
    /// The code units of the token's matching key.
    let keyUnits: [UInt16]
    /// Whether the piece as written ends in ة (``KeyedTokens/endsInTaMarbuta(_:)``) and whether
    /// it is a double quotation mark (``KeyedTokens/isQuote(_:)``): worked out once per piece.
    let endsInTaMarbuta: Bool
    let isQuote: Bool
    var unit: Unit?
    var placeStarts: [(String, String)]?
    var isFunctionWord: Bool?

    init(token: Token?, piece: UnsafeBufferPointer<UInt16>) {
      self.token = token
      keyUnits = token.map { [UInt16](utf16Of: $0.key) } ?? []
      endsInTaMarbuta = KeyedTokens.endsInTaMarbuta(piece)
      isQuote = KeyedTokens.isQuote(piece)
    }
  }

  /// Loads the glossaries (built-in then `glossaryFiles`), the naming-policy choices
  /// (`policy → option`), the gazetteer, the lexicon and the translator's rules.
  public init(directory: DataDirectory, glossaryFiles: [String] = [], policyChoices: [(String, String)] = [])
    throws(InputError)
  {
    // The glossaries and places on one thread, the lexicon and rules on another: each is about
    // half of a cold start.
    let ((glossary, places, placeFirstWords), (lexicon, rules)) = try loadConcurrently(
      { () throws(InputError) in
        let glossary = try Glossary.load(directory: directory, userFiles: glossaryFiles, policyChoices: policyChoices)
        let places = try PlaceNames(directory: directory)
        return (glossary, places, PlaceNames.firstWords(gazetteer: places.gazetteer, directory: directory))
      },
      { () throws(InputError) in (try Lexicon(directory: directory), try RuleBook(directory: directory)) })
    self.glossary = glossary
    self.places = places
    self.lexicon = lexicon
    self.rules = rules
    self.placeFirstWords = placeFirstWords
    clitics = CliticSegmenter(lexicon: lexicon)
    var verbs: [String: GlossaryEntry] = [:]
    for entry in glossary.entries where entry.partOfSpeech == "verb" {
      let key = ArabicNormalizer.matching.normalize(entry.arabic)
      verbs[key] = entry
    }
    verbEntries = verbs
  }

  /// Translates one line (a headline or sentence). Never fails: text the segmenter cannot read
  /// comes back transliterated word by word.
  public func translate(_ text: String, context: Context) -> Translation {
    translate(text, context: context, explaining: true)
  }

  /// ``translate(_:context:)``, with the English words and the rule or entry behind each
  /// (``Translation/words``) only when `explaining` (without, the words are left out: the English,
  /// unknown words, glossary hits and coverage are the same).
  public func translate(_ text: String, context: Context, explaining: Bool) -> Translation {
    var chosen = disambiguate(analyze(text, context: context), context: context)
    transferLexically(&chosen)
    var words = draftWords(chosen)
    elideSharedPassiveAuxiliary(&words)
    if isHeadline(text, units: chosen, style: context.headlineStyle) {
      nameBeforeSettlement(&words)
      let article = rules.cite(.article)
      words.removeAll {
        $0.english.utf8.count <= 3 && ($0.english == "the" || $0.english == "a" || $0.english == "an")
          && $0.rule.text(rules) == article
      }
    }
    return generate(words, line: text, units: chosen, explaining: explaining)
  }

  /// Whether `text` is translated as a headline (see ``HeadlineStyle``).
  func isHeadline(_ text: String, units: [Unit], style: HeadlineStyle) -> Bool {
    switch style {
    case .always: return true
    case .never: return false
    case .auto:
      guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
        !".!?\u{061F}\u{2026}".unicodeScalars.contains(last)
      else { return false }
      return units.count(where: { $0.wordClass != .punctuation }) <= 20
    }
  }

  /// ``translate(_:context:)`` with a fresh context.
  public func translate(_ text: String) throws(ICUError) -> Translation {
    translate(text, context: try Context())
  }

  // MARK: - Stage 1: analysis

  /// Tokens → units: glossary matches first, then gazetteer places, then function words, then
  /// lexicon analyses with clitics; numbers, punctuation and Latin words as they are.
  public func analyze(_ text: String, context: Context) -> [Unit] {
    let units16 = [UInt16](utf16Of: text)
    guard
      let (tokens, tokenFacts, keyed) = try? units16.withUnsafeBufferPointer({ (buffer) throws(ICUError) in
        try context.tokens(in: buffer)
      })
    else { return [] }
    let matches = glossary.matches(in: keyed)
    // The match starting at each token (the last one found there), by token index.
    var startingMatch = [Int](repeating: -1, count: matches.isEmpty ? 0 : tokens.count + 1)
    for (position, match) in matches.enumerated() { startingMatch[match.tokenRange.lowerBound] = position }
    func byStart(_ index: Int) -> GlossaryMatch? {
      index < startingMatch.count && startingMatch[index] >= 0 ? matches[startingMatch[index]] : nil
    }
    var result: [Unit] = []
    result.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      // (The token is read in place, `tokens[index]`, not copied out with its three strings.)
      let facts = tokenFacts[index]
      // (A verb never has the article: السيطرة على is the noun, not سيطر على.)
      if let match = byStart(index),
        match.tokenRange.count == 1
          && isFunctionWord(tokens[index], facts: facts)
          && (ArabicNormalizer.matching.normalize(match.entry.arabic) != tokens[index].key
            || Self.hamzaDiffers(match.entry.arabic, tokens[index].text))
          || match.entry.partOfSpeech == "verb" && match.definite
      {
        result.append(wordUnit(tokens[index], facts: facts))
        index += 1
        continue
      }
      if let match = byStart(index) {
        // An organization named after a town (الميادين: the outlet Al Mayadeen and the town
        // Mayadin) is the town after في, قرب, نحو or a settlement noun: في الميادين → in Mayadin.
        if match.entry.category == .organization, index > 0, match.proclitics.isEmpty,
          rules.placeNamingCues.contains(Self.withoutConjunction(tokens[index - 1].key))
            || rules.settlementNouns.contains(Self.withoutConjunction(tokens[index - 1].key)),
          let (place, end) = placeUnit(
            at: index, tokens: tokens, text: units16, context: context, facts: facts, runFacts: tokenFacts),
          end == match.tokenRange.upperBound
        {
          result.append(place)
          index = end
          continue
        }
        if match.tokenRange.count < 4, tokens[index].kind == .word,
          let (place, end) = placeUnit(
            at: index, tokens: tokens, text: units16, context: context, facts: facts, runFacts: tokenFacts),
          end > match.tokenRange.upperBound,
          // The place may take in later terms (الغربي of ريف الرقة الجنوبي الغربي), not cut one.
          byStart(end) != nil
            || !matches.contains(where: {
              $0.tokenRange.contains(end - 1) && $0.tokenRange.lowerBound > index && $0.tokenRange.upperBound > end
            })
        {
          result.append(place)
          index = end
          continue
        }
        result.append(
          unit(
            for: match, tokens: tokens, text: units16, context: context,
            nominal: result.last?.wordClass == .preposition))
        index = match.tokenRange.upperBound
        continue
      }
      if tokens[index].kind == .word, tokens[index].script == .arabic,
        let (place, end) = placeUnit(
          at: index, tokens: tokens, text: units16, context: context, facts: facts, runFacts: tokenFacts)
      {
        result.append(place)
        index = end
        continue
      }
      result.append(wordUnit(tokens[index], facts: facts))
      index += 1
    }
    if !rules.nameClasses.isEmpty { joinQuotedNames(&result, text: units16) }
    if !rules.letterNames.isEmpty { spelledAcronyms(&result, text: units16) }
    if !rules.settlementNouns.isEmpty { nameSettlements(&result) }
    nameComponentPlaces(&result, text: units16)
    compassPlaces(&result, text: units16)
    kunyaNames(&result, text: units16)
    dayBeforeOrdinal(&result)
    definiteAfterArticledNumber(&result)
    return result
  }

  /// Whether two spellings open with different hamza seats on alef, both written (إمام, the
  /// imam, against أمام, in front of): the same matching form, but not the same word.
  static func hamzaDiffers(_ entry: String, _ written: String) -> Bool {
    guard let a = entry.unicodeScalars.first, let b = written.unicodeScalars.first(where: { $0 != "و" && $0 != "ف" })
    else { return false }
    let seats: Set<Unicode.Scalar> = ["\u{0623}", "\u{0625}", "\u{0622}"]
    return seats.contains(a) && seats.contains(b) && a != b
  }

  /// A key without the conjunction و or ف written on it (when a word of two letters or more is
  /// left).
  static func withoutConjunction(_ key: String) -> String {
    guard let first = key.unicodeScalars.first, first == "و" || first == "ف", key.unicodeScalars.count > 2 else {
      return key
    }
    return String(key.unicodeScalars.dropFirst())
  }

  /// اليوم before a definite ordinal is the day it counts, not "today": لليوم الثالث على التوالي →
  /// for the third day in a row (was "today third is").
  func dayBeforeOrdinal(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where units[index].source == .glossary && units[index].english == "today" {
      let next = units[index + 1]
      guard next.wordClass == .adjective, next.category == "number", next.definite, next.proclitics.isEmpty,
        next.english.hasSuffix("st") || next.english.hasSuffix("nd") || next.english.hasSuffix("rd")
          || next.english.hasSuffix("th") || next.english == "last"
      else { continue }
      units[index].english = "day"
      units[index].wordClass = .noun
      units[index].definite = true
    }
  }

  /// The noun counted by a number that carries the article (الـ24 ساعة الماضية) is definite: its
  /// definite adjectives are its own (the last 24 hours, was "the 24 hours last").
  func definiteAfterArticledNumber(_ units: inout [Unit]) {
    guard units.count >= 3 else { return }
    for index in 2..<units.count
    where units[index - 1].wordClass == .number && units[index].wordClass == .noun && !units[index].definite
      && units[index].proclitics.isEmpty && units[index - 2].source == .function && units[index - 2].english == "the"
      && units[index - 2].span.upperBound <= units[index - 1].span.lowerBound
    {
      units[index].definite = true
    }
  }

  /// `unit` as a name the press transliteration wrote (`english`), marked unknown.
  func transliteratedName(_ unit: Unit, english: String) -> Unit {
    var unit = unit
    unit.source = .unknown
    unit.wordClass = .name
    unit.english = english
    unit.definite = false
    unit.candidates = []
    unit.origin = rules.cite(.transliteration)
    return unit
  }

  /// A word before a name (its proclitics left out) and the name, as one name the press
  /// transliteration writes (بئر عجم → Bir Ajam, أبو صادق → Abu Sadiq); nil when it writes nothing.
  func transliteratedName(_ head: Unit, _ name: Unit, text: [UInt16]) -> Unit? {
    let headWord = Lexicon.strippingDiacritics(head.arabic).unicodeScalars.dropFirst(
      head.proclitics.reduce(0) { $0 + $1.unicodeScalars.count })
    let arabic = String(String.UnicodeScalarView(headWord)) + " " + Lexicon.strippingDiacritics(name.arabic)
    guard let english = try? places.rules.transliterate(arabic, scheme: "press"), !english.isEmpty else { return nil }
    var unit = transliteratedName(head, english: english)
    unit.span = head.span.lowerBound..<name.span.upperBound
    unit.tokenRange = head.tokenRange.lowerBound..<max(head.tokenRange.upperBound, name.tokenRange.upperBound)
    unit.arabic = Self.string(text, unit.span)
    return unit
  }

  /// A name component that opens place names (`transliteration/components.tsv`, place = yes: تل,
  /// عين, بئر, دير …) after a place cue (في, قرب, بلدة … or ب/ل on it), with one word after it that
  /// only the lexicon knows or nobody does, is a place name of two words, written by the press
  /// transliteration: في بئر عجم → in Bir Ajam (was "in a well that tested"); على تل بيدر → on Tell
  /// Baydar; قرب عين ديوار → near Ain Daywar. Not before a verb, an adjective (على تل مرتفع: a high
  /// hill), a number or a word with a clitic or pronoun.
  ///
  /// - Complexity: O(*n*) in the number of units.
  func nameComponentPlaces(_ units: inout [Unit], text: [UInt16]) {
    var index = 0
    while index + 1 < units.count {
      defer { index += 1 }
      let (head, name) = (units[index], units[index + 1])
      // (The word after first: most are no candidates, and the check costs no string.)
      guard name.source == .lexicon || name.source == .unknown, name.proclitics.isEmpty, name.enclitic == nil,
        head.enclitic == nil, !head.definite, head.source != .function, head.source != .place,
        rules.placeOpeningComponents.contains(
          ExactKey(head.proclitics.isEmpty ? head.key : Self.keyWithoutProclitics(head)))
      else { continue }
      // (A lexicon word has no word class before disambiguation: one of its readings is a noun.)
      guard
        head.wordClass == .noun || head.wordClass == .name
          || head.source == .lexicon && head.candidates.contains(where: { !$0.isVerb }),
        head.proclitics.allSatisfy({ $0 == "و" || $0 == "ب" || $0 == "ل" }),
        name.wordClass != .number, head.span.upperBound < name.span.lowerBound
      else { continue }
      // A place cue: ب or ل on the component, or a cue word right before it.
      let cued =
        head.proclitics.contains("ب") || head.proclitics.contains("ل")
        || index > 0
          && (rules.placeCues.contains(Self.classKey(units[index - 1]))
            || rules.placeCues.contains(units[index - 1].key))
      guard cued else { continue }
      if name.source == .lexicon, let first = name.candidates.first {
        // (A perfect verb of the lexicon may be a name here: بئر عجم, not "a well that tested"; an
        // imperfect or an adjective is what it says.)
        let article = Self.spelledWithArticle(name.arabic)
        guard !first.isVerb || first.features?.perfect == true && first.enclitic == nil,
          article || !name.candidates.contains(where: \.isAdjective),
          !first.tags.contains(where: { $0.utf8.containsSequence("INDEF_ACC".utf8) })
        else { continue }
      }
      // (A name that goes on in a word nobody knows is left to the transliteration of unknown words.)
      if index + 2 < units.count, units[index + 2].source == .unknown, units[index + 2].proclitics.isEmpty { continue }
      guard let unit = transliteratedName(head, name, text: text) else { continue }
      units.replaceSubrange(index...(index + 1), with: [unit])
    }
  }

  /// أبو before a word only the lexicon knows (or nobody), indefinite, singular and with no clitic,
  /// is a kunya, a name written by the press transliteration: المعروف بالحاج أبو صادق → known as
  /// Hajj Abu Sadiq (was "a veracious father"). أبو before a name is a kunya in the structural
  /// stage; أبو الطفل (the child's father) is left as it is.
  ///
  /// - Complexity: O(*n*) in the number of units.
  func kunyaNames(_ units: inout [Unit], text: [UInt16]) {
    var index = 0
    while index + 1 < units.count {
      defer { index += 1 }
      let (head, name) = (units[index], units[index + 1])
      guard name.source == .lexicon || name.source == .unknown, name.proclitics.isEmpty, name.enclitic == nil,
        head.enclitic == nil, head.proclitics.allSatisfy({ $0 == "و" }),
        ExactKey.sameBytes(Self.keyWithoutProclitics(head), "ابو"), head.span.upperBound < name.span.lowerBound,
        name.wordClass != .number, !Self.spelledWithArticle(name.arabic)
      else { continue }
      if name.source == .lexicon, let first = name.candidates.first {
        // (Not a count: أبو طفلين is the father of two children. A plural or dual in construct,
        // ending in ي, counts nothing after أبو: أبو دالي → Abu Dali, was "indicating father".)
        guard !first.pluralOrDual || name.key.hasSuffix("ي"), !first.isVerb || first.features?.perfect == true
        else { continue }
      }
      guard let unit = transliteratedName(head, name, text: text) else { continue }
      units.replaceSubrange(index...(index + 1), with: [unit])
    }
  }

  /// After a settlement noun in construct (بلدة, قرية, حي, مخيم … without the article), a word that
  /// only the lexicon knows is the settlement's name, written by the press transliteration: بلدة
  /// الحصان → al-Hisan, not "the horse"; قرية زيتان → Zitan, not "oils"; also a word the lexicon
  /// reads only with ك or ف on it (بلدة كفرجنة). Not a word with ب, ل or و or a pronoun (حي
  /// باستثناء), a verb, an adverb in the accusative (مدينة إجمالاً), nor a name the lexicon knows
  /// (مدينة بوسطن: Boston).
  ///
  /// - Complexity: O(*n*) in the number of units.
  func nameSettlements(_ units: inout [Unit]) {
    for index in units.indices.dropLast() {
      let (head, name) = (units[index], units[index + 1])
      // (Also between a preposition of place and ب + a countryside: في زردنا بريف إدلب → in
      // Zaradna in Idlib countryside, was "in our coat of mail"; news writes no "we" there, so a
      // 1st-person pronoun the lexicon reads on the word is part of the name.)
      let beforeCountryside =
        head.wordClass == .preposition && head.proclitics.isEmpty && rules.placeCues.contains(head.key)
        && index + 2 < units.count && units[index + 2].source == .place && units[index + 2].proclitics == ["ب"]
        && units[index + 2].arabic.hasPrefix("بريف") && !rules.settlementNouns.contains(Self.classKey(name))
      guard name.source == .lexicon, name.proclitics.isEmpty || beforeCountryside,
        beforeCountryside
          || !head.definite && head.enclitic == nil && head.wordClass == .noun
            && rules.settlementNouns.contains(Self.classKey(head)),
        name.span.lowerBound > head.span.upperBound,
        let first = name.candidates.first,
        beforeCountryside
          // (Its readings are not yet ranked by context: any but a noun with a pronoun other than
          // "we" (في منزله بريف حلب: in his house). No verb and no second preposition stands
          // between في and بريف, so a word the lexicon reads only so is a name too: في لطمين بريف
          // حماة → in Latmin, was "in they flowed over".)
          ? !name.candidates.contains(where: {
            !$0.isVerb && $0.prefixProclitics.isEmpty && $0.enclitic.map { !$0.hasPrefix("1") } == true
          })
          // (A word the lexicon reads only with ك or ف on it is a name too: neither comes between a
          // settlement noun and its name, محيط بلدة كفرجنة → Kafr Jinna, was "as a currying"; ب, ل
          // and و do: مخيم للنازحين, حي باستثناء, مدينة وريفها.)
          : name.candidates.allSatisfy({
            $0.enclitic == nil && ($0.prefixProclitics.first == "ك" || $0.prefixProclitics.first == "ف")
          })
            || first.enclitic == nil && first.prefixProclitics.isEmpty
              && !first.pos.hasSuffix("NOUN_PROP") && !first.isVerb
              && (!first.isAdjective || Self.spelledWithArticle(name.arabic))  // (قرية صغيرة: a small village)
              // (An adverb in the accusative is no name: مدينة إجمالاً.)
              && !first.tags.contains(where: { $0.utf8.containsSequence("INDEF_ACC".utf8) })
      else { continue }
      let bare = Lexicon.strippingDiacritics(name.arabic)
      // (A name that goes on in a word nobody knows, بلدة أبو حردوب, is left to the transliteration
      // of unknown words: its first word alone is no name.)
      let goesOn = index + 2 < units.count && units[index + 2].source == .unknown
      guard !goesOn, bare.unicodeScalars.count >= 3,
        let english = try? places.rules.transliterate(bare, scheme: "press"), !english.isEmpty
      else { continue }
      units[index + 1] = transliteratedName(name, english: english)
    }
  }

  /// A class noun, an opening quote, one name and the closing quote (ميليشيا "لواء فاطميون",
  /// فصيل "فرقة الحمزة", قوات "الأسايش") become one name (`translate/name-classes.tsv`): Fatemiyoun
  /// Brigade militia, Hamza Division faction, Asayish. The name is a glossary term, a place or an
  /// unknown word (a common word in quotes may be a slogan, not a name, and is left as it is); the
  /// English cites the name's entry and the class's row.
  ///
  /// - Complexity: O(*n*) in the number of units.
  func joinQuotedNames(_ units: inout [Unit], text: [UInt16]) {
    var index = 0
    while index + 3 < units.count {
      defer { index += 1 }
      let (head, open, name, close) = (units[index], units[index + 1], units[index + 2], units[index + 3])
      // (Units made from the word cache carry no token range: spans tell the order.)
      guard head.span.upperBound <= open.span.lowerBound, name.span.lowerBound == open.span.upperBound,
        close.span.lowerBound == name.span.upperBound, !name.tokenRange.isEmpty,
        open.wordClass == .punctuation, KeyedTokens.isQuote(open.arabic.utf16),
        close.wordClass == .punctuation, KeyedTokens.isQuote(close.arabic.utf16),
        name.source == .glossary || name.source == .place || name.source == .unknown,
        name.wordClass == .name || name.wordClass == .noun, !name.english.isEmpty,
        name.proclitics.isEmpty, head.wordClass == .noun || head.wordClass == .name, head.enclitic == nil,
        let row = rules.nameClasses[Self.classKey(head)]
      else { continue }
      var english: String
      if row.alone && name.category == "actor" || name.english.lowercased().contains(row.classWord) {
        english = name.english
      } else {
        english = row.before + name.english + row.after
      }
      if english.first?.isLowercase == true { english = english.prefix(1).uppercased() + english.dropFirst() }
      var joined = name
      joined.span = head.span.lowerBound..<close.span.upperBound
      let first = head.tokenRange.isEmpty ? name.tokenRange.lowerBound - 2 : head.tokenRange.lowerBound
      joined.tokenRange = first..<(name.tokenRange.upperBound + 1)
      joined.arabic = Self.string(text, joined.span)
      joined.english = english
      joined.wordClass = .name
      joined.proclitics = head.proclitics
      joined.definite = false
      joined.plural = head.plural
      joined.englishIsPlural = head.plural
      joined.origin = "\(name.origin); \(row.origin)"
      units.replaceSubrange(index..<(index + 4), with: [joined])
    }
  }

  /// A class noun's key for `name-classes.tsv`: its matching key without its proclitics and article.
  static func classKey(_ unit: Unit) -> String {
    let key = keyWithoutProclitics(unit)
    return unit.definite && key.hasPrefix("ال") ? String(key.dropFirst(2)) : key
  }

  /// The text of a range of UTF-16 code units of the line (`String(decoding:as:)`, transcoded by
  /// hand).
  static func string(_ text: [UInt16], _ range: Range<Int>) -> String {
    text.withUnsafeBufferPointer { String(utf16Units: UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Whether ``functionWord(_:)`` finds the token, remembered by the thread.
  func isFunctionWord(_ token: Token, facts: TokenFacts) -> Bool {
    if let known = facts.isFunctionWord { return known }
    let answer = functionWord(token) != nil
    facts.isFunctionWord = answer
    return answer
  }

  /// What ``unit(for:tokens:text:)`` depends on: the entry, the text of the match and where its
  /// tokens are in it (their other forms follow from their text), and the match's own fields.
  struct MatchKey: Hashable {
    let entry: ObjectIdentifier
    let text: String
    /// Start, end (relative to the match) and kind of each token.
    let tokens: [Int]
    let english: String
    let proclitics: [String]
    let enclitic: String?
    let definite: Bool
    let plural: Bool
    /// Whether a preposition comes before the match (``unit(for:tokens:text:nominal:)``).
    let nominal: Bool

    init(_ match: GlossaryMatch, tokens: [Token], text: String, nominal: Bool) {
      entry = ObjectIdentifier(match.entry)
      self.nominal = nominal
      self.text = text
      var bounds: [Int] = []
      bounds.reserveCapacity(match.tokenRange.count * 3)
      let base = match.range.lowerBound
      for token in tokens[match.tokenRange] {
        bounds.append(token.range.lowerBound - base)
        bounds.append(token.range.upperBound - base)
        let kind =
          switch token.kind {
          case .word: 0
          case .number: 1
          case .punctuation: 2
          case .symbol: 3
          }
        bounds.append(kind)
      }
      self.tokens = bounds
      english = match.english
      proclitics = match.proclitics
      enclitic = match.enclitic
      definite = match.definite
      plural = match.plural
    }

    static func == (a: MatchKey, b: MatchKey) -> Bool {
      a.entry == b.entry && a.definite == b.definite && a.plural == b.plural && a.nominal == b.nominal
        && a.tokens == b.tokens
        && ExactKey.sameBytes(a.text, b.text) && ExactKey.sameBytes(a.english, b.english)
        && a.proclitics.count == b.proclitics.count
        && zip(a.proclitics, b.proclitics).allSatisfy { ExactKey.sameBytes($0, $1) }
        && (a.enclitic == nil) == (b.enclitic == nil)
        && (a.enclitic == nil || ExactKey.sameBytes(a.enclitic!, b.enclitic!))
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(entry)
      ExactKey.hashBytes(text, into: &hasher)
      hasher.combine(tokens)
      hasher.combine(definite)
      hasher.combine(plural)
      hasher.combine(nominal)
      hasher.combine(proclitics.count)
    }
  }

  /// ``unit(for:tokens:text:nominal:)``, remembered by the thread.
  func unit(for match: GlossaryMatch, tokens: [Token], text: [UInt16], context: Context, nominal: Bool = false)
    -> Unit
  {
    let arabic = Self.string(text, match.range)
    let key = MatchKey(match, tokens: tokens, text: arabic, nominal: nominal)
    if var known = context.glossaryUnits[key] {
      known.span = match.range
      known.tokenRange = match.tokenRange
      return known
    }
    let unit = unit(for: match, tokens: tokens, text: text, nominal: nominal)
    if context.glossaryUnits.count > Context.limit { context.glossaryUnits.removeAll(keepingCapacity: true) }
    context.glossaryUnits[key] = unit
    return unit
  }

  /// Whether a word written with harakat ends in the dual's -َيْن: a fatha (perhaps with a shadda)
  /// before its final ين (مواطنَين), where the sound plural has a kasra (مواطنِين).
  ///
  /// - Complexity: O(1): only the last few scalars are read.
  static func writtenDual(_ word: String) -> Bool {
    // (Read from the end: ن, ي, then the marks written on the letter before ي, then that letter.)
    var letters = 0
    var fatha = false
    for scalar in word.unicodeScalars.reversed() {
      if (0x064B...0x0652).contains(scalar.value) {
        if letters == 2, scalar == "\u{064E}" { fatha = true }
        continue
      }
      letters += 1
      switch letters {
      case 1: if scalar != "\u{0646}" { return false }  // ن
      case 2: if scalar != "\u{064A}" { return false }  // ي
      default: return fatha
      }
    }
    return false
  }

  /// The unit of a glossary match. `nominal`: a preposition comes before it, so a noun entry
  /// stays a noun where the lexicon would read the word as a verb (في قصف → in shelling).
  func unit(for match: GlossaryMatch, tokens: [Token], text: [UInt16], nominal: Bool = false) -> Unit {
    let entry = match.entry
    let arabic = Self.string(text, match.range)
    var wordClass: WordClass
    switch entry.partOfSpeech {
    case "verb": wordClass = .verb
    case "adj": wordClass = .adjective
    case "noun_prop": wordClass = .name
    case "num": wordClass = .number
    case "adv": wordClass = .adverb
    case "prep": wordClass = .preposition
    case "particle": wordClass = .particle
    case "phrase":
      let last = entry.english.split(separator: " ").last.map(String.init) ?? ""
      wordClass = Self.prepositionWords.contains(last) ? .preposition : .adverb
    // (A unit of time that is counted — يوم/أيام, ساعة/ساعات — is a noun a number counts and an
    // article goes with: 48 hours, the years of the revolution; other time words are names.)
    case "noun":
      wordClass =
        entry.category == .place
          || entry.category == .time
            && (entry.arabicPlurals.isEmpty || entry.english.first?.isUppercase == true)
        ? .name : .noun
    default: wordClass = entry.category == .place || entry.category == .time ? .name : .noun
    }
    // (A noun of multitude — dozens, hundreds, percent — counts like a number; a noun of quantity
    // with an English singular is a noun: عدد الحالات → the number of cases, نسبة الوفيات → the
    // percentage of deaths.)
    if entry.category == .number, wordClass == .noun, entry.english.hasSuffix("s") || entry.english == "percent" {
      wordClass = .number
    }
    var unit = Unit(
      span: match.range, tokenRange: match.tokenRange, arabic: arabic, wordClass: wordClass, english: match.english,
      source: .glossary, origin: "\(entry.origin.file):\(entry.origin.line)")
    unit.proclitics = match.proclitics
    unit.definite = match.definite
    unit.plural = match.plural
    if wordClass == .noun, !match.plural, let plural = entry.plural, !plural.isEmpty { unit.irregularPlural = plural }
    // (By the head word, before " of " or " for ": injuries of varying severity, a member of the
    // council.)
    let head = Self.headWord(match.english)
    unit.englishIsPlural =
      match.plural
      || wordClass == .noun && head.hasSuffix("s") && !rules.singularInS(String(head))
      || head.hasSuffix("men") || head.hasSuffix("people") || head.hasSuffix("children")
    if unit.englishIsPlural { unit.plural = true }
    // A dual noun is two of them (اعتقلت عضوين → arrested two members); so is one whose -ين has
    // the dual's fatha written (مواطنَين, مدنيَّين → two civilians; the plural is -ِين).
    if match.dual || match.plural && Self.writtenDual(arabic), wordClass == .noun, match.tokenRange.count == 1,
      !unit.english.isEmpty
    {
      unit.english = "two " + unit.english
    }
    // A plural adjective whose entry gives an English plural (آخرون: others) stands for people or
    // things when no noun comes before it: a noun with that plural, and its adjective reading for
    // after a noun (مدنيين آخرين: other civilians).
    if wordClass == .adjective, match.plural, let plural = entry.plural, !plural.isEmpty {
      unit.wordClass = .noun
      unit.adjectiveEnglish = entry.english
    }
    // A multiword term ending in a definite noun is definite (جيش النظام → the regime army).
    if match.tokenRange.count > 1, tokens[match.tokenRange.upperBound - 1].key.hasPrefix("ال") { unit.definite = true }
    // (A written ة is never read as the pronoun ه: the glossary's matching knows it.)
    unit.enclitic = match.enclitic.flatMap(Self.pronounCode)
    // A phrase of quantity that ends in من, with the group as a pronoun on it, says "of" before
    // the pronoun its English leaves out before a noun: العديد منهم → many of them (was "many them").
    if unit.enclitic != nil, entry.category == .number, match.tokenRange.count > 1,
      tokens[match.tokenRange.upperBound - 1].key.hasPrefix("من"), !unit.english.hasSuffix(" of")
    {
      unit.english += " of"
    }
    unit.category = entry.category.rawValue
    // (A title names a person: commander, minister, mayor.)
    unit.human = entry.category == .actor || entry.category == .title || rules.isHuman(match.english)
    // A number word's value, from its note (numbers.tsv: "value=11"): the counted noun after it is
    // plural in English (أحد عشر مواطناً → eleven citizens, was "eleven citizen").
    if wordClass == .number, unit.value == nil, let note = entry.note, let at = note.firstRange(of: "value=") {
      unit.value = Double(note[at.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
    unit.key = tokens[match.tokenRange].map(\.key).joined(separator: " ")
    if wordClass == .verb, match.tokenRange.count == 1 {
      unit.citation = ArabicNormalizer.matching.normalize(entry.arabic)
    }
    if match.tokenRange.count > 1, wordClass == .verb {
      // A verb phrase (ألقى القبض) conjugates by its first word; that word is passive when
      // vocalized so (أُلقي) or, for a verb whose citation ends in ى, when written with a final ي
      // (ألقي القبض على شاب → a young man was arrested; the active is ألقى).
      let head = tokens[match.tokenRange.lowerBound]
      let letters = Lexicon.strippingDiacritics(head.text)
      unit.vocalizedPassive =
        Self.hasInitialDamma(head.text)
        || entry.arabic.split(separator: " ").first?.last == "ى" && letters.last == "ي"
          && !match.proclitics.contains("س")
      let analyses = rankedAnalyses(Lexicon.strippingDiacritics(head.normalized)).filter(\.isVerb)
      // (A passive is the perfect's, not the first person's present أُلقي "I throw".)
      var passive = VerbFeatures()
      passive.passive = true
      unit.verb =
        unit.vocalizedPassive
        ? analyses.lazy.compactMap(\.features).first { $0.passive && $0.perfect } ?? passive
        : analyses.first?.features ?? VerbFeatures()
    }
    if match.tokenRange.count == 1 {
      let token = tokens[match.tokenRange.lowerBound]
      unit.vocalizedPassive = Self.hasInitialDamma(token.text)
      let analyses = rankedAnalyses(Lexicon.strippingDiacritics(token.normalized))
      if wordClass == .verb {
        // (The reading of the verb the entry names first: تبنى is taban~aY "adopted", not the
        // passive tubonaY "is built" of بنى, though the lexicon lists that first.)
        let entryVerb = ArabicNormalizer.matching.normalize(
          Lexicon.strippingDiacritics(entry.arabic.split(separator: " ").first.map(String.init) ?? entry.arabic))
        // (An active reading first; a verb the lexicon knows only in the passive has the English
        // of its passive as the entry's active: توفي, tuwuf~iya, is "died", not "was died".)
        func names(_ reading: Reading) -> Bool {
          reading.isVerb && citationForm(ofLemma: reading.analysis.stem.lemma) == entryVerb
        }
        let naming = analyses.filter(names)
        if !unit.vocalizedPassive, let active = naming.first(where: { !$0.passive }) {
          unit.verb = active.features ?? VerbFeatures()
        } else if let passive = naming.first, !naming.contains(where: { !$0.passive }) {
          unit.verb = passive.features ?? VerbFeatures()
          unit.verb?.passive = false
          unit.vocalizedPassive = false
        } else {
          unit.verb = analyses.first { $0.isVerb }?.features ?? VerbFeatures()
        }
        if unit.english.hasPrefix("be ") { unit.verb?.passive = true }
      } else if entry.partOfSpeech != "noun_prop", !nominal,
        let verbEntry = verbEntries[Glossary.keys(of: entry.arabic).joined(separator: " ")],
        let best = analyses.first, best.isVerb, match.proclitics.allSatisfy({ $0 == "و" || $0 == "ف" }),
        !match.definite
      {
        // A noun entry shadowing a verb entry (قتل: killing / kill) where the lexicon reads a verb.
        unit.wordClass = .verb
        unit.english = verbEntry.english
        unit.origin = "\(verbEntry.origin.file):\(verbEntry.origin.line)"
        unit.verb = best.features
      }
      // A one-word noun of a side that the lexicon also reads as an adjective keeps that reading
      // for after a noun it agrees with: مجموعات محلية مسلحة → armed local groups (مسلح is the
      // glossary's "gunman"; was "local groups a gunman").
      // (The adjective of the lemma and lexicon category of the noun row whose gloss is the
      // entry's English: مسلح is "gunman" and "armed" in the category Nall, "armored" in N-ap.)
      if unit.wordClass == .noun, unit.adjectiveEnglish == nil, entry.category == .actor, match.enclitic == nil,
        let noun = analyses.first(where: {
          !$0.isAdjective && !$0.isVerb && Self.firstGloss($0.gloss).lowercased() == entry.english.lowercased()
        }),
        let adjective = analyses.first(where: {
          $0.isAdjective && !$0.isElative && $0.enclitic == nil
            && $0.analysis.stem.category == noun.analysis.stem.category
            && Self.lemmaBase($0.analysis.stem.lemma) == Self.lemmaBase(noun.analysis.stem.lemma)
        })
      {
        unit.adjectiveEnglish = Self.firstGloss(adjective.gloss)
      }
      if unit.enclitic == nil, let best = analyses.first, let code = best.enclitic {
        // (Not letters the entry itself ends in: أعلاه is "above", not "above him".)
        let letters = Self.encliticLetters(code)
        // (Nor the alif of an accusative after an entry that ends in ن: فنجاناً is فنجان, not فنجا +
        // نا "our".)
        if Lexicon.strippingDiacritics(token.normalized).hasSuffix(letters), !entry.arabic.hasSuffix(letters),
          !(token.key.hasSuffix("ا")
            && Glossary.keys(of: entry.arabic).last.map { token.key.dropLast().hasSuffix($0) } == true)
        {
          unit.enclitic = code
        }
      }
    }
    return unit
  }

  /// The longest run of words (up to the gazetteer's longest name) that the gazetteer knows as a
  /// curated place (or a descriptive form around one), also after a proclitic.
  ///
  /// `facts` are the thread's facts about the first token, which remember its place readings;
  /// `runFacts`, the thread's facts about every token, by which `context` remembers the answer.
  func placeUnit(
    at index: Int, tokens: [Token], text: [UInt16], context: Context? = nil, facts: TokenFacts? = nil,
    runFacts: [TokenFacts]? = nil
  ) -> (Unit, Int)? {
    // The first word (as written or without a proclitic) must start some place name.
    let firstReadings: [(String, String)]
    if let known = facts?.placeStarts {
      firstReadings = known
    } else {
      let firstKey = ExactKey(tokens[index].key)
      if let known = placeStartCache.withLock({ $0[firstKey] }) {
        firstReadings = known
      } else {
        firstReadings = PlaceNames.cliticReadings([tokens[index].key]).filter {
          placeFirstWords.contains(ExactKey($0.1))
        }
        placeStartCache.withLock { cache in
          if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
          cache[firstKey] = firstReadings
        }
      }
      facts?.placeStarts = firstReadings
    }
    if firstReadings.isEmpty { return nil }
    // The run: the token and the Arabic words right after it (consecutive token indices).
    var runCount = 1
    let longest = min(max(places.gazetteer.longestKeyWords, 4), 5)
    while runCount < longest, index + runCount < tokens.count {
      guard tokens[index + runCount].kind == .word, tokens[index + runCount].script == .arabic else { break }
      runCount += 1
    }
    // The answer depends on the keys of the run alone: the thread remembers it by the run's facts.
    let found: PlaceFound?
    if let context, let runFacts {
      let run = runFacts[index..<(index + runCount)]
      let runKey = RunKey(run)
      if let known = context.places[runKey] {
        found = known.found
      } else {
        found = findPlace(run: Array(index..<(index + runCount)), tokens: tokens, firstReadings: firstReadings)
        if context.places.count > Context.limit { context.places.removeAll(keepingCapacity: true) }
        context.places[runKey] = PlaceMemo(found: found, run: Array(run))
      }
    } else {
      found = findPlace(run: Array(index..<(index + runCount)), tokens: tokens, firstReadings: firstReadings)
    }
    guard let found, !found.needsCue || placeCued(at: index, tokens: tokens, clitic: found.clitic) else { return nil }
    let length = found.length
    let last = index + length - 1
    let start = tokens[index].range.lowerBound
    let end = tokens[last].range.upperBound
    var unit = Unit(
      span: start..<end, tokenRange: index..<(last + 1),
      arabic: Self.string(text, start..<end), wordClass: .name, english: found.english,
      source: .place, origin: found.origin)
    unit.proclitics = found.clitic.unicodeScalars.map { String($0) }
    unit.category = "place"
    unit.key = found.key
    return (unit, last + 1)
  }

  /// A place found at the start of a run of words: how many words, the proclitic read off the
  /// first, the gazetteer's English and origin, and the key it was found by.
  struct PlaceFound {
    var length: Int
    var clitic: String
    var english: String
    var origin: String
    var key: String
    /// A single word that is also a common word: the place only after a cue.
    var needsCue = false
  }

  /// Whether the word at `index` stands where news puts a place: after a place cue
  /// (`place-cues.tsv`: في, قرب, مدينة, ريف, شرق …, also written with و or ف), or with ب or ل on
  /// it (`clitic`). A place read after a proclitic needs a word the lexicon has no reading of as
  /// written (بدأنا is "we started", فعالية "effectiveness", not a proclitic and a place).
  func placeCued(at index: Int, tokens: [Token], clitic: String) -> Bool {
    // A place joined by و to a place is one too, and so is one with ب right
    // after a place (the town in its city): بين مدينة دير الزور وتدمر → between Deir ez-Zor city
    // and Palmyra (was "and you perish"); في حي الزهراء بحمص → in al-Zahraa neighbourhood in Homs
    // (was "with hummus").
    if clitic == "و" || clitic == "ب", index > 0 {
      for length in 1...min(3, index) {
        let words = tokens[(index - length)..<index]
        guard words.allSatisfy({ $0.kind == .word && $0.script == .arabic }) else { break }
        let key = words.map(\.key).joined(separator: " ")
        // (Any curated place: دمشق بحمص; a town the lexicon also reads needs its own cue only.)
        if placeAnswer(key, length: length).english != nil { return true }
      }
      // (Also ب after the name of a settlement the gazetteer lacks: في حي وادي الذهب بحمص → in
      // Wadi al-Dhahab neighbourhood in Homs, was "with hummus".)
      if clitic == "ب" {
        for back in 2...4 where index - back >= 0 {
          let cue = tokens[index - back]
          guard cue.kind == .word, cue.script == .arabic else { break }
          if rules.settlementNouns.contains(cue.key) { return true }
        }
        // (And after في and a name of one to three words: اشتباكات في دير بعلبة بحمص → clashes
        // in Deir Baalba in Homs, was "with hummus".)
        for back in 2...4 where index - back >= 0 {
          let cue = tokens[index - back]
          guard cue.kind == .word, cue.script == .arabic else { break }
          if ExactKey.sameBytes(cue.key, "في") { return true }
        }
      }
    }
    // The other end of a road after a dash: طريق الدريكيش – صافيتا → the Dreikish–Safita road (was
    // "nets"), after a place the gazetteer knows.
    if clitic.isEmpty, index >= 2, tokens[index - 1].kind == .punctuation,
      let dash = tokens[index - 1].key.unicodeScalars.first, ["-", "–", "—"].contains(dash),
      tokens[index - 2].kind == .word, tokens[index - 2].script == .arabic,
      placeAnswer(tokens[index - 2].key, length: 1).english != nil
    {
      return true
    }
    // A word standing alone between a separator and the line's end or a punctuation mark: a page's
    // breadcrumb (الرئيسية / أخبار / درعا → Home / News / Daraa, was "they armed"), an outlet's
    // dateline (عنب بلدي – درعا → Enab Baladi – Daraa), a list of keywords (كلمات مفتاحية: درعا،
    // اغتيالات).
    if clitic.isEmpty, index >= 1, [.punctuation, .symbol].contains(tokens[index - 1].kind),
      let mark = tokens[index - 1].key.unicodeScalars.first, tokens[index - 1].key.unicodeScalars.count == 1,
      ["/", "|", "›", ">", "-", "–", "—", ":", "،", ","].contains(mark),
      index + 1 == tokens.count || [.punctuation, .symbol].contains(tokens[index + 1].kind)
    {
      return true
    }
    // A dateline: the line opens with the place and a colon or dots (درعا.. قتيلان, درعا: مقتل
    // شاب → Daraa: …, was "they armed").
    if index == 0, clitic.isEmpty, tokens.count > 1, tokens[1].kind == .punctuation,
      let mark = tokens[1].key.unicodeScalars.first, [":", ".", "-", "–", "—", "…"].contains(mark)
    {
      return true
    }
    if !clitic.isEmpty, !rankedAnalyses(tokens[index].key).isEmpty { return false }
    // A common word before a definite noun is the first term of a construct (سلوك العمال: the
    // workers' behaviour), which a town's name is not.
    // (Not an adjective that agrees with the place: في الطيبة الجنوبية → in southern Taybeh.)
    if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].key.hasPrefix("ال"),
      rankedAnalyses(tokens[index + 1].key).first.map({ $0.pos.hasSuffix("ADJ") }) != true
    {
      return false
    }
    if clitic.contains("ب") || clitic.contains("ل") { return true }
    guard index > 0 else { return false }
    let before = tokens[index - 1]
    guard before.kind == .word, before.script == .arabic else { return false }
    return rules.placeCues.contains(before.key) || rules.placeCues.contains(Self.withoutConjunction(before.key))
  }

  /// The longest place name at the start of `run` (token indices), with any of the first word's
  /// readings.
  func findPlace(run: [Int], tokens: [Token], firstReadings: [(String, String)]) -> PlaceFound? {
    for length in stride(from: run.count, through: 1, by: -1) {
      let rest = run[1..<length].map { tokens[$0].key }
      for (clitic, first) in firstReadings {
        let key = ([first] + rest).joined(separator: " ")
        let answer = placeAnswer(key, length: length)
        guard let english = answer.english else { continue }
        // A run that ends in a settlement noun is no place: شمالي مدينة تعز is north of Taiz city,
        // not "north of Medina" and Taiz; مدينة alone is a city, not Medina. Nor one that ends in a
        // component a place name opens with, before another word: قرب عين ديوار. (Checked on what
        // was found only: most runs are none.)
        let last = length == 1 ? first : tokens[run[length - 1]].key
        if rules.settlementNouns.contains(last)
          || length < run.count && rules.placeOpeningComponents.contains(ExactKey(last))
        {
          continue
        }
        return PlaceFound(
          length: length, clitic: clitic, english: english, origin: answer.origin, key: key, needsCue: answer.needsCue)
      }
    }
    return nil
  }

  /// Whether `text` is a non-empty run of `characters` as written there (".?!".contains(text)
  /// without a substring search for every word).
  static func isPartOf(_ text: String, _ characters: String) -> Bool {
    guard !text.isEmpty, text.utf8.count <= characters.utf8.count,
      text.utf8.allSatisfy({ characters.utf8.contains($0) })
    else { return false }
    // ASCII characters (".?!"): the text is ASCII too, and a byte search is the same search.
    if characters.utf8.allSatisfy({ $0 < 0x80 }) { return characters.utf8.containsSequence(text.utf8) }
    return characters.contains(text)
  }

  static let prepositionWords: Set<String> = [
    "of", "to", "in", "from", "with", "on", "for", "by", "at", "about", "into", "against",
  ]

  /// The lexicon's analyses of a word (diacritics stripped), best first, at most eight; each
  /// analysis is scored once.
  func rankedAnalyses(_ word: String) -> [Reading] {
    let cacheKey = ExactKey(word)
    if let known = analysisCache.withLock({ $0[cacheKey] }) { return known }
    let analyses = lexicon.analyses(of: word)
    // A hamza the text writes on an alif is the word's: a spelling of the analysis with another
    // letter there goes after those that agree (أعتقد is "I believe", not the perfect اعتقد "he
    // believed"; بدأ is "began", not بدا "appeared"). A bare alif says nothing: news often drops
    // the hamza.
    let hamzas = Self.hamzaSeats(word)
    let scored = analyses.enumerated().map {
      (
        clitics.score($0.element) - (hamzas.isEmpty ? 0 : Self.hamzaDisagreement($0.element, hamzas) * 3), $0.offset,
        $0.element
      )
    }
    // (One reading per stem entry: the lexicon lists a stem once per spelling, أكبر and اكبر, and
    // the copies would crowd other readings out of the eight: the elative "larger" behind the name
    // "Akbar" and the verb.)
    var kept: [Analysis] = []
    for (_, _, analysis) in scored.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }) where kept.count < 8 {
      let copy = kept.contains {
        $0.stem.lemma == analysis.stem.lemma && $0.stem.pos == analysis.stem.pos
          && $0.stem.gloss == analysis.stem.gloss && $0.prefix.vocalized == analysis.prefix.vocalized
          && $0.suffix.vocalized == analysis.suffix.vocalized && $0.prefix.pos == analysis.prefix.pos
          && $0.suffix.pos == analysis.suffix.pos
      }
      if !copy { kept.append(analysis) }
    }
    var ranked = kept.map { Reading($0, stem: stemFacts($0)) }
    // A verb of news (verbs.tsv) goes before the other verb readings: تقصف is "shells" (qaSaf),
    // not "is broken" (taqaS~af), in the text Khabar reads.
    if let firstVerb = ranked.firstIndex(where: \.isVerb), ranked[firstVerb].newsVerb == nil,
      let news = ranked[(firstVerb + 1)...].firstIndex(where: { $0.isVerb && $0.newsVerb != nil })
    {
      ranked.insert(ranked.remove(at: news), at: firstVerb)
    }
    analysisCache.withLock { cache in
      if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
      cache[cacheKey] = ranked
    }
    return ranked
  }

  /// A lexicon lemma without its sense number (musal~aH_2 → musal~aH).
  /// - Complexity: O(length of the lemma).
  static func lemmaBase(_ lemma: String) -> Substring {
    lemma.lastIndex(of: "_").map { lemma[..<$0] } ?? lemma[...]
  }

  /// The letters of `word` that are an alif with a hamza or madda (أ إ آ), by their position in
  /// the word's letters.
  static func hamzaSeats(_ word: String) -> [(Int, Unicode.Scalar)] {
    var seats: [(Int, Unicode.Scalar)] = []
    for (position, scalar) in word.unicodeScalars.enumerated()
    where scalar == "\u{0623}" || scalar == "\u{0625}" || scalar == "\u{0622}" {
      seats.append((position, scalar))
    }
    return seats
  }

  /// 1 when the analysis spells a letter other than the written hamza seat at one of `seats`,
  /// else 0 (its prefix, stem and suffix forms, letter by letter as the text writes them).
  static func hamzaDisagreement(_ analysis: Analysis, _ seats: [(Int, Unicode.Scalar)]) -> Double {
    var letters: [Unicode.Scalar] = []
    letters.append(contentsOf: analysis.prefix.form.unicodeScalars)
    letters.append(contentsOf: analysis.stem.form.unicodeScalars)
    letters.append(contentsOf: analysis.suffix.form.unicodeScalars)
    for (position, seat) in seats where position < letters.count && letters[position] != seat { return 1 }
    return 0
  }

  /// The citation form (matching form of the third person masculine perfect) of a verb unit: its
  /// lexicon lemma's, or a glossary verb's key.
  func verbCitation(_ unit: Unit) -> String {
    if let lemma = unit.candidates.first(where: \.isVerb)?.analysis.stem.lemma {
      return citationForm(ofLemma: lemma)
    }
    // (A glossary verb is written as its citation, with any pronoun after it: ذكره.)
    var key = Self.keyWithoutProclitics(unit)
    if let code = unit.enclitic {
      let letters = ArabicNormalizer.matching.normalize(Self.encliticLetters(code))
      if key.hasSuffix(letters) { key.removeLast(letters.count) }
    }
    // (And the ت of a feminine perfect: أعلنت.)
    if let verb = unit.verb, verb.feminine, verb.perfect, !verb.plural, key.hasSuffix("ت") { key.removeLast() }
    return key
  }

  /// The nouns (matching form, without proclitic) a reading's news verb takes in (verbs.tsv `=`).
  static func takenInNouns(_ reading: Reading) -> [String] {
    guard reading.isVerb, let role = reading.newsVerb?.role, role.hasPrefix("governs:=") else { return [] }
    return role.dropFirst("governs:".count).split(separator: "|").compactMap { takenInNoun($0)?.noun }
  }

  /// A verbs.tsv alternative that names a noun the verb's English takes in (`=مصرع`, `=ب+فرار`):
  /// the proclitic written before + and the noun (matching form); nil for a preposition. (English
  /// of its own after > is not part of the noun: `=مسؤولية>claim responsibility for`.)
  static func takenInNoun(_ alternative: Substring) -> (proclitic: String?, noun: String)? {
    guard alternative.hasPrefix("=") else { return nil }
    let written = alternative.dropFirst().prefix(while: { $0 != ">" })
    let plus = written.firstIndex(of: "+")
    return (
      plus.map { String(written[..<$0]) },
      ArabicNormalizer.matching.normalize(String(plus.map { written[written.index(after: $0)...] } ?? written))
    )
  }

  /// The facts of an analysis's stem (``Reading/StemFacts``), remembered per stem. (The entry keeps
  /// its stem alive, so that the stem's identity is not reused.)
  func stemFacts(_ analysis: Analysis) -> Reading.StemFacts {
    let key = ObjectIdentifier(analysis.stem)
    if let known = stemFactsCache.withLock({ $0[key] }) { return known.facts }
    let facts = Reading.StemFacts(analysis, rules: rules, citation: citationForm(ofLemma:))
    stemFactsCache.withLock { $0[key] = (analysis.stem, facts) }
    return facts
  }

  /// A lemma's citation form in matching form, remembered (a news verb is looked up by it for
  /// every verb reading its stem does not find).
  func citationForm(ofLemma lemma: String) -> String {
    if let known = citationCache.withLock({ $0[lemma] }) { return known }
    let form = Reading.citationForm(ofLemma: lemma)
    citationCache.withLock { $0[lemma] = form }
    return form
  }

  /// The origin prefix of a descriptive place form's unit ("the town of X", "eastern Homs
  /// countryside"): the explanation names it, and the article rule reads it.
  static let descriptiveOrigin = "gazetteer:descriptive:"

  /// The lemma count (lemma-frequency.tsv, about 98,000 tokens) from which a place name written
  /// with the article that is also a common word needs a place cue: about one in 10,000 tokens
  /// (باب 14.1, قائم 10.9; رقة and طبقة under 1).
  static let commonWordCount = 10.0

  /// The gazetteer's English for a key of `length` words (a curated place or a descriptive form).
  func placeAnswer(_ key: String, length: Int) -> PlaceAnswer {
    let cacheKey = ExactKey(key)
    if let known = placeCache.withLock({ $0[cacheKey] }) { return known }
    var answer = PlaceAnswer(english: nil, origin: "")
    if let match = places.gazetteer.lookup(key: key), let press = match.place.pressName {
      // Single common words (GeoNames has villages named after everything) need a press spelling,
      // and, when the lexicon reads them as an ordinary word and they are written without the
      // article, a place cue before them (في درعا; درعا alone stays the lexicon's word).
      // (Also with the article when one of its readings is a frequent common word, a count of at
      // least `commonWordCount` in lemma-frequency.tsv: الباب is "the door" unless a cue comes
      // first, في الباب → in al-Bab; الرقة, whose common word is rare, needs none.)
      let readings = length == 1 ? rankedAnalyses(key) : []
      let needsCue =
        !readings.isEmpty
        && (!key.hasPrefix("ال")
          || readings.contains {
            $0.pos != "NOUN_PROP" && lexicon.frequency(ofLemma: $0.analysis.stem.lemma) >= Self.commonWordCount
          })
      // (Not a common word matched to a name with the article: باب is no al-Bab.)
      if !(needsCue && match.viaArticleLessKey) {
        answer = PlaceAnswer(
          english: press, origin: "gazetteer:\(match.place.origin.rawValue):\(match.place.line)", needsCue: needsCue)
      }
    } else if length >= 2, let match = places.gazetteer.lookup(key: key),
      let first = key.split(separator: " ").first.map(String.init), !rules.placeCues.contains(first),
      rules.placeOpeningComponents.contains(ExactKey(first)), let name = match.place.pressSchemeName
    {
      // A GeoNames place of two words or more that opens with a name component (تل حميس, عين
      // ديوار, بئر عجم): a name, not "Humays hill" (one word needs a press spelling, above).
      answer = PlaceAnswer(english: name, origin: "gazetteer:\(match.place.origin.rawValue):\(match.place.line)")
    } else if length >= 2,
      places.describer.isRegion(key: key) || places.describer.describesKnownPlace(key: key),
      let result = try? places.transliterate(key, options: PlaceNames.Options()),
      // (Its place is not a noun with a possessive pronoun matched to a name with the article:
      // قرب منزله is near his house, not near al-Manzalah.)
      !(result.match?.viaArticleLessKey == true && result.match?.place.pressName == nil
        && key.split(separator: " ").last.map {
          !$0.hasPrefix("ال") && rankedAnalyses(String($0)).first?.enclitic != nil
        } == true)
    {
      answer = PlaceAnswer(
        english: result.output, origin: Self.descriptiveOrigin + (result.match.map { "\($0.place.line)" } ?? "region")
      )
    }
    placeCache.withLock { cache in
      if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
      cache[cacheKey] = answer
    }
    return answer
  }

  /// A single token: number, punctuation, Latin, function word, lexicon word or unknown.
  ///
  /// The unit depends only on the token's forms, kind and script (and its span): it is made once
  /// per distinct word.
  func wordUnit(_ token: Token, facts: TokenFacts) -> Unit {
    if var known = facts.unit {
      known.span = token.range
      return known
    }
    let unit = wordUnit(token)
    facts.unit = unit
    return unit
  }

  func wordUnit(_ token: Token) -> Unit {
    let key = WordKey(token)
    if var known = wordCache.withLock({ $0[key] }) {
      known.span = token.range
      return known
    }
    var unit = makeWordUnit(token)
    if unit.source == .lexicon { unit.articleSpelling = Self.spelledWithArticle(unit.arabic) }
    wordCache.withLock { cache in
      if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
      cache[key] = unit
    }
    return unit
  }

  /// What ``wordUnit(_:)`` depends on, compared and hashed as UTF-8 bytes (no Unicode
  /// normalization: the cache needs the same text, not an equivalent one).
  struct WordKey: Hashable, Sendable {
    let text: String
    let normalized: String
    let key: String
    let kind: Token.Kind
    let script: Token.Script

    init(_ token: Token) {
      text = token.text
      normalized = token.normalized
      key = token.key
      kind = token.kind
      script = token.script
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
      a.kind == b.kind && a.script == b.script && ExactKey.sameBytes(a.text, b.text)
        && ExactKey.sameBytes(a.normalized, b.normalized) && ExactKey.sameBytes(a.key, b.key)
    }

    func hash(into hasher: inout Hasher) {
      for string in [text, normalized, key] {
        ExactKey.hashBytes(string, into: &hasher)
        hasher.combine(0xFF as UInt8)
      }
      hasher.combine(kind)
      hasher.combine(script)
    }
  }

  func makeWordUnit(_ token: Token) -> Unit {
    var unit = Unit(
      span: token.range, tokenRange: 0..<0, arabic: token.text, wordClass: .other, english: token.normalized,
      source: .latin, origin: "")
    unit.key = token.key
    switch token.kind {
    case .number:
      unit.wordClass = .number
      unit.source = .number
      unit.origin = rules.cite(.punctuation)
      unit.value = Double(token.normalized.filter { $0.isNumber || $0 == "." })
      return unit
    case .punctuation, .symbol:
      unit.wordClass = .punctuation
      unit.source = .punctuation
      unit.english = Self.punctuation(token.normalized)
      unit.origin = rules.cite(.punctuation)
      return unit
    case .word:
      break
    }
    guard token.script == .arabic || token.script == .mixed else {
      unit.wordClass = .latin
      unit.origin = rules.cite(.latin)
      return unit
    }
    // A conjunction or preposition written onto a number (و3 مسلحين, ب5 قذائف): the number, with
    // its proclitic (and 3 gunmen).
    if let (proclitic, digits) = Self.numberAfterProclitic(token.normalized) {
      unit.wordClass = .number
      unit.source = .number
      unit.origin = rules.cite(.punctuation)
      unit.english = digits
      unit.value = Double(digits)
      unit.proclitics = [proclitic]
      return unit
    }
    // A year with the era written onto it (٢٠٢١م, 1445هـ): the year (2021; 1445 AH).
    if let (digits, era) = Self.yearWithEra(token.normalized) {
      unit.wordClass = .number
      unit.source = .number
      unit.origin = rules.cite(.punctuation)
      unit.english = era == "هـ" ? digits + " AH" : digits
      unit.value = Double(digits)
      return unit
    }
    unit.vocalizedPassive = Self.hasInitialDamma(token.text)
    if let (word, conjunction) = functionWord(token) {
      if !conjunction.isEmpty { unit.proclitics = conjunction.unicodeScalars.map { String($0) } }
      Self.read(&unit, as: word)
      return unit
    }
    let stripped = Lexicon.strippingDiacritics(token.normalized)
    for clitic in ["", "و", "ل", "ب"] where stripped.hasPrefix(clitic) {
      if let name = rules.names[String(stripped.dropFirst(clitic.count))] {
        unit.source = .function
        unit.wordClass = .name
        unit.english = name.english
        unit.origin = name.origin
        unit.human = true
        if !clitic.isEmpty { unit.proclitics = [clitic] }
        return unit
      }
    }
    let analyses = rankedAnalyses(stripped)
    if analyses.isEmpty, stripped.hasPrefix("أ"), stripped.unicodeScalars.count > 3 {
      // Interrogative hamza: أتريد → do you want, أيمكنك → can you.
      let rest = String(stripped.dropFirst())
      var inner = token
      inner.normalized = rest
      inner.text = rest
      inner.key = ArabicNormalizer.matching.normalize(rest)
      if functionWord(inner) != nil || !rankedAnalyses(rest).isEmpty {
        var unit = wordUnit(inner)
        unit.span = token.range
        unit.arabic = token.text
        unit.interrogative = true
        return unit
      }
    }
    if analyses.isEmpty {
      unit.source = .unknown
      unit.wordClass = .name
      // Proclitics in front of an unknown name: وحلب → and + Halab.
      var name = token.normalized
      for clitic in ["وب", "ول", "و", "ب", "ل"] where name.unicodeScalars.count > clitic.unicodeScalars.count + 3 {
        if Lexicon.strippingDiacritics(name).hasPrefix(clitic) {
          unit.proclitics = clitic.unicodeScalars.map { String($0) }
          name = String(Lexicon.strippingDiacritics(name).dropFirst(clitic.count))
          break
        }
      }
      unit.english = (try? places.rules.transliterate(name, scheme: "press")) ?? name
      unit.origin = rules.cite(.transliteration)
      return unit
    }
    unit.source = .lexicon
    unit.candidates = Array(analyses.prefix(8))
    return unit
  }

  /// The proclitics ``functionWord(_:)`` reads off a token, in the order it tries them.
  static let functionWordProclitics = ["", "و", "ف", "ب", "ل", "وب", "ول"]

  /// The function word a token is, also after و / ف: the hamza-exact spelling first (إن, أن),
  /// then the matching form.
  func functionWord(_ token: Token) -> (RuleBook.FunctionWord, String)? {
    let exact = Lexicon.strippingDiacritics(token.normalized)
    for conjunction in Self.functionWordProclitics {
      var exactKey = exact
      var key = token.key
      if !conjunction.isEmpty {
        // (A key with the proclitic starts with its bytes: these letters have no other spelling.
        // The byte test first spares most keys the character-wise one.)
        guard key.utf8.starts(with: conjunction.utf8), key.hasPrefix(conjunction),
          key.unicodeScalars.count > conjunction.unicodeScalars.count + 1
        else {
          continue
        }
        key = String(key.dropFirst(conjunction.count))
        exactKey = String(exactKey.dropFirst(conjunction.count))
      }
      if let word = rules.exactFunctionWords[ExactKey(exactKey)] ?? rules.functionWords[ExactKey(key)] {
        // A preposition proclitic only goes with words that take one (بأي, بهذا, لذلك).
        if conjunction.hasSuffix("ب") || conjunction.hasSuffix("ل") {
          guard ["adv", "dem", "question"].contains(word.role), !(word.english.contains(" ")) else { continue }
        }
        return (word, conjunction)
      }
    }
    return nil
  }

  /// Four digits and م (the Gregorian era) or هـ / ه (the Hijri one) written onto them.
  static func yearWithEra(_ text: String) -> (String, String)? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 5, scalars.prefix(4).allSatisfy({ (0x30...0x39).contains($0.value) }) else { return nil }
    let era = String(String.UnicodeScalarView(scalars[4...].filter { $0 != "\u{0640}" }))
    guard era == "م" || era == "هـ" || era == "ه" else { return nil }
    return (String(String.UnicodeScalarView(scalars.prefix(4))), era == "م" ? "م" : "هـ")
  }

  /// A proclitic letter (و ف ب ل) and the ASCII digits after it, when that is the whole word.
  static func numberAfterProclitic(_ text: String) -> (String, String)? {
    guard let first = text.unicodeScalars.first, "وفبل".unicodeScalars.contains(first) else { return nil }
    let rest = text.unicodeScalars.dropFirst()
    guard !rest.isEmpty, rest.allSatisfy({ (0x30...0x39).contains($0.value) }) else { return nil }
    return (String(first), String(String.UnicodeScalarView(rest)))
  }

  /// Makes `unit` the function word `word` (function-words.tsv): its English, role, origin and the
  /// word class of its role.
  static func read(_ unit: inout Unit, as word: RuleBook.FunctionWord) {
    unit.english = word.english
    unit.role = word.role
    unit.source = .function
    unit.origin = word.origin
    unit.wordClass = wordClass(ofRole: word.role)
  }

  static func wordClass(ofRole role: String) -> WordClass {
    switch role {
    case "prep": return .preposition
    case "conj": return .conjunction
    case "neg", "neg_past", "neg_future", "neg_nominal": return .negation
    case "relative", "relative_human": return .relative
    case "comp", "comp_said", "clause_conj": return .complementizer
    case "pron": return .pronoun
    case "dem": return .demonstrative
    case "question": return .question
    case "have", "modal": return .adverb
    case "adv": return .adverb
    default: return .particle
    }
  }

  // MARK: - Stage 2: disambiguation

  /// Chooses one analysis per lexicon unit by context rules: after a preposition or with the
  /// article a word is nominal; a word after a definite noun that can be an adjective is one;
  /// a passive reading needs a written damma.
  public func disambiguate(_ units: [Unit]) -> [Unit] {
    disambiguate(units, context: nil)
  }

  /// Whether `key` (matching form), or `key` after a و or ف the lexicon left on it, is one of
  /// `verbs` (word set article_verb).
  static func isArticleVerb(_ key: String, _ verbs: Set<String>) -> Bool {
    if verbs.contains(key) { return true }
    guard key.hasPrefix("و") || key.hasPrefix("ف") else { return false }
    return verbs.contains(String(key.dropFirst()))
  }

  /// The particles a jussive follows (matching form): لم, لما, لا (of prohibition), إن (of a condition).
  static let jussiveParticles = ["لم", "لما", "لا", "ان"]

  /// ``disambiguate(_:)``, with the thread's memo of lexical transfers in `context`.
  ///
  /// The units are taken (`consuming`): a caller that does not need them afterwards hands over
  /// the array, which is then changed in place instead of copied.
  func disambiguate(_ units: consuming [Unit], context: Context?) -> [Unit] {
    var result = consume units
    for index in result.indices where result[index].source == .lexicon {
      var candidates = result[index].candidates
      let previous = index > 0 ? result[index - 1] : nil
      // (Each filter below runs only when it would change the list: most lists pass unchanged.)
      if !result[index].vocalizedPassive, candidates.contains(where: \.passive) {
        let active = candidates.filter { !$0.passive }
        if !active.isEmpty { candidates = active }
      }
      // A hollow verb's short imperfect stem with no ending is a jussive (يعد as يَعُدْ "return"):
      // only after لم, لما, لا, إن or its own لـ. Elsewhere another reading goes first (يقل: of
      // قلّ, not يَقُلْ of قال "say"; for يعد see readImperfectRows).
      if let first = candidates.first, first.isVerb, first.analysis.suffixLength == 0,
        first.analysis.stem.category == "IV_C", !first.prefixProclitics.contains("ل"),
        !(previous.map { unit in
          unit.proclitics.isEmpty && Self.jussiveParticles.contains { ExactKey.sameBytes($0, unit.key) }
        } ?? false),
        let other = candidates.firstIndex(where: {
          !($0.isVerb && $0.analysis.suffixLength == 0 && $0.analysis.stem.category == "IV_C")
        })
      {
        candidates.insert(candidates.remove(at: other), at: 0)
      }
      // After أن/إن and a definite subject, a word read both as a noun and as a perfect of the
      // 3rd person is the perfect: قال إن الهجوم فشل → the attack failed (was "is a failure").
      if index >= 2, let previous, previous.definite, previous.proclitics.isEmpty, previous.enclitic == nil,
        [.noun, .name].contains(previous.wordClass), result[index - 2].wordClass == .complementizer,
        result[index - 2].enclitic == nil, result[index].proclitics.isEmpty,
        // (Not an adjective, the predicate: إن الكلب أبيض → the dog is white.)
        let first = candidates.first, !first.isVerb, !first.isAdjective, !first.hasArticle, first.enclitic == nil,
        let verb = candidates.firstIndex(where: {
          $0.isVerb && $0.features?.perfect == true && $0.features?.person == 3 && !$0.passive && $0.enclitic == nil
        })
      {
        candidates.insert(candidates.remove(at: verb), at: 0)
      }
      let afterPreposition =
        previous?.wordClass == .preposition
        || previous.map { unit in
          Self.quantifierKeys.contains { ExactKey.sameBytes($0, unit.key) } || unit.wordClass == .demonstrative
        } == true
      if afterPreposition, candidates.contains(where: \.isVerb) {
        let nominal = candidates.filter { !$0.isVerb }
        if !nominal.isEmpty { candidates = nominal }
      }
      // A news verb whose English takes in a noun (verbs.tsv =) goes first when that noun follows
      // within five words, at the start of a clause: فارق الطفل الحياة → the child died (fAraq, not
      // the adjective fAriq "distinctive"; هناك فارق كبير في الحياة keeps it).
      if previous.map({ $0.wordClass == .punctuation }) ?? true,
        let verbAt = candidates.firstIndex(where: { !Self.takenInNouns($0).isEmpty }), verbAt > 0
      {
        let nouns = Self.takenInNouns(candidates[verbAt])
        let following = result[(index + 1)...].prefix(5)
        if following.contains(where: { unit in
          let key = Self.keyWithoutProclitics(unit)
          let bare = key.hasPrefix("ال") ? String(key.dropFirst(2)) : key
          return nouns.contains { Self.isWord(bare, withPronounOn: $0) }
        }) {
          candidates.insert(candidates.remove(at: verbAt), at: 0)
        }
      }
      var comparative = false
      // أفعل before من is the comparative (أطول من أسبوعين → longer than two weeks), not "I lengthen
      // from"; after its subject also when read first as a perfect or a name: هو أثقل منه → he is
      // heavier than him (was "he burdened from him"), المدينة أكبر من القرية → the city is larger
      // than the village (was "Akbar"). (But after أنا or نحن a verb of the 1st person is the
      // verb: أنا أعرف من is "I know", not "I am more aware than".)
      if index + 1 < result.count, result[index + 1].proclitics.isEmpty,
        previous.map({ $0.isNominal || $0.wordClass == .punctuation }) ?? true,
        Self.isMin(result[index + 1].key), let first = candidates.first,
        first.isVerb && first.features?.person == 1 && first.features?.plural == false
          || (first.isVerb && first.newsVerb == nil || first.pos == "NOUN_PROP") && result[index].proclitics.isEmpty
            && previous.map({ $0.isNominal && $0.wordClass != .number && !$0.hasPreposition }) == true,
        previous.map({ $0.wordClass == .pronoun && ["I", "we"].contains($0.english) }) != true
          || first.features?.person != 1,
        let adjectiveIndex = candidates.firstIndex(where: { !$0.isVerb && !$0.hasArticle && Self.isElative($0) })
      {
        let adjective = candidates.remove(at: adjectiveIndex)
        candidates.insert(adjective, at: 0)
        comparative = true
      }
      if let previous, previous.isNominal, previous.wordClass != .number, previous.wordClass != .pronoun {
        // (Not an adjective with a pronoun on it, which describes no noun: وعليها آثار is "and on
        // it marks", not "her supreme marks".)
        if let firstIndex = candidates.firstIndex(where: {
          $0.isAdjective && $0.hasArticle == previous.definite && $0.enclitic == nil
        }), candidates.first?.isAdjective != true,
          candidates[firstIndex].hasArticle || candidates.first?.isVerb != true
        {
          let first = candidates.remove(at: firstIndex)
          candidates.insert(first, at: 0)
        }
      }
      // An adjective with a preposition on it describes no noun: before a definite noun or a name,
      // its noun reading heads the phrase (اشتباكات بحي المقوس → clashes in al-Muqawwas
      // neighbourhood, was "with alive arched").
      if let first = candidates.first, first.isAdjective, !first.hasArticle,
        first.prefixProclitics.contains(where: { $0 == "ب" || $0 == "ل" || $0 == "ك" }),
        index + 1 < result.count, result[index + 1].proclitics.isEmpty,
        result[index + 1].wordClass == .name || Self.spelledWithArticle(result[index + 1].arabic),
        let noun = candidates.firstIndex(where: {
          $0.pos == "NOUN" && !$0.isAdjective && !$0.hasArticle && $0.enclitic == nil
            && $0.prefixProclitics == first.prefixProclitics
        })
      {
        candidates.insert(candidates.remove(at: noun), at: 0)
      }
      if result[index].articleSpelling ?? Self.spelledWithArticle(result[index].arabic),
        !Self.definiteFirst(candidates)
      {
        let definite = candidates.filter(\.hasArticle)
        if !definite.isEmpty { candidates = definite + candidates.filter { !$0.hasArticle } }
      }
      // A perfect of form VII, VIII or X spelled like the article and a noun (التقى: met, not "the
      // piety"), opening its clause before a noun with the article: the verb, its subject after it.
      if previous == nil || previous!.wordClass == .punctuation, index + 1 < result.count,
        [.noun, .name].contains(result[index + 1].wordClass) || result[index + 1].source == .lexicon,
        Self.spelledWithArticle(result[index + 1].arabic) || result[index + 1].definite,
        let first = candidates.first, first.hasArticle, !first.isVerb,
        let verb = candidates.firstIndex(where: {
          $0.isVerb && $0.features?.perfect == true && !$0.passive && $0.analysis.stem.lemma.hasPrefix("{")
        })
      {
        candidates.insert(candidates.remove(at: verb), at: 0)
      }
      // An elative spelled like a perfect of form IV (أكثر, أقل, أعلى) is the elative: "more",
      // "less", "higher" (was "increased", "lessened", "raised"); not a news verb (أقدم على →
      // carried out, not "oldest"), nor a verb that is mostly the verb (أظهر التحليل → the
      // analysis showed, أحب → loved; not "clearer", "dearer").
      if let first = candidates.first, first.isVerb, first.features?.perfect == true, first.newsVerb == nil,
        first.analysis.stem.lemma.hasPrefix(">a"),
        let elativeIndex = candidates.firstIndex(where: {
          !$0.isVerb && Self.isElative($0) && $0.analysis.stem.form == first.analysis.stem.form
            && $0.analysis.prefixLength == first.analysis.prefixLength
        }),
        // (A verb mostly read as the verb, word-sets.tsv verb_over_elative, only where a noun before
        // it or من after it asks for the elative: أظهر من → clearer than.)
        // (Nor a verb vocalized as one, أُعجب, or before a name, its subject: أحرج سامي ليلى.)
        !result[index].vocalizedPassive,
        index + 1 >= result.count || result[index + 1].wordClass != .name,
        !rules.verbsOverElatives.contains(first.matchingStemForm)
          || previous.map({ [.noun, .adjective].contains($0.wordClass) && $0.proclitics.isEmpty }) == true
          || index + 1 < result.count && result[index + 1].proclitics.isEmpty
            && Self.isMin(result[index + 1].key)
      {
        let elative = candidates.remove(at: elativeIndex)
        candidates.insert(elative, at: 0)
      }
      // A perfect of form VIII whose root starts with ل reads also as the article and a noun
      // (التقى: met, or ال + تقى "piety"); those of word-sets.tsv article_verb are the verb
      // unless a preposition comes before: التقى الرئيس وفدا → the president met a delegation.
      // (The key, which costs a string, only for a word with a reading as a perfect.)
      if let first = candidates.first, first.hasArticle, !first.isVerb, !afterPreposition,
        let verb = candidates.firstIndex(where: { $0.isVerb && $0.features?.perfect == true }),
        Self.isArticleVerb(Self.keyWithoutProclitics(result[index]), rules.articleVerbs)
      {
        candidates.insert(candidates.remove(at: verb), at: 0)
      }
      // A sentence that opens with a word read both ways, a noun and an imperfect of the 3rd
      // person, before a definite subject that agrees with the verb, is the verb: تواصل القوات
      // الإسرائيلية انتهاكاتها → the Israeli forces continue their violations (was "the continuity
      // of the Israeli forces"). (ت is feminine: a subject in ة or ات; ي masculine: any other.)
      if index == 0 || previous?.wordClass == .punctuation && previous?.english != "\"",
        result[index].proclitics.isEmpty, index + 1 < result.count, let first = candidates.first, !first.isVerb,
        !first.hasArticle, first.prefixProclitics.isEmpty, first.enclitic == nil,
        let verbIndex = candidates.firstIndex(where: {
          $0.pos == "VERB_IMPERFECT" && $0.features?.person == 3 && $0.features?.plural == false && !$0.passive
            && $0.prefixProclitics.isEmpty && $0.enclitic == nil
        })
      {
        let subject = result[index + 1]
        // (Definite: with the article, a name, a place, a group the glossary names, or a noun in
        // construct with a definite one: قوى الأمن.)
        func hasArticle(_ unit: Unit) -> Bool {
          unit.definite || unit.articleSpelling ?? Self.spelledWithArticle(unit.arabic)
        }
        let definite =
          hasArticle(subject) || subject.wordClass == .name || subject.source == .place
          || subject.category == "actor" || subject.category == "organization"
          || index + 2 < result.count && result[index + 2].proclitics.isEmpty && hasArticle(result[index + 2])
        let feminineSubject = subject.key.hasSuffix("ه") || subject.key.hasSuffix("ات")
        // (A group the glossary names agrees either way: تواصل قسد, يواصل الجيش.)
        let group = subject.category == "actor" || subject.category == "organization"
        if subject.proclitics.isEmpty, subject.enclitic == nil, definite,
          group || candidates[verbIndex].features?.feminine == feminineSubject
        {
          let verb = candidates.remove(at: verbIndex)
          candidates.insert(verb, at: 0)
        }
      }
      // A word written with tanween is no proper name (بناءً سكنياً → a residential building, was
      // "housing Banna").
      if candidates.count > 1, candidates.first?.pos == "NOUN_PROP",
        result[index].arabic.unicodeScalars.contains(where: { $0.value >= 0x064B && $0.value <= 0x064D })
      {
        let common = candidates.filter { $0.pos != "NOUN_PROP" }
        if !common.isEmpty { candidates = common + candidates.filter { $0.pos == "NOUN_PROP" } }
      }
      // An elative that is also a name, before a common noun without the article, is the
      // superlative's construct: أكبر مدينة → the largest city, أكبر مكونات → the largest
      // components (was "Akbar").
      if candidates.first?.pos == "NOUN_PROP", index + 1 < result.count, result[index + 1].proclitics.isEmpty,
        Self.isCommonNounWithoutArticle(result[index + 1]),
        let elative = candidates.firstIndex(where: { $0.pos != "NOUN_PROP" && Self.isElative($0) })
      {
        let reading = candidates.remove(at: elative)
        candidates.insert(reading, at: 0)
      }
      // Whom a news event befell is a person: after مقتل, إصابة, اعتقال (verbs.tsv verbal nouns) or a
      // verb of what is done to people, a noun read both ways is the person (مقتل مزارع → a farmer
      // killed, was "the death of farms"; يقتل مزارعاً → kills a farmer).
      // (The readings first: the words before are looked up only for a word read both ways.)
      if let previous, previous.enclitic == nil, let first = candidates.first, !first.isVerb, !first.humanGloss,
        let human = candidates.firstIndex(where: {
          !$0.isVerb && $0.humanGloss && $0.prefixProclitics == first.prefixProclitics
            && $0.enclitic == first.enclitic
        }),
        rules.verbalNouns[Self.keyWithoutProclitics(previous)].map({ isDoneToPeople($0.base) })
          ?? (previous.wordClass == .verb && isDoneToPeople(previous.english))
      {
        let person = candidates.remove(at: human)
        candidates.insert(person, at: 0)
      }
      var subjectIndex = index - 1
      while subjectIndex >= 0, result[subjectIndex].wordClass == .negation || result[subjectIndex].role == "part" {
        subjectIndex -= 1
      }
      let pronounBefore = subjectIndex >= 0 && result[subjectIndex].wordClass == .pronoun ? result[subjectIndex] : nil
      if !comparative, let previous = pronounBefore ?? previous,
        previous.wordClass == .pronoun || previous.wordClass == .relative || previous.role == "neg"
      {
        var verbs = candidates.filter(\.isVerb)
        // أنا أحب: the verb agrees with the pronoun before it.
        let person: Int? =
          switch previous.english {
          case "I", "we": 1
          case "you": 2
          default: nil
          }
        if let person {
          let agreeing = verbs.filter { $0.features?.person == person }
          if !agreeing.isEmpty { verbs = agreeing }
        }
        if !verbs.isEmpty { candidates = verbs }
      }
      if let previous, previous.role == "neg_past" || previous.role == "neg_future",
        candidates.contains(where: { $0.pos != "VERB_IMPERFECT" })
      {
        let verbs = candidates.filter { $0.pos == "VERB_IMPERFECT" }
        if !verbs.isEmpty { candidates = verbs }
      }
      let adjective = candidates.first(where: { $0.isAdjective && $0.hasArticle == (previous?.definite ?? false) })?
        .gloss
      // A word whose readings the context left as they were becomes the same unit whenever it has
      // the same adjective English: the thread remembers it by the unit's fields (most units come
      // from the word cache and share them).
      let unchanged =
        context != nil && candidates.count == result[index].candidates.count
        && zip(candidates, result[index].candidates).allSatisfy { $0 === $1 }
      let fields = result[index].fields
      if unchanged, let context, let memo = context.transfers[ObjectIdentifier(fields)],
        memo.adjective == nil && adjective == nil
          || memo.adjective != nil && adjective != nil && ExactKey.sameBytes(memo.adjective!, adjective!)
      {
        var unit = memo.unit
        unit.span = result[index].span
        unit.tokenRange = result[index].tokenRange
        result[index] = unit
        continue
      }
      result[index].candidates = candidates
      if let adjective { result[index].adjectiveEnglish = adjective }
      transferLexically(&result[index])
      if unchanged, let context {
        if context.transfers.count > Context.limit { context.transfers.removeAll(keepingCapacity: true) }
        context.transfers[ObjectIdentifier(fields)] = TransferMemo(
          fields: fields, adjective: adjective, unit: result[index])
      }
    }
    return result
  }

  /// Whether the readings with the article come before all the others (the order disambiguation
  /// puts them in after a word spelled with ال).
  static func definiteFirst(_ candidates: [Reading]) -> Bool {
    var seenOther = false
    for candidate in candidates {
      if !candidate.hasArticle {
        seenOther = true
      } else if seenOther {
        return false
      }
    }
    return true
  }

  /// Keys of the quantifiers after which a word is nominal (كل بعض أي أكثر أقل); compared as
  /// bytes, which for these letters is the same as comparing the strings.
  static let quantifierKeys = ["كل", "بعض", "اي", "اكثر", "اقل"]

  /// Whether a word, without harakat, starts with ال, also after one proclitic letter (وال, بال;
  /// not خالد, صالح, دالي, whose second letter is an alif of the stem).
  static func spelledWithArticle(_ arabic: String) -> Bool {
    let written = Lexicon.strippingDiacritics(arabic)
    guard !written.hasPrefix("ال") else { return true }
    guard let first = written.unicodeScalars.first, "وفبكل".unicodeScalars.contains(first) else { return false }
    return written.dropFirst().hasPrefix("ال")
  }

  static func isAdjective(_ analysis: Analysis, firstGloss gloss: @autoclosure () -> String) -> Bool {
    if analysis.partOfSpeech == "ADJ" { return true }
    guard analysis.partOfSpeech == "NOUN" else { return false }
    // The feminine singular: the plural in ات of such a row is mostly a noun (مستويات "levels").
    if analysis.stem.inflectsAdjective && containsASCII(analysis.suffix.pos, "NSUFF_FEM_SG") { return true }
    // The first piece between slashes (`split(separator: "/").first`, without the other pieces).
    var rest = Substring(analysis.stem.pos)
    while rest.first == "/" { rest = rest.dropFirst() }
    let vocalized = rest.firstIndex(of: "/").map { rest[..<$0] } ?? rest
    if vocalized.hasSuffix("iy~") && analysis.stem.gloss.first?.isUppercase == true { return true }
    let gloss = gloss()
    if adjectiveWords.contains(gloss) { return true }
    return !containsASCII(gloss, " ")
      && ["ous", "ive", "ful", "less", "able", "ible"].contains(where: { gloss.hasSuffix($0) })
  }

  static let adjectiveWords: Set<String> = [
    "white", "black", "red", "green", "blue", "yellow", "big", "small", "new", "old", "good", "bad", "long", "short",
    "high", "low", "strong", "weak", "heavy", "light", "hot", "cold", "rich", "poor", "young", "beautiful", "happy",
    "sad", "easy", "difficult", "hard", "important", "many", "few", "last", "first", "next", "other", "same",
    "several", "whole", "full", "empty", "open", "closed", "free", "sick", "ill", "tired", "busy", "ready", "sure",
    "right", "wrong", "true", "false", "clear", "quick", "fast", "slow", "late", "early", "near", "far", "local",
    "foreign", "military", "armed", "civil", "social", "political", "economic", "medical", "public", "private",
  ]

  static func hasArticle(_ analysis: Analysis) -> Bool { containsASCII(analysis.prefix.pos, "DET") }

  /// `text.contains(needle)` for an ASCII needle: a byte search when the text is ASCII too (then
  /// the needle's bytes always start and end characters), a string search otherwise.
  static func containsASCII(_ text: String, _ needle: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle) }
    return text.utf8.containsSequence(needle.utf8)
  }

  // MARK: - Stage 3: lexical transfer

  /// The English of each lexicon unit from its chosen analysis: the first gloss, plural from the
  /// Arabic suffix, verb features from prefix and suffix, clitics.
  public func transferLexically(_ units: inout [Unit]) {
    for index in units.indices { transferLexically(&units[index]) }
    // A glossary noun of a thing right after a news event that befalls people, whose word the
    // lexicon also reads as a person, is that person (مقتل مزارع → a farmer killed, where the
    // glossary's مزارع is "farms"; يقتل مزارعاً → kills a farmer).
    for index in units.indices.dropFirst()
    where units[index].source == .glossary && units[index].wordClass == .noun && !units[index].human
      && units[index].tokenRange.count == 1 && units[index].proclitics.isEmpty && units[index].enclitic == nil
    {
      let previous = units[index - 1]
      // (An event done to people: مقتل, اعتقال, not إسقاط "the downing of".)
      guard previous.enclitic == nil, !rules.isHuman(units[index].english),
        rules.verbalNouns[Self.keyWithoutProclitics(previous)].map({ isDoneToPeople($0.base) })
          ?? (previous.wordClass == .verb && isDoneToPeople(previous.english)),
        let person = rankedAnalyses(Lexicon.strippingDiacritics(units[index].arabic)).first(where: {
          !$0.isVerb && !$0.isAdjective && $0.humanGloss && $0.prefixProclitics.isEmpty && $0.enclitic == nil
            && $0.hasArticle == units[index].definite
        })
      else { continue }
      var unit = units[index]
      unit.source = .lexicon
      unit.candidates = [person]
      unit.plural = false
      unit.englishIsPlural = false
      unit.category = nil
      transferLexically(&unit)
      units[index] = unit
    }
    // A particle of quantity (numbers.tsv: نحو → about) before a definite noun or a name, which
    // it cannot count, is the function word of the same spelling: تتجه الأرتال نحو المدينة → the
    // convoys head towards the city (was "about the city"); قتل نحو 20 شخصا and بعد نحو أسبوع keep
    // "about".
    for index in units.indices.dropLast()
    where units[index].source == .glossary && units[index].category == "number"
      && units[index].wordClass == .particle && units[index].tokenRange.count == 1 && units[index].proclitics.isEmpty
      && units[index + 1].wordClass != .number
      && (units[index + 1].definite || units[index + 1].wordClass == .name
        || units[index + 1].source == .place)
    {
      guard let word = rules.functionWords[ExactKey(units[index].key)] else { continue }
      Self.read(&units[index], as: word)
      units[index].category = nil
    }
    // A news verb whose English takes in the preposition it governs (قام ب → carry out, سيطر على
    // → take control of) keeps that English only when the preposition follows in its sentence
    // (within twelve words, before another verb or the sentence's end; the subject, time words
    // and commas may come between); else it has the lexicon's gloss (قام الرجل → the man rose).
    // The governed preposition then has no English of its own, written apart or on its noun
    // (carried out a campaign, was "carried out with a campaign").
    for index in units.indices where units[index].wordClass == .verb {
      // (A glossary verb that is also a news verb of verbs.tsv governs its preposition too: قام →
      // carry out, قام الجيش بحملة → the army carried out a campaign.)
      var glossaryNews: (english: String, origin: String)? = nil
      // (Found by the entry's citation: أعلنت and تعلن are أعلن's.)
      if units[index].source == .glossary, units[index].role == nil,
        let news = rules.newsVerbs[units[index].citation ?? Self.keyWithoutProclitics(units[index])],
        !news.preposition.isEmpty
      {
        units[index].role = "governs:" + news.preposition
        glossaryNews = (news.english, news.origin)
      }
      let prepositions = Self.governedPrepositions(units[index])
      if prepositions.isEmpty { continue }
      var found: Int? = nil
      var preposition = ""
      var next = index + 1
      // A governed phrase: a noun and its preposition that the verb's English takes in (ألقى القبض
      // على → arrest; ألقت الشرطة القبض على رجل → the police arrested a man, was "delivered the
      // arrest on a man"): the noun says nothing, the preposition is governed. (Its two parts in
      // matching form, once for the verb.)
      // (Not a noun taken in with English of its own after >, which may have spaces.)
      let phrase = prepositions.first(where: { !$0.hasPrefix("=") && $0.contains(" ") }).map { phrase in
        let space = phrase.lastIndex(of: " ")!
        return (
          noun: ArabicNormalizer.matching.normalize(String(phrase[..<space])),
          preposition: ArabicNormalizer.matching.normalize(String(phrase[phrase.index(after: space)...]))
        )
      }
      // A noun the verb's English takes in says nothing (nor does a pronoun on it); a glossary
      // verb takes the news row's English with it (أطلق → fire, أطلق مسلحون النار عليه → gunmen
      // opened fire on him).
      func takeIn(_ noun: Int) {
        units[noun].wordClass = .particle
        units[noun].english = ""
        units[noun].enclitic = nil
        units[noun].role = "drop"
        if let glossaryNews {
          units[index].english = glossaryNews.english
          units[index].origin = glossaryNews.origin
        }
      }
      while next < units.count, next <= index + 12, units[next].wordClass != .verb,
        units[next].wordClass != .punctuation || !Translator.sentenceEnds.contains(units[next].english)
      {
        if let phrase, next + 1 < units.count, units[next].proclitics.isEmpty, units[next].key == phrase.noun,
          units[next + 1].proclitics.isEmpty,
          ArabicNormalizer.matching.normalize(units[next + 1].arabic).hasPrefix(phrase.preposition)
        {
          takeIn(next)
          found = next + 1
          preposition = units[next + 1].arabic
          break
        }
        // A noun the verb's English takes in, written = in verbs.tsv, with or without a pronoun on
        // it: لقي شاب مصرعه → a young man was killed (was "a young man met his death"); with its
        // proclitic before + (=ب+فرار): لاذ المهاجمون بالفرار → the attackers fled.
        if units[next].wordClass == .noun,
          let alternative = prepositions.first(where: { alternative in
            guard let (proclitic, noun) = Self.takenInNoun(Substring(alternative)),
              units[next].proclitics == (proclitic.map { [$0] } ?? [])
            else { return false }
            // (The noun, with at most a pronoun on it: مصرعه, مصرعهم, حتفهما.)
            return Self.isWord(Self.classKey(units[next]), withPronounOn: noun)
          })
        {
          takeIn(next)
          // (An alternative with English of its own, after >, for a verb whose row governs a
          // preposition too: أعلن عن → announce, أعلن التنظيم مسؤوليته عن الهجوم → ISIS claimed
          // responsibility for the attack, was "announced its responsibility the attack".)
          if let mark = alternative.firstIndex(of: ">") {
            units[index].english = String(alternative[alternative.index(after: mark)...])
          }
          found = next
          preposition = ""
          // (A preposition right after the noun is the one the English ends in: تبنت الجماعة
          // المسؤولية عن الهجوم → the group claimed responsibility for the attack, was "for about".)
          if next + 1 < units.count, units[next + 1].wordClass == .preposition, units[next + 1].proclitics.isEmpty,
            units[next + 1].enclitic == nil,
            let last = units[index].english.split(separator: " ").last,
            Translator.prepositionWords.contains(String(last))
          {
            found = next + 1
            preposition = units[next + 1].arabic
          }
          break
        }
        // (With a pronoun on it, the preposition is found by its letters: سيطرت القوات عليها → the
        // forces took control of it.)
        let carriesPronoun =
          units[next].enclitic != nil && units[next].proclitics.isEmpty && units[next].wordClass == .preposition
        let written = carriesPronoun ? ArabicNormalizer.matching.normalize(units[next].arabic) : ""
        // (An alternative marked + is governed on the next word only: أدى لمقتل → led to the
        // death, while أدى دور الوسيط للفيروس keeps 'played'.)
        if let governed = prepositions.first(where: {
          let adjacentOnly = $0.hasSuffix("+")
          let letters = adjacentOnly ? String($0.dropLast()) : $0
          return (!adjacentOnly || next == index + 1)
            && (units[next].proclitics.contains(letters) || units[next].arabic == letters
              || carriesPronoun && written.hasPrefix(ArabicNormalizer.matching.normalize(letters)))
        }) {
          found = next
          preposition =
            carriesPronoun ? units[next].arabic : governed.hasSuffix("+") ? String(governed.dropLast()) : governed
          break
        }
        // Another preposition first: the governed one is not there (تسببت الاحتجاجات بشلل في البلد);
        // but من between two nouns is inside the subject (قضت وحدات من الجيش على 7 إرهابيين → units
        // of the army eliminated 7 terrorists).
        let partitive =
          ExactKey.sameBytes(units[next].key, "من") && units[next].proclitics.isEmpty && next > index + 1
          && next + 1 < units.count
          && [.noun, .name].contains(units[next - 1].wordClass) && units[next + 1].isNominal
          && !units[next + 1].hasPreposition && !prepositions.contains("من")
        if !partitive, units[next].wordClass == .preposition || units[next].hasPreposition { break }
        // (Nor past a clause with أن, the verb's object: أفاد المصدر بأن الحالات مرتبطة بالمرض keeps
        // "with".)
        if units[next].wordClass == .complementizer { break }
        next += 1
      }
      if let found {
        // The governed preposition has no English of its own (the structural stage reads this
        // role): written apart (سيطر … على; its function-word role only made it a preposition) or
        // on its noun (بحملة, which has no role of its own), or on a demonstrative, whose role as a
        // function word it then takes the place of (لن تسمح بذلك → will not allow that, was "allow
        // with that"). (A noun taken in is dropped above.)
        if !preposition.isEmpty,
          units[found].arabic == preposition && units[found].proclitics.isEmpty || units[found].role == nil
            || units[found].role == "dem" && units[found].wordClass == .demonstrative
        {
          units[found].role = "governed:" + preposition
        }
      } else if let reading = units[index].candidates.first {
        // (The verb's row without a preposition when it has one: وثقت الشبكة مقتل 20 مدنيا → the
        // network documented the killing of 20 civilians; أثق بك → I trust you.)
        units[index].english = reading.newsVerb?.otherwise?.english ?? reading.gloss
        units[index].origin = reading.newsVerb?.otherwise?.origin ?? reading.lexiconOrigin
        units[index].role = nil
        if units[index].english.hasPrefix("be ") { units[index].verb?.passive = reading.passive }
      }
    }
    joinNegatedAdjectives(&units)
    readNoOne(&units)
    joinCompassAdjectives(&units)
    nameLanguages(&units)
    thirdPersonInReports(&units)
    readSince(&units)
    readIncluding(&units)
    countPeopleByAdjective(&units)
    readInfections(&units)
    attributeReports(&units)
    readAmid(&units)
    if !rules.peopleObjectVerbs.isEmpty { readPeopleObjects(&units) }
    if !rules.passiveImperfects.isEmpty || !rules.imperfectsWithPreposition.isEmpty { readImperfectRows(&units) }
  }

  /// An imperfect that verbs.tsv names is that row's verb, in the present and active (not after
  /// لم, where it keeps its reading: لم يعد → no longer):
  /// - kind imperfect_with_preposition, right before its preposition (on the next word or written
  ///   apart), which is then governed: المحافظ يعد بالمراجعة → the governor promises the review
  ///   (وعد ب, was "prepares with");
  /// - else kind passive_imperfect, the passive prose writes without harakat: يعد التدخين ضارا
  ///   (يُعد) → smoking is considered harmful (was "returns": يَعُدْ is a jussive, which follows
  ///   لم). Not before ب, nor before a person or a name, who does it (تعد أمي كعكة), where it keeps
  ///   the lexicon's reading.
  ///
  /// - Complexity: O(*n*) for *n* units.
  func readImperfectRows(_ units: inout [Unit]) {
    for index in units.indices where units[index].wordClass == .verb && units[index].source == .lexicon {
      guard units[index].proclitics.allSatisfy({ $0 == "و" || $0 == "ف" }),
        index == 0 || units[index - 1].role != "neg_past"
      else { continue }
      let key = Self.keyWithoutProclitics(units[index])
      let next = index + 1 < units.count ? units[index + 1] : nil
      let row: (english: String, origin: String)
      if let withPreposition = rules.imperfectsWithPreposition[key], let next,
        next.proclitics.first == withPreposition.preposition
          || next.proclitics.isEmpty && next.wordClass == .preposition && next.enclitic == nil
            && ArabicNormalizer.matching.normalize(next.arabic)
              == ArabicNormalizer.matching.normalize(withPreposition.preposition)
      {
        row = (withPreposition.english, withPreposition.origin)
        if next.role == nil { units[index + 1].role = "governed:" + withPreposition.preposition }
      } else if let passive = rules.passiveImperfects[key],
        next.map({
          $0.proclitics.first != "ب"
            // (A person after it is who does it: تعد أمي كعكة → my mother is making a cake.)
            && !($0.human || $0.wordClass == .name || rules.isHuman($0.english))
        }) ?? true
      {
        row = passive
      } else {
        continue
      }
      units[index].english = row.english
      units[index].origin = row.origin
      units[index].role = nil
      units[index].verb?.perfect = false
      units[index].verb?.passive = false
    }
  }

  /// A verb of verbs.tsv kind people_object whose object is people has that row's English: the
  /// object is the last noun (no preposition on it) before the clause's next verb, preposition or
  /// punctuation, within five units: يصيبون نجله → they wound his son (was "strike"); أصاب مسلحون
  /// شاباً → gunmen wounded a young man; a count is people too (ويصيب اثنين → and wounds two);
  /// أصابت القذيفة منزلاً keeps "hit".
  ///
  /// - Complexity: O(*n*) for *n* units.
  func readPeopleObjects(_ units: inout [Unit]) {
    for index in units.indices where units[index].wordClass == .verb && units[index].source == .lexicon {
      guard units[index].verb?.passive != true, units[index].role == nil,
        let row = rules.peopleObjectVerbs[verbCitation(units[index])]
      else { continue }
      var object: Unit? = nil
      for next in units[(index + 1)...].prefix(5) {
        if next.wordClass == .verb || next.wordClass == .preposition || next.wordClass == .punctuation
          || next.hasPreposition || next.hasConjunction
        {
          break
        }
        if next.wordClass == .noun || next.wordClass == .name || next.wordClass == .number && next.value != nil {
          object = next
        }
      }
      // (A count with nothing after it counts people: ويصيب اثنين → and wounds two, was "strikes".)
      guard let object, object.human || rules.isHuman(object.english) || object.wordClass == .number else {
        continue
      }
      units[index].english = row.english
      units[index].origin = row.origin
    }
  }

  /// وسط before an indefinite noun, and after no preposition, is "amid": وسط اتهامات للميليشيات →
  /// amid accusations against the militias (was "middle accusations"); وسط عجز واضح → amid a clear
  /// inability. Before a definite noun it is "in the middle of" (وسط العاصمة), after في "the
  /// middle of".
  ///
  /// - Complexity: O(*n*) for *n* units.
  func readAmid(_ units: inout [Unit]) {
    for index in units.indices.dropLast() where ExactKey.sameBytes(Self.keyWithoutProclitics(units[index]), "وسط") {
      let next = units[index + 1]
      guard units[index].enclitic == nil, units[index].proclitics.allSatisfy({ $0 == "و" }) else { continue }
      let afterPreposition = index > 0 && units[index - 1].wordClass == .preposition
      if !afterPreposition, next.wordClass == .noun, next.proclitics.isEmpty, !next.definite,
        !Self.spelledWithArticle(next.arabic)
      {
        units[index].english = "amid"
        units[index].wordClass = .preposition
      } else if units[index].wordClass == .preposition, units[index].english == "middle", next.proclitics.isEmpty,
        next.definite || next.wordClass == .name || next.source == .place
      {
        // (The preposition's "middle" needs its "of": وسط العاصمة → in the middle of the capital;
        // في وسط المدينة → in the middle of the city.)
        units[index].english = afterPreposition ? "the middle of" : "in the middle of"
      }
    }
  }

  /// An adjective of a people or a group (one written capitalized in English: Houthi, Syrian,
  /// Kurdish excepted) after a number is the people counted, a noun: مقتل 23 حوثياً → 23 Houthis
  /// killed (was "23 killed Houthi"); 3 سوريين → 3 Syrians.
  ///
  /// - Complexity: O(*n*) for *n* units.
  func countPeopleByAdjective(_ units: inout [Unit]) {
    for index in units.indices.dropFirst() where units[index].wordClass == .adjective {
      let number = units[index - 1]
      guard number.wordClass == .number, number.value.map({ $0 > 1 }) ?? true, number.enclitic == nil,
        !units[index].definite, units[index].proclitics.isEmpty, units[index].enclitic == nil,
        let first = units[index].english.unicodeScalars.first, ("A"..."Z").contains(first),
        !units[index].english.contains(" "), !rules.singularInS(units[index].english),
        units[index].english.hasSuffix("i") || units[index].english.hasSuffix("n")
      else { continue }
      units[index].wordClass = .noun
      units[index].human = true
    }
  }

  /// The prepositions a news verb unit governs (its role `governs:على`, alternatives with `|`:
  /// تسبب في or ب), or none.
  static func governedPrepositions(_ unit: Unit) -> [String] {
    guard let role = unit.role, role.hasPrefix("governs:") else { return [] }
    return role.dropFirst("governs:".count).split(separator: "|").map(String.init)
  }

  /// Whether a unit (before lexical transfer) is a common noun without the article: a glossary
  /// noun, or a lexicon word whose best reading is one.
  static func isCommonNounWithoutArticle(_ unit: Unit) -> Bool {
    if unit.source == .glossary { return unit.wordClass == .noun && !unit.definite }
    guard unit.source == .lexicon, let reading = unit.candidates.first else { return false }
    return reading.pos == "NOUN" && !reading.hasArticle && reading.prefixProclitics.isEmpty
  }

  /// Lexical transfer of one unit (done once).
  public func transferLexically(_ target: inout Unit) {
    do {
      guard target.source == .lexicon, !target.transferred, let reading = target.candidates.first else { return }
      let analysis = reading.analysis
      target.transferred = true
      let pos = reading.pos
      target.english = reading.gloss
      target.origin = reading.lexiconOrigin
      target.proclitics += reading.prefixProclitics
      if reading.prefixDefinite { target.definite = true }
      target.enclitic = reading.enclitic
      if reading.isVerb {
        target.wordClass = .verb
        target.verb = reading.features
        if let news = reading.newsVerb {
          target.english = news.english
          target.origin = news.origin
          target.role = news.role
        }
        if target.english.hasPrefix("be ") { target.verb?.passive = reading.passive }
      } else if pos == "PREP" {
        target.wordClass = .preposition
      } else if pos == "CONJ" || pos == "SUB_CONJ" {
        target.wordClass = .conjunction
      } else if pos == "NOUN_PROP" {
        target.wordClass = .name
      } else if !reading.hasArticle && Self.isElative(reading) {
        // An elative without the article is the comparative: مدة أطول → a longer period; أصعب →
        // more difficult (its gloss pair "more/most difficult").
        target.wordClass = .adjective
        target.english = Self.comparative(ofElativeGloss: analysis.stem.gloss) ?? target.english
      } else if reading.isAdjective {
        target.wordClass = .adjective
      } else if pos == "ADV" {
        target.wordClass = .adverb
      } else if pos.hasPrefix("PRON") || pos.hasPrefix("DEM_PRON") {
        target.wordClass = pos.hasPrefix("DEM_PRON") ? .demonstrative : .pronoun
      } else if pos == "NOUN" || pos == "ADJ" {
        target.wordClass = .noun
      } else {
        target.wordClass = .particle
      }
      if reading.pluralOrDual, target.wordClass != .verb {
        target.plural = true
      }
      // A broken plural's gloss is already plural.
      if analysis.stem.category.hasPrefix("N") && target.english.hasSuffix("s") && !target.english.hasSuffix("ss") {
        // (Category N is a singular's stem or a broken plural's: a gloss in -s is plural unless
        // English singulars end so: crisis, virus, physics, news.)
        // (A one-word gloss in lower case, read on its bytes.)
        let utf8 = target.english.utf8
        target.englishIsPlural =
          !rules.singularInS(target.english)
          && (analysis.stem.category != "N" || target.plural
            || utf8.count > 3 && !utf8.contains(UInt8(ascii: " "))
              && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(utf8.first!))
      } else if analysis.stem.category == "N", rules.pluralsWithoutS.contains(target.english) {
        // (A plural without -s, of a stem that takes no suffix of number: a collective or a broken
        // plural, الناس → people live, الأطفال → the children are; not شعب "people" of a nation,
        // whose stem takes the dual.)
        target.englishIsPlural = true
      }
      target.human = (reading.newsVerb?.human ?? reading.humanGloss) || target.wordClass == .pronoun
    }
  }

  /// The comparative and the superlative of a gloss whose first item is such a pair
  /// ("taller/tallest" of "taller/tallest;longer/longest", "more/most difficult"), read without
  /// copying; nil when the first item has no slash.
  static func glossPair(_ gloss: String) -> (comparative: Substring, superlative: Substring)? {
    let first = gloss[..<(gloss.firstIndex(of: ";") ?? gloss.endIndex)]
    guard let slash = first.firstIndex(of: "/") else { return nil }
    return (first[..<slash], first[first.index(after: slash)...])
  }

  /// Whether a word's key is من, alone or with a pronoun on it (منه, منها, منهم …).
  static func isMin(_ key: String) -> Bool {
    ExactKey.sameBytes(key, "من") || key.hasPrefix("من") && minWithPronoun.contains(key)
  }

  private static let minWithPronoun: Set<String> = [
    "مني", "منا", "منك", "منكم", "منكما", "منكن", "منه", "منها", "منهم", "منهما", "منهن",
  ]

  /// The superlative of an elative's gloss: "highest" of "higher/highest", "most difficult" of
  /// "more/most difficult", "most" of "more;most"; nil when the gloss has none.
  static func superlative(ofElativeGloss gloss: String) -> String? {
    // (Alternatives after another slash are left out: most accurate/precise → most accurate.)
    if let (_, superlative) = glossPair(gloss) { return String(superlative.prefix { $0 != "/" }) }
    let first = gloss[..<(gloss.firstIndex(of: ";") ?? gloss.endIndex)]
    return first == "more" ? "most" : first == "less" ? "least" : nil
  }

  /// Whether a reading is an elative (أفعل: longer, stronger): BAMA's category Nel, or a first
  /// gloss in its comparative/superlative pair (stronger/strongest; more/most powerful).
  static func isElative(_ reading: Reading) -> Bool { reading.isElative }

  /// ``isElative(_:)`` worked out from the analysis (once per reading).
  static func isElative(_ analysis: Analysis) -> Bool {
    let stem = analysis.stem
    if stem.category == "Nel" { return true }
    guard let (_, superlative) = glossPair(stem.gloss) else { return false }
    return superlative.hasSuffix("est") || superlative.hasPrefix("most ")
  }

  /// The comparative of an elative's gloss pair: "taller" of "taller/tallest;longer/longest"
  /// (the first pair), "more difficult" of "more/most difficult"; nil when the gloss has no pair.
  static func comparative(ofElativeGloss gloss: String) -> String? {
    guard let (comparative, rest) = glossPair(gloss) else { return nil }
    if comparative == "more", rest.hasPrefix("most ") {
      // (more/most complete/perfect → more complete)
      return "more " + String(rest.dropFirst(5).prefix { $0 != "/" }).replacingAll("_", " ")
    }
    return comparative.contains(" ") ? nil : String(comparative).replacingAll("_", " ")
  }

  static func firstGloss(_ gloss: String) -> String {
    if let fast = asciiFirstGloss(gloss) { return fast }
    var first = String(gloss.split(separator: ";").first ?? Substring(gloss))
    if let plus = first.firstRange(of: " +") { first = String(first[..<plus.lowerBound]) }
    if let bracket = first.firstIndex(of: "["), bracket > first.startIndex { first = String(first[..<bracket]) }
    if let slash = first.firstIndex(of: "/"), !first.contains(" ") { first = String(first[..<slash]) }
    // "[verb] (something)" → drop parenthetical notes.
    if let open = first.firstIndex(of: "("), open > first.startIndex {
      first = String(first[..<open])
    }
    return first.trimmingSpaces().replacingAll("_", " ")
  }

  /// ``firstGloss(_:)`` of an ASCII gloss (nearly all of them) on its bytes, without the string
  /// searches: the same cuts in the same order. Nil for other text (and carriage returns, which
  /// join a following line feed into one character).
  static func asciiFirstGloss(_ gloss: String) -> String? {
    var gloss = gloss
    return gloss.withUTF8 { bytes -> String? in
      let count = bytes.count
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
      func firstIndex(_ byte: UInt8, _ lower: Int, _ upper: Int) -> Int? {
        var index = lower
        while index < upper {
          if bytes[index] == byte { return index }
          index += 1
        }
        return nil
      }
      // The first non-empty piece between semicolons (the whole gloss when there is none).
      var lower = 0
      var upper = count
      var start = 0
      while start < count {
        let end = firstIndex(0x3B, start, count) ?? count
        if end > start {
          lower = start
          upper = end
          break
        }
        start = end + 1
      }
      var index = lower
      while index + 1 < upper {
        if bytes[index] == 0x20, bytes[index + 1] == 0x2B {
          upper = index
          break
        }
        index += 1
      }
      if let bracket = firstIndex(0x5B, lower, upper), bracket > lower { upper = bracket }
      if let slash = firstIndex(0x2F, lower, upper), firstIndex(0x20, lower, upper) == nil { upper = slash }
      if let open = firstIndex(0x28, lower, upper), open > lower { upper = open }
      while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
      while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
      return String(unsafeUninitializedCapacity: upper - lower) { buffer in
        for offset in 0..<(upper - lower) {
          let byte = bytes[lower + offset]
          buffer[offset] = byte == 0x5F ? 0x20 : byte
        }
        return upper - lower
      }
    }
  }

  /// Whether a stem category is a passive one (`PV_Pass`, `IV_Pass_yu` …): a byte search in the
  /// (ASCII) category, the same as `contains("Pass")` there.
  static func isPassive(category: String) -> Bool {
    guard category.utf8.allSatisfy({ $0 < 0x80 }) else { return category.contains("Pass") }
    return category.utf8.containsSequence("Pass".utf8)
  }

  static func verbFeatures(_ analysis: Analysis, segments: [Analysis.Segment]? = nil) -> VerbFeatures {
    var features = VerbFeatures()
    features.perfect = analysis.partOfSpeech == "VERB_PERFECT"
    features.passive = isPassive(category: analysis.stem.category)
    for segment in segments ?? analysis.segments {
      let tag = segment.tag
      if tag == "FUT" { features.future = true }
      if readASCIIVerbTag(tag, into: &features) { continue }
      var code: Substring? = nil
      if tag.hasPrefix("IV"), tag.count >= 4, let digit = tag.dropFirst(2).first, digit.isNumber {
        code = tag.dropFirst(2)
      } else if let colon = tag.firstIndex(of: ":"), tag.utf8.containsSequence("SUBJ".utf8) {
        code = tag[tag.index(after: colon)...]
      }
      guard let code else { continue }
      if let digit = code.first, digit.isNumber {
        features.person = Int(String(digit)) ?? 3
        let rest = code.dropFirst()
        if rest.hasPrefix("P") || rest.hasPrefix("MP") || rest.hasPrefix("FP") || rest.hasPrefix("D")
          || rest.hasPrefix("MD") || rest.hasPrefix("FD")
        {
          features.plural = true
        }
        features.feminine = rest.hasPrefix("F")
      } else if code.hasPrefix("MP") || code.hasPrefix("FP") || code.hasPrefix("D") {
        features.plural = true
      }
    }
    return features
  }

  /// What ``verbFeatures(_:segments:)`` reads off one tag (the person, number and gender of an
  /// `IV3MS` or `PVSUFF_SUBJ:3FS` code), on the bytes of an ASCII tag (every lexicon tag; each byte
  /// is a character, and only ASCII digits are numbers there). False, with `features` untouched,
  /// for other text.
  static func readASCIIVerbTag(_ tag: String, into features: inout VerbFeatures) -> Bool {
    let read = tag.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
      func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
      func has(_ prefix: StaticString, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[start + offset] != prefix.utf8Start[offset] { return false }
        return true
      }
      var codeStart: Int? = nil
      if has("IV", at: 0), bytes.count >= 4, isDigit(bytes[2]) {
        codeStart = 2
      } else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
        bytes.indices.contains(where: { has("SUBJ", at: $0) })
      {
        codeStart = colon + 1
      }
      guard let start = codeStart else { return true }
      if start < bytes.count, isDigit(bytes[start]) {
        features.person = Int(bytes[start] - UInt8(ascii: "0"))
        let rest = start + 1
        if has("P", at: rest) || has("MP", at: rest) || has("FP", at: rest) || has("D", at: rest)
          || has("MD", at: rest) || has("FD", at: rest)
        {
          features.plural = true
        }
        features.feminine = has("F", at: rest)
      } else if has("MP", at: start) || has("FP", at: start) || has("D", at: start) {
        features.plural = true
      }
      return true
    }
    return read ?? false
  }

  /// The person code of an analysis's attached pronoun (POSS_PRON_3MS → 3MS).
  static func encliticCode(_ analysis: Analysis, segments: [Analysis.Segment]? = nil) -> String? {
    for segment in (segments ?? analysis.segments).dropFirst() {
      let tag = segment.tag
      if tag.hasPrefix("POSS_PRON_") { return String(tag.dropFirst("POSS_PRON_".count)) }
      if tag.utf8.containsSequence("SUFF_DO:".utf8), let colon = tag.lastIndex(of: ":") {
        return String(tag[tag.index(after: colon)...])
      }
      if tag.hasPrefix("PRON_"), analysis.partOfSpeech == "PREP" || analysis.partOfSpeech.hasPrefix("NOUN") {
        return String(tag.dropFirst("PRON_".count))
      }
    }
    return nil
  }

  /// Arabic pronoun letters → person code.
  static func pronounCode(_ arabic: String) -> String? {
    switch arabic {
    case "ه": return "3MS"
    case "ها": return "3FS"
    case "هم", "هن": return "3MP"
    case "هما": return "3D"
    case "ي", "ني": return "1S"
    case "نا": return "1P"
    case "ك": return "2MS"
    case "كم", "كن", "كما": return "2MP"
    default: return nil
    }
  }

  static func encliticLetters(_ code: String) -> String {
    switch code {
    case "3MS": return "ه"
    case "3FS": return "ها"
    case "3MP": return "هم"
    case "3FP": return "هن"
    case "3D": return "هما"
    case "1S": return "ي"
    case "1P": return "نا"
    case "2MS", "2FS": return "ك"
    default: return "كم"
    }
  }

  static func hasInitialDamma(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    // The damma sits on the first letter after any proclitic و/ف with its fatha: قُتل, وأُصيب.
    for index in scalars.indices.prefix(4) where scalars[index] == "\u{064F}" {
      return index <= 3
    }
    return false
  }

  static func punctuation(_ text: String) -> String {
    switch text {
    case "\u{060C}": return ","
    case "\u{061B}": return ";"
    case "\u{061F}": return "?"
    case "\u{066A}": return "%"
    case "«", "»", "“", "”", "„", "″": return "\""
    case "\u{06D4}": return "."
    case "–", "—": return "–"
    default: return text
    }
  }
}

extension String {
  func replacingAll(_ target: Character, _ replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }

  func replacingAll(_ target: String, _ replacement: String) -> String {
    guard target.count == 1, replacement.count == 1 else { return self }
    return replacingAll(target.first!, replacement.first!)
  }
}

/// One lexicon analysis with what the rules ask of it, computed once per word.
///
/// Immutable; a class so that the candidate lists the rules filter and copy share one instance
/// instead of copying the analysis's many strings.
public final class Reading: Sendable, Hashable {
  // What disambiguation asks of every candidate comes first: the flags share the object's first
  // cache line instead of sitting behind the analysis's strings.
  public let isVerb: Bool
  public let isAdjective: Bool
  /// Whether the reading is an elative (see ``Translator/isElative(_:)-(Reading)``).
  public let isElative: Bool
  public let hasArticle: Bool
  public let passive: Bool
  /// Whether a tag marks a plural or dual (`NSUFF_MASC_PL_NOM`, `NSUFF_FEM_DU_ACC`, …).
  public let pluralOrDual: Bool
  public let prefixDefinite: Bool
  public let features: VerbFeatures?
  public let pos: String
  public let gloss: String
  public let analysis: Analysis
  public let enclitic: String?
  public let tags: [String]
  /// The proclitics (Arabic letters) and article of the prefix, in order.
  public let prefixProclitics: [String]
  /// The stem's matching form (``ArabicNormalizer/matching``), for verbs (empty otherwise).
  public let matchingStemForm: String
  /// What lexical transfer takes from the reading, worked out once: the origin of the gloss,
  /// whether the gloss names a person, and the news verb (English, origin, governed preposition
  /// as a role) an active verb reading stands for.
  let lexiconOrigin: String
  let humanGloss: Bool
  let newsVerb: NewsVerb?

  /// A news verb (verbs.tsv) a reading stands for: its English, the row, the governed preposition
  /// as a role (`governs:على`), whether the English names a person, and the row without the
  /// preposition (its English when the preposition is not there).
  typealias NewsVerb = (
    english: String, origin: String, role: String?, human: Bool, otherwise: (english: String, origin: String)?
  )

  /// `citation` gives a lemma's citation form in matching form (``citationForm(ofLemma:)``, which
  /// the translator remembers per lemma).
  convenience init(_ analysis: Analysis, rules: RuleBook, citation: (String) -> String = Reading.citationForm(ofLemma:))
  {
    self.init(analysis, stem: StemFacts(analysis, rules: rules, citation: citation))
  }

  /// A reading of `analysis` whose stem's facts are `stem` (``StemFacts``, worked out once per
  /// stem by the translator).
  init(_ analysis: Analysis, stem: StemFacts) {
    self.analysis = analysis
    pos = stem.pos
    gloss = stem.gloss
    isVerb = stem.isVerb
    isAdjective = stem.isAdjective
    isElative = stem.isElative
    passive = stem.passive
    matchingStemForm = stem.matchingStemForm
    lexiconOrigin = stem.lexiconOrigin
    humanGloss = stem.humanGloss
    newsVerb = stem.newsVerb
    hasArticle = Translator.hasArticle(analysis)
    let segments = analysis.segments  // (three arrays joined: once)
    features = isVerb ? Translator.verbFeatures(analysis, segments: segments) : nil
    enclitic = Translator.encliticCode(analysis, segments: segments)
    tags = segments.map(\.tag)
    pluralOrDual = tags.contains(where: {
      $0.utf8.containsSequence("_PL".utf8) || $0.utf8.containsSequence("_DU".utf8)
    })
    var proclitics: [String] = []
    var definite = false
    // (The prefix's segments: its `pos` cut at `+` and at the last `/`, parsed once with the table.)
    for segment in analysis.prefix.segments {
      switch segment.tag {
      case "CONJ": proclitics.append(segment.buckwalter.hasPrefix("f") ? "ف" : "و")
      case "PREP":
        proclitics.append(segment.buckwalter.hasPrefix("b") ? "ب" : segment.buckwalter.hasPrefix("k") ? "ك" : "ل")
      case "FUT": proclitics.append("س")
      case "DET": definite = true
      default: break
      }
    }
    prefixProclitics = proclitics
    prefixDefinite = definite
  }

  /// What a reading takes from its stem alone (part of speech, gloss, the flags and the news
  /// verb): the same for every analysis of the stem, so the translator works it out once per stem.
  final class StemFacts: Sendable {
    let pos: String
    let gloss: String
    let isVerb: Bool
    let isAdjective: Bool
    let isElative: Bool
    let passive: Bool
    let matchingStemForm: String
    let lexiconOrigin: String
    let humanGloss: Bool
    let newsVerb: NewsVerb?

    /// The facts of `analysis`'s stem (its prefix and suffix are not read).
    init(_ analysis: Analysis, rules: RuleBook, citation: (String) -> String) {
      pos = String(analysis.partOfSpeech)
      let first = Translator.firstGloss(analysis.stem.gloss)
      gloss = first
      isVerb = pos.hasPrefix("VERB")
      isAdjective = Translator.isAdjective(analysis, firstGloss: first)
      isElative = Translator.isElative(analysis)
      passive = Translator.isPassive(category: analysis.stem.category)
      matchingStemForm = isVerb ? ArabicNormalizer.matching.normalize(analysis.stem.form) : ""
      lexiconOrigin = "lexicon:\(analysis.stem.lemma)"
      humanGloss = rules.isHuman(first)
      // The imperfect stem of a verb of form IV, VII, VIII or X has no initial alif (يعدم: yuEodim of
      // أعدم; تختطف: taxotaTif of اختطف): found by its perfect.
      let formFour =
        (analysis.stem.lemma.hasPrefix(">") || analysis.stem.lemma.hasPrefix("{")) && !matchingStemForm.hasPrefix("ا")
      // (Else by its lemma's citation form, the perfect of the third person masculine, which the
      // news rows are written in: ألقت, stem ألق, is found by ألقى; ألَق "shine" is another lemma.)
      // (A passive only by a row whose English takes in a noun: أُصيبت امرأة بجروح → a woman was
      // wounded; the English of the others is the active's.)
      if isVerb,
        // (Form IV's perfect first: يلقي is ألقى's, not لقي's.)
        let news = (formFour ? rules.newsVerbs["ا" + matchingStemForm] : nil) ?? rules.newsVerbs[matchingStemForm]
          ?? rules.newsVerbs[citation(analysis.stem.lemma)],
        !passive
          || news.otherwise == nil && !news.preposition.isEmpty
            && news.preposition.split(separator: "|").allSatisfy({ $0.hasPrefix("=") })
      {
        newsVerb = (
          news.english, news.origin, news.preposition.isEmpty ? nil : "governs:" + news.preposition,
          rules.isHuman(news.english), news.otherwise
        )
      } else {
        newsVerb = nil
      }
    }
  }

  /// A lexicon lemma's citation form in matching form (`>aloqaY_1` → القي, `daEA-u_1` → دعا).
  static func citationForm(ofLemma lemma: String) -> String {
    // (A form I lemma carries its imperfect vowel after a hyphen: daEA-u_1 is دعا.)
    let bare = lemma.firstIndex(where: { $0 == "_" || $0 == "-" }).map { lemma[..<$0] } ?? lemma[...]
    return ArabicNormalizer.matching.normalize(Buckwalter.toArabic(bare))
  }

  /// Readings are equal when their analyses are (everything else is computed from it).
  public static func == (a: Reading, b: Reading) -> Bool { a === b || a.analysis == b.analysis }

  public func hash(into hasher: inout Hasher) { hasher.combine(analysis) }
}
