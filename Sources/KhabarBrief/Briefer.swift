// SPDX-License-Identifier: GPL-2.0-or-later
import KhabarArabic
import KhabarGlossary
import KhabarPlaces

/// Writes English briefs of Arabic news articles: page clean-up, sentence analysis (terminology,
/// cue words, places, numbers), event extraction and brief writing. Thread-safe; give each thread
/// its own ``Context``.
public final class Briefer: Sendable {
  public let glossary: Glossary
  public let places: PlaceNames
  public let rules: BriefRules
  /// Words that can start a gazetteer name, and a descriptive form (see ``PlaceNames/firstWords``).
  let gazetteerFirstWords: Set<ExactKey>
  let descriptiveFirstWords: Set<ExactKey>
  /// Every gazetteer name key without articles: a span whose article-less key is not here is no
  /// gazetteer name, which spares most lookups.
  let articleLessNameKeys: Set<ExactKey>
  /// The glossary's terms that `country-names.tsv` renames, as written there → their matching
  /// form (the key of ``BriefRules/countryNames``): an article looks its terms up without
  /// normalizing each.
  let countryNameKeys: [String: String]
  /// Press spellings for places without a curated one.
  let press: PressSpelling

  /// Per-thread state (ICU iterators).
  public final class Context {
    let segmenter: ArabicSegmenter
    public init() throws(ICUError) { segmenter = try ArabicSegmenter() }
  }

  /// Options of one brief.
  public struct Options: Sendable {
    /// Publication date: relative times (أمس, يوم الخميس) are resolved against it.
    public var date: Day?
    /// Country (ISO code) to prefer for ambiguous place names; else the article's majority.
    public var country: String?
    public init(date: Day? = nil, country: String? = nil) {
      self.date = date
      self.country = country
    }
  }

  /// Loads the glossaries (built-in then `glossaryFiles`, with naming-policy choices), the
  /// gazetteer and the brief rules of `directory`.
  public init(directory: DataDirectory, glossaryFiles: [String] = [], policyChoices: [(String, String)] = [])
    throws(InputError)
  {
    // The glossaries on one thread; the places and the brief rules on another (each about half
    // of a cold start). Errors come in the order of a sequential load.
    let (glossary, (rules, places, words, press)) = try loadConcurrently(
      { () throws(InputError) in
        try Glossary.load(directory: directory, userFiles: glossaryFiles, policyChoices: policyChoices)
      },
      { () throws(InputError) in
        let places = try PlaceNames(directory: directory)
        let rules = try BriefRules(directory: directory)
        var nameKeys: Set<ExactKey> = []
        places.gazetteer.forEachKey { key in
          nameKeys.insert(ExactKey(Gazetteer.articleLess(String(decoding: key, as: UTF8.self))))
        }
        let words = (
          gazetteer: PlaceNames.firstWords(of: places.gazetteer),
          descriptive: PlaceNames.descriptiveFirstWords(directory: directory), articleLess: nameKeys
        )
        return (rules, places, words, PressSpelling(directory: directory, places: places))
      })
    self.glossary = glossary
    self.rules = rules
    self.places = places
    self.press = press
    gazetteerFirstWords = words.gazetteer
    descriptiveFirstWords = words.descriptive
    articleLessNameKeys = words.articleLess
    let renamed = Set(rules.countryNames.values.flatMap(\.keys))
    var countryNameKeys: [String: String] = [:]
    for entry in glossary.entries {
      let key = ArabicNormalizer.matching.normalize(entry.arabic)
      if renamed.contains(key) { countryNameKeys[entry.arabic] = key }
    }
    self.countryNameKeys = countryNameKeys
  }

  /// The brief of one article.
  ///
  /// - Complexity: O(*n*) in the article's length (a few milliseconds per thousand words).
  public func brief(_ text: String, options: Options = Options(), context: Context) throws(ICUError) -> Brief {
    let article = ArticleText(text)
    let layout = try layOut(article, context: context)
    var views: [SentenceView] = []
    for (paragraph, range) in layout.body.enumerated() {
      let sentenceRanges = try article.units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Range<Int>] in
        try context.segmenter.sentenceRanges(in: UnsafeBufferPointer(rebasing: buffer[range]))
      }
      for sentence in sentenceRanges {
        let absolute = (sentence.lowerBound + range.lowerBound)..<(sentence.upperBound + range.lowerBound)
        views.append(try analyze(article, absolute, paragraph: paragraph, context: context))
      }
    }
    // The headline's names are read knowing the places the body names plainly (مدينة الميادين):
    // there they are places also where the name is a word too (في الميادين).
    var known: Set<Int> = []
    for view in views {
      for mention in view.places { if let id = mention.match?.place.geonamesID { known.insert(id) } }
    }
    var headlineView: SentenceView? = nil
    if let headline = layout.headline {
      headlineView = try analyze(article, headline, paragraph: -1, context: context, knownPlaces: known)
    }
    let country = options.country ?? articleCountry(views + (headlineView.map { [$0] } ?? []))
    // Names whose English depends on the country (الجيش الوطني in Marib: the Yemeni National Army).
    if let country, let names = rules.countryNames[country] {
      func rename(_ view: inout SentenceView) {
        for index in view.terms.indices {
          if let key = countryNameKeys[view.terms[index].entry.arabic], let english = names[key] {
            view.terms[index].english = english
          }
        }
      }
      for index in views.indices { rename(&views[index]) }
      if headlineView != nil { rename(&headlineView!) }
    }
    let published = options.date ?? layout.date
    var extractor = EventExtractor(
      briefer: self, article: article, views: views, country: country, published: published)
    extractor.headline = headlineView
    extractor.organization = EventExtractor.namedOrganization(views + (headlineView.map { [$0] } ?? []))
    let events = extractor.events()
    var brief = Brief(
      outlet: layout.outlet, exclusive: layout.exclusive, published: published,
      arabicHeadline: layout.headline.map { article.span($0) }, headline: "", lead: "", body: [],
      events: events, furniture: layout.furniture.map { article.span($0) }, warnings: [])
    BriefWriter(brief: brief, headlineFallback: headlineView.map { extractor.headlineGist($0) }).write(into: &brief)
    return brief
  }

  /// Tokens, terms, cues, places and numbers of one sentence.
  func analyze(
    _ article: ArticleText, _ range: Range<Int>, paragraph: Int, context: Context, knownPlaces: Set<Int> = []
  ) throws(ICUError) -> SentenceView {
    let tokens = try article.units.withUnsafeBufferPointer { (buffer) throws(ICUError) -> [Token] in
      try context.segmenter.tokens(in: buffer, range: range)
    }
    var view = SentenceView(tokens: tokens, range: range, paragraph: paragraph)
    view.knownPlaces = knownPlaces
    let keyed = KeyedTokens(tokens)
    view.terms = glossary.matches(in: keyed)
    for (index, term) in view.terms.enumerated() {
      view.termAt[term.tokenRange.lowerBound] = index
      for token in term.tokenRange { view.termCovering[token] = index }
    }
    for match in rules.cues.matches(in: keyed) {
      var roles = rules.roles(of: match.entry)
      // Function words and fixed phrases do not take the article or a pronoun: كما is not read
      // in الكمأة (al- + كمأ + ة read as a pronoun), أن not in الآن.
      if match.enclitic != nil {
        roles = roles.filter(\.inflects)
      } else if match.definite, !rules.takesArticle(match.entry) {
        roles = roles.filter { !$0.isFunctionWord }
      }
      guard !roles.isEmpty else { continue }
      view.cueAt[match.tokenRange.lowerBound] = view.cues.count
      view.cues.append(
        SentenceView.Cue(
          range: match.tokenRange, roles: roles,
          lacksArticle: match.entry.arabic.hasPrefix("ال") && !match.definite))
    }
    addSplitVerbs(&view, keyed)
    // Numbers: digits, and number words (value=N in the glossary's note).
    for (index, token) in tokens.enumerated() {
      if token.kind == .number {
        let digits = token.key.filter { $0.isASCII && $0.isNumber }
        if let value = Int(digits), digits.count <= 7 { view.numbers[index] = (value, 1) }
      } else if let first = token.key.first, "وفب".contains(first), token.key.count <= 8,
        let value = Int(token.key.dropFirst()), value >= 0
      {
        // A conjunction or preposition written on digits is one word to ICU: و3 جرحى.
        view.numbers[index] = (value, 1)
      }
    }
    for term in view.terms where term.entry.category == .number {
      guard let note = term.entry.note, note.hasPrefix("value="),
        let value = Int(note.dropFirst(6).prefix { $0.isNumber })
      else { continue }
      view.numbers[term.tokenRange.lowerBound] = (value, term.tokenRange.count)
    }
    // Compound number words: units before tens (خمسة وعشرين → 25), hundreds before the rest
    // (مئة وخمسون → 150); the second word carries و.
    for index in view.numbers.keys.sorted() {
      guard let first = view.numbers[index] else { continue }
      let next = index + first.length
      guard let second = view.numbers[next], view.term(at: next)?.proclitics.first == "و",
        view.term(at: index)?.entry.category == .number
      else { continue }
      let units = (1...9).contains(first.value) && second.value % 10 == 0 && (20...90).contains(second.value)
      let hundreds = first.value % 100 == 0 && (100...900).contains(first.value) && (1...99).contains(second.value)
      guard units || hundreds else { continue }
      view.numbers[index] = (first.value + second.value, first.length + second.length)
      view.numbers[next] = nil
    }
    view.places = scanPlaces(tokens, view: view)

    for (index, place) in view.places.enumerated() { view.placeAt[place.range.lowerBound] = index }
    return view
  }

  /// Verb-preposition (and verb-object) triggers with the verb's subject between the two (قضت وحدات
  /// من الجيش أمس على 7 إرهابيين, أطلق عناصر الحاجز النار): the verb is the cue when its last word
  /// follows within ``BriefRules/splitReach`` words of the same clause, before any other event
  /// word; a verb already read alone (أطلق, an act verb) takes the phrase's roles too.
  func addSplitVerbs(_ view: inout SentenceView, _ keyed: KeyedTokens) {
    var covered = Set<Int>()
    for cue in view.cues { covered.formUnion(cue.range) }
    for match in rules.splitHeads.matches(in: keyed) where match.enclitic == nil && !match.definite {
      let start = match.tokenRange.lowerBound
      // A verb already read alone (أطلق: an act verb) also takes the phrase's roles.
      let alone = view.cueAt[start].flatMap { view.cues[$0].range == match.tokenRange ? $0 : nil }
      guard !covered.contains(start) || alone != nil,
        let (preposition, roles) = rules.headRoles[ObjectIdentifier(match.entry)]
      else { continue }
      var index = match.tokenRange.upperBound
      let limit = min(view.tokens.count, index + BriefRules.splitReach + 1)
      var found = false
      while index < limit, !view.isBoundary(index) {
        if view.tokens[index].key == preposition, index > match.tokenRange.upperBound {
          found = true
          break
        }
        if covered.contains(index), view.cue(at: index)?.roles.contains(where: \.inflects) == true { break }
        index += 1
      }
      guard found else { continue }
      if let alone {
        for role in roles where !view.cues[alone].roles.contains(role) { view.cues[alone].roles.append(role) }
        continue
      }
      let position = view.cues.firstIndex { $0.range.lowerBound > start } ?? view.cues.count
      view.cues.insert(SentenceView.Cue(range: match.tokenRange, roles: roles), at: position)
      covered.formUnion(match.tokenRange)
    }
    view.cueAt = [:]
    for (index, cue) in view.cues.enumerated() { view.cueAt[cue.range.lowerBound] = index }
  }

  /// Place names, descriptive place forms and routes in a sentence, longest first at each word.
  func scanPlaces(_ tokens: [Token], view: SentenceView) -> [SentenceView.PlaceMention] {
    var result: [SentenceView.PlaceMention] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind == .word, tokens[index].script == .arabic else {
        index += 1
        continue
      }
      var bare = Gazetteer.articleLess(tokens[index].key)
      if bare.hasPrefix("و"), rules.placeWords.road.contains(String(bare.dropFirst())) { bare.removeFirst() }
      // A road between two places: طريق الرقة – أثريا; also without the dash between two names the
      // gazetteer knows (طريق درعا دمشق); its adjectives may come first (الطريق الدولي دير الزور – الرقة).
      var roadEnd = index + 1
      while rules.placeWords.road.contains(bare), roadEnd < tokens.count,
        rules.placeWords.roadAdjective.contains(tokens[roadEnd].key)
      {
        roadEnd += 1
      }
      if rules.placeWords.road.contains(bare), let first = placeMention(tokens, at: roadEnd, view: view),
        first.range.upperBound + 1 < tokens.count,
        let second =
          (tokens[first.range.upperBound].kind == .punctuation
            && Self.dashes.contains(tokens[first.range.upperBound].text))
          ? placeMention(tokens, at: first.range.upperBound + 1, view: view)
          : placeMention(tokens, at: first.range.upperBound, view: view).flatMap({ next in
            first.match != nil && next.match != nil && next.range.count <= 2 ? next : nil
          })
      {
        var route = first
        route.range = index..<second.range.upperBound
        route.routeEnd = [second]
        result.append(route)
        index = second.range.upperBound
        continue
      }
      // A settlement noun names the place itself: في منطقة الرصافة, بلدة السخنة → the place. A
      // landmark's name is not a town's, even when a town somewhere has it (ساحة الكرامة).
      let isLandmark = rules.placeWords.landmark.contains(Gazetteer.articleLess(tokens[index].key))
      if rules.placeWords.isSettlement(tokens[index].key), !isLandmark,
        var place = placeMention(tokens, at: index + 1, view: view, afterSettlementNoun: true), place.match != nil
      {
        // The village's name goes on (قرية دبسي عفنان, بلدة الغارية الشرقية): not the gazetteer's
        // shorter name, another place; named by the rules.
        var end = place.range.upperBound
        while end < min(tokens.count, place.range.upperBound + 2), nameContinues(tokens, at: end, view: view) {
          end += 1
        }
        if end == place.range.upperBound, place.range.count == 1, place.described == nil,
          place.match?.place.pressName == nil, !tokens[place.range.lowerBound].key.hasPrefix("ال"),
          definiteNameContinues(tokens, at: end, view: view)
        {
          end += 1
        }
        // A curated town keeps its name: لبلدة الخيام الجنوبية is "the southern town of Khiam".
        if end > place.range.upperBound, place.described == nil, place.match?.place.pressName == nil {
          place = namedByRules(place, to: end, tokens)
        }
        place.isLandmark = false
        result.append(place)
        index = place.range.upperBound
        continue
      }
      // A quoted name after a settlement noun (حي «مساكن هنانو»): the words inside the quotes, the
      // gazetteer's place when it has exactly them, else named by the rules.
      if rules.placeWords.isSettlement(tokens[index].key), index + 2 < tokens.count, view.isQuote(index + 1),
        let close = ((index + 2)..<min(tokens.count, index + 6)).first(where: { view.isQuote($0) }), close > index + 2,
        ((index + 2)..<close).allSatisfy({ tokens[$0].kind == .word && tokens[$0].script == .arabic }),
        // An actor's name in quotes is no place's: مناطق "قسد" (SDF-held areas); nor is a phrase
        // the glossary has whole, quotes and all.
        !(view.termCovering[index].map { view.terms[$0].tokenRange.upperBound > index + 1 } ?? false),
        !((index + 2)..<close).contains(where: { token in
          view.termCovering[token].map { [.actor, .organization].contains(view.terms[$0].entry.category) } ?? false
        })
      {
        if let known = placeMention(tokens, at: index + 2, view: view, afterSettlementNoun: true),
          known.range.upperBound == close
        {
          result.append(known)
        } else {
          var place = unknownName((index + 2)..<close, tokens)
          place.isLandmark = isLandmark
          result.append(place)
        }
        index = close + 1
        continue
      }
      // After a settlement noun, a name the gazetteer does not know (one word, two after a name
      // component such as وادي, تل, أبو): named by the rules.
      if rules.placeWords.isSettlement(tokens[index].key),
        index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].script == .arabic,
        !rules.placeWords.particle.contains(tokens[index + 1].key),
        view.termCovering[index + 1] == nil || rules.placeWords.component.contains(tokens[index + 1].key)
          || isDefiniteNounName(index + 1, tokens, view: view) || isBareNounName(index + 1, tokens, view: view)
      {
        var end = index + 2
        if rules.placeWords.component.contains(tokens[index + 1].key), end < tokens.count, tokens[end].kind == .word,
          tokens[end].script == .arabic
        {
          end += 1
        }
        if end < tokens.count, nameContinues(tokens, at: end, view: view) {
          end += 1
        } else if end == index + 2, !tokens[index + 1].key.hasPrefix("ال"), view.termCovering[index + 1] == nil,
          definiteNameContinues(tokens, at: end, view: view)
        {
          end += 1
        }
        var place = unknownName((index + 1)..<end, tokens)
        place.isLandmark = isLandmark
        result.append(place)
        index = end
        continue
      }
      let afterPlace = result.last?.range.upperBound == index
      if var found = placeMention(tokens, at: index, view: view, afterPlace: afterPlace) {
        // A village of the gazetteer followed by an adjective of names (الغارية الشرقية) is
        // another village, named by the rules; a curated town is not (حلب الشرقية).
        let end = found.range.upperBound
        if found.described == nil, let match = found.match, match.place.pressName == nil, end < tokens.count,
          rules.placeWords.nameEnd.contains(tokens[end].key)
        {
          found = namedByRules(found, to: end + 1, tokens)
        }
        result.append(found)
        index = found.range.upperBound
      } else {
        index += 1
      }
    }
    return addNamesBeforeAreas(result, tokens, view: view)
  }

  /// `mention` with its name going on to token `end`: a place the gazetteer does not have,
  /// named by the rules.
  func namedByRules(_ mention: SentenceView.PlaceMention, to end: Int, _ tokens: [Token])
    -> SentenceView.PlaceMention
  {
    unknownName(mention.range.lowerBound..<end, tokens, clitic: mention.clitic)
  }

  /// The words `range` as the name of a place the gazetteer does not have: named by the rules.
  func unknownName(_ range: Range<Int>, _ tokens: [Token], clitic: String = "") -> SentenceView.PlaceMention {
    SentenceView.PlaceMention(
      range: range, key: tokens[range].map(\.key).joined(separator: " "), clitic: clitic, described: nil, match: nil)
  }

  /// Whether the word at `index` goes on a village's name after a settlement noun: an adjective
  /// of names (الشرقية, التحتانية) or a word that is no glossary term, cue or place word and has
  /// no article (دبسي عفنان).
  func nameContinues(_ tokens: [Token], at index: Int, view: SentenceView) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].script == .arabic else { return false }
    let key = tokens[index].key
    if rules.placeWords.nameEnd.contains(key) { return true }
    let words = rules.placeWords
    return !key.hasPrefix("ال") && view.termCovering[index] == nil && view.cue(at: index) == nil
      && !words.particle.contains(key) && !words.isSettlement(key) && !words.reference.contains(key)
      && !words.road.contains(key) && !words.placeNoun.contains(key) && view.numbers[index] == nil
      && !"وبلف".contains(key.first ?? " ")
  }

  /// Whether a word with the article is the second half of a village's name whose first word has
  /// none (بلدة جباتا الخشب, بلدة بصر الحرير): a noun the glossary, the cues and the place words do
  /// not know, that is no feminine adjective agreeing with the settlement noun (بلدة تسيل الحدودية
  /// describes the town; a name-end adjective is handled by ``nameContinues(_:at:view:)``).
  func definiteNameContinues(_ tokens: [Token], at index: Int, view: SentenceView) -> Bool {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].script == .arabic else { return false }
    let key = tokens[index].key
    guard key.hasPrefix("ال"), key.count >= 4, !key.hasSuffix("ه"), !key.hasSuffix("ي") else { return false }
    let bare = Gazetteer.articleLess(key)
    let words = rules.placeWords
    return view.termCovering[index] == nil && view.cue(at: index) == nil && view.numbers[index] == nil
      && !words.particle.contains(key) && !words.isSettlement(bare) && !words.reference.contains(key)
      && !words.reference.contains(bare) && !words.road.contains(bare) && !words.placeNoun.contains(key)
      && !words.placeNoun.contains(bare) && !words.landmark.contains(bare)
  }

  /// Whether the word after a settlement noun, though a glossary word, reads as a name: it has
  /// the article and is a one-word noun that is not itself a place noun (قرية الزيارة, بلدة
  /// الراعي), unlike "منطقة سوق الخضار" or "محور قرية …".
  func isDefiniteNounName(_ index: Int, _ tokens: [Token], view: SentenceView) -> Bool {
    guard let termIndex = view.termCovering[index] else { return false }
    let term = view.terms[termIndex]
    let key = tokens[index].key
    // A settlement noun is a name only right after a town noun (بلدة المزرعة: al-Mazraa, the
    // town; محيط المزرعة is "the farm").
    var afterTownNoun = false
    if index > 0 {
      var before = Substring(tokens[index - 1].key)
      if before.count > 4, let first = before.first, "وبلف".contains(first) { before = before.dropFirst() }
      afterTownNoun = rules.functionWords.contains(.townNoun, String(before))
    }
    // Nor is an actor (مديرية المخابرات: the Intelligence Directorate, مديرية الأمن).
    return term.tokenRange.count == 1 && term.definite && term.proclitics.isEmpty && key.hasPrefix("ال")
      && term.entry.partOfSpeech != "adj" && term.entry.category != .place
      && term.entry.category != .actor && term.entry.category != .organization
      && (afterTownNoun || !rules.placeWords.isSettlement(Gazetteer.articleLess(key)))
  }

  /// Whether the word after a settlement noun, though a glossary word, reads as a name: a noun
  /// without the article or a clitic that is no adjective, person, group or time word (بلدة بليون:
  /// Balyun, not "a billion"; قرية كبيرة is an adjective, بلدة عسكري a person).
  func isBareNounName(_ index: Int, _ tokens: [Token], view: SentenceView) -> Bool {
    guard let termIndex = view.termCovering[index] else { return false }
    let term = view.terms[termIndex]
    let key = tokens[index].key
    let words = rules.placeWords
    return term.tokenRange == index..<(index + 1) && !term.definite && term.proclitics.isEmpty
      && term.enclitic == nil && !key.hasPrefix("ال")
      && [.number, .general, .weapon].contains(term.entry.category)
      && term.entry.partOfSpeech != "adj" && term.entry.partOfSpeech != "verb"
      && view.numbers[index].map({ $0.value >= 1000 }) != false
      // No place word (ريف, بلدة, طريق) and no place of the gazetteer (مدينة حمص: Homs, not chickpeas).
      && !words.isSettlement(key) && !words.reference.contains(key) && !words.road.contains(key)
      && !words.placeNoun.contains(key) && !words.component.contains(key)
      && placeMention(tokens, at: index, view: view, afterSettlementNoun: true) == nil
  }

  /// A word the gazetteer does not know, right before a descriptive area and after a locative
  /// preposition, is the name of a place in that area: "في الصالحية بريف دير الزور الشرقي".
  func addNamesBeforeAreas(
    _ mentions: [SentenceView.PlaceMention], _ tokens: [Token], view: SentenceView
  ) -> [SentenceView.PlaceMention] {
    var result = mentions
    for mention in mentions where mention.described?.kind == "area" && mention.range.lowerBound >= 2 {
      let name = mention.range.lowerBound - 1
      guard tokens[name].kind == .word, tokens[name].script == .arabic, view.termCovering[name] == nil,
        !rules.placeWords.particle.contains(tokens[name].key),  // في سماء ريف دمشق: the sky over it
        !result.contains(where: { $0.range.contains(name) })
      else { continue }
      var start = name
      if rules.placeWords.component.contains(tokens[name - 1].key), name >= 2 { start = name - 1 }
      guard start >= 1,
        rules.placeWords.beforeArea.contains(tokens[start - 1].key)
      else { continue }
      let key = tokens[start...name].map(\.key).joined(separator: " ")
      result.append(
        SentenceView.PlaceMention(range: start..<(name + 1), key: key, clitic: "", described: nil, match: nil))
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The longest place name or descriptive form starting at token `index`.
  func placeMention(
    _ tokens: [Token], at index: Int, view: SentenceView, afterPlace: Bool = false, afterSettlementNoun: Bool = false
  ) -> SentenceView.PlaceMention? {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].script == .arabic,
      // (A preposition with a pronoun is never a place's name: عنه is عن with a pronoun, not the
      // town عنة.)
      !rules.placeWords.pronounParticle.contains(tokens[index].key)
    else { return nil }
    // Most words cannot start a place: one set lookup (also after a proclitic) settles them.
    // The first word's readings (as written, and without a proclitic), each kept only if it can
    // start a name or a descriptive form; the keys of longer spans grow from them.
    var readings: [(clitic: String, first: String, name: Bool, described: Bool)] = []
    for (clitic, first) in PlaceNames.cliticReadings([tokens[index].key]) {
      let name = gazetteerFirstWords.contains(ExactKey(first))
      let described = descriptiveFirstWords.contains(ExactKey(first))
      if name || described { readings.append((clitic, first, name, described)) }
    }
    guard !readings.isEmpty else { return nil }
    let gazetteer = places.gazetteer
    let maxWords = max(gazetteer.longestKeyWords, 5)
    var run = [index]
    while run.count < maxWords, let last = run.last, last + 1 < tokens.count,
      tokens[last + 1].kind == .word, tokens[last + 1].script == .arabic
    {
      run.append(last + 1)
    }
    // keys[r][n - 1]: reading r over n words; bare[r][n - 1] the same without articles.
    let keys: [[String]] = readings.map { reading in
      var result = [reading.first]
      for position in run.dropFirst() { result.append(result.last! + " " + tokens[position].key) }
      return result
    }
    let bareWords = run.dropFirst().map { Gazetteer.articleLess(tokens[$0].key) }
    let bare: [[String]] = readings.map { reading in
      var result = [Gazetteer.articleLess(reading.first)]
      for word in bareWords { result.append(result.last! + " " + word) }
      return result
    }
    // A descriptive form holds a place in its second to fourth word (ريف حمص, الريف الشرقي لحمص):
    // without one, only a region row can match.
    let holdsPlace = bareWords.prefix(3).contains { word in
      gazetteerFirstWords.contains(ExactKey(word))
        || (word.count > 3 && (word.hasPrefix("ل") || word.hasPrefix("ب"))
          && gazetteerFirstWords.contains(ExactKey(Gazetteer.articleLess("ا" + word.dropFirst()))))
        || gazetteerFirstWords.contains(ExactKey(String(word.dropFirst())))
    }
    // A settlement noun is no name by itself: أحياء المدينة (the city's districts), not Medina.
    let settlementNoun = rules.placeWords.isSettlement(Gazetteer.articleLess(tokens[index].key))
    for length in stride(from: run.count, through: 1, by: -1) {
      for (number, reading) in readings.enumerated() {
        let (clitic, key, mayBeName, mayBeDescribed) = (
          reading.clitic, keys[number][length - 1], reading.name, reading.described
        )
        let range = index..<(run[length - 1] + 1)
        // "ريف مدينة قامشلو": a settlement noun inside is no place's name (not Medina).
        if mayBeDescribed, (length >= 2 && holdsPlace) || places.describer.isRegion(key: key),
          !range.dropFirst().contains(where: { rules.placeWords.isSettlement(tokens[$0].key) }),
          let described = places.describer.describe(key: key, fallback: { $0 }),
          described.kind == "region"
            // A glossary word inside is a word, not a name, unless the place's name has several
            // words (ريف جسر الشغور: جسر is "bridge" too).
            || (!range.dropFirst().contains(where: { token in
              view.termCovering[token].map { view.terms[$0].entry.category != .place } ?? false
            }) || described.place?.place.arabicNames.contains(where: { $0.contains(" ") }) == true)
              && described.place.map({ inner in
                inner.place.pressName != nil || (inner.place.population ?? 0) >= 20_000
                  || inner.place.arabicNames.contains { $0.contains(" ") }
              }) == true
        {
          return SentenceView.PlaceMention(range: range, key: key, clitic: clitic, described: described, match: nil)
        }
        if length == 1, settlementNoun { continue }
        if mayBeName, articleLessNameKeys.contains(ExactKey(bare[number][length - 1])),
          let match = gazetteer.lookup(key: key),
          (afterSettlementNoun && (match.place.pressName != nil || range.count >= 2 || view.termCovering[index] == nil))
            || acceptsPlace(match, range: range, clitic: clitic, view: view, afterPlace: afterPlace)
        {
          return SentenceView.PlaceMention(range: range, key: key, clitic: clitic, described: nil, match: match)
        }
      }
    }
    return nil
  }

  static let dashes: Set<String> = ["-", "–", "—", "_"]

  /// Whether a gazetteer hit in running text is a place and not a word that happens to be a
  /// village's name: curated press names and multi-word names count; a single word counts after
  /// a place noun (بلدة, قرية, منطقة …) or a preposition, right after another place, or when it
  /// is a sizeable town and no glossary term claims it.
  func acceptsPlace(
    _ match: PlaceMatch, range: Range<Int>, clitic: String, view: SentenceView, afterPlace: Bool = false
  ) -> Bool {
    // A name always written with the article, here without it and with no proclitic, is a word:
    // اشتباك قصير (a short clash), not al-Qusayr.
    if clitic.isEmpty, match.viaArticleLessKey, !view.tokens[range.lowerBound].key.hasPrefix("ال") {
      return false
    }
    // Right after another place a known town qualifies it (أثريا السلمية: Ithriya, Salamiyah).
    if afterPlace, clitic.isEmpty, match.place.pressName != nil {
      return true
    }
    if let term = view.termCovering[range.lowerBound].map({ view.terms[$0] }), term.entry.category != .place,
      term.tokenRange.count >= range.count,
      !(match.place.geonamesID.map { view.knownPlaces.contains($0) } ?? false),
      // (An organization named after a town is the town after a place noun or a road: في
      // الميادين, طريق الميادين – البوكمال is Mayadin, not the outlet Al Mayadeen.)
      !(term.entry.category == .organization && match.place.pressName != nil && clitic.isEmpty
        && range.lowerBound > 0 && isPlaceNounOrRoad(view.tokens[range.lowerBound - 1].key))
    {
      return false
    }
    // A patron, not a site: الفصائل الموالية لأنقرة, الميليشيات المدعومة من طهران.
    var before = range.lowerBound - 1
    if before >= 0, view.tokens[before].key == "من" { before -= 1 }
    if before >= 0, rules.placeWords.patron.contains(view.tokens[before].key) { return false }
    if match.place.pressName != nil || range.count >= 2 { return true }
    // A village name that is also a word (السلاسل "chains", عالي "high") needs a place noun or a
    // locative preposition right before it; a proclitic بـ is not enough (it is also "with").
    if range.lowerBound > 0, clitic.isEmpty || clitic == "و" {
      let previous = view.tokens[range.lowerBound - 1].key
      if rules.placeWords.placeNoun.contains(previous)
        || rules.placeWords.placeNoun.contains(Gazetteer.articleLess(previous))
      {
        return true
      }
    }
    return (match.place.population ?? 0) >= 50_000 && view.termCovering[range.lowerBound] == nil
  }

  /// Whether `key` (a token's matching form, with و or ف on it or not) is a place noun or a road
  /// noun of `place-words.tsv`.
  func isPlaceNounOrRoad(_ key: String) -> Bool {
    var bare = Substring(key)
    if bare.count > 2, let first = bare.first, first == "و" || first == "ف" { bare = bare.dropFirst() }
    let word = String(bare)
    return rules.placeWords.placeNoun.contains(word) || rules.placeWords.road.contains(Gazetteer.articleLess(word))
  }

  /// Whether a one-word place name stands where Arabic puts a verb: opening the sentence (or the
  /// clause at `clauseStart`) or joined by و, before an actor or a military word (سيّرت القوات
  /// الروسية دورية, وسيّرت دورية: "ran", not Siirt).
  ///
  /// - Complexity: O(1).
  func inVerbPosition(_ mention: SentenceView.PlaceMention, _ view: SentenceView, clauseStart: Int) -> Bool {
    guard mention.range.count == 1,
      mention.range.lowerBound == clauseStart || view.tokens[mention.range.lowerBound].key.hasPrefix("و"),
      let next = view.term(at: mention.range.upperBound)
    else { return false }
    return EventExtractor.actorCategories.contains(next.entry.category) || next.entry.category == .military
  }

  /// The country most places of the article are in (unambiguous names count double).
  func articleCountry(_ views: [SentenceView]) -> String? {
    var votes: [String: Int] = [:]
    // Each distinct name votes once: a site told five times is one piece of evidence.
    var seen: Set<String> = []
    for view in views {
      for place in view.places where seen.insert(place.key).inserted {
        if let match = place.match {
          // A verb spelt like a foreign town (وسيّرت دورية: Siirt) says nothing of the country.
          if inVerbPosition(place, view, clauseStart: 0) { continue }
          votes[match.place.country, default: 0] += match.alternatives.isEmpty ? 2 : 1
        } else if let inner = place.described?.place {
          // A governorate's countryside or region (ريف دير الزور) names its country surely.
          votes[inner.place.country, default: 0] += 3
        }
      }
    }
    return votes.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
  }
}

/// The article as UTF-16 code units, with scalar offsets for output.
struct ArticleText {
  let units: [UInt16]
  let offsets: TextOffsets

  init(_ text: String) {
    units = Array(text.utf16)
    offsets = TextOffsets(units)
  }

  func string(_ range: Range<Int>) -> String { String(decoding: units[range], as: UTF16.self) }

  func span(_ range: Range<Int>) -> Span {
    let scalars = offsets.scalarRange(range)
    return Span(start: scalars.lowerBound, end: scalars.upperBound, arabic: string(range))
  }
}
